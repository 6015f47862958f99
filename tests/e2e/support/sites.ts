/**
 * The sites the end-to-end tests run against, one Playwright project each: the sample
 * content at the root, the same under a sub-path (with a SITE_URL, so that it publishes feeds
 * and a sitemap), and the hostile fixture. Each is built into node_modules/.cache/e2e/<name>
 * and served on its own port, from E2E_PORT (4381) up.
 */
import path from 'node:path';

export const SITE_NAMES = ['root', 'subpath', 'hostile'] as const;
export type SiteName = (typeof SITE_NAMES)[number];

export const SITES_DIR = path.resolve(import.meta.dirname, '../../../node_modules/.cache/e2e');

const FIRST_PORT = Number(process.env.E2E_PORT ?? 4381);

export const SITES: Record<SiteName, { base: string; port: number }> = {
  root: { base: '/', port: FIRST_PORT },
  subpath: { base: '/sub/path/', port: FIRST_PORT + 1 },
  hostile: { base: '/', port: FIRST_PORT + 2 },
};

/**
 * The root site, also served as a host with a single-page fallback serves it (an unknown
 * address gets the home page, status 200; see scripts/serve.ts), on the port after the sites'.
 */
export const SPA_FALLBACK_PORT = FIRST_PORT + 3;

export function spaFallbackUrl(): string {
  return `http://127.0.0.1:${SPA_FALLBACK_PORT}/`;
}

/** The address the sub-path site is built for (`SITE_URL`): its absolute URLs start with it. */
export const PUBLISHED_ORIGIN = 'https://papers.example.org';

/** The site's root address, e.g. `http://127.0.0.1:4382/sub/path/`. */
export function siteUrl(name: SiteName): string {
  return `http://127.0.0.1:${SITES[name].port}${SITES[name].base}`;
}
