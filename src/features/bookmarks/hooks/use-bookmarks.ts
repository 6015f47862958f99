import { useEffect, useSyncExternalStore } from 'react';
import { useServices } from '../../../app/services.tsx';
import type { BookmarksSnapshot, BookmarksStore } from '../bookmarks-store.ts';

export function useBookmarksStore(): BookmarksStore {
  return useServices().bookmarks;
}

/** The bookmarks; "none, not loaded yet" on the server, during hydration and until connected. */
export function useBookmarks(): BookmarksSnapshot {
  const store = useBookmarksStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
}

/**
 * Reads the bookmarks from storage once the page is interactive (after hydration) and
 * follows the other tabs from then on. The layout calls it once.
 */
export function useBookmarksSync(): void {
  const store = useBookmarksStore();
  useEffect(() => store.connect(), [store]);
}
