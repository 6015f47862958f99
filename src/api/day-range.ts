/**
 * The archive as a run of days rather than a precomputed list: the days between two dates
 * (from the year indexes) and their cards, fetched a day at a time for the cards a grid
 * draws. Newest day first, each day in rank order: the archive's digest order.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import type { Card, DayChunk, YearIndex } from '../schema/digest.ts';
import { dayQueryOptions, yearQueryOptions } from './days.ts';
import { rootQueryOptions } from './root.ts';

export interface ArchiveDay {
  date: string;
  papers: number;
}

/**
 * The days from `from` to `to` (inclusive), newest first; undefined until their year indexes
 * load. None, and nothing fetched, unless `enabled`.
 */
export function useArchiveDays(
  from: string,
  to: string,
  enabled = true,
): { days: ArchiveDay[] | undefined; isError: boolean } {
  const root = useQuery(rootQueryOptions());
  const years = (root.data?.years ?? []).filter(
    (y) => enabled && String(y.year) >= from.slice(0, 4) && String(y.year) <= to.slice(0, 4),
  );
  return useQueries({
    queries: years.map((y) => yearQueryOptions(y.file)),
    combine: (results) => {
      const indexes = results.map((r): YearIndex | undefined => r.data);
      const isError = results.some((r) => r.isError);
      if (indexes.some((index) => index === undefined)) return { days: undefined, isError };
      const days = indexes
        .flatMap((index) => index?.days ?? [])
        .filter((d) => d.date >= from && d.date <= to)
        .map(({ date, papers }) => ({ date, papers }))
        .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
      return { days, isError };
    },
  });
}

/** A day of a window: how many of its cards the grid lists. */
export interface WindowDay {
  date: string;
  count: number;
}

/**
 * Random access into the cards of `days` (newest first) that `keep` keeps, `count` of them
 * a day: the days holding `[start, end)` are fetched, and only those. `keep` must be the
 * rule the counts were made with (the grid is sized from them before any day is fetched).
 */
export function useDayCardsWindow(
  days: readonly WindowDay[],
  keep: (card: Card) => boolean,
  start: number,
  end: number,
) {
  const offsets: number[] = [];
  let total = 0;
  for (const day of days) {
    offsets.push(total);
    total += day.count;
  }
  /** The day that holds card `i`: the last whose offset is at most `i`, skipping empty days. */
  const dayIndex = (i: number): number => {
    let low = 0;
    let high = days.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if ((offsets[mid] ?? 0) <= i) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const first = total === 0 ? 0 : dayIndex(start);
  const last = total === 0 ? -1 : dayIndex(Math.max(start, Math.min(end, total) - 1));
  const wanted = days.slice(first, last + 1).filter((day) => day.count > 0);
  const chunks = useQueries({
    queries: wanted.map((day) => dayQueryOptions(day.date)),
    combine: (results) => ({
      byDate: new Map(results.flatMap((r): [string, DayChunk][] => (r.data ? [[r.data.date, r.data]] : []))),
      isError: results.some((r) => r.isError),
    }),
  });
  const cardAt = (i: number): Card | undefined => {
    if (i < 0 || i >= total) return undefined;
    const d = dayIndex(i);
    const day = days[d];
    const chunk = day && chunks.byDate.get(day.date);
    if (!chunk) return undefined;
    let k = i - (offsets[d] ?? 0);
    for (const card of chunk.cards) {
      if (!keep(card)) continue;
      if (k === 0) return card;
      k--;
    }
    return undefined;
  };
  return { total, cardAt, isError: chunks.isError };
}
