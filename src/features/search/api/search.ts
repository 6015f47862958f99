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
} from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { paperQueryOptions } from '../../../api/papers.ts';
import { rootQueryOptions } from '../../../api/root.ts';
import { fetchJson } from '../../../lib/fetch-json.ts';
import { docPlace, termShardFile } from '../../../lib/search-index.ts';
import { nextLetterQueries, nextLetterShardFiles, runSearch, searchKey } from '../../../lib/search-query.ts';
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

/** One card per paper object and terms: scrolling does not cut the previews again. */
const cardCache = new WeakMap<PaperChunk, { terms: readonly QueryTerm[]; file: string; card: Card }>();

function cardOf(paper: PaperChunk, file: string, terms: readonly QueryTerm[]): Card {
  const cached = cardCache.get(paper);
  if (cached?.terms === terms && cached.file === file) return cached.card;
  const card = searchCard(paper, file, terms);
  cardCache.set(paper, { terms, file, card });
  return card;
}

/** A result's paper and the chunk file it came from. */
interface ResultPaper {
  paper: PaperChunk;
  file: string;
}

/**
 * The paper at a place of a doc shard: the shard, then the paper chunk it names, in one
 * function, so the chunk is asked for as soon as the shard arrives rather than after the
 * page has drawn the shard's arrival. The chunk lands in the paper page's own cache entry.
 */
const searchResultQueryOptions = (place: { file: string; offset: number }) =>
  queryOptions({
    queryKey: ['search-result', place.file, place.offset],
    queryFn: async ({ client }): Promise<ResultPaper> => {
      const shard = await client.query(searchDocShardQueryOptions(place.file));
      const entry = shard.papers[place.offset];
      if (entry === undefined) throw new Error(`${place.file} has no paper ${place.offset}`);
      return { paper: await client.query(paperAt(entry.id, entry.file)), file: entry.file };
    },
  });

/** How long the rest of the screen waits, at most, for its first card. */
const SCREEN_WAIT_MS = 150;
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
 * are fetched, in three waves: the first card on the screen, then the rest of the screen,
 * then the rows drawn beyond it. A browser fetches a handful of files from one host at a
 * time, and the first card would otherwise queue behind the others. Each wave starts once
 * the one before has loaded (or failed), or after a short wait should it hang.
 * `cardAt(i)` is undefined while result `i` loads. `terms` must keep its identity while
 * the query does.
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
  const waveOf = (i: number) =>
    start + i === shown.start ? 0 : start + i > shown.start && start + i < shown.end ? 1 : 2;
  // Whether every card of a wave has its paper (or has failed to), read from the cache: the
  // queries below are what may fetch, and which may depends on this.
  const states = places.map((place) => place && client.getQueryState(searchResultQueryOptions(place).queryKey));
  const settled = [true, true, true];
  for (const [i, state] of states.entries()) {
    if (state !== null && state?.status !== 'success' && state?.status !== 'error') settled[waveOf(i)] = false;
  }
  const open = useWaveOpen(docs, fetchNew, settled[0] === true, SCREEN_WAIT_MS);
  const openRest = useWaveOpen(docs, open, settled[0] === true && settled[1] === true, REST_WAIT_MS);
  const waves = [fetchNew, open, openRest];
  // Only the cards that may load are queries (the page draws again as each arrives); the
  // others show what is cached. Observing every card drawn made each render of the results
  // match and compare two dozen observers.
  useQueries({
    queries: places.flatMap((place, i) =>
      place && waves[waveOf(i)] === true ? [searchResultQueryOptions(place)] : [],
    ),
  });
  const cardAt = (i: number): Card | undefined => {
    const place = places[i - start];
    const found = place && client.getQueryData(searchResultQueryOptions(place).queryKey);
    return found ? cardOf(found.paper, found.file, terms) : undefined;
  };
  return { cardAt, isError: states.some((state) => state?.status === 'error') };
}

/**
 * Whether the next wave of cards may load: once the one before it (`before`) may and has
 * `settled`, from the frame after it is drawn (the requests would otherwise be sent before
 * the page paints it), or once it has been given `waitMs` for these results.
 */
function useWaveOpen(docs: readonly number[], before: boolean, settled: boolean, waitMs: number): boolean {
  const [openFor, setOpenFor] = useState<readonly number[] | null>(null);
  useEffect(() => {
    if (!before) return;
    const open = () => setOpenFor(docs);
    let timer = 0;
    const frame = settled ? requestAnimationFrame(() => (timer = window.setTimeout(open, 0))) : 0;
    if (!settled) timer = window.setTimeout(open, waitMs);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [before, settled, docs, waitMs]);
  return before && openFor === docs;
}

/**
 * Ranks a query and fetches its first result's card at once, from the keystroke itself: the
 * page would otherwise ask for that card only after drawing the new results. For an edit
 * whose cards load without waiting for a pause in typing (see `useSearchCards`).
 */
export async function prefetchFirstCard(client: QueryClient, manifestFile: string, query: string): Promise<void> {
  const [manifest, hits] = await Promise.all([
    client.query(searchManifestQueryOptions(manifestFile)),
    client.query(searchQueryOptions(manifestFile, query)),
  ]);
  const first = hits.docs[0];
  const place = first === undefined ? null : docPlace(manifest, first);
  if (place) await client.query(searchResultQueryOptions(place));
}

/** At most how many term shards beyond a word's own are fetched ahead for its next letters. */
const EXTENSION_SHARDS = 2;
/** How many of the likeliest next letters get their first card fetched ahead. */
const NEXT_LETTERS = 4;

/**
 * Once typing pauses, what the next letter typed will need, so that it draws from memory:
 *
 * - the term shards that hold the extensions of the query's last word, where they are not
 *   its own shard (a common word's run of keys spans several), at most `EXTENSION_SHARDS`
 *   (see `nextLetterShardFiles`);
 * - for the `NEXT_LETTERS` likeliest next letters (the extensions most papers have), the
 *   query ranked and its first card (a doc shard and a paper chunk, about 3 KB): the card a
 *   keystroke waits for, two round trips in a row, is otherwise never one the page has.
 *
 * One after the other, each once the main thread is idle; stops when `signal` aborts (the
 * box changed).
 */
export async function prefetchNextLetter(
  client: QueryClient,
  manifestFile: string,
  manifest: SearchManifest,
  query: string,
  signal: AbortSignal,
): Promise<void> {
  const last = queryTerms(query).at(-1);
  if (last === undefined) return;
  const own = termShardFile(manifest, last.key);
  const files = [...(own === null ? [] : [own]), ...nextLetterShardFiles(manifest, query, EXTENSION_SHARDS)];
  const shards = await Promise.all(files.map((file) => client.query(searchTermShardQueryOptions(file))));
  for (const next of nextLetterQueries(query, shards, NEXT_LETTERS)) {
    await idle();
    if (signal.aborted) return;
    await prefetchFirstCard(client, manifestFile, next);
  }
}

/** Resolves once the main thread is idle (at most a second from now). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
}

/** Starts a search's downloads (the manifest, the shards of its words) before its page renders. */
export async function prefetchSearch(client: QueryClient, query: string): Promise<void> {
  const ref = (await client.query(rootQueryOptions())).search;
  if (ref === undefined) return;
  await (queryTerms(query).length > 0
    ? client.query(searchQueryOptions(ref.manifest, query))
    : client.query(searchManifestQueryOptions(ref.manifest)));
}
