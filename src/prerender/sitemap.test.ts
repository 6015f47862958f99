// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { robotsTxt, type SitemapEntry, sitemapFiles } from './sitemap.ts';

/** The `<loc>` and `<lastmod>` of each `<url>` or `<sitemap>` of an XML file, read by an XML parser. */
function read(xml: string): string[][] {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  expect(document.querySelector('parsererror'), 'well-formed XML').toBeNull();
  return [...document.documentElement.children].map((item) =>
    [...item.children].map((child) => `${child.tagName}=${child.textContent}`),
  );
}

const ENTRIES: SitemapEntry[] = [
  { path: '/', lastmod: '2026-01-29' },
  { path: '/days/2026-01-28/', lastmod: '2026-01-28' },
  { path: '/days/2026-01-29/', lastmod: '2026-01-29' },
  { path: '/papers/2601.00001/', lastmod: '2026-01-28' },
  { path: '/papers/2601.00001/en/', lastmod: '2026-01-28' },
];

describe('the sitemap', () => {
  it('is an index of parts of at most the limit, with absolute URLs under the base path', () => {
    const files = sitemapFiles(ENTRIES, 'https://papers.example.org', '/sub/path/', 2);
    expect(files.map(([file]) => file)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    const [index, first, , last] = files.map(([, xml]) => xml);
    expect(read(index ?? '')).toEqual([
      ['loc=https://papers.example.org/sub/path/sitemap-1.xml', 'lastmod=2026-01-29'],
      ['loc=https://papers.example.org/sub/path/sitemap-2.xml', 'lastmod=2026-01-29'],
      ['loc=https://papers.example.org/sub/path/sitemap-3.xml', 'lastmod=2026-01-28'],
    ]);
    expect(read(first ?? '')).toEqual([
      ['loc=https://papers.example.org/sub/path/', 'lastmod=2026-01-29'],
      ['loc=https://papers.example.org/sub/path/days/2026-01-28/', 'lastmod=2026-01-28'],
    ]);
    expect(read(last ?? '')).toEqual([
      ['loc=https://papers.example.org/sub/path/papers/2601.00001/en/', 'lastmod=2026-01-28'],
    ]);
  });

  it('is not written without the site’s address, and robots.txt then names none', () => {
    expect(() => sitemapFiles(ENTRIES, '', '/')).toThrow(/SITE_URL/);
    expect(robotsTxt(null)).not.toMatch(/Sitemap/);
    expect(robotsTxt('https://papers.example.org/sitemap.xml')).toMatch(
      /^Sitemap: https:\/\/papers\.example\.org\/sitemap\.xml$/m,
    );
  });
});
