/**
 * The read-state store against a real-shaped Web Storage put where `readStorage` and
 * `writeStorage` look for it; each tab is a store with its own event target, and a test
 * delivers `storage` events as a browser would.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeStorageEvent, MemoryStorage } from '../../tests/helpers/memory-storage.ts';
import {
  EMPTY_READ,
  isRead,
  newSince,
  READ_STATE_BACKUP_PREFIX,
  READ_STATE_KEY,
  readCount,
  serializeReadData,
  setRead,
  VISIT_GAP_MS,
} from './read-state.ts';
import { parseReadData } from './read-state-validation.ts';
import { createReadStateStore, READ_SERVER_SNAPSHOT, type ReadStateStore } from './read-state-store.ts';

const T0 = Date.parse('2026-01-29T09:00:00.000Z');
const P1 = { date: '2026-01-29', rank: 1 };
const P2 = { date: '2026-01-29', rank: 2 };

function installStorage(current: () => Storage | Error): void {
  vi.stubGlobal('window', {
    get localStorage() {
      const storage = current();
      if (storage instanceof Error) throw storage;
      return storage;
    },
  });
}

interface Tab {
  store: ReadStateStore;
  events: EventTarget;
}

function openTab(clock: () => number): Tab {
  const events = new EventTarget();
  // The parser at hand, as once it has loaded: what these tests check is the same either way.
  const store = createReadStateStore({ now: clock, events, parse: parseReadData });
  store.connect();
  return { store, events };
}

/** Runs `action` in one tab and, if it changed the stored value, tells the other tabs. */
function inTab(storage: Storage, from: Tab, others: Tab[], action: (store: ReadStateStore) => void) {
  const before = storage.getItem(READ_STATE_KEY);
  action(from.store);
  const after = storage.getItem(READ_STATE_KEY);
  if (after === before) return;
  for (const tab of others) {
    tab.events.dispatchEvent(new FakeStorageEvent({ key: READ_STATE_KEY, oldValue: before, newValue: after }));
  }
}

const read = (tab: Tab, paper: { date: string; rank: number }) =>
  isRead(tab.store.getSnapshot().data, paper.date, paper.rank);
