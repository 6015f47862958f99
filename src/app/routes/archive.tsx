import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useParams, useSearchParams } from 'react-router';
import { useArchiveDays } from '../../api/day-range.ts';
import { listIndexQueryOptions, listPageQueryOptions, useListWindow } from '../../api/lists.ts';
import { rootQueryOptions } from '../../api/root.ts';
import { PageHead, withSiteName } from '../../components/page-head.tsx';
import { CardGridSkeleton, ErrorState } from '../../components/status.tsx';
import { SummaryLanguageSwitch } from '../../components/summary-language-switch.tsx';
import { paths, shareablePath, withParams } from '../../config/paths.ts';
import { CardItem } from '../card-item.tsx';
import { DaysGrid } from '../days-grid.tsx';
import { ShareButton } from '../../components/share-button.tsx';
import { SortToggle, useSortOrder } from '../../features/cards/components/sort-toggle.tsx';
import { VirtualCardGrid } from '../../features/cards/components/virtual-card-grid.tsx';
import { UnreadOnlyToggle } from '../../features/reading/components/unread-only-toggle.tsx';
import { useFrozenReadState } from '../../features/reading/hooks/use-frozen-read-state.ts';
import { useUnreadOnly } from '../../features/reading/hooks/use-unread-only.ts';
import { usePrimaryLanguage, useSummaryLanguage } from '../../hooks/use-summary-language.ts';
import { type DayRun, knownRuns } from '../../lib/day-sections.ts';
import { formatDate } from '../../lib/format.ts';
import type { SortOrder } from '../../lib/sort-cards.ts';
import { ARCHIVE_SCOPES, type ArchiveScope } from '../../schema/checks.ts';
import type { ListOrders, ListRef } from '../../schema/digest.ts';
import { NotFoundRoute } from './not-found.tsx';
import { DensityToggle } from '../../features/preferences/components/density-toggle.tsx';

/** Papers across days: all of them, the latest week or the latest month, in either order. */
export function ArchiveRoute() {
  const parsed = paths.archive.parse(useParams());
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const [order] = useSortOrder();
  const [lang] = useSummaryLanguage();
  const [unreadOnly] = useUnreadOnly();
  const root = useQuery(rootQueryOptions());
  const client = useQueryClient();
  if (!parsed) return <NotFoundRoute />;
  if (!root.data) return null;
  const { scope } = parsed;
  const lists = root.data.lists;
  const period = scope === 'all' ? null : (lists[scope] ?? null);
  const orders = scope === 'all' ? lists.all : period?.orders;
  const range = period ? `${formatDate(period.from, i18n.language)} – ${formatDate(period.to, i18n.language)}` : null;
  const first = root.data.years[0];
  const span =
    period ?? (first && root.data.latest ? { from: `${first.year}-01-01`, to: root.data.latest.date } : null);

  return (
    <section aria-labelledby="archive-title">
      <ArchiveHead scope={scope} orders={orders} />
      <div className="mb-6">
        <h1 id="archive-title" className="text-2xl font-bold tracking-tight sm:text-3xl">
          {t(`archive.${scope}`)}
        </h1>
        <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">
          {range ? `${range} · ` : null}
          {t('day.papers', { count: orders?.[order].total ?? 0 })}
        </p>
      </div>
      <div className="mb-5 flex flex-wrap items-center gap-3">
        <nav aria-label={t('archive.scopes')} className="segmented">
          {ARCHIVE_SCOPES.map((s) => (
            <NavLink key={s} to={withParams(s === 'all' ? paths.archive.href() : paths.archive.href(s), params)} end>
              {t(`archive.${s}Short`)}
            </NavLink>
          ))}
        </nav>
        {/* Unread papers are listed in digest order only: see ArchiveUnreadGrid. */}
        {unreadOnly ? null : (
          // The new order's first cards are asked for on the click, not once the page has
          // drawn the new order's empty grid.
          <SortToggle
            onPick={(next) => {
              const file = orders?.[next].first;
              if (file !== undefined) client.query(listPageQueryOptions(file)).catch(() => undefined);
            }}
          />
        )}
        <DensityToggle />
        <SummaryLanguageSwitch langs={root.data.langs} />
        <UnreadOnlyToggle />
        <ShareButton
          path={shareablePath(scope === 'all' ? paths.archive.href() : paths.archive.href(scope), params, lang)}
          title={t(`archive.${scope}`)}
          label={t('share.view')}
          className="btn ml-auto"
        />
      </div>
      {!orders || !span ? (
        <p>{t('status.empty')}</p>
      ) : unreadOnly ? (
        <ArchiveUnreadGrid key={scope} from={span.from} to={span.to} label={t(`archive.${scope}`)} />
      ) : (
        <ArchiveGrid
          key={`${scope}-${order}`}
          list={orders[order]}
          scope={scope}
          order={order}
          jump={scope === 'all'}
        />
      )}
    </section>
  );
}

