/**
 * mdast → the digest schema's rich text (`Inline`, `Block`).
 *
 * This is where text safety is decided: raw HTML becomes visible text (React escapes it),
 * and a link survives only when it is http(s). Nothing produced here is ever HTML.
 */
import type { BlockContent, DefinitionContent, ListItem, Nodes, PhrasingContent, RootContent } from 'mdast';
import type { Block, Inline } from '../../schema/digest.ts';

const SAFE_URL = /^https?:\/\/[^\s]+$/i;

export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

/** Appends, merging adjacent strings so the output stays small. */
function push(out: Inline[], item: Inline): void {
  const last = out.at(-1);
  if (typeof item === 'string' && typeof last === 'string') {
    out[out.length - 1] = last + item;
  } else if (item !== '') {
    out.push(item);
  }
}

const BR_TAG = /^<br\s*\/?>$/i;

export function toInlines(nodes: readonly PhrasingContent[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        push(out, node.value);
        break;
      case 'strong':
      case 'emphasis':
      case 'delete': {
        const t = node.type === 'strong' ? 'strong' : node.type === 'emphasis' ? 'em' : 'del';
        out.push({ t, c: toInlines(node.children) });
        break;
      }
      case 'inlineCode':
        out.push({ t: 'code', v: node.value });
        break;
      case 'break':
        out.push({ t: 'br' });
        break;
      case 'link':
        if (isSafeUrl(node.url)) {
          out.push({ t: 'link', href: node.url.trim(), c: toInlines(node.children) });
        } else {
          // An unsafe link keeps its words and loses its target.
          for (const child of toInlines(node.children)) push(out, child);
        }
        break;
      case 'linkReference':
        for (const child of toInlines(node.children)) push(out, child);
        break;
      case 'image':
      case 'imageReference':
        if (node.alt) push(out, node.alt);
        break;
      case 'html':
        // Raw HTML is shown as the text it is, never interpreted.
        if (BR_TAG.test(node.value.trim())) out.push({ t: 'br' });
        else push(out, node.value);
        break;
      case 'footnoteReference':
        push(out, `[^${node.label ?? node.identifier}]`);
        break;
      default:
        break;
    }
  }
  return out;
}

function listItemBlocks(item: ListItem): Block[] {
  return toBlocks(item.children);
}

export function toBlocks(nodes: readonly (RootContent | BlockContent | DefinitionContent)[]): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph': {
        const c = toInlines(node.children);
        if (c.length > 0) out.push({ t: 'p', c });
        break;
      }
      case 'heading':
        // A heading below the digest's own levels reads as a bold line.
        out.push({ t: 'p', c: [{ t: 'strong', c: toInlines(node.children) }] });
        break;
      case 'list':
        out.push({ t: 'list', ordered: node.ordered === true, items: node.children.map(listItemBlocks) });
        break;
      case 'code':
        out.push({ t: 'code', v: node.value });
        break;
      case 'blockquote':
        out.push({ t: 'quote', c: toBlocks(node.children) });
        break;
      case 'table':
        out.push({
          t: 'table',
          rows: node.children.map((row) => row.children.map((cell) => toInlines(cell.children))),
        });
        break;
      case 'html':
        out.push({ t: 'p', c: [node.value] });
        break;
      case 'footnoteDefinition': {
        // A footnote's text is published where it was written, after its label as typed.
        const label = `[^${node.label ?? node.identifier}]: `;
        const blocks = toBlocks(node.children);
        const first = blocks[0];
        if (first?.t === 'p') {
          const c: Inline[] = [label];
          for (const item of first.c) push(c, item);
          blocks[0] = { t: 'p', c };
        } else blocks.unshift({ t: 'p', c: [label.trimEnd()] });
        out.push(...blocks);
        break;
      }
      default:
        // thematicBreak, definition (a link's target), yaml: not reading text.
        break;
    }
  }
  return out;
}

/** The nodes that become a level of rich text nested in another (`quote`, `list`, `strong`, …). */
const NESTING: ReadonlySet<Nodes['type']> = new Set(['blockquote', 'list', 'strong', 'emphasis', 'delete', 'link']);

/**
 * How deep rich text made of `node` would nest, and its first node deeper than `limit`.
 * Walked without recursion: Markdown nests as deep as an author types `>`.
 */
export function nesting(node: Nodes, limit: number): { depth: number; beyond: Nodes | null } {
  let depth = 0;
  let beyond: Nodes | null = null;
  const stack: [Nodes, number][] = [[node, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [current, outer] = top;
    const level = NESTING.has(current.type) ? outer + 1 : outer;
    if (level > depth) depth = level;
    if (level > limit && beyond === null) beyond = current;
    if ('children' in current) {
      for (let i = current.children.length - 1; i >= 0; i--) {
        const child = current.children[i];
        if (child !== undefined) stack.push([child, level]);
      }
    }
  }
  return { depth, beyond };
}

// The plain text of rich text lives with the client's code, which needs it too.
export { blockText, inlineText } from '../../lib/plain-text.ts';
