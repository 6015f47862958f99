/**
 * Keyboard shortcuts on the production build: reading a day with the keyboard alone, the
 * shortcuts of grids and pages, never while typing, the `?` dialog (loaded when first
 * opened, accessible) and the setting that turns single-key shortcuts off.
 */
import type { Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility.ts';
import { expectReady, gotoReady, LATEST_DAY_TITLES } from './support/app.ts';
import { expect, test } from './support/test.ts';

const DAY = LATEST_DAY_TITLES;

function paperTitle(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

/** The polite region that says what a shortcut did. */
function announcement(page: Page) {
  return page.getByRole('contentinfo').getByRole('status');
}

function dialog(page: Page) {
  return page.getByRole('dialog', { name: '키보드 단축키' });
}

test('the five papers of a day are read with the keyboard alone', async ({ page }) => {
  await gotoReady(page, './');
  const keys: string[] = [];
  const key = async (name: string) => {
    keys.push(name);
    await page.keyboard.press(name);
  };

  await key('j');
  await expect(page.getByRole('link', { name: DAY[0] })).toBeFocused();
  await expect(announcement(page)).toHaveText('5개 중 1번째');
  await key('Enter');
  await expect(paperTitle(page)).toHaveText(DAY[0]);
  for (const title of DAY.slice(1)) {
    await key('j');
    await expect(paperTitle(page)).toHaveText(title);
  }
  await expect(page.getByRole('main')).toContainText('5 / 5');
  expect(keys, 'j and Enter open the first paper, j each next one').toEqual(['j', 'Enter', 'j', 'j', 'j', 'j']);
  await page.keyboard.press('j');
  await expect(announcement(page)).toHaveText('목록의 마지막 논문입니다');

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/days\/2026-01-29\/$/);
});

test('cards are walked with j and k, opened with o, bookmarked with b', async ({ page }) => {
  await gotoReady(page, 'archive/');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  const second = page.getByRole('article').nth(1);
  await expect(second.getByRole('heading').getByRole('link')).toBeFocused();
  // In digest order the archive is cut into days, each a list: the place is the day's.
  await expect(announcement(page)).toHaveText('5개 중 2번째');

  await page.keyboard.press('b');
  await expect(second.getByRole('button', { name: /^북마크: /, pressed: true })).toBeVisible();
  await expect(announcement(page)).toHaveText('북마크에 저장했습니다');
  const title = await second.getByRole('heading').textContent();

  await page.keyboard.press('o');
  await expect(paperTitle(page)).toHaveText(title ?? '');
  await expect(page.getByRole('main')).toContainText('2 / 11');
  await page.keyboard.press('b');
  await expect(page.getByRole('main').getByRole('button', { name: /^북마크: /, pressed: false })).toBeVisible();
  await page.keyboard.press('l');
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.getByRole('heading', { name: 'Summary' }).or(page.getByText(/no English summary/))).toBeVisible();
});

test('days, places and search are reached from the keyboard, and typing is left alone', async ({ page }) => {
  await gotoReady(page, 'days/2026-01-29/');
  await page.keyboard.press('[');
  await expect(page).toHaveURL(/\/days\/2025-11-14\/$/);
  // The day's links are drawn once its data has arrived.
  await expect(page.getByRole('link', { name: /^다음 날/ })).toBeVisible();
  await page.keyboard.press(']');
  await expect(page).toHaveURL(/\/days\/2026-01-29\/$/);
  await page.keyboard.press('g');
  await page.keyboard.press('a');
  await expect(page).toHaveURL(/\/archive\/$/);
  await page.keyboard.press('g');
  await page.keyboard.press('b');
  await expect(page).toHaveURL(/\/bookmarks\/$/);
  // Ctrl with a shortcut's key is the browser's.
  await page.keyboard.press('Control+j');
  await expect(page).toHaveURL(/\/bookmarks\/$/);

  // A wide screen has a search box in the header: / lands there, on the same page.
  await page.keyboard.press('/');
  const headerBox = page.getByRole('banner').getByRole('searchbox');
  await expect(headerBox).toBeFocused();
  await page.keyboard.type('gj/?');
  await expect(headerBox).toHaveValue('gj/?');
  await expect(page).toHaveURL(/\/bookmarks\/$/);
  await expect(dialog(page)).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=gj%2F%3F$/);

  // Narrower, the header has none: / opens the search page with its box focused.
  await page.setViewportSize({ width: 800, height: 900 });
  await page.getByRole('link', { name: '아카이브', exact: true }).click();
  await expect(page).toHaveURL(/\/archive\/$/);
  await page.keyboard.press('/');
  const box = page.getByRole('main').getByRole('searchbox');
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(box).toBeFocused();
  await page.keyboard.type('gj/?');
  await expect(box).toHaveValue('gj/?');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(dialog(page)).toHaveCount(0);
});

test('? lists the shortcuts, loaded when first asked for; they can be turned off and back on', async ({ page }) => {
  const dialogCode: string[] = [];
  page.on('request', (request) => {
    if (/shortcuts-dialog[^/]*\.js$/.test(request.url())) dialogCode.push(request.url());
  });
  await gotoReady(page, './');
  await page.keyboard.press('j');
  expect(dialogCode, 'the dialog is not loaded before it is asked for').toEqual([]);

  await page.keyboard.press('?');
  await expect(dialog(page)).toBeVisible();
  expect(dialogCode).toHaveLength(1);
  await expect(dialog(page)).toContainText('다음 카드, 논문에서는 다음 논문');
  await expectAccessible(page, 'the shortcuts dialog');
  // Keys pressed in the dialog are its own.
  await page.keyboard.press('j');
  await expect(page).toHaveURL(/\/$/);

  const setting = dialog(page).getByRole('checkbox', { name: '한 글자 단축키 사용' });
  await expect(setting).toBeChecked();
  await setting.uncheck();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await page.keyboard.press('g');
  await page.keyboard.press('a');
  await page.keyboard.press('?');
  await expect(page).toHaveURL(/\/$/);
  await expect(dialog(page)).toHaveCount(0);

  // Off is remembered, and the footer's button still opens the list to turn them back on.
  await page.reload();
  await expectReady(page);
  await page.keyboard.press('?');
  await expect(dialog(page)).toHaveCount(0);
  await page.getByRole('button', { name: '키보드 단축키' }).click();
  await expect(dialog(page).getByRole('checkbox')).not.toBeChecked();
  await dialog(page).getByRole('checkbox').check();
  await dialog(page).getByRole('button', { name: '닫기' }).click();
  await page.keyboard.press('g');
  await page.keyboard.press('a');
  await expect(page).toHaveURL(/\/archive\/$/);
});

test.describe('an English reader', () => {
  test.use({ locale: 'en-US' });

  test('the dialog speaks the interface language', async ({ page }) => {
    await gotoReady(page, 'papers/2601.20614/en/');
    await page.keyboard.press('?');
    const english = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(english).toContainText('Next card; on a paper, the next paper');
    await expect(english.getByRole('checkbox', { name: 'Use single-key shortcuts' })).toBeChecked();
    await expectAccessible(page, 'the shortcuts dialog in English');
  });
});
