import { describe, expect, it } from 'vitest';
import {
  EMPTY_READ,
  exportReadState,
  importReadState,
  isRead,
  MAX_RANK,
  MAX_RECENT,
  mergeReadData,
  newSince,
  type PaperDay,
  pruneReadData,
  type ReadData,
  readCount,
  readTotal,
  recordVisit,
  RECENT_TTL_MS,
  serializeReadData,
  setRead,
  VISIT_GAP_MS,
} from './read-state.ts';
import { parseReadData, parseReadExport } from './read-state-validation.ts';

const T0 = Date.parse('2026-01-29T09:00:00.000Z');
const DAY_MS = 24 * 60 * 60 * 1000;

const paper = (date: string, rank: number): PaperDay => ({ date, rank });
const day = (date: string, ranks: number[]) => ranks.map((rank) => paper(date, rank));

/** Every (date, rank) that reads as read, for the dates and ranks given. */
function readPapers(data: ReadData, dates: string[], ranks = 30): string[] {
  const out: string[] = [];
  for (const date of dates) for (let r = 1; r <= ranks; r++) if (isRead(data, date, r)) out.push(`${date}#${r}`);
  return out;
}

/** `count` consecutive days back from 2026-01-29, each with `perDay` papers. */
function archiveDays(count: number): string[] {
  return Array.from({ length: count }, (_, i) => new Date(T0 - i * DAY_MS).toISOString().slice(0, 10));
}

describe('marks', () => {
  it('marks papers read and unread, per day and rank, and counts them', () => {
    let data = setRead(EMPTY_READ, [...day('2026-01-29', [1, 3, 5]), paper('2026-01-28', 2)], true, T0);
    expect(readPapers(data, ['2026-01-29', '2026-01-28'])).toEqual([
      '2026-01-29#1',
      '2026-01-29#3',
      '2026-01-29#5',
      '2026-01-28#2',
    ]);
    expect(readCount(data, '2026-01-29')).toBe(3);
    expect(readTotal(data)).toBe(4);
    expect(readTotal(data, '2026-01-29', '2026-01-29')).toBe(3);
    data = setRead(data, [paper('2026-01-29', 3)], false, T0 + 1);
    expect(readPapers(data, ['2026-01-29'])).toEqual(['2026-01-29#1', '2026-01-29#5']);
    expect(readCount(data, '2026-01-30')).toBe(0);
  });

  it('leaves the value as it is when nothing changes', () => {
    const data = setRead(EMPTY_READ, [paper('2026-01-29', 1)], true, T0);
    expect(setRead(data, [paper('2026-01-29', 1)], true, T0 + 5)).toBe(data);
    expect(setRead(data, [paper('2026-01-29', 2)], false, T0 + 5)).toBe(data);
  });

  it('takes ranks 1 to MAX_RANK and ignores any other', () => {
    const data = setRead(
      EMPTY_READ,
      [paper('2026-01-29', 0), paper('2026-01-29', -1), paper('2026-01-29', 1.5), paper('2026-01-29', MAX_RANK + 1)],
      true,
      T0,
    );
    expect(data).toBe(EMPTY_READ);
    const edge = setRead(EMPTY_READ, [paper('2026-01-29', 1), paper('2026-01-29', MAX_RANK)], true, T0);
    expect(isRead(edge, '2026-01-29', MAX_RANK)).toBe(true);
    expect(readCount(edge, '2026-01-29')).toBe(2);
    expect(isRead(edge, '2026-01-29', MAX_RANK + 1)).toBe(false);
  });

  it('stores a day as a few characters: five papers in one', () => {
    const data = setRead(EMPTY_READ, day('2026-01-29', [1, 2, 3, 4, 5]), true, T0);
    expect(exportReadState(data)).toEqual({ '2026-01-29': 'v' });
    const thirty = setRead(EMPTY_READ, day('2026-01-29', [30]), true, T0);
    expect(exportReadState(thirty)).toEqual({ '2026-01-29': '00000g' });
  });
});

