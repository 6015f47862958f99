/** The site built for a sub-path (BASE_PATH=/sub/path/): its links and data stay under it. */
import { cardTitles, gotoReady } from './support/app.ts';
import { expect, test } from './support/test.ts';

test('links and data requests stay under the sub-path', async ({ page }) => {
  await gotoReady(page, './');
  await page.getByRole('link', { name: 'Advancing Open-source World Models' }).click();
  await expect(page).toHaveURL(/\/sub\/path\/papers\/2601\.20540\/$/);
  await expect(page.getByRole('heading', { name: '요약' })).toBeVisible();
  const responses: string[] = [];
  page.on('response', (response) => responses.push(response.url()));
  await page.getByRole('link', { name: '아카이브' }).click();
  await expect(cardTitles(page).first()).toBeVisible();
  expect(responses.length).toBeGreaterThan(0);
  expect(
    responses.filter((address) => !new URL(address).pathname.startsWith('/sub/path/')),
    'every request stays under the sub-path',
  ).toEqual([]);
});
