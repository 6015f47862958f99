/** Month grids for the days index: pure date arithmetic on ISO dates, in UTC. */

export interface MonthGrid {
  /** `YYYY-MM` */
  month: string;
  /** Weeks of seven cells, Monday first; null outside the month. */
  weeks: (string | null)[][];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar of a month (`YYYY-MM`), weeks starting on Monday. */
export function monthGrid(month: string): MonthGrid {
  const [year = 1970, m = 1] = month.split('-').map(Number);
  const firstWeekday = (new Date(Date.UTC(year, m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: firstWeekday }, () => null);
  for (let d = 1; d <= daysInMonth(year, m); d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return { month, weeks };
}

/** The months that have at least one of `dates`, newest first. */
export function monthsOf(dates: readonly string[]): string[] {
  return [...new Set(dates.map((d) => d.slice(0, 7)))].sort().reverse();
}

/** The day after an ISO date. */
export function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