describe('merge', () => {
  const a = setRead(EMPTY_READ, day('2026-01-29', [1, 2]), true, T0);
  const b = setRead(EMPTY_READ, [...day('2026-01-29', [3]), paper('2026-01-28', 1)], true, T0 + 10);

  it('keeps what either side read, whatever the order, and merging again changes nothing', () => {
    const ab = mergeReadData(a, b);
    expect(serializeReadData(ab)).toBe(serializeReadData(mergeReadData(b, a)));
    expect(readPapers(ab, ['2026-01-29', '2026-01-28'])).toEqual([
      '2026-01-29#1',
      '2026-01-29#2',
      '2026-01-29#3',
      '2026-01-28#1',
    ]);
    expect(serializeReadData(mergeReadData(ab, a))).toBe(serializeReadData(ab));
    expect(mergeReadData(ab, ab)).toBe(ab);
    expect(mergeReadData(ab, EMPTY_READ)).toBe(ab);
    expect(mergeReadData(EMPTY_READ, ab)).toBe(ab);
  });

  it('keeps the later of two marks of one paper: "unread" after "read", and "read" after "unread"', () => {
    const base = setRead(EMPTY_READ, [paper('2026-01-29', 1)], true, T0);
    const unread = setRead(base, [paper('2026-01-29', 1)], false, T0 + 100);
    // A tab that never heard of the "unread" still has the paper read; the merge must not bring it back.
    expect(isRead(mergeReadData(base, unread), '2026-01-29', 1)).toBe(false);
    expect(isRead(mergeReadData(unread, base), '2026-01-29', 1)).toBe(false);
    const readAgain = setRead(unread, [paper('2026-01-29', 1)], true, T0 + 200);
    expect(isRead(mergeReadData(unread, readAgain), '2026-01-29', 1)).toBe(true);
    expect(isRead(mergeReadData(readAgain, unread), '2026-01-29', 1)).toBe(true);
  });

  it('orders two marks of the same millisecond after the one before them', () => {
    let data = setRead(EMPTY_READ, [paper('2026-01-29', 1)], true, T0);
    data = setRead(data, [paper('2026-01-29', 1)], false, T0);
    data = setRead(data, [paper('2026-01-29', 1)], true, T0);
    expect(isRead(data, '2026-01-29', 1)).toBe(true);
    expect(
      isRead(mergeReadData(setRead(EMPTY_READ, [paper('2026-01-29', 1)], false, T0 + 1), data), '2026-01-29', 1),
    ).toBe(true);
  });

  it('keeps the later visit', () => {
    const earlier = recordVisit(EMPTY_READ, '2026-01-28', T0);
    const later = recordVisit(EMPTY_READ, '2026-01-29', T0 + 1000);
    expect(mergeReadData(earlier, later).visit).toEqual(later.visit);
    expect(mergeReadData(later, earlier).visit).toEqual(later.visit);
  });
});

