import { useTranslation } from 'react-i18next';
import { BookmarkIcon } from '../../../components/icons.tsx';
import type { Card } from '../../../schema/digest.ts';
import type { BookmarkInput } from '../bookmarks.ts';
import { useBookmarksStore } from '../bookmarks-context.tsx';
import { useBookmarks } from '../hooks/use-bookmarks.ts';

/**
 * The bookmark toggle: an icon button named after the paper, pressed when it is saved.
 * Until the bookmarks are loaded (prerendered HTML, hydration) it shows "not saved" and is
 * disabled: a click then would do nothing anyway.
 */
export function BookmarkToggle({ item }: { item: BookmarkInput }) {
  const { t } = useTranslation();
  const store = useBookmarksStore();
  const { ids, loaded } = useBookmarks();
  const pressed = ids.has(item.id);
  return (
    <button
      type="button"
      className="icon-btn text-lg"
      aria-pressed={pressed}
      disabled={!loaded}
      aria-label={t('bookmarks.toggle', { title: item.title })}
      title={pressed ? t('bookmarks.remove') : t('bookmarks.add')}
      onClick={() => store.toggle(item)}
      data-shortcut="bookmark"
    >
      <BookmarkIcon filled={pressed} />
    </button>
  );
}

/** The toggle for a card: the card is kept as a snapshot, so the bookmarks page needs no fetch. */
export function BookmarkButton({ card }: { card: Card }) {
  return <BookmarkToggle item={{ id: card.id, title: card.title, date: card.date, card }} />;
}
