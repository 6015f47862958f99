/**
 * The search index's postings, as the JSON text the term shards hold (`SearchTermShard`):
 * built from every paper's terms, or patched from the last build's.
 *
 * Ten years hold about twenty million postings, and adding a day changes few of them: the
 * new papers' own, and one gap per key where a paper was inserted in the doc order (doc
 * numbers go by upvotes). So a build keeps its postings (`PostingState`) and the next one
 * copies them, rewriting only the numbers that change. A paper's weights depend on the
 * average paper length too, which adding a day barely moves: each paper keeps the distinct
 * counts of its terms, and one with a count whose weight the new average changes is taken
 * out and put back as if it were new.
 *
 * Both ways give the same bytes; the tests check it.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import v8 from 'node:v8';
import type { TermCounts } from './term-counter.ts';

/** Weights are quantised to `1..SEARCH_LEVELS`. */
export const SEARCH_LEVELS = 8;
const K1 = 1.2;
const B = 0.75;
/** Patching is not worth it when more papers than this share are new, changed or moved. */
const PATCH_MAX_SHARE = 0.2;

/** A paper as the index sees it. */
export interface IndexDoc {
  id: string;
  file: string;
  appearances: readonly { date: string; upvotes: number }[];
  /** What makes it the same doc to the index: its id, its terms, its place in the order. */
  signature: string;
  /** Its terms' length. */
  length: number;
  /** Its terms, asked for only when its postings are (re)written. */
  terms: () => TermCounts;
}

/** What the next build needs to know of the docs to plan a patch. */
export interface PostingDocs {
  /** Doc number → paper id. */
  ids: string[];
  signatures: string[];
  lengths: Float64Array;
  average: number;
  /** Each doc's distinct term counts: doc `n`'s end at `countEnds[n]`, from the previous doc's end. */
  counts: Int32Array;
  countEnds: Int32Array;
}

/** The postings, as the term shards hold them. */
export interface PostingLists {
  /** Sorted; key `i`'s postings are `bytes` from `ends[i - 1]` (or 0) to `ends[i]`, `[…]`. */
  keys: string[];
  ends: Int32Array;
  bytes: Uint8Array;
  /** Where a patch can skip to in the lists. */
  skips: Skips;
}

/**
 * Places in the lists about every `SKIP_STRIDE` bytes, so that a patch need not read a long
 * list through to find the few places where it changes: list `i`'s are from `ends[i - 1]`
 * (or 0) to `ends[i]`, each the offset of a posting from the list's `[` (`at`) and the doc of
 * the posting before it (`docs`).
 */
export interface Skips {
  ends: Int32Array;
  at: Int32Array;
  docs: Int32Array;
}

/** About how many bytes of a list a patch reads through between two skips. */
const SKIP_STRIDE = 64;

/** One list's skips: `at` and `docs` from `first` to `end`. */
interface ListSkips {
  at: Int32Array;
  docs: Int32Array;
  first: number;
  end: number;
}

export type PostingState = PostingDocs & PostingLists;

/** Most upvotes first, then the newest, then by id: a doc's number is its tie-break rank. */
export function docOrder<T extends Pick<IndexDoc, 'id' | 'appearances'>>(docs: readonly T[]): T[] {
  const best = (doc: T) => ({
    upvotes: Math.max(0, ...doc.appearances.map((a) => a.upvotes)),
    date: doc.appearances.reduce((latest, a) => (a.date > latest ? a.date : latest), ''),
  });
  return docs
    .map((doc) => ({ doc, ...best(doc) }))
    .sort((a, b) =>
      a.upvotes !== b.upvotes
        ? b.upvotes - a.upvotes
        : a.date !== b.date
          ? a.date < b.date
            ? 1
            : -1
          : a.doc.id < b.doc.id
            ? -1
            : 1,
    )
    .map(({ doc }) => doc);
}

/** What orders a doc, for signatures: a doc that keeps it keeps its place among the others. */
export function orderKey(appearances: IndexDoc['appearances']): string {
  const upvotes = Math.max(0, ...appearances.map((a) => a.upvotes));
  const date = appearances.reduce((latest, a) => (a.date > latest ? a.date : latest), '');
  return `${upvotes} ${date}`;
}

