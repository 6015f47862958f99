/**
 * Typos in Latin query words: which index keys a word of the query may have been meant as.
 * A word of five letters or more may have one typo (a letter missing, added, changed, or two
 * swapped), of nine or more two, as in Meilisearch and Typesense. The words it is compared
 * with are a vocabulary shard of the index (`SearchVocabShard`: the Latin keys that start
 * with the same letter, with the number of papers each is in).
 *
 * Every query word matches by its beginning, so a typo does too: `difus` is one typo from
 * `diffus`, the beginning of `diffusion`. The distance is therefore taken to the nearest
 * beginning of a vocabulary key (and that beginning, itself a key of the index, is what the
 * word then also finds).
 */
import type { SearchVocabShard } from '../schema/digest.ts';

/** Typos a word may have, by its length: 0 below five letters, 1 from five, 2 from nine. */
export function typoBudget(word: string): number {
  const letters = word.length;
  return letters >= 9 ? 2 : letters >= 5 ? 1 : 0;
}

/**
 * The fewest typos (optimal string alignment: insertions, deletions, substitutions, swaps of
 * neighbours) between `word` and a beginning of `key`, and that beginning; null when more
 * than `max`. Only beginnings within `max` letters of the word's length can be that near.
 */
export function prefixDistance(word: string, key: string, max: number): { distance: number; prefix: string } | null {
  // Latin keys, NFKC-normalised: each UTF-16 code unit is a letter.
  const a = word;
  const b = key.slice(0, a.length + max);
  if (b.length < a.length - max) return null;
  // Rows of the table: distance between a[0..i) and b[0..j); three kept for swaps.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    let lowest = row[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      row[j] = best;
      lowest = Math.min(lowest, best);
    }
    // Every later row is at least this row's lowest: past `max`, no beginning is near enough.
    if (lowest > max) return null;
    before = previous;
    previous = row;
  }
  let found: { distance: number; prefix: string } | null = null;
  for (let j = Math.max(0, a.length - max); j <= b.length; j++) {
    const distance = previous[j] ?? Infinity;
    // The longest of the nearest: `modle` is meant as `model`, not as `mode`.
    if (distance <= max && (found === null || distance <= found.distance)) {
      found = { distance, prefix: b.slice(0, j) };
    }
  }
  return found;
}

export interface Correction {
  /** The index key the word may have been meant as (a word or the beginning of one). */
  key: string;
  distance: number;
  /** Papers the vocabulary key is in: the more, the likelier the correction. */
  papers: number;
}

/** At most this many corrections per word: each may cost a term shard. */
export const MAX_CORRECTIONS = 3;

/**
 * The likeliest corrections of `word` (a query term) in a vocabulary shard: the fewest typos
 * first, then the keys in the most papers; never one the word finds already (the word itself,
 * a longer word it begins), and only keys in more papers than `papers`, the word's own count.
 */
export function corrections(word: string, vocab: SearchVocabShard, papers: number): Correction[] {
  const max = typoBudget(word);
  if (max === 0) return [];
  const best = new Map<string, Correction>();
  vocab.keys.forEach((key, i) => {
    const count = vocab.papers[i] ?? 0;
    if (count <= papers) return;
    const near = prefixDistance(word, key, max);
    if (near === null || near.distance === 0 || near.prefix.length < 3 || near.prefix.startsWith(word)) return;
    const known = best.get(near.prefix);
    if (
      known === undefined ||
      near.distance < known.distance ||
      (near.distance === known.distance && count > known.papers)
    ) {
      best.set(near.prefix, { key: near.prefix, distance: near.distance, papers: count });
    }
  });
  return [...best.values()]
    .sort((x, y) => x.distance - y.distance || y.papers - x.papers || (x.key < y.key ? -1 : 1))
    .slice(0, MAX_CORRECTIONS);
}
