/**
 * The search index's postings, as the JSON text the term shards hold (`SearchTermShard`):
 * built from every paper's terms, or patched from the last build's (`posting-patch.ts`).
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
import { levelOf, normOf } from './bm25.ts';
import { patchPostings } from './posting-patch.ts';
import type { PostingDocs, PostingPlan } from './posting-plan.ts';
import { DistinctCounts, ListWriter, type PostingLists, SKIP_STRIDE, type WrittenPostings } from './posting-writer.ts';

export type PostingState = PostingDocs & PostingLists;

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

function buildPostings(
  { docs, lengths, average }: PostingPlan,
  keys: readonly string[],
  stride: number,
): WrittenPostings {
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
