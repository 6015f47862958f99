import { describe, expect, it } from 'vitest';
import { daySections, knownRuns, monthStarts } from './day-sections.ts';

const DATES = ['2026-02-02', '2026-02-02', '2026-02-01', '2026-01-31', '2026-01-31', '2026-01-31'];

describe('knownRuns', () => {
  it("takes the list's own runs when it has them", () => {
    const listed = [
      ['2026-02-02', 2],
      ['2026-02-01', 1],
      ['2026-01-31', 3],
    ] as const;
    expect(knownRuns(6, () => undefined, listed)).toEqual(listed.map(([d, c]) => [d, c]));
  });

  it('reads the days off the cards loaded from the top, the rest as unknown days', () => {
    const loaded = (i: number) => (i < 4 ? DATES[i] : undefined);
    expect(knownRuns(6, loaded, undefined)).toEqual([
      ['2026-02-02', 2],
      ['2026-02-01', 1],
      ['2026-01-31', 1],
      [null, 2],
    ]);
    expect(knownRuns(6, () => undefined, undefined)).toEqual([[null, 6]]);
  });

  it('never counts more cards than the list has', () => {
    expect(
      knownRuns(3, () => undefined, [
        ['2026-02-02', 2],
        ['2026-02-01', 5],
      ]),
    ).toEqual([
      ['2026-02-02', 2],
      ['2026-02-01', 1],
    ]);
  });
});

describe('daySections', () => {
  it('puts a heading before each day and starts each day on a new row', () => {
    const items = daySections(
      knownRuns(6, (i) => DATES[i], undefined),
      2,
    );
    expect(
      items.map((item) => (item.kind === 'day' ? item.date : `${String(item.start)}-${String(item.end)}`)),
    ).toEqual(['2026-02-02', '0-2', '2026-02-01', '2-3', '2026-01-31', '3-5', '5-6']);
  });

  it('draws unknown days as rows without a heading', () => {
    expect(daySections([[null, 3]], 2)).toEqual([
      { kind: 'row', first: 0, count: 3, start: 0, end: 2, date: null },
      { kind: 'row', first: 0, count: 3, start: 2, end: 3, date: null },
    ]);
  });
});

describe('monthStarts', () => {
  it("points each month at its first day's heading", () => {
    const items = daySections(
      knownRuns(6, (i) => DATES[i], undefined),
      1,
    );
    expect(monthStarts(items)).toEqual([
      { month: '2026-02', item: 0 },
      { month: '2026-01', item: 5 },
    ]);
  });
});
