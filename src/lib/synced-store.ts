/**
 * A value of this browser kept in one localStorage key and shared by its tabs: an external
 * store for `useSyncExternalStore`. What the value is (bookmarks, read marks) is the
 * model's business; this is the machinery every such value needs.
 *
 * - Nothing is read before `connect()`, which a component calls in an effect: the server
 *   snapshot and the first client render are both "nothing, not loaded yet".
 * - Every change is read-modify-write: read what is stored, merge what this tab knows,
 *   apply just that one change, write the whole value. A `storage` event from another tab
 *   is merged the same way. The model's merge keeps the last action of each item, so two
 *   tabs settle on the same value whatever order their writes land in.
 * - Storage that cannot be read or written, or is full, leaves the value working for the
 *   session and raises a notice. A stored value that is not valid is copied to a backup
 *   key before anything is written over it; if that copy fails, nothing is written at all.
 * - The text this store last read or wrote is remembered with its data: while storage still
 *   holds exactly that text, a change needs no new parse (a large value's validation can
 *   take half a second).
 * - A model may bring the code that reads stored text as a chunk of its own (`parse` is then
 *   `{ load }`): it is fetched only once there is text this store did not write itself, so a
 *   browser that stores nothing never loads it. Until it has come, the store is not loaded,
 *   and a change or another tab's write waits for it, in order.
 */
import { readStorage, writeStorage } from './storage.ts';

export type StorageNotice =
  /** localStorage cannot be used: the value lasts as long as this tab. */
  | { kind: 'unavailable' }
  /** The last change did not fit: it is kept for this session only. */
  | { kind: 'quota' }
  /**
   * The stored value was not valid. `backupKey` holds the original, or is null when it could
   * not be copied, in which case the original is left alone and nothing is written.
   */
  | { kind: 'recovered'; backupKey: string | null; recovered: number; dropped: number };

export type StorageNoticeKind = StorageNotice['kind'];

/** What a model makes of the stored text. */
export type ParsedValue<D> =
  /** Nothing stored yet. */
  | { status: 'empty'; data: D }
  | { status: 'valid'; data: D }
  /**
   * Not exactly valid (hand-edited, another version, cut short): `data` holds what could be
   * recovered, `recovered` says how much that is and `dropped` how many entries were lost.
   */
  | { status: 'recovered'; data: D; recovered: number; dropped: number };

/** Reads what a key holds. Never throws. */
export type ParseStored<D> = (raw: string | null, now: number) => ParsedValue<D>;

/** One kind of stored value: its key, its format and how two copies of it merge. */
export interface StoredModel<D> {
  key: string;
  /** A damaged value is kept aside as `<backupKeyPrefix><ISO time>`. */
  backupKeyPrefix: string;
  empty: D;
  /** The parser, or how to load it when there is first stored text to read. */
  parse: ParseStored<D> | { load: () => Promise<ParseStored<D>> };
  serialize: (data: D) => string;
  /** Both sides' knowledge, per item the latest action; commutative and idempotent. */
  merge: (a: D, b: D) => D;
  /** Forgets what is kept only to merge (old removals); `data` itself when there is nothing to forget. */
  prune: (data: D, now: number) => D;
}

/** The store's state as components see it. */
export interface SyncedState<D> {
  /** False on the server, during hydration and until storage has been read. */
  loaded: boolean;
  data: D;
  notices: readonly StorageNotice[];
}

