/**
 * A list in digest order (newest day first) cut into days: a heading per day, then the
 * day's cards in rows. Pure layout arithmetic for the grids that draw it.
 */

/** `count` consecutive cards of one day, or of days not known yet (`null`: no heading). */
export type DayRun = readonly [date: string | null, count: number];

export type SectionItem =
  | { kind: 'day'; date: string; first: number }
  | {
      kind: 'row';
      /** The day's cards are `[first, first + count)` of the list; this row holds `[start, end)`. */
      first: number;
      count: number;
      start: number;
      end: number;
      date: string | null;
    };

/**
 * The runs of a list as far as they are known: the list's own (from its index) when there,
 * else read off the cards loaded from the top, the rest as one run of unknown days.
 */
export function knownRuns(
  total: number,
  dateAt: (index: number) => string | undefined,
  listed: readonly (readonly [string, number])[] | undefined,
): DayRun[] {
  const runs: [string | null, number][] = [];
  let counted = 0;
  if (listed) {
    for (const [date, count] of listed) {
      const take = Math.min(count, total - counted);
      if (take <= 0) break;
      runs.push([date, take]);
      counted += take;
    }
  } else {
    for (let date = dateAt(0); counted < total && date !== undefined; date = dateAt(counted)) {
      const last = runs.at(-1);
      if (last?.[0] === date) last[1]++;
      else runs.push([date, 1]);
      counted++;
    }
  }
  if (counted < total) runs.push([null, total - counted]);
  return runs;
}

/** Headings and rows of `columns` cards; a day always starts a new row. */
export function daySections(runs: readonly DayRun[], columns: number): SectionItem[] {
  const items: SectionItem[] = [];
  let first = 0;
  for (const [date, count] of runs) {
    if (date !== null) items.push({ kind: 'day', date, first });
    for (let start = first; start < first + count; start += columns) {
      items.push({ kind: 'row', first, count, start, end: Math.min(first + count, start + columns), date });
    }
    first += count;
  }
  return items;
}

/** Each month of the list (`YYYY-MM`, in list order) with the item of its first day's heading. */
export function monthStarts(items: readonly SectionItem[]): { month: string; item: number }[] {
  const months: { month: string; item: number }[] = [];
  items.forEach((item, index) => {
    if (item.kind === 'day' && months.at(-1)?.month !== item.date.slice(0, 7)) {
      months.push({ month: item.date.slice(0, 7), item: index });
    }
  });
  return months;
}
