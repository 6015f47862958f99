/**
 * Search in a real browser on a production build of the sample digests
 * (`src/content/digests`): a Korean and an English query typed into the box show the
 * expected papers with the matched words marked, the query lands in the URL, and that URL
 * opened in a fresh browser context shows the same results.
 */
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';

type Context = { browser: Browser; baseUrl: string };

function url(baseUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
}

/** The result cards' titles, in rank order, once the results have settled. */
async function resultTitles(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const titles = [...document.querySelectorAll('[role=list] article h2')];
    return (
      titles.length > 0 &&
      document.querySelector('[aria-busy="true"]') === null &&
      document.querySelectorAll('[role=list] [aria-hidden="true"].animate-pulse, [role=list] .animate-pulse').length ===
        0
    );
  });
  return page.locator('[role=list] article h2').allTextContents();
}

async function marks(page: Page): Promise<string[]> {
  return page.locator('[role=list] article mark').allTextContents();
}

async function search(page: Page, baseUrl: string, query: string): Promise<string[]> {
  await page.goto(url(baseUrl, '/search'));
  // Typed once the app is running. Text typed while the page was still being hydrated was
  // lost in some CI runs (not yet understood; see the session note): this scenario is about
  // the results, not about that.
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  const box = page.getByRole('searchbox');
  await box.click();
  await box.pressSequentially(query, { delay: 30 });
  return resultTitles(page);
}

export const tests: Record<string, (ctx: Context) => Promise<void>> = {
  async 'search: a Korean query finds inflected forms, marks them and puts ?q= in the URL'({ browser, baseUrl }) {
    const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const titles = await search(page, baseUrl, '강화 학습');
      assert.ok(titles.length >= 2, `expected several results, got ${JSON.stringify(titles)}`);
      assert.ok(titles.some((t) => t.startsWith('Harder Is Better')));
      assert.ok(titles.some((t) => t.startsWith('Spark')));
      const marked = await marks(page);
      assert.ok(
        marked.some((m) => m.startsWith('강화')),
        `expected 강화… marked, got ${JSON.stringify(marked)}`,
      );
      assert.ok(
        marked.some((m) => m.startsWith('학습') && m !== '학습'),
        `expected an inflected 학습… marked, got ${JSON.stringify(marked)}`,
      );
      assert.equal(new URL(page.url()).searchParams.get('q'), '강화 학습');
      await page.getByText(/^논문 [\d,]+편$/).waitFor();
    } finally {
      await context.close();
    }
  },

  async 'search: an English query matches case and plural, in titles and summaries'({ browser, baseUrl }) {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    try {
      // A reader who chose the English interface.
      await context.addInitScript(() => {
        localStorage.setItem('daily-papers:preferences:v1', JSON.stringify({ ui: 'en', summary: null, theme: null }));
      });
      const page = await context.newPage();
      await page.goto(url(baseUrl, '/search?lang=en'));
      const box = page.getByRole('searchbox', { name: 'Search papers' });
      await box.pressSequentially('Video Generation', { delay: 30 });
      const titles = await resultTitles(page);
      assert.ok(
        titles.some((t) => t.startsWith('Time-to-Move')),
        JSON.stringify(titles),
      );
      assert.ok(
        titles.some((t) => t.startsWith('UniVA')),
        JSON.stringify(titles),
      );
      const marked = (await marks(page)).map((m) => m.toLowerCase());
      assert.ok(marked.includes('video') && marked.includes('generation'), JSON.stringify(marked));
      const params = new URL(page.url()).searchParams;
      assert.equal(params.get('q'), 'Video Generation');
      assert.equal(params.get('lang'), 'en');

      await box.fill('없는단어zz');
      await page.getByText('No papers match “없는단어zz”.').waitFor();
    } finally {
      await context.close();
    }
  },

  async 'search: a shared search URL shows the same results in a fresh context'({ browser, baseUrl }) {
    const first = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 900 } });
    let shared: string;
    let expected: string[];
    try {
      const page = await first.newPage();
      expected = await search(page, baseUrl, '모델');
      shared = page.url();
    } finally {
      await first.close();
    }
    const second = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 900 } });
    try {
      const page = await second.newPage();
      const response = await page.goto(shared);
      assert.equal(response?.status(), 200, 'a shared search is served as a page, not as not-found');
      assert.equal(await page.getByRole('searchbox').inputValue(), '모델');
      assert.deepEqual(await resultTitles(page), expected);
      const marked = await marks(page);
      assert.ok(
        marked.some((m) => m.startsWith('모델') && m !== '모델'),
        `expected 모델의/모델을… marked, got ${JSON.stringify(marked)}`,
      );
    } finally {
      await second.close();
    }
  },
};
