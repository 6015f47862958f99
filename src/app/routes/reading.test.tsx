// @vitest-environment jsdom
/**
 * The reading experience as a person meets it: the day grid, its order, the paper page and
 * its language switch, and the not-found views. Real routes over the real sample content.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/helpers/render-app.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The upvotes of the grid's cards, in screen order, from their accessible text. */
function upvotesInOrder(): number[] {
  return screen.getAllByRole('article').map((card) =>
    Number(
      within(card)
        .getByText(/^추천 /)
        .textContent.replace(/\D/g, ''),
    ),
  );
}

describe('the day grid', () => {
  it('shows the latest day as cards whose headings link to the papers', async () => {
    await renderApp('/');
    // The file's first render also loads the route's code for the first time: on a busy
    // machine that alone can take longer than findBy's default second.
    const cards = await screen.findAllByRole('article', {}, { timeout: 5000 });
    expect(cards).toHaveLength(5);
    const [firstCard] = cards;
    if (!firstCard) throw new Error('no cards');
    const first = within(firstCard).getByRole('heading', { level: 2 });
    expect(within(first).getByRole('link').getAttribute('href')).toBe('/papers/2601.20614/');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/2026년 1월 29일/);
  });

  it('sorts by upvotes with one click, and says so in the URL', async () => {
    const { router } = await renderApp('/archive/');
    await screen.findAllByRole('article');
    expect(upvotesInOrder()).toEqual([92, 64, 52, 23, 12, 18, 14, 7, 73, 36, 34]);
    await userEvent.click(screen.getByRole('button', { name: '추천 많은 순' }));
    await waitFor(() => expect(upvotesInOrder()).toEqual([92, 73, 64, 52, 36, 34, 23, 18, 14, 12, 7]));
    expect(router.state.location.search).toBe('?sort=upvotes');
    expect(screen.getByRole('button', { name: '추천 많은 순' }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('the paper page', () => {
  it('switches the summary between Korean and English', async () => {
    const { router } = await renderApp('/papers/2601.20540/');
    await screen.findByRole('heading', { name: '요약' });
    expect(screen.getByRole('heading', { name: '한줄평' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    await screen.findByRole('heading', { name: 'Summary' });
    expect(router.state.location.pathname).toBe('/papers/2601.20540/en/');
    expect(screen.getByRole('heading', { name: 'Our take' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '한국어' }));
    await screen.findByRole('heading', { name: '요약' });
    expect(router.state.location.pathname).toBe('/papers/2601.20540/');
  });

  it('says plainly when a paper has no text in the chosen language, and offers the other', async () => {
    await renderApp('/papers/2511.10647/en/');
    await screen.findByText('이 논문에는 English 요약이 없습니다.');
    expect(screen.queryByRole('heading', { name: 'Summary' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '한국어로 읽기' }));
    await screen.findByRole('heading', { name: '요약' });
  });

  it('links to Hugging Face, the arXiv abstract and the PDF', async () => {
    await renderApp('/papers/2601.20614/');
    await screen.findByRole('heading', { level: 1 });
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        'https://huggingface.co/papers/2601.20614',
        'https://arxiv.org/abs/2601.20614',
        'https://arxiv.org/pdf/2601.20614',
      ]),
    );
  });
});

describe('the summary language', () => {
  /**
   * The first card's title link and the language of the preview it shows: a card carrying both
   * previews (data-preview) shows the one `html[data-summary]` names (the styles, which jsdom
   * does not load, hide the other).
   */
  async function firstCard() {
    const [card] = await screen.findAllByRole('article');
    if (!card) throw new Error('no cards');
    const link = within(card).getByRole('heading', { level: 2 }).querySelector('a');
    const summary = document.documentElement.dataset.summary;
    const shown = [...card.querySelectorAll('p[lang]')].filter(
      (line) => !line.hasAttribute('data-preview') || line.getAttribute('lang') === summary,
    );
    return { href: link?.getAttribute('href'), previewLang: shown.map((line) => line.getAttribute('lang')).join() };
  }

  it('English on one paper is for that paper: the days after it stay in Korean', async () => {
    const { router } = await renderApp('/papers/2601.20540');
    await screen.findByRole('heading', { name: '요약' });
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    await screen.findByRole('heading', { name: 'Summary' });
    await act(() => router.navigate('/'));
    await waitFor(async () => expect(await firstCard()).toEqual({ href: '/papers/2601.20614/', previewLang: 'ko' }));
  });

  it('“always in English”, offered beside it, makes English the summaries’ language everywhere', async () => {
    const { router } = await renderApp('/papers/2601.20540');
    await screen.findByRole('heading', { name: '요약' });
    expect(screen.queryByRole('button', { name: /항상 영어로/ }), 'Korean is already the default').toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    await userEvent.click(await screen.findByRole('button', { name: '요약을 항상 영어로 보기' }));
    expect(screen.queryByRole('button', { name: /항상 영어로/ }), 'English is now the default').toBeNull();
    await act(() => router.navigate('/'));
    await waitFor(async () => expect(await firstCard()).toEqual({ href: '/papers/2601.20614/en/', previewLang: 'en' }));
  });

  it('tells the summary language from the menu language, in words', async () => {
    await renderApp('/papers/2601.20540');
    await screen.findByRole('heading', { name: '요약' });
    const summary = screen.getByRole('group', { name: '요약 언어' });
    // Named by words on screen (not only for screen readers), and described by a sentence of help.
    expect(summary.getAttribute('aria-labelledby')).toBe(screen.getByText('요약 언어').id);
    expect(document.getElementById(summary.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/KO\/EN/);
    expect(screen.getByRole('group', { name: '메뉴 언어' })).toBeTruthy();
  });
});

describe('the head of a page', () => {
  const meta = (name: string) =>
    document.head.querySelector(`meta[name="${name}"], meta[property="${name}"]`)?.getAttribute('content');

  it('names the page, and follows in-app navigation', async () => {
    const { router } = await renderApp('/papers/2601.20540/');
    await waitFor(() => expect(document.title).toBe('Advancing Open-source World Models'));
    expect(meta('description')).toMatch(/^비디오 생성 모델/);
    expect(document.head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://papers.example.org/papers/2601.20540/',
    );
    await router.navigate('/search/');
    await waitFor(() => expect(document.title).toBe('검색 · 데일리 페이퍼 · Daily Papers'));
    expect(document.head.querySelectorAll('title, meta[name="description"], link[rel="canonical"]')).toHaveLength(3);
  });

  it('announces the new page’s title after a navigation, and only then', async () => {
    const { router } = await renderApp('/');
    const announcer = () => document.getElementById('route-announcer')?.textContent;
    await waitFor(() => expect(document.title).toBe('2026-01-29 Daily Papers · 데일리 페이퍼 · Daily Papers'));
    expect(announcer()).toBe('');
    // The paper's data is not loaded yet: its title is announced once it is.
    await router.navigate('/papers/2601.20540/');
    await waitFor(() => expect(announcer()).toBe('Advancing Open-source World Models'));
    await router.navigate('/search/');
    await waitFor(() => expect(announcer()).toBe('검색 · 데일리 페이퍼 · Daily Papers'));
    // The same page in another interface language is retitled, not announced as a new page.
    await userEvent.click(screen.getByRole('button', { name: 'EN' }));
    await waitFor(() => expect(document.title).toBe('Search · 데일리 페이퍼 · Daily Papers'));
    expect(announcer()).toBe('검색 · 데일리 페이퍼 · Daily Papers');
  });

  it('of a paper names its pages in each language, its first day and the feeds', async () => {
    await renderApp('/papers/2601.20540/en/');
    await waitFor(() => expect(meta('og:locale')).toBe('en_US'));
    const links = (selector: string) =>
      [...document.head.querySelectorAll(selector)].map((link) =>
        [link.getAttribute('hreflang') ?? link.getAttribute('title'), link.getAttribute('href')].join(' '),
      );
    expect(links('link[rel="alternate"][hreflang]')).toEqual([
      'ko https://papers.example.org/papers/2601.20540/',
      'en https://papers.example.org/papers/2601.20540/en/',
      'x-default https://papers.example.org/papers/2601.20540/',
    ]);
    expect(meta('og:locale:alternate')).toBe('ko_KR');
    expect(meta('article:published_time')).toBe('2026-01-29');
    expect(meta('og:image:alt'), 'the site’s own card: the paper has no image').toBe('데일리 페이퍼 · Daily Papers');
    expect(links('link[rel="alternate"][type="application/atom+xml"]')).toEqual([
      '데일리 페이퍼 · Daily Papers (한국어) https://papers.example.org/feed.xml',
      '데일리 페이퍼 · Daily Papers (English) https://papers.example.org/feed.en.xml',
    ]);
  });

  it('of a paper in a language it has no text in describes it in the language it has', async () => {
    await renderApp('/papers/2511.10647/en/');
    await waitFor(() => expect(document.title).toBe('Depth Anything 3: Recovering the Visual Space from Any Views'));
    expect(meta('og:locale')).toBe('en_US');
    expect(meta('description')).toMatch(/[가-힣]/);
  });
});

describe('not found', () => {
  it('an unknown paper id gets a not-found view with a way back', async () => {
    await renderApp('/papers/9999.99999/');
    await screen.findByRole('heading', { name: '찾을 수 없음' });
    expect(screen.getByText(/9999\.99999/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '최신 다이제스트로 가기' }).getAttribute('href')).toBe('/');
  });

  it('an address whose parameters are no day, paper language or period of the archive', async () => {
    for (const address of ['/days/abc', '/days/2026-01-29x', '/papers/2601.20540/xx', '/archive/all']) {
      const { unmount } = await renderApp(address);
      await screen.findByText('이 주소에는 페이지가 없습니다.');
      expect(screen.getByRole('heading', { level: 1 }).textContent, address).toBe('찾을 수 없음');
      unmount();
    }
  });

  it('an unknown day and an unknown address too', async () => {
    await renderApp('/days/2020-01-01/');
    await screen.findByText('2020-01-01의 다이제스트가 없습니다.');
    await renderApp('/no/such/page');
    await screen.findByText('이 주소에는 페이지가 없습니다.');
  });
});
