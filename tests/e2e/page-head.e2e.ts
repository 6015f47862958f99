/**
 * Every route says what it is: its title, description, canonical URL and Open Graph tags,
 * on its prerendered page and after in-app navigation alike, each tag once, and a route
 * change is announced to screen readers.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { gotoReady } from './support/app.ts';
import { expect, test } from './support/test.ts';

const SITE = '데일리 페이퍼 · Daily Papers';
const PAPER = 'Advancing Open-source World Models';

/** The head tags a page is known by, as `name → values` (a tag present twice has two values). */
type HeadTags = Record<string, string[]>;

const HEAD_SELECTOR =
  'title, meta[name="description"], link[rel="canonical"], meta[property^="og:"], meta[name^="twitter:"]';

/** The head tags of the page as it is now in the browser, or of `html` as the browser parses it. */
function headTags(page: Page, html: string | null = null): Promise<HeadTags> {
  return page.evaluate(
    ([markup, selector]) => {
      const head = markup === null ? document.head : new DOMParser().parseFromString(markup, 'text/html').head;
      const tags: Record<string, string[]> = {};
      for (const element of head.querySelectorAll(selector)) {
        const [name, value] =
          element.tagName === 'TITLE'
            ? ['title', element.textContent]
            : element.tagName === 'LINK'
              ? ['canonical', element.getAttribute('href')]
              : [element.getAttribute('property') ?? element.getAttribute('name'), element.getAttribute('content')];
        (tags[name ?? ''] ??= []).push(value ?? '');
      }
      return tags;
    },
    [html, HEAD_SELECTOR] as const,
  );
}

/** The head tags of a page as the server sends it. */
async function servedHead(page: Page, request: APIRequestContext, address: string): Promise<HeadTags> {
  const response = await request.get(address);
  expect(response.status(), address).toBe(200);
  return headTags(page, await response.text());
}

/** The live region that says which page the app has moved to. */
function announcer(page: Page) {
  return page.locator('#route-announcer');
}

/** What each step of the walk below is called, per interface language. */
const WALK = {
  ko: {
    search: '검색',
    bookmarks: '북마크',
    paperLink: /2026\. 1\. 29\.|2026년 1월 29일/,
  },
  en: { search: 'Search', bookmarks: 'Bookmarks', paperLink: /Jan 29, 2026/ },
} as const;

for (const ui of ['ko', 'en'] as const) {
  test.describe(`the ${ui} interface`, () => {
    test.beforeEach(async ({ context }) => {
      await context.addInitScript((lang) => {
        // Also run in the blank page the test starts on, whose storage cannot be used.
        if (location.protocol !== 'http:') return;
        localStorage.setItem('daily-papers:preferences:v1', JSON.stringify({ ui: lang, summary: null, theme: null }));
      }, ui);
    });

    // Narrower than the header's search box needs (1024 px): the menu has its Search link.
    test.use({ viewport: { width: 800, height: 800 } });

    test('in-app navigation retitles the tab and announces each new page', async ({ page }) => {
      const names = WALK[ui];
      const nav = page.getByRole('navigation', {
        name: ui === 'ko' ? '주 메뉴' : 'Main',
      });
      await gotoReady(page, './');
      await expect(page).toHaveTitle(`2026-01-29 Daily Papers · ${SITE}`);
      // In English the Korean page is drawn afresh, not hydrated: its head tags are replaced.
      for (const [name, values] of Object.entries(await headTags(page))) {
        expect(values, `${name} is in the page once`).toHaveLength(1);
      }
      await expect(announcer(page), 'nothing is announced on the first page').toHaveText('');

      await page.getByRole('link', { name: PAPER }).click();
      await expect(page).toHaveURL(/\/papers\/2601\.20540\/(en\/)?$/);
      await expect(page).toHaveTitle(PAPER);
      await expect(announcer(page)).toHaveText(PAPER);

      await page.getByRole('article').getByRole('link', { name: names.paperLink }).click();
      await expect(page).toHaveURL(/\/days\/2026-01-29\/$/);
      await expect(page).toHaveTitle(`2026-01-29 Daily Papers (Top 5) · ${SITE}`);
      await expect(announcer(page)).toHaveText(`2026-01-29 Daily Papers (Top 5) · ${SITE}`);

      await nav.getByRole('link', { name: names.search }).click();
      await expect(page).toHaveTitle(`${names.search} · ${SITE}`);
      await expect(announcer(page)).toHaveText(`${names.search} · ${SITE}`);

      await nav.getByRole('link', { name: names.bookmarks }).click();
      await expect(page).toHaveTitle(`${names.bookmarks} · ${SITE}`);
      await expect(announcer(page)).toHaveText(`${names.bookmarks} · ${SITE}`);

      await page.goBack();
      await expect(page).toHaveTitle(`${names.search} · ${SITE}`);
      await expect(announcer(page), 'Back is announced too').toHaveText(`${names.search} · ${SITE}`);
    });
  });
}

