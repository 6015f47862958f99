import { useTranslation } from 'react-i18next';
import type { BookmarkSort } from '../bookmarks.ts';
import { useBookmarkSort } from '../hooks/use-bookmark-sort.ts';

const ORDERS: readonly BookmarkSort[] = ['saved', 'upvotes'];

export function BookmarkSortToggle() {
  const { t } = useTranslation();
  const [order, setOrder] = useBookmarkSort();
  return (
    <div role="group" aria-label={t('sort.label')} className="segmented">
      {ORDERS.map((value) => (
        <button key={value} type="button" aria-pressed={order === value} onClick={() => setOrder(value)}>
          {t(`bookmarks.sort.${value}`)}
        </button>
      ))}
    </div>
  );
}
