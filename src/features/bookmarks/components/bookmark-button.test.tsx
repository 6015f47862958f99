// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../i18n/i18n.ts';
import type { Card } from '../../../schema/digest.ts';
import { BookmarksProvider } from '../bookmarks-context.tsx';
import { addBookmark, BOOKMARKS_KEY, EMPTY_BOOKMARKS, serializeBookmarks } from '../bookmarks.ts';
import { type BookmarksStore, createBookmarksStore } from '../bookmarks-store.ts';
import { useBookmarksSync } from '../hooks/use-bookmarks.ts';
import { BookmarkButton } from './bookmark-button.tsx';
import { BookmarkCount } from './bookmark-count.tsx';

const card: Card = {
  id: '2601.20614',
  date: '2026-01-29',
  rank: 1,
  upvotes: 92,
  title: 'Harder Is Better',
  thumb: null,
  preview: { en: 'Summary' },
  file: 'data/papers/2601.20614.abc123.json',
};

function Providers({ store, children }: { store: BookmarksStore; children: ReactNode }) {
  return (
    <I18nextProvider i18n={createI18n('en')}>
      <BookmarksProvider store={store}>{children}</BookmarksProvider>
    </I18nextProvider>
  );
}

function Sync() {
  useBookmarksSync();
  return null;
}

function Header() {
  return (
    <a href="/bookmarks">
      Bookmarks
      <BookmarkCount />
    </a>
  );
}

afterEach(() => {
  localStorage.clear();
});

describe('BookmarkButton', () => {
  it('flips aria-pressed, updates the count and stores the bookmark', async () => {
    const user = userEvent.setup();
    render(
      <Providers store={createBookmarksStore()}>
        <Sync />
        <Header />
        <BookmarkButton card={card} />
      </Providers>,
    );
    const button = screen.getByRole('button', { name: 'Bookmark: Harder Is Better' });
    expect(button).toHaveProperty('ariaPressed', 'false');
    expect(screen.getByRole('link').textContent).toBe('Bookmarks');

    await user.click(button);
    expect(button).toHaveProperty('ariaPressed', 'true');
    expect(screen.getByRole('link', { name: /^Bookmarks ?\(1 saved paper\)$/ })).toBeDefined();
    expect(localStorage.getItem(BOOKMARKS_KEY)).toContain('2601.20614');

    await user.click(button);
    expect(button).toHaveProperty('ariaPressed', 'false');
    expect(screen.getByRole('link').textContent).toBe('Bookmarks');
  });

  it('follows a change made in another tab (a storage event)', async () => {
    render(
      <Providers store={createBookmarksStore()}>
        <Sync />
        <BookmarkButton card={card} />
      </Providers>,
    );
    const button = screen.getByRole('button', { name: 'Bookmark: Harder Is Better' });
    expect(button).toHaveProperty('ariaPressed', 'false');
    const value = serializeBookmarks(addBookmark(EMPTY_BOOKMARKS, { ...card, card }, Date.now()));
    localStorage.setItem(BOOKMARKS_KEY, value);
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: BOOKMARKS_KEY, newValue: value }));
    });
    // The first stored text this page meets: it is read once the code reading it has loaded.
    await waitFor(() => {
      expect(button).toHaveProperty('ariaPressed', 'true');
    });
  });

  it('renders "not saved", disabled, on the server without reading storage', () => {
    localStorage.setItem(
      BOOKMARKS_KEY,
      serializeBookmarks(addBookmark(EMPTY_BOOKMARKS, { ...card, card }, Date.now())),
    );
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    const html = renderToString(
      <Providers store={createBookmarksStore()}>
        <Sync />
        <Header />
        <BookmarkButton card={card} />
      </Providers>,
    );
    expect(html).toMatch(/aria-pressed="false" disabled=""/);
    expect(html).not.toContain('Bookmarks<span');
    expect(getItem).not.toHaveBeenCalled();
  });
});
