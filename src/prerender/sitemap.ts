/**
 * The sitemap and robots.txt. The sitemap is a sitemap index (`sitemap.xml`) naming parts of
 * at most 50,000 URLs each (`sitemap-1.xml`, …), the protocol's limit; each URL's `lastmod`
 * is the date of the latest digest it shows. It lists the pages a search engine should know:
 * the latest day, the days, each day, each paper in each language, the archive. Bookmarks and
 * search are left out: they show nothing of their own until a reader acts.
 *
 * Sitemap URLs are absolute: the sitemap is only written when the site's address
 * (`SITE_URL`) is known.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import XMLBuilder from 'fast-xml-builder';
import { paths, SITEMAP_FILE } from '../config/paths.ts';
import { absoluteUrl } from '../lib/site-url.ts';
import type { DayChunk, Root } from '../schema/digest.ts';
import { archiveDays, readData } from './site-data.ts';

/** The most URLs one sitemap file may list (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

const XMLNS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export interface SitemapEntry {
  /** App path, `/papers/2601.20614/`. */
  path: string;
  /** `YYYY-MM-DD`. */
  lastmod: string;
}

/** The pages of the site in `dist`, each with the date of the latest digest it shows. */
export function sitemapEntries(dist: string, root: Root): SitemapEntry[] {
  const days = archiveDays(dist, root);
  const latest = days.at(-1)?.date;
  if (latest === undefined) return [];
  const primary = root.langs[0];
  const entries: SitemapEntry[] = [
    { path: paths.home.href(), lastmod: latest },
    { path: paths.days.href(), lastmod: latest },
    { path: paths.archive.href(), lastmod: latest },
  ];
  if (root.lists.week) entries.push({ path: paths.archive.href('week'), lastmod: latest });
  if (root.lists.month) entries.push({ path: paths.archive.href('month'), lastmod: latest });
  // Oldest day first: a paper's date ends up as the latest day it was listed on.
  const paperDates = new Map<string, string>();
  for (const day of days) {
    entries.push({ path: paths.day.href(day.date), lastmod: day.date });
    for (const card of (readData(dist, day.file) as DayChunk).cards) paperDates.set(card.id, day.date);
  }
  for (const [id, lastmod] of paperDates) {
    for (const lang of root.langs) {
      entries.push({ path: paths.paper.href(id, lang === primary ? undefined : lang), lastmod });
    }
  }
  return entries;
}

/** The sitemap index and its parts, as `[file, xml]`, for a site at `siteUrl` and `base`. */
export function sitemapFiles(
  entries: readonly SitemapEntry[],
  siteUrl: string,
  base: string,
  limit = SITEMAP_LIMIT,
): [string, string][] {
  const url = (p: string): string => {
    const href = absoluteUrl(siteUrl, base, p);
    if (href === null) throw new Error('a sitemap needs the site’s address (SITE_URL)');
    return href;
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true });
  const xml = (body: object): string =>
    builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, ...body });
  const parts: [string, string][] = [];
  const index: { loc: string; lastmod?: string }[] = [];
  for (let start = 0; start < Math.max(entries.length, 1); start += limit) {
    const slice = entries.slice(start, start + limit);
    const file = `sitemap-${parts.length + 1}.xml`;
    parts.push([
      file,
      xml({ urlset: { '@_xmlns': XMLNS, url: slice.map((e) => ({ loc: url(e.path), lastmod: e.lastmod })) } }),
    ]);
    const lastmod = slice.reduce((newest, e) => (e.lastmod > newest ? e.lastmod : newest), '');
    index.push(lastmod ? { loc: url(file), lastmod } : { loc: url(file) });
  }
  return [[SITEMAP_FILE, xml({ sitemapindex: { '@_xmlns': XMLNS, sitemap: index } })], ...parts];
}

/** robots.txt: everything may be crawled; the sitemap is named when there is one. */
export function robotsTxt(sitemapUrl: string | null): string {
  return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ''}`;
}

/** Writes the sitemap (when the site's address is known) and robots.txt into `dist`; returns the files written. */
export function writeSitemap(dist: string, root: Root, siteUrl: string, base: string): string[] {
  const files = siteUrl === '' ? [] : sitemapFiles(sitemapEntries(dist, root), siteUrl, base);
  for (const [file, xml] of files) writeFileSync(path.join(dist, file), xml);
  writeFileSync(path.join(dist, 'robots.txt'), robotsTxt(absoluteUrl(siteUrl, base, SITEMAP_FILE)));
  return [...files.map(([file]) => file), 'robots.txt'];
}
