/**
 * Bookmarks as arXiv ids, one per line, for Zotero's "Add Item by Identifier" (which takes
 * a list) and any tool that reads ids. A paper whose id is not an arXiv id has none to give
 * and is left out; the caller says how many.
 */
import { paperLinks } from '../../../lib/paper-links.ts';
import type { Bookmark } from '../bookmarks.ts';

export function toArxivIds(bookmarks: readonly Bookmark[]): { text: string; skipped: number } {
  const ids = bookmarks.filter((b) => paperLinks(b.id).arxivAbs !== null).map((b) => b.id);
  return { text: ids.length === 0 ? '' : `${ids.join('\n')}\n`, skipped: bookmarks.length - ids.length };
}
