import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePaper } from '../../api/papers.ts';
import { ErrorState, NotFoundView } from '../../components/status.tsx';
import { PaperBookmarkButton } from '../../features/bookmarks/components/paper-bookmark-button.tsx';
import { PaperDetail } from '../../features/paper-detail/components/paper-detail.tsx';
import { PaperReadButton } from '../../features/reading/components/paper-read-button.tsx';
import { isNotFound } from '../../lib/not-found.ts';

export function PaperRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const paper = usePaper(id);
  if (paper.isPending) return <PaperSkeleton />;
  if (paper.isError) {
    return isNotFound(paper.error) ? (
      <NotFoundView message={t('notFound.paper', { id })} />
    ) : (
      <ErrorState onRetry={() => void paper.refetch()} />
    );
  }
  return (
    <PaperDetail
      paper={paper.data}
      actions={
        <>
          <PaperReadButton paper={paper.data} />
          <PaperBookmarkButton paper={paper.data} />
        </>
      }
    />
  );
}

function PaperSkeleton() {
  const { t } = useTranslation();
  return (
    <div role="status" className="mx-auto max-w-3xl">
      <span className="sr-only">{t('status.loading')}</span>
      <div aria-hidden="true" className="space-y-4">
        <div className="h-4 w-40 animate-pulse rounded bg-stone-200 dark:bg-stone-800" />
        <div className="h-8 w-5/6 animate-pulse rounded bg-stone-200 dark:bg-stone-800" />
        <div className="h-8 w-2/3 animate-pulse rounded bg-stone-200 dark:bg-stone-800" />
        <div className="h-40 animate-pulse rounded bg-stone-100 dark:bg-stone-800/60" />
      </div>
    </div>
  );
}
