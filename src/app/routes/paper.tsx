import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePaper } from '../../api/papers.ts';
import { rootQueryOptions } from '../../api/root.ts';
import { PageHead, type PageHeadProps } from '../../components/page-head.tsx';
import { ErrorState, NotFoundView } from '../../components/status.tsx';
import { paperPath, paths } from '../../config/paths.ts';
import { PaperBookmarkButton } from '../../features/bookmarks/components/paper-bookmark-button.tsx';
import { PaperDetail } from '../../features/paper-detail/components/paper-detail.tsx';
import { PaperReadButton } from '../../features/reading/components/paper-read-button.tsx';
import { PaperListLine, PaperPager } from '../../features/paper-nav/components/paper-pager.tsx';
import { useSwipeNavigation } from '../../features/paper-nav/hooks/use-swipe-navigation.ts';
import { useSummaryLanguage } from '../../hooks/use-summary-language.ts';
import { isNotFound } from '../../lib/not-found.ts';
import { blockText, firstSentence } from '../../lib/plain-text.ts';
import type { Lang, PaperChunk } from '../../schema/digest.ts';
import { PaperInList } from '../paper-in-list.tsx';
import { NotFoundRoute } from './not-found.tsx';

/**
 * A paper's head in a summary language: its title, and the first sentence of its summary
 * (else abstract) in that language, else in the first language it has.
 */
function paperHead(paper: PaperChunk, lang: Lang, langs: readonly Lang[]): PageHeadProps {
  const [primary = lang] = langs;
  const text = paper.texts[lang] ?? Object.values(paper.texts)[0];
  const section = text?.sections.find((s) => s.kind === 'summary') ?? text?.sections.find((s) => s.kind === 'abstract');
  return {
    title: paper.title,
    description: section ? firstSentence(blockText(section.blocks)) : paper.title,
    path: paperPath(paper.id, lang, primary, new URLSearchParams()),
    image: paper.thumb,
    type: 'article',
    lang,
    alternates: langs.map((other) => ({
      lang: other,
      path: paths.paper.href(paper.id, other === primary ? undefined : other),
    })),
    // The day it was first listed: appearances are newest first.
    publishedTime: paper.appearances.at(-1)?.date,
  };
}

export function PaperRoute() {
  const langs = useQuery(rootQueryOptions()).data?.langs ?? [];
  useSwipeNavigation();
  const parsed = paths.paper.parse(useParams(), langs);
  return parsed ? <PaperPage id={parsed.id} /> : <NotFoundRoute />;
}

function PaperPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [lang] = useSummaryLanguage();
  const langs = useQuery(rootQueryOptions()).data?.langs ?? [];
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
    <>
      <PageHead {...paperHead(paper.data, lang, langs)} />
      <PaperInList paper={paper.data} render={(place) => <PaperListLine place={place} />} />
      <PaperDetail
        paper={paper.data}
        actions={
          <>
            <PaperReadButton paper={paper.data} />
            <PaperBookmarkButton paper={paper.data} />
          </>
        }
      />
      <PaperInList paper={paper.data} render={(place) => <PaperPager place={place} />} />
    </>
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
