/**
 * The queries a reader searched for lately, kept in this browser only (localStorage, through
 * `lib/storage.ts`: never throws). A damaged or unknown value reads as no queries.
 */
import * as v from 'valibot';
import { readStorage, writeStorage } from '../../lib/storage.ts';

export const RECENT_SEARCHES_KEY = 'daily-papers:recent-searches:v1';

/** How many queries are kept, the latest first. */
export const MAX_RECENT_SEARCHES = 8;

const RecentSearchesSchema = v.strictObject({
  version: v.literal(1),
  queries: v.array(v.pipe(v.string(), v.maxLength(200))),
});

export function readRecentSearches(): string[] {
  const read = readStorage(RECENT_SEARCHES_KEY);
  if (!read.ok || read.value === null) return [];
  try {
    const parsed = v.safeParse(RecentSearchesSchema, JSON.parse(read.value));
    return parsed.success ? parsed.output.queries.slice(0, MAX_RECENT_SEARCHES) : [];
  } catch {
    return [];
  }
}

function writeRecentSearches(queries: readonly string[]): void {
  // A full or disabled storage only means the list is not remembered.
  writeStorage(RECENT_SEARCHES_KEY, JSON.stringify({ version: 1, queries }));
}

/** `query` (trimmed) as the latest, once; the oldest beyond the limit are dropped. Returns the list. */
export function addRecentSearch(query: string): string[] {
  const text = query.trim().slice(0, 200);
  if (text === '') return readRecentSearches();
  const queries = [text, ...readRecentSearches().filter((q) => q !== text)].slice(0, MAX_RECENT_SEARCHES);
  writeRecentSearches(queries);
  return queries;
}

export function clearRecentSearches(): void {
  writeRecentSearches([]);
}