/**
 * The docs' average length, as BM25 takes it: rounded to a step of `steps` per doubling (by
 * default 8, steps of about 9 %), 0 for the exact one. Every doc's weights depend on it, and
 * a long doc has some weight near a level's edge, so an exact average moved by adding a day
 * re-weighted whole swathes of the index: adding 10 papers to the real corpus's 1,135 moved
 * the average 0.7 % and 280 docs' weights, and the index was built again from every file.
 * Rounded, it seldom moves; ranking does not notice a length norm off by a few percent.
 */
function averageOf(lengths: Float64Array, steps: number): number {
  const exact = lengths.reduce((sum, l) => sum + l, 0) / Math.max(1, lengths.length);
  return steps > 0 && exact > 0 ? 2 ** (Math.round(Math.log2(exact) * steps) / steps) : exact;
}

/** BM25's length normalisation. */
function normOf(length: number, average: number): number {
  return K1 * (1 - B + (B * length) / (average || 1));
}

/** A posting's BM25 weight (of a count in tenths), quantised to `1..SEARCH_LEVELS`. */
function levelOf(counted: number, norm: number): number {
  const count = counted / 10;
  const weight = (count * (K1 + 1)) / (count + norm) / (K1 + 1);
  return Math.min(SEARCH_LEVELS, Math.max(1, Math.round(weight * SEARCH_LEVELS)));
}

/** The distinct values of docs' counts, flat. (No closures: this runs per posting.) */
class DistinctCounts {
  private seen = new Uint8Array(1024);
  private readonly values = new Int32s();
  private readonly ends = new Int32s();

  add(counts: Int32Array): void {
    const start = this.values.length;
    for (const count of counts) {
      if (count >= this.seen.length) {
        const grown = new Uint8Array(Math.max(count + 1, this.seen.length * 2));
        grown.set(this.seen);
        this.seen = grown;
      }
      if (this.seen[count] === 0) {
        this.seen[count] = 1;
        this.values.push(count);
      }
    }
    for (let i = start; i < this.values.length; i++) this.seen[this.values.at(i)] = 0;
    this.ends.push(this.values.length);
  }

  /** Appends docs' counts as an earlier build kept them. */
  copy(state: PostingDocs, doc: number): void {
    this.values.append(state.counts.subarray(state.countEnds[doc - 1] ?? 0, state.countEnds[doc] ?? 0));
    this.ends.push(this.values.length);
  }

  finish(): Pick<PostingDocs, 'counts' | 'countEnds'> {
    return { counts: this.values.finish(), countEnds: this.ends.finish() };
  }
}

/** A growing list of 32-bit integers (millions of them: a typed array, not an array of numbers). */
class Int32s {
  length = 0;
  private values = new Int32Array(1024);

  at(i: number): number {
    return this.values[i] ?? 0;
  }

  push(value: number): void {
    if (this.length === this.values.length) this.grow(1);
    this.values[this.length++] = value;
  }

  append(values: Int32Array): void {
    if (this.length + values.length > this.values.length) this.grow(values.length);
    this.values.set(values, this.length);
    this.length += values.length;
  }

  finish(): Int32Array {
    return this.values.slice(0, this.length);
  }

  private grow(more: number): void {
    const grown = new Int32Array(Math.max(this.values.length * 2, this.length + more));
    grown.set(this.values.subarray(0, this.length));
    this.values = grown;
  }
}

/** JSON text of postings, straight into bytes: there are millions of them; and their skips. */
class ListWriter {
  length = 0;
  /** Postings (or runs of them) in the open list. */
  private count = 0;
  private previous = -1;
  private readonly ends = new Int32s();
  /** Where the open list starts (its `[`), and its last skip, from there. */
  private start = 0;
  private lastSkip = 0;
  private readonly skipAt = new Int32s();
  private readonly skipDocs = new Int32s();
  private readonly skipEnds = new Int32s();

  /** `bytes`: a buffer about as large as the lists will be, to spare growing it. */
  constructor(
    private bytes = new Uint8Array(1 << 20),
    private readonly stride = SKIP_STRIDE,
  ) {}

  get lists(): number {
    return this.ends.length;
  }

  /** The last doc written in the open list (-1: none). */
  get last(): number {
    return this.previous;
  }

