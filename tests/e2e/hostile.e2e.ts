/**
 * Hostile content (tests/fixtures/hostile, with a 5 MB abstract): script tags, event
 * handlers, `javascript:` and `data:` links must execute nothing and break no layout. A CSP
 * violation (anything that even tried to run) fails the test through the page checks.
 */
import { gotoReady } from './support/app.ts';
import { expect, test } from './support/test.ts';

test.use({ viewport: { width: 360, height: 800 } });

const ROUTES = ['./', 'papers/2602.00001/', 'papers/2602.00002/', 'papers/2602.00003/', 'days/2026-02-01/', 'archive/'];

for (const route of ROUTES) {
  test(`${route} executes nothing and breaks no layout`, async ({ page, request }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const raw = await (await request.get(route)).text();
    // Only the app's own scripts: the module, the hashed theme script and two JSON data blocks.
    const scripts = [...raw.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length, `only the app's scripts: ${scripts.join(' ')}`).toBeLessThanOrEqual(4);
    const liveMarkup = /<(?:img|svg|iframe|style)\b[^>]*(?:onerror|onload|javascript:)/i.exec(raw)?.[0];
    expect(liveMarkup, 'no live markup from the digest').toBeUndefined();

    await gotoReady(page, route);
    // A moment for anything the page might have scheduled.
    await page.waitForTimeout(200);
    const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
    expect(pwned, 'nothing ran').toBeUndefined();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no horizontal overflow (px)').toBeLessThanOrEqual(0);
    expect(dialogs).toEqual([]);
  });
}

test('a hostile title shows as text, and only its https links survive', async ({ page }) => {
  await gotoReady(page, 'papers/2602.00001/');
  await expect(page.getByRole('heading', { level: 1 }), 'the title shows as text').toHaveText(
    /<script>window\.__pwned=1<\/script> "Quoted" & <b>bold<\/b>/,
  );
  const links = await page
    .getByRole('main')
    .getByRole('link')
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
  expect(
    links.filter((href) => /^(javascript|data):/i.test(href)),
    'no javascript: or data: links',
  ).toEqual([]);
  expect(links, 'the https link survives').toContain('https://example.org/ok');
});

test("a day's introduction shows above its cards, as the text it is", async ({ page }) => {
  await gotoReady(page, 'days/2026-02-01');
  const intro = page.getByRole('region', { name: '이날의 소개' });
  await expect(intro).toContainText("Intro with <script>window.__pwned = 'intro'</script> and <img src=x");
  const introBox = await intro.boundingBox();
  const cardBox = await page.getByRole('article').first().boundingBox();
  expect(introBox && cardBox && introBox.y + introBox.height <= cardBox.y, 'above the first card').toBe(true);
});
