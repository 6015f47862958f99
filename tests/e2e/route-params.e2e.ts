/**
 * An address whose parameters are not a day, a paper, a language or a period of the archive
 * answers 404 and shows the not-found view under a not-found title; what is shown, the
 * status and the title always agree.
 */
import { expect, test } from './support/test.ts';

const SITE = '데일리 페이퍼 · Daily Papers';
const PAPER_WITHOUT_ENGLISH = 'Depth Anything 3: Recovering the Visual Space from Any Views';

test.describe('a bad route parameter', () => {
  // The browser logs the 404 it was sent.
  test.use({ allowedProblems: [/Failed to load resource: the server responded with a status of 404/] });

  const addresses = [
    'days/abc',
    'days/20260129',
    'days/2026-01-29x',
    'days/2026-02-30',
    'papers/2601.20540/xx',
    'papers/2601.20540/EN',
    'papers/..2601',
    'archive/all',
    'archive/year',
  ];
  for (const address of addresses) {
    test(`${address} answers 404 with the not-found view and title`, async ({ page }) => {
      const response = await page.goto(address);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('찾을 수 없음');
      await expect(page).toHaveTitle(`찾을 수 없음 · ${SITE}`);
      await expect(page.getByText('이 페이지를 불러오는 중 문제가 생겼습니다.')).toHaveCount(0);
    });
  }
});

test('a paper in a language of the archive it has no text in is its page, saying so', async ({ page }) => {
  const response = await page.goto('papers/2511.10647/en/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PAPER_WITHOUT_ENGLISH);
  await expect(page.getByText('This paper has no English summary.')).toBeVisible();
  await expect(page).toHaveTitle(PAPER_WITHOUT_ENGLISH);
});