  open(): void {
    this.reserve(1);
    this.start = this.length;
    this.lastSkip = 0;
    this.bytes[this.length++] = 0x5b; // [
    this.count = 0;
    this.previous = -1;
  }

  /** Ends the list; an empty one is dropped. */
  close(): void {
    if (this.count === 0) {
      this.length--;
      return;
    }
    this.reserve(1);
    this.bytes[this.length++] = 0x5d; // ]
    this.ends.push(this.length);
    this.skipEnds.push(this.skipAt.length);
  }

  /** A skip to the posting about to be written, when the last is far enough behind. */
  private maybeSkip(): void {
    const at = this.length - this.start;
    if (this.count > 0 && this.previous >= 0 && at - this.lastSkip >= this.stride) this.skip(at, this.previous);
  }

  private skip(at: number, doc: number): void {
    this.skipAt.push(at);
    this.skipDocs.push(doc);
    this.lastSkip = at;
  }

  /** A posting, `(gap - 1) * levels + (level - 1)`. */
  add(doc: number, level: number): void {
    const previous = this.previous;
    let n = (doc - previous - 1) * SEARCH_LEVELS + (level - 1);
    this.previous = doc;
    this.reserve(12);
    const bytes = this.bytes;
    if (this.count > 0) {
      bytes[this.length++] = 0x2c; // ,
      if (previous >= 0 && this.length - this.start - this.lastSkip >= this.stride)
        this.skip(this.length - this.start, previous);
    }
    this.count++;
    const digits = n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10_000 ? 4 : String(n).length;
    for (let at = this.length + digits - 1; at >= this.length; at--) {
      const tenth = (n / 10) | 0;
      bytes[at] = 0x30 + n - tenth * 10;
      n = tenth;
    }
    this.length += digits;
  }

  /**
   * Postings copied from an earlier build (`a,b,c`, the last of `doc`): the same gaps, the same
   * text. `skips`: the earlier list's skips, to keep those inside the text, whose docs are
   * theirs there moved by `shift`; `from` is where the text starts in that list.
   */
  copy(text: Uint8Array, doc: number, skips?: { list: ListSkips; from: number; shift: number }): void {
    this.reserve(text.length + 1);
    if (this.count > 0) this.bytes[this.length++] = 0x2c;
    this.maybeSkip();
    const at = this.length - this.start;
    this.bytes.set(text, this.length);
    this.length += text.length;
    this.count++;
    this.previous = doc;
    if (skips === undefined) return;
    const { list, from, shift } = skips;
    const to = from + text.length;
    let i = list.first;
    while (i < list.end && (list.at[i] ?? 0) <= from) i++;
    for (; i < list.end && (list.at[i] ?? 0) < to; i++) {
      this.skip(at + (list.at[i] ?? 0) - from, (list.docs[i] ?? 0) + shift);
    }
  }

  finish(): Pick<PostingLists, 'ends' | 'bytes' | 'skips'> {
    return {
      ends: this.ends.finish(),
      // Not copied: the state is made once, for the term shards and the next build.
      bytes: this.bytes.subarray(0, this.length),
      skips: { ends: this.skipEnds.finish(), at: this.skipAt.finish(), docs: this.skipDocs.finish() },
    };
  }

  private reserve(more: number): void {
    if (this.length + more <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + more));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}

/** What a build writes: every doc's postings, or the last build's patched. */
export interface PostingPlan {
  /** In doc order. */
  docs: IndexDoc[];
  lengths: Float64Array;
  average: number;
  /** The docs whose terms the postings need: all of them, or those new to the patched ones. */
  needed: IndexDoc[];
  patch: Patch | null;
}

export interface Patch {
  previous: PostingDocs;
  /** Old doc number → new, for the docs kept as they were (-1: gone, or changed). */
  renumber: Int32Array;
  /** New doc number → old, for the same docs (-1: the others, added). */
  kept: Int32Array;
  /** New doc numbers of the added docs. */
  added: Int32Array;
}

/**
 * Patches `previous` (the last build's) unless too much changed for that to pay.
 * `averageSteps`: how finely the average length is rounded (`averageOf`).
 */
