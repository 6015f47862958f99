/**
 * The smallest app the chosen stack allows: it hydrates a page with React DOM, routes with
 * react-router's data router (as the app does), translates with i18next and reads data
 * through TanStack Query, and does nothing else. `npm run bench` builds it as the app is
 * built and prints its JavaScript next to the app's initial JavaScript: the part of that
 * figure no code of ours can remove (docs/decisions/initial-javascript.md).
 */
import { hydrate, QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import { createBrowserRouter, Link, Outlet, RouterProvider } from 'react-router';

const queryClient = new QueryClient();
hydrate(queryClient, { queries: [], mutations: [] });
void i18next.use(initReactI18next).init({ lng: 'ko', resources: { ko: { translation: { title: '오늘의 논문' } } } });

function Home() {
  const { t } = useTranslation();
  const latest = useQuery({
    queryKey: ['latest'],
    queryFn: async () => (await fetch('data/latest.json')).text(),
  });
  return (
    <Link to="/days">
      {t('title')} {latest.data}
    </Link>
  );
}

const router = createBrowserRouter([{ element: <Outlet />, children: [{ path: '/', element: <Home /> }] }]);
const container = document.getElementById('root');
if (container) {
  hydrateRoot(
    container,
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
