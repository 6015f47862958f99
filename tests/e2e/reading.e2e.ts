/** The reading experience on the production build: home, days, sorting, paper, languages, links. */
import { expectAccessible } from './support/accessibility.ts';
import { cardTitles, cardUpvotes, expectReady, gotoReady, LATEST_DAY_TITLES, upvotes } from './support/app.ts';
import { expect, test } from './support/test.ts';

const SEED_TITLES = LATEST_DAY_TITLES;

/** The archive by upvotes: every paper of the sample, most upvoted first. */
const ARCHIVE_BY_UPVOTES = [92, 73, 64, 52, 36, 34, 23, 18, 14, 12, 7];

/** What the browser logs for an address the server answers with 404. */
const NOT_FOUND_RESPONSE = /Failed to load resource: the server responded with a status of 404/;

test('home shows the five papers of the latest day', async ({ page }) => {
  await gotoReady(page, './');
  await expect(cardTitles(page)).toHaveText(SEED_TITLES);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^2026년 1월 29일/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expectAccessible(page, 'home');
});

test('sorting by upvotes is kept in the URL and survives a reload', async ({ page }) => {
  await gotoReady(page, 'archive/');
  await expect(cardUpvotes(page)).toHaveText(upvotes([92, 64, 52, 23, 12, 18, 14, 7, 73, 36, 34]));
  const byUpvotes = page.getByRole('button', { name: '추천 많은 순' });
  await byUpvotes.click();
  await expect(page).toHaveURL(/sort=upvotes/);
  await expect(cardUpvotes(page)).toHaveText(upvotes(ARCHIVE_BY_UPVOTES));
  await page.reload();
  await expectReady(page);
  await expect(cardUpvotes(page)).toHaveText(upvotes(ARCHIVE_BY_UPVOTES));
  await expect(byUpvotes).toHaveAttribute('aria-pressed', 'true');
});

test('the seed day sorted by upvotes reads 92, 64, 52, 23, 12', async ({ page }) => {
  await gotoReady(page, 'days/2026-01-29/?sort=upvotes');
  await expect(cardUpvotes(page)).toHaveText(upvotes([92, 64, 52, 23, 12]));
});

test('previous and next day links move through the archive', async ({ page }) => {
  await gotoReady(page, 'days/2026-01-29/?sort=upvotes');
  await page.getByRole('link', { name: /이전 날/ }).click();
  await expect(page).toHaveURL(/\/days\/2025-11-14\/\?sort=upvotes/);
  await expect(cardUpvotes(page)).toHaveText(upvotes([18, 14, 7]));
  await page.getByRole('link', { name: /이전 날/ }).click();
  await expect(page).toHaveURL(/\/days\/2025-11-13\//);
  await page.getByRole('link', { name: /다음 날/ }).click();
  await expect(page).toHaveURL(/\/days\/2025-11-14\//);
  await expectAccessible(page, 'a day');
});

test('a paper opens from its card and switches between Korean and English', async ({ page }) => {
  await gotoReady(page, './');
  await page.getByRole('link', { name: SEED_TITLES[3] }).click();
  await expect(page).toHaveURL(/\/papers\/2601\.20552\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLES[3]);
  await expect(page.getByRole('heading', { name: '요약' })).toBeVisible();
  const abstract = page.getByRole('region', { name: '초록 (번역)' });
  await expect(abstract.getByRole('paragraph'), 'paper 4 keeps its two abstract paragraphs').toHaveCount(2);

  const english = page.getByRole('button', { name: 'English', exact: true });
  await english.click();
  await expect(page).toHaveURL(/\/papers\/2601\.20552\/en\/$/);
  await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await expect(english).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: '한국어', exact: true }).click();
  await expect(page).toHaveURL(/\/papers\/2601\.20552\/$/);
  await expect(page.getByRole('heading', { name: '요약' })).toBeVisible();
  await expectAccessible(page, 'a paper');
});

test.describe('sharing', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a copied deep link opens the same paper, language and sort in a fresh browser', async ({
    page,
    newContext,
  }) => {
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await gotoReady(page, 'papers/2601.20540/');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
    await page.getByRole('button', { name: '요약을 항상 영어로 보기' }).click();
    await page
      .getByRole('button', { name: /링크 공유/ })
      .first()
      .click();
    await expect(page.getByText('링크를 복사했습니다')).toBeVisible();
    await expect.poll(clipboard).toMatch(/\/papers\/2601\.20540\/en\/$/);
    const paperLink = await clipboard();

    await gotoReady(page, 'archive/?sort=upvotes');
    await page.getByRole('button', { name: '이 화면 링크 공유' }).click();
    // The sender chose to always read English: that is remembered, and the view link says so.
    await expect.poll(clipboard).toMatch(/\/archive\/\?sort=upvotes&lang=en$/);
    const viewLink = await clipboard();

    const receiver = await (await newContext({ locale: 'ko-KR', permissions: [] })).newPage();
    await gotoReady(receiver, paperLink);
    await expect(receiver.getByRole('heading', { name: 'Summary' })).toBeVisible();
    await expect(receiver.getByRole('heading', { level: 1 })).toHaveText('Advancing Open-source World Models');
    await gotoReady(receiver, viewLink);
    await expect(cardUpvotes(receiver)).toHaveText(upvotes(ARCHIVE_BY_UPVOTES));
  });
});

