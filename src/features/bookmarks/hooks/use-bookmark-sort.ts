import { useSearchParams } from 'react-router';
import { type BookmarkSort, parseBookmarkSort } from '../bookmarks.ts';

/** The bookmarks page's order, kept in the URL (`?sort=upvotes`); newest saved first otherwise. */
export function useBookmarkSort(): [BookmarkSort, (order: BookmarkSort) => void] {
  const [params, setParams] = useSearchParams();
  const order = parseBookmarkSort(params.get('sort'));
  const setOrder = (next: BookmarkSort) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === 'saved') updated.delete('sort');
        else updated.set('sort', next);
        return updated;
      },
      { replace: true, preventScrollReset: true },
    );
  return [order, setOrder];
}
