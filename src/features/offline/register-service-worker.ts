/**
 * Registers the service worker (src/pwa/service-worker.ts) and follows its updates, with
 * workbox-window. Loaded after the page is interactive, never in the initial JavaScript.
 *
 * - The first visit: the page was loaded before the worker, so the worker is asked to keep
 *   it and the data it fetched (Workbox's `CACHE_URLS` message).
 * - A new build: its worker waits. A page of an older build (a tab left open, a page read
 *   from the cache) offers it with the update prompt, and reloads only once the reader
 *   accepts and the new worker has taken over; a page already of the new build lets it
 *   take over without a word.
 * - `save(urls)`: the bookmarked papers' pages and data, kept for offline reading.
 */
import { messageSW, Workbox } from 'workbox-window';
import { BUILD_QUERY, buildId, type SaveMessage } from '../../lib/offline-caches.ts';
import { ROOT_ELEMENT_ID } from '../../schema/digest.ts';
import { updateStore } from './update-store.ts';

/** How often an open tab asks whether a new build has been deployed. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export interface OfflineWorker {
  /** Keeps exactly these URLs saved for offline reading (resolves once they are). */
  save(urls: string[]): Promise<void>;
}

export function registerServiceWorker(base: string): OfflineWorker | null {
  if (!('serviceWorker' in navigator)) return null;
  const firstVisit = navigator.serviceWorker.controller === null;
  const workbox = new Workbox(`${base}sw.js`, { scope: base });

  const ours = buildId(document.getElementById(ROOT_ELEMENT_ID)?.textContent ?? '');
  const isOurs = async (worker: ServiceWorker) => (await messageSW(worker, BUILD_QUERY)) === (await ours);
  /** The reader accepted: the waiting worker takes over, then the page reloads under it. */
  const switchToNewBuild = async () => {
    const registration = await navigator.serviceWorker.getRegistration(base);
    if (!registration?.waiting) {
      window.location.reload(); // another tab already let it take over
      return;
    }
    workbox.addEventListener('controlling', () => window.location.reload());
    workbox.messageSkipWaiting();
  };
  const offer = () => updateStore.offer(() => void switchToNewBuild());

  workbox.addEventListener('waiting', (event) => {
    void (async () => {
      // A page already of the new build (it came from the network) lets its worker take
      // over at once: nothing on it is old, nothing needs a reload.
      if (event.sw && (await isOurs(event.sw))) workbox.messageSkipWaiting();
      else offer();
    })();
  });
  // A worker of a newer build took over from another tab: this page may be of the old one.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const controller = navigator.serviceWorker.controller;
    if (controller) void isOurs(controller).then((same) => !same && offer());
  });
  if (firstVisit) {
    workbox.addEventListener('activated', (event) => {
      if (event.isUpdate) return;
      const loaded = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => url.startsWith(`${window.location.origin}${base}data/`));
      void workbox.messageSW({ type: 'CACHE_URLS', payload: { urlsToCache: [window.location.href, ...loaded] } });
    });
  }
  void workbox.register();
  window.setInterval(() => void workbox.update(), UPDATE_CHECK_MS);

  return {
    async save(urls) {
      const message: SaveMessage = { type: 'save', urls };
      await workbox.messageSW(message);
    },
  };
}
