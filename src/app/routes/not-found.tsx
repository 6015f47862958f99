import { useTranslation } from 'react-i18next';
import { NotFoundView } from '../../components/status.tsx';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return <NotFoundView message={t('notFound.page')} />;
}