test.describe('every page', () => {
  // Narrower than the header's search box needs (1024 px): the menu has its Search link.
  test.use({ viewport: { width: 800, height: 800 } });

  test('a page reached in the app has the head tags of its prerendered page, each once', async ({ page, request }) => {
    const nav = page.getByRole('navigation', { name: '주 메뉴' });
    const steps: [string, () => Promise<void>][] = [
      ['papers/2601.20540/', () => page.getByRole('link', { name: PAPER }).click()],
      ['days/2026-01-29/', () => page.getByRole('article').getByRole('link', { name: /2026/ }).click()],
      ['days/', () => nav.getByRole('link', { name: '날짜별' }).click()],
      ['archive/', () => nav.getByRole('link', { name: '아카이브' }).click()],
      [
        'archive/week/',
        () => page.getByRole('navigation', { name: '기간' }).getByRole('link', { name: '주간' }).click(),
      ],
      ['search/', () => nav.getByRole('link', { name: '검색' }).click()],
      ['bookmarks/', () => nav.getByRole('link', { name: '북마크' }).click()],
      ['./', () => nav.getByRole('link', { name: '최신' }).click()],
    ];
    await gotoReady(page, './');
    for (const [address, go] of steps) {
      const served = await servedHead(page, request, address);
      for (const [name, values] of Object.entries(served)) {
        expect(values, `${address}: ${name} is written once`).toHaveLength(1);
      }
      await go();
      await expect(page).toHaveURL(new RegExp(`/${address === './' ? '' : address}$`));
      await expect.poll(() => headTags(page), `${address} reached in the app`).toEqual(served);
    }
  });
});

test('a hydrated paper page keeps one of each head tag', async ({ page, request }) => {
  await gotoReady(page, 'papers/2601.20540/en/');
  expect(await headTags(page)).toEqual(await servedHead(page, request, 'papers/2601.20540/en/'));
});

/** The colour the browser's bar takes: the `theme-color` metas whose media applies. */
function barColour(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')]
      .filter((meta) => matchMedia(meta.media || 'all').matches)
      .map((meta) => meta.content),
  );
}

test.describe('the browser bar’s colour', () => {
  test.use({ colorScheme: 'light', allowedProblems: [/Failed to load resource: net::ERR_FAILED/] });

  test('follows the theme the reader picks, and a stored one from the first paint', async ({ page }) => {
    await gotoReady(page, './');
    expect(await barColour(page)).toEqual(['#fafaf9']);
    await page.getByRole('button', { name: '어둡게' }).click();
    await expect.poll(() => barColour(page)).toEqual(['#0c0a09']);
    await page.getByRole('button', { name: '어둡게' }).click();
    await expect.poll(() => barColour(page)).toEqual(['#fafaf9']);
    await page.getByRole('button', { name: '어둡게' }).click();

    // The stored choice, with the app's code never arriving: the page's own head has it.
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await barColour(page)).toEqual(['#0c0a09']);
  });
});
