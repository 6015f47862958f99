import { useTranslation } from 'react-i18next';
import type { StorageNotice, StorageNoticeKind } from '../lib/synced-store.ts';

/** A notice about a stored value, as the reader sees it. */
export interface NoticeItem {
  /** Unique among the notices shown. */
  id: string;
  kind: StorageNoticeKind;
  text: string;
  dismiss: () => void;
}

/**
 * A store's notices in words: its namespace (`bookmarks`, `reading`) has the texts of a full
 * storage and of a recovered value; unusable storage has one text for every store.
 */
export function useNoticeItems(
  namespace: 'bookmarks' | 'reading',
  notices: readonly StorageNotice[],
  dismiss: (kind: StorageNoticeKind) => void,
): NoticeItem[] {
  const { t } = useTranslation();
  const text = (notice: StorageNotice): string => {
    switch (notice.kind) {
      case 'unavailable':
        return t('storage.unavailable');
      case 'quota':
        return t(`${namespace}.notice.quota`);
      case 'recovered': {
        const main =
          notice.backupKey === null
            ? t(`${namespace}.notice.recoveredNoBackup`, { count: notice.recovered })
            : t(`${namespace}.notice.recovered`, { count: notice.recovered, key: notice.backupKey });
        return notice.dropped > 0 ? `${main} ${t(`${namespace}.notice.dropped`, { count: notice.dropped })}` : main;
      }
    }
  };
  return notices.map((notice) => ({
    id: `${namespace}:${notice.kind}`,
    kind: notice.kind,
    text: text(notice),
    dismiss: () => dismiss(notice.kind),
  }));
}

/**
 * What went wrong with storing the reader's data, said quietly (a polite live region) and
 * each dismissible. The region is always there, so that a notice added later is announced.
 */
export function StorageNotices({ items }: { items: readonly NoticeItem[] }) {
  const { t } = useTranslation();
  return (
    <div role="status" className={items.length > 0 ? 'mb-6 space-y-2' : undefined}>
      {items.map((item) => (
        <div
          key={item.id}
          className="flex items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 py-2 pr-2 pl-4 text-sm leading-6 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <p className="flex-1 py-1">{item.text}</p>
          <button
            type="button"
            className="icon-btn size-8 shrink-0 text-lg text-amber-900 dark:text-amber-100"
            aria-label={t('storage.dismiss')}
            onClick={item.dismiss}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </div>
  );
}
