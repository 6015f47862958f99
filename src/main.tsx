/**
 * Boot: read what the page was built with (the archive's root, and for a prerendered page
 * the data it was rendered from), then hydrate it, or render when there is nothing to
 * hydrate. The one place that touches `document`, `navigator` and storage before React.
 */
import { hydrate } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { readEmbeddedRoot, rootQueryOptions } from './api/root.ts';
import { App, routerBasename } from './app/app.tsx';
import { createRoutes, resolveLazyRoutes } from './app/router.tsx';
import { PAGE_HEAD_TAGS } from './components/page-head.tsx';
import { createBookmarksStore } from './features/bookmarks/bookmarks-store.ts';
import { createI18n, pickUiLanguage } from './i18n/i18n.ts';
import { createPreferencesStore } from './lib/preferences.ts';
import { PAGE_ELEMENT_ID, type PageData } from './lib/page-data.ts';
import { createQueryClient } from './lib/query-client.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
queryClient.setQueryData(rootQueryOptions().queryKey, readEmbeddedRoot());

const pageText = document.getElementById(PAGE_ELEMENT_ID)?.textContent;
const page = pageText ? (JSON.parse(pageText) as PageData) : null;
const basename = routerBasename(import.meta.env.BASE_URL);
const here = window.location.pathname;
// A prerendered page is hydrated only when it is what this reader should see: index.html's
// script marks it stale otherwise (a static host's 404.html answering another address, URL
// parameters such as `?sort=` or `?q=`, stored language choices). Then the app renders afresh.
const hydrating =
  page !== null &&
  page.path === here &&
  window.location.search === '' &&
  !('stale' in document.documentElement.dataset) &&
  container.hasChildNodes();
if (hydrating) hydrate(queryClient, page.queries);

const preferences = createPreferencesStore();
// Bookmarks read storage only once the app is interactive: the layout connects them after hydration.
const bookmarks = createBookmarksStore();
// Interface language: the reader's choice, else the page's own (a shared English link opens in
// English), else the browser's when there is no prerendered page (the dev server).
if (!hydrating) preferences.load();
const i18n = createI18n(
  hydrating ? page.ui : (preferences.get().ui ?? page?.ui ?? pickUiLanguage(navigator.languages)),
);

const routes = createRoutes(queryClient);
const matched = await resolveLazyRoutes(routes, here, basename);
const router = createBrowserRouter(routes, {
  basename,
  hydrationData: { loaderData: Object.fromEntries(matched.map((id) => [id, null])) },
});

const app = (
  <StrictMode>
    <App queryClient={queryClient} i18n={i18n} services={{ preferences, bookmarks }}>
      <RouterProvider router={router} />
    </App>
  </StrictMode>
);

if (hydrating) {
  // As a transition, hydration yields to the browser every few milliseconds instead of holding
  // the main thread for the whole page (the page is already readable: nothing waits on it).
  startTransition(() => {
    hydrateRoot(container, app);
  });
  // The stored choices match the page (else it would be stale): loading them changes nothing shown.
  queueMicrotask(() => preferences.load());
} else {
  // Only hydration adopts the head tags already in the page: drawn afresh, the app adds its
  // own, and the prerendered ones (or index.html's title) would stay beside them.
  for (const tag of document.head.querySelectorAll(PAGE_HEAD_TAGS)) tag.remove();
  createRoot(container).render(app);
}

// Offline reading and the update prompt (a service worker; none in the dev server): loaded
// once the page has loaded and the browser is idle, never competing with the first screen.
if (import.meta.env.PROD) {
  const startOffline = () => {
    void import('./app/offline.ts').then(({ startOffline }) => {
      startOffline({ queryClient, bookmarks });
    });
  };
  const whenIdle = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(startOffline, { timeout: 5000 });
    else setTimeout(startOffline, 1000);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
