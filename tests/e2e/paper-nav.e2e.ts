/**
 * Moving from paper to paper on the production build: the paper page's previous and next
 * follow the list the paper was opened from (a day in its order, an archive view, search
 * results, the bookmarks), a deep link uses the paper's day, and the address stays the paper's.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility.ts';
import { cardTitles, expectReady, gotoReady, LATEST_DAY_TITLES } from './support/app.ts';
import { expect, test } from './support/test.ts';

const DAY = LATEST_DAY_TITLES;

function pager(page: Page) {
  return page.getByRole('navigation', { name: '목록의 이전·다음 논문' });
}

function nextLink(page: Page) {
  return pager(page).getByRole('link', { name: /^다음 논문/ });
}

function previousLink(page: Page) {
  return pager(page).getByRole('link', { name: /^이전 논문/ });
}

/** The line above the paper: the list's name (a link back to it) and "2 / 5". */
function listLine(page: Page) {
  return page
    .getByRole('main')
    .locator('p')
    .filter({ has: page.getByRole('link') })
    .first();
}

/**
 * One finger from `from` to `to` on the touch screen, in a few steps 30 ms apart. The events
 * carry their own times, so a busy machine delivering them slowly does not make a slow drag.
 */
async function swipe(cdp: CDPSession, from: [number, number], to: [number, number]) {
  const steps = 4;
  const start = Date.now() / 1000;
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', step: number, points: { x: number; y: number }[]) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points, timestamp: start + 0.03 * step });
  await send('touchStart', 0, [{ x: from[0], y: from[1] }]);
  for (let step = 1; step <= steps; step++) {
    const x = from[0] + ((to[0] - from[0]) * step) / steps;
    const y = from[1] + ((to[1] - from[1]) * step) / steps;
    await send('touchMove', step, [{ x, y }]);
  }
  await send('touchEnd', steps + 1, []);
}

async function expectPaper(page: Page, title: string, position: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(listLine(page)).toContainText(position);
}

test('a day’s papers follow one another in the day’s order, with their titles and places', async ({ page }) => {
  await gotoReady(page, './');
  await page.getByRole('link', { name: DAY[1] }).click();
  await expect(page).toHaveURL(/\/papers\/2601\.20540\/$/);
  await expectPaper(page, DAY[1], '2 / 5');
  await expect(listLine(page).getByRole('link')).toHaveText(/^2026년 1월 29일/);
  await expect(previousLink(page)).toContainText(DAY[0]);
  await expect(nextLink(page)).toContainText(DAY[2]);
  await expectAccessible(page, 'a paper with previous and next');

  await nextLink(page).click();
  // The address is the paper's own: the list travels in the history, not in the link.
  await expect(page).toHaveURL(/\/papers\/2601\.19325\/$/);
  await expectPaper(page, DAY[2], '3 / 5');
  await previousLink(page).click();
  await expectPaper(page, DAY[1], '2 / 5');
  await previousLink(page).click();
  await expectPaper(page, DAY[0], '1 / 5');
  await expect(pager(page)).toContainText('목록의 첫 논문입니다');
  await expect(previousLink(page)).toHaveCount(0);

  await listLine(page).getByRole('link').click();
  await expect(page).toHaveURL(/\/days\/2026-01-29\/$/);
});

// (Within a day of the sample, the digest's order is the upvotes' too: the archive below is
// where the two orders differ.)
test('a day sorted by upvotes is walked in the grid’s order and leads back to it', async ({ page }) => {
  await gotoReady(page, 'days/2026-01-29/?sort=upvotes');
  const titles = await cardTitles(page).allTextContents();
  await page.getByRole('link', { name: titles[0] }).click();
  for (const [index, title] of titles.entries()) {
    await expectPaper(page, title, `${index + 1} / 5`);
    if (index < titles.length - 1) await nextLink(page).click();
  }
  await expect(pager(page)).toContainText('목록의 마지막 논문입니다');
  await listLine(page).getByRole('link').click();
  await expect(page).toHaveURL(/\/days\/2026-01-29\/\?sort=upvotes$/);
});

test('the archive by upvotes is walked across days, and the list survives a reload', async ({ page }) => {
  await gotoReady(page, 'archive/?sort=upvotes');
  const titles = await cardTitles(page).allTextContents();
  expect(titles).toHaveLength(11);
  await page.getByRole('link', { name: titles[2] }).click();
  await expectPaper(page, titles[2] ?? '', '3 / 11');
  await expect(listLine(page).getByRole('link')).toHaveText('전체 논문');
  await nextLink(page).click();
  await expectPaper(page, titles[3] ?? '', '4 / 11');

  await page.reload();
  await expectReady(page);
  await expectPaper(page, titles[3] ?? '', '4 / 11');
  await expect(nextLink(page)).toContainText(titles[4] ?? '');
});

