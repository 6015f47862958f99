import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type ChangeEvent,
  memo,
  type ReactNode,
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { NavigationType, useLocation, useNavigationType, useSearchParams } from 'react-router';
import { rootQueryOptions } from '../../api/root.ts';
import { PageHead, withSiteName } from '../../components/page-head.tsx';
import { CardGridSkeleton, ErrorState } from '../../components/status.tsx';
import { SummaryLanguageSwitch } from '../../components/summary-language-switch.tsx';
import { paths } from '../../config/paths.ts';
import { CardItem } from '../card-item.tsx';
import { type CardSpan, VirtualCardGrid } from '../../features/cards/components/virtual-card-grid.tsx';
import { prefetchFirstCard, prefetchNextLetter, useSearch, useSearchCards } from '../../features/search/api/search.ts';
import { addRecentSearch, clearRecentSearches, readRecentSearches } from '../../features/search/recent-searches.ts';
import { searchCard } from '../../features/search/utils/search-card.ts';
import { useHydrated } from '../../hooks/use-hydrated.ts';
import { PAGE_SEARCH_ID } from '../../lib/search-box.ts';
import { Highlighted } from '../../features/search/components/highlighted.tsx';
import { useEarlyText } from '../../hooks/use-early-text.ts';
import { usePrimaryLanguage, useSummaryLanguage } from '../../hooks/use-summary-language.ts';
import { usePaper, paperFileQueryOptions } from '../../api/papers.ts';
import { isNotFound } from '../../lib/not-found.ts';
import { arxivUrl, paperIdOfQuery } from '../../lib/search-paper-id.ts';
import type { SearchHits } from '../../lib/search-query.ts';
import { queryTerms } from '../../lib/search-tokenize.ts';
import type { SearchManifest } from '../../schema/digest.ts';
import { DensityToggle } from '../../features/preferences/components/density-toggle.tsx';

