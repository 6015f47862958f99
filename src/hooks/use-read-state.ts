import { useQuery } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { rootQueryOptions } from '../api/root.ts';
import { isRead } from '../lib/read-state.ts';
import { useReadStateStore } from '../lib/read-state-context.tsx';
import type { ReadStateSnapshot } from '../lib/read-state-store.ts';

/** What this browser has read; "nothing, not loaded yet" on the server, during hydration and until connected. */
export function useReadState(): ReadStateSnapshot {
  const store = useReadStateStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
}

/** Whether one paper of a day is read: a component using it renders again only when that changes. */
export function useIsRead(date: string, rank: number): boolean {
  const store = useReadStateStore();
  return useSyncExternalStore(
    store.subscribe,
    () => isRead(store.getSnapshot().data, date, rank),
    () => false,
  );
}

/**
 * Reads the read marks from storage once the page is interactive (after hydration), records
 * this visit, and follows the other tabs from then on. The layout calls it once.
 */
export function useReadStateSync(): void {
  const store = useReadStateStore();
  const latest = useQuery(rootQueryOptions()).data?.latest?.date ?? null;
  useEffect(() => {
    const disconnect = store.connect();
    if (latest !== null) store.visit(latest);
    return disconnect;
  }, [store, latest]);
}
