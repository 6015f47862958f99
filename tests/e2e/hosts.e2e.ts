/**
 * The same site on a host with a single-page fallback (an unknown address gets the home page,
 * status 200: nginx `try_files $uri $uri/index.html /index.html`, S3, Netlify `/* /index.html`):
 * a deep link still gets its own prerendered page, which the app hydrates rather than redraws.
 */
import { encodeList } from '../../src/features/shared-list/list-link.ts';
import { gotoAndHydrate } from './support/app.ts';
import { spaFallbackUrl } from './support/sites.ts';
import { expect, test } from './support/test.ts';

const PAPER_TITLE = /^Harder Is Better/;

for (const address of ['papers/2601.20614/', 'papers/2601.20614', 'papers/2601.20614/en/']) {
  test(`a single-page fallback host answers ${address} with that paper’s own page`, async ({ page, request }) => {
    const url = new URL(address, spaFallbackUrl()).href;
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html, 'the paper’s page, not the home page').toMatch(/data-path="\/papers\/2601\.20614\/(en\/)?"/);
    expect(html).toContain('<h1');
    expect(html).toMatch(/Harder Is Better/);

    expect(await gotoAndHydrate(page, url), 'hydrated, not drawn afresh').toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(PAPER_TITLE);
    await expect(page).toHaveURL(/\/papers\/2601\.20614\/(en\/)?$/);
  });
}

test('a single-page fallback host answers an unknown address with the home page, which the app redraws', async ({
  page,
}) => {
  const response = await page.goto(new URL('papers/9999.99999/', spaFallbackUrl()).href);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: '찾을 수 없음' })).toBeVisible();
});

test('a single-page fallback host answers a shared reading list’s link with the list’s page', async ({ page }) => {
  const list = encodeList({ title: 'fallback', ids: ['2601.20540'] });
  if (!list.ok) throw new Error(list.error);
  const url = new URL(`list/?l=${list.text}&lang=ko`, spaFallbackUrl()).href;
  const response = await page.goto(url);
  expect(await response?.text(), 'the list’s own page, not the home page').toContain('data-path="/list/"');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('fallback');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Advancing Open-source World Models');
});
