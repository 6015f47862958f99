import { describe, expect, it } from 'vitest';
import { EMPTY_READ } from '../../../lib/read-state.ts';
import type { PaperChunk } from '../../../schema/digest.ts';
import { serializeExport } from '../bookmark-files.ts';
import { setNote, setTags } from '../bookmark-notes.ts';
import { addBookmark, type BookmarkData, EMPTY_BOOKMARKS, MAX_IMPORT_BYTES, removeBookmark } from '../bookmarks.ts';
import { toArxivIds } from '../exports/arxiv-ids.ts';
import { toBibtex } from '../exports/bibtex.ts';
import type { FetchPaper } from './look-up-papers.ts';
import { MAX_REFERENCES, prepareImport, type PrepareOptions } from './prepare-import.ts';

const T0 = Date.parse('2026-01-29T09:00:00.000Z');
const NOW = Date.parse('2026-02-10T12:00:00.000Z');

/** An archive of two papers. */
const ARCHIVE: Record<string, { title: string; date: string }> = {
  '2601.20614': { title: 'Harder Is Better', date: '2026-01-29' },
  '2601.20540': { title: 'Advancing Open-source World Models', date: '2026-01-30' },
};

const fetchPaper: FetchPaper = (id) => {
  const paper = ARCHIVE[id];
  if (paper === undefined) return Promise.resolve(null);
  const chunk: PaperChunk = {
    id,
    title: paper.title,
    thumb: null,
    appearances: [
      { date: paper.date, rank: 1, upvotes: 10 },
      { date: '2025-12-01', rank: 4, upvotes: 3 },
    ],
    texts: {},
  };
  return Promise.resolve(chunk);
};

function options(data: BookmarkData = EMPTY_BOOKMARKS, fetch: FetchPaper = fetchPaper): PrepareOptions {
  return { data, readData: EMPTY_READ, now: NOW, fetchPaper: fetch, onProgress: () => Promise.resolve() };
}

const file = (content: BlobPart, name = 'import.txt') => new File([content], name);

const one = addBookmark(EMPTY_BOOKMARKS, { id: '2601.20614', title: 'Harder Is Better', date: '2026-01-29' }, T0);

async function preview(text: string, name: string, data?: BookmarkData) {
  const prepared = await prepareImport(file(text, name), options(data));
  if (!prepared.ok) throw new Error(`rejected: ${prepared.error.kind}`);
  return prepared.preview;
}

describe('prepareImport: our backup', () => {
  it('accepts the current format and the oldest one, and counts without changing anything', async () => {
    const two = addBookmark(one, { id: '2601.20540', title: 'Advancing', date: '2026-01-29' }, T0 + 1);
    const current = serializeExport(two, new Date(T0));
    const oldest = JSON.stringify({
      version: 1,
      bookmarks: [{ id: '2601.20540', title: 'Advancing', date: '2026-01-29', savedAt: '2026-01-29T10:00:00Z' }],
    });
    for (const text of [current, oldest]) {
      const result = await preview(text, 'backup.json', one);
      expect(result).toMatchObject({ format: 'backup', added: 1, updated: 0, existing: text === current ? 1 : 0 });
      expect(result.merge(one, NOW).data.bookmarks.map((b) => b.id)).toEqual(['2601.20540', '2601.20614']);
    }
  });

  it('counts a newer note in the file as an update', async () => {
    const noted = setNote(one, '2601.20614', 'from the other laptop', T0 + 5000);
    const result = await preview(serializeExport(noted, new Date(T0)), 'backup.json', one);
    expect(result).toMatchObject({ added: 0, updated: 1, existing: 0 });
  });
});