export function planPostings(input: readonly IndexDoc[], previous?: PostingDocs, averageSteps = 8): PostingPlan {
  const docs = docOrder(input);
  const lengths = Float64Array.from(docs, (doc) => doc.length);
  const average = averageOf(lengths, averageSteps);
  const plan = { docs, lengths, average, needed: docs, patch: null };
  if (previous === undefined) return plan;
  const was = new Map(previous.signatures.map((signature, i) => [signature, i]));
  const renumber = new Int32Array(previous.signatures.length).fill(-1);
  const kept = new Int32Array(docs.length).fill(-1);
  const added: number[] = [];
  let last = -1;
  docs.forEach((doc, n) => {
    const old = was.get(doc.signature) ?? -1;
    if (old > last && sameLevels(previous, old, average)) {
      renumber[old] = n;
      kept[n] = old;
      last = old;
    } else {
      added.push(n);
    }
  });
  if (added.length > PATCH_MAX_SHARE * docs.length) return plan;
  const needed = added.map((n) => docs[n]).filter((doc) => doc !== undefined);
  return { ...plan, needed, patch: { previous, renumber, kept, added: Int32Array.from(added) } };
}

/**
 * The postings as planned: `keys` names the key numbers of the terms, `lists` are the postings
 * the plan's patch is of.
 */
export function writePostings(
  plan: PostingPlan,
  keys: readonly string[],
  lists?: PostingLists,
  { skipStride = SKIP_STRIDE }: { skipStride?: number } = {},
): PostingState {
  if (plan.patch && lists === undefined) throw new Error('a patch needs the postings it patches');
  const written =
    plan.patch && lists
      ? patchPostings(plan, plan.patch, lists, keys, skipStride)
      : buildPostings(plan, keys, skipStride);
  return {
    ids: plan.docs.map((doc) => doc.id),
    signatures: plan.docs.map((doc) => doc.signature),
    lengths: plan.lengths,
    average: plan.average,
    ...written,
  };
}

type Written = Pick<PostingState, 'counts' | 'countEnds' | 'keys' | 'ends' | 'bytes' | 'skips'>;

function buildPostings({ docs, lengths, average }: PostingPlan, keys: readonly string[], stride: number): Written {
  const terms = docs.map((doc) => doc.terms());
  // Each key's postings in doc order: counted, then placed (a counting sort by key).
  const starts = new Int32Array(keys.length + 1);
  for (const t of terms) for (const key of t.keys) starts[key + 1] = (starts[key + 1] ?? 0) + 1;
  for (let k = 0; k < keys.length; k++) starts[k + 1] = (starts[k + 1] ?? 0) + (starts[k] ?? 0);
  const next = starts.slice();
  const postingDocs = new Int32Array(starts[keys.length] ?? 0);
  const postingCounts = new Int32Array(postingDocs.length);
  const distinct = new DistinctCounts();
  terms.forEach((t, n) => {
    for (let i = 0; i < t.keys.length; i++) {
      const key = t.keys[i] ?? 0;
      const at = next[key] ?? 0;
      next[key] = at + 1;
      postingDocs[at] = n;
      postingCounts[at] = t.counts[i] ?? 0;
    }
    distinct.add(t.counts);
  });

  const norms = lengths.map((l) => normOf(l, average));
  const used: number[] = [];
  for (let k = 0; k < keys.length; k++) if ((starts[k + 1] ?? 0) > (starts[k] ?? 0)) used.push(k);
  used.sort((a, b) => ((keys[a] ?? '') < (keys[b] ?? '') ? -1 : 1));
  const out = new ListWriter(undefined, stride);
  for (const k of used) {
    out.open();
    for (let at = starts[k] ?? 0; at < (starts[k + 1] ?? 0); at++) {
      const doc = postingDocs[at] ?? 0;
      out.add(doc, levelOf(postingCounts[at] ?? 0, norms[doc] ?? 0));
    }
    out.close();
  }
  return { ...distinct.finish(), keys: used.map((k) => keys[k] ?? ''), ...out.finish() };
}

/** Whether none of a kept doc's weights change with the average. */
function sameLevels(previous: PostingDocs, doc: number, average: number): boolean {
  if (average === previous.average) return true;
  const length = previous.lengths[doc] ?? 0;
  const before = normOf(length, previous.average);
  const after = normOf(length, average);
  for (let i = previous.countEnds[doc - 1] ?? 0; i < (previous.countEnds[doc] ?? 0); i++) {
    const counted = previous.counts[i] ?? 0;
    if (levelOf(counted, before) !== levelOf(counted, after)) return false;
  }
  return true;
}

