// @vitest-environment jsdom
/**
 * Which files a page of search results fetches, and in what order: the first card on the
 * screen, then the rest of the screen, the rows drawn beyond it only once those have loaded. The index is the pipeline's
 * own, built in memory; `fetch` serves it and records each request.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { searchSite, serveFiles } from '../../../../tests/helpers/search-site.ts';
import { DOCS_PER_SHARD } from '../../../pipeline/search/emit-search.ts';
import type { PaperChunk, SearchManifest } from '../../../schema/digest.ts';
import {
  prefetchFirstCard,
  prefetchNextLetter,
  type ResultWindow,
  searchQueryOptions,
  useSearchCards,
} from './search.ts';

/** Three doc shards' worth of papers, doc n having the n-th most upvotes. */
const PAPERS: PaperChunk[] = Array.from({ length: DOCS_PER_SHARD * 2 + 8 }, (_, n) => {
  const id = `2601.${String(n + 1).padStart(5, '0')}`;
  const text = { title: `Paper ${n}`, sections: [{ kind: 'summary' as const, heading: 'S', blocks: [] }] };
  return {
    id,
    title: `Paper ${n}`,
    thumb: null,
    appearances: [{ date: '2026-01-29', rank: 1, upvotes: 1000 - n }],
    texts: { en: text },
  };
});

const { files, search } = searchSite(PAPERS);
const manifest = files.get(search.manifest) as SearchManifest;

const fetched: string[] = [];

beforeEach(() => {
  fetched.length = 0;
  serveFiles(files, fetched);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderCards(docs: readonly number[], drawn: ResultWindow, fetchNew = true) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(() => useSearchCards(manifest, docs, drawn, [], fetchNew), { wrapper });
}

const paperFile = (doc: number) => `data/papers/${PAPERS[doc]?.id ?? ''}.json`;
const docShard = (doc: number) => manifest.docs.files[Math.floor(doc / DOCS_PER_SHARD)] ?? '';

describe('useSearchCards', () => {
  it('loads the cards on the screen before the rows drawn beyond it', async () => {
    const last = PAPERS.length - 1;
    // Results 0 and 1 are on the screen; 2 to 4 are overscan, one of them in a third doc shard.
    const docs = [0, DOCS_PER_SHARD, 1, DOCS_PER_SHARD + 1, last];
    const { result } = renderCards(docs, { start: 0, end: 5, shown: { start: 0, end: 2 } });
    await waitFor(() => {
      for (let i = 0; i < docs.length; i++) expect(result.current.cardAt(i)?.id).toBe(PAPERS[docs[i] ?? -1]?.id);
    });

    const at = (file: string) => fetched.indexOf(file);
    const shownDone = Math.max(at(paperFile(0)), at(paperFile(DOCS_PER_SHARD)));
    expect(at(docShard(0))).toBeLessThan(shownDone);
    expect(at(docShard(DOCS_PER_SHARD))).toBeLessThan(shownDone);
    for (const file of [docShard(last), paperFile(1), paperFile(DOCS_PER_SHARD + 1), paperFile(last)]) {
      expect(at(file)).toBeGreaterThan(shownDone);
    }
    // Each file once.
    expect(new Set(fetched).size).toBe(fetched.length);
  });

  it('loads the first card on the screen before the others', async () => {
    // Result 0 is in the second doc shard, result 1 in the first.
    const docs = [DOCS_PER_SHARD, 0];
    const { result } = renderCards(docs, { start: 0, end: 2, shown: { start: 0, end: 2 } });
    await waitFor(() => expect(result.current.cardAt(1)?.id).toBe(PAPERS[0]?.id));
    expect(fetched.slice(0, 2)).toEqual([docShard(DOCS_PER_SHARD), paperFile(DOCS_PER_SHARD)]);
    expect(fetched.slice(2)).toEqual([docShard(0), paperFile(0)]);
  });

  it('loads the rows beyond the screen anyway when a card on it does not settle', async () => {
    const stuck = paperFile(0);
    const served = globalThis.fetch;
    vi.stubGlobal('fetch', (input: string) =>
      input.endsWith(stuck) ? new Promise<Response>(() => undefined) : served(input),
    );
    const { result } = renderCards([0, 1, DOCS_PER_SHARD], { start: 0, end: 3, shown: { start: 0, end: 1 } });
    await waitFor(() => expect(result.current.cardAt(2)?.id).toBe(PAPERS[DOCS_PER_SHARD]?.id), { timeout: 2000 });
    expect(result.current.cardAt(0)).toBeUndefined();
  });

  it('fetches nothing new while the query is still being typed', async () => {
    const { result } = renderCards([0, 1], { start: 0, end: 2, shown: { start: 0, end: 2 } }, false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetched).toEqual([]);
    expect(result.current.cardAt(0)).toBeUndefined();
  });
});

describe('prefetchFirstCard', () => {
  it('fetches the first result’s card and no other', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    // Every paper is titled "Paper n": the first result is the most upvoted, doc 0.
    await prefetchFirstCard(client, search.manifest, 'paper');
    const papers = fetched.filter((file) => file.startsWith('data/papers/'));
    expect(papers).toEqual([paperFile(0)]);
    expect(fetched).toContain(docShard(0));
    expect(fetched.filter((file) => manifest.docs.files.includes(file))).toEqual([docShard(0)]);
  });
});

describe('prefetchNextLetter', () => {
  const client = () => new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });

  it('ranks the likeliest next letter and fetches its first card', async () => {
    const queries = client();
    await prefetchNextLetter(queries, search.manifest, manifest, 'pape', new AbortController().signal);
    // `pape` → `paper`: ranked, and its first result's card loaded (the most upvoted paper).
    expect(queries.getQueryData(searchQueryOptions(search.manifest, 'paper').queryKey)?.docs[0]).toBe(0);
    expect(fetched.filter((file) => file.startsWith('data/papers/'))).toEqual([paperFile(0)]);
  });

  it('fetches no card once the box has changed', async () => {
    const stop = new AbortController();
    stop.abort();
    await prefetchNextLetter(client(), search.manifest, manifest, 'pape', stop.signal);
    expect(fetched.filter((file) => file.startsWith('data/papers/'))).toEqual([]);
  });
});
