/**
 * What this browser has read, and its visits, kept in localStorage by the shared machinery
 * of `synced-store.ts`: the same guarantees as the bookmarks (merged across tabs, the last
 * action wins, a damaged value backed up and recovered, a notice when storage is unusable).
 */
import {
  EMPTY_READ,
  importReadState,
  mergeReadData,
  type PaperDay,
  parseReadData,
  pruneReadData,
  READ_STATE_BACKUP_PREFIX,
  READ_STATE_KEY,
  type ReadData,
  recordVisit,
  serializeReadData,
  setRead,
} from './read-state.ts';
import { createSyncedStore, type StoredModel, type SyncedState, type SyncedStoreOptions } from './synced-store.ts';

export type ReadStateSnapshot = SyncedState<ReadData>;

/** The snapshot of a prerendered page, and of the client until it connects: nothing read. */
export const READ_SERVER_SNAPSHOT: ReadStateSnapshot = Object.freeze({
  loaded: false,
  data: EMPTY_READ,
  notices: Object.freeze([]),
});

const READ_STATE_MODEL: StoredModel<ReadData> = {
  key: READ_STATE_KEY,
  backupKeyPrefix: READ_STATE_BACKUP_PREFIX,
  empty: EMPTY_READ,
  parse: parseReadData,
  serialize: serializeReadData,
  merge: mergeReadData,
  prune: pruneReadData,
};

export function createReadStateStore(options: SyncedStoreOptions = {}) {
  const store = createSyncedStore(READ_STATE_MODEL, (state) => ({ ...state }), READ_SERVER_SNAPSHOT, options);
  const { commit } = store;
  return {
    getSnapshot: store.getSnapshot,
    getServerSnapshot: store.getServerSnapshot,
    subscribe: store.subscribe,
    connect: store.connect,
    getData: store.getData,
    dismiss: store.dismiss,
    /** Marks papers read or unread, whatever storage says: the reader's intent. */
    setRead(papers: readonly PaperDay[], read: boolean) {
      commit((base, at) => ({ data: setRead(base, papers, read, at), result: undefined }));
    },
    /** The app was opened on an archive whose latest day is `latest` (see `recordVisit`). */
    visit(latest: string) {
      commit((base, at) => ({ data: recordVisit(base, latest, at), result: undefined }));
    },
    /** Adds a file's read marks; returns how many papers that marked read. */
    import(days: ReadonlyMap<string, string>): number {
      let added = 0;
      // The model's parser is at hand (not loaded lazily): the change is made at once.
      commit((base, at) => {
        const imported = importReadState(base, days, at);
        added = imported.added;
        return { data: imported.data, result: undefined };
      });
      return added;
    },
  };
}

export type ReadStateStore = ReturnType<typeof createReadStateStore>;
