/**
 * The real app (routes, providers, components) in jsdom, over the real pipeline output of
 * the shipped sample content. `fetch` is answered from that output in memory: the one part
 * that cannot run in jsdom is the HTTP server.
 */
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { rootQueryOptions } from '../../src/api/root.ts';
import { AppProviders } from '../../src/app/providers.tsx';
import { createRoutes } from '../../src/app/router.tsx';
import { createBookmarksStore } from '../../src/features/bookmarks/bookmarks-store.ts';
import { createI18n } from '../../src/i18n/i18n.ts';
import { createPreferencesStore } from '../../src/lib/preferences.ts';
import { createQueryClient } from '../../src/lib/query-client.ts';
import { createReadStateStore } from '../../src/lib/read-state-store.ts';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { SAMPLE_DIGESTS_DIR } from '../../src/pipeline/paths.ts';
import type { SiteData } from '../../src/pipeline/emit/emit-data.ts';

const sites = new Map<string, Promise<SiteData>>();

/** A digest folder (the sample content by default) through the real pipeline, once per test file. */
export function sampleSite(dir = SAMPLE_DIGESTS_DIR): Promise<SiteData> {
  let site = sites.get(dir);
  if (site === undefined) {
    site = buildSiteData(dir).then((result) => {
      if (!result.ok) throw new Error(`${dir} does not build: ${result.summary}`);
      return result.data;
    });
    sites.set(dir, site);
  }
  return site;
}

/** The app at `path`, over the site built from `dir` (the sample content by default). */
export async function renderApp(path: string, dir = SAMPLE_DIGESTS_DIR) {
  const data = await sampleSite(dir);
  vi.stubGlobal('fetch', (input: string | URL) => {
    const file = String(input).replace(/^\//, '');
    const body = data.files.get(file);
    return Promise.resolve(
      body === undefined
        ? new Response('not found', { status: 404 })
        : new Response(typeof body === 'string' ? body : new TextDecoder().decode(body), { status: 200 }),
    );
  });
  const queryClient = createQueryClient();
  queryClient.setQueryData(rootQueryOptions().queryKey, data.root);
  const preferences = createPreferencesStore();
  const bookmarks = createBookmarksStore();
  const readState = createReadStateStore();
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const view = render(
    <AppProviders queryClient={queryClient} i18n={createI18n('ko')} services={{ preferences, bookmarks, readState }}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient, preferences, readState, data };
}
