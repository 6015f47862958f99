/**
 * Addresses on the published site. `site` is `SITE_URL` (`https://you.github.io`), or ''
 * when the build was not told it: an absolute URL is then unknown, and what needs one (Open
 * Graph URLs, feeds, the sitemap) is left out rather than pointed at a guessed host.
 * `base` is the base path (`/` or `/sub/path/`), `path` an app path (`/papers/2601.20614/`).
 */

/** The page's absolute URL, or null when the site's address is unknown. */
export function absoluteUrl(site: string, base: string, path: string): string | null {
  return site === '' ? null : new URL(rootRelative(base, path), site).href;
}

/** The page's absolute URL when the site's address is known, else its root-relative one. */
export function siteHref(site: string, base: string, path: string): string {
  return absoluteUrl(site, base, path) ?? rootRelative(base, path);
}

function rootRelative(base: string, path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}
