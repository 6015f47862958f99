/**
 * Reading the sharded search index the pipeline writes (`pipeline/emit-search.ts`): which
 * shard holds a key, a key's postings, and the ranking. Pure functions, shared by the search
 * feature (`features/search/api/search.ts` does the fetching) and the pipeline's round-trip test.
 */
import type { SearchManifest, SearchTermShard } from '../schema/digest.ts';
import type { QueryTerm } from './search-tokenize.ts';

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

/** A key's encoded postings in its shard, or null when no paper has the word. */
export function postingsOf(shard: SearchTermShard, key: string): readonly number[] | null {
  const i = floorIndex(shard.keys, key);
  return i !== -1 && shard.keys[i] === key ? (shard.postings[i] ?? null) : null;
}

/** BM25's idf: rare words weigh more. */
export function idf(docCount: number, docFrequency: number): number {
  return Math.log(1 + (docCount - docFrequency + 0.5) / (docFrequency + 0.5));
}

/**
 * The papers that have every term, best first: the sum over terms of idf × weight, then the
 * lower doc number (more upvotes). `lists` holds each term's encoded postings.
 */
export function rankDocs(lists: readonly (readonly number[])[], docCount: number, levels: number): number[] {
  if (lists.length === 0) return [];
  const scores = new Float64Array(docCount);
  const hits = new Uint8Array(docCount);
  for (const list of lists) {
    const weight = idf(docCount, list.length);
    let doc = -1;
    for (const code of list) {
      doc += Math.floor(code / levels) + 1;
      if (doc >= docCount) break;
      scores[doc] = (scores[doc] ?? 0) + weight * ((code % levels) + 1);
      hits[doc] = (hits[doc] ?? 0) + 1;
    }
  }
  const found: number[] = [];
  for (let doc = 0; doc < docCount; doc++) if (hits[doc] === lists.length) found.push(doc);
  return found.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
}

/**
 * Query terms against the index: the shard of each term is loaded (in parallel, by `load`),
 * and the papers that have all the terms are ranked, as doc numbers. A term no paper has
 * means no results, unless it is optional; so does a query of stop words only.
 */
export async function runSearch(
  manifest: SearchManifest,
  terms: readonly Pick<QueryTerm, 'key' | 'optional'>[],
  load: (file: string) => Promise<SearchTermShard>,
): Promise<number[]> {
  const lists = await Promise.all(
    terms.map(async ({ key }) => {
      const file = termShardFile(manifest, key);
      return file === null ? null : postingsOf(await load(file), key);
    }),
  );
  const found: (readonly number[])[] = [];
  for (const [i, list] of lists.entries()) {
    if (list !== null) found.push(list);
    else if (terms[i]?.optional !== true) return [];
  }
  return rankDocs(found, manifest.docCount, manifest.levels);
}

/** Which doc shard holds a doc number, and where in it. */
export function docPlace(manifest: SearchManifest, doc: number): { file: string; offset: number } | null {
  const shard = Math.floor(doc / manifest.docs.perShard);
  const file = manifest.docs.files[shard];
  return file === undefined ? null : { file, offset: doc - shard * manifest.docs.perShard };
}
