// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lookupQueryOptions, paperQueryOptions } from '../../../api/papers.ts';
import { rootQueryOptions } from '../../../api/root.ts';
import { createI18n } from '../../../i18n/i18n.ts';
import { createQueryClient } from '../../../lib/query-client.ts';
import { EMPTY_READ, exportReadState, isRead, setRead } from '../../../lib/read-state.ts';
import { ReadStateProvider } from '../../../lib/read-state-context.tsx';
import { createReadStateStore, type ReadStateStore } from '../../../lib/read-state-store.ts';
import type { PaperChunk, Root } from '../../../schema/digest.ts';
import { lookupShardFile } from '../../../schema/data-files.ts';
import { BookmarksProvider } from '../bookmarks-context.tsx';
import { addBookmark, BOOKMARKS_KEY, EMPTY_BOOKMARKS, serializeBookmarks } from '../bookmarks.ts';
import { serializeExport } from '../bookmark-files.ts';
import { type BookmarksStore, createBookmarksStore } from '../bookmarks-store.ts';
import { BookmarkTransfer } from './bookmark-transfer.tsx';

const T0 = Date.parse('2026-01-29T09:00:00.000Z');
const saved = addBookmark(EMPTY_BOOKMARKS, { id: '2601.20614', title: 'Harder Is Better', date: '2026-01-29' }, T0);
const stored = serializeBookmarks(saved);

