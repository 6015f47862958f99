/**
 * The routes. Each page's code is split into its own chunk (`lazy`); its loader only starts
 * the data fetch, in parallel with the code, and never blocks navigation.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { dayQueryOptions } from '../api/days.ts';
import { rootQueryOptions } from '../api/root.ts';
import { paperQueryOptions } from '../api/papers.ts';
import { paths } from '../config/paths.ts';
import { Layout } from './layout.tsx';
import { RouteError } from './routes/route-error.tsx';

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const prefetch = (start: () => Promise<unknown>) => {
    void start().catch(() => undefined);
    return null;
  };
  return [
    {
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        {
          path: paths.home.pattern,
          loader: () =>
            prefetch(async () => {
              const root = await queryClient.query(rootQueryOptions());
              if (root.latest) await queryClient.query(dayQueryOptions(root.latest.date));
            }),
          lazy: async () => ({ Component: (await import('./routes/home.tsx')).HomeRoute }),
        },
        {
          path: paths.day.pattern,
          loader: ({ params }) => prefetch(() => queryClient.query(dayQueryOptions(params.date ?? ''))),
          lazy: async () => ({ Component: (await import('./routes/day.tsx')).DayRoute }),
        },
        {
          path: paths.days.pattern,
          lazy: async () => ({ Component: (await import('./routes/days.tsx')).DaysRoute }),
        },
        {
          path: paths.archive.pattern,
          lazy: async () => ({ Component: (await import('./routes/archive.tsx')).ArchiveRoute }),
        },
        {
          path: paths.paper.pattern,
          loader: ({ params }) => prefetch(() => queryClient.query(paperQueryOptions(params.id ?? ''))),
          lazy: async () => ({ Component: (await import('./routes/paper.tsx')).PaperRoute }),
        },
        {
          path: '*',
          lazy: async () => ({ Component: (await import('./routes/not-found.tsx')).NotFoundRoute }),
        },
      ],
    },
  ];
}
