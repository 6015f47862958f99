import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { PageHead, withSiteName } from '../../components/page-head.tsx';
import { paths } from '../../config/paths.ts';

/** The last line of defence: a route that threw still shows a way back, never a blank page. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const heading = notFound ? t('notFound.title') : t('status.error');
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <PageHead title={withSiteName(heading)} description={heading} path={paths.home.href()} />
      <h1 className="text-2xl font-bold">{heading}</h1>
      <Link to={paths.home.href()} className="btn mt-6">
        {t('notFound.backHome')}
      </Link>
    </main>
  );
}
