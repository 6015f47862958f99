/**
 * Bookmarks as CSL-JSON (the Citation Style Language's data format: Zotero, Pandoc,
 * citation.js): one item of type `article` per paper, an arXiv preprint with its number,
 * DOI and URL, the year, the reader's tags as `keyword` and note as `note`.
 */
import { paperLinks } from '../../../lib/paper-links.ts';
import type { Bookmark } from '../bookmarks.ts';

const ARXIV_YEAR = /^(\d{2})\d{2}\.\d{4,5}(?:v\d+)?$/;

export function cslItem(bookmark: Bookmark): Record<string, unknown> {
  const links = paperLinks(bookmark.id);
  const arxiv = links.arxivAbs !== null;
  const year = ARXIV_YEAR.exec(bookmark.id)?.[1];
  const issued =
    year !== undefined ? Number(`20${year}`) : bookmark.date !== null ? Number(bookmark.date.slice(0, 4)) : null;
  const item: Record<string, unknown> = {
    id: arxiv ? `arXiv:${bookmark.id}` : bookmark.id,
    type: 'article',
    title: bookmark.card?.title ?? bookmark.title,
    URL: links.arxivAbs ?? links.huggingFace,
  };
  if (arxiv) Object.assign(item, { publisher: 'arXiv', number: bookmark.id, DOI: `10.48550/arXiv.${bookmark.id}` });
  if (issued !== null) item.issued = { 'date-parts': [[issued]] };
  if (bookmark.tags !== undefined && bookmark.tags.length > 0) item.keyword = bookmark.tags.join(', ');
  if (bookmark.note !== undefined && bookmark.note.trim() !== '') item.note = bookmark.note;
  return item;
}

export function toCslJson(bookmarks: readonly Bookmark[]): string {
  return `${JSON.stringify(bookmarks.map(cslItem), null, 2)}\n`;
}