const stored = (storage: Storage) => parseReadData(storage.getItem(READ_STATE_KEY)).data;
const kinds = (tab: Tab) => tab.store.getSnapshot().notices.map((n) => n.kind);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the read-state store', () => {
  it('reads nothing before it connects, then what the last page wrote', async () => {
    const storage = new MemoryStorage({ [READ_STATE_KEY]: serializeReadData(setRead(EMPTY_READ, [P1], true, T0)) });
    installStorage(() => storage);
    const store = createReadStateStore({ events: new EventTarget() });
    expect(store.getSnapshot()).toBe(READ_SERVER_SNAPSHOT);
    store.connect();
    // What is stored is read by code loaded now (read-state-validation.ts): till then, not loaded.
    expect(store.getSnapshot()).toBe(READ_SERVER_SNAPSHOT);
    await vi.waitFor(() => {
      expect(store.getSnapshot()).toMatchObject({ loaded: true });
    });
    expect(isRead(store.getSnapshot().data, P1.date, P1.rank)).toBe(true);
  });

  it('keeps marks across a reload', () => {
    const storage = new MemoryStorage();
    installStorage(() => storage);
    let time = T0;
    const clock = () => (time += 1000);
    openTab(clock).store.setRead([P1, P2], true);
    const reloaded = openTab(clock);
    expect(readCount(reloaded.store.getSnapshot().data, '2026-01-29')).toBe(2);
    reloaded.store.setRead([P2], false);
    expect(readCount(openTab(clock).store.getSnapshot().data, '2026-01-29')).toBe(1);
  });

  it('shows a mark made in one tab in the other at once, and both settle on the last action', () => {
    const storage = new MemoryStorage();
    installStorage(() => storage);
    let time = T0;
    const clock = () => time;
    const a = openTab(clock);
    const b = openTab(clock);
    inTab(storage, a, [b], (s) => s.setRead([P1], true));
    expect(read(b, P1)).toBe(true);
    time += 1;
    inTab(storage, b, [a], (s) => s.setRead([P1], false));
    expect(read(a, P1)).toBe(false);
    expect(isRead(stored(storage), P1.date, P1.rank)).toBe(false);
  });

  it('keeps both tabs’ marks when their writes cross, and the later one for the same paper', () => {
    // Browsers may propagate localStorage between processes late: model two copies.
    const seed = serializeReadData(setRead(EMPTY_READ, [P1], true, T0));
    const copyA = new MemoryStorage({ [READ_STATE_KEY]: seed });
    const copyB = new MemoryStorage({ [READ_STATE_KEY]: seed });
    let current: Storage = copyA;
    installStorage(() => current);
    let clock = T0 + 1000;
    const a = openTab(() => clock);
    current = copyB;
    const b = openTab(() => clock);

    current = copyA;
    a.store.setRead([P1], false); // A marks P1 unread …
    clock += 1000;
    current = copyB;
    b.store.setRead([P2], true); // … while B, not knowing, reads P2 over "P1 read".
    const fromB = copyB.getItem(READ_STATE_KEY);

    copyA.setItem(READ_STATE_KEY, fromB ?? '');
    current = copyA;
    a.events.dispatchEvent(new FakeStorageEvent({ key: READ_STATE_KEY, newValue: fromB }));
    const fromA = copyA.getItem(READ_STATE_KEY);
    expect(fromA, 'A knew something B did not: it writes the union back').not.toBe(fromB);
    copyB.setItem(READ_STATE_KEY, fromA ?? '');
    current = copyB;
    b.events.dispatchEvent(new FakeStorageEvent({ key: READ_STATE_KEY, newValue: fromA }));

    for (const tab of [a, b]) {
      expect(read(tab, P1)).toBe(false);
      expect(read(tab, P2)).toBe(true);
    }
  });

  it('works for the session and says so when localStorage cannot be used', () => {
    installStorage(() => new DOMException('The operation is insecure.', 'SecurityError'));
    const tab = openTab(() => T0);
    tab.store.setRead([P1], true);
    expect(read(tab, P1)).toBe(true);
    expect(kinds(tab)).toEqual(['unavailable']);
  });

  it('keeps a change that does not fit for the session, says so, and leaves what is stored', () => {
    const before = serializeReadData(setRead(EMPTY_READ, [P1], true, T0));
    const storage = new MemoryStorage({ [READ_STATE_KEY]: before }, READ_STATE_KEY.length + before.length + 10);
    installStorage(() => storage);
    const tab = openTab(() => T0 + 1000);
    tab.store.setRead([P2, { date: '2026-01-28', rank: 3 }], true);
    expect(read(tab, P2)).toBe(true);
    expect(kinds(tab)).toEqual(['quota']);
    expect(storage.getItem(READ_STATE_KEY)).toBe(before);
  });

  it('backs a damaged value up before writing what it recovered, and says so', () => {
    const raw = serializeReadData(setRead(EMPTY_READ, [P1, P2], true, T0)).slice(0, 40);
    const storage = new MemoryStorage({ [READ_STATE_KEY]: raw });
    installStorage(() => storage);
    const tab = openTab(() => T0);
    const notice = tab.store.getSnapshot().notices[0];
    expect(notice).toMatchObject({ kind: 'recovered', recovered: 2 });
    const backupKey = notice?.kind === 'recovered' ? notice.backupKey : null;
    expect(backupKey?.startsWith(READ_STATE_BACKUP_PREFIX)).toBe(true);
    expect(storage.getItem(backupKey ?? '')).toBe(raw);
    expect(parseReadData(storage.getItem(READ_STATE_KEY)).status).toBe('valid');
    expect(readCount(stored(storage), '2026-01-29')).toBe(2);
  });

  it('records visits, and a day that arrived since the last one is new', () => {
    const storage = new MemoryStorage();
    installStorage(() => storage);
    let time = T0;
    const first = openTab(() => time);
    first.store.visit('2026-01-28');
    time += VISIT_GAP_MS;
    const next = openTab(() => time);
    next.store.visit('2026-01-29');
    expect(newSince(next.store.getSnapshot().data)).toBe('2026-01-28');
    expect(newSince(stored(storage))).toBe('2026-01-28');
  });

  it('adds an imported file’s marks and says how many', async () => {
    installStorage(() => new MemoryStorage());
    const tab = openTab(() => T0);
    tab.store.setRead([P1], true);
    expect(await tab.store.import(new Map([['2026-01-29', '3']]))).toBe(1);
    expect(readCount(tab.store.getSnapshot().data, '2026-01-29')).toBe(2);
  });
});
