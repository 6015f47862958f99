/**
 * A posting's weight: BM25 of its key's count in the doc (in tenths) and of the doc's length
 * against the average, quantised to `1..SEARCH_LEVELS` (the client adds the idf).
 */

/** Weights are quantised to `1..SEARCH_LEVELS`. */
export const SEARCH_LEVELS = 8;
const K1 = 1.2;
const B = 0.75;

/**
 * The docs' average length, as BM25 takes it: rounded to a step of `steps` per doubling (by
 * default 8, steps of about 9 %), 0 for the exact one. Every doc's weights depend on it, and
 * a long doc has some weight near a level's edge, so an exact average moved by adding a day
 * re-weighted whole swathes of the index: adding 10 papers to the real corpus's 1,135 moved
 * the average 0.7 % and 280 docs' weights, and the index was built again from every file.
 * Rounded, it seldom moves; ranking does not notice a length norm off by a few percent.
 */
export function averageOf(lengths: Float64Array, steps: number): number {
  const exact = lengths.reduce((sum, l) => sum + l, 0) / Math.max(1, lengths.length);
  return steps > 0 && exact > 0 ? 2 ** (Math.round(Math.log2(exact) * steps) / steps) : exact;
}

/** BM25's length normalisation. */
export function normOf(length: number, average: number): number {
  return K1 * (1 - B + (B * length) / (average || 1));
}

/** A posting's BM25 weight (of a count in tenths), quantised to `1..SEARCH_LEVELS`. */
export function levelOf(counted: number, norm: number): number {
  const count = counted / 10;
  const weight = (count * (K1 + 1)) / (count + norm) / (K1 + 1);
  return Math.min(SEARCH_LEVELS, Math.max(1, Math.round(weight * SEARCH_LEVELS)));
}