/**
 * A period's head: its name, and the first five papers of its address, which shows them in
 * digest order (a `?sort=` does not change what the address is).
 */
function ArchiveHead({ scope, orders }: { scope: ArchiveScope; orders: ListOrders | undefined }) {
  const { t } = useTranslation();
  const first = useQuery({ ...listPageQueryOptions(orders?.rank.first ?? ''), enabled: orders !== undefined });
  if (orders && !first.data) return null;
  return (
    <PageHead
      title={withSiteName(t(`archive.${scope}`))}
      description={
        first.data
          ? first.data.cards
              .slice(0, 5)
              .map((c) => c.title)
              .join(' · ')
          : t('status.empty')
      }
      path={scope === 'all' ? paths.archive.href() : paths.archive.href(scope)}
    />
  );
}

interface ArchiveGridProps {
  list: ListRef;
  scope: ArchiveScope;
  order: SortOrder;
  /** Offer a jump to a month above the grid. */
  jump: boolean;
}

function ArchiveGrid({ list, scope, order, jump }: ArchiveGridProps) {
  const { t, i18n } = useTranslation();
  const [lang] = useSummaryLanguage();
  const primary = usePrimaryLanguage();
  const [params] = useSearchParams();
  const [range, setRange] = useState({ start: 0, end: Math.min(list.total, 12) });
  const { cardAt, isError } = useListWindow(list, range.start, range.end);
  const onRangeChange = useCallback((start: number, end: number) => setRange({ start, end }), []);
  const reading = useMemo(() => ({ kind: 'archive' as const, scope, sort: order }), [scope, order]);
  // In digest order the list is cut into days: the list's index says how many cards each has.
  const byDay = order === 'rank';
  const listIndex = useQuery({ ...listIndexQueryOptions(list.index), enabled: byDay });
  const listed = listIndex.data?.days;
  const listedRuns = useMemo(
    () => (listed ? knownRuns(list.total, () => undefined, listed) : null),
    [listed, list.total],
  );
  // Until then, the days of the cards loaded from the top; kept the same object while they are
  // the same, as the grid lays out afresh when the runs change.
  const loadedRuns = JSON.stringify(knownRuns(list.total, (i) => cardAt(i)?.date, undefined));
  const provisional = useMemo(() => JSON.parse(loadedRuns) as DayRun[], [loadedRuns]);
  const runs = listedRuns ?? provisional;
  if (isError) return <ErrorState />;
  return (
    <VirtualCardGrid
      total={list.total}
      cardAt={cardAt}
      label={t('day.papers', { count: list.total })}
      onRangeChange={onRangeChange}
      {...(byDay
        ? {
            days: {
              runs,
              dayLabel: (date: string) => formatDate(date, i18n.language, 'long'),
              monthLabel: (month: string) => formatDate(`${month}-01`, i18n.language, 'month'),
              ...(jump ? { jumpLabel: t('archive.jumpToMonth') } : {}),
            },
          }
        : {})}
      renderCard={(card, index) => (
        <CardItem
          card={card}
          lang={lang}
          primary={primary}
          params={params}
          priority={index === 0}
          list={reading}
          index={index}
          headingLevel={byDay ? 3 : 2}
        />
      )}
    />
  );
}

/**
 * The unread papers of a period, newest day first and each day in rank order. The lists
 * behind the archive hold every paper, so these come a day at a time from the days instead
 * (see DaysGrid), which sizes the grid from the read marks and the days' paper counts: an
 * order by upvotes would need every paper of the period first.
 */
function ArchiveUnreadGrid({ from, to, label }: { from: string; to: string; label: string }) {
  const { days, isError } = useArchiveDays(from, to);
  const unread = useFrozenReadState(true, `archive:${from}:${to}`);
  if (isError) return <ErrorState />;
  if (!days || !unread) return <CardGridSkeleton count={4} />;
  return <DaysGrid days={days} unread={unread} label={label} />;
}
