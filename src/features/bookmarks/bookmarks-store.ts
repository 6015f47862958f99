/**
 * The bookmarks of this browser: an external store for `useSyncExternalStore`, kept in
 * localStorage through `readStorage`/`writeStorage`, which never throw.
 *
 * - Nothing is read before `connect()`, which a component calls in an effect: the server
 *   snapshot and the first client render are both "no bookmarks, not loaded yet".
 * - Every change is read-modify-write: read what is stored, merge what this tab knows,
 *   apply just that one change, write the whole value. A `storage` event from another tab
 *   is merged the same way. Removals are kept as tombstones (see bookmarks.ts), so the
 *   last action wins across tabs and nothing is duplicated or resurrected.
 * - Storage that cannot be read or written, or is full, leaves the bookmarks working for
 *   the session and raises a notice. A stored value that is not valid is copied to a backup
 *   key before anything is written over it; if that copy fails, nothing is written at all.
 */
import { readStorage, writeStorage } from '../../lib/storage.ts';
import {
  BACKUP_KEY_PREFIX,
  BOOKMARKS_KEY,
  type Bookmark,
  type BookmarkData,
  type BookmarkInput,
  EMPTY_BOOKMARKS,
  hasBookmark,
  importBookmarks,
  mergeBookmarks,
  parseBookmarks,
  pruneRemoved,
  serializeBookmarks,
  setBookmarked,
} from './bookmarks.ts';

export type BookmarkNotice =
  /** localStorage cannot be used: bookmarks last as long as this tab. */
  | { kind: 'unavailable' }
  /** The last change did not fit: it is kept for this session only. */
  | { kind: 'quota' }
  /**
   * The stored value was not valid. `backupKey` holds the original, or is null when it could
   * not be copied, in which case the original is left alone and nothing is written.
   */
  | { kind: 'recovered'; backupKey: string | null; recovered: number; dropped: number };

export type BookmarkNoticeKind = BookmarkNotice['kind'];

export interface BookmarksSnapshot {
  /** False on the server, during hydration and until storage has been read. */
  loaded: boolean;
  /** Newest saved first. */
  bookmarks: readonly Bookmark[];
  ids: ReadonlySet<string>;
  notices: readonly BookmarkNotice[];
}

/** The snapshot of a prerendered page, and of the client until it connects. */
export const SERVER_SNAPSHOT: BookmarksSnapshot = Object.freeze({
  loaded: false,
  bookmarks: Object.freeze([]),
  ids: new Set<string>(),
  notices: Object.freeze([]),
});

export interface BookmarksStoreOptions {
  now?: () => number;
  /** Where `storage` events arrive: the window unless a test passes its own. */
  events?: EventTarget | null;
}

interface StorageEventLike {
  key: string | null;
  newValue: string | null;
}

function isStorageEvent(event: Event): event is Event & StorageEventLike {
  return 'key' in event && 'newValue' in event;
}

