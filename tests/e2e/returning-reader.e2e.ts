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
  /** Whether the app drew the page again, hidden till then (src/boot.ts marks it html[data-stale="drawing"]). */
  redrawn: boolean;
  /** What those frames showed that the reader did not ask for, first ones first. */
  wrong: string[];
}

/**
 * Runs in the page from its first script on: at every frame, if `#root` is visible, notes
 * menus in the other language (Hangul, or none, in the main navigation) or visible summaries
 * in another language than the reader's, whether the page was ever hidden to be drawn again,
 * and the element first shown (to tell, later, whether it was replaced).
 */
function probe({ ui, summary }: { ui: string; summary: string }) {
  const seen: Seen = { frames: 0, redrawn: false, wrong: [] };
  (window as unknown as { seen: Seen }).seen = seen;
  new MutationObserver(() => {
    if (document.documentElement.dataset.stale === 'drawing') seen.redrawn = true;
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-stale'] });
  const frame = () => {
    const root = document.getElementById('root');
    if (root?.firstElementChild && root.checkVisibility({ visibilityProperty: true })) {
      seen.frames++;
      const nav = document.querySelector('header nav')?.textContent ?? '';
      if (/[가-힣]/.test(nav) !== (ui === 'ko')) seen.wrong.push(`menus: ${nav}`);
      const previews = [...document.querySelectorAll('article p[lang]')]
        .filter((p) => p.checkVisibility())
        .map((p) => p.getAttribute('lang'));
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

/** The first card's preview as shown (a card carries both languages where it has both, and shows one). */
const firstPreview = (page: Page) => page.getByRole('article').first().locator('p[lang]:visible');

const ENGLISH_MENUS = { ui: 'en', summary: null };

const READERS = [
  { name: 'English menus', stored: ENGLISH_MENUS, expects: { ui: 'en', summary: 'en' } },
  { name: 'English summaries', stored: { ui: null, summary: 'en' }, expects: { ui: 'ko', summary: 'en' } },
  {
    name: 'English menus and Korean summaries',
    stored: { ui: 'en', summary: 'ko' },
    expects: { ui: 'en', summary: 'ko' },
  },
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
    await expect(firstPreview(page)).toHaveAttribute('lang', reader.expects.summary);
    await expect(page.locator('html')).toHaveAttribute('lang', reader.expects.ui);

    const result = await seen(page);
    expect(result.frames, 'the page was shown').toBeGreaterThan(0);
    expect(result.wrong, 'what was shown that the reader did not choose').toEqual([]);
    // The page carries their languages: the app hydrates it, it does not hide it to draw it again.
    expect(result.redrawn, 'the page was hidden and drawn again').toBe(false);
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
  await expect(firstPreview(page)).toHaveAttribute('lang', 'en');
  start();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'KO', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/2026년 1월 29일/);
});

for (const reader of READERS.slice(1)) {
  test(`a returning reader who chose ${reader.name} sees them before the app has started`, async ({
    page,
    context,
  }) => {
    await returningReader(context, reader.stored);
    const start = await holdApp(page);
    await page.goto('days/2026-01-29');
    const card = page.getByRole('article').first();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      reader.expects.ui === 'en' ? /January 29, 2026/ : /2026년 1월 29일/,
    );
    await expect(firstPreview(page)).toHaveAttribute('lang', reader.expects.summary);
    // The other language's preview is in the page, but neither shown nor read out.
    const other = card.locator(`p[data-preview]:not([lang="${reader.expects.summary}"])`);
    const otherText = (await other.textContent()) ?? '';
    expect(otherText).not.toBe('');
    await expect(other).toBeHidden();
    expect(await card.ariaSnapshot()).not.toContain(otherText.slice(0, 40));
    start();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(firstPreview(page)).toHaveAttribute('lang', reader.expects.summary);
    // Once the app runs, the card links to the paper in that language, and the switch says it.
    const link = card.getByRole('heading', { level: 2 }).getByRole('link');
    await expect(link).toHaveAttribute('href', reader.expects.summary === 'en' ? /\/en$/ : /^\/papers\/[^/]+$/);
    const summaryName = reader.expects.summary === 'en' ? 'English' : '한국어';
    await expect(page.getByRole('button', { name: summaryName, exact: true })).toHaveAttribute('aria-pressed', 'true');
    // Choosing the other summary language on the page still switches the cards.
    const otherName = reader.expects.summary === 'en' ? '한국어' : 'English';
    await page.getByRole('button', { name: otherName, exact: true }).click();
    await expect(firstPreview(page)).not.toHaveAttribute('lang', reader.expects.summary);
  });
}

test('a returning reader whose phone takes more than 3 s to start the app still never sees Korean first', async ({
  page,
  context,
}) => {
  const reader = READERS[1];
  await returningReader(context, reader.stored);
  await context.addInitScript(probe, reader.expects);
  // The app's code has arrived (boot runs), but its main module takes 4 s more. The page was
  // prerendered without `?sort=`, so the app draws it afresh, hidden until then.
  const start = await holdApp(page);
  await page.goto('days/2026-01-29?sort=upvotes');
  await page.waitForTimeout(4_000);
  start();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(firstPreview(page)).toHaveAttribute('lang', 'en');
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
