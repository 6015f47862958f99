import { useEffect, useId, useRef } from 'react';
import { useResearchStrings } from '../../../hooks/use-research-strings.ts';
import type { ImportPreview } from '../import/prepare-import.ts';

/**
 * What an import will do, before it does it: how many papers it adds and updates, and where
 * they apply, how many are already saved, not in the archive, or unreadable in the file, and
 * how many read marks it brings. It takes the focus when it appears, so that a screen reader
 * reads it and Tab reaches Apply next; Esc cancels. Beside the import button it floats over
 * the page as the export menu does; on a phone it takes its place in the page's flow.
 */
export function BookmarkImportPreview({
  preview,
  fileName,
  onApply,
  onCancel,
}: {
  preview: ImportPreview;
  fileName: string;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useResearchStrings();
  const titleId = useId();
  const region = useRef<HTMLElement>(null);

  useEffect(() => {
    region.current?.focus();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onCancel]);

  const details = [
    preview.existing > 0 ? t('import.preview.existing', { count: preview.existing }) : null,
    preview.notInArchive > 0 ? t('import.preview.notInArchive', { count: preview.notInArchive }) : null,
    preview.unreadable > 0
      ? t(preview.format === 'bibtex' ? 'import.preview.unreadableEntries' : 'import.preview.unreadableLines', {
          count: preview.unreadable,
        })
      : null,
    preview.read > 0 ? t('import.preview.read', { count: preview.read }) : null,
    preview.withNotes ? t('import.preview.notes') : null,
  ].filter((line) => line !== null);

  return (
    <section
      ref={region}
      tabIndex={-1}
      aria-labelledby={titleId}
      lang={i18n.language}
      className="z-30 w-full rounded-xl border border-stone-200 bg-white p-4 text-left shadow-lg sm:absolute sm:top-full sm:right-0 sm:mt-2 sm:w-[26rem] dark:border-stone-700 dark:bg-stone-900"
    >
      <h2 id={titleId} className="text-sm font-semibold text-stone-500 dark:text-stone-400">
        {t('import.preview.title')}
      </h2>
      <p className="mt-0.5 truncate text-xs text-stone-500 dark:text-stone-400" title={fileName}>
        {t('import.preview.source', { file: fileName, format: t(`import.preview.format.${preview.format}`) })}
      </p>
      <p className="mt-2 text-base font-semibold text-stone-900 tabular-nums dark:text-stone-50">
        {t('import.preview.summary', { added: preview.added, updated: preview.updated })}
      </p>
      {details.length > 0 ? (
        <ul className="mt-1.5 list-disc space-y-1 pl-5 text-sm text-stone-600 tabular-nums dark:text-stone-300">
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <div className="mt-3 flex gap-2">
        <button
          type="button"
          className="btn border-indigo-600 bg-indigo-600 text-white hover:bg-indigo-700 dark:border-indigo-500 dark:bg-indigo-500 dark:text-white dark:hover:bg-indigo-600"
          onClick={onApply}
        >
          {t('import.preview.apply')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('import.preview.cancel')}
        </button>
      </div>
    </section>
  );
}
