import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { updateStore } from '../update-store.ts';

/**
 * A quiet note when a new build (a new digest) has been deployed: the page reloads only when
 * the reader asks. Closing it keeps this page; the next visit opens the new build.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const apply = useSyncExternalStore(updateStore.subscribe, updateStore.getSnapshot, () => null);
  if (!apply) return null;
  return (
    <div
      role="status"
      className="pointer-events-auto flex w-full max-w-md items-center gap-2 rounded-xl border border-stone-200 bg-white py-2 pr-2 pl-4 shadow-lg dark:border-stone-700 dark:bg-stone-900"
    >
      <p className="flex-1 text-sm text-stone-700 dark:text-stone-200">{t('update.available')}</p>
      <button
        type="button"
        className="btn border-indigo-600 bg-indigo-600 text-white hover:bg-indigo-700 dark:border-indigo-500 dark:bg-indigo-500 dark:text-white"
        onClick={apply}
      >
        {t('update.reload')}
      </button>
      <button type="button" className="icon-btn" aria-label={t('update.dismiss')} onClick={updateStore.dismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