test('search results are walked in their ranking', async ({ page }) => {
  await gotoReady(page, 'search/?q=model');
  const list = page.getByRole('list', { name: '검색 결과' });
  // Settled: drawn, not the previous query's, every card loaded.
  await expect(list.getByRole('article').first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(list.getByRole('listitem').filter({ hasNot: page.getByRole('article') })).toHaveCount(0);
  const titles = await list.getByRole('article').getByRole('heading', { level: 2 }).allTextContents();
  expect(titles.length).toBeGreaterThan(2);
  await list.getByRole('link', { name: titles[0] }).click();
  await expectPaper(page, titles[0] ?? '', `1 / ${titles.length}`);
  await expect(listLine(page).getByRole('link')).toHaveText('“model” 검색 결과');
  await nextLink(page).click();
  await expectPaper(page, titles[1] ?? '', `2 / ${titles.length}`);
  await listLine(page).getByRole('link').click();
  await expect(page).toHaveURL(/\/search\/\?q=model$/);
});

test('bookmarks are walked newest saved first', async ({ page }) => {
  await gotoReady(page, './');
  for (const title of [DAY[3], DAY[0]]) {
    await page.getByRole('button', { name: `북마크: ${title}`, exact: true, pressed: false }).click();
  }
  await page
    .getByRole('navigation', { name: '주 메뉴' })
    .getByRole('link', { name: /^북마크/ })
    .click();
  await expect(cardTitles(page)).toHaveText([DAY[0], DAY[3]]);
  await page.getByRole('link', { name: DAY[0] }).click();
  await expectPaper(page, DAY[0], '1 / 2');
  await expect(listLine(page).getByRole('link')).toHaveText('북마크');
  await nextLink(page).click();
  await expectPaper(page, DAY[3], '2 / 2');
});

test('a deep link walks the paper’s day, and switching language keeps the list', async ({ page }) => {
  await gotoReady(page, 'papers/2601.20552/');
  await expectPaper(page, DAY[3], '4 / 5');
  await expect(nextLink(page)).toContainText(DAY[4]);

  await gotoReady(page, 'archive/');
  const titles = await cardTitles(page).allTextContents();
  await page.getByRole('link', { name: titles[6] }).click();
  await expectPaper(page, titles[6] ?? '', '7 / 11');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expectPaper(page, titles[6] ?? '', '7 / 11');
  await nextLink(page).click();
  // The next paper opens in the language chosen.
  await expect(page).toHaveURL(/\/en\/$/);
  await expectPaper(page, titles[7] ?? '', '8 / 11');
});

for (const [id, position] of [
  ['2601.20540', '2 / 5'],
  ['2601.20614', '1 / 5'],
] as const) {
  test(`the prerendered paper page does not shift when its list arrives (${position})`, async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.setViewportSize({ width: 360, height: 780 });
    await gotoReady(page, `papers/${id}/`);
    await expect(nextLink(page)).toBeVisible();
    await expect(listLine(page)).toContainText(position);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
  });
}

test.describe('a phone', () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

  test('the five papers of a day are read with “next” taps alone', async ({ page }) => {
    await gotoReady(page, './');
    await page.getByRole('link', { name: DAY[0] }).tap();
    let taps = 1;
    for (const [index, title] of DAY.entries()) {
      await expectPaper(page, title, `${index + 1} / 5`);
      if (index < DAY.length - 1) {
        await nextLink(page).tap();
        taps++;
      }
    }
    expect(taps, 'one tap to open the first paper, one per next paper').toBe(5);
  });

  test('a sideways swipe turns to the next or previous paper, and a vertical one only scrolls', async ({ page }) => {
    const swipeCode: string[] = [];
    page.on('request', (request) => {
      if (/\/swipe-[^/]*\.js$/.test(request.url())) swipeCode.push(request.url());
    });
    await gotoReady(page, './');
    await page.getByRole('link', { name: DAY[1] }).tap();
    await expectPaper(page, DAY[1], '2 / 5');
    expect(swipeCode, 'the swipe code waits for a touch on a paper page').toEqual([]);

    const cdp = await page.context().newCDPSession(page);
    await expect(nextLink(page)).toBeVisible();
    await swipe(cdp, [320, 500], [60, 510]);
    await expectPaper(page, DAY[2], '3 / 5');
    expect(swipeCode).toHaveLength(1);
    await expect(previousLink(page)).toBeVisible();
    await swipe(cdp, [100, 500], [340, 490]);
    await expectPaper(page, DAY[1], '2 / 5');

    await swipe(cdp, [200, 650], [150, 150]);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await expectPaper(page, DAY[1], '2 / 5');
    await expect(page).toHaveURL(/\/papers\/2601\.20540\/$/);
  });
});
