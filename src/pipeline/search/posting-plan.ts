/**
 * Planning a build's postings: the docs in their order (a doc's number is its rank), their
 * average length, and whether the last build's postings can be patched, with which docs are
 * kept as they were and which are added (`posting-patch.ts`).
 */
import { averageOf, levelOf, normOf } from './bm25.ts';
import type { TermCounts } from './term-counter.ts';

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
