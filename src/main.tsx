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
import { createBookmarksStore } from './features/bookmarks/bookmarks-store.ts';
import { createI18nWith } from './i18n/instance.ts';
import { isUiLanguage, pickUiLanguage } from './i18n/languages.ts';
import { loadLaterMessages, loadMessages } from './i18n/load-messages.ts';
import { replayClicks, takeEarlyClicks } from './lib/early-clicks.ts';
import { createPreferencesStore } from './lib/preferences.ts';
import { PAGE_ELEMENT_ID, PAGE_HEAD_TAGS, type PageData } from './lib/page-data.ts';
import { createQueryClient } from './lib/query-client.ts';
import { createReadStateStore } from './lib/read-state-store.ts';

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
const ownPage = page !== null && page.path === here;
const hydrating =
  ownPage &&
  window.location.search === '' &&
  !('stale' in document.documentElement.dataset) &&
  container.hasChildNodes();
// The data a page was rendered from is its address's, whatever the reader's choices: a page
// drawn afresh for them starts from it too, instead of fetching it again.
if (ownPage) hydrate(queryClient, page.queries);

const preferences = createPreferencesStore();
// Bookmarks and read marks read storage only once the app is interactive: the layout connects them
// after hydration. The code that reads what they stored is fetched now, beside the route's, if
// there is any: a reader who has stored nothing never fetches it.
const bookmarks = createBookmarksStore();
bookmarks.prepare();
const readState = createReadStateStore();
readState.prepare();
// Interface language: the reader's choice, else the page's own (a shared English link opens in
// English), else the browser's when there is no prerendered page (the dev server). The page's
// own is its `<html lang>`: boot may have put the page's version in another language in place.
if (!hydrating) preferences.load();
const shown = document.documentElement.lang;
const pageUi = page !== null && isUiLanguage(shown) ? shown : null;
const ui = (hydrating ? pageUi : preferences.get().ui) ?? pageUi ?? pickUiLanguage(navigator.languages);

// The interface's messages in the reader's language only (the other loads on a switch), fetched
// alongside the page's route code; a page beyond the first screen fetches the rest with its code.
const i18n = createI18nWith(ui, {});
const routes = createRoutes(queryClient, { laterMessages: () => loadLaterMessages(i18n) });
const [matched, messages] = await Promise.all([resolveLazyRoutes(routes, here, basename), loadMessages(ui)]);
i18n.addResourceBundle(ui, 'translation', messages, true, false);
const router = createBrowserRouter(routes, {
  basename,
  hydrationData: { loaderData: Object.fromEntries(matched.map((id) => [id, null])) },
});

/** The app; `early` gives the clicks made before it started, replayed once it has drawn the page. */
const app = (early: () => Element[]) => {
  let replayed = false;
  const onStarted = () => {
    if (replayed) return;
    replayed = true;
    replayClicks(early());
  };
  return (
    <StrictMode>
      <App queryClient={queryClient} i18n={i18n} services={{ preferences, bookmarks, readState }} onStarted={onStarted}>
        <RouterProvider router={router} />
      </App>
    </StrictMode>
  );
};

if (hydrating) {
  // From here on React handles clicks (hydrating first what is clicked): the record ends now.
  const early = takeEarlyClicks();
  // As a transition, hydration yields to the browser every few milliseconds instead of holding
  // the main thread for the whole page (the page is already readable: nothing waits on it).
  startTransition(() => {
    hydrateRoot(
      container,
      app(() => early),
    );
  });
  // The stored interface language matches the page (else it would be stale). A stored summary
  // language may not: the cards already show it (index.html set html[data-summary]); loading it
  // updates their links and the summary switch.
  queueMicrotask(() => preferences.load());
} else {
  // Only hydration adopts the head tags already in the page: drawn afresh, the app adds its
  // own, and the prerendered ones (or index.html's title) would stay beside them.
  for (const tag of document.head.querySelectorAll(PAGE_HEAD_TAGS)) tag.remove();
  // The page on screen is not React's until the new one replaces it: clicks on it are recorded till then.
  createRoot(container).render(app(takeEarlyClicks));
}

// Offline reading and the update prompt (a service worker; none in the dev server): loaded
// once the page has loaded and the browser is idle, never competing with the first screen.
if (import.meta.env.PROD) {
  const startOffline = () => {
    import('./app/offline.ts')
      .then(({ startOffline }) => startOffline({ queryClient, bookmarks }))
      // The network went away before the module came: this page reads online only, and the
      // next page loaded tries again.
      .catch(() => undefined);
  };
  const whenIdle = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(startOffline, { timeout: 5000 });
    else setTimeout(startOffline, 1000);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
