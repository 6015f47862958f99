/**
 * The archive in digest order is cut into days: a heading and a list per day, a jump to a
 * month that lands on its first day (below the sticky header, focus moved there), drawn in
 * the prerendered page already so nothing shifts when the app starts. By upvotes, one list.
 */
import { expectAccessible } from './support/accessibility.ts';
import { gotoReady } from './support/app.ts';
import { layoutShift, recordLayoutShifts } from './support/layout-shift.ts';
import { expect, test } from './support/test.ts';

const DAY_HEADINGS = [/^2026년 1월 29일/, /^2025년 11월 14일/, /^2025년 11월 13일/];

test('the archive by date has a heading and a list per day, and passes axe', async ({ page }) => {
  await gotoReady(page, 'archive/');
  const headings = page.getByRole('heading', { level: 2 });
  await expect(headings).toHaveText(DAY_HEADINGS);
  const firstDay = page.getByRole('list', { name: /^2026년 1월 29일/ });
  await expect(firstDay.getByRole('listitem')).toHaveCount(5);
  await expect(firstDay.getByRole('heading', { level: 3 }).first()).toHaveText(/^Harder Is Better/);
  await expectAccessible(page, 'the archive by day');

  await page.getByRole('button', { name: '추천 많은 순' }).click();
  await expect(page).toHaveURL(/sort=upvotes/);
  await expect(page.getByRole('heading', { name: /^\d{4}년 \d+월 \d+일/ }), 'by upvotes: no day headings').toHaveCount(
    0,
  );
  await expect(page.getByRole('list', { name: '논문 11편' }).getByRole('listitem')).toHaveCount(11);
  await expect(page.getByRole('combobox', { name: '월로 이동' })).toHaveCount(0);
});

test('a jump to a month lands on its first day, below the header, with focus there', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await gotoReady(page, 'archive/');
  await page.getByRole('combobox', { name: '월로 이동' }).selectOption({ label: '2025년 11월' });
  const november = page.getByRole('heading', { name: /^2025년 11월 14일/ });
  await expect(november).toBeFocused();
  const headerBottom = await page.getByRole('banner').evaluate((h) => h.getBoundingClientRect().bottom);
  await expect
    .poll(async () => (await november.boundingBox())?.y ?? -1, 'the heading is not under the sticky header')
    .toBeGreaterThanOrEqual(headerBottom - 1);
  expect((await november.boundingBox())?.y ?? 1000).toBeLessThan(250);
});

for (const width of [360, 1280]) {
  test(`the day headings do not shift the archive as the app starts (${String(width)} px)`, async ({
    page,
    context,
  }) => {
    await page.setViewportSize({ width, height: 780 });
    await recordLayoutShifts(context);
    await gotoReady(page, 'archive/');
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(/^2026년 1월 29일/);
    await expect(page.getByRole('combobox', { name: '월로 이동' })).toBeEnabled();
    // The list's index (each day's count) has arrived and is drawn.
    await page.waitForLoadState('networkidle');
    expect(await layoutShift(page)).toBe(0);
  });
}

test('the last 7 and 30 days sit beside the calendar week and month, with day headings', async ({ page }) => {
  await gotoReady(page, 'archive/');
  const periods = page.getByRole('navigation', { name: '기간' });
  await expect(periods.getByRole('link')).toHaveText(['전체', '주간', '월간', '7일', '30일']);
  await periods.getByRole('link', { name: '7일' }).click();
  await expect(page).toHaveURL(/\/archive\/last7\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('최근 7일');
  await expect(page.getByText(/2026년 1월 23일 – 2026년 1월 29일/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([/^2026년 1월 29일/]);
  await expect(page.getByRole('list', { name: /^2026년 1월 29일/ }).getByRole('listitem')).toHaveCount(5);

  // Prerendered too: opened directly, the 30 days show the same day.
  await gotoReady(page, 'archive/last30/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('최근 30일');
  await expect(page.getByText(/2025년 12월 31일 – 2026년 1월 29일/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([/^2026년 1월 29일/]);
  await expectAccessible(page, 'the last 30 days');
});
