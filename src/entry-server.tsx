/**
 * The app rendered to HTML at build time (see src/prerender/). The same routes, providers
 * and components as in the browser; the data a page needs is handed in, already loaded.
 */
import { dehydrate, type QueryKey } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { App, routerBasename } from './app/app.tsx';
import { createRoutes } from './app/router.tsx';
import { createBookmarksStore } from './features/bookmarks/bookmarks-store.ts';
import { createI18n } from './i18n/i18n.ts';
import type { PageData } from './lib/page-data.ts';
import { createPreferencesStore } from './lib/preferences.ts';
import { createQueryClient } from './lib/query-client.ts';

export interface RenderInput {
  /** The address to render, with the base path: `/papers/2601.20614`. */
  path: string;
  base: string;
  /** Query key → data, for every query the page reads. */
  queries: [QueryKey, unknown][];
}

// Every page is rendered in the default interface language; one instance serves them all.
const i18n = createI18n('ko');
const preferences = createPreferencesStore();
// Never connected here: every page renders "no bookmarks, not loaded yet".
const bookmarks = createBookmarksStore();

export async function renderPage({ path, base, queries }: RenderInput): Promise<{ html: string; page: PageData }> {
  const queryClient = createQueryClient();
  for (const [key, data] of queries) queryClient.setQueryData(key, data);
  const handler = createStaticHandler(createRoutes(queryClient), { basename: routerBasename(base) });
  const context = await handler.query(new Request(new URL(path, 'http://prerender.local')));
  if (context instanceof Response) throw new Error(`prerendering ${path} answered with a redirect or response`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <App queryClient={queryClient} i18n={i18n} services={{ preferences, bookmarks }}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </App>
    </StrictMode>,
  );
  // The root is in every page already; the rest is what this page was rendered from.
  const state = dehydrate(queryClient, { shouldDehydrateQuery: (query) => query.queryKey[0] !== 'root' });
  queryClient.clear(); // no garbage-collection timers left behind in the build process
  return { html, page: { path, ui: 'ko', queries: state } };
}
