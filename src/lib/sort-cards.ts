import type { Card } from '../schema/digest.ts';

export const SORT_ORDERS = ['rank', 'upvotes'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** `?sort=` from the URL; anything else is the digest's own order. */
export function parseSortOrder(value: string | null): SortOrder {
  return value === 'upvotes' ? 'upvotes' : 'rank';
}

/**
 * Cards in digest order (newest day first, then rank) or by upvotes (most first). Ties keep
 * digest order, so the result is the same on every reload. Returns a new array.
 */
export function sortCards<T extends Pick<Card, 'date' | 'rank' | 'upvotes'>>(
  cards: readonly T[],
  order: SortOrder,
): T[] {
  const byDigest = (a: T, b: T) => (a.date === b.date ? a.rank - b.rank : a.date < b.date ? 1 : -1);
  const compare = order === 'upvotes' ? (a: T, b: T) => b.upvotes - a.upvotes || byDigest(a, b) : byDigest;
  return [...cards].sort(compare);
}
