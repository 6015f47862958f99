/**
 * Reading the sharded search index the pipeline writes (`pipeline/emit-search.ts`): which
 * shard holds a key, a key's postings, and the ranking. Pure functions, shared by the search
 * feature (`features/search/api/search.ts` does the fetching) and the pipeline's round-trip
 * test; `search-query.ts` puts them together into a search.
 */
import type { SearchManifest, SearchTermShard } from '../schema/digest.ts';

/** The index of the last sorted entry `<= key`, by binary search; -1 when all are greater. */
function floorIndex(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? '') <= key) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** The term shard whose key range holds `key`, or null when the key sorts before every shard. */
export function termShardFile(manifest: SearchManifest, key: string): string | null {
  const i = floorIndex(manifest.terms.first, key);
  return i === -1 ? null : (manifest.terms.files[i] ?? null);
}

/**
 * The term shards after `key`'s own that hold keys starting with `key` (`분석` → the shards of
 * `분석하`, `분석적`, …), each with its first key: what the next letters typed may need.
 */
export function extensionShards(manifest: SearchManifest, key: string): { file: string; first: string }[] {
  const own = floorIndex(manifest.terms.first, key);
  const last = floorIndex(manifest.terms.first, `${key}\uffff`);
  if (own === -1) return [];
  const shards = [];
  for (let i = own + 1; i <= last; i++) {
    shards.push({ file: manifest.terms.files[i] ?? '', first: manifest.terms.first[i] ?? '' });
  }
  return shards;
}

/** A key's encoded postings in its shard, or null when no paper has the word. */
export function postingsOf(shard: SearchTermShard, key: string): readonly number[] | null {
  const i = floorIndex(shard.keys, key);
  return i !== -1 && shard.keys[i] === key ? (shard.postings[i] ?? null) : null;
}

/** The keys of a shard that start with `prefix`, in order, with their postings. */
export function keysStartingWith(shard: SearchTermShard, prefix: string): [key: string, postings: readonly number[]][] {
  let low = 0;
  let high = shard.keys.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((shard.keys[mid] ?? '') < prefix) low = mid + 1;
    else high = mid;
  }
  const found: [string, readonly number[]][] = [];
  for (let i = low; i < shard.keys.length && (shard.keys[i] ?? '').startsWith(prefix); i++) {
    found.push([shard.keys[i] ?? '', shard.postings[i] ?? []]);
  }
  return found;
}

/** The vocabulary shard of the keys starting with `word`'s first letter, or null. */
export function vocabFile(manifest: SearchManifest, word: string): string | null {
  const letter = String.fromCodePoint(word.codePointAt(0) ?? 0);
  const i = manifest.vocab.letters.indexOf(letter);
  return i === -1 ? null : (manifest.vocab.files[i] ?? null);
}

/** BM25's idf: rare words weigh more. */
export function idf(docCount: number, docFrequency: number): number {
  return Math.log(1 + (docCount - docFrequency + 0.5) / (docFrequency + 0.5));
}

/** One key's encoded postings, as one way of matching a clause; `typo`: only with a typo. */
export interface ClauseList {
  postings: readonly number[];
  typo: boolean;
}

/** Ranked papers: doc numbers, and how many typos each was found with (`typos[i]` for `docs[i]`). */
export interface Ranked {
  docs: number[];
  typos: number[];
}

/** A typo match weighs this much of an exact one, where a paper has both kinds of clauses. */
const TYPO_WEIGHT = 0.5;

/**
 * The papers that match every clause, by any of its lists: fewest typos first, then the sum
 * over clauses of the best idf × weight among the lists it matched by, then the lower doc
 * number (more upvotes). A clause with no lists at all is left out (the caller decides
 * whether that means no results).
 */
export function rankDocs(clauses: readonly (readonly ClauseList[])[], docCount: number, levels: number): Ranked {
  const used = clauses.filter((lists) => lists.length > 0);
  if (used.length === 0) return { docs: [], typos: [] };
  const scores = new Float64Array(docCount);
  const hits = new Uint8Array(docCount);
  const typos = new Uint8Array(docCount);
  const exact = new Float64Array(docCount);
  const near = new Float64Array(docCount);
  const touched: number[] = [];
  for (const lists of used) {
    for (const { postings, typo } of lists) {
      const weight = idf(docCount, postings.length);
      const best = typo ? near : exact;
      let doc = -1;
      for (const code of postings) {
        doc += Math.floor(code / levels) + 1;
        if (doc >= docCount) break;
        if ((exact[doc] ?? 0) === 0 && (near[doc] ?? 0) === 0) touched.push(doc);
        best[doc] = Math.max(best[doc] ?? 0, weight * ((code % levels) + 1));
      }
    }
    for (const doc of touched) {
      hits[doc] = (hits[doc] ?? 0) + 1;
      if ((exact[doc] ?? 0) > 0) {
        scores[doc] = (scores[doc] ?? 0) + (exact[doc] ?? 0);
      } else {
        typos[doc] = (typos[doc] ?? 0) + 1;
        scores[doc] = (scores[doc] ?? 0) + TYPO_WEIGHT * (near[doc] ?? 0);
      }
      exact[doc] = 0;
      near[doc] = 0;
    }
    touched.length = 0;
  }
  const found: number[] = [];
  for (let doc = 0; doc < docCount; doc++) if (hits[doc] === used.length) found.push(doc);
  found.sort((a, b) => (typos[a] ?? 0) - (typos[b] ?? 0) || (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  return { docs: found, typos: found.map((doc) => typos[doc] ?? 0) };
}

/** Which doc shard holds a doc number, and where in it. */
export function docPlace(manifest: SearchManifest, doc: number): { file: string; offset: number } | null {
  const shard = Math.floor(doc / manifest.docs.perShard);
  const file = manifest.docs.files[shard];
  return file === undefined ? null : { file, offset: doc - shard * manifest.docs.perShard };
}
