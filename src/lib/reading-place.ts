/**
 * Reads back the list a paper was opened from (see reading-list.ts). History state outlives
 * a deploy (it survives a reload), so it is read through a schema, and anything else counts
 * as no list. Only the paper page reads it: the grids, which write it, do not load this.
 */
import * as v from 'valibot';
import { ARCHIVE_SCOPES, IsoDateSchema } from '../schema/digest.ts';

/** A grid's order as its URL says it (`?sort=`); each kind of list reads it with its own parser. */
const SortSchema = v.pipe(v.string(), v.maxLength(16));

const ReadingListSchema = v.variant('kind', [
  v.object({ kind: v.literal('day'), date: IsoDateSchema, sort: SortSchema }),
  v.object({ kind: v.literal('archive'), scope: v.picklist(ARCHIVE_SCOPES), sort: SortSchema }),
  v.object({ kind: v.literal('search'), query: v.pipe(v.string(), v.maxLength(500)) }),
  v.object({ kind: v.literal('bookmarks'), sort: SortSchema }),
]);
export type ReadingList = v.InferOutput<typeof ReadingListSchema>;

/** A paper's place in a list: the list, and where in it the paper was when it was opened. */
const ReadingPlaceSchema = v.object({
  list: ReadingListSchema,
  index: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type ReadingPlace = v.InferOutput<typeof ReadingPlaceSchema>;

/** The place a navigation's state carries, or null (a deep link, a state of another shape). */
export function readingPlaceOf(state: unknown): ReadingPlace | null {
  if (typeof state !== 'object' || state === null || !('reading' in state)) return null;
  const parsed = v.safeParse(ReadingPlaceSchema, state.reading);
  return parsed.success ? parsed.output : null;
}
