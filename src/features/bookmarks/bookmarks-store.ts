/**
 * The bookmarks of this browser, kept in localStorage by the shared machinery of
 * `lib/synced-store.ts` (read-modify-write, merged across tabs, notices, backups of a damaged
 * value). Removals are kept as tombstones (see bookmarks.ts), so the last action wins across
 * tabs and nothing is duplicated or resurrected. What is stored is read by
 * bookmark-validation.ts, loaded only when there is something stored to read.
 */
import {
  createSyncedStore,
  type ParseStored,
  type StorageNotice,
  type StoredModel,
  type SyncedStoreOptions,
} from '../../lib/synced-store.ts';
import {
  BACKUP_KEY_PREFIX,
  BOOKMARKS_KEY,
  type Bookmark,
  type BookmarkData,
  type BookmarkInput,
  EMPTY_BOOKMARKS,
  hasBookmark,
  mergeBookmarks,
  pruneRemoved,
  serializeBookmarks,
  setBookmarked,
} from './bookmarks.ts';

export type BookmarkNotice = StorageNotice;
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

export interface BookmarksStoreOptions extends SyncedStoreOptions {
  /** The parser when the caller has it at hand (tests); else it loads when first needed. */
  parse?: ParseStored<BookmarkData>;
}

const BOOKMARKS_MODEL: StoredModel<BookmarkData> = {
  key: BOOKMARKS_KEY,
  backupKeyPrefix: BACKUP_KEY_PREFIX,
  empty: EMPTY_BOOKMARKS,
  parse: { load: () => import('./bookmark-validation.ts').then(({ parseBookmarks }) => parseBookmarks) },
  serialize: serializeBookmarks,
  merge: mergeBookmarks,
  prune: pruneRemoved,
};

export function createBookmarksStore(options: BookmarksStoreOptions = {}) {
  const store = createSyncedStore(
    options.parse === undefined ? BOOKMARKS_MODEL : { ...BOOKMARKS_MODEL, parse: options.parse },
    ({ loaded, data, notices }): BookmarksSnapshot => ({
      loaded,
      bookmarks: data.bookmarks,
      ids: new Set(data.bookmarks.map((b) => b.id)),
      notices,
    }),
    SERVER_SNAPSHOT,
    options,
  );
  const { commit } = store;

  return {
    getSnapshot: store.getSnapshot,
    getServerSnapshot: store.getServerSnapshot,
    subscribe: store.subscribe,
    prepare: store.prepare,
    connect: store.connect,
    has: (id: string) => hasBookmark(store.getData(), id),
    /** Saves or removes, whatever storage says: the user's intent, not a flip of stale state. */
    set(input: BookmarkInput, on: boolean) {
      commit((base, at) => ({ data: setBookmarked(base, input, on, at), result: undefined }));
    },
    /** Flips what this tab shows, which is what the user saw when they clicked. */
    toggle(input: BookmarkInput) {
      const on = !hasBookmark(store.getData(), input.id);
      commit((base, at) => ({ data: setBookmarked(base, input, on, at), result: undefined }));
    },
    /**
     * Applies one change to what is stored, e.g. a note (`setNote` of bookmark-notes.ts,
     * which the pages that edit notes bring along rather than every page).
     */
    edit(change: (base: BookmarkData, at: number) => BookmarkData) {
      commit((base, at) => ({ data: change(base, at), result: undefined }));
    },
    /**
     * Like `edit`, for a change that also says what it did (e.g. `importBookmarks` of
     * bookmark-files.ts); that comes once the change is made (see `commit` of synced-store.ts).
     */
    apply<T>(change: (base: BookmarkData, at: number) => { data: BookmarkData; result: T }): Promise<T> {
      return new Promise((resolve) => {
        commit(change, resolve);
      });
    },
    /** The current value, e.g. to export it. */
    getData: store.getData,
    dismiss: store.dismiss,
  };
}

export type BookmarksStore = ReturnType<typeof createBookmarksStore>;
