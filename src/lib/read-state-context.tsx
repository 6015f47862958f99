/**
 * The read-state store, created once at boot and handed down by context, so components stay
 * free of `localStorage` and tests can pass their own.
 */
import { createContext, type ReactNode, use } from 'react';
import type { ReadStateStore } from './read-state-store.ts';

const ReadStateContext = createContext<ReadStateStore | null>(null);

export function ReadStateProvider({ store, children }: { store: ReadStateStore; children: ReactNode }) {
  return <ReadStateContext value={store}>{children}</ReadStateContext>;
}

export function useReadStateStore(): ReadStateStore {
  const store = use(ReadStateContext);
  if (store === null) throw new Error('useReadStateStore() needs a <ReadStateProvider> above it');
  return store;
}
