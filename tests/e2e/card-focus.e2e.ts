/**
 * A card's focus ring is for the keyboard: it shows while one Tabs through the card's link
 * and buttons, and not after a tap or click on them.
 */
import type { Locator, Page } from '@playwright/test';
import { gotoReady } from './support/app.ts';
import { expect, test } from './support/test.ts';

const FIRST =
  'Harder Is Better: Boosting Mathematical Reasoning via Difficulty-Aware GRPO and Multi-Aspect Question Reformulation';

function firstCard(page: Page): Locator {
  return page.getByRole('article').filter({ hasText: FIRST });
}

function bookmarkButton(page: Page): Locator {
  return firstCard(page).getByRole('button', { name: `북마크: ${FIRST}` });
}

/** Whether the card is drawn with its 2 px focus ring (a box-shadow of spread 2 px). */
function hasRing(card: Locator): Promise<boolean> {
  return card.evaluate((element) => getComputedStyle(element).boxShadow.includes(' 0px 0px 0px 2px'));
}

/** Presses Tab until `target` has focus (at most 40 times). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('clicking a card’s bookmark button leaves no ring on the card', async ({ page }) => {
  await gotoReady(page, './');
  const button = bookmarkButton(page);
  await expect(button).toBeEnabled();
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await page.mouse.move(0, 0);
  await expect(button, 'the button keeps focus, so the keyboard goes on from there').toBeFocused();
  await expect.poll(() => hasRing(firstCard(page))).toBe(false);
});

test('tabbing to a card’s bookmark button and its title shows the ring', async ({ page }) => {
  await gotoReady(page, './');
  await expect(bookmarkButton(page)).toBeEnabled();
  await tabTo(page, firstCard(page).getByRole('link', { name: FIRST }));
  await expect.poll(() => hasRing(firstCard(page)), 'on the title link').toBe(true);
  await tabTo(page, bookmarkButton(page));
  await expect.poll(() => hasRing(firstCard(page)), 'on the bookmark button').toBe(true);
  await page.keyboard.press('Enter');
  await expect(bookmarkButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => hasRing(firstCard(page)), 'after pressing it with the keyboard').toBe(true);
});
