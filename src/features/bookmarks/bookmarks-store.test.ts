/**
 * The store against a real-shaped Web Storage (MemoryStorage) put where `readStorage` and
 * `writeStorage` look for it, `window.localStorage`: no mocked functions. Each tab is a
 * store with its own event target; a test delivers `storage` events as a browser would.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Card } from '../../schema/digest.ts';
import {
  addBookmark,
  BACKUP_KEY_PREFIX,
  BOOKMARKS_KEY,
  type Bookmark,
  type BookmarkInput,
  EMPTY_BOOKMARKS,
  serializeBookmarks,
} from './bookmarks.ts';
import { parseBookmarks } from './bookmark-validation.ts';
import { importBookmarks } from './bookmark-files.ts';
import { type BookmarksStore, createBookmarksStore, SERVER_SNAPSHOT } from './bookmarks-store.ts';
import { FakeStorageEvent, MemoryStorage } from '../../../tests/helpers/memory-storage.ts';

const T0 = Date.parse('2026-01-29T09:00:00.000Z');

/** What the bookmarks page does with a file's bookmarks: merges them in, and says how many of each. */
function importInto(store: BookmarksStore, bookmarks: readonly Bookmark[]) {
  return store.apply((base, at) => {
    const { data, ...counts } = importBookmarks(base, bookmarks, at);
    return { data, result: counts };
  });
}

function input(id: string): BookmarkInput {
  const card: Card = {
    id,
    date: '2026-01-29',
    rank: 1,
    upvotes: 10,
    title: `Paper ${id}`,
    thumb: null,
    preview: { en: 'Summary' },
    file: `data/papers/${id}.abc123.json`,
  };
  return { id, title: card.title, date: card.date, card };
}

/** `window.localStorage` is whatever `current()` returns, or throws when it says so. */
function installStorage(current: () => Storage | Error): { reads: () => number } {
  let reads = 0;
  vi.stubGlobal('window', {
    get localStorage() {
      reads++;
      const storage = current();
      if (storage instanceof Error) throw storage;
      return storage;
    },
  });
  return { reads: () => reads };
}

interface Tab {
  store: BookmarksStore;
  events: EventTarget;
}

function openTab(clock: () => number): Tab {
  const events = new EventTarget();
  // The parser at hand, as once it has loaded: what these tests check is the same either way.
  const store = createBookmarksStore({ now: clock, events, parse: parseBookmarks });
  store.connect();
  return { store, events };
}

const ids = (tab: Tab) => tab.store.getSnapshot().bookmarks.map((b) => b.id);
const storedIds = (storage: Storage) =>
  parseBookmarks(storage.getItem(BOOKMARKS_KEY), T0).data.bookmarks.map((b) => b.id);
const kinds = (tab: Tab) => tab.store.getSnapshot().notices.map((n) => n.kind);

