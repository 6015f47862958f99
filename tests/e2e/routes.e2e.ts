/**
 * Prerendered pages on a plain static server, at the root and under a sub-path (this file
 * runs in both projects): every kind of route is a real page, with its content in the HTML.
 */
import { expectReady, gotoAndHydrate, gotoReady } from './support/app.ts';
import { expect, test } from './support/test.ts';

/** One address of every route kind, relative to the site's root, and a line of text each must show. */
const ROUTES: [string, RegExp][] = [
  ['./', /Harder Is Better/],
  ['days/', /2026년 1월/],
  ['days/2025-11-14/', /UniVA/],
  ['papers/2601.20614/', /MathForge/],
  ['papers/2601.20614/en/', /MathForge/],
  ['archive/', /전체 논문/],
  ['archive/week/', /이번 주/],
  ['archive/month/', /이번 달/],
  ['bookmarks/', /북마크/],
  ['search/', /제목, 요약, 핵심 포인트, 초록/],
];

for (const [route, text] of ROUTES) {
  test(`${route} is prerendered and opens on a hard reload`, async ({ page }) => {
    const response = await page.goto(route);
    expect(response?.status(), 'served').toBe(200);
    // The content is in the HTML itself, before any JavaScript runs.
    expect(await response?.text(), 'prerendered').toMatch(text);
    await expectReady(page);
    await page.reload();
    await expectReady(page);
    await expect(page.getByRole('main'), 'after a hard reload').toContainText(text);
  });
}

test('an address without its final slash opens its page, hydrated, at the address links write', async ({ page }) => {
  expect(await gotoAndHydrate(page, 'papers/2601.20614'), 'hydrated, not drawn afresh').toBe(true);
  await expect(page).toHaveURL(/\/papers\/2601\.20614\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Harder Is Better/);
  await gotoReady(page, 'days/2026-01-29?sort=upvotes');
  await expect(page, 'the query is kept').toHaveURL(/\/days\/2026-01-29\/\?sort=upvotes$/);
});

test.describe('an unknown address', () => {
  // The browser logs the 404 it was sent.
  test.use({ allowedProblems: [/Failed to load resource: the server responded with a status of 404/] });

  test('answers 404 with the not-found page', async ({ page }) => {
    const response = await page.goto('papers/9999.99999/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: '찾을 수 없음' })).toBeVisible();
  });
});
