/**
 * What a reader does before the app has started is not lost. On a slow phone (CPU 6×, 100 or
 * 400 ms latency, 200 KB/s each way) a prerendered page is readable long before its code has
 * run: text typed into the search box as soon as it shows (its caret and selection too) and
 * clicks on the page's toggles are acted on once the app runs. Ten tries, each in fresh
 * browser contexts, so the app's code is never cached.
 *
 * The app's main module is held back until the reader is done (odd tries), so that all of it
 * happens before the app starts whatever the machine's speed, or until the reader has begun
 * (even tries), so that the app starts while they type and click.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { cardUpvotes, holdApp, upvotes } from './support/app.ts';
import { expect, test } from './support/test.ts';

const TRIES = 10;

/** Chrome DevTools Protocol throttling for `page`, set before it opens anything. */
async function throttle(context: BrowserContext, page: Page, latency: number): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency,
    downloadThroughput: 200 * 1024,
    uploadThroughput: 200 * 1024,
  });
}

/** Throttled on a busy machine, the app takes many seconds to start, and its results longer. */
const SLOW = { timeout: 45_000 };

/** Waits, throttled, until the app has started: it then sets `html[data-ready]`. */
async function appStarted(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', SLOW);
}

for (let attempt = 1; attempt <= TRIES; attempt++) {
  const latency = attempt % 2 === 1 ? 100 : 400;
  const startsWhileTyping = attempt % 2 === 0;

  test(`typing and clicks made before the app starts are kept (try ${attempt}, ${latency} ms)`, async ({
    page,
    context,
    newContext,
  }) => {
    // Throttled, a page takes several seconds to start on a busy machine.
    test.setTimeout(180_000);

    await throttle(context, page, latency);
    const startSearch = await holdApp(page);
    await page.goto('search', { waitUntil: 'commit' });
    const box = page.getByRole('searchbox');
    await box.pressSequentially('모');
    if (startsWhileTyping) startSearch();
    await box.pressSequentially('델');
    await box.press('Shift+ArrowLeft'); // selects 델, the caret before it
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    startSearch();
    await appStarted(page);

    await expect.soft(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect.soft(page.getByRole('button', { name: 'EN', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect.soft(box).toHaveValue('모델');
    await expect.soft(page).toHaveURL((url) => url.searchParams.get('q') === '모델');
    await expect
      .soft(page.getByRole('list', { name: 'Search results' }).getByRole('article').first())
      .toBeVisible(SLOW);
    expect
      .soft(
        await box.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd]),
        'the selection the reader made is kept',
      )
      .toEqual([1, 2]);

    // A fresh browser (nothing cached, nothing stored) on the latest day: the order toggle.
    const second = await (await newContext()).newPage();
    await throttle(second.context(), second, latency);
    const startHome = await holdApp(second);
    await second.goto('./', { waitUntil: 'commit' });
    const byUpvotes = second.getByRole('button', { name: '추천 많은 순' });
    await byUpvotes.waitFor();
    if (startsWhileTyping) startHome();
    await byUpvotes.click();
    startHome();
    await appStarted(second);

    await expect.soft(byUpvotes).toHaveAttribute('aria-pressed', 'true');
    await expect.soft(second).toHaveURL(/\?sort=upvotes$/);
    await expect.soft(cardUpvotes(second)).toHaveText(upvotes([92, 64, 52, 23, 12]));
  });
}

test('a reader who chose a theme keeps what they typed before the app started too', async ({ page, context }) => {
  // The page is hydrated for this reader too: the stored theme is not one of the choices a
  // prerendered page must match (index.html shows it before the first paint).
  await context.addInitScript(() => {
    localStorage.setItem('daily-papers:preferences:v1', JSON.stringify({ ui: null, summary: null, theme: 'dark' }));
  });
  const start = await holdApp(page);
  await page.goto('search', { waitUntil: 'commit' });
  const box = page.getByRole('searchbox');
  await box.pressSequentially('모델');
  start();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === '모델');
  await expect(box).toHaveValue('모델');
  await expect(page.getByRole('button', { name: '어둡게' })).toHaveAttribute('aria-pressed', 'true');
});