/** Runs `action` in one tab and, if it changed the stored value, tells the other tabs. */
function inTab(storage: Storage, from: Tab, others: Tab[], action: (store: BookmarksStore) => void) {
  const before = storage.getItem(BOOKMARKS_KEY);
  action(from.store);
  const after = storage.getItem(BOOKMARKS_KEY);
  if (after === before) return;
  for (const tab of others) {
    tab.events.dispatchEvent(new FakeStorageEvent({ key: BOOKMARKS_KEY, oldValue: before, newValue: after }));
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('before it connects (prerender, hydration)', () => {
  it('is "no bookmarks, not loaded yet" and has not touched storage', async () => {
    const storage = new MemoryStorage({
      [BOOKMARKS_KEY]: serializeBookmarks(addBookmark(EMPTY_BOOKMARKS, input('a1'), T0)),
    });
    const access = installStorage(() => storage);
    const store = createBookmarksStore({ events: new EventTarget() });
    expect(store.getServerSnapshot()).toBe(SERVER_SNAPSHOT);
    expect(store.getSnapshot()).toBe(SERVER_SNAPSHOT);
    expect(SERVER_SNAPSHOT).toMatchObject({ loaded: false, bookmarks: [], notices: [] });
    expect(access.reads()).toBe(0);

    store.connect();
    // What is stored is read by code loaded now (bookmark-validation.ts): till then, not loaded.
    expect(store.getSnapshot()).toBe(SERVER_SNAPSHOT);
    await vi.waitFor(() => {
      expect(store.getSnapshot()).toMatchObject({ loaded: true, bookmarks: [{ id: 'a1' }] });
    });
    expect(store.getSnapshot().ids.has('a1')).toBe(true);
    expect(store.getServerSnapshot()).toBe(SERVER_SNAPSHOT);
  });
});

describe('persistence', () => {
  it('survives a reload: a new store reads what the last one wrote', () => {
    const storage = new MemoryStorage();
    installStorage(() => storage);
    let time = T0;
    const clock = () => (time += 1000);
    const first = openTab(clock);
    first.store.toggle(input('a1'));
    first.store.toggle(input('a2'));
    const reloaded = openTab(clock);
    expect(ids(reloaded)).toEqual(['a2', 'a1']);
    expect(reloaded.store.getSnapshot().bookmarks[0]?.card).toEqual(input('a2').card);
    expect(kinds(reloaded)).toEqual([]);
  });

  it('gives the same snapshot object until something changes', () => {
    installStorage(() => new MemoryStorage());
    const tab = openTab(() => T0);
    const snapshot = tab.store.getSnapshot();
    expect(tab.store.getSnapshot()).toBe(snapshot);
    tab.store.toggle(input('a1'));
    expect(tab.store.getSnapshot()).not.toBe(snapshot);
  });
});

describe('fault: storage unavailable', () => {
  it('works for the session and says bookmarks will not be kept when localStorage access throws', () => {
    installStorage(() => new DOMException('The operation is insecure.', 'SecurityError'));
    const tab = openTab(() => T0);
    expect(tab.store.getSnapshot().loaded).toBe(true);
    expect(kinds(tab)).toEqual(['unavailable']);

    tab.store.toggle(input('a1'));
    tab.store.toggle(input('a2'));
    tab.store.toggle(input('a1'));
    expect(ids(tab)).toEqual(['a2']);
    expect(tab.store.getSnapshot().ids.has('a1')).toBe(false);
  });

  it('says so too when reading works but writing is refused', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new DOMException('Access is denied.', 'SecurityError');
    };
    installStorage(() => storage);
    const tab = openTab(() => T0);
    tab.store.toggle(input('a1'));
    expect(ids(tab)).toEqual(['a1']);
    expect(kinds(tab)).toEqual(['unavailable']);
  });
});

describe('fault: quota exceeded', () => {
  it('keeps the change in memory, tells the user, and leaves the stored value untouched', () => {
    const original = serializeBookmarks(addBookmark(EMPTY_BOOKMARKS, input('a1'), T0));
    const storage = new MemoryStorage({ [BOOKMARKS_KEY]: original });
    storage.quota = storage.used + 10;
    installStorage(() => storage);
    let time = T0;
    const tab = openTab(() => (time += 1000));

    tab.store.toggle(input('a2'));
    expect(ids(tab)).toEqual(['a2', 'a1']);
    expect(kinds(tab)).toEqual(['quota']);
    expect(storage.getItem(BOOKMARKS_KEY)).toBe(original);

    // Once there is room, the next change stores the session's earlier one too, and the notice goes.
    storage.quota = Number.POSITIVE_INFINITY;
    tab.store.toggle(input('a3'));
    expect(storedIds(storage)).toEqual(['a3', 'a2', 'a1']);
    expect(kinds(tab)).toEqual([]);
  });
});

