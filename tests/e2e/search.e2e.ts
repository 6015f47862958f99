/**
 * Search in a real browser on a production build of the sample digests
 * (`src/content/digests`): a Korean and an English query typed into the box show the
 * expected papers with the matched words marked, the query lands in the URL, and that URL
 * opened in a fresh browser context shows the same results.
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
  // Typed once the app is running: text typed while the page was still being hydrated was
  // lost in some runs. These scenarios are about the results.
  await expectReady(page);
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
