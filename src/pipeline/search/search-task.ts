/**
 * The search index of a build as one task, which a worker thread does while the main one
 * writes everything else (`workers/content-pool.ts`), or this thread does for a small archive: the
 * needed papers' terms, the postings (the last build's patched, as planned), the term shards,
 * and the postings kept for the next build.
 *
 * A task is small to send: typed arrays, handed over rather than copied; the last build's
 * postings are read by the task itself, from their file, which the build holds open (a worker
 * thread shares the process's open files).
 */
import { type TermShards, type VocabShards, writeTermShards, writeVocab } from './emit-search.ts';
import { fileOut } from '../emit/json-out.ts';
import { loadPostings, savePostings } from './posting-file.ts';
import type { IndexDoc, PostingPlan } from './posting-plan.ts';
import { type PostingState, writePostings } from './postings.ts';
import { KeyTable, TermCounter, type Terms } from './term-counter.ts';

export interface SearchTask {
  /** The key table the texts' terms are numbered by. */
  keys: string[];
  /** The docs, in doc order. */
  ids: string[];
  signatures: string[];
  lengths: Float64Array;
  average: number;
  /** The docs whose terms are needed (all, or the patch's added ones), with their titles. */
  needed: Int32Array;
  titles: string[][];
  /** Their texts' terms: per doc its number of texts, then per text its number of keys, its length, keys and counts. */
  terms: Int32Array;
  patch: { renumber: Int32Array; kept: Int32Array; added: Int32Array; postings: number } | null;
  /** Where to keep this build's postings for the next one. */
  keep: string | null;
}

export interface SearchResult extends TermShards {
  /** Paper ids in doc order. */
  ids: string[];
  vocab: VocabShards;
  /** The term and vocabulary shards. */
  written: [file: string, bytes: Uint8Array][];
  /** The key table, with the titles' keys. */
  keys: string[];
}

/**
 * The task of `plan`: `texts` gives a needed doc's titles and its texts' terms; `postings` is
 * the open file of the postings the plan patches.
 */
export function searchTask(
  plan: PostingPlan,
  keys: string[],
  texts: (doc: IndexDoc) => { titles: string[]; terms: Terms[] },
  postings: number | null,
  keep: string | null,
): SearchTask {
  const number = new Map(plan.docs.map((doc, n) => [doc, n]));
  const needed = plan.needed.map((doc) => ({ n: number.get(doc) ?? -1, ...texts(doc) }));
  let size = 0;
  for (const { terms } of needed) size += 1 + terms.reduce((sum, t) => sum + 2 + 2 * t.keys.length, 0);
  const packed = new Int32Array(size);
  let at = 0;
  for (const { terms } of needed) {
    packed[at++] = terms.length;
    for (const t of terms) {
      packed[at++] = t.keys.length;
      packed[at++] = t.length;
      packed.set(t.keys, at);
      packed.set(t.counts, at + t.keys.length);
      at += 2 * t.keys.length;
    }
  }
  if (plan.patch && postings === null) throw new Error('a patch needs the postings it patches');
  return {
    keys,
    ids: plan.docs.map((doc) => doc.id),
    signatures: plan.docs.map((doc) => doc.signature),
    lengths: plan.lengths,
    average: plan.average,
    needed: Int32Array.from(needed, ({ n }) => n),
    titles: needed.map(({ titles }) => titles),
    terms: packed,
    patch: plan.patch && {
      renumber: plan.patch.renumber,
      kept: plan.patch.kept,
      added: plan.patch.added,
      postings: postings ?? -1,
    },
    keep,
  };
}

/** The index; `keep()` then writes the postings for the next build (the caller need not wait for it). */
export function runSearchTask(task: SearchTask): { result: SearchResult; keep: () => void } {
  const counter = new TermCounter(new KeyTable(task.keys));
  // Where each needed doc's texts are in `task.terms`, and which of `task.titles` are its.
  const slots = new Map<number, { start: number; titles: string[] }>();
  let at = 0;
  task.needed.forEach((n, i) => {
    slots.set(n, { start: at, titles: task.titles[i] ?? [] });
    const texts = task.terms[at++] ?? 0;
    for (let t = 0; t < texts; t++) at += 2 + 2 * (task.terms[at] ?? 0);
  });
  const docs = task.ids.map((id, n): IndexDoc => ({
    id,
    file: '',
    appearances: [],
    signature: task.signatures[n] ?? '',
    length: task.lengths[n] ?? 0,
    terms: () => {
      const slot = slots.get(n);
      if (slot === undefined) throw new Error(`the terms of ${id} were not sent`);
      return counter.paper(slot.titles, unpack(task.terms, slot.start));
    },
  }));
  let previous: PostingState | undefined;
  if (task.patch) previous = loadPostings(task.patch.postings);
  const plan: PostingPlan = {
    docs,
    lengths: task.lengths,
    average: task.average,
    needed: [...task.needed].map((n) => docs[n]).filter((doc) => doc !== undefined),
    patch: task.patch && previous ? { ...task.patch, previous } : null,
  };
  const state = writePostings(plan, counter.table.keys, previous);
  const files = new Map<string, string | Uint8Array>();
  const out = fileOut(files);
  const shards = writeTermShards(out, state);
  const vocab = writeVocab(out, state);
  const written = [...files].map(([file, bytes]): [string, Uint8Array] => [
    file,
    typeof bytes === 'string' ? Buffer.from(bytes) : bytes,
  ]);
  return {
    result: { ...shards, vocab, ids: state.ids, written, keys: counter.table.keys },
    keep: () => {
      if (task.keep !== null) savePostings(task.keep, state);
    },
  };
}

function unpack(packed: Int32Array, start: number): Terms[] {
  const texts: Terms[] = [];
  let at = start + 1;
  for (let t = 0; t < (packed[start] ?? 0); t++) {
    const n = packed[at] ?? 0;
    const length = packed[at + 1] ?? 0;
    texts.push({
      keys: packed.subarray(at + 2, at + 2 + n),
      counts: packed.subarray(at + 2 + n, at + 2 + 2 * n),
      length,
    });
    at += 2 + 2 * n;
  }
  return texts;
}

export interface SearchRunner {
  /** The index, and when the postings are kept for the next build. */
  run(task: SearchTask): { result: Promise<SearchResult>; kept: Promise<void> };
}

/** Runs the search task here. */
export const inThisThread: SearchRunner = {
  run(task) {
    const { result, keep } = runSearchTask(task);
    keep();
    return { result: Promise.resolve(result), kept: Promise.resolve() };
  },
};
