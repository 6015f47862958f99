/**
 * The bookmarks store, created once at boot and handed down by context, so components stay
 * free of `window` and `localStorage` and tests can pass their own.
 */
import { createContext, type ReactNode, use } from 'react';
import type { BookmarksStore } from './bookmarks-store.ts';

const BookmarksContext = createContext<BookmarksStore | null>(null);

export function BookmarksProvider({ store, children }: { store: BookmarksStore; children: ReactNode }) {
  return <BookmarksContext value={store}>{children}</BookmarksContext>;
}

export function useBookmarksStore(): BookmarksStore {
  const store = use(BookmarksContext);
  if (store === null) throw new Error('useBookmarksStore() needs a <BookmarksProvider> above it');
  return store;
}
