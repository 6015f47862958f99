/**
 * The papers of a BibTeX file (Zotero, JabRef, Google Scholar, arXiv, our own export): each
 * entry's arXiv id from `eprint` (with `archivePrefix`/`eprinttype` arXiv, or none), a DOI
 * `10.48550/arXiv.*`, an arxiv.org or huggingface.co/papers `url`, or `arXiv:<id>` in
 * `journal` (Google Scholar's "arXiv preprint arXiv:…"). With it, its title, `note` and
 * `keywords` (as tags). An entry that names no paper counts as unreadable, and so does one
 * that does not parse: the rest of the file still imports. `bibtex-parse` reads the syntax;
 * the values are made text here, only for the fields used (a library's abstracts are not).
 */
import { type BibtexItem, type BibtexValue, parse } from 'bibtex-parse';
import { normalizeTags } from '../bookmark-notes.ts';
import { arxivIdIn, paperIdOf } from './paper-id.ts';
import type { Reference, ReferenceList } from './reference.ts';

/** An entry starts with `@type{` or `@type(` at the start of a line. */
const ENTRY_START = /^[ \t]*@[A-Za-z]+[ \t]*[{(]/m;
const NOT_PAPERS = new Set(['string', 'preamble', 'comment']);
/** How many entries are read between two pauses: a large library takes seconds. */
const SLICE = 100;

/** Whether a text holds BibTeX entries at all. */
export function looksLikeBibtex(text: string): boolean {
  return ENTRY_START.test(text);
}

type Entry = Extract<BibtexItem, { itemtype: 'entry' }>;

/**
 * Reads entry by entry (each starts with `@` at the start of a line), so that a malformed
 * one costs only itself, and awaits `pause` every `SLICE` entries so that the page can
 * answer meanwhile. `@string` macros apply to the entries after them, as in BibTeX.
 */
export async function readBibtex(
  bibtex: string,
  pause: (read: number, total: number) => Promise<void> = () => Promise.resolve(),
): Promise<ReferenceList> {
  const chunks = withoutTextCommands(bibtex)
    .split(/^(?=[ \t]*@)/m)
    .filter(looksLikeBibtex);
  const strings = new Map<string, string>();
  const references: Reference[] = [];
  let unreadable = 0;
  for (const [index, chunk] of chunks.entries()) {
    if (index > 0 && index % SLICE === 0) await pause(index, chunks.length);
    let items: BibtexItem[];
    try {
      items = parse(chunk);
    } catch {
      unreadable++;
      continue;
    }
    for (const item of items) {
      if (item.itemtype === 'string') strings.set(item.name.toLowerCase(), text(item, strings));
      if (item.itemtype !== 'entry' || NOT_PAPERS.has(item.type.toLowerCase())) continue;
      const reference = referenceOf(item, strings);
      if (reference === null) unreadable++;
      else references.push(reference);
    }
  }
  return { references, unreadable };
}

/** A value as text: macros replaced, `#` joined, braces that are not escaped taken away. */
function text(value: BibtexValue, strings: ReadonlyMap<string, string>): string {
  switch (value.datatype) {
    case 'braced':
    case 'quoted':
      return value.value.replace(/(?<!\\)[{}]/g, '').replace(/\\([{}%_@"])/g, '$1');
    case 'identifier':
      return strings.get(value.value.toLowerCase()) ?? '';
    case 'number':
      return String(value.value);
    case 'concatinate':
      return value.value.map((part) => text(part, strings)).join('');
    default:
      return '';
  }
}

function fieldOf(entry: Entry, strings: ReadonlyMap<string, string>) {
  return (name: string): string | null => {
    const found = entry.fields.find((f) => f.name.toLowerCase() === name.toLowerCase());
    return found === undefined ? null : text(found, strings);
  };
}

function idOf(field: (name: string) => string | null): string | null {
  const prefix = (field('archivePrefix') ?? field('eprinttype'))?.trim().toLowerCase();
  const eprint = field('eprint');
  if (eprint !== null && (prefix === undefined || prefix === 'arxiv')) {
    const id = paperIdOf(eprint);
    if (id !== null) return id;
  }
  for (const name of ['arxivid', 'doi', 'url', 'howpublished']) {
    const value = field(name);
    const id = value === null ? null : paperIdOf(value.replace(/^\\url\s*/, ''));
    if (id !== null) return id;
  }
  const journal = field('journal');
  return journal === null ? null : arxivIdIn(journal);
}

function referenceOf(entry: Entry, strings: ReadonlyMap<string, string>): Reference | null {
  const field = fieldOf(entry, strings);
  const id = idOf(field);
  if (id === null) return null;
  const reference: Reference = { id };
  const title = plain(field('title') ?? '').replace(/\s+/g, ' ');
  if (title !== '') reference.title = title;
  const note = plain(field('note') ?? '');
  if (note !== '') reference.note = note;
  const tags = normalizeTags(plain(field('keywords') ?? '').split(/[,;]/));
  if (tags.length > 0) reference.tags = tags;
  return reference;
}

/**
 * The text commands BibTeX writers use for `\ ~ ^` (`\textbackslash{}`…), each replaced by a
 * character of Unicode's private use area before parsing, and put back by `plain`: left as
 * they are, their `{}` would go with the other braces, and the `\` one stands for would read
 * as an escape of what follows it.
 */
const TEXT_COMMANDS = ['textbackslash', 'textasciitilde', 'textasciicircum'] as const;
const TEXT_COMMAND_CHARS = ['\\', '~', '^'] as const;
const FIRST_PRIVATE = 0xe000;

function withoutTextCommands(text: string): string {
  return text
    .replace(/[\ue000-\ue002]/g, '')
    .replace(/\\(textbackslash|textasciitilde|textasciicircum)(?:\{\}|(?![A-Za-z]))/g, (_, name: string) =>
      String.fromCharCode(FIRST_PRIVATE + TEXT_COMMANDS.indexOf(name as (typeof TEXT_COMMANDS)[number])),
    );
}

/**
 * A field's text as a reader types it: `text` has taken the braces away and read
 * `\{ \} \% \_`; this reads the other escapes BibTeX writers use for plain characters
 * (`\& \# \$`, and the text commands). Other LaTeX is left as written.
 */
function plain(text: string): string {
  return text
    .replace(/\\([&#$])/g, '$1')
    .replace(/[\ue000-\ue002]/g, (char) => TEXT_COMMAND_CHARS[char.charCodeAt(0) - FIRST_PRIVATE] ?? '')
    .trim();
}
