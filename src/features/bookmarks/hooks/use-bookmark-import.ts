import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { paperQueryOptions } from '../../../api/papers.ts';
import { isNotFound } from '../../../lib/not-found.ts';
import { useReadStateStore } from '../../../lib/read-state-context.tsx';
import { useBookmarksStore } from '../bookmarks-context.tsx';
import type { FetchPaper } from '../import/look-up-papers.ts';
import type { ImportError, ImportPreview, ImportProgress } from '../import/prepare-import.ts';

export type ImportState =
  /** Reading the file (`progress` null), checking its entries, looking its papers up. */
  | { kind: 'working'; progress: ImportProgress | null }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'cancelled' }
  | { kind: 'done'; added: number; updated: number; existing: number; read: number }
  | { kind: 'error'; error: ImportError | { kind: 'codeUnavailable' } };

/** The import's code: parsers and preview, fetched when a file is first chosen. */
const loadImport = () => import('../import/prepare-import.ts');

/** Lets the browser paint and answer input before the next slice of work. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/**
 * An import in two steps: `choose` reads a file and says what importing it would do
 * (`preview`), changing nothing; `apply` then does it through the stores (which merge it
 * with what another tab stored meanwhile), `cancel` drops it. Each step of a long check is
 * drawn at once (flushSync), so that it shows before the work that follows.
 */
export function useBookmarkImport() {
  const store = useBookmarksStore();
  const readStore = useReadStateStore();
  const client = useQueryClient();
  const [state, setState] = useState<ImportState | null>(null);

  const fetchPaper: FetchPaper = async (id) => {
    try {
      return await client.query(paperQueryOptions(id));
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  };

  const choose = async (file: File) => {
    flushSync(() => setState({ kind: 'working', progress: null }));
    let prepareImport: Awaited<ReturnType<typeof loadImport>>['prepareImport'];
    try {
      ({ prepareImport } = await loadImport());
    } catch {
      // Offline before it was ever loaded, or a new build deployed since the page opened.
      setState({ kind: 'error', error: { kind: 'codeUnavailable' } });
      return;
    }
    const prepared = await prepareImport(file, {
      data: store.getData(),
      readData: readStore.getData(),
      now: Date.now(),
      fetchPaper,
      onProgress: (progress) => {
        flushSync(() => setState({ kind: 'working', progress }));
        return nextTask();
      },
    });
    setState(prepared.ok ? { kind: 'preview', preview: prepared.preview } : { kind: 'error', error: prepared.error });
  };

  const apply = () => {
    if (state?.kind !== 'preview') return;
    const { preview } = state;
    const reading = preview.readMarks === undefined ? Promise.resolve(0) : readStore.import(preview.readMarks);
    const importing = store.apply((base, at) => {
      const { data, added, updated, existing } = preview.merge(base, at);
      return { data, result: { added, updated, existing } };
    });
    void Promise.all([importing, reading]).then(([imported, read]) => {
      setState({ kind: 'done', ...imported, read });
    });
  };

  const cancel = () => {
    if (state?.kind === 'preview') setState({ kind: 'cancelled' });
  };

  return { state, choose, apply, cancel };
}
