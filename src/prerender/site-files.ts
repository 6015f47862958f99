/**
 * The files beside the pages that crawlers and feed readers fetch: the Atom feeds
 * (./feeds.ts), the sitemap and robots.txt (./sitemap.ts). Made from the site's data once
 * its pages are written, so a build from cache gives the same files as a cold one.
 */
import type { Root } from '../schema/digest.ts';
import { writeFeeds } from './feeds.ts';
import { writeSitemap } from './sitemap.ts';

/**
 * `SITE_URL`, checked: '' when unset. Unset, the build says in one line what it leaves out;
 * set to anything but an http(s) address, it stops.
 */
export function siteUrlSetting(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.SITE_URL ?? '';
  if (value === '') {
    console.warn(
      'build: SITE_URL is not set: canonical URLs are root-relative, og:url and og:image are left out, ' +
        'and no feeds or sitemap are written (set SITE_URL=https://your.host to publish them)',
    );
    return '';
  }
  if (!/^https?:\/\/[^/?#\s]+\/?$/.test(value)) {
    throw new Error(
      `SITE_URL=${value}: expected the site's origin, such as https://you.github.io (BASE_PATH sets the path)`,
    );
  }
  return value;
}

/** Writes the feeds, sitemap and robots.txt into `dist`; returns the files written. */
export function writeSiteFiles(dist: string, root: Root, siteUrl: string, base: string): string[] {
  const feeds = siteUrl === '' ? [] : writeFeeds(dist, root, { siteUrl, base });
  return [...feeds, ...writeSitemap(dist, root, siteUrl, base)];
}
