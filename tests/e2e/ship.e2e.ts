/** Shipping: link previews in each language, and a strict Content-Security-Policy on every page. */
import type { APIRequestContext } from '@playwright/test';
import { PUBLISHED_ORIGIN, siteUrl } from './support/sites.ts';
import { expect, test } from './support/test.ts';

/** A page's HTML as the server sends it: what a link-preview crawler reads. */
async function html(request: APIRequestContext, address: string): Promise<string> {
  const response = await request.get(address);
  expect(response.status(), address).toBe(200);
  return response.text();
}

async function metaTags(request: APIRequestContext, address: string): Promise<Record<string, string>> {
  const page = await html(request, address);
  const tags: Record<string, string> = {};
  for (const match of page.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) {
    tags[match[1] ?? ''] = (match[2] ?? '')
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  }
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page)?.[1];
  if (canonical) tags.canonical = canonical;
  return tags;
}

// Link previews need the site's address: read from the sub-path site, built with SITE_URL.
const published = (address: string) => new URL(address, siteUrl('subpath')).href;
const PUBLISHED = `${PUBLISHED_ORIGIN}/sub/path/`;

test('a paper page has link-preview tags in each language', async ({ request }) => {
  const ko = await metaTags(request, published('papers/2601.20540/'));
  expect(ko['og:title']).toBe('Advancing Open-source World Models');
  expect(ko['og:description'], 'the Korean page describes the paper in Korean').toMatch(/[가-힣]/);
  expect(ko['og:locale']).toBe('ko_KR');
  expect(ko['og:type']).toBe('article');
  expect(ko['og:image']).toBe(`${PUBLISHED}og-default.png`);
  expect(ko['og:image:alt']).toBe('데일리 페이퍼 · Daily Papers');
  expect(ko['og:url']).toBe(`${PUBLISHED}papers/2601.20540/`);
  expect(ko['og:locale:alternate']).toBe('en_US');
  expect(ko['article:published_time']).toBe('2026-01-29');
  expect(ko.canonical).toBe(`${PUBLISHED}papers/2601.20540/`);
  expect(ko['twitter:card']).toBe('summary_large_image');

  const en = await metaTags(request, published('papers/2601.20540/en/'));
  expect(en['og:title']).toBe('Advancing Open-source World Models');
  expect(en['og:description'], 'the English page describes it in English').not.toMatch(/[가-힣]/);
  expect(en['og:description']).toMatch(/^[A-Z].+\.$/);
  expect(en['og:locale']).toBe('en_US');
  expect(en.canonical).toBe(`${PUBLISHED}papers/2601.20540/en/`);
  expect(en['og:locale:alternate']).toBe('ko_KR');

  const withImage = await metaTags(request, published('papers/2601.20614/'));
  expect(withImage['og:image'], 'a paper with a thumbnail previews it').toMatch(
    new RegExp(`^${PUBLISHED}data/img/[0-9a-f]{10}\\.jpg$`),
  );
  expect(withImage['og:image:alt']).toMatch(/^Harder Is Better/);
});

test('every page carries a strict Content-Security-Policy', async ({ request }) => {
  const page = await html(request, './');
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1]?.replace(/&#x27;/g, "'");
  expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(policy).toMatch(/object-src 'none'/);
  expect(policy).toMatch(/base-uri 'self'/);
});