describe('compaction', () => {
  it('forgets the times of marks older than the TTL, and keeps what they marked', () => {
    let data = setRead(EMPTY_READ, [paper('2026-01-01', 1)], true, T0 - RECENT_TTL_MS - 1);
    data = setRead(data, [paper('2026-01-29', 2)], true, T0);
    const pruned = pruneReadData(data, T0);
    expect([...pruned.recent.keys()]).toEqual(['2026-01-29.2']);
    expect(readPapers(pruned, ['2026-01-01', '2026-01-29'])).toEqual(['2026-01-01#1', '2026-01-29#2']);
    expect(pruneReadData(pruned, T0)).toBe(pruned);
  });

  it('remembers the times of the newest MAX_RECENT marks only', () => {
    const dates = archiveDays(300);
    let data = EMPTY_READ;
    dates.forEach((date, i) => {
      data = setRead(data, day(date, [1, 2, 3, 4, 5]), true, T0 + i);
    });
    const pruned = pruneReadData(data, T0 + 1000);
    expect(pruned.recent.size).toBe(MAX_RECENT);
    expect(readTotal(pruned)).toBe(1500);
    // The oldest marks were forgotten: those of the days marked first.
    expect(pruned.recent.has(`${dates[0] ?? ''}.1`)).toBe(false);
    expect(pruned.recent.has(`${dates.at(-1) ?? ''}.1`)).toBe(true);
  });

  it('after compaction two tabs still merge to the union of what they read', () => {
    const old = pruneReadData(setRead(EMPTY_READ, day('2025-01-01', [1, 2]), true, T0), T0 + RECENT_TTL_MS + 1);
    expect(old.recent.size).toBe(0);
    const other = setRead(EMPTY_READ, day('2025-01-01', [3]), true, T0 + RECENT_TTL_MS);
    expect(readCount(mergeReadData(old, other), '2025-01-01')).toBe(3);
  });

  it('holds ten years of Top-5 (18k papers) in about 60 KB and of Top-30 (110k) in about 80 KB, all read', () => {
    const dates = archiveDays(3650);
    const allRead = (perDay: number) =>
      pruneReadData(
        setRead(
          EMPTY_READ,
          dates.flatMap((date) =>
            day(
              date,
              Array.from({ length: perDay }, (_, i) => i + 1),
            ),
          ),
          true,
          T0,
        ),
        T0 + RECENT_TTL_MS + 1,
      );
    const top5 = serializeReadData(allRead(5)).length;
    const top30 = serializeReadData(allRead(30)).length;
    expect(top5).toBeLessThan(65_000);
    expect(top30).toBeLessThan(85_000);
    // The same papers as a list of arXiv ids ("2601.20614") would take over 13 characters each.
    expect(top30).toBeLessThan((3650 * 30 * 13) / 10);
  });
});

describe('visits', () => {
  it('announces nothing on the first visit', () => {
    const data = recordVisit(EMPTY_READ, '2026-01-29', T0);
    expect(data.visit).toEqual({ since: '2026-01-29', seen: '2026-01-29', at: T0 });
    expect(newSince(data)).toBeNull();
  });

  it('after a gap, what the last visit had seen is what is new against', () => {
    let data = recordVisit(EMPTY_READ, '2026-01-27', T0);
    data = recordVisit(data, '2026-01-29', T0 + VISIT_GAP_MS);
    expect(newSince(data)).toBe('2026-01-27');
    // A reload within the visit keeps it new.
    data = recordVisit(data, '2026-01-29', T0 + VISIT_GAP_MS + 60_000);
    expect(newSince(data)).toBe('2026-01-27');
    // The next visit has seen it.
    data = recordVisit(data, '2026-01-29', T0 + 3 * VISIT_GAP_MS);
    expect(newSince(data)).toBeNull();
  });

  it('announces a day added during a visit', () => {
    let data = recordVisit(EMPTY_READ, '2026-01-28', T0);
    data = recordVisit(data, '2026-01-29', T0 + 60_000);
    expect(newSince(data)).toBe('2026-01-28');
  });

  it('never counts as seen a day older than one seen already', () => {
    let data = recordVisit(EMPTY_READ, '2026-01-29', T0);
    data = recordVisit(data, '2026-01-20', T0 + VISIT_GAP_MS);
    expect(data.visit).toMatchObject({ since: '2026-01-29', seen: '2026-01-29' });
  });
});

