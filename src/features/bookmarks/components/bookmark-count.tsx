import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';
import { useBookmarks } from '../hooks/use-bookmarks.ts';

/**
 * The number of bookmarks, for the header link ("Bookmarks (3 saved papers)" to a screen
 * reader); nothing until they are loaded, or when there are none.
 */
export function BookmarkCount() {
  const { t, i18n } = useTranslation();
  const { loaded, bookmarks } = useBookmarks();
  if (!loaded || bookmarks.length === 0) return null;
  return (
    <>
      <span
        aria-hidden="true"
        className="inline-flex min-w-5 justify-center rounded-full px-1.5 text-xs font-semibold tabular-nums ring-1 ring-current"
      >
        {formatNumber(bookmarks.length, i18n.language)}
      </span>
      <span className="sr-only"> ({t('bookmarks.count', { count: bookmarks.length })})</span>
    </>
  );
}