describe('fault: a stored value that is not valid', () => {
  const valid = JSON.parse(serializeBookmarks(addBookmark(EMPTY_BOOKMARKS, input('a1'), T0))) as {
    bookmarks: unknown[];
  };
  const damaged = JSON.stringify({
    version: 1,
    bookmarks: [...valid.bookmarks, { id: '!!', title: 'hand-edited' }],
  });
  const backupKey = `${BACKUP_KEY_PREFIX}${new Date(T0 + 5000).toISOString()}`;

  it('keeps the raw value under a backup key first, then stores what was recovered, and says so', () => {
    const storage = new MemoryStorage({ [BOOKMARKS_KEY]: damaged });
    installStorage(() => storage);
    const tab = openTab(() => T0 + 5000);

    expect(storage.getItem(backupKey)).toBe(damaged);
    expect(storage.writes).toEqual([backupKey, BOOKMARKS_KEY]);
    expect(parseBookmarks(storage.getItem(BOOKMARKS_KEY), T0).status).toBe('valid');
    expect(ids(tab)).toEqual(['a1']);
    expect(tab.store.getSnapshot().notices).toEqual([{ kind: 'recovered', backupKey, recovered: 1, dropped: 1 }]);

    tab.store.toggle(input('a2'));
    expect(storedIds(storage)).toEqual(['a2', 'a1']);
    expect(storage.getItem(backupKey)).toBe(damaged);
  });

  it('recovers a truncated value and an older format (a bare array of ids)', () => {
    const full = serializeBookmarks(addBookmark(addBookmark(EMPTY_BOOKMARKS, input('a1'), T0), input('a2'), T0 + 1));
    for (const [raw, expected] of [
      [full.slice(0, full.length - 30), ['a2']],
      ['["a1","a2"]', ['a1', 'a2']],
    ] as const) {
      const storage = new MemoryStorage({ [BOOKMARKS_KEY]: raw });
      installStorage(() => storage);
      const tab = openTab(() => T0 + 5000);
      expect(ids(tab)).toEqual(expected);
      expect(storage.getItem(backupKey)).toBe(raw);
      expect(kinds(tab)).toEqual(['recovered']);
    }
  });

  it('never writes over it when the backup cannot be written, but works in memory', () => {
    const storage = new MemoryStorage({ [BOOKMARKS_KEY]: damaged });
    storage.quota = storage.used; // nothing more fits: the backup write fails
    installStorage(() => storage);
    const tab = openTab(() => T0 + 5000);

    expect(tab.store.getSnapshot().notices).toEqual([{ kind: 'recovered', backupKey: null, recovered: 1, dropped: 1 }]);
    tab.store.toggle(input('a2'));
    expect(ids(tab)).toEqual(['a2', 'a1']);
    expect(storage.entries()).toEqual({ [BOOKMARKS_KEY]: damaged });
    expect(storage.writes).toEqual([]);

    // Dismissed, it stays dismissed while the value is the same.
    tab.store.dismiss('recovered');
    tab.store.toggle(input('a3'));
    expect(kinds(tab)).toEqual([]);
  });

  it('backs up a damaged value that arrives from another tab before merging it', () => {
    const storage = new MemoryStorage();
    installStorage(() => storage);
    const tab = openTab(() => T0 + 5000);
    tab.store.toggle(input('a0'));
    storage.setItem(BOOKMARKS_KEY, damaged);
    tab.events.dispatchEvent(new FakeStorageEvent({ key: BOOKMARKS_KEY, newValue: damaged }));
    expect(storage.getItem(backupKey)).toBe(damaged);
    expect(ids(tab)).toEqual(['a0', 'a1']);
    expect(storedIds(storage)).toEqual(['a0', 'a1']);
    expect(kinds(tab)).toEqual(['recovered']);
  });

  it('never overwrites an earlier backup', () => {
    const storage = new MemoryStorage({ [BOOKMARKS_KEY]: damaged, [backupKey]: 'an older backup' });
    installStorage(() => storage);
    openTab(() => T0 + 5000);
    expect(storage.getItem(backupKey)).toBe('an older backup');
    expect(storage.getItem(`${backupKey}-1`)).toBe(damaged);
  });
});

describe('fault: rapid toggling', () => {
  it('ends as the last click says, with one entry, even within one millisecond', () => {
    const storage = new MemoryStorage();
    installStorage(() => storage);
    const tab = openTab(() => T0);
    for (let i = 0; i < 25; i++) {
      tab.store.toggle(input('a1'));
      tab.store.toggle(input('a2'));
    }
    tab.store.toggle(input('a2'));
    expect(ids(tab)).toEqual(['a1']);
    expect(storedIds(storage)).toEqual(['a1']);
    const stored = JSON.parse(storage.getItem(BOOKMARKS_KEY) ?? '') as { bookmarks: unknown[] };
    expect(stored.bookmarks).toHaveLength(1);
  });
});

