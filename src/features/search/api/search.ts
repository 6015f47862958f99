/**
 * The search index over the network: the manifest, the term shards a query's words are in,
 * the doc shards and paper chunks of the results on screen. Every file is immutable, so
 * each is fetched once per visit and a repeated keystroke costs no network at all.
 */
import {
  keepPreviousData,
  type QueryClient,
  queryOptions,
  useQueries,
  useQuery,
  useQueryClient,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { paperQueryOptions } from '../../../api/papers.ts';
import { rootQueryOptions } from '../../../api/root.ts';
import { fetchJson } from '../../../lib/fetch-json.ts';
import { docPlace } from '../../../lib/search-index.ts';
import { runSearch, searchKey } from '../../../lib/search-query.ts';
import { type QueryTerm, queryTerms } from '../../../lib/search-tokenize.ts';
import type {
  Card,
  PaperChunk,
  SearchDocShard,
  SearchManifest,
  SearchRef,
  SearchTermShard,
  SearchVocabShard,
} from '../../../schema/digest.ts';
import { searchCard } from '../utils/search-card.ts';

export const searchManifestQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['search-manifest', file],
    queryFn: ({ signal }) => fetchJson<SearchManifest>(file, signal),
  });

export const searchTermShardQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['search-terms', file],
    queryFn: ({ signal }) => fetchJson<SearchTermShard>(file, signal),
  });

export const searchVocabQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['search-vocab', file],
    queryFn: ({ signal }) => fetchJson<SearchVocabShard>(file, signal),
  });

export const searchDocShardQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['search-docs', file],
    queryFn: ({ signal }) => fetchJson<SearchDocShard>(file, signal),
  });

/** The ranked papers of a query (see `runSearch`); queries with the same words share them. */
export const searchQueryOptions = (manifestFile: string, query: string) =>
  // The key is what the results depend on (`searchKey`), not the text as typed.
  queryOptions({
    queryKey: ['search', manifestFile, searchKey(query)],
    queryFn: async ({ client }) => {
      const manifest = await client.query(searchManifestQueryOptions(manifestFile));
      return runSearch(manifest, query, {
        terms: (file) => client.query(searchTermShardQueryOptions(file)),
        vocab: (file) => client.query(searchVocabQueryOptions(file)),
      });
    },
    // A result list per keystroke: kept a minute, not half an hour.
    gcTime: 60_000,
  });

/**
 * The results of a query (`enabled` when it has words). While the next keystroke's results
 * load, the last ones stay on screen (`isPlaceholderData`), so typing never flashes an empty page.
 */
export function useSearch(ref: SearchRef | undefined, query: string, enabled: boolean) {
  const manifest = useQuery({ ...searchManifestQueryOptions(ref?.manifest ?? ''), enabled: ref !== undefined });
  const hits = useQuery({
    ...searchQueryOptions(ref?.manifest ?? '', query),
    enabled: ref !== undefined && enabled,
    placeholderData: keepPreviousData,
  });
  return { manifest, hits };
}

function paperAt(id: string, file: string) {
  // The key is the paper page's own cache entry, so opening a result shows it at once. `file`
  // is left out of it on purpose: in a build an id names one chunk file, the same data.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- see above
  return queryOptions({
    queryKey: paperQueryOptions(id).queryKey,
    queryFn: ({ signal }) => fetchJson<PaperChunk>(file, signal),
  });
}

interface Combined<T> {
  data: (T | undefined)[];
  isError: boolean;
}

function combine<T>(results: UseQueryResult<T>[]): Combined<T> {
  return { data: results.map((r) => r.data), isError: results.some((r) => r.isError) };
}

/** One card per paper object and terms: scrolling does not cut the previews again. */
const cardCache = new WeakMap<PaperChunk, { terms: readonly QueryTerm[]; file: string; card: Card }>();

function cardOf(paper: PaperChunk, file: string, terms: readonly QueryTerm[]): Card {
  const cached = cardCache.get(paper);
  if (cached?.terms === terms && cached.file === file) return cached.card;
  const card = searchCard(paper, file, terms);
  cardCache.set(paper, { terms, file, card });
  return card;
}

/** How long the rows beyond the screen wait, at most, for the cards on it. */
const REST_WAIT_MS = 400;

