/**
 * Boot: read the embedded root and the reader's preferences, then render. This is the one
 * place that touches `document`, `navigator` and localStorage before React runs.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { readEmbeddedRoot, rootQueryOptions } from './api/root.ts';
import { createI18n, pickUiLanguage } from './i18n/i18n.ts';
import { createPreferencesStore } from './lib/preferences.ts';
import { createQueryClient } from './lib/query-client.ts';
import './styles.css';

const queryClient = createQueryClient();
queryClient.setQueryData(rootQueryOptions().queryKey, readEmbeddedRoot());

const preferences = createPreferencesStore();
preferences.load();
const i18n = createI18n(preferences.get().ui ?? pickUiLanguage(navigator.languages));

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App queryClient={queryClient} i18n={i18n} services={{ preferences }} />
  </StrictMode>,
);
