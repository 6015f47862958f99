import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { rootQueryOptions } from '../../api/root.ts';
import { PageHead, withSiteName } from '../../components/page-head.tsx';
import { CardGridSkeleton } from '../../components/status.tsx';
import { SummaryLanguageSwitch } from '../../components/summary-language-switch.tsx';
import { LIST_PARAM, paths } from '../../config/paths.ts';
import { importBookmarks } from '../../features/bookmarks/bookmark-files.ts';
import { type Bookmark, iso } from '../../features/bookmarks/bookmarks.ts';
import { useBookmarksStore } from '../../features/bookmarks/bookmarks-context.tsx';
import { useBookmarks } from '../../features/bookmarks/hooks/use-bookmarks.ts';
import { SharedListPapers } from '../../features/shared-list/components/shared-list-papers.tsx';
import { type SharedPaper, useSharedPapers } from '../../features/shared-list/hooks/use-shared-papers.ts';
import {
  type DecodeError,
  decodeList,
  MAX_LIST_CHARS,
  MAX_LIST_PAPERS,
  type SharedList,
} from '../../features/shared-list/list-link.ts';
import { useHydrated } from '../../hooks/use-hydrated.ts';
import { useResearchStrings } from '../../hooks/use-research-strings.ts';
import { usePrimaryLanguage, useSummaryLanguage } from '../../hooks/use-summary-language.ts';

/**
 * A reading list shared by link (`/list/?l=…`): the papers the link names, looked up in the
 * archive, for anyone, with no storage and no server; and a button that adds them to this
 * reader's bookmarks. A link that holds no list, or a damaged, cut or oversized one, says
 * what is wrong. The prerendered page has no list (its query is the browser's to read): it
 * shows a placeholder until the app runs.
 */
export function SharedListRoute() {
  const { t } = useResearchStrings();
  const [params] = useSearchParams();
  const hydrated = useHydrated();
  const encoded = params.get(LIST_PARAM);
  const decoded = useMemo(() => decodeList(encoded), [encoded]);
  const heading = decoded.ok && decoded.list.title !== '' ? decoded.list.title : t('sharedList.untitled');

  return (
    <section aria-labelledby="shared-list-title">
      <PageHead
        title={withSiteName(hydrated && !decoded.ok ? t('sharedList.error.title') : heading)}
        description={t('sharedList.description')}
        path={paths.sharedList.href()}
      />
      {!hydrated ? (
        <>
          <h1 id="shared-list-title" className="mb-6 text-2xl font-bold tracking-tight sm:text-3xl">
            {t('sharedList.eyebrow')}
          </h1>
          <CardGridSkeleton count={2} />
        </>
      ) : decoded.ok ? (
        <SharedListPage list={decoded.list} heading={heading} />
      ) : (
        <SharedListProblem error={decoded.error} />
      )}
    </section>
  );
}

function SharedListPage({ list, heading }: { list: SharedList; heading: string }) {
  const { t } = useResearchStrings();
  const root = useQuery(rootQueryOptions());
  const [lang] = useSummaryLanguage();
  const primary = usePrimaryLanguage();
  const papers = useSharedPapers(list.ids);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-end gap-x-6 gap-y-4">
        <div className="min-w-0 flex-1 basis-64">
          <p className="text-sm font-medium text-indigo-700 dark:text-indigo-300">{t('sharedList.eyebrow')}</p>
          <h1 id="shared-list-title" className="mt-1 text-2xl font-bold tracking-tight break-words sm:text-3xl">
            {heading}
          </h1>
          <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">
            {t('sharedList.count', { count: list.ids.length })}
          </p>
        </div>
        <AddAllToBookmarks papers={papers} />
      </div>
      <div className="mb-5">
        <SummaryLanguageSwitch langs={root.data?.langs ?? ['ko', 'en']} />
      </div>
      <SharedListPapers papers={papers} lang={lang} primary={primary} />
    </>
  );
}

type Added = { added: number; existing: number; notAdded: number };

/**
 * Adds the list's papers to this reader's bookmarks through the bookmarks store (across
 * tabs, whatever state storage is in), as an import does: nothing already saved changes,
 * a paper removed earlier comes back. The list's first paper is the newest saved, so the
 * bookmarks page shows them in the list's order. Only papers the archive has are added;
 * it waits for their lookups and for storage to be read.
 */
function AddAllToBookmarks({ papers }: { papers: readonly SharedPaper[] }) {
  const { t } = useResearchStrings();
  const store = useBookmarksStore();
  const { loaded } = useBookmarks();
  const [outcome, setOutcome] = useState<Added | null>(null);
  const settled = papers.every((paper) => paper.status !== 'loading');

  const addAll = () => {
    const adding = store.apply((base, at) => {
      const incoming: Bookmark[] = [];
      for (const paper of papers) {
        if (paper.status !== 'found') continue;
        const { id, title, appearances } = paper.paper;
        incoming.push({ id, title, date: appearances[0]?.date ?? null, savedAt: iso(at - incoming.length) });
      }
      const { data, added, existing } = importBookmarks(base, incoming, at);
      return { data, result: { added, existing, notAdded: papers.length - incoming.length } };
    });
    void adding.then(setOutcome);
  };

  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <button type="button" className="btn" disabled={!loaded || !settled} onClick={addAll}>
        {t('sharedList.addAll')}
      </button>
      <p role="status" className="text-sm text-stone-600 sm:max-w-md sm:text-right dark:text-stone-300">
        {outcome === null ? null : (
          <>
            {t('sharedList.added', { added: outcome.added, existing: outcome.existing })}
            {outcome.notAdded > 0 ? ` ${t('sharedList.notAdded', { count: outcome.notAdded })}` : null}{' '}
            <Link to={paths.bookmarks.href()} className="underline underline-offset-2">
              {t('sharedList.seeBookmarks')}
            </Link>
          </>
        )}
      </p>
    </div>
  );
}

/** What is wrong with a link, and where to go from it. */
function SharedListProblem({ error }: { error: DecodeError }) {
  const { t } = useResearchStrings();
  return (
    <div className="max-w-2xl">
      <h1 id="shared-list-title" className="text-2xl font-bold tracking-tight sm:text-3xl">
        {t('sharedList.error.title')}
      </h1>
      <p role="alert" className="mt-3 text-stone-700 dark:text-stone-200">
        {t(`sharedList.error.${error}`, { max: MAX_LIST_PAPERS, chars: MAX_LIST_CHARS })}
      </p>
      <Link to={paths.home.href()} className="btn mt-6">
        {t('sharedList.error.home')}
      </Link>
    </div>
  );
}
