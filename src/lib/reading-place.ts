/**
 * Reads back the list a paper was opened from (see reading-list.ts). History state outlives
 * a deploy (it survives a reload), so it is checked, and anything else counts as no list.
 * Only the paper page reads it: the grids, which write it, do not load this. The check is
 * written by hand, not with valibot, which would otherwise load (and build the digest
 * schemas) on every paper page opened from a link; a test compares it with the schema.
 */
import { ARCHIVE_SCOPES, type ArchiveScope, isIsoDate } from '../schema/checks.ts';

/** The lists a paper can be opened from, each with what it needs to be found again. */
export type ReadingList =
  | { kind: 'day'; date: string; sort: string }
  | { kind: 'archive'; scope: ArchiveScope; sort: string }
  | { kind: 'search'; query: string }
  | { kind: 'bookmarks'; sort: string };

/** A paper's place in a list: the list, and where in it the paper was when it was opened. */
export interface ReadingPlace {
  list: ReadingList;
  index: number;
}

/** A grid's order as its URL says it (`?sort=`); each kind of list reads it with its own parser. */
function isSort(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 16;
}

function isArchiveScope(value: unknown): value is ArchiveScope {
  return (ARCHIVE_SCOPES as readonly unknown[]).includes(value);
}

/** The list `value` names, with its known fields only, or null. */
function readingListOf(value: unknown): ReadingList | null {
  if (typeof value !== 'object' || value === null) return null;
  const list = value as Record<string, unknown>;
  const { date, scope, sort, query } = list;
  switch (list.kind) {
    case 'day':
      return isIsoDate(date) && isSort(sort) ? { kind: 'day', date, sort } : null;
    case 'archive':
      return isArchiveScope(scope) && isSort(sort) ? { kind: 'archive', scope, sort } : null;
    case 'search':
      return typeof query === 'string' && query.length <= 500 ? { kind: 'search', query } : null;
    case 'bookmarks':
      return isSort(sort) ? { kind: 'bookmarks', sort } : null;
    default:
      return null;
  }
}

/** The place a navigation's state carries, or null (a deep link, a state of another shape). */
export function readingPlaceOf(state: unknown): ReadingPlace | null {
  if (typeof state !== 'object' || state === null || !('reading' in state)) return null;
  const place = state.reading;
  if (typeof place !== 'object' || place === null) return null;
  const { list, index } = place as Record<string, unknown>;
  const parsed = readingListOf(list);
  if (parsed === null || typeof index !== 'number' || !Number.isInteger(index) || index < 0) return null;
  return { list: parsed, index };
}
