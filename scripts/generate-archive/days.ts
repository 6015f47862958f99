/** A day of the archive: its date, its papers' arXiv-style ids, and their upvotes. */
import { gaussian, intBetween, type Rng } from './rng.ts';

export const DAY_MS = 86_400_000;

export interface Day {
  iso: string; // YYYY-MM-DD
  year: string;
  month: string;
  dayOfMonth: number;
  daysInMonth: number;
}

export function dayAt(ms: number): Day {
  const date = new Date(ms);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const iso = date.toISOString().slice(0, 10);
  return {
    iso,
    year: iso.slice(0, 4),
    month: iso.slice(5, 7),
    dayOfMonth: date.getUTCDate(),
    daysInMonth: new Date(Date.UTC(y, m + 1, 0)).getUTCDate(),
  };
}

/** arXiv-style YYMM.NNNNN; numbers grow through the month like real submissions. */
export function makeId(rng: Rng, day: Day, used: Set<number>): string {
  const lag = intBetween(rng, 0, 4);
  const position = Math.max(0, day.dayOfMonth - 1 - lag) / day.daysInMonth;
  let n = Math.max(1, Math.round(position * 26_000) + intBetween(rng, 0, 1500));
  while (used.has(n)) n = n >= 99_999 ? 1 : n + 1;
  used.add(n);
  return `${day.year.slice(2)}${day.month}.${String(n).padStart(5, '0')}`;
}

/** Heavy tail: most 5-60, some in the hundreds, rare above 1000. */
export function drawUpvotes(rng: Rng): number {
  const roll = rng.next();
  if (roll < 0.0025) return Math.round(1000 * Math.exp(rng.next() * Math.log(4.5)));
  if (roll < 0.015) return Math.round(100 * Math.exp(rng.next() * Math.log(9)));
  if (roll < 0.018) return intBetween(rng, 0, 3);
  return Math.round(Math.exp(Math.log(26) + gaussian(rng) * 0.68));
}