test('English on one paper is for that paper until the reader makes it the default', async ({ page }) => {
  // A card carries its preview in both languages where it has both, and shows one.
  const firstPreview = page.getByRole('article').first().locator('p[lang]:visible');
  await gotoReady(page, 'papers/2601.20540');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await page.getByRole('link', { name: '최신', exact: true }).click();
  await expect(firstPreview).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('link', { name: SEED_TITLES[0] })).toHaveAttribute('href', '/papers/2601.20614/');

  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(firstPreview).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: '요약을 항상 영어로 보기' }).click();
  await expect(page.getByRole('button', { name: '요약을 항상 영어로 보기' })).toHaveCount(0);
  await gotoReady(page, 'days/2025-11-14');
  await expect(firstPreview).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('group', { name: '요약 언어' })).toHaveAccessibleDescription(/KO\/EN/);
});

test('a deep link survives a hard reload', async ({ page }) => {
  await gotoReady(page, 'papers/2601.20614/en/');
  await expect(page.getByRole('heading', { name: 'Abstract' })).toBeVisible();
  await page.reload();
  await expectReady(page);
  const abstract = page.getByRole('region', { name: 'Abstract' });
  await expect(abstract.getByRole('heading', { name: 'Abstract' })).toBeVisible();
  await expect(abstract.getByRole('paragraph'), 'paper 1 keeps its three abstract paragraphs').toHaveCount(3);
});

test('a paper without text in the chosen language says so and offers the other', async ({ page }) => {
  await gotoReady(page, 'papers/2511.10647/?lang=en');
  await expect(
    page.getByText('This paper has no English summary.').or(page.getByText('이 논문에는 English 요약이 없습니다.')),
  ).toBeVisible();
  await page
    .getByRole('button', { name: /한국어/ })
    .last()
    .click();
  await expect(page.getByRole('heading', { name: '요약' })).toBeVisible();
});

test.describe('not found', () => {
  test.use({ allowedProblems: [NOT_FOUND_RESPONSE] });

  test('unknown paper ids, days and paths get a not-found page with a way back', async ({ page }) => {
    const notFound = page.getByRole('heading', { name: '찾을 수 없음' });
    await gotoReady(page, 'papers/9999.99999/');
    await expect(notFound).toBeVisible();
    await expect(page.getByRole('main')).toContainText('9999.99999');
    await expectAccessible(page, 'not found');
    await page.getByRole('link', { name: '최신 다이제스트로 가기' }).click();
    await expect(cardTitles(page)).toHaveText(SEED_TITLES);

    await gotoReady(page, 'days/2020-01-01/');
    await expect(notFound).toBeVisible();
    await gotoReady(page, 'no/such/page');
    await expect(notFound).toBeVisible();
  });
});

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });

  test('the interface language is the link’s until the reader picks one, which is remembered', async ({ page }) => {
    const html = page.locator('html');
    const heading = page.getByRole('heading', { level: 1 });
    // An English browser opens a Korean page as the sender saw it, and an English link in English.
    await gotoReady(page, './');
    await expect(html).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('link', { name: '날짜별', exact: true })).toBeVisible();
    await gotoReady(page, 'papers/2601.20614/en/');
    await expect(html).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('link', { name: 'Days', exact: true })).toBeVisible();

    await gotoReady(page, './');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(html).toHaveAttribute('lang', 'en');
    await expect(heading).toHaveText(/January 29, 2026/);
    await page.reload();
    await expectReady(page);
    await expect(html).toHaveAttribute('lang', 'en');
    await expect(heading).toHaveText(/January 29, 2026/);
  });
});

test.describe('without the app’s code', () => {
  // The app's scripts are refused below, and the browser logs each refusal.
  test.use({ allowedProblems: [/Failed to load resource: net::ERR_FAILED/] });

  test('a prerendered page that does not match the reader’s choices is never shown before the app redraws it', async ({
    page,
    context,
    newContext,
  }) => {
    await context.addInitScript(() => {
      localStorage.setItem('daily-papers:preferences:v1', JSON.stringify({ ui: 'en', summary: null, theme: null }));
    });
    // Without the app's code, the Korean page this reader would see switch to English stays hidden.
    await context.route('**/assets/*.js', (route) => route.abort());
    await page.goto('./');
    const root = page.locator('#root');
    await expect(root).toBeHidden();
    // … for 3 s at most: a page whose code never arrives is shown anyway.
    await expect(root).toBeVisible();

    // A reader with no stored choices sees the prerendered page at once.
    const fresh = await newContext();
    await fresh.route('**/assets/*.js', (route) => route.abort());
    const freshPage = await fresh.newPage();
    await freshPage.goto('./');
    // Read once, as the page loads: a retrying assertion would also pass after the 3 s.
    const display = await freshPage.locator('#root').evaluate((element) => getComputedStyle(element).display);
    expect(display).toBe('block');
  });
});

test.describe('a narrow screen', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('at 360 px the grid is one column with no horizontal scrolling', async ({ page }) => {
    await gotoReady(page, './');
    await expect(page.getByRole('article')).toHaveCount(SEED_TITLES.length);
    const lefts = await page
      .getByRole('article')
      .evaluateAll((articles) => articles.map((article) => Math.round(article.getBoundingClientRect().left)));
    expect(new Set(lefts).size, 'every card starts at the same x: one column').toBe(1);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, 'no horizontal overflow').toBeLessThanOrEqual(360);
  });
});

test('the whole app works with the keyboard alone', async ({ page }) => {
  await gotoReady(page, './');
  const firstTitle = page.getByRole('link', { name: SEED_TITLES[0] });
  await expect(firstTitle).toBeVisible();
  // Tab to the first card's title link and open it with Enter.
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press('Tab');
    if (await firstTitle.evaluate((link) => link === document.activeElement)) break;
  }
  await expect(firstTitle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/papers\/2601\.20614\//);
});
