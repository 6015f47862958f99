/**
 * A search result as a card: the paper chunk's data, with each language's preview cut
 * around the first matched word, so that the reader sees why the paper was found.
 */
import type { QueryTerm } from '../../../lib/search-tokenize.ts';
import { blockText } from '../../../lib/plain-text.ts';
import type { Block, Card, PaperChunk, PaperText } from '../../../schema/digest.ts';
import { firstMatch } from './highlight.ts';

export const PREVIEW_CHARS = 220;
/** How much text a preview keeps before the matched word. */
const LEAD_CHARS = 60;

/** The plain text of rich text, on one line. */
export function plainText(blocks: readonly Block[]): string {
  return blockText(blocks).replace(/\s+/g, ' ').trim();
}

/** At most `limit` characters of `text` from `start`, cut at spaces, with ellipses where cut. */
export function excerpt(text: string, start: number, limit = PREVIEW_CHARS): string {
  let from = Math.max(0, start);
  if (from > 0) {
    const space = text.lastIndexOf(' ', from);
    from = space === -1 ? 0 : space + 1;
  }
  let to = Math.min(text.length, from + limit);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > from + limit * 0.6) to = space;
  }
  const body = text.slice(from, to).replace(/[\s,.;:·]+$/u, '');
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/** Each section's plain text, summary first: kept per paper text, the same for every query. */
const sectionTextCache = new WeakMap<PaperText, readonly string[]>();
const SECTION_ORDER = ['summary', 'keyPoints', 'abstract', 'other'] as const;

function sectionTexts(text: PaperText): readonly string[] {
  let plain = sectionTextCache.get(text);
  if (plain === undefined) {
    const sections = [...text.sections].sort((a, b) => SECTION_ORDER.indexOf(a.kind) - SECTION_ORDER.indexOf(b.kind));
    plain = sections.map((s) => plainText(s.blocks));
    sectionTextCache.set(text, plain);
  }
  return plain;
}

/** The preview of one language: around the first match (summary first), else the summary's start. */
export function matchPreview(text: PaperText, terms: readonly QueryTerm[]): string {
  const plain = sectionTexts(text);
  for (const body of plain) {
    const at = firstMatch(body, terms);
    if (at !== -1) return excerpt(body, at <= LEAD_CHARS ? 0 : at - LEAD_CHARS);
  }
  return excerpt(plain.find((body) => body !== '') ?? '', 0);
}

/** The card of a found paper: its best-upvoted day (the newest of equals), previews per language. */
export function searchCard(paper: PaperChunk, file: string, terms: readonly QueryTerm[]): Card {
  const best = paper.appearances.reduce<PaperChunk['appearances'][number] | undefined>(
    (b, a) => (b === undefined || a.upvotes > b.upvotes || (a.upvotes === b.upvotes && a.date > b.date) ? a : b),
    undefined,
  );
  const preview: Card['preview'] = {};
  for (const [lang, text] of Object.entries(paper.texts)) {
    const shown = matchPreview(text, terms);
    if (shown !== '') preview[lang] = shown;
  }
  return {
    id: paper.id,
    date: best?.date ?? '',
    rank: best?.rank ?? 1,
    upvotes: best?.upvotes ?? 0,
    title: paper.title,
    thumb: paper.thumb,
    preview,
    file,
  };
}
