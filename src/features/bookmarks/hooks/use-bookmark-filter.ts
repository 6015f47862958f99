import { useSearchParams } from 'react-router';
import type { BookmarkFilter } from '../bookmark-notes.ts';

/** The bookmarks page's filter, kept in the URL (`?tag=rl&q=reward`) so a filtered view can be reloaded. */
export function useBookmarkFilter(): [BookmarkFilter, (next: Partial<BookmarkFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const tag = params.get('tag');
  const filter: BookmarkFilter = { tag: tag === '' ? null : tag, text: params.get('q') ?? '' };
  const setFilter = (next: Partial<BookmarkFilter>) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next.tag !== undefined) {
          if (next.tag === null) updated.delete('tag');
          else updated.set('tag', next.tag);
        }
        if (next.text !== undefined) {
          if (next.text === '') updated.delete('q');
          else updated.set('q', next.text);
        }
        return updated;
      },
      { replace: true, preventScrollReset: true },
    );
  return [filter, setFilter];
}
