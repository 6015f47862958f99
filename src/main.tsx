/**
 * Boot: read what the page was built with (the archive's root, and for a prerendered page
 * the data it was rendered from), then hydrate it, or render when there is nothing to
 * hydrate. The one place that touches `document`, `navigator` and storage before React.
 */
import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { readEmbeddedRoot, rootQueryOptions } from './api/root.ts';
import { App, routerBasename } from './app/app.tsx';
import { createRoutes, resolveLazyRoutes } from './app/router.tsx';
import { createBookmarksStore } from './features/bookmarks/bookmarks-store.ts';
import { createI18n, pickUiLanguage } from './i18n/i18n.ts';
import { createPreferencesStore } from './lib/preferences.ts';
import { PAGE_ELEMENT_ID, type PageData } from './lib/page-data.ts';
import { createQueryClient } from './lib/query-client.ts';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
queryClient.setQueryData(rootQueryOptions().queryKey, readEmbeddedRoot());

const pageText = document.getElementById(PAGE_ELEMENT_ID)?.textContent;
const page = pageText ? (JSON.parse(pageText) as PageData) : null;
const basename = routerBasename(import.meta.env.BASE_URL);
const here = window.location.pathname;
// A prerendered page is hydrated only at the address it was rendered for: a static host's
// 404.html answers any unknown address, and URL parameters (`?sort=`, `?lang=`, `?q=`)
// change what is shown; there the app renders afresh over the prerendered content.
const hydrating = page !== null && page.path === here && window.location.search === '' && container.hasChildNodes();
if (page && hydrating) hydrate(queryClient, page.queries);

const preferences = createPreferencesStore();
// Bookmarks read storage only once the app is interactive: the layout connects them after hydration.
const bookmarks = createBookmarksStore();
// Hydration renders what the server rendered (Korean, defaults); stored choices apply right after.
const i18n = createI18n(page && hydrating ? page.ui : 'ko');

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

function applyStoredPreferences() {
  preferences.load();
  const ui = preferences.get().ui ?? pickUiLanguage(navigator.languages);
  if (ui !== i18n.language) void i18n.changeLanguage(ui);
}

if (hydrating) {
  hydrateRoot(container, app);
  // After hydration: the reader's language, theme and summary choices.
  queueMicrotask(applyStoredPreferences);
} else {
  applyStoredPreferences();
  createRoot(container).render(app);
}
