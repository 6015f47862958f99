import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BookmarksProvider } from '../features/bookmarks/bookmarks-context.tsx';
import type { BookmarksStore } from '../features/bookmarks/bookmarks-store.ts';
import { PreferencesProvider } from '../lib/preferences-context.tsx';
import type { PreferencesStore } from '../lib/preferences.ts';
import { ReadStateProvider } from '../lib/read-state-context.tsx';
import type { ReadStateStore } from '../lib/read-state-store.ts';

/** The app's browser-side stores, created once at boot (or by a test) and handed down by context. */
export interface Services {
  preferences: PreferencesStore;
  bookmarks: BookmarksStore;
  readState: ReadStateStore;
}

export interface AppProvidersProps {
  queryClient: QueryClient;
  i18n: i18n;
  services: Services;
  children: ReactNode;
}

export function AppProviders({ queryClient, i18n, services, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <PreferencesProvider store={services.preferences}>
          <BookmarksProvider store={services.bookmarks}>
            <ReadStateProvider store={services.readState}>{children}</ReadStateProvider>
          </BookmarksProvider>
        </PreferencesProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
