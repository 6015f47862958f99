/**
 * What one build of a digest folder keeps for the next, so that adding a day costs about as
 * much as the day:
 *
 * - each file's record (`parse/digest-record.ts`, without its `full` texts, in the columns of
 *   `record-pack.ts`), under the hash of the file's bytes and the language its name gives,
 *   and the file's stat when the hash was taken (`file-key.ts`): only new and changed files
 *   are read and parsed;
 * - each paper chunk, under what it is made of, and the search postings (`EmitMemo`,
 *   `search/postings.ts`): only what new and changed files touch is written again.
 *
 * One folder per digest folder under `node_modules/.cache/daily-papers/` (or
 * `DAILY_PAPERS_CACHE`; `DAILY_PAPERS_CACHE=off` turns the cache off). `state.bin`
 * (`cache-state.ts`) is replaced atomically after each successful build; it points into
 * immutable "pack" files (`pack-store.ts`), one more per build, merged into one when they hold
 * too much that is no longer used, and names the build's postings file. Everything is keyed by
 * the pipeline's version too (`pipeline-version.ts`), a hash of its code, of the code it
 * imports and of the locked dependencies: a cache written by other code is never read. A cache
 * that cannot be read makes a cold build, never a failed one.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { DayMemo, EmitMemo } from '../emit/emit-data.ts';
import type { FileRecord } from '../parse/digest-record.ts';
import { REPO_ROOT } from '../paths.ts';
import { loadPostingDocs } from '../search/posting-file.ts';
import { checkRows, columns, PLACE_NUMBERS, row, STAT_NUMBERS, type State } from './cache-state.ts';
import type { FileStat } from './file-key.ts';
import {
  checkPlace,
  PackedChunk,
  PackedDay,
  type Packs,
  Places,
  PackWriter,
  readPacks,
  readPlace,
} from './pack-store.ts';
import { pipelineVersion } from './pipeline-version.ts';
import { decodeRecords, encodeRecords } from './record-pack.ts';

/** A folder's cache unused this long is removed by the next build of any folder. */
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;
/** Packs are merged when more than this share of their bytes is no longer used, or when there are many. */
const MAX_WASTE = 0.3;
const MAX_PACKS = 12;
/** A file in the cache folder that no state names is removed once this old (it may be a running build's). */
const LEFTOVER_AGE_MS = 60_000;

export interface CacheContent {
  records: Map<string, FileRecord>;
  /** What each file was when its record key was taken: a file that still is has the same key. */
  stats: Map<string, FileStat>;
  keys: string[];
  memo: EmitMemo;
}

export function defaultCacheRoot(): string | null {
  const fromEnv = process.env.DAILY_PAPERS_CACHE;
  if (fromEnv === 'off') return null;
  return path.resolve(fromEnv ?? path.join(REPO_ROOT, 'node_modules/.cache/daily-papers'));
}

export function emptyContent(): CacheContent {
  return { records: new Map(), stats: new Map(), keys: [], memo: { chunks: new Map() } };
}

export class ContentCache {
  private readonly folder: string;
  private packs: State['packs'] = [];
  private recordSets: State['recordSets'] = [];
  /** Where each entry read from a pack is, so that saving does not write it again. */
  private readonly places = new Places();
  /** The record set each record read from a pack is in. */
  private readonly sets = new Map<FileRecord, number>();
  private fds: number[] = [];
  /** The packs being read, if they are. */
  private reading: Promise<Buffer[]> | null = null;

