/** The site built for a sub-path (BASE_PATH=/sub/path/): its links and data stay under it. */
import { encodeList } from '../../src/features/shared-list/list-link.ts';
import { cardTitles, gotoReady } from './support/app.ts';
import { expect, test } from './support/test.ts';

test('links and data requests stay under the sub-path', async ({ page }) => {
  // Every request from the first one on: data the app fetches ahead of a click
  // (on hover, or while idle) must stay under the sub-path as much as the rest.
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await gotoReady(page, './');
  await page.getByRole('link', { name: 'Advancing Open-source World Models' }).click();
  await expect(page).toHaveURL(/\/sub\/path\/papers\/2601\.20540\/$/);
  await expect(page.getByRole('heading', { name: '요약' })).toBeVisible();
  await page.getByRole('link', { name: '아카이브' }).click();
  await expect(page).toHaveURL(/\/sub\/path\/archive\/$/);
  await expect(cardTitles(page).first()).toBeVisible();
  const paths = requests.map((address) => new URL(address).pathname);
  expect(
    paths.filter((path) => path.includes('/data/')),
    'the app fetched its data',
  ).not.toEqual([]);
  expect(
    paths.filter((path) => !path.startsWith('/sub/path/')),
    'every request stays under the sub-path',
  ).toEqual([]);
});

test('a shared reading list opens under the sub-path, its papers linked there', async ({ page }) => {
  const list = encodeList({ title: '', ids: ['2601.20540', '2412.99999'] });
  if (!list.ok) throw new Error(list.error);
  await page.goto(`list/?l=${list.text}&lang=en`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('읽기 목록');
  await expect(page.getByText('이 아카이브에 없는 논문입니다.')).toBeVisible();
  await page.getByRole('link', { name: 'Advancing Open-source World Models' }).click();
  await expect(page).toHaveURL(/\/sub\/path\/papers\/2601\.20540\/en\/$/);
});
