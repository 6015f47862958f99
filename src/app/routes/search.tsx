import { useQuery } from '@tanstack/react-query';
import { type ChangeEvent, memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavigationType, useLocation, useNavigationType, useSearchParams } from 'react-router';
import { rootQueryOptions } from '../../api/root.ts';
import { PageHead, withSiteName } from '../../components/page-head.tsx';
import { CardGridSkeleton, ErrorState } from '../../components/status.tsx';
import { SummaryLanguageSwitch } from '../../components/summary-language-switch.tsx';
import { paths } from '../../config/paths.ts';
import { CardItem } from '../card-item.tsx';
import { type CardSpan, VirtualCardGrid } from '../../features/cards/components/virtual-card-grid.tsx';
import { useSearch, useSearchCards } from '../../features/search/api/search.ts';
import { Highlighted } from '../../features/search/components/highlighted.tsx';
import { usePrimaryLanguage, useSummaryLanguage } from '../../hooks/use-summary-language.ts';
import { type QueryTerm, queryTerms } from '../../lib/search-tokenize.ts';
import type { SearchManifest } from '../../schema/digest.ts';
import { DensityToggle } from '../../features/preferences/components/density-toggle.tsx';

/**
 * Search across the archive. The query is `?q=` (replaced as one types, so a search can be
 * shared and Back leaves the page); results are ranked cards with the matched words marked.
 */
export function SearchRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const root = useQuery(rootQueryOptions());
  const urlQuery = params.get('q') ?? '';

  // The box is the source of truth while one types; the URL follows it. A navigation that
  // is not our own replace (a link, Back) puts its `?q=` in the box.
  const [text, setText] = useState(urlQuery);
  const [seenLocation, setSeenLocation] = useState(location.key);
  if (location.key !== seenLocation) {
    setSeenLocation(location.key);
    if (navigationType !== NavigationType.Replace && urlQuery !== text) setText(urlQuery);
  }

  const query = useDeferredValue(text);
  // Results follow every keystroke. The cards of results not seen before load at once for an
  // edit made after a pause (a word added, a letter fixed), and otherwise once typing pauses,
  // so typing a word does not download the cards of each of its prefixes.
  const typingPaused = useSettled(text, CARD_FETCH_PAUSE_MS);
  const lastKeyAt = useRef(Number.NEGATIVE_INFINITY);
  const [editAfterPause, setEditAfterPause] = useState<string | null>(null);
  const terms = useMemo(() => queryTerms(query), [query]);
  const ref = root.data?.search;
  const { manifest, hits } = useSearch(ref, terms);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.value;
    setText(next);
    if (event.timeStamp - lastKeyAt.current >= CARD_FETCH_PAUSE_MS) setEditAfterPause(next);
    lastKeyAt.current = event.timeStamp;
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === '') updated.delete('q');
        else updated.set('q', next);
        return updated;
      },
      { replace: true, preventScrollReset: true },
    );
  };

  const blank = query.trim() === '';
  let body;
  if (!root.data) {
    body = null;
  } else if (ref === undefined) {
    body = <p className="text-stone-600 dark:text-stone-300">{t('search.unavailable')}</p>;
  } else if (blank || terms.length === 0) {
    body = <p className="max-w-2xl text-stone-600 dark:text-stone-300">{t('search.hint', { count: ref.docCount })}</p>;
  } else if (hits.isPending || manifest.isPending) {
    body = <CardGridSkeleton count={4} />;
  } else if (hits.isError || manifest.isError) {
    body = <ErrorState onRetry={() => void hits.refetch()} />;
  } else if (hits.data.length === 0) {
    body = (
      <div className="rounded-xl border border-dashed border-stone-300 p-8 text-center dark:border-stone-700">
        <p className="font-medium">{t('search.noResults', { query: query.trim() })}</p>
        <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">{t('search.noResultsHint')}</p>
      </div>
    );
  } else {
    body = (
      <SearchResults
        manifest={manifest.data}
        docs={hits.data}
        terms={terms}
        stale={hits.isPlaceholderData}
        fetchCards={typingPaused || editAfterPause === text}
      />
    );
  }

  return (
    <section aria-labelledby="search-title">
      <PageHead
        title={withSiteName(t('search.title'))}
        description={t('pageDescription.search')}
        path={paths.search.href()}
      />
      <h1 id="search-title" className="mb-4 text-2xl font-bold tracking-tight sm:text-3xl">
        {t('search.title')}
      </h1>
      <div className="mb-5 flex flex-wrap items-center gap-3">
        <form role="search" className="min-w-0 flex-1 basis-72" onSubmit={(event) => event.preventDefault()}>
          <label htmlFor="search-query" className="sr-only">
            {t('search.label')}
          </label>
          <input
            id="search-query"
            type="search"
            name="q"
            value={text}
            onChange={onChange}
            placeholder={t('search.placeholder')}
            autoComplete="off"
            enterKeyHint="search"
            spellCheck={false}
            className="w-full rounded-lg border border-stone-300 bg-white px-3.5 py-2.5 text-base shadow-sm outline-none placeholder:text-stone-400 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 dark:border-stone-700 dark:bg-stone-900 dark:placeholder:text-stone-500"
          />
        </form>
        <DensityToggle />
        {root.data ? <SummaryLanguageSwitch langs={root.data.langs} /> : null}
      </div>
      <p role="status" className="mb-4 h-5 text-sm text-stone-500 dark:text-stone-400">
        {!blank && terms.length > 0 && hits.data && hits.data.length > 0
          ? t('search.results', { count: hits.data.length })
          : !blank && hits.isFetching
            ? t('search.searching')
            : null}
      </p>
      {body}
    </section>
  );
}

const CARD_FETCH_PAUSE_MS = 150;

/** Whether `value` has stayed the same for `ms` (true from the first render). */
function useSettled(value: unknown, ms: number): boolean {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled === value;
}

/** Memoised: a keystroke re-renders the box at once, and the results only when they change. */
const SearchResults = memo(function SearchResults({
  manifest,
  docs,
  terms,
  stale,
  fetchCards,
}: {
  manifest: SearchManifest;
  docs: readonly number[];
  terms: readonly QueryTerm[];
  stale: boolean;
  fetchCards: boolean;
}) {
  const { t } = useTranslation();
  const [lang] = useSummaryLanguage();
  const [range, setRange] = useState(() => {
    const first = { start: 0, end: Math.min(docs.length, 12) };
    return { ...first, shown: first };
  });
  const { cardAt, isError } = useSearchCards(manifest, docs, range, terms, fetchCards);
  const onRangeChange = useCallback(
    (start: number, end: number, shown: CardSpan) => setRange({ start, end, shown }),
    [],
  );
  const primary = usePrimaryLanguage();
  const highlight = useCallback((text: string) => <Highlighted text={text} terms={terms} />, [terms]);
  if (isError) return <ErrorState />;
  return (
    <div aria-busy={stale} className={stale ? 'opacity-60' : undefined}>
      <VirtualCardGrid
        total={docs.length}
        cardAt={cardAt}
        label={t('search.resultsList')}
        onRangeChange={onRangeChange}
        renderCard={(card) => (
          <CardItem card={card} lang={lang} primary={primary} params={NO_PARAMS} highlight={highlight} />
        )}
      />
    </div>
  );
});

/** Search results link to papers with no view parameters: a paper page has no order. */
const NO_PARAMS = new URLSearchParams();