  /** The cache of the digests in `dir`, under `root`. */
  constructor(root: string, dir: string) {
    this.folder = path.join(root, createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 16));
  }

  /** The last build's content: empty when there is none, or none this code can use. */
  load(): { content: CacheContent; note: string | null } {
    const file = path.join(this.folder, 'state.bin');
    if (!existsSync(file)) return { content: emptyContent(), note: null };
    try {
      const state = v8.deserialize(readFileSync(file)) as State;
      if (state.version !== pipelineVersion()) return { content: emptyContent(), note: 'the pipeline changed' };
      // Held open for the build: a pack another build removes meanwhile stays readable.
      const fds = state.packs.map((pack) => {
        const fd = openSync(this.packFile(pack.name), 'r');
        this.fds.push(fd);
        // Read later: a pack cut short must show now, while a cold build can still be made.
        if (fstatSync(fd).size !== pack.size) throw new Error(`${pack.name} is not the size it was written`);
        return fd;
      });
      // The records are needed now; the chunks (most of the bytes) only once the archive is
      // made, so they are read meanwhile, off this thread.
      const reading = readPacks(fds, state.packs).catch(() =>
        // Once more, on this thread: a pack that cannot be read then fails the build.
        fds.map((fd, pack) => readPlace(fd, { pack, offset: 0, length: state.packs[pack]?.size ?? 0 })),
      );
      this.reading = reading;
      const content = emptyContent();
      state.recordSets.forEach((set, i) => {
        checkPlace(set, state.packs);
        for (const [key, record] of decodeRecords(readPlace(fds[set.pack] ?? -1, set))) {
          this.sets.set(record, i);
          content.records.set(key, record);
        }
      });

      const { stats } = state;
      checkRows('stats', stats.files.length, [stats.keys, 1], [stats.numbers, STAT_NUMBERS]);
      stats.files.forEach((file, i) => {
        const [size = -1, mtimeMs = -1, ctimeMs = -1, ino = -1] = stats.numbers.subarray(STAT_NUMBERS * i);
        content.stats.set(file, { size, mtimeMs, ctimeMs, ino, key: stats.keys[i] ?? '' });
      });
      content.keys = state.keys;
      const packs: Packs = { buffers: null, places: this.places };
      content.memo.ready = reading.then((buffers) => {
        packs.buffers = buffers;
      });
      // Seen by the build when it waits for it; not an unhandled rejection when it does not.
      content.memo.ready.catch(() => undefined);
      const { chunks, days } = state;
      checkRows('chunks', chunks.keys.length, [chunks.files, 1], [chunks.places, PLACE_NUMBERS]);
      for (let i = 0; i < chunks.keys.length; i++) {
        const [key, name, place] = row(chunks, i, state.packs);
        content.memo.chunks.set(key, new PackedChunk(name, packs, place));
      }
      checkRows('days', days.keys.length, [days.files, 1], [days.places, PLACE_NUMBERS], [days.cardCounts, 1]);
      const dayMemos = new Map<string, DayMemo>();
      let card = 0;
      for (let i = 0; i < days.keys.length; i++) {
        const [key, name, place] = row(days, i, state.packs);
        const count = days.cardCounts[i] ?? -1;
        if (count < 0 || card + count > days.cards.length) throw new Error('the days of the state do not match');
        dayMemos.set(key, new PackedDay(name, packs, place, days.cards.subarray(card, (card += count))));
      }
      if (card !== days.cards.length) throw new Error('the days of the state do not match');
      content.memo.days = dayMemos;

      if (state.postings !== null) {
        // Held open for the build: a postings file another build removes meanwhile stays readable.
        const fd = openSync(path.join(this.folder, state.postings), 'r');
        this.fds.push(fd);
        content.memo.postings = { docs: loadPostingDocs(fd), fd };
      }

      this.packs = state.packs;
      this.recordSets = state.recordSets;
      // Marks the cache as used, for the clean-up of unused ones.
      const now = new Date();
      utimesSync(file, now, now);
      return { content, note: null };
    } catch (error) {
      this.close();
      return {
        content: emptyContent(),
        note: `unreadable (${error instanceof Error ? error.message : String(error)})`,
      };
    }
  }

  /** Closes what `load` opened (once what it reads is read). */
  close(): void {
    const fds = this.fds;
    this.fds = [];
    const closeAll = () => {
      for (const fd of fds) closeSync(fd);
    };
    if (this.reading === null) closeAll();
    else void this.reading.then(closeAll, closeAll);
    this.reading = null;
  }

  /** A new file for this build's search postings, which `save` then names. */
  postingsFile(): string {
    mkdirSync(this.folder, { recursive: true });
    return path.join(this.folder, `postings-${randomHex()}.bin`);
  }

  /**
   * Replaces the state with `content`, writing what the packs do not hold yet; `postings` is
   * the file this build's postings are kept in, once `written` settles: the rest is written
   * meanwhile, and the new state names it only then.
   */
  async save(
    content: CacheContent,
    postings: string | null,
    written: Promise<void> = Promise.resolve(),
  ): Promise<void> {
    mkdirSync(this.folder, { recursive: true });
    const records = [...content.records];
    const chunks = [...content.memo.chunks];
    const days = [...(content.memo.days ?? [])];

    // Bytes in use, and how many of them the old packs hold.
    let used = 0;
    let kept = 0;
    const count = (entry: object, length: number) => {
      used += length;
      if (this.places.has(entry)) kept += length;
    };
    for (const [, chunk] of chunks) count(chunk, chunk.bytes.byteLength);
    for (const [, day] of days) count(day, day.bytes.byteLength);
    const liveRecords = this.recordSets.map(() => 0);
    for (const [, record] of records) {
      const set = this.sets.get(record);
      if (set !== undefined) liveRecords[set] = (liveRecords[set] ?? 0) + 1;
    }
    this.recordSets.forEach((set, i) => {
      const live = ((liveRecords[i] ?? 0) / Math.max(1, set.count)) * set.length;
      used += live;
      kept += live;
    });
    const total = this.packs.reduce((sum, p) => sum + p.size, 0);
    // Everything goes into one new pack when the old ones hold too much that is unused, or are many.
    const merge = this.packs.length >= MAX_PACKS || total - kept > MAX_WASTE * used;

    const packs = merge ? [] : [...this.packs];
    const writer = new PackWriter(this.packFile(`pack-${Date.now().toString(36)}-${randomHex()}.bin`), packs.length);
    const old = (entry: object) => (merge ? undefined : this.places.get(entry));
    const recordSets = merge ? [] : this.recordSets.filter((_, i) => (liveRecords[i] ?? 0) > 0);
    const fresh = merge ? records : records.filter(([, record]) => !this.sets.has(record));
    if (fresh.length > 0) recordSets.push({ ...writer.add(encodeRecords(fresh)), count: fresh.length });
    const cardCounts = new Int32Array(days.length);
    let cardTotal = 0;
    days.forEach(([, day], i) => (cardTotal += cardCounts[i] = day.cards.length));
    const cards = new Int32Array(cardTotal);
    let card = 0;
    for (const [, day] of days) {
      cards.set(day.cards, card);
      card += day.cards.length;
    }
    const statRows = [...content.stats];
    const statNumbers = new Float64Array(STAT_NUMBERS * statRows.length);
    statRows.forEach(([, stat], i) =>
      statNumbers.set([stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino], STAT_NUMBERS * i),
    );
    const state: State = {
      version: pipelineVersion(),
      packs,
      recordSets,
      stats: {
        files: statRows.map(([file]) => file),
        keys: statRows.map(([, stat]) => stat.key),
        numbers: statNumbers,
      },
      keys: content.keys,
      chunks: columns(chunks.map(([key, chunk]) => [key, chunk.file, old(chunk) ?? writer.add([chunk.bytes])])),
      days: {
        ...columns(days.map(([key, day]) => [key, day.file, old(day) ?? writer.add([day.bytes])])),
        cards,
        cardCounts,
      },
      postings: postings === null ? null : path.basename(postings),
    };
    const pack = writer.close();
    if (pack !== null) packs.push(pack);

    const temporary = path.join(this.folder, `state.bin.${process.pid}.${randomHex()}`);
    writeFileSync(temporary, v8.serialize(state));
    await written;
    renameSync(temporary, path.join(this.folder, 'state.bin'));
    this.removeLeftovers(new Set([...packs.map((p) => p.name), state.postings ?? '']));
    removeOldCaches(path.dirname(this.folder));
  }

  private packFile(name: string): string {
    return path.join(this.folder, name);
  }

  /** Files no state names any more, and what failed builds left; not the newest: another build's may be. */
  private removeLeftovers(keep: ReadonlySet<string>): void {
    const now = Date.now();
    for (const name of readdirSync(this.folder)) {
      if (name === 'state.bin' || keep.has(name)) continue;
      const file = path.join(this.folder, name);
      try {
        if (now - statSync(file).mtimeMs > LEFTOVER_AGE_MS) rmSync(file, { force: true });
      } catch {
        // removed meanwhile
      }
    }
  }
}

function randomHex(): string {
  return randomBytes(6).toString('hex');
}

/** Removes the caches of folders not built for a month (test folders, moved archives). */
function removeOldCaches(root: string): void {
  const now = Date.now();
  for (const name of readdirSync(root)) {
    const state = path.join(root, name, 'state.bin');
    try {
      if (now - statSync(state).mtimeMs > MAX_AGE_MS) rmSync(path.join(root, name), { recursive: true, force: true });
    } catch {
      // not a cache folder, or removed meanwhile
    }
  }
}