function patchPostings(
  { docs, average }: PostingPlan,
  { previous, renumber, kept, added }: Patch,
  lists: PostingLists,
  keys: readonly string[],
  stride: number,
): Written {
  // The added docs' postings, by key, in doc order.
  const addedByKey = new Map<string, { docs: number[]; levels: number[] }>();
  const addedCounts = new Map<number, Int32Array>();
  for (const n of added) {
    const doc = docs[n];
    if (doc === undefined) continue;
    const terms = doc.terms();
    addedCounts.set(n, terms.counts);
    const norm = normOf(doc.length, average);
    for (let i = 0; i < terms.keys.length; i++) {
      const key = keys[terms.keys[i] ?? 0] ?? '';
      const list = addedByKey.get(key) ?? { docs: [], levels: [] };
      list.docs.push(n);
      list.levels.push(levelOf(terms.counts[i] ?? 0, norm));
      addedByKey.set(key, list);
    }
  }
  const distinct = new DistinctCounts();
  kept.forEach((old, n) => {
    if (old < 0) distinct.add(addedCounts.get(n) ?? new Int32Array(0));
    else distinct.copy(previous, old);
  });

  // Where a gap can change: at a doc gone, and at the first doc kept after a doc added.
  const events: number[] = [];
  renumber.forEach((n, old) => n < 0 && events.push(old));
  let keptAfter = -1;
  for (let n = docs.length - 1; n >= 0; n--) {
    const old = kept[n] ?? -1;
    if (old >= 0) keptAfter = old;
    else if (keptAfter >= 0 && events.at(-1) !== keptAfter) events.push(keptAfter);
  }
  const sortedEvents = Int32Array.from(events).sort();

  const oldKeys = new Map(lists.keys.map((key, i) => [key, i]));
  const allKeys = [...new Set([...lists.keys, ...addedByKey.keys()])].sort((a, b) => (a < b ? -1 : 1));
  const out = new ListWriter(new Uint8Array(lists.bytes.length + (1 << 20)), stride);
  const written: string[] = [];
  const { skips } = lists;
  for (const key of allKeys) {
    const i = oldKeys.get(key);
    const old = i === undefined ? new Uint8Array(0) : lists.bytes.subarray(lists.ends[i - 1] ?? 0, lists.ends[i]);
    const listSkips: ListSkips =
      i === undefined
        ? NO_SKIPS
        : { at: skips.at, docs: skips.docs, first: skips.ends[i - 1] ?? 0, end: skips.ends[i] ?? 0 };
    const before = out.lists;
    out.open();
    mergeList(old, listSkips, renumber, sortedEvents, addedByKey.get(key) ?? NONE_ADDED, out);
    out.close();
    if (out.lists > before) written.push(key);
  }
  return { ...distinct.finish(), keys: written, ...out.finish() };
}

const NONE_ADDED = { docs: [], levels: [] };
const NO_SKIPS: ListSkips = { at: new Int32Array(0), docs: new Int32Array(0), first: 0, end: 0 };

/**
 * One key's old postings (`[…]`, or empty), renumbered, without the docs that are gone,
 * merged with the added docs'. Runs of old postings whose gaps stay the same are copied; a
 * gap can change only at an `event` (the old number of a doc gone, or of the first doc kept
 * after a doc added), so between two events the postings are not even read: the list's
 * skips pass over them. Within a run, every doc's number moves by the same `shift`.
 */
