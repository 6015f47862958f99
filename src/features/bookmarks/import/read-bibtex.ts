/**
 * The papers of a BibTeX file (Zotero, JabRef, Google Scholar, arXiv, our own export): each
 * entry's arXiv id from `eprint` (with `archivePrefix`/`eprinttype` arXiv, or none), a DOI
 * `10.48550/arXiv.*`, an arxiv.org or huggingface.co/papers `url`, or `arXiv:<id>` in
 * `journal` (Google Scholar's "arXiv preprint arXiv:…"). With it, its title, `note` and
 * `keywords` (as tags). An entry that names no paper counts as unreadable, and so does one
 * that does not parse: the rest of the file still imports.
 */
import { type BibtexEntry, entries } from 'bibtex-parse';
import { normalizeTags } from '../bookmark-notes.ts';
import { arxivIdIn, paperIdOf } from './paper-id.ts';
import type { Reference, ReferenceList } from './reference.ts';

/** An entry starts with `@type{` or `@type(` at the start of a line. */
const ENTRY_START = /^[ \t]*@[A-Za-z]+[ \t]*[{(]/m;
const NOT_PAPERS = new Set(['string', 'preamble', 'comment']);

/** Whether a text holds BibTeX entries at all. */
export function looksLikeBibtex(text: string): boolean {
  return ENTRY_START.test(text);
}

export function readBibtex(bibtex: string): ReferenceList {
  const text = withoutTextCommands(bibtex);
  let parsed: BibtexEntry[];
  let unreadable = 0;
  try {
    parsed = entries(text);
  } catch {
    // One malformed entry fails the whole parse: parse entry by entry instead, so that only
    // it is lost (and an `@string` it relies on, which only a whole parse applies).
    parsed = [];
    for (const chunk of text.split(/^(?=[ \t]*@)/m)) {
      if (!looksLikeBibtex(chunk)) continue;
      try {
        parsed.push(...entries(chunk));
      } catch {
        unreadable++;
      }
    }
  }
  const references: Reference[] = [];
  for (const entry of parsed) {
    if (NOT_PAPERS.has(entry.type)) continue;
    const reference = referenceOf(entry);
    if (reference === null) unreadable++;
    else references.push(reference);
  }
  return { references, unreadable };
}

function field(entry: BibtexEntry, name: string): string | null {
  const value = entry[name.toUpperCase()];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

function idOf(entry: BibtexEntry): string | null {
  const prefix = (field(entry, 'archivePrefix') ?? field(entry, 'eprinttype'))?.trim().toLowerCase();
  const eprint = field(entry, 'eprint');
  if (eprint !== null && (prefix === undefined || prefix === 'arxiv')) {
    const id = paperIdOf(eprint);
    if (id !== null) return id;
  }
  for (const name of ['arxivid', 'doi', 'url', 'howpublished']) {
    const value = field(entry, name);
    const id = value === null ? null : paperIdOf(value.replace(/^\\url\s*/, ''));
    if (id !== null) return id;
  }
  const journal = field(entry, 'journal');
  return journal === null ? null : arxivIdIn(journal);
}

function referenceOf(entry: BibtexEntry): Reference | null {
  const id = idOf(entry);
  if (id === null) return null;
  const reference: Reference = { id };
  const title = plain(field(entry, 'title') ?? '').replace(/\s+/g, ' ');
  if (title !== '') reference.title = title;
  const note = plain(field(entry, 'note') ?? '');
  if (note !== '') reference.note = note;
  const tags = normalizeTags(plain(field(entry, 'keywords') ?? '').split(/[,;]/));
  if (tags.length > 0) reference.tags = tags;
  return reference;
}

/**
 * The text commands BibTeX writers use for `\ ~ ^` (`\textbackslash{}`…), each replaced by a
 * character of Unicode's private use area before parsing: the parser would take their empty
 * `{}` for a pair of braces around the text that follows (and `plain` puts them back).
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
 * A field's text as a reader types it: the parser has taken the braces away and read
 * `\{ \} \% \_`; this reads the other escapes BibTeX writers use for plain characters
 * (`\& \# \$`, and the text commands). Other LaTeX is left as written.
 */
function plain(text: string): string {
  return text
    .replace(/\\([&#$])/g, '$1')
    .replace(/[\ue000-\ue002]/g, (char) => TEXT_COMMAND_CHARS[char.charCodeAt(0) - FIRST_PRIVATE] ?? '')
    .trim();
}
