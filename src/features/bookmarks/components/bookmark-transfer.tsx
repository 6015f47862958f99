import { type ChangeEvent, useRef, useState } from 'react';
import { useResearchStrings } from '../../../hooks/use-research-strings.ts';
import { formatNumber } from '../../../lib/format.ts';
import type { Lang } from '../../../schema/digest.ts';
import { useReadState } from '../../../hooks/use-read-state.ts';
import type { Bookmark } from '../bookmarks.ts';
import { type ImportState, useBookmarkImport } from '../hooks/use-bookmark-import.ts';
import { useBookmarks } from '../hooks/use-bookmarks.ts';
import { BookmarkExportMenu } from './bookmark-export-menu.tsx';
import { BookmarkImportPreview } from './bookmark-import-preview.tsx';

/** What a file input takes: our backup, BibTeX, and lists of ids (any text file). */
const ACCEPT = '.json,.bib,.txt,application/json,application/x-bibtex,text/plain';

/**
 * Export the bookmarks (see BookmarkExportMenu; `filtered` are those the page's filter shows,
 * null when there is no filter) and import a file: our backup, BibTeX, or a list of arXiv ids
 * and links. An import first says what it will do (see BookmarkImportPreview) and changes
 * nothing until it is applied; it merges (it never removes anything). A file that cannot be
 * imported is rejected whole, with a reason, and nothing changes. A large file is checked a
 * slice at a time, saying how far it got, and the page answers meanwhile.
 */
export function BookmarkTransfer({ filtered, lang }: { filtered: readonly Bookmark[] | null; lang: Lang }) {
  const { tBase: t, t: tResearch, i18n } = useResearchStrings();
  const { loaded, bookmarks } = useBookmarks();
  const reading = useReadState();
  const { state, choose, apply, cancel } = useBookmarkImport();
  const [fileName, setFileName] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    // Choosing the same file again is a new import.
    event.currentTarget.value = '';
    if (!file) return;
    setFileName(file.name);
    void choose(file);
  };

  // Back to the import button once the preview is gone, so that the keyboard stays in place.
  const done = (action: () => void) => () => {
    action();
    input.current?.focus();
  };

  const count = (n: number) => formatNumber(n, i18n.language);
  const busy = state?.kind === 'working' || state?.kind === 'preview';

  const statusText = (): string | null => {
    switch (state?.kind) {
      case 'working':
        switch (state.progress?.kind) {
          case undefined:
            return t('bookmarks.import.reading');
          case 'reading':
            return tResearch('import.readingEntries', { read: state.progress.read, total: state.progress.total });
          case 'checking':
            return t('bookmarks.import.checking', {
              checked: count(state.progress.checked),
              total: count(state.progress.total),
            });
          case 'lookingUp':
            return tResearch('import.lookingUp', { done: state.progress.done, total: state.progress.total });
        }
        break;
      case 'cancelled':
        return tResearch('import.cancelled');
      case 'done':
        return [
          t('bookmarks.import.done', { added: count(state.added), existing: count(state.existing) }),
          ...(state.updated > 0 ? [tResearch('import.doneUpdated', { count: state.updated })] : []),
          ...(state.read > 0 ? [t('bookmarks.import.doneRead', { count: state.read })] : []),
        ].join(' ');
      default:
        return null;
    }
  };

  const errorText = (error: Extract<ImportState, { kind: 'error' }>['error']): string => {
    switch (error.kind) {
      case 'newerVersion':
        return t('bookmarks.import.error.newerVersion', { version: error.version });
      case 'damaged':
        return t('bookmarks.import.error.damaged', { entry: count(error.entry) });
      case 'empty':
      case 'notText':
      case 'lookupFailed':
      case 'codeUnavailable':
        return tResearch(`import.error.${error.kind}`);
      case 'noPapers':
        return tResearch(error.format === 'bibtex' ? 'import.error.noPapersBibtex' : 'import.error.noPapersIds');
      case 'tooManyPapers':
        return tResearch('import.error.tooManyPapers', { max: error.max });
      default:
        return t(`bookmarks.import.error.${error.kind}`);
    }
  };

  return (
    <div className="relative flex w-full flex-col items-start gap-2 sm:w-auto sm:items-end">
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
            ref={input}
            type="file"
            accept={ACCEPT}
            className="sr-only"
            aria-disabled={busy}
            onClick={(event) => {
              if (busy) event.preventDefault();
            }}
            onChange={onFile}
          />
        </label>
      </div>
      {state?.kind === 'preview' ? (
        <BookmarkImportPreview
          preview={state.preview}
          fileName={fileName}
          onApply={done(apply)}
          onCancel={done(cancel)}
        />
      ) : null}
      <p role="status" className="text-sm text-stone-600 tabular-nums dark:text-stone-300">
        {statusText()}
      </p>
      {state?.kind === 'error' ? (
        <p role="alert" className="max-w-md text-sm text-red-700 dark:text-red-300">
          {errorText(state.error)}
        </p>
      ) : null}
    </div>
  );
}
