/**
 * List density: a phone gets the compact list (five papers on one 360×780 screen), any screen
 * can switch between cards and the list, the choice survives a reload and is drawn before
 * first paint, so the page never shifts (CLS 0), and the list passes axe.
 */
import type { BrowserContext } from '@playwright/test';
import { expectAccessible } from './support/accessibility.ts';
import { gotoReady } from './support/app.ts';
import { layoutShift, recordLayoutShifts } from './support/layout-shift.ts';
import { expect, test } from './support/test.ts';

const PREFERENCES_KEY = 'daily-papers:preferences:v1';

async function storeDensity(context: BrowserContext, density: 'compact' | 'comfortable'): Promise<void> {
  await context.addInitScript(
    ([key, value]) => {
      // Also run in the blank page the test starts on, whose storage cannot be used.
      if (location.protocol !== 'http:' || sessionStorage.getItem('density-stored')) return;
      localStorage.setItem(key, JSON.stringify({ density: value }));
      sessionStorage.setItem('density-stored', '1');
    },
    [PREFERENCES_KEY, density] as const,
  );
}

test.describe('at 360×780', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('a phone gets the compact list: all five papers of a day on the first screen', async ({ page }) => {
    await gotoReady(page, './');
    const layout = page.getByRole('group', { name: '보기' });
    await expect(layout.getByRole('button', { name: '목록' })).toHaveAttribute('aria-pressed', 'true');
    const articles = page.getByRole('article');
    await expect(articles).toHaveCount(5);
    const bottoms = await articles.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().bottom));
    for (const [index, bottom] of bottoms.entries()) {
      expect(bottom, `paper ${String(index + 1)} ends on the first screen`).toBeLessThanOrEqual(780);
    }
    // Each row still has its rank, upvotes, one line of summary and the bookmark toggle.
    const first = articles.first();
    await expect(first.getByText('1위')).toBeVisible();
    await expect(first.getByText('추천 92')).toBeAttached();
    await expect(first.getByRole('button', { name: /북마크/ })).toBeVisible();
    const summaryLines = await first
      .locator('p:visible')
      .first()
      .evaluate((p) => Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight)));
    expect(summaryLines, 'one line of summary').toBe(1);
  });

  test('cards chosen on a phone stay chosen after a reload, without a shift', async ({ page, context }) => {
    await recordLayoutShifts(context);
    await gotoReady(page, './');
    await page.getByRole('button', { name: '카드' }).click();
    await expect(page.getByRole('button', { name: '카드' })).toHaveAttribute('aria-pressed', 'true');
    const cardHeight = async () => (await page.getByRole('article').first().boundingBox())?.height ?? 0;
    await expect.poll(cardHeight, 'a card with its cover is tall').toBeGreaterThan(250);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByRole('button', { name: '카드' })).toHaveAttribute('aria-pressed', 'true');
    expect(await cardHeight()).toBeGreaterThan(250);
    expect(await layoutShift(page), 'no layout shift as the app starts').toBe(0);
  });
});

test.describe('at 1280 px', () => {
  for (const address of ['./', 'archive/']) {
    test(`a stored list density is drawn before first paint: ${address} does not shift`, async ({ page, context }) => {
      await storeDensity(context, 'compact');
      await recordLayoutShifts(context);
      await gotoReady(page, address);
      await expect(page.getByRole('button', { name: '목록' })).toHaveAttribute('aria-pressed', 'true');
      const lefts = await page
        .getByRole('article')
        .evaluateAll((all) => all.slice(0, 5).map((a) => Math.round(a.getBoundingClientRect().left)));
      expect(lefts.length).toBe(5);
      expect(new Set(lefts).size, 'one column: a list').toBe(1);
      expect(await layoutShift(page), 'no layout shift as the app starts').toBe(0);
    });
  }

  test('switching to the list and back changes the grid at once and is remembered', async ({ page }) => {
    await gotoReady(page, './');
    const articles = page.getByRole('article');
    const columns = () =>
      articles.evaluateAll((all) => new Set(all.map((a) => Math.round(a.getBoundingClientRect().left))).size);
    expect(await columns(), 'cards by default on a wide screen').toBeGreaterThan(1);
    await page.getByRole('button', { name: '목록' }).click();
    await expect.poll(columns).toBe(1);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    expect(await columns(), 'the list, remembered').toBe(1);
    await page.getByRole('button', { name: '카드' }).click();
    await expect.poll(columns).toBeGreaterThan(1);
  });

  test('every grid of papers has the switch, and draws the choice', async ({ page }) => {
    await gotoReady(page, './');
    await page.getByRole('button', { name: '목록' }).click();
    for (const address of ['archive/', 'search/?q=model', 'new/?since=2025-11-13']) {
      await gotoReady(page, address);
      await expect(page.getByRole('article').first(), `${address} draws papers`).toBeVisible();
      const list = page.getByRole('group', { name: '보기' }).getByRole('button', { name: '목록' });
      await expect(list, `${address} offers the switch`).toHaveAttribute('aria-pressed', 'true');
      const lefts = await page
        .getByRole('article')
        .evaluateAll((all) => new Set(all.map((a) => Math.round(a.getBoundingClientRect().left))).size);
      expect(lefts, `${address} is one column`).toBe(1);
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the list density passes axe (${colorScheme})`, async ({ page, context }) => {
      await page.emulateMedia({ colorScheme });
      await storeDensity(context, 'compact');
      for (const address of ['./', 'archive/']) {
        await gotoReady(page, address);
        await expect(page.getByRole('button', { name: '목록' })).toHaveAttribute('aria-pressed', 'true');
        await expectAccessible(page, `${address} as a list (${colorScheme})`);
      }
    });
  }
});
