import { QueryClient } from '@tanstack/react-query';
import { isNotFound } from './not-found.ts';

/**
 * The app's data is static JSON with immutable names: it never goes stale while the app
 * runs, so it is never refetched; a missing day or paper is an answer, not a failure to retry.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 'static',
        gcTime: 30 * 60 * 1000,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: (count, error) => !isNotFound(error) && count < 2,
      },
    },
  });
}