describe('two tabs', () => {
  function twoTabs() {
    const storage = new MemoryStorage();
    installStorage(() => storage);
    let clock = T0;
    const tick = () => (clock += 1000);
    const a = openTab(() => clock);
    const b = openTab(() => clock);
    return { storage, a, b, tick };
  }

  it('shows a bookmark made in one tab in the other at once', () => {
    const { storage, a, b } = twoTabs();
    inTab(storage, a, [b], (s) => s.toggle(input('a1')));
    expect(ids(b)).toEqual(['a1']);
  });

  it('agrees on the last action when both toggle the same paper', () => {
    const { storage, a, b, tick } = twoTabs();
    inTab(storage, a, [b], (s) => s.toggle(input('a1')));
    tick();
    inTab(storage, b, [a], (s) => s.toggle(input('a1')));
    expect(ids(a)).toEqual([]);
    expect(ids(b)).toEqual([]);
    tick();
    inTab(storage, a, [b], (s) => s.toggle(input('a1')));
    expect(ids(a)).toEqual(['a1']);
    expect(ids(b)).toEqual(['a1']);
    expect(storedIds(storage)).toEqual(['a1']);
  });

  it('does not let a tab that missed a removal bring the paper back', () => {
    const { storage, a, b, tick } = twoTabs();
    inTab(storage, a, [b], (s) => s.toggle(input('a1')));
    tick();
    // A removes a1; B does not hear of it yet and saves a2.
    inTab(storage, a, [], (s) => s.toggle(input('a1')));
    const removal = storage.getItem(BOOKMARKS_KEY);
    tick();
    inTab(storage, b, [a], (s) => s.toggle(input('a2')));
    // A's event reaches B late, after B's own write.
    b.events.dispatchEvent(new FakeStorageEvent({ key: BOOKMARKS_KEY, newValue: removal }));
    expect(ids(a)).toEqual(['a2']);
    expect(ids(b)).toEqual(['a2']);
    expect(storedIds(storage)).toEqual(['a2']);
  });

  it('never undoes or loses what another tab did, even when it missed the events (back-forward cache)', () => {
    const { storage, a, b, tick } = twoTabs();
    inTab(storage, a, [b], (s) => s.toggle(input('a1')));
    tick();
    // A removes a1 and saves a3, then closes; B, frozen meanwhile, hears of neither.
    inTab(storage, a, [], (s) => s.toggle(input('a1')));
    inTab(storage, a, [], (s) => s.toggle(input('a3')));
    tick();
    inTab(storage, b, [], (s) => s.toggle(input('a2')));
    expect(storedIds(storage)).toEqual(['a2', 'a3']);
    expect(ids(b)).toEqual(['a2', 'a3']);
  });

  it('saves a paper once when both tabs save it', () => {
    const { storage, a, b, tick } = twoTabs();
    inTab(storage, a, [], (s) => s.toggle(input('a1')));
    tick();
    inTab(storage, b, [a], (s) => s.toggle(input('a1')));
    expect(ids(a)).toEqual(['a1']);
    expect(ids(b)).toEqual(['a1']);
    const stored = JSON.parse(storage.getItem(BOOKMARKS_KEY) ?? '') as { bookmarks: unknown[] };
    expect(stored.bookmarks).toHaveLength(1);
  });

  it('settles on the last action when writes cross (each tab seeing its own copy of storage)', () => {
    // Browsers may propagate localStorage between processes late: model two copies.
    const seed = serializeBookmarks(addBookmark(EMPTY_BOOKMARKS, input('a1'), T0));
    const copyA = new MemoryStorage({ [BOOKMARKS_KEY]: seed });
    const copyB = new MemoryStorage({ [BOOKMARKS_KEY]: seed });
    let current: Storage = copyA;
    installStorage(() => current);
    let clock = T0 + 1000;
    const a = openTab(() => clock);
    current = copyB;
    const b = openTab(() => clock);

    current = copyA;
    a.store.toggle(input('a1')); // A removes a1 …
    clock += 1000;
    current = copyB;
    b.store.toggle(input('a2')); // … while B, not knowing, saves a2 over [a1].
    const fromB = copyB.getItem(BOOKMARKS_KEY);

    // B's write lands last everywhere, and A hears of it.
    copyA.setItem(BOOKMARKS_KEY, fromB ?? '');
    current = copyA;
    a.events.dispatchEvent(new FakeStorageEvent({ key: BOOKMARKS_KEY, newValue: fromB }));
    // A knew of a later removal than B's copy of a1: it writes the union back, and B hears of it.
    const fromA = copyA.getItem(BOOKMARKS_KEY);
    expect(fromA).not.toBe(fromB);
    copyB.setItem(BOOKMARKS_KEY, fromA ?? '');
    current = copyB;
    b.events.dispatchEvent(new FakeStorageEvent({ key: BOOKMARKS_KEY, newValue: fromA }));

    expect(ids(a)).toEqual(['a2']);
    expect(ids(b)).toEqual(['a2']);
    expect(copyB.getItem(BOOKMARKS_KEY)).toBe(fromA);
  });

  it('ignores other keys and stops listening when disconnected', () => {
    const storage = new MemoryStorage();
    installStorage(() => storage);
    const events = new EventTarget();
    const store = createBookmarksStore({ now: () => T0, events, parse: parseBookmarks });
    const disconnect = store.connect();
    const snapshot = store.getSnapshot();
    events.dispatchEvent(new FakeStorageEvent({ key: 'daily-papers:preferences:v1', newValue: '{}' }));
    expect(store.getSnapshot()).toBe(snapshot);
    disconnect();
    storage.setItem(BOOKMARKS_KEY, serializeBookmarks(addBookmark(EMPTY_BOOKMARKS, input('a1'), T0)));
    events.dispatchEvent(new FakeStorageEvent({ key: BOOKMARKS_KEY, newValue: storage.getItem(BOOKMARKS_KEY) }));
    expect(store.getSnapshot()).toBe(snapshot);
  });
});

