import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  exportFileName,
  type ImportFileError,
  MAX_IMPORT_BYTES,
  parseImportFile,
  serializeExport,
} from '../bookmarks.ts';
import { useBookmarksStore } from '../bookmarks-context.tsx';
import { useBookmarks } from '../hooks/use-bookmarks.ts';

type Outcome =
  | { kind: 'done'; added: number; existing: number }
  | { kind: 'error'; error: ImportFileError | { kind: 'tooLarge' } | { kind: 'unreadable' } };

/** Saves every bookmark to a JSON file, in the browser: nothing leaves the machine. */
function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Export to a file and import one. An import merges (it never removes anything) and says
 * how many were added; a file that is not a valid export is rejected whole, with a reason,
 * and nothing changes.
 */
export function BookmarkTransfer() {
  const { t } = useTranslation();
  const store = useBookmarksStore();
  const { loaded, bookmarks } = useBookmarks();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const exportAll = () => {
    const now = new Date();
    download(serializeExport(store.getData(), now), exportFileName(now));
  };

  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setOutcome({ kind: 'error', error: { kind: 'tooLarge' } });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setOutcome({ kind: 'error', error: { kind: 'unreadable' } });
      return;
    }
    const parsed = parseImportFile(text);
    if (!parsed.ok) {
      setOutcome({ kind: 'error', error: parsed.error });
      return;
    }
    setOutcome({ kind: 'done', ...store.import(parsed.bookmarks) });
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    // Choosing the same file again is a new import.
    event.currentTarget.value = '';
    if (file) void importFile(file);
  };

  const errorText = (error: Extract<Outcome, { kind: 'error' }>['error']): string => {
    switch (error.kind) {
      case 'newerVersion':
        return t('bookmarks.import.error.newerVersion', { version: error.version });
      case 'damaged':
        return t('bookmarks.import.error.damaged', { entry: error.entry });
      default:
        return t(`bookmarks.import.error.${error.kind}`);
    }
  };

  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <div role="group" aria-label={t('bookmarks.transfer.label')} className="flex gap-2">
        <button type="button" className="btn" disabled={!loaded || bookmarks.length === 0} onClick={exportAll}>
          {t('bookmarks.export.button')}
        </button>
        <label className="btn cursor-pointer focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-indigo-600 dark:focus-within:outline-indigo-400">
          {t('bookmarks.import.button')}
          <input type="file" accept=".json,application/json" className="sr-only" onChange={onFile} />
        </label>
      </div>
      <p role="status" className="text-sm text-stone-600 dark:text-stone-300">
        {outcome?.kind === 'done'
          ? t('bookmarks.import.done', { added: outcome.added, existing: outcome.existing })
          : null}
      </p>
      {outcome?.kind === 'error' ? (
        <p role="alert" className="max-w-md text-sm text-red-700 dark:text-red-300">
          {errorText(outcome.error)}
        </p>
      ) : null}
    </div>
  );
}
