import { describe, expect, it } from 'vitest';
import { filterBookmarks, normalizeTags, parseTagInput, setNote, setTags, tagCounts } from './bookmark-notes.ts';
import {
  addBookmark,
  type BookmarkData,
  EMPTY_BOOKMARKS,
  mergeBookmarks,
  removeBookmark,
  serializeBookmarks,
  sortBookmarks,
} from './bookmarks.ts';
import { parseBookmarks } from './bookmark-validation.ts';
import { importBookmarks, parseImportFile, serializeExport } from './bookmark-files.ts';

const T0 = Date.parse('2026-01-29T09:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();
const saved = (id: string, ms = 0, date: string | null = '2026-01-29') =>
  addBookmark(EMPTY_BOOKMARKS, { id, title: `Paper ${id}`, date }, T0 + ms);
const first = (data: BookmarkData) => data.bookmarks[0];

describe('notes and tags', () => {
  it('keeps a note as typed, line breaks and Korean included, and round-trips it through storage', () => {
    const note = '  보상 모델 비교용.\n\n$O(n^2)$ & 100% — 다시 읽기  ';
    const data = setTags(
      setNote(saved('2601.00001'), '2601.00001', note, T0 + 5),
      '2601.00001',
      ['RL', 'to read'],
      T0 + 6,
    );
    expect(first(data)).toMatchObject({ note, noteAt: at(5), tags: ['RL', 'to read'], tagsAt: at(6) });
    const parsed = parseBookmarks(serializeBookmarks(data), T0);
    expect(parsed.status).toBe('valid');
    expect(parsed.data).toEqual(data);
  });

  it('does nothing for a paper not saved, or an unchanged note', () => {
    const data = setNote(saved('2601.00001'), '2601.00001', 'a', T0);
    expect(setNote(data, '2601.00009', 'b', T0)).toBe(data);
    expect(setNote(data, '2601.00001', 'a', T0 + 9)).toBe(data);
    expect(setTags(data, '2601.00001', [], T0)).toBe(data);
  });

  it('cleans tags: trimmed, no #, no commas, one of each word whatever its case', () => {
    expect(normalizeTags(['  #RL ', 'rl', 'world  models', '', 'a,b'])).toEqual(['RL', 'world models', 'a b']);
    expect(parseTagInput('agents, #to read,,Agents')).toEqual(['agents', 'to read']);
    expect(normalizeTags(Array.from({ length: 30 }, (_, i) => `t${i}`))).toHaveLength(20);
  });

  it('reads a version-1 value (no notes) as valid, and writes version 2', () => {
    const v1 = JSON.stringify({
      version: 1,
      bookmarks: [{ id: '2601.00001', title: 't', date: '2026-01-29', savedAt: at(0) }],
      removed: {},
    });
    const parsed = parseBookmarks(v1, T0);
    expect(parsed.status).toBe('valid');
    const next = setNote(parsed.data, '2601.00001', 'n', T0 + 1);
    expect(JSON.parse(serializeBookmarks(next))).toMatchObject({ version: 2, bookmarks: [{ note: 'n' }] });
  });

  it('merges two tabs field by field: the later note and the later tags win, whatever the order', () => {
    const base = saved('2601.00001');
    const one = setTags(setNote(base, '2601.00001', 'from one', T0 + 10), '2601.00001', ['one'], T0 + 30);
    const two = setTags(setNote(base, '2601.00001', 'from two', T0 + 20), '2601.00001', ['two'], T0 + 15);
    for (const merged of [mergeBookmarks(one, two), mergeBookmarks(two, one)]) {
      expect(first(merged)).toMatchObject({ note: 'from two', tags: ['one'] });
    }
    // Clearing is an edit too.
    const cleared = setNote(one, '2601.00001', '', T0 + 40);
    expect(first(mergeBookmarks(two, cleared))?.note).toBe('');
  });

  it('does not bring back the note of a paper removed and saved again', () => {
    const noted = setNote(saved('2601.00001'), '2601.00001', 'old', T0 + 1);
    const again = addBookmark(
      removeBookmark(noted, '2601.00001', T0 + 2),
      { id: '2601.00001', title: 't', date: null },
      T0 + 3,
    );
    // A stale tab still has the first save with its note.
    expect(first(mergeBookmarks(again, noted))?.note).toBeUndefined();
  });

  it('imports: adds new papers, updates the note and tags of saved ones edited later in the file, counts both', () => {
    const mine = setNote(mergeBookmarks(saved('2601.00001'), saved('2601.00002', 1)), '2601.00002', 'mine', T0 + 50);
    const file = setTags(
      setNote(mergeBookmarks(saved('2601.00001'), saved('2601.00003', 2)), '2601.00001', 'theirs', T0 + 60),
      '2601.00003',
      ['x'],
      T0 + 61,
    );
    const stale = setNote(saved('2601.00002', 1), '2601.00002', 'older', T0 + 20);
    const result = importBookmarks(mine, [...file.bookmarks, ...stale.bookmarks], T0 + 100);
    expect(result).toMatchObject({ added: 1, updated: 1, existing: 1 });
    const byId = new Map(result.data.bookmarks.map((b) => [b.id, b]));
    expect(byId.get('2601.00001')?.note).toBe('theirs');
    expect(byId.get('2601.00002')?.note).toBe('mine');
    expect(byId.get('2601.00003')?.tags).toEqual(['x']);
  });

  it('imports an export with notes, and a version-1 export without them', async () => {
    const data = setNote(saved('2601.00001'), '2601.00001', '메모', T0 + 1);
    const parsed = await parseImportFile(serializeExport(data, new Date(T0)));
    expect(parsed).toEqual({ ok: true, bookmarks: data.bookmarks });
    const old = JSON.stringify({
      version: 1,
      bookmarks: [{ id: '2601.00002', title: 't', date: null, savedAt: at(0) }],
    });
    expect(await parseImportFile(old)).toMatchObject({ ok: true, bookmarks: [{ id: '2601.00002' }] });
  });

  it('rejects a file whose note or tags are damaged, as a whole', async () => {
    const entry = { id: '2601.00001', title: 't', date: null, savedAt: at(0) };
    for (const bad of [{ note: 7 }, { tags: 'rl' }, { tags: ['a,b'] }, { noteAt: 'yesterday' }]) {
      const text = JSON.stringify({ version: 2, bookmarks: [entry, { ...entry, id: '2601.00002', ...bad }] });
      expect(await parseImportFile(text)).toEqual({ ok: false, error: { kind: 'damaged', entry: 2 } });
    }
  });
});

describe('the bookmarks page filter and order', () => {
  const data = [
    setTags(
      setNote(saved('2601.00001', 0, '2026-01-20'), '2601.00001', 'Reward hacking', T0),
      '2601.00001',
      ['RL'],
      T0,
    ),
    setTags(saved('2601.00002', 1, '2026-01-28'), '2601.00002', ['rl', 'agents'], T0),
    saved('2601.00003', 2, null),
  ].reduce(mergeBookmarks);
  const ids = (list: readonly { id: string }[]) => list.map((b) => b.id);

  it('filters by tag (any letter case) and by words of the title, note, tags or id', () => {
    expect(ids(filterBookmarks(data.bookmarks, { tag: 'rl', text: '' }))).toEqual(['2601.00002', '2601.00001']);
    expect(ids(filterBookmarks(data.bookmarks, { tag: 'RL', text: 'reward' }))).toEqual(['2601.00001']);
    expect(ids(filterBookmarks(data.bookmarks, { tag: null, text: 'paper 00003' }))).toEqual(['2601.00003']);
    expect(filterBookmarks(data.bookmarks, { tag: 'none', text: '' })).toEqual([]);
  });

  it('counts tags in use, one per word whatever its case, most used first', () => {
    expect(tagCounts(data.bookmarks)).toEqual([
      { tag: 'rl', count: 2 },
      { tag: 'agents', count: 1 },
    ]);
  });

  it('sorts by digest date, newest first, a bookmark without one last', () => {
    expect(ids(sortBookmarks(data.bookmarks, 'date'))).toEqual(['2601.00002', '2601.00001', '2601.00003']);
  });
});
