// @vitest-environment jsdom
/**
 * The search page against a real index, built in memory by the pipeline's emitter and served
 * through a stubbed `fetch`: the box reflects `?q=`, typing replaces the URL, results are
 * cards with the matched words in `<mark>`, and the empty and no-result states say so.
 */
import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { rootQueryOptions } from '../../api/root.ts';
import { createBookmarksStore } from '../../features/bookmarks/bookmarks-store.ts';
import { createI18n } from '../../i18n/i18n.ts';
import { createPreferencesStore } from '../../lib/preferences.ts';
import { createReadStateStore } from '../../lib/read-state-store.ts';
import { searchSite, serveFiles } from '../../../tests/helpers/search-site.ts';
import type { PaperChunk, Root } from '../../schema/digest.ts';
import { AppProviders, type Services } from '../providers.tsx';
import { SearchRoute } from './search.tsx';

function chunk(id: string, upvotes: number, title: string, ko: string, en: string): PaperChunk {
  const section = (text: string) => [
    { kind: 'summary' as const, heading: 'Summary', blocks: [{ t: 'p' as const, c: [text] }] },
  ];
  return {
    id,
    title,
    thumb: null,
    appearances: [{ date: '2026-01-29', rank: 1, upvotes }],
    texts: { ko: { title, sections: section(ko) }, en: { title, sections: section(en) } },
  };
}

const PAPERS = [
  chunk('2601.00001', 90, 'Reasoning Models', '대형 언어 모델의 추론 능력', 'Large reasoning models.'),
  chunk('2601.00002', 50, 'Video Diffusion', '비디오 확산 모델을 제안함', 'A video diffusion model.'),
  chunk('2601.00003', 20, 'Tokenizers', '토큰화 방법 조사', 'A survey of tokenizers.'),
];

/** Every file of a tiny site: the papers' chunks and the search index over them, and its root. */
function site() {
  const { files, search } = searchSite(PAPERS);
  // One lookup shard: where each paper's chunk is, for a query that names a paper by its id.
  files.set('data/lookup/0000000000/0.json', Object.fromEntries(PAPERS.map((p) => [p.id, `data/papers/${p.id}.json`])));
  const list = { total: 0, pageSize: 60, first: 'data/lists/x.json', index: 'data/lists/y.json' };
  const root: Root = {
    version: 1,
    latest: null,
    first: '2026-01-29',
    dayCount: 1,
    paperCount: PAPERS.length,
    langs: ['ko', 'en'],
    years: [],
    lookup: { dir: 'data/lookup/0000000000', shards: 1 },
    lists: { all: { rank: list, upvotes: list }, week: null, month: null },
    search,
  };
  return { files, root };
}

const fetched: string[] = [];

