import { type ChangeEvent, useState } from 'react';
import { flushSync } from 'react-dom';
import { useResearchStrings } from '../../../hooks/use-research-strings.ts';
import { formatNumber } from '../../../lib/format.ts';
import type { Lang } from '../../../schema/digest.ts';
import { useReadStateStore } from '../../../lib/read-state-context.tsx';
import { useReadState } from '../../../hooks/use-read-state.ts';
import { type Bookmark, MAX_IMPORT_BYTES } from '../bookmarks.ts';
import { type ImportFileError, importBookmarks, parseImportFile } from '../bookmark-files.ts';
import { useBookmarksStore } from '../bookmarks-context.tsx';
import { useBookmarks } from '../hooks/use-bookmarks.ts';
import { BookmarkExportMenu } from './bookmark-export-menu.tsx';

type Outcome =
  /** Reading the file (`total` 0), then checking its entries, then saving them (`checked === total`). */
  | { kind: 'working'; checked: number; total: number }
  | { kind: 'done'; added: number; updated: number; existing: number; read: number }
  | { kind: 'error'; error: ImportFileError | { kind: 'tooLarge' } | { kind: 'unreadable' } };

/** Lets the browser paint and answer input before the next slice of work. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/**
 * Export the bookmarks (see BookmarkExportMenu; `filtered` are those the page's filter shows,
 * null when there is no filter) and import a backup. An import merges (it never removes anything) and says
 * how many were added; a file that is not a valid export is rejected whole, with a reason,
 * and nothing changes. A large file is checked a slice at a time, saying how far it got,
 * and the page answers meanwhile; the control waits until it is done.
 */
export function BookmarkTransfer({ filtered, lang }: { filtered: readonly Bookmark[] | null; lang: Lang }) {
  const { tBase: t, t: tResearch, i18n } = useResearchStrings();
  const store = useBookmarksStore();
  const { loaded, bookmarks } = useBookmarks();
  const readStore = useReadStateStore();
  const reading = useReadState();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setOutcome({ kind: 'error', error: { kind: 'tooLarge' } });
      return;
    }
    // Each step is drawn at once (flushSync), so that it shows before the work that follows.
    flushSync(() => setOutcome({ kind: 'working', checked: 0, total: 0 }));
    let text: string;
    try {
      text = await file.text();
    } catch {
      setOutcome({ kind: 'error', error: { kind: 'unreadable' } });
      return;
    }
    const parsed = await parseImportFile(text, (checked, total) => {
      flushSync(() => setOutcome({ kind: 'working', checked, total }));
      return nextTask();
    });
    if (!parsed.ok) {
      setOutcome({ kind: 'error', error: parsed.error });
      return;
    }
    const total = parsed.bookmarks.length;
    flushSync(() => setOutcome({ kind: 'working', checked: total, total }));
    await nextTask();
    const read = parsed.read ? readStore.import(parsed.read) : 0;
    const imported = store.apply((base, at) => {
      const { data, ...counts } = importBookmarks(base, parsed.bookmarks, at);
      return { data, result: counts };
    });
    setOutcome({ kind: 'done', ...imported, read });
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    // Choosing the same file again is a new import.
    event.currentTarget.value = '';
    if (file) void importFile(file);
  };

  const count = (n: number) => formatNumber(n, i18n.language);
  const working = outcome?.kind === 'working';

  const statusText = (): string | null => {
    switch (outcome?.kind) {
      case 'working':
        return outcome.total === 0
          ? t('bookmarks.import.reading')
          : t('bookmarks.import.checking', { checked: count(outcome.checked), total: count(outcome.total) });
      case 'done':
        return [
          t('bookmarks.import.done', { added: count(outcome.added), existing: count(outcome.existing) }),
          ...(outcome.updated > 0 ? [tResearch('import.doneUpdated', { count: outcome.updated })] : []),
          ...(outcome.read > 0 ? [t('bookmarks.import.doneRead', { count: outcome.read })] : []),
        ].join(' ');
      default:
        return null;
    }
  };

  const errorText = (error: Extract<Outcome, { kind: 'error' }>['error']): string => {
    switch (error.kind) {
      case 'newerVersion':
        return t('bookmarks.import.error.newerVersion', { version: error.version });
      case 'damaged':
        return t('bookmarks.import.error.damaged', { entry: count(error.entry) });
      default:
        return t(`bookmarks.import.error.${error.kind}`);
    }
  };

  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <div role="group" aria-label={t('bookmarks.transfer.label')} className="flex gap-2">
        <BookmarkExportMenu
          all={bookmarks}
          filtered={filtered}
          lang={lang}
          disabled={!loaded || (bookmarks.length === 0 && reading.data.days.size === 0)}
        />
        <label className="btn cursor-pointer focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-indigo-600 has-aria-disabled:cursor-wait has-aria-disabled:opacity-60 dark:focus-within:outline-indigo-400">
          {t('bookmarks.import.button')}
          {/* Not `disabled` while an import runs: that would take the focus away from it. */}
          <input
            type="file"
            accept=".json,application/json"
            className="sr-only"
            aria-disabled={working}
            onClick={(event) => {
              if (working) event.preventDefault();
            }}
            onChange={onFile}
          />
        </label>
      </div>
      <p role="status" className="text-sm text-stone-600 tabular-nums dark:text-stone-300">
        {statusText()}
      </p>
      {outcome?.kind === 'error' ? (
        <p role="alert" className="max-w-md text-sm text-red-700 dark:text-red-300">
          {errorText(outcome.error)}
        </p>
      ) : null}
    </div>
  );
}