export function createBookmarksStore(options: BookmarksStoreOptions = {}) {
  const now = options.now ?? Date.now;
  let data: BookmarkData = EMPTY_BOOKMARKS;
  let loaded = false;
  let notices: readonly BookmarkNotice[] = [];
  /** The damaged raw value this store already copied to a backup key, if any. */
  let backedUp: string | null = null;
  /** The damaged raw value the user was already told about, so a dismissed notice stays dismissed. */
  let reported: string | null = null;
  /**
   * The stored value this store last read or wrote, as text and as data: while storage still
   * holds exactly that text, a change needs no new parse (at 60,000 bookmarks a parse is half
   * a second of validation).
   */
  let known: { raw: string; data: BookmarkData } | null = null;
  let snapshot = SERVER_SNAPSHOT;
  const listeners = new Set<() => void>();

  function publish() {
    snapshot = {
      loaded,
      bookmarks: data.bookmarks,
      ids: new Set(data.bookmarks.map((b) => b.id)),
      notices,
    };
    for (const listener of listeners) listener();
  }

  function raise(notice: BookmarkNotice) {
    notices = [...notices.filter((n) => n.kind !== notice.kind), notice];
  }

  function clear(...kinds: BookmarkNoticeKind[]) {
    if (notices.some((n) => kinds.includes(n.kind))) notices = notices.filter((n) => !kinds.includes(n.kind));
  }

  /** A backup key no other value uses. */
  function freeBackupKey(at: number): string | null {
    const base = `${BACKUP_KEY_PREFIX}${new Date(at).toISOString()}`;
    for (let i = 0; i < 10; i++) {
      const key = i === 0 ? base : `${base}-${i}`;
      const read = readStorage(key);
      if (!read.ok) return null;
      if (read.value === null) return key;
    }
    return null;
  }

  /** Copies a damaged raw value aside; true once it is safe to write over it. */
  function backUp(raw: string, recovered: number, dropped: number, at: number): boolean {
    if (backedUp === raw) return true;
    const key = freeBackupKey(at);
    const ok = key !== null && writeStorage(key, raw).ok;
    if (ok) backedUp = raw;
    if (ok || reported !== raw) {
      reported = raw;
      raise({ kind: 'recovered', backupKey: ok ? key : null, recovered, dropped });
    }
    return ok;
  }

  /**
   * What is stored, as data. `writable` is false when the key must not be written (storage
   * unusable, or a damaged value whose backup failed); `repaired` when what is stored
   * should be replaced by `data`.
   */
  function parseStored(raw: string | null, at: number): { data: BookmarkData; writable: boolean; repaired: boolean } {
    if (raw !== null && raw === known?.raw) return { data: known.data, writable: true, repaired: false };
    const parsed = parseBookmarks(raw, at);
    if (parsed.status === 'valid' && raw !== null) known = { raw, data: parsed.data };
    if (parsed.status !== 'recovered' || raw === null) return { data: parsed.data, writable: true, repaired: false };
    return { data: parsed.data, writable: backUp(raw, parsed.recovered, parsed.dropped, at), repaired: true };
  }

  function readStored(at: number) {
    const read = readStorage(BOOKMARKS_KEY);
    if (!read.ok) {
      raise({ kind: 'unavailable' });
      return { data: EMPTY_BOOKMARKS, writable: false, repaired: false };
    }
    return parseStored(read.value, at);
  }

  function persist(): boolean {
    const raw = serializeBookmarks(data);
    const write = writeStorage(BOOKMARKS_KEY, raw);
    if (write.ok) {
      known = { raw, data };
      // Whatever was kept only in memory is stored now.
      clear('quota', 'unavailable');
      return true;
    }
    raise({ kind: write.reason });
    return false;
  }

  /** Read what is stored, merge, apply one change, write it all back. */
  function commit<T>(change: (base: BookmarkData, at: number) => { data: BookmarkData; result: T }): T {
    const at = now();
    const stored = readStored(at);
    const { data: next, result } = change(mergeBookmarks(stored.data, data), at);
    data = pruneRemoved(next, at);
    loaded = true;
    if (stored.writable) persist();
    publish();
    return result;
  }

  function load() {
    const at = now();
    const stored = readStored(at);
    data = pruneRemoved(mergeBookmarks(stored.data, data), at);
    loaded = true;
    // A damaged value, once copied aside, is replaced by what was recovered.
    if (stored.writable && stored.repaired) persist();
    publish();
  }

  function onStorage(event: Event) {
    if (!isStorageEvent(event) || (event.key !== null && event.key !== BOOKMARKS_KEY)) return;
    const at = now();
    // `key` is null when another tab cleared the whole storage: read it again.
    const incoming = event.key === null ? readStored(at) : parseStored(event.newValue, at);
    const merged = pruneRemoved(mergeBookmarks(incoming.data, data), at);
    data = merged;
    loaded = true;
    // This tab knew something the other did not (a change that did not fit, or a write
    // that crossed theirs): write the union back so that both settle on it.
    const differs = serializeBookmarks(merged) !== serializeBookmarks(pruneRemoved(incoming.data, at));
    if (incoming.writable && (incoming.repaired || differs)) persist();
    publish();
  }

  return {
    getSnapshot: (): BookmarksSnapshot => snapshot,
    getServerSnapshot: (): BookmarksSnapshot => SERVER_SNAPSHOT,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    /** Reads storage and follows other tabs; returns the way to stop following. Idempotent. */
    connect(): () => void {
      const target = options.events === undefined ? (typeof window === 'undefined' ? null : window) : options.events;
      target?.addEventListener('storage', onStorage);
      load();
      return () => target?.removeEventListener('storage', onStorage);
    },
    has: (id: string) => hasBookmark(data, id),
    /** Saves or removes, whatever storage says: the user's intent, not a flip of stale state. */
    set(input: BookmarkInput, on: boolean) {
      commit((base, at) => ({ data: setBookmarked(base, input, on, at), result: undefined }));
    },
    /** Flips what this tab shows, which is what the user saw when they clicked. */
    toggle(input: BookmarkInput) {
      const on = !hasBookmark(data, input.id);
      commit((base, at) => ({ data: setBookmarked(base, input, on, at), result: undefined }));
    },
    /** Merges a file's bookmarks in; returns how many were added and how many were there already. */
    import(bookmarks: readonly Bookmark[]): { added: number; existing: number } {
      return commit((base, at) => {
        const { data: next, added, existing } = importBookmarks(base, bookmarks, at);
        return { data: next, result: { added, existing } };
      });
    },
    /** The current value, e.g. to export it. */
    getData: (): BookmarkData => data,
    dismiss(kind: BookmarkNoticeKind) {
      if (!notices.some((n) => n.kind === kind)) return;
      clear(kind);
      publish();
    },
  };
}

export type BookmarksStore = ReturnType<typeof createBookmarksStore>;
