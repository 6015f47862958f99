import { useQueries } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { dayQueryOptions } from '../../../api/days.ts';
import { paperFileQueryOptions } from '../../../api/papers.ts';
import { isNotFound } from '../../../lib/not-found.ts';
import type { Card } from '../../../schema/digest.ts';
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

/** Bookmarks `[start, end)` of a list. */
export interface BookmarkSpan {
  start: number;
  end: number;
}

/** How long the drawn rows stay put before their papers are looked up: not every row a fast scroll passes. */
const SETTLE_MS = 150;

/**
 * The bookmark at an index of `bookmarks`, with whether its paper is still in the archive
 * (its lookup says so, and where its chunk is now) and, once its day is loaded, the card as
 * the archive has it now: current upvotes, thumbnail and chunk. Only the bookmarks of `span`
 * (the rows drawn) are looked up, once scrolling pauses; the others, and these until their
 * answers come, stand on their saved snapshot. Nothing here delays a render.
 */
export function useBookmarkCards(
  bookmarks: readonly Bookmark[],
  span: BookmarkSpan,
): (index: number) => ResolvedBookmark | undefined {
  const settled = useSettled(span);
  const shown = bookmarks.slice(settled.start, settled.end);
  const presence = useQueries({ queries: shown.map((b) => paperFileQueryOptions(b.id)) });
  const dates = [...new Set(shown.flatMap((b) => (b.date === null ? [] : [b.date])))].sort();
  const days = useQueries({ queries: dates.map((date) => dayQueryOptions(date)) });
  const cardsOf = new Map<string, readonly Card[]>();
  dates.forEach((date, i) => {
    const cards = days[i]?.data?.cards;
    if (cards !== undefined) cardsOf.set(date, cards);
  });

  return (index) => {
    const bookmark = bookmarks[index];
    if (bookmark === undefined) return undefined;
    // `shown` is this list's slice, so the query at an offset is that bookmark's.
    const query = index >= settled.start && index < settled.end ? presence[index - settled.start] : undefined;
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
    const live = bookmark.date === null ? undefined : cardsOf.get(bookmark.date)?.find((c) => c.id === bookmark.id);
    if (live !== undefined && status !== 'gone') {
      resolved.card = live;
      resolved.fresh = true;
    }
    return resolved;
  };
}

/** `value` once it has stayed the same for `SETTLE_MS`; the first value at once. */
function useSettled<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [value]);
  return settled;
}
