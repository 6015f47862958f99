import { useTranslation } from 'react-i18next';
import { useFeeds } from '../hooks/use-feeds.ts';
import { languageName } from './summary-language-switch.tsx';

/** Links to the Atom feed of each summary language; nothing when the site publishes none. */
export function FeedLinks({ className = '' }: { className?: string }) {
  const { t } = useTranslation();
  const feeds = useFeeds();
  if (feeds.length === 0) return null;
  return (
    <p className={className}>
      {t('feeds.subscribe')}{' '}
      {feeds.map((feed, index) => (
        <span key={feed.lang}>
          {index > 0 ? ' · ' : null}
          <a
            href={`${import.meta.env.BASE_URL}${feed.file}`}
            type="application/atom+xml"
            className="underline decoration-stone-300 underline-offset-2 hover:text-stone-900 dark:decoration-stone-600 dark:hover:text-white"
          >
            {t('feeds.link', { lang: languageName(feed.lang) })}
          </a>
        </span>
      ))}
    </p>
  );
}
