/**
 * The app's browser-side stores, created once at boot and handed down by context, so
 * components stay free of `window` and `localStorage` and tests can pass their own.
 */
import { createContext, type ReactNode, use } from 'react';
import type { BookmarksStore } from '../features/bookmarks/bookmarks-store.ts';
import type { PreferencesStore } from '../lib/preferences.ts';

export interface Services {
  preferences: PreferencesStore;
  bookmarks: BookmarksStore;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext value={services}>{children}</ServicesContext>;
}

export function useServices(): Services {
  const services = use(ServicesContext);
  if (services === null) throw new Error('useServices() needs a <ServicesProvider> above it');
  return services;
}
