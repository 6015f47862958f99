/**
 * Where a paper stands in the list the reader opened it from (a day in its order, an archive
 * view, search results, the bookmarks), and the papers before and after it there. The list
 * comes from the navigation's state (see lib/reading-list.ts); a deep link, or a list that no
 * longer holds the paper where it was, falls back to the paper's latest day.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { useDay } from '../api/days.ts';
import { useListWindow } from '../api/lists.ts';
import { paperFileQueryOptions, paperQueryOptions } from '../api/papers.ts';
import { rootQueryOptions } from '../api/root.ts';
import { paperPath, paths } from '../config/paths.ts';
import { parseBookmarkSort, sortBookmarks } from '../features/bookmarks/bookmarks.ts';
import { useBookmarks } from '../features/bookmarks/hooks/use-bookmarks.ts';
import { type PagerLink, type PagerPlace, usePagerMessages } from '../features/paper-nav/components/paper-pager.tsx';
import { useHydrated } from '../hooks/use-hydrated.ts';
import { usePrimaryLanguage, useSummaryLanguage } from '../hooks/use-summary-language.ts';
import { formatDate } from '../lib/format.ts';
import { readingState } from '../lib/reading-list.ts';
import { type ReadingList, readingPlaceOf } from '../lib/reading-place.ts';
import { parseSortOrder, sortCards } from '../lib/sort-cards.ts';
import type { ListRef, PaperChunk } from '../schema/digest.ts';

type Render = (place: PagerPlace | null) => ReactNode;

/** A paper of a list as the pager needs it; `file` when known, so opening it skips a lookup. */
interface Neighbour {
  id: string;
  title: string;
  file?: string;
}

/** The paper's place in a list once known; `pending` while it loads, `absent` when it is not there. */
type Resolved = { index: number; total: number; prev: Neighbour | null; next: Neighbour | null } | 'pending' | 'absent';

interface KindProps<K extends ReadingList['kind']> {
  paperId: string;
  list: Extract<ReadingList, { kind: K }>;
  /** Where the paper was in the list when it was opened. */
  index: number;
  render: Render;
  /** What to show when the list does not hold the paper (any more). */
  fallback: ReactNode;
}

/** Renders `render` with the paper's place in its list (null until it is known). */
export function PaperInList({ paper, render }: { paper: PaperChunk; render: Render }) {
  usePagerMessages();
  const location = useLocation();
  const [params] = useSearchParams();
  // The navigation's state is the browser's alone: the prerendered page (and its hydration)
  // show the paper's day, as a deep link does.
  const from = useHydrated() ? readingPlaceOf(location.state) : null;
  const date = paper.appearances[0]?.date;
  const fallback =
    date === undefined ? (
      render(null)
    ) : (
      <DayList
        paperId={paper.id}
        list={{ kind: 'day', date, sort: params.get('sort') ?? 'rank' }}
        index={-1}
        render={render}
        fallback={render(null)}
      />
    );
  if (from === null) return fallback;
  const common = { paperId: paper.id, index: from.index, render, fallback };
  switch (from.list.kind) {
    case 'day':
      return <DayList {...common} list={from.list} />;
    case 'archive':
      return <ArchiveList {...common} list={from.list} />;
    case 'search':
      return <SearchList {...common} list={from.list} />;
    case 'bookmarks':
      return <BookmarkList {...common} list={from.list} />;
  }
}

function DayList({ paperId, list, index, render, fallback }: KindProps<'day'>) {
  const day = useDay(list.date);
  let resolved: Resolved = 'pending';
  if (day.data) resolved = around(sortCards(day.data.cards, parseSortOrder(list.sort)), paperId, index);
  else if (day.isError) resolved = 'absent';
  return <Place list={list} resolved={resolved} render={render} fallback={fallback} />;
}

function ArchiveList(props: KindProps<'archive'>) {
  const root = useQuery(rootQueryOptions());
  if (!root.data) return props.render(null);
  const { scope, sort } = props.list;
  const orders = scope === 'all' ? root.data.lists.all : root.data.lists[scope]?.orders;
  const ref = orders?.[parseSortOrder(sort)];
  return ref ? <ArchiveWindow {...props} listRef={ref} /> : props.fallback;
}

