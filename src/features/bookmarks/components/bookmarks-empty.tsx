import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BookmarkIcon } from '../../../components/icons.tsx';
import { paths } from '../../../config/paths.ts';

/** No bookmarks: how to make one, and where to start. */
export function BookmarksEmpty() {
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-md rounded-xl border border-dashed border-stone-300 px-6 py-12 text-center dark:border-stone-700">
      <span className="inline-flex text-4xl text-stone-400 dark:text-stone-500">
        <BookmarkIcon />
      </span>
      <h2 className="mt-3 text-lg font-semibold">{t('bookmarks.empty.title')}</h2>
      <p className="mt-2 text-sm leading-6 text-stone-600 dark:text-stone-300">{t('bookmarks.empty.body')}</p>
      <Link to={paths.home.href()} className="btn mt-5">
        {t('bookmarks.empty.cta')}
      </Link>
    </div>
  );
}
