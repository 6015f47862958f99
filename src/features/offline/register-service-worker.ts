/**
 * Registers the service worker (src/pwa/service-worker.ts) and follows its updates, with
 * workbox-window. Loaded after the page is interactive, never in the initial JavaScript.
 *
 * - The first visit: the page was loaded before the worker, so the worker is asked to keep
 *   it and the data it fetched (Workbox's `CACHE_URLS` message).
 * - A new build: its worker waits; the update prompt offers it, and the page reloads only
 *   once the reader accepts and the new worker has taken over.
 * - `save(urls)`: the bookmarked papers' pages and data, kept for offline reading.
 */
import { Workbox } from 'workbox-window';
import type { SaveMessage } from '../../lib/offline-caches.ts';
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

  workbox.addEventListener('waiting', () => {
    updateStore.offer(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
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
