/**
 * What the service worker (src/pwa/service-worker.ts) and the pages agree on: the names of
 * its caches, which addresses are pages, and the messages a page sends it. Plain data and
 * pure functions: this module runs in both.
 */

/** A version in every cache name: caches of another version are deleted when a worker activates. */
const VERSION = 'v1';
const PREFIX = 'daily-papers-';

export const CACHES = {
  /** Pages a reader opened (network first: a page is fresh whenever the network answers). */
  pages: `${PREFIX}pages-${VERSION}`,
  /** JSON chunks under data/ (content-hashed: a name never changes its content). */
  data: `${PREFIX}data-${VERSION}`,
  /** Thumbnails under data/img/ (content-hashed too). */
  images: `${PREFIX}images-${VERSION}`,
  /** Bookmarked papers, pages and chunks, saved ahead of reading: exactly the bookmarks' set. */
  saved: `${PREFIX}saved-${VERSION}`,
} as const;

/** Caches this worker owns: a `daily-papers-` cache not named in `CACHES` is an old version's. */
export function isOutdatedCache(name: string): boolean {
  return name.startsWith(PREFIX) && !(Object.values(CACHES) as string[]).includes(name);
}

/** How many entries each runtime cache keeps (least recently used go first): never the archive. */
export const MAX_ENTRIES = { pages: 80, data: 300, images: 60 } as const;

/** At most this many bookmarked papers (the newest) are saved ahead of reading. */
export const MAX_SAVED_PAPERS = 100;

/** The offline view, precached, answered for a page that is neither online nor saved. */
export const OFFLINE_PAGE = 'offline.html';

/**
 * Whether `url` is one of the site's pages, by its address (so either way pages are written
 * on disk is covered: `papers/<id>.html` or `papers/<id>/index.html`): under the site's
 * `base`, not a file of the build's folders (assets/, data/, icons/), and with no extension
 * but `.html`.
 */
export function isPageUrl(url: URL, origin: string, base: string): boolean {
  if (url.origin !== origin || !url.pathname.startsWith(base)) return false;
  const rest = url.pathname.slice(base.length);
  if (/^(assets|data|icons)\//.test(rest)) return false;
  // A file's extension starts with a letter; a paper id's dot is followed by digits (2601.20614).
  const extension = /\.([a-z][a-z0-9]*)$/i.exec(rest)?.[1];
  return extension === undefined || extension === 'html';
}

/** Page → worker: save exactly these URLs (pages and data files) for offline reading. */
export interface SaveMessage {
  type: 'save';
  urls: string[];
}

export function isSaveMessage(value: unknown): value is SaveMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, urls } = value as Partial<SaveMessage>;
  return type === 'save' && Array.isArray(urls) && urls.every((url) => typeof url === 'string');
}

/** Page → worker: which build are you? The worker answers with its `buildId`. */
export const BUILD_QUERY = { type: 'build' } as const;

export function isBuildQuery(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === BUILD_QUERY.type;
}

/**
 * A build's identity: a hash of the archive's root as every page of it embeds it (its text
 * in the `digest-root` block), so a page and a worker of the same build agree, and a new
 * digest makes a new one. The worker gets it compiled in; a page computes it from its own.
 */
export async function buildId(rootText: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(rootText));
  return [...new Uint8Array(digest).slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
