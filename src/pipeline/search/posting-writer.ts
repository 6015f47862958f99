/**
 * Writing postings as the JSON text the term shards hold, straight into bytes, with the
 * places a later patch can skip to; and each doc's distinct term counts, which the next
 * build's plan reads.
 */
import { SEARCH_LEVELS } from './bm25.ts';
import type { PostingDocs } from './posting-plan.ts';

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
export const SKIP_STRIDE = 64;

/** One list's skips: `at` and `docs` from `first` to `end`. */
export interface ListSkips {
  at: Int32Array;
  docs: Int32Array;
  first: number;
  end: number;
}

/** What writing postings makes: the lists, and each doc's distinct term counts. */
export type WrittenPostings = Pick<PostingDocs, 'counts' | 'countEnds'> & PostingLists;

/** The distinct values of docs' counts, flat. (No closures: this runs per posting.) */
export class DistinctCounts {
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
export class ListWriter {
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
