import { useResearchStrings } from '../../../hooks/use-research-strings.ts';
import type { BookmarkSort } from '../bookmarks.ts';
import { useBookmarkSort } from '../hooks/use-bookmark-sort.ts';

const ORDERS: readonly BookmarkSort[] = ['saved', 'date', 'upvotes'];

export function BookmarkSortToggle() {
  const { t, tBase } = useResearchStrings();
  const [order, setOrder] = useBookmarkSort();
  return (
    <div role="group" aria-label={tBase('sort.label')} className="segmented">
      {ORDERS.map((value) => (
        <button key={value} type="button" aria-pressed={order === value} onClick={() => setOrder(value)}>
          {value === 'date' ? t('sortDate') : tBase(`bookmarks.sort.${value}`)}
        </button>
      ))}
    </div>
  );
}