/**
 * Search across the archive. The query is `?q=` (replaced as one pauses, so a search can be
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
  // The text whose results are drawn: the box's, or the one before while the first card of
  // an edit made after a pause loads (see `search`).
  const [drawnText, setDrawnText] = useState(urlQuery);
  // The box's latest text, for a first card that arrives after the box has changed again
  // (typed, or put there by Back).
  const latestText = useRef(urlQuery);
  useEffect(() => {
    latestText.current = text;
  }, [text]);
  const [seenLocation, setSeenLocation] = useState(location.key);
  if (location.key !== seenLocation) {
    setSeenLocation(location.key);
    if (navigationType !== NavigationType.Replace && urlQuery !== text) {
      setText(urlQuery);
      setDrawnText(urlQuery);
    }
  }

  const query = useDeferredValue(drawnText);
  // Results follow every keystroke. The cards of results not seen before load at once for an
  // edit made after a pause (a word added, a letter fixed), and otherwise once typing pauses,
  // so typing a word does not download the cards of each of its prefixes.
  const typingPaused = useSettled(text, CARD_FETCH_PAUSE_MS);
  const lastKeyAt = useRef(Number.NEGATIVE_INFINITY);
  const [editAfterPause, setEditAfterPause] = useState<string | null>(null);
  const terms = useMemo(() => queryTerms(query), [query]);
  const paperId = paperIdOfQuery(query);
  const ref = root.data?.search;
  const { manifest, hits } = useSearch(ref, query, paperId === null && terms.length > 0);

  const client = useQueryClient();
  const search = (next: string, timeStamp: number) => {
    setText(next);
    latestText.current = next;
    const afterPause = timeStamp - lastKeyAt.current >= CARD_FETCH_PAUSE_MS;
    if (afterPause) setEditAfterPause(next);
    if (afterPause && ref !== undefined && paperIdOfQuery(next) === null && queryTerms(next).length > 0) {
      // The new results are drawn once their first card has loaded (or after a short wait),
      // so the page draws them once, with that card, rather than as placeholders first.
      const firstCard = prefetchFirstCard(client, ref.manifest, next).catch(() => undefined);
      const waited = new Promise((resolve) => window.setTimeout(resolve, FIRST_CARD_WAIT_MS));
      void Promise.race([firstCard, waited]).then(() => {
        // In a transition, the deferred query takes the new text in the same render.
        if (latestText.current === next) startTransition(() => setDrawnText(next));
      });
    } else {
      setDrawnText(next);
    }
    lastKeyAt.current = timeStamp;
  };
  const onChange = (event: ChangeEvent<HTMLInputElement>) => search(event.target.value, event.timeStamp);

  // The URL follows the box once typing pauses, and at once when the box loses the focus (a
  // result clicked: Back returns to this query). Replacing it is a router navigation, which
  // renders every part of the page that reads the location again; done on each keystroke,
  // that was most of the time from a keystroke to its results.
  const writeUrl = (next: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === '') updated.delete('q');
        else updated.set('q', next);
        return updated;
      },
      { replace: true, preventScrollReset: true },
    );
  const writeUrlLater = useEffectEvent(writeUrl);
  useEffect(() => {
    if (text === urlQuery) return;
    const timer = window.setTimeout(() => writeUrlLater(text), URL_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text, urlQuery]);
  /** A query picked from a list (a recent one, a correction): searched, and in the URL at once. */
  const pick = (next: string) => {
    search(next, Number.POSITIVE_INFINITY);
    writeUrl(next);
  };

  // The box has the focus when the page opens: one comes here to type.
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => box.current?.focus(), []);
  // What the reader typed into the prerendered box before the app started is searched for.
  useEarlyText(box, text, (typed) => search(typed, performance.now()));
  // Once typing pauses, what the next letter will need is fetched ahead while the box has the
  // focus (see prefetchNextLetter). A query that came with the address counts: the box takes
  // the focus when the page opens, and the header box's query arrives that way.
  useEffect(() => {
    if (!typingPaused || !manifest.data || ref === undefined || paperIdOfQuery(text) !== null) return;
    if (document.activeElement !== box.current) return;
    const stop = new AbortController();
    prefetchNextLetter(client, ref.manifest, manifest.data, text, stop.signal).catch(() => undefined);
    return () => stop.abort();
  }, [typingPaused, manifest.data, ref, text, client]);

  // A query left standing a while, that found something, is remembered (this browser only).
  const hydrated = useHydrated();
  const [recentVersion, setRecentVersion] = useState(0);
  const blankBox = text.trim() === '';
  // Read again when the box is emptied (a query may have been remembered since) or cleared.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `recentVersion` re-reads the list after a change
  const recent = useMemo(() => (hydrated && blankBox ? readRecentSearches() : []), [hydrated, blankBox, recentVersion]);
  const settledLong = useSettled(text, RECENT_PAUSE_MS);
  const found = (hits.data?.docs.length ?? 0) > 0 && !hits.isPlaceholderData;
  useEffect(() => {
    if (settledLong && found && text.trim() === query.trim()) addRecentSearch(text);
  }, [settledLong, found, text, query]);

  const blank = query.trim() === '';
  let body;
  if (!root.data) {
    body = null;
  } else if (ref === undefined) {
    body = <p className="text-stone-600 dark:text-stone-300">{t('search.unavailable')}</p>;
  } else if (paperId !== null) {
    body = <PaperIdResult id={paperId} />;
  } else if (blank || terms.length === 0) {
    body = (
      <>
        <p className="max-w-2xl text-stone-600 dark:text-stone-300">{t('search.hint', { count: ref.docCount })}</p>
        {blank && recent.length > 0 ? (
          <RecentSearches
            queries={recent}
            onPick={pick}
            onClear={() => {
              clearRecentSearches();
              setRecentVersion((n) => n + 1);
            }}
          />
        ) : null}
      </>
    );
  } else if (hits.isPending || manifest.isPending) {
    body = <CardGridSkeleton count={4} />;
  } else if (hits.isError || manifest.isError) {
    body = <ErrorState onRetry={() => void hits.refetch()} />;
  } else if (hits.data.docs.length === 0) {
    body = (
      <div className="rounded-xl border border-dashed border-stone-300 p-8 text-center dark:border-stone-700">
        <p className="font-medium">{t('search.noResults', { query: query.trim() })}</p>
        <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">{t('search.noResultsHint')}</p>
      </div>
    );
  } else {
    body = (
      <>
        <DidYouMean hits={hits.data} query={query} onPick={pick} />
        {/* The last results stay, dimmed, while the next ones load: only this wrapper draws
            again for that, not the cards. */}
        <div aria-busy={hits.isPlaceholderData} className={hits.isPlaceholderData ? 'opacity-60' : undefined}>
          <SearchResults
            query={query}
            manifest={manifest.data}
            hits={hits.data}
            fetchCards={typingPaused || editAfterPause === text}
          />
        </div>
      </>
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
          <label htmlFor={PAGE_SEARCH_ID} className="sr-only">
            {t('search.label')}
          </label>
          <input
            id={PAGE_SEARCH_ID}
            ref={box}
            type="search"
            name="q"
            value={text}
            onChange={onChange}
            onBlur={() => {
              if (text !== urlQuery) writeUrl(text);
            }}
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
        {!blank && paperId === null && terms.length > 0 && hits.data && hits.data.docs.length > 0
          ? t('search.results', { count: hits.data.docs.length })
          : !blank && hits.isFetching
            ? t('search.searching')
            : null}
      </p>
      {body}
    </section>
  );
}

