/**
 * The app rendered to HTML at build time (see src/prerender/). The same routes, providers
 * and components as in the browser; the data a page needs is handed in, already loaded.
 */
import { dehydrate, type QueryKey } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import {
  createStaticHandler,
  createStaticRouter,
  type LoaderFunction,
  type RouteObject,
  StaticRouterProvider,
  type StaticHandler,
} from 'react-router';
import { App, routerBasename } from './app/app.tsx';
import { createRoutes } from './app/router.tsx';
import { createBookmarksStore } from './features/bookmarks/bookmarks-store.ts';
import { createI18n } from './i18n/i18n.ts';
import type { UiLanguage } from './i18n/languages.ts';
import type { PageData } from './lib/page-data.ts';
import { createPreferencesStore } from './lib/preferences.ts';
import { createQueryClient } from './lib/query-client.ts';
import { createReadStateStore } from './lib/read-state-store.ts';
import { buildTimeI18n } from './prerender/build-time-i18n.ts';

export interface RenderInput {
  /** The address to render, with the base path: `/papers/2601.20614`. */
  path: string;
  base: string;
  /** The interface language the page is rendered in. */
  ui: UiLanguage;
  /** Query key → data, for every query the page reads. */
  queries: [QueryKey, unknown][];
}

// One i18n instance per interface language serves every page (see build-time-i18n.ts).
const i18nFor = {
  ko: buildTimeI18n(createI18n('ko')),
  en: buildTimeI18n(createI18n('en')),
} satisfies Record<UiLanguage, unknown>;
const preferences = createPreferencesStore();
// Never connected here: every page renders "no bookmarks, not loaded yet".
const bookmarks = createBookmarksStore();
const readState = createReadStateStore();

export interface RenderedPage {
  /** The app's markup, for `#root`. */
  html: string;
  /**
   * What React hoisted out of the tree, for `<head>`: the page's title, meta and canonical
   * tags (src/components/page-head.tsx) and resource hints (an eager image's preload).
   */
  head: string;
  page: PageData;
}

/**
 * React writes what it hoists (`<title>`, `<meta>`, `<link>`: a page's head tags, the preload
 * of an eager image) at the start of what it renders. Rendered into `#root` they would be
 * nodes the browser's tree does not have at hydration; they belong in `<head>`, where
 * hydration finds and adopts them. Their text and attributes are escaped: no `<` inside.
 */
const HOISTED = /^(?:<link [^>]*\/>|<meta [^>]*\/>|<title>[^<]*<\/title>)+/;

/** What a page's request carries to the shared routes: the loaders bound to its own query client. */
interface PageContext {
  loaders: Map<string, LoaderFunction>;
  [key: string]: unknown;
}

/**
 * The routes' loaders close over a query client, and each page has its own. Building a static
 * handler (route tables, the lazy routes' code) for every page cost ~10% of a page, so one
 * handler per base path serves every page: each of its loaders calls the loader of the same
 * route built around the page's client, which the page's request brings as its context.
 */
const handlers = new Map<string, StaticHandler>();

function handlerFor(base: string): StaticHandler {
  let handler = handlers.get(base);
  if (!handler) {
    const forward = (routes: RouteObject[]): RouteObject[] =>
      routes.map((route) => {
        const { id = '', loader, children } = route;
        if (typeof loader === 'function' && !id) throw new Error('a route with a loader needs an id');
        return {
          ...route,
          ...(typeof loader === 'function' && {
            loader: (args) => (args.context as PageContext).loaders.get(id)?.(args) ?? null,
          }),
          ...(children && { children: forward(children) }),
        } as RouteObject;
      });
    // The client these routes are built around is never used: their loaders forward.
    handler = createStaticHandler(forward(createRoutes(createQueryClient())), { basename: routerBasename(base) });
    handlers.set(base, handler);
  }
  return handler;
}

function loadersOf(routes: RouteObject[], into = new Map<string, LoaderFunction>()): Map<string, LoaderFunction> {
  for (const route of routes) {
    if (typeof route.loader === 'function' && route.id) into.set(route.id, route.loader);
    if (route.children) loadersOf(route.children, into);
  }
  return into;
}

export async function renderPage({ path, base, ui, queries }: RenderInput): Promise<RenderedPage> {
  const queryClient = createQueryClient();
  for (const [key, data] of queries) queryClient.setQueryData(key, data);
  const handler = handlerFor(base);
  const requestContext: PageContext = { loaders: loadersOf(createRoutes(queryClient)) };
  const context = await handler.query(new Request(`http://prerender.local${path}`), { requestContext });
  if (context instanceof Response) throw new Error(`prerendering ${path} answered with a redirect or response`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const rendered = renderToString(
    <StrictMode>
      <App queryClient={queryClient} i18n={i18nFor[ui]} services={{ preferences, bookmarks, readState }}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </App>
    </StrictMode>,
  );
  // The root is in every page already; the rest is what this page was rendered from. A query
  // the render only started (the search page's index) is the browser's to fetch: its pending
  // promise does not survive JSON, and hydrating it would throw.
  const state = dehydrate(queryClient, {
    shouldDehydrateQuery: (query) => query.state.status === 'success' && query.queryKey[0] !== 'root',
  });
  queryClient.clear(); // no garbage-collection timers left behind in the build process
  const head = HOISTED.exec(rendered)?.[0] ?? '';
  return { html: rendered.slice(head.length), head, page: { path, queries: state } };
}
