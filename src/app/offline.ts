/**
 * Offline reading, started once the page is interactive (src/main.tsx loads this module
 * then, in production builds): registers the service worker and keeps the reader's
 * bookmarked papers saved in it, so they open offline even if never read online: each
 * paper's page in every summary language, its data chunk and the lookup shard that finds it.
 */
import type { QueryClient } from '@tanstack/react-query';
import { paperFileQueryOptions } from '../api/papers.ts';
import { rootQueryOptions } from '../api/root.ts';
import { paths } from '../config/paths.ts';
import type { createBookmarksStore } from '../features/bookmarks/bookmarks-store.ts';
import { registerServiceWorker } from '../features/offline/register-service-worker.ts';
import { dataUrl } from '../lib/fetch-json.ts';
import { MAX_SAVED_PAPERS } from '../lib/offline-caches.ts';
import { lookupShardFile } from '../schema/data-files.ts';

interface OfflineServices {
  queryClient: QueryClient;
  bookmarks: ReturnType<typeof createBookmarksStore>;
}

/** The URLs to save for these papers, or null when one of them cannot be found now (offline). */
async function paperUrls(queryClient: QueryClient, ids: readonly string[]): Promise<string[] | null> {
  const root = await queryClient.query(rootQueryOptions());
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const [primary] = root.langs;
  const urls: string[] = [];
  try {
    for (const id of ids) {
      for (const lang of root.langs) urls.push(`${base}${paths.paper.href(id, lang === primary ? undefined : lang)}`);
      urls.push(dataUrl(lookupShardFile(root.lookup, id)));
      urls.push(dataUrl(await queryClient.query(paperFileQueryOptions(id))));
    }
  } catch {
    return null;
  }
  return [...new Set(urls)];
}

export function startOffline({ queryClient, bookmarks }: OfflineServices): void {
  const worker = registerServiceWorker(import.meta.env.BASE_URL);
  if (!worker) return;
  let saved = '';
  let running = Promise.resolve();
  const sync = async () => {
    const { loaded, bookmarks: list } = bookmarks.getSnapshot();
    if (!loaded || !navigator.onLine) return;
    const urls = await paperUrls(
      queryClient,
      list.slice(0, MAX_SAVED_PAPERS).map((bookmark) => bookmark.id),
    );
    const key = urls?.join('\n') ?? saved;
    if (urls === null || key === saved) return;
    await worker.save(urls);
    saved = key;
  };
  // One sync at a time, in order: the last one sends the latest set.
  const queue = () => {
    running = running.then(sync).catch(() => undefined);
  };
  bookmarks.subscribe(queue);
  window.addEventListener('online', queue);
  queue();
}
