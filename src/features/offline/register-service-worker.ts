/**
 * Registers the service worker (src/pwa/service-worker.ts) and follows its updates, with the
 * browser's own API (docs/decisions/initial-javascript.md says why not workbox-window). Loaded
 * after the page is interactive, never in the initial JavaScript.
 *
 * - The first visit: the page was loaded before the worker, so once the worker is active it
 *   is asked to keep the page and the data it fetched (Workbox's `CACHE_URLS` message).
 * - A new build: its worker waits. A page of an older build (a tab left open, a page read
 *   from the cache) offers it with the update prompt, and reloads only once the reader
 *   accepts, as soon as the new worker has taken over (or after TAKEOVER_WAIT_MS); a page
 *   already of the new build lets it take over without a word.
 * - `save(urls)`: the bookmarked papers' pages and data, kept for offline reading.
 */
import { BUILD_QUERY, buildId, type SaveMessage } from '../../lib/offline-caches.ts';
import { ROOT_ELEMENT_ID } from '../../schema/data-files.ts';
import { updateStore } from './update-store.ts';

/** How often an open tab asks whether a new build has been deployed. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;
/** What the worker takes as the reader's consent to take over (src/pwa/service-worker.ts). */
const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;
/**
 * How long the reader's "refresh" waits for the new worker to take over before the page
 * reloads anyway. The browser activates a worker that skips waiting only once the old one is
 * idle, which a busy old worker can put off for minutes; reloaded under the old worker, the
 * page still comes from the network, of the new build, and lets the new worker take over.
 */
const TAKEOVER_WAIT_MS = 3000;

export interface OfflineWorker {
  /** Keeps exactly these URLs saved for offline reading (resolves once they are). */
  save(urls: string[]): Promise<void>;
}

/** Sends `message` to `worker` and resolves with its answer (the worker replies on the port). */
function messageSW(worker: ServiceWorker, message: object): Promise<unknown> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent) => resolve(event.data);
    worker.postMessage(message, [channel.port2]);
  });
}

/** Calls `then` once `worker` has reached `state` (at once if it has). */
function onceIn(worker: ServiceWorker, state: ServiceWorkerState, then: () => void): void {
  if (worker.state === state) {
    then();
    return;
  }
  const listener = () => {
    if (worker.state !== state) return;
    worker.removeEventListener('statechange', listener);
    then();
  };
  worker.addEventListener('statechange', listener);
}

export function registerServiceWorker(base: string): OfflineWorker | null {
  if (!('serviceWorker' in navigator)) return null;
  const container = navigator.serviceWorker;
  const firstVisit = container.controller === null;

  const ours = buildId(document.getElementById(ROOT_ELEMENT_ID)?.textContent ?? '');
  const isOurs = async (worker: ServiceWorker) => (await messageSW(worker, BUILD_QUERY)) === (await ours);
  /** The reader accepted: the waiting worker takes over, then the page reloads under it. */
  const switchToNewBuild = async () => {
    const registration = await container.getRegistration(base);
    if (!registration?.waiting) {
      window.location.reload(); // another tab already let it take over
      return;
    }
    const reload = () => window.location.reload();
    container.addEventListener('controllerchange', reload);
    registration.waiting.postMessage(SKIP_WAITING);
    window.setTimeout(reload, TAKEOVER_WAIT_MS);
  };
  const offer = () => updateStore.offer(() => void switchToNewBuild());
  /** A worker of another build waits for the pages of the old one to close. */
  const waiting = async (worker: ServiceWorker) => {
    // A page already of the new build (it came from the network) lets its worker take over at
    // once: nothing on it is old, nothing needs a reload.
    if (await isOurs(worker)) worker.postMessage(SKIP_WAITING);
    else offer();
  };
  /** A worker being installed waits once installed if another one is active: an update. */
  const followed = new WeakSet<ServiceWorker>();
  const follow = (registration: ServiceWorkerRegistration) => {
    const worker = registration.installing;
    if (!worker || followed.has(worker)) return;
    followed.add(worker);
    onceIn(worker, 'installed', () => {
      if (registration.active) void waiting(worker);
    });
  };

  // A worker of a newer build took over from another tab: this page may be of the old one.
  container.addEventListener('controllerchange', () => {
    const controller = container.controller;
    if (controller) void isOurs(controller).then((same) => !same && offer());
  });
  container
    .register(`${base}sw.js`, { scope: base })
    .then((registration) => {
      if (registration.waiting) void waiting(registration.waiting);
      follow(registration);
      registration.addEventListener('updatefound', () => follow(registration));
      window.setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
      const worker = registration.installing ?? registration.waiting ?? registration.active;
      if (firstVisit && worker) {
        onceIn(worker, 'activated', () => {
          const loaded = performance
            .getEntriesByType('resource')
            .map((entry) => entry.name)
            .filter((url) => url.startsWith(`${window.location.origin}${base}data/`));
          worker.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: [window.location.href, ...loaded] } });
        });
      }
    })
    // A browser that refuses the worker (blocked by policy or by a setting) reads online only.
    .catch(() => undefined);

  return {
    async save(urls) {
      const message: SaveMessage = { type: 'save', urls };
      const { active } = await container.ready;
      if (active) await messageSW(active, message);
    },
  };
}
