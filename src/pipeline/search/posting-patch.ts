/**
 * Patching the last build's postings instead of writing them all again. Adding a day changes
 * few of about twenty million postings: the new papers' own, and one gap per key where a
 * paper was inserted in the doc order (doc numbers go by upvotes). The last build's lists are
 * copied, and only the numbers that change are rewritten; the docs the plan takes out (gone,
 * changed, or re-weighted by a new average length) are put back as added ones.
 */
import { levelOf, normOf, SEARCH_LEVELS } from './bm25.ts';
import type { Patch, PostingPlan } from './posting-plan.ts';
import {
  DistinctCounts,
  type ListSkips,
  ListWriter,
  type PostingLists,
  type WrittenPostings,
} from './posting-writer.ts';

/** The plan's postings: `lists`, the last build's, with the plan's patch applied. */
export function patchPostings(
  { docs, average }: PostingPlan,
  { previous, renumber, kept, added }: Patch,
  lists: PostingLists,
  keys: readonly string[],
  stride: number,
): WrittenPostings {
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
