import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { type Services, ServicesProvider } from './services.tsx';

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
        <ServicesProvider services={services}>{children}</ServicesProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
