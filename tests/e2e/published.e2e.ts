/**
 * What a build publishes beside its pages, read from the built site's files: the root site
 * is built without SITE_URL and names no host it cannot know; the sub-path site is built
 * with one, and every canonical, og:url, feed and sitemap URL is absolute and under its
 * sub-path. This file runs in both projects.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAtomFeed } from 'feedsmith';
import { PUBLISHED_ORIGIN, SITES, SITES_DIR, type SiteName } from './support/sites.ts';
import { expect, test } from './support/test.ts';

/** Every file of the built site, relative to its folder. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/** The value of each match of `pattern`'s first group in `text`. */
function all(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => match[1] ?? '');
}

const site = (): { name: SiteName; dir: string } => {
  const name = test.info().project.name as SiteName;
  return { name, dir: path.join(SITES_DIR, name) };
};

test('a build names no host it does not know', () => {
  const { name, dir } = site();
  const all = files(dir);
  expect(all.length).toBeGreaterThan(30);
  for (const file of all) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    // The router's bundle keeps `http://localhost` as a base for reading relative URLs; it never
    // reaches a page. Anything else, and any address with a port, would be a guessed host.
    if (!file.endsWith('.js')) expect(text, file).not.toContain('localhost');
    expect(text, file).not.toMatch(/localhost:\d/);
    expect(text, file).not.toContain('127.0.0.1');
  }
  if (name === 'root') {
    expect(
      all.filter((file) => /^(feed|sitemap)/.test(file)),
      'no feeds or sitemap without SITE_URL',
    ).toEqual([]);
    expect(readFileSync(path.join(dir, 'robots.txt'), 'utf8')).not.toMatch(/Sitemap/);
  }
});

test('every page’s canonical URL and og:url are its own address', () => {
  const { name, dir } = site();
  const base = SITES[name].base;
  const pages = files(dir).filter((file) => file.endsWith('index.html'));
  expect(pages.length).toBeGreaterThan(20);
  for (const file of pages) {
    const html = readFileSync(path.join(dir, file), 'utf8');
    const address = `${base}${file.replace(/index\.html$/, '')}`;
    const [canonical] = all(html, /<link rel="canonical" href="([^"]*)"/g);
    const ogUrl = all(html, /<meta property="og:url" content="([^"]*)"/g);
    if (name === 'root') {
      expect(canonical, file).toBe(address);
      expect(ogUrl, `${file}: no og:url without SITE_URL`).toEqual([]);
      expect(html, file).not.toMatch(/property="og:image"/);
    } else {
      expect(canonical, file).toBe(`${PUBLISHED_ORIGIN}${address}`);
      expect(ogUrl, file).toEqual([`${PUBLISHED_ORIGIN}${address}`]);
      for (const href of all(html, /<link rel="alternate"[^>]* href="([^"]*)"/g)) {
        expect(href, file).toMatch(new RegExp(`^${PUBLISHED_ORIGIN}${base}`));
      }
    }
  }
});

test.describe('a build with SITE_URL', () => {
  test.skip(() => test.info().project.name !== 'subpath', 'only the sub-path site is built with SITE_URL');

  test('publishes a feed per summary language, every URL absolute and under the sub-path', () => {
    const { dir } = site();
    const prefix = `${PUBLISHED_ORIGIN}/sub/path/`;
    for (const [file, lang] of [
      ['feed.xml', ''],
      ['feed.en.xml', 'en/'],
    ] as const) {
      const feed = parseAtomFeed(readFileSync(path.join(dir, file), 'utf8'));
      expect(feed.id).toBe(`${prefix}${file}`);
      const entries = feed.entries ?? [];
      expect(entries.length, file).toBeGreaterThan(5);
      expect(new Set(entries.map((entry) => entry.id)).size, 'one entry per paper').toBe(entries.length);
      for (const entry of entries) {
        expect(entry.id).toMatch(new RegExp(`^${prefix}papers/[^/]+/${lang}$`));
        expect(entry.links?.[0]?.href).toBe(entry.id);
        // Its page exists, in that language.
        expect(
          existsSync(path.join(dir, new URL(entry.id ?? '').pathname.slice('/sub/path/'.length), 'index.html')),
        ).toBe(true);
        expect(entry.content?.value).toMatch(/arxiv\.org\/abs\//);
      }
    }
  });

  test('publishes a sitemap index whose URLs are the site’s pages, and robots.txt names it', () => {
    const { dir } = site();
    const prefix = `${PUBLISHED_ORIGIN}/sub/path/`;
    expect(readFileSync(path.join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${prefix}sitemap.xml`);
    const parts = all(readFileSync(path.join(dir, 'sitemap.xml'), 'utf8'), /<loc>([^<]*)<\/loc>/g);
    expect(parts).toEqual([`${prefix}sitemap-1.xml`]);
    const locs = parts.flatMap((part) =>
      all(readFileSync(path.join(dir, part.slice(prefix.length)), 'utf8'), /<loc>([^<]*)<\/loc>/g),
    );
    expect(locs).toContain(`${prefix}papers/2601.20614/en/`);
    for (const loc of locs) {
      expect(loc.startsWith(prefix), loc).toBe(true);
      expect(existsSync(path.join(dir, loc.slice(prefix.length), 'index.html')), loc).toBe(true);
    }
  });

  test('shows a link to each feed in the footer and on the days page', async ({ page, request }) => {
    await page.goto('days/');
    const links = page.getByRole('link', { name: /피드$/ });
    // Twice each: on the days page and in the footer.
    await expect(links).toHaveCount(4);
    for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect(await response.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    }
  });
});
