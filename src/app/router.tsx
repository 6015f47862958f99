/**
 * The routes. Each page's code is split into its own chunk (`lazy`); its loader only starts
 * the data fetch, in parallel with the code, and never blocks navigation.
 */
import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes, type RouteObject } from 'react-router';
import { dayQueryOptions } from '../api/days.ts';
import { rootQueryOptions } from '../api/root.ts';
import { paperQueryOptions } from '../api/papers.ts';
import { paths } from '../config/paths.ts';
import { Layout } from './layout.tsx';
import { RouteError } from './routes/route-error.tsx';

export interface RouteOptions {
  /**
   * Resolves once the interface has the messages the first screen does not show, which the
   * pages beyond it need (`loadLaterMessages`); their code waits for it. At build time, and
   * wherever the instance has every message, nothing to wait for.
   */
  laterMessages?: () => Promise<void>;
}

export function createRoutes(queryClient: QueryClient, { laterMessages }: RouteOptions = {}): RouteObject[] {
  /** A page's code, with the messages it shows beyond the first screen's. */
  const withLaterMessages = async <T,>(code: Promise<T>): Promise<T> =>
    (await Promise.all([code, laterMessages?.()]))[0];
  const prefetch = (start: () => Promise<unknown>) => {
    void start().catch(() => undefined);
    return null;
  };
  return [
    {
      id: 'layout',
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        {
          id: 'home',
          path: paths.home.pattern,
          loader: () =>
            prefetch(async () => {
              const root = await queryClient.query(rootQueryOptions());
              if (root.latest) await queryClient.query(dayQueryOptions(root.latest.date));
            }),
          lazy: async () => ({ Component: (await import('./routes/home.tsx')).HomeRoute }),
        },
        {
          id: 'day',
          path: paths.day.pattern,
          loader: ({ params }) => {
            const day = paths.day.parse(params);
            return day ? prefetch(() => queryClient.query(dayQueryOptions(day.date))) : null;
          },
          lazy: async () => ({ Component: (await import('./routes/day.tsx')).DayRoute }),
        },
        {
          id: 'days',
          path: paths.days.pattern,
          lazy: async () => ({ Component: (await withLaterMessages(import('./routes/days.tsx'))).DaysRoute }),
        },
        {
          id: 'archive',
          path: paths.archive.pattern,
          lazy: async () => ({ Component: (await import('./routes/archive.tsx')).ArchiveRoute }),
        },
        {
          id: 'search',
          path: paths.search.pattern,
          // The index is the search route's alone: its code and its first shards load with it.
          loader: ({ request }) =>
            prefetch(async () => {
              const query = new URL(request.url).searchParams.get('q') ?? '';
              const { prefetchSearch } = await import('../features/search/api/search.ts');
              await prefetchSearch(queryClient, query);
            }),
          lazy: async () => ({ Component: (await withLaterMessages(import('./routes/search.tsx'))).SearchRoute }),
        },
        {
          id: 'bookmarks',
          path: paths.bookmarks.pattern,
          lazy: async () => ({ Component: (await withLaterMessages(import('./routes/bookmarks.tsx'))).BookmarksRoute }),
        },
        {
          id: 'shared-list',
          path: paths.sharedList.pattern,
          lazy: async () => ({ Component: (await import('./routes/shared-list.tsx')).SharedListRoute }),
        },
        {
          id: 'new-since',
          path: paths.newSince.pattern,
          lazy: async () => ({ Component: (await withLaterMessages(import('./routes/new-since.tsx'))).NewSinceRoute }),
        },
        {
          id: 'paper',
          path: paths.paper.pattern,
          loader: ({ params }) =>
            prefetch(async () => {
              const root = await queryClient.query(rootQueryOptions());
              const paper = paths.paper.parse(params, root.langs);
              if (paper) await queryClient.query(paperQueryOptions(paper.id));
            }),
          lazy: async () => ({ Component: (await import('./routes/paper.tsx')).PaperRoute }),
        },
        {
          id: 'not-found',
          path: '*',
          lazy: async () => ({ Component: (await import('./routes/not-found.tsx')).NotFoundRoute }),
        },
      ],
    },
  ];
}

/**
 * Resolves the lazy routes that match a location, in place, so the router starts already
 * initialised: hydrating a prerendered page must not wait for route code first.
 */
export async function resolveLazyRoutes(routes: RouteObject[], location: string, basename: string): Promise<string[]> {
  const matches = matchRoutes(routes, location, basename) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy === 'function') {
        Object.assign(route, await route.lazy());
        route.lazy = undefined;
      }
    }),
  );
  return matches.map(({ route }) => route.id ?? '');
}