/** The results drawn, `[start, end)`, and of those the ones on the screen, `shown`. */
export interface ResultWindow {
  start: number;
  end: number;
  shown: { start: number; end: number };
}

/**
 * Cards for the results drawn (`drawn`) of `docs`: only their doc shards and paper chunks
 * are fetched, those of the results on the screen first. The rows drawn beyond the screen
 * wait until every card on it has loaded: a browser fetches a handful of files from one
 * host at a time, and the screen's would otherwise queue behind theirs (they wait
 * `REST_WAIT_MS` at most). `cardAt(i)` is undefined while result `i` loads. `terms` must
 * keep its identity while the query does.
 */
export function useSearchCards(
  manifest: SearchManifest | undefined,
  docs: readonly number[],
  drawn: ResultWindow,
  terms: readonly QueryTerm[],
  /** False while the query is still being typed: what is cached shows, nothing new is fetched. */
  fetchNew = true,
) {
  const client = useQueryClient();
  const { start, end, shown } = drawn;
  const places = manifest ? docs.slice(start, end).map((doc) => docPlace(manifest, doc)) : [];
  const isShown = (i: number) => start + i >= shown.start && start + i < shown.end;
  // Read from the cache, not from the shards' queries below: which of those may fetch
  // depends on whether the screen's cards have loaded. (The queries subscribe this hook to
  // the shards, so it renders again when one arrives.)
  const entries = places.map((place) =>
    place ? client.getQueryData(searchDocShardQueryOptions(place.file).queryKey)?.papers[place.offset] : undefined,
  );
  // Every card on the screen has its paper (or has failed to): the rest may load.
  const shownSettled = entries.every((entry, i) => {
    if (!isShown(i)) return true;
    const status = entry && client.getQueryState(paperQueryOptions(entry.id).queryKey)?.status;
    return status === 'success' || status === 'error';
  });
  // Should a card on the screen not settle soon, the rest does not wait for it any longer.
  const waiting = fetchNew && !shownSettled;
  const [waitedFor, setWaitedFor] = useState<readonly number[] | null>(null);
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setWaitedFor(docs), REST_WAIT_MS);
    return () => clearTimeout(timer);
  }, [waiting, docs]);
  const fetchRest = fetchNew && (shownSettled || waitedFor === docs);

  const shardFiles: string[] = [];
  const shardShown = new Map<string, boolean>();
  for (const [i, place] of places.entries()) {
    if (!place) continue;
    if (!shardShown.has(place.file)) shardFiles.push(place.file);
    shardShown.set(place.file, shardShown.get(place.file) === true || isShown(i));
  }
  const shards = useQueries({
    queries: shardFiles.map((file) => ({
      ...searchDocShardQueryOptions(file),
      enabled: shardShown.get(file) === true ? fetchNew : fetchRest,
    })),
    combine: combine<SearchDocShard>,
  });
  const wanted: { entry: NonNullable<(typeof entries)[number]>; shown: boolean }[] = [];
  for (const [i, entry] of entries.entries()) if (entry) wanted.push({ entry, shown: isShown(i) });
  const papers = useQueries({
    queries: wanted.map(({ entry, shown: onScreen }) => ({
      ...paperAt(entry.id, entry.file),
      enabled: onScreen ? fetchNew : fetchRest,
    })),
    combine: combine<PaperChunk>,
  });
  const paperIndex = new Map(wanted.map(({ entry }, k) => [entry, k]));
  const cardAt = (i: number): Card | undefined => {
    const entry = entries[i - start];
    if (entry === undefined) return undefined;
    const paper = papers.data[paperIndex.get(entry) ?? -1];
    return paper ? cardOf(paper, entry.file, terms) : undefined;
  };
  return { cardAt, isError: shards.isError || papers.isError };
}

/** Starts a search's downloads (the manifest, the shards of its words) before its page renders. */
export async function prefetchSearch(client: QueryClient, query: string): Promise<void> {
  const ref = (await client.query(rootQueryOptions())).search;
  if (ref === undefined) return;
  await (queryTerms(query).length > 0
    ? client.query(searchQueryOptions(ref.manifest, query))
    : client.query(searchManifestQueryOptions(ref.manifest)));
}
