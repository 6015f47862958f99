/**
 * Bookmarks as BibTeX, for Zotero, JabRef or a LaTeX paper. One `@misc` per paper (the
 * digests know no venue): title, year, arXiv `eprint` with `archivePrefix`, `doi` (arXiv's
 * DataCite DOI), `url`, the reader's tags as `keywords` and note as `note`. The digests have
 * no authors: a reference manager completes them from the arXiv id.
 *
 * Field values are braced and escaped for LaTeX: `{ } & % # _ $ ~ ^ \` are written so
 * that they print as themselves, except a `$…$` pair, which is kept as the math it is. In
 * the title, a word with a capital after its first letter (GRPO, LLMs, DeepSeek) is braced
 * so that a style that lowercases titles leaves it alone. Text is UTF-8 as it is (Korean
 * included), which BibLaTeX and BibTeX 8-bit read.
 */
import { paperLinks } from '../../../lib/paper-links.ts';
import type { Bookmark } from '../bookmarks.ts';

const ARXIV_NEW_ID = /^(\d{2})(\d{2})\.\d{4,5}(?:v\d+)?$/;

const SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text that prints as itself in LaTeX. */
function escapeText(text: string): string {
  return text.replace(/[\\{}&%#_$~^]/g, (char) => SPECIAL[char] ?? char);
}

/** Whether `{` and `}` pair up in `text` (never closing more than opened). */
function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth++;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * A value for a braced field: escaped, with each `$…$` whose braces pair up kept as math.
 * `protect` braces the words that carry a capital after their first letter.
 */
export function bibtexValue(text: string, protect = false): string {
  const parts = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(\$[^$]+\$)/);
  return parts
    .map((part, index) => {
      if (index % 2 === 1 && balanced(part)) return part;
      const escaped = escapeText(part);
      return protect ? escaped.replace(/[^\s{}]*\p{Lu}[^\s{}]*/gu, protectWord) : escaped;
    })
    .join('');
}

function protectWord(word: string): string {
  // The word's letters without its escapes and punctuation: does a capital follow the first letter?
  const letters = word.replace(/\\[a-z]+\{\}|\\./gi, '').replace(/[^\p{L}\p{N}]/gu, '');
  if (!/^.+\p{Lu}/u.test(letters)) return word;
  // Braces around the word, its trailing punctuation outside them.
  const match = /^(.*?)([.,:;!?)]*)$/u.exec(word);
  const core = match?.[1] ?? word;
  const tail = match?.[2] ?? '';
  return core.endsWith('\\') ? word : `{${core}}${tail}`;
}

/** A note: paragraphs kept apart by a blank line, lines within one by a space. */
function noteValue(note: string): string {
  return note
    .split(/\n\s*\n/)
    .map((paragraph) => bibtexValue(paragraph))
    .filter(Boolean)
    .join('\n\n');
}

/** A citation key: `arXiv:2601.20614`, else the id with only the characters keys allow. */
function citationKey(id: string, arxiv: boolean): string {
  return arxiv ? `arXiv:${id}` : `dp:${id.replace(/[^A-Za-z0-9._:-]/g, '-')}`;
}

/** The year of an arXiv id (`2601.…` → 2026), else of the digest day. */
function yearOf(bookmark: Pick<Bookmark, 'id' | 'date'>): string | null {
  const match = ARXIV_NEW_ID.exec(bookmark.id);
  if (match?.[1] !== undefined) return `20${match[1]}`;
  return bookmark.date?.slice(0, 4) ?? null;
}

export function bibtexEntry(bookmark: Bookmark): string {
  const links = paperLinks(bookmark.id);
  const arxiv = links.arxivAbs !== null;
  const title = bookmark.card?.title ?? bookmark.title;
  const year = yearOf(bookmark);
  const fields: [string, string][] = [['title', bibtexValue(title, true)]];
  if (year !== null) fields.push(['year', year]);
  if (arxiv) {
    fields.push(['eprint', bookmark.id], ['archivePrefix', 'arXiv'], ['doi', `10.48550/arXiv.${bookmark.id}`]);
  }
  fields.push(['url', links.arxivAbs ?? links.huggingFace]);
  if (bookmark.tags !== undefined && bookmark.tags.length > 0) {
    fields.push(['keywords', bibtexValue(bookmark.tags.join(', '))]);
  }
  const note = noteValue(bookmark.note ?? '');
  if (note !== '') fields.push(['note', note]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${citationKey(bookmark.id, arxiv)},\n${body}\n}\n`;
}

/** The whole file: one entry per bookmark, in the order given. */
export function toBibtex(bookmarks: readonly Bookmark[]): string {
  return bookmarks.map(bibtexEntry).join('\n');
}