const CARD_FETCH_PAUSE_MS = 150;
/** How long the last results stay while the first card of new ones loads. */
const FIRST_CARD_WAIT_MS = 150;
/** How long typing pauses before the URL follows the box. */
const URL_PAUSE_MS = 300;
/** How long a query stands before it is remembered as a recent search. */
const RECENT_PAUSE_MS = 1500;

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
  query,
  manifest,
  hits,
  fetchCards,
}: {
  /** The query the results are of. */
  query: string;
  manifest: SearchManifest;
  hits: SearchHits;
  fetchCards: boolean;
}) {
  const { docs, marks: terms, exact } = hits;
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
  const list = useMemo(() => ({ kind: 'search' as const, query }), [query]);
  if (isError) return <ErrorState />;
  return (
    <VirtualCardGrid
      total={docs.length}
      contentKey={hits}
      cardAt={cardAt}
      label={t('search.resultsList')}
      onRangeChange={onRangeChange}
      renderCard={(card, index) => {
        const item = (
          <CardItem
            card={card}
            lang={lang}
            primary={primary}
            params={NO_PARAMS}
            highlight={highlight}
            list={list}
            index={index}
          />
        );
        return index < exact ? <ExactMatch>{item}</ExactMatch> : item;
      }}
    />
  );
});

/** Search results link to papers with no view parameters: a paper page has no order. */
const NO_PARAMS = new URLSearchParams();

/** A card marked as the paper the query names (by its title or its id). */
function ExactMatch({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-1 flex-col gap-1.5">
      <p className="text-xs font-semibold tracking-wide text-indigo-700 uppercase dark:text-indigo-300">
        {t('search.exactMatch')}
      </p>
      <div className="flex flex-1 [&>article]:flex-1">{children}</div>
    </div>
  );
}

/**
 * "Did you mean …": when some words were found only with a typo, the query with each such
 * word replaced by its likeliest correction, one click away.
 */
function DidYouMean({ hits, query, onPick }: { hits: SearchHits; query: string; onPick: (query: string) => void }) {
  const { t } = useTranslation();
  if (hits.typoFrom > 0 || hits.corrections.length === 0) return null;
  let corrected = query.trim();
  for (const { word, key } of hits.corrections) {
    corrected = corrected.replace(new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu'), key);
  }
  return (
    <p className="mb-4 text-stone-700 dark:text-stone-200">
      {t('search.typoResults', { query: query.trim() })}{' '}
      <button
        type="button"
        onClick={() => onPick(corrected)}
        className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100"
      >
        {t('search.didYouMean', { query: corrected })}
      </button>
    </p>
  );
}

/** A query that names a paper by its arXiv id or link: that paper, or where to find it. */
function PaperIdResult({ id }: { id: string }) {
  const { t } = useTranslation();
  const [lang] = useSummaryLanguage();
  const primary = usePrimaryLanguage();
  const paper = usePaper(id);
  const file = useQuery(paperFileQueryOptions(id));
  if (paper.isPending) return <CardGridSkeleton count={1} />;
  if (paper.isError && !isNotFound(paper.error)) return <ErrorState onRetry={() => void paper.refetch()} />;
  if (paper.isError || file.data === undefined) {
    return (
      <div className="rounded-xl border border-dashed border-stone-300 p-8 text-center dark:border-stone-700">
        <p className="font-medium">{t('search.unknownId', { id })}</p>
        <a
          href={arxivUrl(id)}
          rel="noopener noreferrer"
          target="_blank"
          className="mt-2 inline-block text-indigo-700 underline underline-offset-2 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100"
        >
          {t('search.openArxiv', { id })}
        </a>
      </div>
    );
  }
  const card = searchCard(paper.data, file.data, []);
  return (
    <div
      role="list"
      aria-label={t('search.resultsList')}
      className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4"
    >
      <div role="listitem" className="flex">
        <ExactMatch>
          <CardItem card={card} lang={lang} primary={primary} params={NO_PARAMS} />
        </ExactMatch>
      </div>
    </div>
  );
}

/** The queries searched for lately, to search again with a click, and a button to forget them. */
function RecentSearches({
  queries,
  onPick,
  onClear,
}: {
  queries: readonly string[];
  onPick: (query: string) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="recent-searches" className="mt-6 max-w-2xl">
      <div className="mb-2 flex items-center gap-3">
        <h2 id="recent-searches" className="text-sm font-semibold text-stone-700 dark:text-stone-200">
          {t('search.recent')}
        </h2>
        <button
          type="button"
          onClick={onClear}
          className="rounded px-1.5 py-0.5 text-sm text-stone-500 underline underline-offset-2 hover:text-stone-800 dark:text-stone-400 dark:hover:text-stone-100"
        >
          {t('search.clearRecent')}
        </button>
      </div>
      <ul className="flex flex-wrap gap-2">
        {queries.map((query) => (
          <li key={query}>
            <button
              type="button"
              onClick={() => onPick(query)}
              className="rounded-full border border-stone-300 bg-white px-3 py-1 text-sm hover:border-indigo-400 hover:text-indigo-700 dark:border-stone-700 dark:bg-stone-900 dark:hover:border-indigo-400 dark:hover:text-indigo-300"
            >
              {query}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