export interface SyncedStoreOptions {
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

/**
 * A store of `model`'s value. `view` makes the snapshot components read from the state (it
 * is called once per change); `serverSnapshot` is the snapshot before `connect()`.
 */
export function createSyncedStore<D, S>(
  model: StoredModel<D>,
  view: (state: SyncedState<D>) => S,
  serverSnapshot: S,
  options: SyncedStoreOptions = {},
) {
  const now = options.now ?? Date.now;
  let data = model.empty;
  let loaded = false;
  let notices: readonly StorageNotice[] = [];
  /** The damaged raw value this store already copied to a backup key, if any. */
  let backedUp: string | null = null;
  /** The damaged raw value the user was already told about, so a dismissed notice stays dismissed. */
  let reported: string | null = null;
  /** The stored value this store last read or wrote, as text and as data. */
  let known: { raw: string; data: D } | null = null;
  let snapshot = serverSnapshot;
  const listeners = new Set<() => void>();
  const lazyParse = typeof model.parse === 'function' ? null : model.parse;
  let parse = typeof model.parse === 'function' ? model.parse : null;
  /** What waits for the parser to arrive, in the order it happened. */
  const waiting: (() => void)[] = [];
  let fetching = false;

  /** Whether reading `raw` needs the parser, which has not come yet. */
  function needsParser(raw: string | null): boolean {
    return parse === null && raw !== null && raw !== known?.raw;
  }

  /**
   * Runs `work` once the parser has come, loading it. If it cannot be loaded (the network
   * is gone), what waits stays queued and the next need tries again.
   */
  function withParser(work: () => void) {
    waiting.push(work);
    if (fetching || lazyParse === null) return;
    fetching = true;
    lazyParse.load().then(
      (loaded) => {
        parse = loaded;
        fetching = false;
        for (const next of waiting.splice(0)) next();
      },
      () => {
        fetching = false;
      },
    );
  }

  function publish() {
    snapshot = view({ loaded, data, notices });
    for (const listener of listeners) listener();
  }

  function raise(notice: StorageNotice) {
    notices = [...notices.filter((n) => n.kind !== notice.kind), notice];
  }

  function clear(...kinds: StorageNoticeKind[]) {
    if (notices.some((n) => kinds.includes(n.kind))) notices = notices.filter((n) => !kinds.includes(n.kind));
  }

  /** A backup key no other value uses. */
  function freeBackupKey(at: number): string | null {
    const base = `${model.backupKeyPrefix}${new Date(at).toISOString()}`;
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

  interface Stored {
    data: D;
    /** False when the key must not be written (storage unusable, or a damaged value whose backup failed). */
    writable: boolean;
    /** True when what is stored should be replaced by `data`. */
    repaired: boolean;
  }

  /** What is stored, as data; null when reading it needs the parser, which has not come yet. */
  function parseStored(raw: string | null, at: number): Stored | null {
    if (raw === null) return { data: model.empty, writable: true, repaired: false };
    if (raw === known?.raw) return { data: known.data, writable: true, repaired: false };
    if (parse === null) return null;
    const parsed = parse(raw, at);
    if (parsed.status === 'valid') known = { raw, data: parsed.data };
    if (parsed.status !== 'recovered') return { data: parsed.data, writable: true, repaired: false };
    return { data: parsed.data, writable: backUp(raw, parsed.recovered, parsed.dropped, at), repaired: true };
  }

  function readStored(at: number): Stored | null {
    const read = readStorage(model.key);
    if (!read.ok) {
      raise({ kind: 'unavailable' });
      return { data: model.empty, writable: false, repaired: false };
    }
    return parseStored(read.value, at);
  }

  function persist(): boolean {
    const raw = model.serialize(data);
    const write = writeStorage(model.key, raw);
    if (write.ok) {
      known = { raw, data };
      // Whatever was kept only in memory is stored now.
      clear('quota', 'unavailable');
      return true;
    }
    raise({ kind: write.reason });
    return false;
  }

  /**
   * Read what is stored, merge, apply one change, write it all back; `done` is given what the
   * change returned. When what is stored needs the parser first, all that happens once it has come.
   */
  function commit<T>(change: (base: D, at: number) => { data: D; result: T }, done?: (result: T) => void): void {
    const at = now();
    // Behind what already waits, in order.
    const stored = waiting.length > 0 ? null : readStored(at);
    if (stored === null) {
      withParser(() => commit(change, done));
      return;
    }
    const { data: next, result } = change(model.merge(stored.data, data), at);
    data = model.prune(next, at);
    loaded = true;
    if (stored.writable) persist();
    publish();
    done?.(result);
  }

  function load() {
    const at = now();
    const stored = waiting.length > 0 ? null : readStored(at);
    if (stored === null) {
      withParser(load);
      return;
    }
    data = model.prune(model.merge(stored.data, data), at);
    loaded = true;
    // A damaged value, once copied aside, is replaced by what was recovered.
    if (stored.writable && stored.repaired) persist();
    publish();
  }

  /** Another tab wrote `raw`, or cleared the whole storage (`raw` undefined: read it again). */
  function follow(raw: string | null | undefined) {
    const at = now();
    const incoming = waiting.length > 0 ? null : raw === undefined ? readStored(at) : parseStored(raw, at);
    if (incoming === null) {
      // By the time the parser has come, storage may hold yet another value: read it then.
      withParser(() => follow(undefined));
      return;
    }
    const merged = model.prune(model.merge(incoming.data, data), at);
    data = merged;
    loaded = true;
    // This tab knew something the other did not (a change that did not fit, or a write
    // that crossed theirs): write the union back so that both settle on it.
    const differs = model.serialize(merged) !== model.serialize(model.prune(incoming.data, at));
    if (incoming.writable && (incoming.repaired || differs)) persist();
    publish();
  }

  function onStorage(event: Event) {
    if (!isStorageEvent(event) || (event.key !== null && event.key !== model.key)) return;
    follow(event.key === null ? undefined : event.newValue);
  }

  return {
    getSnapshot: (): S => snapshot,
    getServerSnapshot: (): S => serverSnapshot,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    /**
     * Starts loading the parser if storage holds text that will need it, so that it is there
     * by the time the store connects. Reads nothing into the store.
     */
    prepare: () => {
      const read = readStorage(model.key);
      if (read.ok && needsParser(read.value)) withParser(() => undefined);
    },
    /** Reads storage and follows other tabs; returns the way to stop following. Idempotent. */
    connect: (): (() => void) => {
      const target = options.events === undefined ? (typeof window === 'undefined' ? null : window) : options.events;
      target?.addEventListener('storage', onStorage);
      load();
      return () => target?.removeEventListener('storage', onStorage);
    },
    commit,
    /** The current value, e.g. to export it. */
    getData: (): D => data,
    dismiss: (kind: StorageNoticeKind) => {
      if (!notices.some((n) => n.kind === kind)) return;
      clear(kind);
      publish();
    },
  };
}

export type SyncedStore<D, S> = ReturnType<typeof createSyncedStore<D, S>>;
