import type { QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { type ReactNode, useEffect } from 'react';
import { AppProviders, type Services } from './providers.tsx';

export interface AppProps {
  queryClient: QueryClient;
  i18n: i18n;
  services: Services;
  /** Called once the app has drawn (or hydrated) its first page, in the browser. */
  onStarted?: () => void;
  /** The router provider: the browser's, or the static one when prerendering. */
  children: ReactNode;
}

/** The whole app around a router; the same tree in the browser and at build time. */
export function App({ queryClient, i18n, services, onStarted, children }: AppProps) {
  return (
    <AppProviders queryClient={queryClient} i18n={i18n} services={services}>
      {children}
      {onStarted ? <Started onStarted={onStarted} /> : null}
    </AppProviders>
  );
}

/** After the router's tree: its effect runs once that tree's first commit is done. */
function Started({ onStarted }: { onStarted: () => void }) {
  useEffect(() => onStarted(), [onStarted]);
  return null;
}

/** The router's basename for the site's base URL (`/` or `/sub/path`). */
export function routerBasename(base: string): string {
  return base.replace(/\/$/, '') || '/';
}