beforeEach(() => {
  fetched.length = 0;
  serveFiles(site().files, fetched);
  vi.stubGlobal('scrollTo', () => undefined);
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderSearch(url: string, language: 'ko' | 'en' = 'en') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  queryClient.setQueryData(rootQueryOptions().queryKey, site().root);
  const router = createMemoryRouter(
    [
      { path: '/search', element: <SearchRoute /> },
      { path: '/papers/:id/:lang?', element: <p>paper page</p> },
    ],
    { initialEntries: [url] },
  );
  const services: Services = {
    preferences: createPreferencesStore(),
    bookmarks: createBookmarksStore(),
    readState: createReadStateStore(),
  };
  render(
    <AppProviders queryClient={queryClient} i18n={createI18n(language)} services={services}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

const titles = () => screen.queryAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('SearchRoute', () => {
  it('shows the results of ?q= as ranked cards, the matched words marked', async () => {
    renderSearch('/search?q=%EB%AA%A8%EB%8D%B8&lang=ko');
    expect(screen.getByRole('searchbox', { name: 'Search papers' })).toHaveProperty('value', '모델');
    expect(await screen.findByText('2 papers found')).toBeDefined();
    await waitFor(() => expect(titles()).toEqual(['Reasoning Models', 'Video Diffusion']));
    const marks = document.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['모델의', '모델을']);
  });

  it('replaces ?q= as one types, and finds English words whatever their form', async () => {
    const router = renderSearch('/search?lang=en');
    expect(screen.getByText(/Search the titles, summaries, key points and abstracts of 3 papers/)).toBeDefined();
    const box = screen.getByRole('searchbox', { name: 'Search papers' });
    await userEvent.type(box, 'Diffusion');
    await waitFor(() => expect(titles()).toEqual(['Video Diffusion']));
    // The URL follows once typing pauses: one replace, not one per letter.
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('Diffusion'));
    expect(router.state.historyAction).toBe('REPLACE');
    const card = screen.getByRole('heading', { level: 2 }).closest('article');
    expect(card).not.toBeNull();
    if (card) expect(within(card).getAllByText((_, el) => el?.tagName === 'MARK').length).toBeGreaterThan(0);
  });

  it('puts the query in the URL at once when the box loses the focus', async () => {
    const router = renderSearch('/search?lang=en');
    const box = screen.getByRole('searchbox', { name: 'Search papers' });
    await userEvent.type(box, 'video');
    // Not waiting for the pause: leaving the box (to click a result) writes it.
    await act(async () => {
      box.blur();
      await Promise.resolve();
    });
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('video');
  });

  it('says so when nothing matches', async () => {
    renderSearch('/search?q=quantum');
    expect(await screen.findByText('No papers match “quantum”.')).toBeDefined();
    expect(titles()).toEqual([]);
  });

  it('fetches the manifest, the shards of the words and the cards on screen, nothing else', async () => {
    renderSearch('/search?q=video');
    await waitFor(() => expect(titles()).toEqual(['Video Diffusion']));
    expect([...fetched].sort()).toEqual([
      'data/papers/2601.00002.json',
      'data/search/docs-0.json',
      'data/search/manifest.json',
      'data/search/terms-0.json',
      // One paper has `video`: the words of its first letter are checked for a likelier one.
      expect.stringMatching(/^data\/search\/vocab-\d+\.json$/),
    ]);
  });

  it('finds a word typed with a typo, and offers the word it was meant as', async () => {
    renderSearch('/search?q=difusion');
    await waitFor(() => expect(titles()).toEqual(['Video Diffusion']));
    expect(screen.getByRole('button', { name: 'Did you mean “diffusion”?' })).toBeDefined();
  });

  it('shows the paper an arXiv link names, marked as the exact match', async () => {
    renderSearch('/search?q=https%3A%2F%2Farxiv.org%2Fpdf%2F2601.00002v2');
    expect(await screen.findByText('Exact match')).toBeDefined();
    expect(titles()).toEqual(['Video Diffusion']);
  });

  it('says when an arXiv id is not in the archive, with its arXiv link', async () => {
    renderSearch('/search?q=2601.99999');
    expect(await screen.findByText('2601.99999 is not in this archive.')).toBeDefined();
    expect(screen.getByRole('link', { name: 'Open 2601.99999 on arXiv' }).getAttribute('href')).toBe(
      'https://arxiv.org/abs/2601.99999',
    );
  });

  it('has the focus in its box when it opens', async () => {
    renderSearch('/search');
    await screen.findByText(/Search the titles/);
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search papers' }));
  });

  it('lists the recent searches on the empty page, to search again or to clear', async () => {
    localStorage.setItem(
      'daily-papers:recent-searches:v1',
      JSON.stringify({ version: 1, queries: ['video', '강화학습'] }),
    );
    renderSearch('/search');
    const recent = await screen.findByRole('region', { name: 'Recent searches' });
    await userEvent.click(within(recent).getByRole('button', { name: 'video' }));
    await waitFor(() => expect(titles()).toEqual(['Video Diffusion']));
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Search papers' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Clear' }));
    expect(screen.queryByRole('region', { name: 'Recent searches' })).toBeNull();
    expect(localStorage.getItem('daily-papers:recent-searches:v1')).toBe(JSON.stringify({ version: 1, queries: [] }));
    localStorage.clear();
  });

  it('speaks Korean too', async () => {
    renderSearch('/search?q=%EA%B0%95%ED%99%94', 'ko');
    expect(await screen.findByText('“강화”에 맞는 논문이 없습니다.')).toBeDefined();
  });
});
