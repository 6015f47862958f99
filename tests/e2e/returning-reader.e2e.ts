/**
 * A returning reader whose stored choices differ from what a page was prerendered with (it is
 * built for a reader with none: Korean menus, Korean summaries) sees their own languages from
 * the first frame that shows anything, never the prerendered Korean first, and the page's
 * embedded data is used, not fetched again. On a slowed CPU (4×), so the app starts late.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { holdApp } from './support/app.ts';
import { expect, test } from './support/test.ts';

interface Seen {
  /** Frames in which the page was visible. */
  frames: number;
  /** What those frames showed that the reader did not ask for, first ones first. */
  wrong: string[];
}

/**
 * Runs in the page from its first script on: at every frame, if `#root` is visible, notes
 * Korean menus (Hangul in the main navigation) or visible Korean summaries when the reader
 * asked for English ones.
 */
function probe({ ui, summary }: { ui: string; summary: string }) {
  const seen: Seen = { frames: 0, wrong: [] };
  (window as unknown as { seen: Seen }).seen = seen;
  const frame = () => {
    const root = document.getElementById('root');
    if (root?.firstElementChild && root.checkVisibility({ visibilityProperty: true })) {
      seen.frames++;
      const nav = document.querySelector('header nav')?.textContent ?? '';
      if (ui === 'en' && /[가-힣]/.test(nav)) seen.wrong.push(`Korean menus: ${nav}`);
      const previews = [...document.querySelectorAll('article p[lang]')].map((p) => p.getAttribute('lang'));
      if (previews.some((lang) => lang !== summary)) seen.wrong.push(`summaries in ${previews.join(',')}`);
    }
    if (seen.wrong.length < 5) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => (window as unknown as { seen: Seen }).seen);
}

/** A reader who stored these language choices (and no theme) on an earlier visit. */
async function returningReader(context: BrowserContext, stored: { ui: string | null; summary: string | null }) {
  await context.addInitScript((choices) => {
    localStorage.setItem('daily-papers:preferences:v1', JSON.stringify({ ...choices, theme: null }));
  }, stored);
}

const ENGLISH_MENUS = { ui: 'en', summary: null };

const READERS = [
  { name: 'English menus', stored: ENGLISH_MENUS, expects: { ui: 'en', summary: 'en' } },
  { name: 'English summaries', stored: { ui: null, summary: 'en' }, expects: { ui: 'ko', summary: 'en' } },
] as const;

for (const reader of READERS) {
  test(`a returning reader who chose ${reader.name} never sees the Korean page first`, async ({ page, context }) => {
    await returningReader(context, reader.stored);
    await context.addInitScript(probe, reader.expects);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const fetchedDays: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/data/days/')) fetchedDays.push(request.url());
    });

    await page.goto('days/2026-01-29');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    await expect(page.getByRole('article').first().locator('p[lang]')).toHaveAttribute('lang', reader.expects.summary);
    await expect(page.locator('html')).toHaveAttribute('lang', reader.expects.ui);

    const result = await seen(page);
    expect(result.frames, 'the page was shown').toBeGreaterThan(0);
    expect(result.wrong, 'what was shown that the reader did not choose').toEqual([]);
    expect(fetchedDays, 'the day embedded in the page is not fetched again').toEqual([]);
  });
}

test('a returning reader with English menus sees the day in English before the app has started', async ({
  page,
  context,
}) => {
  await returningReader(context, ENGLISH_MENUS);
  const start = await holdApp(page);
  await page.goto('days/2026-01-29');
  // The page carries its English version: it is shown as it is, and the app hydrates it.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/January 29, 2026/);
  await expect(page.getByRole('link', { name: 'Days', exact: true })).toBeVisible();
  await expect(page.getByRole('article').first().locator('p[lang]')).toHaveAttribute('lang', 'en');
  start();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'KO', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/2026년 1월 29일/);
});

test('a returning reader whose phone takes more than 3 s to start the app still never sees Korean first', async ({
  page,
  context,
}) => {
  const reader = READERS[1];
  await returningReader(context, reader.stored);
  await context.addInitScript(probe, reader.expects);
  // The app's code has arrived (boot runs), but its main module takes 4 s more.
  const start = await holdApp(page);
  await page.goto('days/2026-01-29');
  await page.waitForTimeout(4_000);
  start();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('article').first().locator('p[lang]')).toHaveAttribute('lang', 'en');
  expect((await seen(page)).wrong, 'what was shown that the reader did not choose').toEqual([]);
});

test('a returning reader with English menus gets the page’s English head, before and after the app starts', async ({
  page,
  context,
}) => {
  await returningReader(context, ENGLISH_MENUS);
  const start = await holdApp(page);
  await page.goto('search');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(page).toHaveTitle('Search · 데일리 페이퍼 · Daily Papers');
  start();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  // Hydration adopts the head tags it finds: the Korean page's are gone, not left beside them.
  await expect(page.locator('head meta[property="og:locale"]')).toHaveCount(1);
  await expect(page.locator('head meta[property="og:locale"]')).toHaveAttribute('content', 'en_US');
  await expect(page.locator('head title')).toHaveCount(1);
});
