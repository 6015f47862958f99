import { describe, expect, it } from 'vitest';
import { dayRuns } from './emit-lists.ts';

describe('dayRuns', () => {
  it('counts the cards of each day in list order', () => {
    const card = (date: string, rank: number) => ({ id: `${date}-${String(rank)}`, date, rank, upvotes: 1 });
    expect(dayRuns([card('2026-02-02', 1), card('2026-02-02', 2), card('2026-01-30', 1)])).toEqual([
      ['2026-02-02', 2],
      ['2026-01-30', 1],
    ]);
    expect(dayRuns([])).toEqual([]);
  });
});
