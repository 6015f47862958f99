// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n/i18n.ts';
import { EMPTY_READ, exportReadState, isRead, setRead } from '../../../lib/read-state.ts';
import { ReadStateProvider } from '../../../lib/read-state-context.tsx';
import { createReadStateStore, type ReadStateStore } from '../../../lib/read-state-store.ts';
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
    <I18nextProvider i18n={createI18n('en')}>
      <BookmarksProvider store={store}>
        <ReadStateProvider store={readStore}>{children}</ReadStateProvider>
      </BookmarksProvider>
    </I18nextProvider>
  );
}

function setup() {
  const store = createBookmarksStore();
  const readStore = createReadStateStore();
  store.connect();
  readStore.connect();
  render(
    <Providers store={store} readStore={readStore}>
      <BookmarkTransfer filtered={null} lang="en" />
    </Providers>,
  );
  return { store, readStore, user: userEvent.setup(), input: screen.getByLabelText('Import') };
}

const jsonFile = (text: string) => new File([text], 'bookmarks.json', { type: 'application/json' });

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
    const { store, user, input } = setup();
    const before = store.getSnapshot();
    await user.upload(input, jsonFile(text));
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    expect(store.getSnapshot()).toBe(before);
    expect(localStorage.getItem(BOOKMARKS_KEY)).toBe(stored);
  });

  it('merges a valid export and says how many were added and already there', async () => {
    const { store, user, input } = setup();
    const other = addBookmark(
      saved,
      { id: '2601.20540', title: 'Advancing Open-source World Models', date: '2026-01-29' },
      T0 + 1,
    );
    await user.upload(input, jsonFile(serializeExport(other, new Date(T0))));
    expect((await screen.findByText(/Import finished/)).textContent).toBe('Import finished: 1 added, 1 already saved.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.getSnapshot().bookmarks.map((b) => b.id)).toEqual(['2601.20540', '2601.20614']);
  });

  it('marks read what a file marks read, and says how many', async () => {
    const { readStore, user, input } = setup();
    readStore.setRead([{ date: '2026-01-29', rank: 1 }], true);
    const read = setRead(
      EMPTY_READ,
      [1, 2, 5].map((rank) => ({ date: '2026-01-29', rank })),
      true,
      T0,
    );
    await user.upload(input, jsonFile(serializeExport(saved, new Date(T0), exportReadState(read))));
    expect((await screen.findByText(/Import finished/)).textContent).toBe(
      'Import finished: 0 added, 1 already saved. 2 papers marked read.',
    );
    const data = readStore.getData();
    expect([1, 2, 3, 4, 5].map((rank) => isRead(data, '2026-01-29', rank))).toEqual([true, true, false, false, true]);
  });

  it('rejects a file whose read marks are damaged, and changes nothing', async () => {
    const { store, readStore, user, input } = setup();
    const before = [store.getSnapshot(), readStore.getSnapshot()];
    const text = JSON.stringify({ version: 1, bookmarks: [], read: { '2026-01-29': 'not bits!' } });
    await user.upload(input, jsonFile(text));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The read marks in this file are damaged. Nothing was changed.',
    );
    expect([store.getSnapshot(), readStore.getSnapshot()]).toEqual(before);
  });

  it('says how far a large file got while it is checked, then what was added', async () => {
    const { store, user, input } = setup();
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
    await screen.findByText('Import finished: 12,000 added, 0 already saved.');
    observer.disconnect();
    expect(said).toEqual([
      'Reading the file…',
      'Importing: 5,000 of 12,000 bookmarks checked…',
      'Importing: 10,000 of 12,000 bookmarks checked…',
      'Importing: 12,000 of 12,000 bookmarks checked…',
      'Import finished: 12,000 added, 0 already saved.',
    ]);
    expect(store.getSnapshot().bookmarks).toHaveLength(12_001);
  });
});
