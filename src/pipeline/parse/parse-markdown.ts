/**
 * Markdown → mdast, as remark with GFM makes it, for the digest parser (`parse-digest.ts`).
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { type Data, type Processor, unified } from 'unified';

/**
 * GFM is needed: real digests have bare URLs (autolink literals), and `~`, `|` and `[^` mean
 * what GitHub makes of them. But some of its constructs cost far more than they are worth on
 * text that cannot hold them: an email autolink is tried at every ASCII letter and digit, a
 * table at every line, a footnote call at every `]`. Each text is parsed without the
 * constructs it cannot contain (each needs the characters given here): the tree is exactly
 * the one full GFM gives, and the parse takes half the extra time GFM costs.
 */
const OPTIONAL_CONSTRUCTS: readonly [names: readonly string[], possible: RegExp][] = [
  [['emailAutolink'], /@/],
  [['wwwAutolink'], /www\./i],
  // A table's delimiter row holds a `|`, or a `:` next to a `-` (`:-`, `-:`) when it has none.
  [['table'], /\||:-|-:/],
  [['gfmFootnoteCall', 'gfmPotentialFootnoteCall', 'gfmFootnoteDefinition'], /\[\^/],
];
const CONSTRUCT_FIELDS = ['document', 'contentInitial', 'flowInitial', 'flow', 'string', 'text'] as const;
type MicromarkExtension = NonNullable<Data['micromarkExtensions']>[number];
const processors = new Map<string, Processor<Root>>();

function withoutConstructs(extension: MicromarkExtension, off: ReadonlySet<string>): MicromarkExtension {
  const kept: MicromarkExtension = { ...extension };
  for (const field of CONSTRUCT_FIELDS) {
    const record = extension[field];
    if (record === undefined) continue;
    const filtered: typeof record = {};
    for (const [code, constructs] of Object.entries(record)) {
      const list = [constructs ?? []].flat().filter((construct) => !off.has(construct.name ?? ''));
      if (list.length > 0) filtered[code] = list;
    }
    kept[field] = filtered;
  }
  return kept;
}

/** Markdown → mdast, as remark with GFM makes it (a source with LF line endings). */
export function parseMarkdown(source: string): Root {
  return processorFor(source).parse(source);
}

function processorFor(source: string): Processor<Root> {
  const off = OPTIONAL_CONSTRUCTS.filter(([, possible]) => !possible.test(source)).flatMap(([names]) => names);
  const key = off.join();
  let processor = processors.get(key);
  if (processor === undefined) {
    processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(function removeConstructs() {
        const data = this.data();
        data.micromarkExtensions = (data.micromarkExtensions ?? []).map((e) => withoutConstructs(e, new Set(off)));
      })
      .freeze();
    processors.set(key, processor);
  }
  return processor;
}
