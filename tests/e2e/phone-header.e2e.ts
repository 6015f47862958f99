/**
 * The header on a phone: at 320 and 360 px, in both interface languages and with a
 * bookmark count in it, every item is on screen, whole and clickable, and nothing scrolls
 * sideways.
 */
import type { Locator, Page } from '@playwright/test';
import { gotoReady } from './support/app.ts';
import { expect, test } from './support/test.ts';

/** Twelve saved papers: a two-digit count in the header. */
const SAVED = Array.from({ length: 12 }, (_, i) => ({
  id: `2601.${String(90001 + i)}`,
  title: `Saved paper ${String(i + 1)}`,
  date: '2026-01-29',
  savedAt: new Date(Date.UTC(2026, 0, 29, 9, i)).toISOString(),
}));

/** Whether the element's centre is on screen and the element (not something over it) is there. */
async function expectOnScreen(item: Locator, width: number, label: string): Promise<void> {
  await expect(item, label).toBeVisible();
  const box = await item.boundingBox();
  expect(box, label).not.toBeNull();
  if (!box) return;
  expect(box.x, `${label} starts on screen`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${label} ends on screen`).toBeLessThanOrEqual(width);
  const reachable = await item.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return hit !== null && (hit === element || element.contains(hit));
  });
  expect(reachable, `${label} is not covered or clipped`).toBe(true);
}

async function headerItems(page: Page): Promise<Locator[]> {
  const header = page.getByRole('banner');
  return header.locator('a, button').all();
}

for (const width of [320, 360]) {
  for (const ui of ['ko', 'en'] as const) {
    test.describe(`${String(width)} px, ${ui}`, () => {
      test.use({ viewport: { width, height: 740 } });

      test('every header item is on screen, with the bookmark count', async ({ page, context }) => {
        await context.addInitScript(
          ([lang, bookmarks]) => {
            // Also run in the blank page the test starts on, whose storage cannot be used.
            if (location.protocol !== 'http:') return;
            localStorage.setItem(
              'daily-papers:preferences:v1',
              JSON.stringify({ ui: lang, summary: null, theme: null }),
            );
            localStorage.setItem('daily-papers:bookmarks', JSON.stringify({ version: 1, bookmarks }));
          },
          [ui, SAVED] as const,
        );
        await gotoReady(page, './');
        const nav = page.getByRole('navigation', { name: ui === 'ko' ? '주 메뉴' : 'Main' });
        await expect(
          nav.getByRole('link', { name: ui === 'ko' ? /저장한 논문 12편/ : /12 saved papers/ }),
        ).toBeVisible();

        const items = await headerItems(page);
        expect(items.length, 'logo, 5 nav links, 2 language buttons, theme').toBeGreaterThanOrEqual(9);
        for (const item of items) {
          const name = (await item.getAttribute('aria-label')) ?? (await item.innerText());
          await expectOnScreen(item, width, name);
        }
        const overflow = await nav.evaluate((element) => element.scrollWidth - element.clientWidth);
        expect(overflow, 'the menu hides nothing in a sideways scroll').toBeLessThanOrEqual(0);
        const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(pageWidth, 'the page does not scroll sideways').toBeLessThanOrEqual(width);
      });
    });
  }
}
