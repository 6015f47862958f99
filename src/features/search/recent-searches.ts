/**
 * The queries a reader searched for lately, kept in this browser only (localStorage, through
 * `lib/storage.ts`: never throws). A damaged or unknown value reads as no queries.
 */
import { readStorage, writeStorage } from '../../lib/storage.ts';

export const RECENT_SEARCHES_KEY = 'daily-papers:recent-searches:v1';

/** How many queries are kept, the latest first. */
export const MAX_RECENT_SEARCHES = 8;

/** The longest query kept. */
const MAX_QUERY_LENGTH = 200;

/**
 * The queries of a stored value: exactly `{ "version": 1, "queries": [...] }`, each query a
 * string of at most `MAX_QUERY_LENGTH`; anything else is no queries. Checked by hand so that
 * the header's search box, on every page, loads without valibot.
 */
function storedQueries(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const keys = Object.keys(value);
  if (keys.some((key) => key !== 'version' && key !== 'queries')) return [];
  const { version, queries } = value as { version?: unknown; queries?: unknown };
  if (version !== 1 || !Array.isArray(queries)) return [];
  const valid = queries.every((query) => typeof query === 'string' && query.length <= MAX_QUERY_LENGTH);
  return valid ? (queries as string[]) : [];
}

export function readRecentSearches(): string[] {
  const read = readStorage(RECENT_SEARCHES_KEY);
  if (!read.ok || read.value === null) return [];
  try {
    return storedQueries(JSON.parse(read.value)).slice(0, MAX_RECENT_SEARCHES);
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
  const text = query.trim().slice(0, MAX_QUERY_LENGTH);
  if (text === '') return readRecentSearches();
  const queries = [text, ...readRecentSearches().filter((q) => q !== text)].slice(0, MAX_RECENT_SEARCHES);
  writeRecentSearches(queries);
  return queries;
}

export function clearRecentSearches(): void {
  writeRecentSearches([]);
}
