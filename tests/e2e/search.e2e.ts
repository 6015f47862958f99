/**
 * Search in a real browser on a production build of the sample digests
 * (`src/content/digests`): a Korean and an English query typed into the box show the
 * expected papers with the matched words marked, the query lands in the URL, and that URL
 * opened in a fresh browser context shows the same results. A Korean compound finds the same
 * papers written with or without its space, a pasted arXiv link shows its paper, a typo offers
 * the word it was meant as, and the header's box searches from any page.
 */
import type { Locator, Page } from '@playwright/test';
import { expectReady } from './support/app.ts';
import { expect, test } from './support/test.ts';

/**
 * The results list, once it has settled: not showing the previous query's results
 * (`aria-busy`), and every card on it loaded (no placeholder list item left).
 */
async function settledResults(page: Page): Promise<Locator> {
  const list = page.getByRole('list', { name: /^(검색 결과|Search results)$/ });
  await expect(list.getByRole('article').first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(list.getByRole('listitem').filter({ hasNot: page.getByRole('article') })).toHaveCount(0);
  return list;
}

/** The results' titles. */
function titles(list: Locator): Locator {
  return list.getByRole('article').getByRole('heading', { level: 2 });
}

/** The words the results mark as matched. */
function marks(list: Locator): Locator {
  return list.locator('mark');
}

async function search(page: Page, query: string): Promise<Locator> {
  await page.goto('search/');
  const box = page.getByRole('searchbox');
  await box.click();
  await box.pressSequentially(query, { delay: 30 });
  return settledResults(page);
}

test('a Korean query finds inflected forms, marks them and puts ?q= in the URL', async ({ page }) => {
  const list = await search(page, '강화 학습');
  await expect(titles(list).filter({ hasText: /^Harder Is Better/ })).toHaveCount(1);
  await expect(titles(list).filter({ hasText: /^Spark/ })).toHaveCount(1);
  await expect(marks(list).filter({ hasText: /^강화/ }).first(), '강화… is marked').toBeVisible();
  await expect(
    marks(list)
      .filter({ hasText: /^학습.+/ })
      .first(),
    'an inflected 학습… is marked',
  ).toBeVisible();
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === '강화 학습');
  await expect(page.getByText(/^논문 [\d,]+편$/)).toBeVisible();
});

test.describe('an English reader', () => {
  test.use({ locale: 'en-US' });

  test('an English query matches case and plural, in titles and summaries', async ({ page, context }) => {
    // A reader who chose the English interface.
    await context.addInitScript(() => {
      localStorage.setItem('daily-papers:preferences:v1', JSON.stringify({ ui: 'en', summary: null, theme: null }));
    });
    await page.goto('search/?lang=en');
    const box = page.getByRole('searchbox', { name: 'Search papers' });
    await box.pressSequentially('Video Generation', { delay: 30 });
    const list = await settledResults(page);
    await expect(titles(list).filter({ hasText: /^Time-to-Move/ })).toHaveCount(1);
    await expect(titles(list).filter({ hasText: /^UniVA/ })).toHaveCount(1);
    await expect(
      marks(list)
        .filter({ hasText: /^video$/i })
        .first(),
    ).toBeVisible();
    await expect(
      marks(list)
        .filter({ hasText: /^generation$/i })
        .first(),
    ).toBeVisible();
    await expect(page).toHaveURL(
      (url) => url.searchParams.get('q') === 'Video Generation' && url.searchParams.get('lang') === 'en',
    );

    await box.fill('없는단어zz');
    await expect(page.getByText('No papers match “없는단어zz”.')).toBeVisible();
  });
});

test('a shared search URL shows the same results in a fresh context', async ({ page, newContext }) => {
  const list = await search(page, '모델');
  await expect(
    marks(list)
      .filter({ hasText: /^모델.+/ })
      .first(),
  ).toBeVisible();
  const expected = await titles(list).allTextContents();
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === '모델');
  const shared = page.url();

  const second = await (await newContext()).newPage();
  const response = await second.goto(shared);
  expect(response?.status(), 'a shared search is served as a page, not as not-found').toBe(200);
  await expect(second.getByRole('searchbox')).toHaveValue('모델');
  const secondList = await settledResults(second);
  await expect(titles(secondList)).toHaveText(expected);
  await expect(
    marks(secondList)
      .filter({ hasText: /^모델.+/ })
      .first(),
    'an inflected 모델의/모델을… is marked',
  ).toBeVisible();
});

test('강화학습 finds the same papers as 강화 학습, its parts marked', async ({ page }) => {
  const spaced = await titles(await search(page, '강화 학습')).allTextContents();
  expect(spaced.length).toBeGreaterThan(0);
  const list = await search(page, '강화학습');
  await expect(titles(list)).toHaveText(spaced);
  await expect(marks(list).filter({ hasText: /^강화/ }).first(), '강화 is marked').toBeVisible();
  await expect(marks(list).filter({ hasText: /^학습/ }).first(), '학습 is marked').toBeVisible();
});

test('a pasted arXiv link shows its paper as the exact match; an unknown id says so', async ({ page }) => {
  await page.goto('search');
  await expectReady(page);
  const box = page.getByRole('searchbox');
  await box.fill('https://arxiv.org/pdf/2601.20614v2');
  await expect(page.getByText('정확히 일치')).toBeVisible();
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText([/^Harder Is Better/]);

  await box.fill('2601.99999');
  await expect(page.getByText('2601.99999 논문은 이 아카이브에 없습니다.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'arXiv에서 2601.99999 열기' })).toHaveAttribute(
    'href',
    'https://arxiv.org/abs/2601.99999',
  );
});

test('difusion finds diffusion, and offers it as what was meant', async ({ page }) => {
  const list = await search(page, 'difusion');
  // The one paper with `diffusion` (in its English summary).
  await expect(titles(list)).toHaveText([/^Time-to-Move/]);
  const suggestion = page.getByRole('button', { name: '이것을 찾으셨나요? “diffusion”' });
  await suggestion.click();
  await expect(page.getByRole('searchbox')).toHaveValue('diffusion');
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === 'diffusion');
});

test.describe('the header box', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('searches from any page, focuses the page box, and remembers the query', async ({ page }) => {
    const searchFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/data/search/')) searchFiles.push(request.url());
    });
    await page.goto('./');
    await expectReady(page);
    expect(searchFiles, 'a page without search loads none of its index').toEqual([]);
    const header = page.getByRole('banner');
    const box = header.getByRole('searchbox', { name: '논문 검색' });
    await box.click();
    await box.fill('reasoning');
    await box.press('Enter');
    await expect(page).toHaveURL(
      (url) => url.pathname.endsWith('/search') && url.searchParams.get('q') === 'reasoning',
    );
    await settledResults(page);
    const pageBox = page.getByRole('main').getByRole('searchbox');
    await expect(pageBox).toBeFocused();
    await expect(header.getByRole('searchbox'), 'one box on the search page').toHaveCount(0);

    // Remembered once it has stood a moment, and offered on the empty page.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('daily-papers:recent-searches:v1')))
      .toContain('reasoning');
    await pageBox.fill('');
    const recent = page.getByRole('region', { name: '최근 검색어' });
    await expect(recent.getByRole('button', { name: 'reasoning' })).toBeVisible();
    await recent.getByRole('button', { name: '지우기' }).click();
    await expect(recent).toHaveCount(0);
  });
});
