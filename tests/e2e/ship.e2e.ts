/**
 * Shipping: prerendered pages on a plain static server, at the root and under a sub-path;
 * link previews; a strict CSP; hostile content that must execute nothing.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { type E2eContext, type E2eTests, gotoReady, openPage } from './harness.ts';

/** One URL of every route kind, and a line of text each must show. */
const ROUTES: [string, RegExp][] = [
  ['', /Harder Is Better/],
  ['days', /2026년 1월/],
  ['days/2025-11-14', /UniVA/],
  ['papers/2601.20614', /MathForge/],
  ['papers/2601.20614/en', /MathForge/],
  ['archive', /전체 논문/],
  ['archive/week', /이번 주/],
  ['archive/month', /이번 달/],
  ['bookmarks', /북마크/],
  ['search', /제목, 요약, 핵심 포인트, 초록/],
];

async function metaTags(page: Page, address: string): Promise<Record<string, string>> {
  const response = await page.request.get(address);
  assert.equal(response.status(), 200, address);
  const html = await response.text();
  const tags: Record<string, string> = {};
  for (const match of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) {
    tags[match[1] ?? ''] = (match[2] ?? '')
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  }
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (canonical) tags.canonical = canonical;
  return tags;
}

async function everyRouteOnHardReload(ctx: E2eContext, root: string) {
  const { page, assertClean, close } = await openPage(ctx);
  for (const [route, text] of ROUTES) {
    const address = new URL(route, root).href;
    const response = await page.goto(address);
    assert.equal(response?.status(), 200, `${address} is served`);
    // The content is in the HTML itself, before any JavaScript runs.
    assert.match(await response.text(), text, `${address} is prerendered`);
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    assert.match(await page.locator('main').innerText(), text, `${address} after a hard reload`);
  }
  assertClean();
  await close();

  // The browser logs the 404 it was sent: that page is checked apart from the others.
  const unknown = await openPage(ctx);
  const missing = await unknown.page.goto(new URL('papers/9999.99999', root).href);
  assert.equal(missing?.status(), 404, 'an unknown address answers 404');
  await unknown.page.getByRole('heading', { name: '찾을 수 없음' }).waitFor();
  await unknown.close();
}

export const tests: E2eTests = {
  async 'every route kind opens on a hard reload at the root'(ctx) {
    await everyRouteOnHardReload(ctx, ctx.sites.main);
  },

  async 'every route kind opens on a hard reload under a sub-path, links and data included'(ctx) {
    await everyRouteOnHardReload(ctx, ctx.sites.subpath);
    const { page, assertClean, close } = await openPage(ctx);
    await gotoReady(page, ctx.sites.subpath);
    await page.getByRole('link', { name: 'Advancing Open-source World Models' }).click();
    await page.waitForURL(/\/sub\/path\/papers\/2601\.20540$/);
    await page.getByRole('heading', { name: '요약' }).waitFor();
    const responses: string[] = [];
    page.on('response', (r) => responses.push(r.url()));
    await page.getByRole('link', { name: '아카이브' }).click();
    await page.locator('article h2').first().waitFor();
    assert.ok(
      responses.every((u) => new URL(u).pathname.startsWith('/sub/path/')),
      `every request stays under the sub-path: ${responses.join(', ')}`,
    );
    assertClean();
    await close();
  },

  async 'a paper page has link-preview tags in each language'(ctx) {
    const { page, close } = await openPage(ctx);
    const ko = await metaTags(page, new URL('papers/2601.20540', ctx.baseUrl).href);
    assert.equal(ko['og:title'], 'Advancing Open-source World Models');
    assert.match(ko['og:description'] ?? '', /[가-힣]/, 'the Korean page describes the paper in Korean');
    assert.equal(ko['og:locale'], 'ko_KR');
    assert.equal(ko['og:type'], 'article');
    assert.match(ko['og:image'] ?? '', /^https?:\/\/.+\.(png|jpe?g|webp)$/);
    assert.match(ko.canonical ?? '', /\/papers\/2601\.20540$/);
    assert.equal(ko['twitter:card'], 'summary_large_image');

    const en = await metaTags(page, new URL('papers/2601.20540/en', ctx.baseUrl).href);
    assert.equal(en['og:title'], 'Advancing Open-source World Models');
    assert.doesNotMatch(en['og:description'] ?? '', /[가-힣]/, 'the English page describes it in English');
    assert.match(en['og:description'] ?? '', /^[A-Z].+\.$/);
    assert.equal(en['og:locale'], 'en_US');
    assert.match(en.canonical ?? '', /\/papers\/2601\.20540\/en$/);

    const withImage = await metaTags(page, new URL('papers/2601.20614', ctx.baseUrl).href);
    assert.match(
      withImage['og:image'] ?? '',
      /\/data\/img\/[0-9a-f]{10}\.jpg$/,
      'a paper with a thumbnail previews it',
    );
    await close();
  },

  async 'every page carries a strict Content-Security-Policy'(ctx) {
    const { page, close } = await openPage(ctx);
    const csp = (await metaTags(page, ctx.baseUrl))['Content-Security-Policy'];
    const html = await (await page.request.get(ctx.baseUrl)).text();
    const policy =
      /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#x27;/g, "'") ?? csp ?? '';
    assert.match(policy, /script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    assert.match(policy, /object-src 'none'/);
    assert.match(policy, /base-uri 'self'/);
    await close();
  },

  async 'hostile content executes nothing and breaks no layout'(ctx) {
    const { page, problems, assertClean, close } = await openPage(ctx, { viewport: { width: 360, height: 800 } });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const route of [
      '',
      'papers/2602.00001',
      'papers/2602.00002',
      'papers/2602.00003',
      'days/2026-02-01',
      'archive',
    ]) {
      const address = new URL(route, ctx.sites.hostile).href;
      const raw = await (await page.request.get(address)).text();
      // Only the app's own scripts: the module, the hashed theme script and two JSON data blocks.
      const scripts = [...raw.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      assert.ok(scripts.length <= 4, `${address} has only the app's scripts: ${scripts.join(' ')}`);
      assert.ok(
        !/<(?:img|svg|iframe|style)\b[^>]*(?:onerror|onload|javascript:)/i.test(raw),
        `${address}: no live markup from the digest`,
      );
      await gotoReady(page, address);
      await page.waitForTimeout(200);
      assert.equal(
        await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
        undefined,
        `${address}: nothing ran`,
      );
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${address}: no horizontal overflow (${overflow}px)`);
    }
    await gotoReady(page, new URL('papers/2602.00001', ctx.sites.hostile).href);
    assert.match(
      await page.locator('h1').innerText(),
      /<script>window\.__pwned=1<\/script> "Quoted" & <b>bold<\/b>/,
      'the title shows as text',
    );
    const links = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    assert.ok(
      links.every((href) => !/^(javascript|data):/i.test(href)),
      `no javascript: or data: links: ${links.join(' ')}`,
    );
    assert.ok(links.includes('https://example.org/ok'), 'the https link survives');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(
      problems.filter((p) => p.startsWith('[csp]')),
      [],
      'no CSP violation: nothing even tried to run',
    );
    assertClean();
    await close();
  },
};
