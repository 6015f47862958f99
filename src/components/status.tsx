import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../config/paths.ts';
import { PageHead, withSiteName } from './page-head.tsx';

/** Placeholder cards of the real cards' size, so the page does not jump when data arrives. */
export function CardGridSkeleton({ count = 4 }: { count?: number }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{t('status.loading')}</span>
      <div aria-hidden="true" className="card-grid">
        {Array.from({ length: count }, (_, i) => (
          <div
            key={i}
            className="overflow-hidden rounded-xl border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900"
          >
            <div className="aspect-video animate-pulse bg-stone-200 compact:hidden dark:bg-stone-800" />
            <div className="space-y-3 p-4 compact:space-y-2 compact:p-3">
              <div className="h-3 w-1/3 animate-pulse rounded bg-stone-200 dark:bg-stone-800" />
              <div className="h-4 w-5/6 animate-pulse rounded bg-stone-200 dark:bg-stone-800" />
              <div className="h-3 w-full animate-pulse rounded bg-stone-100 dark:bg-stone-800/60" />
              <div className="h-3 w-4/5 animate-pulse rounded bg-stone-100 dark:bg-stone-800/60" />
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}

export function ErrorState({ onRetry }: { onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div
      role="alert"
      className="rounded-xl border border-red-200 bg-red-50 p-6 text-red-900 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100"
    >
      <p>{t('status.error')}</p>
      {onRetry ? (
        <button type="button" className="btn mt-4" onClick={onRetry}>
          {t('status.retry')}
        </button>
      ) : null}
    </div>
  );
}

/**
 * A helpful dead end: what was not found, and the way back, under a not-found title (its
 * canonical address is home's, as on the 404 page the host serves).
 */
export function NotFoundView({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="not-found-title" className="mx-auto max-w-xl py-16 text-center">
      <PageHead title={withSiteName(t('notFound.title'))} description={message} path={paths.home.href()} />
      <p className="font-mono text-6xl font-bold text-stone-500 dark:text-stone-400" aria-hidden="true">
        404
      </p>
      <h1 id="not-found-title" className="mt-4 text-2xl font-bold">
        {t('notFound.title')}
      </h1>
      <p className="mt-2 text-stone-600 dark:text-stone-300">{message}</p>
      <Link to={paths.home.href()} className="btn mt-6">
        {t('notFound.backHome')}
      </Link>
    </section>
  );
}
