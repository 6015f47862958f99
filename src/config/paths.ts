/**
 * Every URL of the app, in one place. Links and deep links are built here and nowhere else,
 * and a route's parameters are read back here: `parse` gives them checked with the same
 * checks as the data's schemas (a day that exists, a paper id, a language code), or null for an
 * address no link makes, which the route shows as not found. Paths are relative to the
 * router's basename, so they work under a sub-path too.
 *
 * Every page's address ends with a slash (`/papers/2601.20614/`): each page is a folder's
 * `index.html`, which every static host serves at `<folder>/` as it is, where `<folder>`
 * alone would be redirected there or, on a host with a single-page fallback, answered with
 * the home page. Links, canonical URLs, the sitemap and the feeds all write this form.
 */
import { isIsoDate, isLang, isPaperId } from '../schema/checks.ts';
import type { ArchiveScope, Lang } from '../schema/digest.ts';

/** A route's parameters as the router hands them over. */
type Params = Readonly<Partial<Record<string, string>>>;

export const paths = {
  home: { pattern: '/', href: () => '/' },
  day: {
    pattern: '/days/:date',
    href: (date: string) => `/days/${date}/`,
    parse: ({ date }: Params): { date: string } | null => (isIsoDate(date) ? { date } : null),
  },
  /**
   * A paper, optionally in one summary language: `/papers/2601.20614/en/`. The language is a
   * path segment here (not only `?lang=`) so that each language has its own prerendered page
   * and its own link preview.
   */
  paper: {
    pattern: '/papers/:id/:lang?',
    href: (id: string, lang?: string) => `/papers/${encodeURIComponent(id)}/${lang ? `${lang}/` : ''}`,
    /**
     * The id, and the language segment if there is one: a language of the archive other than
     * its primary one (`langs[0]`), which has the bare path (see `paperPath`).
     */
    parse: ({ id, lang }: Params, langs: readonly Lang[]): { id: string; lang: Lang | null } | null => {
      if (!isPaperId(id)) return null;
      if (lang === undefined) return { id, lang: null };
      return isLang(lang) && langs.indexOf(lang) > 0 ? { id, lang } : null;
    },
  },
  days: { pattern: '/days', href: () => '/days/' },
  archive: {
    pattern: '/archive/:scope?',
    href: (scope?: Exclude<ArchiveScope, 'all'>) => (scope ? `/archive/${scope}/` : '/archive/'),
    /**
     * `/archive/` is every paper (`all`); `/archive/week/` and `/archive/month/` the latest
     * calendar period; `/archive/last7/` and `/archive/last30/` the days up to the latest digest.
     */
    parse: ({ scope }: Params): { scope: ArchiveScope } | null =>
      scope === undefined
        ? { scope: 'all' }
        : scope === 'week' || scope === 'month' || scope === 'last7' || scope === 'last30'
          ? { scope }
          : null,
  },
  bookmarks: { pattern: '/bookmarks', href: () => '/bookmarks/' },
  /** The papers of the days after a date: what arrived since a reader's last visit, `/new/?since=2026-01-28`. */
  newSince: {
    pattern: '/new',
    href: (since?: string) => (since ? `/new/?${new URLSearchParams({ since }).toString()}` : '/new/'),
  },
  /**
   * A reading list shared by link: `/list/?l=<list>&lang=en`, the list (its ids and title)
   * packed into `l` by the shared-list feature, the summary language as in any shared view.
   */
  sharedList: {
    pattern: '/list',
    /** The list's text is base64url and a language code is letters: neither needs escaping. */
    href: (query?: { list: string; lang: string }) =>
      query ? `/list/?${LIST_PARAM}=${query.list}&lang=${query.lang}` : '/list/',
  },
  /** Search, the query in the URL so that a search can be shared: `/search/?q=강화+학습`. */
  search: {
    pattern: '/search',
    href: (query?: string) => (query ? `/search/?${new URLSearchParams({ q: query }).toString()}` : '/search/'),
  },
} as const;

/** `?l=`: the list of a shared reading list. */
export const LIST_PARAM = 'l';

/** `?unread=1`: a grid shows only the papers this reader has not read. */
export const UNREAD_PARAM = 'unread';

/** The view parameters a link carries along: the grid order, the summary language, the unread filter. */
export const VIEW_PARAMS = ['sort', 'lang', UNREAD_PARAM] as const;

/** Those a shared link carries: what the grid shows unread is the sender's, not the receiver's. */
const SHARED_PARAMS = ['sort', 'lang'] as const;

/** `path` with those of `keep` that `current` has, e.g. `/days/2026-01-28/?sort=upvotes`. */
export function withParams(path: string, current: URLSearchParams, keep: readonly string[] = VIEW_PARAMS): string {
  const next = new URLSearchParams();
  for (const key of keep) {
    const value = current.get(key);
    if (value !== null) next.set(key, value);
  }
  const query = next.toString();
  return query ? `${path}?${query}` : path;
}

/** A shareable link to a view: its parameters, with the summary language made explicit. */
export function shareablePath(path: string, current: URLSearchParams, lang: string): string {
  const params = new URLSearchParams(current);
  params.set('lang', lang);
  return withParams(path, params, SHARED_PARAMS);
}

/**
 * A paper's link in a summary language. The archive's primary language (the authors',
 * `root.langs[0]`) has the bare path; the others a path segment. Links always say which, so
 * a paper page never depends on the reader's stored preference: a shared link shows what
 * the sender saw, and its prerendered page is already right.
 */
export function paperPath(id: string, lang: string, primary: string, current: URLSearchParams): string {
  return withParams(paths.paper.href(id, lang === primary ? undefined : lang), current, ['sort']);
}

/**
 * The Atom feed of one summary language, relative to the site's base: `feed.xml` in the
 * archive's primary language (the address feed readers guess), `feed.<lang>.xml` in another.
 */
export function feedFile(lang: string, primary: string): string {
  return lang === primary ? 'feed.xml' : `feed.${lang}.xml`;
}

/** The sitemap (a sitemap index), relative to the site's base. */
export const SITEMAP_FILE = 'sitemap.xml';