describe('prepareImport: references', () => {
  it('looks new papers up: the archive’s title and newest day, or the id and the file’s title', async () => {
    const bib =
      '@misc{a, title = {A title of its own}, eprint = {2601.20540}}\n@misc{b, title = {Elsewhere}, eprint = {2512.00009}}\n@book{c, title = {No id}}';
    const result = await preview(bib, 'refs.bib', one);
    expect(result).toMatchObject({
      format: 'bibtex',
      added: 2,
      updated: 0,
      existing: 0,
      notInArchive: 1,
      unreadable: 1,
      withNotes: false,
    });
    const { data } = result.merge(one, NOW);
    expect(data.bookmarks.map(({ id, title, date }) => ({ id, title, date }))).toEqual([
      { id: '2601.20540', title: 'Advancing Open-source World Models', date: '2026-01-30' },
      { id: '2512.00009', title: 'Elsewhere', date: null },
      { id: '2601.20614', title: 'Harder Is Better', date: '2026-01-29' },
    ]);
  });

  it('gives a file’s note and tags only to a paper that has none, and keeps the reader’s own', async () => {
    const mine = setTags(setNote(one, '2601.20614', 'my own note', T0 + 1000), '2601.20614', [], T0 + 2000);
    const bib = '@misc{a, eprint = {2601.20614}, note = {the file’s note}, keywords = {rl, agents}}';
    const result = await preview(bib, 'refs.bib', mine);
    expect(result).toMatchObject({ added: 0, updated: 1, existing: 0, withNotes: true });
    const bookmark = result.merge(mine, NOW).data.bookmarks[0];
    expect(bookmark).toMatchObject({ note: 'my own note', tags: ['rl', 'agents'] });
  });

  it('brings back a paper removed here: importing is an explicit wish', async () => {
    const removed = removeBookmark(one, '2601.20614', T0 + 1000);
    const result = await preview('2601.20614\n', 'ids.txt', removed);
    expect(result).toMatchObject({ added: 1, notInArchive: 0 });
    expect(result.merge(removed, NOW).data.bookmarks.map((b) => b.id)).toEqual(['2601.20614']);
  });

  it('reads our own BibTeX and arXiv id exports back to the same papers', async () => {
    const saved = addBookmark(one, { id: 'acl-2025.long-17', title: 'Not on arXiv', date: null }, T0 + 1);
    const ids = (data: BookmarkData) => data.bookmarks.map((b) => b.id).sort();
    const fromBib = await preview(toBibtex(saved.bookmarks), 'bookmarks.bib');
    expect(ids(fromBib.merge(EMPTY_BOOKMARKS, NOW).data)).toEqual(ids(saved));
    // The id list holds arXiv ids only: the export says it left the other out.
    const fromIds = await preview(toArxivIds(saved.bookmarks).text, 'bookmarks.txt');
    expect(ids(fromIds.merge(EMPTY_BOOKMARKS, NOW).data)).toEqual(['2601.20614']);
  });
});

describe('prepareImport: files it rejects', () => {
  it.each([
    ['bad JSON', '{"version":2,"bookmarks":[{"id":', 'b.json', 'notJson'],
    ['JSON of another app', '{"theme":"dark"}', 'b.json', 'notBookmarks'],
    ['an empty file', '', 'b.json', 'empty'],
    ['white space only', ' \n\t\n', 'b.txt', 'empty'],
    ['a .bib with no arXiv entries', '@book{k, title = {T}}', 'refs.bib', 'noPapers'],
    ['a .bib without entries', 'just some words', 'refs.bib', 'noPapers'],
    ['a text without ids', 'hello\nworld\n', 'list.txt', 'noPapers'],
  ])('rejects %s', async (_, text, name, kind) => {
    const prepared = await prepareImport(file(text, name), options());
    expect(prepared).toMatchObject({ ok: false, error: { kind } });
  });

  it('rejects binary junk', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]);
    expect(await prepareImport(file(bytes, 'cover.png'), options())).toMatchObject({
      ok: false,
      error: { kind: 'notText' },
    });
  });

  it('rejects a file over the size limit without reading it', async () => {
    const huge = new File([new Uint8Array(MAX_IMPORT_BYTES + 1)], 'huge.json');
    huge.text = () => Promise.reject(new Error('read'));
    expect(await prepareImport(huge, options())).toMatchObject({ ok: false, error: { kind: 'tooLarge' } });
  });

  it('rejects a list of more papers than it looks up', async () => {
    const ids = Array.from({ length: MAX_REFERENCES + 1 }, (_, n) => `2501.${String(n).padStart(5, '0')}`);
    expect(await prepareImport(file(ids.join('\n')), options())).toMatchObject({
      ok: false,
      error: { kind: 'tooManyPapers', max: MAX_REFERENCES },
    });
  });

  it('rejects references it cannot look up (offline)', async () => {
    const offline: FetchPaper = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await prepareImport(file('2601.20540'), options(EMPTY_BOOKMARKS, offline))).toMatchObject({
      ok: false,
      error: { kind: 'lookupFailed' },
    });
  });
});
