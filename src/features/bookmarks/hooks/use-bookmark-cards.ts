import { useQueries } from '@tanstack/react-query';
import { dayQueryOptions } from '../../../api/days.ts';
import { paperFileQueryOptions } from '../../../api/papers.ts';
import { isNotFound } from '../../../lib/not-found.ts';
import type { Bookmark } from '../bookmarks.ts';

/** Whether a bookmarked paper is still in the archive; `unknown` when the check failed. */
export type ArchiveStatus = 'checking' | 'present' | 'gone' | 'unknown';

export type ResolvedBookmark = Bookmark & {
  status: ArchiveStatus;
  /** The paper's chunk now, once the archive confirmed it (a snapshot's may be out of date). */
  file?: string;
  /** `card` is the archive's current one (from the paper's day), not the saved snapshot. */
  fresh: boolean;
};

/**
 * Each bookmark with whether its paper is still in the archive (its lookup says so, and
 * where its chunk is now) and, once its day is loaded, the card as the archive has it now:
 * current upvotes, thumbnail and chunk. Until then the saved snapshot stands in; nothing
 * here delays the first render.
 */
export function useBookmarkCards(bookmarks: readonly Bookmark[]): ResolvedBookmark[] {
  const presence = useQueries({ queries: bookmarks.map((b) => paperFileQueryOptions(b.id)) });
  const dates = [...new Set(bookmarks.flatMap((b) => (b.date === null ? [] : [b.date])))].sort();
  const days = useQueries({ queries: dates.map((date) => dayQueryOptions(date)) });

  return bookmarks.map((bookmark, i) => {
    const query = presence[i];
    const status: ArchiveStatus =
      query === undefined || query.isPending
        ? 'checking'
        : query.isSuccess
          ? 'present'
          : isNotFound(query.error)
            ? 'gone'
            : 'unknown';
    const resolved: ResolvedBookmark = { ...bookmark, status, fresh: false };
    if (query?.isSuccess) resolved.file = query.data;
    const live =
      bookmark.date === null
        ? undefined
        : days[dates.indexOf(bookmark.date)]?.data?.cards.find((c) => c.id === bookmark.id);
    if (live !== undefined && status !== 'gone') {
      resolved.card = live;
      resolved.fresh = true;
    }
    return resolved;
  });
}