function mergeList(
  old: Uint8Array,
  skips: ListSkips,
  renumber: Int32Array,
  events: Int32Array,
  added: { docs: number[]; levels: number[] },
  out: ListWriter,
): void {
  let a = 0;
  let nextAdded = added.docs[0] ?? Infinity;
  let e = 0;
  let nextEvent = events[0] ?? Infinity;
  // A run of old postings that stay as they are, from byte `runStart` of `old` (-1: none).
  let runStart = -1;
  let oldDoc = -1;
  let skip = skips.first;
  const run = (shift: number) => ({ list: skips, from: runStart, shift });
  const end = old.length - 1; // the `]`
  for (let at = 1; at < end; at++) {
    if (runStart >= 0 && nextEvent === Infinity && nextAdded === Infinity) {
      // Nothing changes after this: the rest stays as it is, unread.
      out.copy(old.subarray(runStart, end), -1, run((renumber[oldDoc] ?? 0) - oldDoc));
      return;
    }
    if (runStart >= 0) {
      // The run goes on at least to the last skip before the next event.
      while (skip < skips.end && (skips.at[skip] ?? 0) <= at) skip++;
      let to = -1;
      for (; skip < skips.end && (skips.docs[skip] ?? 0) < nextEvent; skip++) to = skip;
      if (to >= 0) {
        at = skips.at[to] ?? at;
        oldDoc = skips.docs[to] ?? oldDoc;
      }
    }
    const from = at;
    let value = 0;
    for (let c = old[at] ?? 0; c >= 0x30 && c <= 0x39; c = old[++at] ?? 0) value = value * 10 + c - 0x30;
    const before = oldDoc;
    oldDoc += ((value / SEARCH_LEVELS) | 0) + 1;
    // Nothing between the run's last posting and this one changed: neither does its gap.
    if (runStart >= 0 && oldDoc < nextEvent) continue;
    while (nextEvent <= oldDoc) nextEvent = events[++e] ?? Infinity;
    const doc = renumber[oldDoc] ?? -1;
    const level = (value % SEARCH_LEVELS) + 1;
    const last = runStart >= 0 ? (renumber[before] ?? -1) : out.last;
    if (doc >= 0 && nextAdded > doc && (doc - last - 1) * SEARCH_LEVELS + level - 1 === value) {
      if (runStart < 0) runStart = from;
      continue;
    }
    if (runStart >= 0) out.copy(old.subarray(runStart, from - 1), last, run(last - before));
    runStart = -1;
    if (doc < 0) continue;
    for (; nextAdded < doc; nextAdded = added.docs[++a] ?? Infinity) out.add(nextAdded, added.levels[a] ?? 1);
    out.add(doc, level);
  }
  if (runStart >= 0) {
    const last = renumber[oldDoc] ?? -1;
    out.copy(old.subarray(runStart, end), last, run(last - oldDoc));
  }
  for (; nextAdded < Infinity; nextAdded = added.docs[++a] ?? Infinity) out.add(nextAdded, added.levels[a] ?? 1);
}

/*
 * A build's postings in a file of their own: the serialised docs (all that planning reads),
 * the serialised keys and skips, then the bytes as they are; each serialised part after its
 * length.
 */

export function savePostings(file: string, state: PostingState): void {
  const { bytes, keys, ends, skips, ...docs } = state;
  const parts = [v8.serialize(docs), v8.serialize({ keys, ends, skips })].flatMap((part) => {
    const size = new Uint8Array(4);
    new DataView(size.buffer).setUint32(0, part.length);
    return [size, part];
  });
  const fd = openSync(file, 'w');
  try {
    for (const part of [...parts, bytes]) {
      for (let at = 0; at < part.length;) at += writeSync(fd, part, at);
    }
  } finally {
    closeSync(fd);
  }
}

/** The serialised part of a postings file at `at`, and where the next starts. */
function readPart(fd: number, at: number): { value: unknown; end: number } {
  const size = new Uint8Array(4);
  if (readSync(fd, size, 0, 4, at) !== 4) throw new Error('a postings file is cut short');
  const length = new DataView(size.buffer).getUint32(0);
  const part = new Uint8Array(length);
  if (readSync(fd, part, 0, length, at + 4) !== length) throw new Error('a postings file is cut short');
  return { value: v8.deserialize(part), end: at + 4 + length };
}

/** What planning needs of a build's postings (`fd`: their file, open). */
export function loadPostingDocs(fd: number): PostingDocs {
  return readPart(fd, 0).value as PostingDocs;
}

/** A build's postings (`fd`: their file, open), whole. */
export function loadPostings(fd: number): PostingState {
  const docs = readPart(fd, 0);
  const lists = readPart(fd, docs.end);
  const head = lists.value as Pick<PostingLists, 'keys' | 'ends' | 'skips'>;
  const bytes = new Uint8Array(head.ends.at(-1) ?? 0);
  if (readSync(fd, bytes, 0, bytes.length, lists.end) !== bytes.length) {
    throw new Error('a postings file is cut short');
  }
  return { ...(docs.value as PostingDocs), ...head, bytes };
}