function ArchiveWindow({
  paperId,
  list,
  index,
  render,
  fallback,
  listRef,
}: KindProps<'archive'> & { listRef: ListRef }) {
  const { cardAt, isError } = useListWindow(listRef, Math.max(0, index - 1), Math.min(listRef.total, index + 2));
  const card = cardAt(index);
  let resolved: Resolved = 'pending';
  if (isError || index >= listRef.total || (card !== undefined && card.id !== paperId)) resolved = 'absent';
  else if (card !== undefined) {
    const prev = index > 0 ? cardAt(index - 1) : null;
    const next = index + 1 < listRef.total ? cardAt(index + 1) : null;
    if (prev !== undefined && next !== undefined) resolved = { index, total: listRef.total, prev, next };
  }
  return <Place list={list} resolved={resolved} render={render} fallback={fallback} />;
}

function SearchList({ paperId, list, index, render, fallback }: KindProps<'search'>) {
  const neighbours = useQuery({
    queryKey: ['search-neighbours', list.query, index],
    queryFn: async ({ client }) =>
      (await import('../features/search/api/search-neighbours.ts')).searchNeighbours(client, list.query, index),
    gcTime: 60_000,
  });
  let resolved: Resolved = 'pending';
  if (neighbours.isError || (neighbours.data && neighbours.data.at !== paperId)) resolved = 'absent';
  else if (neighbours.data) resolved = { index, ...neighbours.data };
  return <Place list={list} resolved={resolved} render={render} fallback={fallback} />;
}

function BookmarkList({ paperId, list, index, render, fallback }: KindProps<'bookmarks'>) {
  const { loaded, bookmarks } = useBookmarks();
  const resolved = loaded ? around(sortBookmarks(bookmarks, parseBookmarkSort(list.sort)), paperId, index) : 'pending';
  return <Place list={list} resolved={resolved} render={render} fallback={fallback} />;
}

/** The paper's place in a list held whole; the index it was opened at wins over another copy. */
function around(items: readonly Neighbour[], paperId: string, hint: number): Resolved {
  const index = items[hint]?.id === paperId ? hint : items.findIndex((item) => item.id === paperId);
  if (index === -1) return 'absent';
  return { index, total: items.length, prev: items[index - 1] ?? null, next: items[index + 1] ?? null };
}

function Place({
  list,
  resolved,
  render,
  fallback,
}: {
  list: ReadingList;
  resolved: Resolved;
  render: Render;
  fallback: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const [lang] = useSummaryLanguage();
  const primary = usePrimaryLanguage();
  const queryClient = useQueryClient();
  if (resolved === 'absent') return fallback;
  if (resolved === 'pending') return render(null);
  const link = (neighbour: Neighbour | null, index: number): PagerLink | null =>
    neighbour && {
      title: neighbour.title,
      href: paperPath(neighbour.id, lang, primary, params),
      state: readingState(list, index),
      onIntent: () => {
        if (neighbour.file !== undefined) {
          queryClient.setQueryData(paperFileQueryOptions(neighbour.id).queryKey, neighbour.file);
        }
        queryClient.query(paperQueryOptions(neighbour.id)).catch(() => undefined);
      },
    };
  const { name, href } = describeList(list, t, i18n.language);
  return render({
    name,
    href,
    index: resolved.index,
    total: resolved.total,
    prev: link(resolved.prev, resolved.index - 1),
    next: link(resolved.next, resolved.index + 1),
  });
}

type Translate = ReturnType<typeof useTranslation>['t'];

/** A list's name and address, with its order. */
function describeList(list: ReadingList, t: Translate, language: string): { name: string; href: string } {
  const sorted = (path: string, sort: string, byDefault: string) =>
    sort === byDefault ? path : `${path}?${new URLSearchParams({ sort }).toString()}`;
  switch (list.kind) {
    case 'day':
      return {
        name: formatDate(list.date, language, 'long'),
        href: sorted(paths.day.href(list.date), parseSortOrder(list.sort), 'rank'),
      };
    case 'archive':
      return {
        name: t(`archive.${list.scope}`),
        href: sorted(
          list.scope === 'all' ? paths.archive.href() : paths.archive.href(list.scope),
          parseSortOrder(list.sort),
          'rank',
        ),
      };
    case 'search':
      return { name: t('pager.searchResults', { query: list.query }), href: paths.search.href(list.query) };
    case 'bookmarks':
      return {
        name: t('bookmarks.title'),
        href: sorted(paths.bookmarks.href(), parseBookmarkSort(list.sort), 'saved'),
      };
  }
}
