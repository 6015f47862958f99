import { describe, expect, it } from 'vitest';
import type { Card } from '../../schema/digest.ts';
import {
  addBookmark,
  type Bookmark,
  type BookmarkData,
  type BookmarkInput,
  EMPTY_BOOKMARKS,
  hasBookmark,
  MAX_TOMBSTONES,
  mergeBookmarks,
  normalizeBookmarks,
  parseBookmarkSort,
  pruneRemoved,
  removeBookmark,
  serializeBookmarks,
  sortBookmarks,
  toggleBookmark,
  TOMBSTONE_TTL_MS,
} from './bookmarks.ts';
import { parseBookmarks, migrateBookmarks } from './bookmark-validation.ts';
import { importBookmarks, exportFileName, parseImportFile, serializeExport } from './bookmark-files.ts';

const T0 = Date.parse('2026-01-29T09:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();

function card(id: string, upvotes = 10): Card {
  return {
    id,
    date: '2026-01-29',
    rank: 1,
    upvotes,
    title: `Paper ${id}`,
    thumb: null,
    preview: { ko: '요약', en: 'Summary' },
    file: `data/papers/${id}.abc123.json`,
  };
}

function input(id: string, upvotes?: number): BookmarkInput {
  const c = card(id, upvotes);
  return { id, title: c.title, date: c.date, card: c };
}

const ids = (data: BookmarkData) => data.bookmarks.map((b) => b.id);

describe('add, remove, toggle', () => {
  it('adds with the time it was saved and a card snapshot, newest first', () => {
    const one = addBookmark(EMPTY_BOOKMARKS, input('2601.00001'), T0);
    const two = addBookmark(one, input('2601.00002'), T0 + 1000);
    expect(ids(two)).toEqual(['2601.00002', '2601.00001']);
    expect(two.bookmarks[1]).toEqual({ ...input('2601.00001'), savedAt: at(0) });
  });

  it('never adds the same paper twice', () => {
    const one = addBookmark(EMPTY_BOOKMARKS, input('2601.00001'), T0);
    expect(addBookmark(one, input('2601.00001'), T0 + 5)).toBe(one);
  });

  it('drops a card snapshot that belongs to another paper', () => {
    const data = addBookmark(EMPTY_BOOKMARKS, { ...input('2601.00001'), card: card('2601.00009') }, T0);
    expect(data.bookmarks[0]?.card).toBeUndefined();
  });

  it('remembers a removal as a tombstone later than the save', () => {
    const saved = addBookmark(EMPTY_BOOKMARKS, input('2601.00001'), T0);
    const removed = removeBookmark(saved, '2601.00001', T0);
    expect(ids(removed)).toEqual([]);
    // Same millisecond as the save: still strictly later, so the removal wins.
    expect(removed.removed.get('2601.00001')).toBe(at(1));
    expect(removeBookmark(removed, '2601.00001', T0 + 5)).toBe(removed);
  });

  it('toggles back and forth within one millisecond and ends as the last toggle says', () => {
    let data = EMPTY_BOOKMARKS;
    for (let i = 0; i < 7; i++) data = toggleBookmark(data, input('2601.00001'), T0);
    expect(ids(data)).toEqual(['2601.00001']);
    expect(data.removed.size).toBe(0);
    data = toggleBookmark(data, input('2601.00001'), T0);
    expect(ids(data)).toEqual([]);
    expect(data.removed.size).toBe(1);
  });
});

describe('merge', () => {
  const a = addBookmark(EMPTY_BOOKMARKS, input('2601.00001'), T0);
  const b = addBookmark(EMPTY_BOOKMARKS, input('2601.00002'), T0 + 10);

  it('unites two lists without duplicates', () => {
    expect(ids(mergeBookmarks(a, b))).toEqual(['2601.00002', '2601.00001']);
    expect(ids(mergeBookmarks(a, a))).toEqual(['2601.00001']);
  });

  it('is commutative and idempotent', () => {
    const removedLater = removeBookmark(mergeBookmarks(a, b), '2601.00001', T0 + 20);
    expect(serializeBookmarks(mergeBookmarks(a, removedLater))).toBe(
      serializeBookmarks(mergeBookmarks(removedLater, a)),
    );
    const m = mergeBookmarks(a, removedLater);
    expect(serializeBookmarks(mergeBookmarks(m, m))).toBe(serializeBookmarks(m));
  });

  it('lets a later removal beat an earlier save, and a later save beat an earlier removal', () => {
    const removed = removeBookmark(a, '2601.00001', T0 + 20);
    expect(ids(mergeBookmarks(a, removed))).toEqual([]);
    const savedAgain = addBookmark(removed, input('2601.00001'), T0 + 30);
    expect(ids(mergeBookmarks(removed, savedAgain))).toEqual(['2601.00001']);
    expect(mergeBookmarks(removed, savedAgain).removed.size).toBe(0);
  });

  it('keeps the latest save of an id, and a snapshot over none on a tie', () => {
    const plain: Bookmark = { id: '2601.00001', title: 'x', date: null, savedAt: at(0) };
    const withCard: Bookmark = { ...plain, card: card('2601.00001') };
    expect(normalizeBookmarks([plain, withCard], []).bookmarks).toEqual([withCard]);
    const later: Bookmark = { ...plain, savedAt: at(5) };
    expect(normalizeBookmarks([withCard, later], []).bookmarks).toEqual([later]);
  });
});

describe('pruning removals', () => {
  it('forgets tombstones older than the TTL and keeps at most MAX_TOMBSTONES', () => {
    const old = normalizeBookmarks([], [['2601.00001', at(0)]]);
    expect(pruneRemoved(old, T0 + TOMBSTONE_TTL_MS - 1)).toBe(old);
    expect(pruneRemoved(old, T0 + TOMBSTONE_TTL_MS + 1).removed.size).toBe(0);
    const many = normalizeBookmarks(
      [],
      Array.from({ length: MAX_TOMBSTONES + 5 }, (_, i) => [`2601.${String(i).padStart(5, '0')}`, at(i)] as const),
    );
    const pruned = pruneRemoved(many, T0 + MAX_TOMBSTONES + 5);
    expect(pruned.removed.size).toBe(MAX_TOMBSTONES);
    expect(pruned.removed.has('2601.00000')).toBe(false);
  });
});

describe('import', () => {
  const here = addBookmark(EMPTY_BOOKMARKS, input('2601.00001'), T0);
  const file: Bookmark[] = [
    { id: '2601.00001', title: 'Paper 2601.00001', date: '2026-01-29', savedAt: at(-50) },
    { id: '2601.00002', title: 'Paper 2601.00002', date: '2026-01-29', savedAt: at(-40) },
    { id: '2601.00002', title: 'duplicate in the file', date: '2026-01-29', savedAt: at(-30) },
  ];

  it('merges: adds what is new, keeps what is there, counts both', () => {
    const result = importBookmarks(here, file, T0 + 100);
    expect(result.added).toBe(1);
    expect(result.existing).toBe(1);
    expect(ids(result.data)).toEqual(['2601.00001', '2601.00002']);
    // What was there is untouched, snapshot included.
    expect(result.data.bookmarks[0]).toBe(here.bookmarks[0]);
    expect(result.data.bookmarks[1]?.savedAt).toBe(at(-40));
  });

  it('brings back a paper removed after the file was made, later than its removal', () => {
    const removed = removeBookmark(here, '2601.00001', T0 + 10);
    const result = importBookmarks(removed, file, T0 + 100);
    expect(result.added).toBe(2);
    expect(ids(result.data)).toContain('2601.00001');
    expect(result.data.removed.size).toBe(0);
    // Another tab that still holds the tombstone agrees once it merges.
    expect(ids(mergeBookmarks(removed, result.data))).toContain('2601.00001');
  });

  it('changes nothing when everything is already there', () => {
    expect(importBookmarks(here, file.slice(0, 1), T0).data).toBe(here);
  });
});

describe('serialize and parse', () => {
  it('round-trips, removals included', () => {
    const data = removeBookmark(
      addBookmark(addBookmark(EMPTY_BOOKMARKS, input('2601.00001'), T0), input('2601.00002'), T0 + 1),
      '2601.00001',
      T0 + 2,
    );
    const text = serializeBookmarks(data);
    expect(JSON.parse(text)).toMatchObject({ version: 2, removed: { '2601.00001': at(2) } });
    const parsed = parseBookmarks(text, T0);
    expect(parsed.status).toBe('valid');
    expect(serializeBookmarks(parsed.data)).toBe(text);
  });

  it('reads nothing stored as empty', () => {
    expect(parseBookmarks(null, T0)).toEqual({ status: 'empty', data: EMPTY_BOOKMARKS });
  });

  it('accepts a valid document without removals', () => {
    const text = JSON.stringify({ version: 1, bookmarks: [{ ...input('2601.00001'), savedAt: at(0) }] });
    expect(parseBookmarks(text, T0).status).toBe('valid');
  });

  it('treats ids such as "constructor" as plain ids, not object properties', () => {
    const data = addBookmark(parseBookmarks('{"version":1,"bookmarks":[]}', T0).data, input('constructor'), T0);
    expect(data.bookmarks[0]?.savedAt).toBe(at(0));
    const parsed = parseBookmarks(serializeBookmarks(removeBookmark(data, 'constructor', T0 + 1)), T0);
    expect(hasBookmark(parsed.data, 'constructor')).toBe(false);
  });

  it.each([
    ['not JSON', 'bookmarks!'],
    ['JSON of another shape', '{"hello":1}'],
    ['a number', '42'],
    ['an unknown version', JSON.stringify({ version: 7, bookmarks: [] })],
    [
      'a duplicated id',
      JSON.stringify({
        version: 1,
        bookmarks: [
          { id: '2601.00001', title: 'a', date: null, savedAt: at(0) },
          { id: '2601.00001', title: 'b', date: null, savedAt: at(1) },
        ],
      }),
    ],
  ])('calls %s "recovered", never "valid"', (_, raw) => {
    expect(parseBookmarks(raw, T0).status).toBe('recovered');
  });

  it('recovers the valid entries of a hand-edited document and counts the rest', () => {
    const raw = JSON.stringify({
      version: 1,
      bookmarks: [
        { ...input('2601.00001'), savedAt: at(0) },
        { id: 'not an id!', title: 'x', date: '2026-01-29', savedAt: at(1) },
        { id: '2601.00003', title: 42, date: '2026-02-30', savedAt: 'now', card: { id: 'wrong' } },
      ],
      removed: { '2601.00009': at(3), 'bad id!': at(4), '2601.00008': 'never' },
    });
    const parsed = parseBookmarks(raw, T0 + 100);
    expect(parsed).toMatchObject({ status: 'recovered', recovered: 2, dropped: 1 });
    expect(parsed.data.bookmarks).toContainEqual({ ...input('2601.00001'), savedAt: at(0) });
    // The fields that validate survive; the rest get safe defaults.
    expect(parsed.data.bookmarks).toContainEqual({
      id: '2601.00003',
      title: '2601.00003',
      date: null,
      savedAt: at(98),
    });
    expect([...parsed.data.removed]).toEqual([['2601.00009', at(3)]]);
  });

  it('recovers the complete entries of a truncated value', () => {
    const full = serializeBookmarks(
      addBookmark(addBookmark(EMPTY_BOOKMARKS, input('2601.00001'), T0), input('2601.00002'), T0 + 1),
    );
    const cut = full.slice(0, full.lastIndexOf('"card"') + 20);
    const parsed = parseBookmarks(cut, T0 + 100);
    expect(parsed).toMatchObject({ status: 'recovered', recovered: 1 });
    expect(ids(parsed.data)).toEqual(['2601.00002']);
    expect(parsed.data.bookmarks[0]?.card).toEqual(card('2601.00002'));
  });
});

describe('migrate', () => {
  it('recovers a bare array of ids from an older version, in order', () => {
    const { data, recovered, dropped } = migrateBookmarks(['2601.00001', '2601.00002', 'bad id!', 5], T0);
    expect(recovered).toBe(2);
    expect(dropped).toBe(2);
    expect(data.bookmarks).toEqual([
      { id: '2601.00001', title: '2601.00001', date: null, savedAt: at(0) },
      { id: '2601.00002', title: '2601.00002', date: null, savedAt: at(-1) },
    ]);
  });

  it('recovers an array of { id, title }', () => {
    const { data } = migrateBookmarks([{ id: '2601.00001', title: 'Old title' }], T0);
    expect(data.bookmarks).toEqual([{ id: '2601.00001', title: 'Old title', date: null, savedAt: at(0) }]);
  });

  it('takes the title and date of a valid snapshot when the entry lacks them', () => {
    const { data } = migrateBookmarks({ version: 0, bookmarks: [{ id: '2601.00001', card: card('2601.00001') }] }, T0);
    expect(data.bookmarks[0]).toMatchObject({ title: 'Paper 2601.00001', date: '2026-01-29' });
  });

  it('recovers nothing from nothing', () => {
    expect(migrateBookmarks(null, T0)).toEqual({ data: EMPTY_BOOKMARKS, recovered: 0, dropped: 0 });
  });
});

describe('sorting', () => {
  const list: Bookmark[] = [
    { ...input('2601.00001', 5), savedAt: at(3) },
    { ...input('2601.00002', 50), savedAt: at(1) },
    { id: '2601.00003', title: 'no snapshot', date: null, savedAt: at(2) },
    { ...input('2601.00004', 50), savedAt: at(2) },
  ];

  it('lists newest saved first, or most upvoted first with unknown upvotes last', () => {
    expect(sortBookmarks(list, 'saved').map((b) => b.id)).toEqual([
      '2601.00001',
      '2601.00003',
      '2601.00004',
      '2601.00002',
    ]);
    expect(sortBookmarks(list, 'upvotes').map((b) => b.id)).toEqual([
      '2601.00004',
      '2601.00002',
      '2601.00001',
      '2601.00003',
    ]);
  });

  it('reads ?sort= safely', () => {
    expect(parseBookmarkSort('upvotes')).toBe('upvotes');
    expect(parseBookmarkSort('rank')).toBe('saved');
    expect(parseBookmarkSort(null)).toBe('saved');
  });
});

describe('export and import files', () => {
  const data = addBookmark(addBookmark(EMPTY_BOOKMARKS, input('2601.00001'), T0), input('2601.00002'), T0 + 1);

  it('names the file by the local date', () => {
    expect(exportFileName(new Date(2026, 0, 9, 23, 30))).toBe('daily-papers-bookmarks-2026-01-09.json');
  });

  it('reads its own export back', async () => {
    const text = serializeExport(removeBookmark(data, '2601.00001', T0 + 5), new Date(T0));
    expect(JSON.parse(text)).not.toHaveProperty('removed');
    const parsed = await parseImportFile(text);
    expect(parsed).toEqual({ ok: true, bookmarks: [{ ...input('2601.00002'), savedAt: at(1) }] });
  });

  it('carries read marks beside the bookmarks, and still reads an export without them', async () => {
    const read = { '2026-01-28': '1', '2026-01-29': 'v' };
    const text = serializeExport(data, new Date(T0), read);
    const parsed = await parseImportFile(text);
    expect(parsed.ok && parsed.read).toEqual(new Map(Object.entries(read)));
    expect(JSON.parse(serializeExport(data, new Date(T0)))).not.toHaveProperty('read');
    const older = await parseImportFile(serializeExport(data, new Date(T0)));
    expect(older.ok && older.bookmarks.length).toBe(2);
    expect(older.ok && older.read).toBeUndefined();
  });

  it('accepts a byte-order mark and an empty list', async () => {
    expect(await parseImportFile('\uFEFF{"version":1,"bookmarks":[]}')).toEqual({ ok: true, bookmarks: [] });
  });

  it('drops only a snapshot that does not validate', async () => {
    const text = JSON.stringify({
      version: 1,
      bookmarks: [{ id: '2601.00001', title: 't', date: null, savedAt: at(0), card: { id: '2601.00001' } }],
    });
    expect(await parseImportFile(text)).toEqual({
      ok: true,
      bookmarks: [{ id: '2601.00001', title: 't', date: null, savedAt: at(0) }],
    });
  });

  it.each([
    ['damaged JSON', serializeExport(data, new Date(T0)).slice(0, 80), { kind: 'notJson' }],
    ['another JSON file', '{"ui":"ko","theme":"dark"}', { kind: 'notBookmarks' }],
    ['an array of ids', '["2601.00001"]', { kind: 'notBookmarks' }],
    ['a file without a version', '{"bookmarks":[]}', { kind: 'notBookmarks' }],
    ['a newer version', '{"version":3,"bookmarks":[]}', { kind: 'newerVersion', version: 3 }],
    [
      'an entry without a save time',
      JSON.stringify({
        version: 1,
        bookmarks: [
          { id: '2601.00001', title: 't', date: null, savedAt: at(0) },
          { id: '2601.00002', title: 't', date: null },
        ],
      }),
      { kind: 'damaged', entry: 2 },
    ],
  ])('rejects %s', async (_, text, error) => {
    expect(await parseImportFile(text)).toEqual({ ok: false, error });
  });
});

describe('at 60,000 bookmarks', () => {
  const MANY = 60_000;
  const plain = (n: number, savedAt: string): Bookmark => ({ id: `p${n}`, title: `Paper ${n}`, date: null, savedAt });
  // p0 saved last, p59999 first.
  const saved = normalizeBookmarks(
    Array.from({ length: MANY }, (_, n) => plain(n, at(-n))),
    [],
  );

  it('imports 60,000 into 60,000: adds the new, keeps what is there, one entry per paper, newest first', () => {
    const here = removeBookmark(saved, 'p1', T0 + 10);
    // Older copies of p30000…p59999 and 30,000 papers not here, one of them twice; and p1,
    // exported before it was removed here.
    const file = [
      ...Array.from({ length: MANY }, (_, k) => plain(30_000 + k, at(-100_000 - k))),
      plain(70_000, at(-1)),
      plain(1, at(-1)),
    ];
    const result = importBookmarks(here, file, T0 + 100);

    expect(result.added).toBe(30_001);
    expect(result.existing).toBe(30_000);
    const list = result.data.bookmarks;
    expect(list).toHaveLength(90_000);
    expect(new Set(list.map((b) => b.id)).size).toBe(90_000);
    expect(list.every((b, i) => i === 0 || (list[i - 1]?.savedAt ?? '') >= b.savedAt)).toBe(true);
    // What was there is kept as it was; p1 is back, later than its removal, so other tabs agree.
    expect(list.find((b) => b.id === 'p30000')?.savedAt).toBe(at(-30_000));
    expect(list[0]).toMatchObject({ id: 'p1', savedAt: at(100) });
    expect(result.data.removed.size).toBe(0);
    expect(ids(mergeBookmarks(here, result.data))).toEqual(ids(result.data));
  }, 15_000);

  it('reads an export of 60,000 a slice at a time, saying how far it got, all or nothing', async () => {
    const entries = Array.from({ length: MANY }, (_, n) => ({ ...plain(n, at(-n)), date: '2026-01-29' }));
    const progress: [number, number][] = [];
    const pause = (checked: number, total: number) => {
      progress.push([checked, total]);
      return Promise.resolve();
    };

    const parsed = await parseImportFile(JSON.stringify({ version: 1, bookmarks: entries }), pause);
    expect(parsed.ok && parsed.bookmarks.length).toBe(MANY);
    expect(parsed.ok && parsed.bookmarks.at(-1)).toEqual(entries.at(-1));
    expect(progress.length).toBeGreaterThanOrEqual(5);
    expect(progress.every(([checked, total], i) => total === MANY && checked > (progress[i - 1]?.[0] ?? 0))).toBe(true);

    entries[MANY - 2] = { ...plain(MANY - 2, at(0)), date: 'someday' };
    expect(await parseImportFile(JSON.stringify({ version: 1, bookmarks: entries }), pause)).toEqual({
      ok: false,
      error: { kind: 'damaged', entry: MANY - 1 },
    });
  }, 15_000);
});