describe('the stored value', () => {
  const data = recordVisit(
    setRead(setRead(EMPTY_READ, day('2026-01-29', [1, 2, 7]), true, T0), [paper('2026-01-29', 2)], false, T0 + 5),
    '2026-01-29',
    T0 + 9,
  );
  const raw = serializeReadData(data);

  it('reads back what it wrote', () => {
    const parsed = parseReadData(raw);
    expect(parsed.status).toBe('valid');
    expect(serializeReadData(parsed.data)).toBe(raw);
    expect(readPapers(parsed.data, ['2026-01-29'])).toEqual(['2026-01-29#1', '2026-01-29#7']);
    expect(parsed.data.recent.get('2026-01-29.2')).toEqual({ read: false, at: T0 + 5 });
    expect(parsed.data.visit).toEqual(data.visit);
  });

  it('is empty when nothing is stored', () => {
    expect(parseReadData(null)).toEqual({ status: 'empty', data: EMPTY_READ });
  });

  it('recovers the days of a value cut short', () => {
    const cut = raw.slice(0, raw.indexOf('"recent"') + 12);
    const parsed = parseReadData(cut);
    expect(parsed).toMatchObject({ status: 'recovered', recovered: 2, dropped: 0 });
    expect(readPapers(parsed.data, ['2026-01-29'])).toEqual(['2026-01-29#1', '2026-01-29#7']);
  });

  it('keeps the valid entries of a damaged value and counts the others', () => {
    const damaged = JSON.stringify({
      version: 1,
      days: { '2026-01-29': 'v', '2026-02-30': 'v', '2026-01-28': 'zz', '2026-01-27': 3 },
      recent: { '2026-01-29.1': T0, '2026-01-29.0': T0, 'x.1': T0, '2026-01-29.2': 'soon' },
      visit: { since: '2026-01-29', seen: 'yesterday', at: T0 },
    });
    const parsed = parseReadData(damaged);
    expect(parsed).toMatchObject({ status: 'recovered', recovered: 5, dropped: 6 });
    expect(readCount(parsed.data, '2026-01-29')).toBe(5);
    expect([...parsed.data.recent.keys()]).toEqual(['2026-01-29.1']);
    expect(parsed.data.visit).toBeNull();
  });

  it.each([
    ['another version', JSON.stringify({ version: 2, days: { '2026-01-29': '1' } }), 1],
    ['an array', '["2601.20614"]', 0],
    ['a string', '"read"', 0],
    ['days that are not a map', JSON.stringify({ version: 1, days: ['2026-01-29'] }), 0],
  ])('recovers what it can of %s, never throwing', (_, text, recovered) => {
    expect(parseReadData(text)).toMatchObject({ status: 'recovered', recovered });
  });
});

describe('export and import', () => {
  it('exports the days only and imports them as read marks, adding only what is new', () => {
    const mine = setRead(EMPTY_READ, day('2026-01-29', [1]), true, T0);
    const theirs = setRead(EMPTY_READ, [...day('2026-01-29', [1, 2]), paper('2026-01-28', 4)], true, T0);
    const file = parseReadExport(JSON.parse(JSON.stringify(exportReadState(theirs))));
    if (file === null) throw new Error('not parsed');
    const { data, added } = importReadState(mine, file, T0 + 10);
    expect(added).toBe(2);
    expect(readPapers(data, ['2026-01-29', '2026-01-28'])).toEqual(['2026-01-29#1', '2026-01-29#2', '2026-01-28#4']);
    expect(importReadState(data, file, T0 + 20).added).toBe(0);
  });

  it('reads a paper marked unread here after the file was made as read again, and later than the mark', () => {
    const read = setRead(EMPTY_READ, [paper('2026-01-29', 1)], true, T0);
    const file = parseReadExport(exportReadState(read));
    const unreadHere = setRead(read, [paper('2026-01-29', 1)], false, T0 + 100);
    if (file === null) throw new Error('not parsed');
    const { data } = importReadState(unreadHere, file, T0 + 50);
    expect(isRead(data, '2026-01-29', 1)).toBe(true);
    // Another tab that still has the "unread" agrees once they merge.
    expect(isRead(mergeReadData(unreadHere, data), '2026-01-29', 1)).toBe(true);
  });

  it.each([
    ['a list', ['2026-01-29']],
    ['a bad date', { '2026-13-01': 'v' }],
    ['a bad bitset', { '2026-01-29': 'xyz' }],
    ['text', 'v'],
  ])('rejects %s as a whole', (_, value) => {
    expect(parseReadExport(value)).toBeNull();
  });
});