function Providers({
  store,
  readStore,
  children,
}: {
  store: BookmarksStore;
  readStore: ReadStateStore;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={archive()}>
      <I18nextProvider i18n={createI18n('en')}>
        <BookmarksProvider store={store}>
          <ReadStateProvider store={readStore}>{children}</ReadStateProvider>
        </BookmarksProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}

const ARCHIVED = { id: '2601.20540', title: 'Advancing Open-source World Models', date: '2026-01-29' };

/** A query client that knows an archive of one paper, `ARCHIVED`: any other id is not in it. */
function archive() {
  const client = createQueryClient();
  const lookup = { dir: 'data/lookup', shards: 1 };
  client.setQueryData(rootQueryOptions().queryKey, { lookup } as Root);
  const file = 'data/papers/2601.20540.abc.json';
  client.setQueryData(lookupQueryOptions(lookupShardFile(lookup, ARCHIVED.id)).queryKey, { [ARCHIVED.id]: file });
  const chunk: PaperChunk = {
    id: ARCHIVED.id,
    title: ARCHIVED.title,
    thumb: null,
    appearances: [{ date: ARCHIVED.date, rank: 3, upvotes: 40 }],
    texts: {},
  };
  client.setQueryData(paperQueryOptions(ARCHIVED.id).queryKey, chunk);
  return client;
}

/** The page with its stores connected, once the stored bookmarks have been read. */
async function setup() {
  const store = createBookmarksStore();
  const readStore = createReadStateStore();
  store.connect();
  readStore.connect();
  await vi.waitFor(() => {
    expect(store.getSnapshot().loaded).toBe(true);
  });
  render(
    <Providers store={store} readStore={readStore}>
      <BookmarkTransfer filtered={null} lang="en" />
    </Providers>,
  );
  return { store, readStore, user: userEvent.setup(), input: screen.getByLabelText('Import') };
}

const jsonFile = (text: string) => new File([text], 'bookmarks.json', { type: 'application/json' });
const textFile = (text: string, name: string) => new File([text], name, { type: 'text/plain' });

/** The preview's region, once it shows. */
const preview = () => screen.findByRole('region', { name: 'Before importing' });

beforeEach(() => {
  localStorage.setItem(BOOKMARKS_KEY, stored);
});

afterEach(() => {
  localStorage.clear();
});

describe('BookmarkTransfer import', () => {
  it.each([
    ['a damaged file', '{"version":1,"bookmarks":[{"id":"2601.20540","ti', /isn’t valid JSON.*Nothing was changed/],
    ['another kind of file', '{"ui":"en","theme":"dark"}', /isn’t a Daily Papers bookmarks file\. Nothing was changed/],
    [
      'a file with a bad entry',
      JSON.stringify({
        version: 1,
        bookmarks: [
          {
            id: '2601.20540',
            title: 'Advancing Open-source World Models',
            date: '2026-01-29',
            savedAt: '2026-01-29T10:00:00.000Z',
          },
          { id: '2601.19325', title: 'Innovator-VL', date: 'someday', savedAt: '2026-01-29T10:00:00.000Z' },
        ],
      }),
      /Bookmark 2 in this file is damaged.*Nothing was changed/,
    ],
  ])('rejects %s with a clear message and changes nothing', async (_, text, message) => {
    const { store, user, input } = await setup();
    const before = store.getSnapshot();
    await user.upload(input, jsonFile(text));
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    expect(store.getSnapshot()).toBe(before);
    expect(localStorage.getItem(BOOKMARKS_KEY)).toBe(stored);
  });

  it('merges a valid export and says how many were added and already there', async () => {
    const { store, user, input } = await setup();
    const other = addBookmark(
      saved,
      { id: '2601.20540', title: 'Advancing Open-source World Models', date: '2026-01-29' },
      T0 + 1,
    );
    await user.upload(input, jsonFile(serializeExport(other, new Date(T0))));
    const region = await preview();
    expect(region.textContent).toContain('This will merge: 1 added, 0 updated.');
    expect(region.textContent).toContain('1 is already saved and stays as it is.');
    expect(store.getSnapshot().bookmarks.map((b) => b.id)).toEqual(['2601.20614']);
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect((await screen.findByText(/Import finished/)).textContent).toBe('Import finished: 1 added, 1 already saved.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.getSnapshot().bookmarks.map((b) => b.id)).toEqual(['2601.20540', '2601.20614']);
  });

  it('marks read what a file marks read, and says how many', async () => {
    const { readStore, user, input } = await setup();
    readStore.setRead([{ date: '2026-01-29', rank: 1 }], true);
    const read = setRead(
      EMPTY_READ,
      [1, 2, 5].map((rank) => ({ date: '2026-01-29', rank })),
      true,
      T0,
    );
    await user.upload(input, jsonFile(serializeExport(saved, new Date(T0), exportReadState(read))));
    expect((await preview()).textContent).toContain('2 papers will be marked read.');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect((await screen.findByText(/Import finished/)).textContent).toBe(
      'Import finished: 0 added, 1 already saved. 2 papers marked read.',
    );
    const data = readStore.getData();
    expect([1, 2, 3, 4, 5].map((rank) => isRead(data, '2026-01-29', rank))).toEqual([true, true, false, false, true]);
  });

  it('rejects a file whose read marks are damaged, and changes nothing', async () => {
    const { store, readStore, user, input } = await setup();
    const before = [store.getSnapshot(), readStore.getSnapshot()];
    const text = JSON.stringify({ version: 1, bookmarks: [], read: { '2026-01-29': 'not bits!' } });
    await user.upload(input, jsonFile(text));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The read marks in this file are damaged. Nothing was changed.',
    );
    expect([store.getSnapshot(), readStore.getSnapshot()]).toEqual(before);
  });

  it('says how far a large file got while it is checked, then what was added', async () => {
    const { store, user, input } = await setup();
    const bookmarks = Array.from({ length: 12_000 }, (_, n) => ({
      id: `p${n}`,
      title: `Paper ${n}`,
      date: null,
      savedAt: new Date(T0 - 1000 - n).toISOString(),
    }));
    // Every text the status line shows, as it changes.
    const status = screen.getByRole('status');
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(status.textContent));
    observer.observe(status, { childList: true, characterData: true, subtree: true });

    await user.upload(input, jsonFile(JSON.stringify({ version: 1, bookmarks })));
    expect((await preview()).textContent).toContain('This will merge: 12,000 added, 0 updated.');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText('Import finished: 12,000 added, 0 already saved.');
    observer.disconnect();
    expect(said).toEqual([
      'Reading the file…',
      'Importing: 5,000 of 12,000 bookmarks checked…',
      'Importing: 10,000 of 12,000 bookmarks checked…',
      'Importing: 12,000 of 12,000 bookmarks checked…',
      // The preview, then what was done.
      '',
      'Import finished: 12,000 added, 0 already saved.',
    ]);
    expect(store.getSnapshot().bookmarks).toHaveLength(12_001);
  });

  // Where the focus goes is checked in a browser (tests/e2e/bookmark-import.e2e.ts): user-event's
  // upload puts it back on the input after the change, as no browser does.
  it('cancels the preview on Esc, and nothing changes', async () => {
    const { store, user, input } = await setup();
    const other = addBookmark(saved, { id: ARCHIVED.id, title: ARCHIVED.title, date: ARCHIVED.date }, T0 + 1);
    await user.upload(input, jsonFile(serializeExport(other, new Date(T0))));
    await preview();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('status').textContent).toBe('Import cancelled. Nothing was changed.');
    expect(screen.queryByRole('region', { name: 'Before importing' })).toBeNull();
    expect(store.getSnapshot().bookmarks.map((b) => b.id)).toEqual(['2601.20614']);
    expect(localStorage.getItem(BOOKMARKS_KEY)).toBe(stored);
  });

  it('imports a list of ids: looks them up, keeps one the archive lacks by its id, skips garbage', async () => {
    const { store, user, input } = await setup();
    const list = [
      `https://arxiv.org/abs/${ARCHIVED.id}v2`,
      '',
      'https://huggingface.co/papers/2601.20614',
      'not a paper',
      '2512.00001',
    ].join('\n');
    await user.upload(input, textFile(list, 'zotero-ids.txt'));
    const region = await preview();
    expect(region.textContent).toContain('zotero-ids.txt · List of arXiv ids and links');
    expect(region.textContent).toContain('This will merge: 2 added, 0 updated.');
    expect(region.textContent).toContain('1 is already saved and stays as it is.');
    expect(region.textContent).toContain('1 of the papers added isn’t in this archive');
    expect(region.textContent).toContain('1 line isn’t an arXiv id or paper link and is skipped.');
    expect(localStorage.getItem(BOOKMARKS_KEY)).toBe(stored);

    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText('Import finished: 2 added, 1 already saved.');
    expect(store.getSnapshot().bookmarks.map(({ id, title, date }) => ({ id, title, date }))).toEqual([
      { ...ARCHIVED },
      { id: '2512.00001', title: '2512.00001', date: null },
      { id: '2601.20614', title: 'Harder Is Better', date: '2026-01-29' },
    ]);
  });

  it.each([
    ['an empty file', '', 'empty.txt', 'This file is empty. Nothing was changed.'],
    ['binary junk', '\u0000\u0001PK\u0003\u0004\uFFFD', 'photo.jpg', /^This file isn’t text.*Nothing was changed\.$/],
    [
      'a .bib with no arXiv entry',
      '@book{knuth, title = {TAOCP}}',
      'refs.bib',
      /^No entry in this BibTeX file names an arXiv paper/,
    ],
    ['a text without ids', 'hello\nworld', 'notes.txt', /^No arXiv id or paper link was found in this file/],
  ])('rejects %s with a clear message and changes nothing', async (_, text, name, message) => {
    const { store, user, input } = await setup();
    const before = store.getSnapshot();
    await user.upload(input, textFile(text, name));
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    expect(screen.queryByRole('region', { name: 'Before importing' })).toBeNull();
    expect(store.getSnapshot()).toBe(before);
    expect(localStorage.getItem(BOOKMARKS_KEY)).toBe(stored);
  });

  it('says so when the import code cannot load, and changes nothing', async () => {
    // What a page sees offline before the import was ever used, or after a deploy removed it.
    vi.doMock('../import/prepare-import.ts', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    try {
      const { store, user, input } = await setup();
      const before = store.getSnapshot();
      await user.upload(input, textFile('2601.20540', 'ids.txt'));
      expect((await screen.findByRole('alert')).textContent).toMatch(
        /^The import couldn’t be loaded.*Nothing was changed\.$/,
      );
      expect(input.getAttribute('aria-disabled')).not.toBe('true');
      expect(store.getSnapshot()).toBe(before);
    } finally {
      vi.doUnmock('../import/prepare-import.ts');
    }
  });
});
