import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { parseSortOrder, SORT_ORDERS, type SortOrder } from '../../../lib/sort-cards.ts';

/** The grid's order, kept in the URL (`?sort=upvotes`) so a shared link or a reload keeps it. */
export function useSortOrder(): [SortOrder, (order: SortOrder) => void] {
  const [params, setParams] = useSearchParams();
  const order = parseSortOrder(params.get('sort'));
  const setOrder = (next: SortOrder) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === 'rank') updated.delete('sort');
        else updated.set('sort', next);
        return updated;
      },
      { replace: true, preventScrollReset: true },
    );
  return [order, setOrder];
}

/** `onPick` is told the order chosen before the page draws it (e.g. to start fetching it). */
export function SortToggle({ onPick }: { onPick?: (order: SortOrder) => void }) {
  const { t } = useTranslation();
  const [order, setOrder] = useSortOrder();
  return (
    <div role="group" aria-label={t('sort.label')} className="segmented">
      {SORT_ORDERS.map((value) => (
        <button
          key={value}
          type="button"
          data-replay={`sort-${value}`}
          aria-pressed={order === value}
          onClick={() => {
            onPick?.(value);
            setOrder(value);
          }}
        >
          {t(`sort.${value}`)}
        </button>
      ))}
    </div>
  );
}
