import { useEffect, useSyncExternalStore } from 'react';
import { useBookmarksStore } from '../bookmarks-context.tsx';
import type { BookmarksSnapshot } from '../bookmarks-store.ts';

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
