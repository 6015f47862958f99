import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { rootQueryOptions } from '../../api/root.ts';
import { PageHead } from '../../components/page-head.tsx';
import { SITE_NAME } from '../../config/site.ts';
import { paths } from '../../config/paths.ts';
import { DayPage } from './day-page.tsx';

/** Home is the latest digest day (what is new since the last visit floats over it: see Layout). */
export function HomeRoute() {
  const { t } = useTranslation();
  const root = useQuery(rootQueryOptions());
  const latest = root.data?.latest;
  if (latest) return <DayPage date={latest.date} latest />;
  if (root.isPending) return null;
  return (
    <>
      <PageHead title={SITE_NAME} description={SITE_NAME} path={paths.home.href()} />
      <p className="py-16 text-center text-stone-500">{t('status.empty')}</p>
    </>
  );
}
