/**
 * The most bookmarks an import accepts (60,000 in a file under its 5 MiB limit): they are
 * imported, listed and scrolled, and the page keeps answering clicks. And an import that does
 * not fit in the browser's storage keeps what was saved there and says storage is full.
 */
import type { Page } from '@playwright/test';
import { bookmarkExport, generatedTitle, MANY_BOOKMARKS } from '../support/bookmark-export.ts';
import { expectReady } from './support/app.ts';
import { expect, test } from './support/test.ts';

const KEY = 'daily-papers:bookmarks';
const FIRST = {
  id: '2601.20614',
  title:
    'Harder Is Better: Boosting Mathematical Reasoning via Difficulty-Aware GRPO and Multi-Aspect Question Reformulation',
  date: '2026-01-29',
};

/** `60,000`, as the page writes counts. */
const n = (count: number) => count.toLocaleString('ko-KR');

function headerLink(page: Page, count: number) {
  return page
    .getByRole('navigation', { name: '주 메뉴' })
    .getByRole('link', { name: new RegExp(`^북마크 ?\\(저장한 논문 ${n(count)}편\\)$`) });
}

/** Chooses a file, then applies what its preview says it will do. */
async function importFile(page: Page, text: string) {
  await page
    .getByLabel('가져오기', { exact: true })
    .setInputFiles({ name: 'bookmarks.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('region', { name: '가져오기 전에 확인' }).getByRole('button', { name: '적용' }).click();
}

function storedCount(page: Page): Promise<number> {
  return page.evaluate(
    (key) => (JSON.parse(localStorage.getItem(key) ?? '{"bookmarks":[]}') as { bookmarks: unknown[] }).bookmarks.length,
    KEY,
  );
}

test('60,000 imported bookmarks are listed, scroll, and the page answers clicks', async ({ page }) => {
  await page.goto('bookmarks/');
  await expectReady(page);
  await expect(page.getByRole('heading', { name: '아직 북마크가 없습니다' })).toBeVisible();

  await importFile(page, bookmarkExport(MANY_BOOKMARKS, [FIRST]));
  await expect(
    page.getByText(`가져오기 완료: ${n(MANY_BOOKMARKS)}편 추가, 0편은 이미 저장되어 있습니다.`),
  ).toBeVisible();
  await expect(headerLink(page, MANY_BOOKMARKS)).toBeVisible();
  expect(await storedCount(page), 'all of them stored').toBe(MANY_BOOKMARKS);

  const list = page.getByRole('list', { name: '북마크한 논문' });
  const cards = list.getByRole('article');
  await expect(cards.first()).toContainText(FIRST.title);
  // Only the rows near the screen exist; each still says where it stands in the whole list.
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(MANY_BOOKMARKS));
  expect(await list.getByRole('listitem').count()).toBeLessThan(100);

  // To the end of the list: its oldest bookmark is drawn there.
  const last = cards.filter({ hasText: generatedTitle(MANY_BOOKMARKS - 1) });
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(last).toBeInViewport({ timeout: 1_000 });
  }).toPass();

  // A click there answers: the bookmark is removed, and stays in view to be saved again.
  const toggle = last.getByRole('button', { name: `북마크: ${generatedTitle(MANY_BOOKMARKS - 1)}` });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(headerLink(page, MANY_BOOKMARKS - 1)).toBeVisible();

  // Back at the top, the order switch answers too.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: '추천 많은 순' }).click();
  await expect(page).toHaveURL(/sort=upvotes/);
  await expect(page.getByRole('button', { name: '추천 많은 순' })).toHaveAttribute('aria-pressed', 'true');
  await expect(cards.first()).toBeVisible();

  await page.reload();
  await expect(headerLink(page, MANY_BOOKMARKS - 1)).toBeVisible();
  await expect(cards.first()).toBeVisible();
});

test('an import that does not fit in storage keeps what was saved and says storage is full', async ({ page }) => {
  await page.goto('bookmarks/');
  await expectReady(page);
  await importFile(page, bookmarkExport(1, [FIRST]));
  await expect(headerLink(page, 1)).toBeVisible();
  const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
  // A second setting of about 1 MB: the 60,000 bookmarks no longer fit beside it.
  await page.evaluate(() => localStorage.setItem('other-app-data', 'x'.repeat(1_000_000)));

  await importFile(page, bookmarkExport(MANY_BOOKMARKS, [FIRST]));
  await expect(page.getByRole('status').filter({ hasText: '브라우저 저장 공간이 가득 차서' })).toBeVisible();
  await expect(
    page.getByText(`가져오기 완료: ${n(MANY_BOOKMARKS - 1)}편 추가, 1편은 이미 저장되어 있습니다.`),
  ).toBeVisible();
  await expect(headerLink(page, MANY_BOOKMARKS), 'kept for this session').toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY), 'what was stored is untouched').toBe(before);

  await page.reload();
  await expect(headerLink(page, 1)).toBeVisible();
});
