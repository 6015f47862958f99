/**
 * A result of a search and the results either side of it, for a paper page opened from the
 * results: the search is run again (its files are cached, and so is its result for a minute)
 * and only the doc shards and paper chunks of those three results are fetched.
 */
import type { QueryClient } from '@tanstack/react-query';
import { paperFileQueryOptions, paperQueryOptions } from '../../../api/papers.ts';
import { rootQueryOptions } from '../../../api/root.ts';
import { docPlace } from '../../../lib/search-index.ts';
import { queryTerms } from '../../../lib/search-tokenize.ts';
import { searchDocShardQueryOptions, searchManifestQueryOptions, searchQueryOptions } from './search.ts';

export interface SearchResultRef {
  id: string;
  title: string;
  file: string;
}

export interface SearchNeighbours {
  total: number;
  /** The paper at the index asked for (null when the results have changed since). */
  at: string | null;
  prev: SearchResultRef | null;
  next: SearchResultRef | null;
}

export async function searchNeighbours(client: QueryClient, query: string, index: number): Promise<SearchNeighbours> {
  const ref = (await client.query(rootQueryOptions())).search;
  if (ref === undefined || queryTerms(query).length === 0) return { total: 0, at: null, prev: null, next: null };
  const [manifest, { docs }] = await Promise.all([
    client.query(searchManifestQueryOptions(ref.manifest)),
    client.query(searchQueryOptions(ref.manifest, query)),
  ]);
  const entryAt = async (i: number) => {
    const doc = docs[i];
    const place = doc === undefined ? null : docPlace(manifest, doc);
    if (place === null) return null;
    return (await client.query(searchDocShardQueryOptions(place.file))).papers[place.offset] ?? null;
  };
  const withTitle = async (i: number): Promise<SearchResultRef | null> => {
    const entry = await entryAt(i);
    if (entry === null) return null;
    client.setQueryData(paperFileQueryOptions(entry.id).queryKey, entry.file);
    const paper = await client.query(paperQueryOptions(entry.id));
    return { id: entry.id, title: paper.title, file: entry.file };
  };
  const [at, prev, next] = await Promise.all([entryAt(index), withTitle(index - 1), withTitle(index + 1)]);
  return { total: docs.length, at: at?.id ?? null, prev, next };
}
