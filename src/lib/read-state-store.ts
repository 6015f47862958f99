/**
 * What this browser has read, and its visits, kept in localStorage by the shared machinery
 * of `synced-store.ts`: the same guarantees as the bookmarks (merged across tabs, the last
 * action wins, a damaged value backed up and recovered, a notice when storage is unusable).
 * What is stored is read by read-state-validation.ts, loaded only when there is something
 * stored to read.
 */
import {
  EMPTY_READ,
  importReadState,
  mergeReadData,
  type PaperDay,
  pruneReadData,
  READ_STATE_BACKUP_PREFIX,
  READ_STATE_KEY,
  type ReadData,
  recordVisit,
  serializeReadData,
  setRead,
} from './read-state.ts';
import {
  createSyncedStore,
  type ParseStored,
  type StoredModel,
  type SyncedState,
  type SyncedStoreOptions,
} from './synced-store.ts';

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
  parse: { load: () => import('./read-state-validation.ts').then(({ parseReadData }) => parseReadData) },
  serialize: serializeReadData,
  merge: mergeReadData,
  prune: pruneReadData,
};

export interface ReadStateStoreOptions extends SyncedStoreOptions {
  /** The parser when the caller has it at hand (tests); else it loads when first needed. */
  parse?: ParseStored<ReadData>;
}

export function createReadStateStore(options: ReadStateStoreOptions = {}) {
  const model = options.parse === undefined ? READ_STATE_MODEL : { ...READ_STATE_MODEL, parse: options.parse };
  const store = createSyncedStore(model, (state) => ({ ...state }), READ_SERVER_SNAPSHOT, options);
  const { commit } = store;
  return {
    getSnapshot: store.getSnapshot,
    getServerSnapshot: store.getServerSnapshot,
    subscribe: store.subscribe,
    prepare: store.prepare,
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
    /** Adds a file's read marks; resolves, once done, to how many papers that marked read. */
    import(days: ReadonlyMap<string, string>): Promise<number> {
      return new Promise((resolve) => {
        commit((base, at) => {
          const { data, added } = importReadState(base, days, at);
          return { data, result: added };
        }, resolve);
      });
    },
  };
}

export type ReadStateStore = ReturnType<typeof createReadStateStore>;
