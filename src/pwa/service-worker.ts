/**
 * The service worker (built by scripts/build-service-worker.ts into `sw.js` at the site's
 * base, never in the dev server). With Workbox:
 *
 * - precaches the app shell: the build's JS and CSS, the icons and the offline view;
 * - pages: network first (3 s), so a reader online always gets the latest build, and the
 *   last copy offline; a page neither online nor cached gets the offline view;
 * - data/ chunks and thumbnails: cache first (their names are content hashes);
 * - bookmarked papers: saved ahead of reading on the page's request (a `save` message with
 *   the full set of URLs; what is no longer in it is dropped);
 * - a new build waits until the reader accepts the page's update prompt (`SKIP_WAITING`).
 *
 * Every runtime cache is bounded (MAX_ENTRIES); caches of older versions go on activation,
 * and kept pages that name scripts of an older build are fetched again.
 */
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import {
  CACHES,
  isBuildQuery,
  isOutdatedCache,
  isPageUrl,
  isSaveMessage,
  MAX_ENTRIES,
  OFFLINE_PAGE,
} from '../lib/offline-caches.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };
/** This build's `buildId` (src/lib/offline-caches.ts), compiled in by build-service-worker.ts. */
declare const __BUILD_ID__: string;

/** The site's base path (`/` or `/sub/path/`): the worker is registered with it as its scope. */
const base = new URL(self.registration.scope).pathname;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

/** A request's answer from the saved bookmarks when the strategy's own cache has none. */
const fromSaved: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse, request }) =>
    cachedResponse ?? (await (await caches.open(CACHES.saved)).match(request)),
};

const bounded = (maxEntries: number) => new ExpirationPlugin({ maxEntries, purgeOnQuotaError: true });

registerRoute(
  ({ request, url }) => request.mode === 'navigate' || isPageUrl(url, self.location.origin, base),
  new NetworkFirst({
    cacheName: CACHES.pages,
    networkTimeoutSeconds: 3,
    plugins: [bounded(MAX_ENTRIES.pages), fromSaved],
  }),
);
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith(`${base}data/img/`),
  new CacheFirst({ cacheName: CACHES.images, plugins: [bounded(MAX_ENTRIES.images)] }),
);
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith(`${base}data/`),
  new CacheFirst({ cacheName: CACHES.data, plugins: [bounded(MAX_ENTRIES.data), fromSaved] }),
);

// Offline, a page that was never opened nor saved: the offline view, not the browser's error.
setCatchHandler(async ({ request }) => {
  if (request.mode === 'navigate') return (await matchPrecache(OFFLINE_PAGE)) ?? Response.error();
  return Response.error();
});

/** Makes the saved cache hold exactly `urls`: fetches those missing, drops the others. */
async function save(urls: readonly string[]): Promise<void> {
  const cache = await caches.open(CACHES.saved);
  const wanted = new Set(urls.map((url) => new URL(url, self.location.href).href));
  for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
  for (const url of wanted) {
    if (await cache.match(url)) continue;
    try {
      const response = await fetch(url);
      if (response.ok) await cache.put(url, response);
    } catch {
      return; // offline: the page asks again next time
    }
  }
}

self.addEventListener('message', (event) => {
  const data: unknown = event.data;
  if (isSaveMessage(data)) {
    // The page waits for the answer (a MessageChannel's port).
    event.waitUntil(save(data.urls).finally(() => event.ports[0]?.postMessage(true)));
  } else if (isBuildQuery(data)) {
    event.ports[0]?.postMessage(__BUILD_ID__);
  } else if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING') {
    // The reader accepted the update prompt (its SKIP_WAITING message).
    void self.skipWaiting();
  }
});

/**
 * The kept pages whose scripts this build no longer has (a deploy of new code drops the old
 * scripts from the precache): each is fetched again, one at a time, so that offline it still
 * starts the app. A page the network cannot give now keeps its old copy, whose text still reads.
 */
async function refreshStalePages(): Promise<void> {
  for (const name of [CACHES.pages, CACHES.saved]) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (!isPageUrl(new URL(request.url), self.location.origin, base)) continue;
      const page = await cache.match(request);
      if (page === undefined || !(await hasLostScripts(await page.text()))) continue;
      try {
        const fresh = await fetch(request.url, { cache: 'no-cache' });
        if (fresh.ok) await cache.put(request, fresh);
      } catch {
        return; // offline: the next build's worker tries again
      }
    }
  }
}

/** Whether the page names a script of the build's assets/ that the precache does not hold. */
async function hasLostScripts(html: string): Promise<boolean> {
  for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]*\/assets\/[^"]+\.js)"/g)) {
    if (src !== undefined && (await matchPrecache(new URL(src, self.location.href).href)) === undefined) return true;
  }
  return false;
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (isOutdatedCache(name)) await caches.delete(name);
      // The first worker takes over the open page at once, so what it opens next is cached.
      await self.clients.claim();
    })(),
  );
  // Not part of the activation, which holds the pages' requests until it is done.
  void refreshStalePages().catch(() => undefined);
});
