/**
 * The store with a model whose parser loads lazily (as the bookmarks' does): a set of words,
 * stored as JSON, whose parser arrives only when the test lets it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeStorageEvent, MemoryStorage } from '../../tests/helpers/memory-storage.ts';
import { createSyncedStore, type ParseStored, type StoredModel } from './synced-store.ts';

const KEY = 'test:words';
type Words = ReadonlySet<string>;
const EMPTY: Words = new Set();

const parseWords: ParseStored<Words> = (raw) => {
  if (raw === null) return { status: 'empty', data: EMPTY };
  try {
    const value: unknown = JSON.parse(raw);
    if (Array.isArray(value) && value.every((w) => typeof w === 'string')) {
      return { status: 'valid', data: new Set(value) };
    }
  } catch {
    // Not JSON: nothing recovered.
  }
  return { status: 'recovered', data: EMPTY, recovered: 0, dropped: 1 };
};

/** A parser that loads when `arrive()` (or `fail()`) is called; `loads` counts the attempts. */
function lazyParser() {
  let loads = 0;
  let settle: { resolve: (p: ParseStored<Words>) => void; reject: (e: Error) => void } | null = null;
  return {
    load: () => {
      loads++;
      return new Promise<ParseStored<Words>>((resolve, reject) => {
        settle = { resolve, reject };
      });
    },
    loads: () => loads,
    arrive: async () => {
      settle?.resolve(parseWords);
      await Promise.resolve();
      await Promise.resolve();
    },
    fail: async () => {
      settle?.reject(new Error('offline'));
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}

function openStore(storage: Storage, parser: ReturnType<typeof lazyParser>) {
  vi.stubGlobal('window', { localStorage: storage });
  const model: StoredModel<Words> = {
    key: KEY,
    backupKeyPrefix: `${KEY}:backup:`,
    empty: EMPTY,
    parse: { load: parser.load },
    serialize: (words) => JSON.stringify([...words].sort()),
    merge: (a, b) => new Set([...a, ...b]),
    prune: (words) => words,
  };
  const events = new EventTarget();
  const store = createSyncedStore(model, (state) => state, null, { now: () => 0, events });
  const add = (word: string) => {
    store.commit((base) => ({ data: new Set([...base, word]), result: undefined }));
  };
  const words = () => [...(store.getSnapshot()?.data ?? [])].sort();
  return { store, events, add, words };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a parser loaded when first needed', () => {
  it('is never loaded when nothing is stored, and changes are stored at once', () => {
    const storage = new MemoryStorage();
    const parser = lazyParser();
    const { store, add, words } = openStore(storage, parser);
    store.prepare();
    store.connect();
    expect(store.getSnapshot()?.loaded).toBe(true);
    add('a');
    add('b');
    expect(words()).toEqual(['a', 'b']);
    expect(storage.getItem(KEY)).toBe('["a","b"]');
    expect(parser.loads()).toBe(0);
  });

  it('leaves the store not loaded until it has come when something is stored', async () => {
    const storage = new MemoryStorage({ [KEY]: '["stored"]' });
    const parser = lazyParser();
    const { store, words } = openStore(storage, parser);
    store.prepare();
    expect(parser.loads()).toBe(1);
    store.connect();
    expect(store.getSnapshot()).toBeNull();
    await parser.arrive();
    expect(store.getSnapshot()?.loaded).toBe(true);
    expect(words()).toEqual(['stored']);
    expect(parser.loads()).toBe(1);
  });

  it('makes a change made meanwhile once it has come, in order, losing nothing stored', async () => {
    const storage = new MemoryStorage({ [KEY]: '["stored"]' });
    const parser = lazyParser();
    const { store, add, words } = openStore(storage, parser);
    store.connect();
    add('first');
    add('second');
    expect(storage.getItem(KEY)).toBe('["stored"]');
    await parser.arrive();
    expect(words()).toEqual(['first', 'second', 'stored']);
    expect(storage.getItem(KEY)).toBe('["first","second","stored"]');
  });

  it('loads it when another tab stores something, then merges that in', async () => {
    const storage = new MemoryStorage();
    const parser = lazyParser();
    const { store, events, add, words } = openStore(storage, parser);
    store.connect();
    add('mine');
    storage.setItem(KEY, '["theirs"]');
    events.dispatchEvent(new FakeStorageEvent({ key: KEY, newValue: '["theirs"]' }));
    expect(parser.loads()).toBe(1);
    add('later');
    await parser.arrive();
    expect(words()).toEqual(['later', 'mine', 'theirs']);
    expect(storage.getItem(KEY)).toBe('["later","mine","theirs"]');
  });

  it('writes nothing over what is stored when it cannot be loaded, and tries again at the next change', async () => {
    const storage = new MemoryStorage({ [KEY]: '["stored"]' });
    const parser = lazyParser();
    const { store, add, words } = openStore(storage, parser);
    store.connect();
    add('a');
    await parser.fail();
    expect(storage.getItem(KEY)).toBe('["stored"]');
    expect(storage.writes).toEqual([]);
    add('b');
    expect(parser.loads()).toBe(2);
    await parser.arrive();
    expect(words()).toEqual(['a', 'b', 'stored']);
    expect(storage.getItem(KEY)).toBe('["a","b","stored"]');
  });
});
