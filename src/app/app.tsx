import type { QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './providers.tsx';
import { createRoutes } from './router.tsx';
import type { Services } from './services.tsx';

export interface AppProps {
  queryClient: QueryClient;
  i18n: i18n;
  services: Services;
}

export function App({ queryClient, i18n, services }: AppProps) {
  const [router] = useState(() =>
    createBrowserRouter(createRoutes(queryClient), { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' }),
  );
  return (
    <AppProviders queryClient={queryClient} i18n={i18n} services={services}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
