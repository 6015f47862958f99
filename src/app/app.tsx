import type { QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { AppProviders, type Services } from './providers.tsx';

export interface AppProps {
  queryClient: QueryClient;
  i18n: i18n;
  services: Services;
  /** The router provider: the browser's, or the static one when prerendering. */
  children: ReactNode;
}

/** The whole app around a router; the same tree in the browser and at build time. */
export function App({ queryClient, i18n, services, children }: AppProps) {
  return (
    <AppProviders queryClient={queryClient} i18n={i18n} services={services}>
      {children}
    </AppProviders>
  );
}

/** The router's basename for the site's base URL (`/` or `/sub/path`). */
export function routerBasename(base: string): string {
  return base.replace(/\/$/, '') || '/';
}