describe('import', () => {
  it('merges a file in and reports what was added and what was there', async () => {
    const storage = new MemoryStorage();
    installStorage(() => storage);
    const tab = openTab(() => T0);
    tab.store.toggle(input('a1'));
    const result = await importInto(tab.store, [
      { id: 'a1', title: 'a1', date: null, savedAt: new Date(T0 - 10).toISOString() },
      { id: 'a2', title: 'a2', date: null, savedAt: new Date(T0 - 20).toISOString() },
    ]);
    expect(result).toEqual({ added: 1, updated: 0, existing: 1 });
    expect(storedIds(storage)).toEqual(['a1', 'a2']);
  });
});

describe('at 60,000 bookmarks', () => {
  /** What Chromium lets an origin keep: 5 Mi UTF-16 code units of keys and values. */
  const CHROMIUM_QUOTA = 5 * 1024 * 1024;
  const many = (count: number, first = 0) =>
    Array.from({ length: count }, (_, i) => ({
      id: `p${(first + i).toString(36)}`,
      title: `Paper ${first + i}`,
      date: null,
      savedAt: new Date(T0 - 1000 - first - i).toISOString(),
    }));

  it('imports 60,000, reads them all back after a reload, and a run of clicks ends as the last one says', async () => {
    const storage = new MemoryStorage({}, CHROMIUM_QUOTA);
    installStorage(() => storage);
    let time = T0;
    const clock = () => (time += 1);
    const tab = openTab(clock);
    expect(await importInto(tab.store, many(60_000))).toEqual({ added: 60_000, updated: 0, existing: 0 });
    expect(kinds(tab)).toEqual([]);

    const reloaded = openTab(clock);
    expect(reloaded.store.getSnapshot().bookmarks).toHaveLength(60_000);
    // Each click reads what is stored, applies itself and writes it all back.
    for (let i = 0; i < 41; i++) reloaded.store.toggle(input('a1'));
    expect(reloaded.store.getSnapshot().ids.has('a1')).toBe(true);
    expect(kinds(reloaded)).toEqual([]);
    const stored = JSON.parse(storage.getItem(BOOKMARKS_KEY) ?? '') as { bookmarks: { id: string }[] };
    expect(stored.bookmarks).toHaveLength(60_001);
    expect(stored.bookmarks[0]?.id).toBe('a1');
  }, 20_000);

  it('keeps an import too big for storage for the session, says storage is full, and loses nothing stored', async () => {
    const storage = new MemoryStorage({}, CHROMIUM_QUOTA);
    installStorage(() => storage);
    let time = T0;
    const clock = () => (time += 1);
    const tab = openTab(clock);
    tab.store.toggle(input('a1'));
    const before = storage.getItem(BOOKMARKS_KEY);
    // Another part of the site keeps 1 MB here: 60,000 bookmarks no longer fit beside it.
    storage.setItem('other', 'x'.repeat(1_000_000));

    expect(await importInto(tab.store, many(60_000))).toEqual({ added: 60_000, updated: 0, existing: 0 });
    expect(kinds(tab)).toEqual(['quota']);
    expect(tab.store.getSnapshot().bookmarks).toHaveLength(60_001);
    expect(storage.getItem(BOOKMARKS_KEY)).toBe(before);
    expect(ids(openTab(clock)), 'a reload finds what was stored').toEqual(['a1']);

    // Once there is room, the next change stores the session's import too, and the notice goes.
    storage.removeItem('other');
    tab.store.toggle(input('a2'));
    expect(kinds(tab)).toEqual([]);
    const stored = JSON.parse(storage.getItem(BOOKMARKS_KEY) ?? '') as { bookmarks: { id: string }[] };
    expect(stored.bookmarks).toHaveLength(60_002);
  }, 20_000);
});
