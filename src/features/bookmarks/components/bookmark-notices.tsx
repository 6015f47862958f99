import { useTranslation } from 'react-i18next';
import type { BookmarkNotice } from '../bookmarks-store.ts';
import { useBookmarksStore } from '../bookmarks-context.tsx';
import { useBookmarks } from '../hooks/use-bookmarks.ts';

function useNoticeText() {
  const { t } = useTranslation();
  return (notice: BookmarkNotice): string => {
    switch (notice.kind) {
      case 'unavailable':
        return t('bookmarks.notice.unavailable');
      case 'quota':
        return t('bookmarks.notice.quota');
      case 'recovered': {
        const main =
          notice.backupKey === null
            ? t('bookmarks.notice.recoveredNoBackup', { count: notice.recovered })
            : t('bookmarks.notice.recovered', { count: notice.recovered, key: notice.backupKey });
        return notice.dropped > 0 ? `${main} ${t('bookmarks.notice.dropped', { count: notice.dropped })}` : main;
      }
    }
  };
}

/**
 * What went wrong with storing bookmarks, said quietly (a polite live region) and each
 * dismissible. The region is always there, so that a notice added later is announced.
 */
export function BookmarkNotices() {
  const { t } = useTranslation();
  const store = useBookmarksStore();
  const { notices } = useBookmarks();
  const text = useNoticeText();
  return (
    <div role="status" className={notices.length > 0 ? 'mb-6 space-y-2' : undefined}>
      {notices.map((notice) => (
        <div
          key={notice.kind}
          className="flex items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 py-2 pr-2 pl-4 text-sm leading-6 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <p className="flex-1 py-1">{text(notice)}</p>
          <button
            type="button"
            className="icon-btn size-8 shrink-0 text-lg text-amber-900 dark:text-amber-100"
            aria-label={t('bookmarks.notice.dismiss')}
            onClick={() => store.dismiss(notice.kind)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </div>
  );
}
