import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useDay } from '../../api/days.ts';
import { ChevronLeftIcon, ChevronRightIcon } from '../../components/icons.tsx';
import { PageHead, type PageHeadProps, withSiteName } from '../../components/page-head.tsx';
import { CardGridSkeleton, ErrorState, NotFoundView } from '../../components/status.tsx';
import { SummaryLanguageSwitch } from '../../components/summary-language-switch.tsx';
import { paths, shareablePath, withParams } from '../../config/paths.ts';
import { CardItem } from '../card-item.tsx';
import { Blocks } from '../../components/rich-text.tsx';
import { ShareButton } from '../../components/share-button.tsx';
import { CardGrid, CardGridItem } from '../../features/cards/components/card-grid.tsx';
import { SortToggle, useSortOrder } from '../../features/cards/components/sort-toggle.tsx';
import { MarkAllReadButton, ReadProgress, usePapersTally } from '../../features/reading/components/read-progress.tsx';
import { NoUnread, UnreadOnlyToggle } from '../../features/reading/components/unread-only-toggle.tsx';
import { useFrozenReadState } from '../../features/reading/hooks/use-frozen-read-state.ts';
import { useUnreadOnly } from '../../features/reading/hooks/use-unread-only.ts';
import { isRead } from '../../lib/read-state.ts';
import { useReadStateStore } from '../../lib/read-state-context.tsx';
import { sortCards } from '../../lib/sort-cards.ts';
import { usePrimaryLanguage, useSummaryLanguage } from '../../hooks/use-summary-language.ts';
import { formatDate } from '../../lib/format.ts';
import { isNotFound } from '../../lib/not-found.ts';
import type { DayChunk, Lang } from '../../schema/digest.ts';
import { DensityToggle } from '../../features/preferences/components/density-toggle.tsx';

/** A day's head: "2026-01-29 Daily Papers (Top 5) · …", its papers' titles, its first thumbnail. */
function dayHead(day: DayChunk): PageHeadProps {
  return {
    title: withSiteName(`${day.date} Daily Papers (Top ${day.top})`),
    description: day.cards.map((c) => c.title).join(' · '),
    path: paths.day.href(day.date),
    image: day.cards[0]?.thumb ?? null,
  };
}

/** Home's head: the latest day, under the site's address. */
function latestHead(day: DayChunk): PageHeadProps {
  return {
    title: withSiteName(`${day.date} Daily Papers`),
    description: `Top ${day.top}: ${day.cards.map((c) => c.title).join(' · ')}`,
    path: paths.home.href(),
  };
}

/**
 * One digest day: its date, neighbours, order and language controls, and its cards. Home
 * shows the latest one (`latest`), under its own address and title.
 */
export function DayPage({ date, latest = false }: { date: string; latest?: boolean }) {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const [order] = useSortOrder();
  const [lang] = useSummaryLanguage();
  const primary = usePrimaryLanguage();
  const day = useDay(date);
  const [unreadOnly] = useUnreadOnly();
  const frozen = useFrozenReadState(unreadOnly, date);
  const cards = day.data ? sortCards(day.data.cards, order) : [];
  const shown = frozen ? cards.filter((card) => !isRead(frozen, card.date, card.rank)) : cards;
  const tally = usePapersTally(cards);
  const readStore = useReadStateStore();
  const list = useMemo(() => ({ kind: 'day' as const, date, sort: order }), [date, order]);

  if (day.isError && isNotFound(day.error)) return <NotFoundView message={t('notFound.day', { date })} />;

  return (
    <section aria-labelledby="day-title">
      {day.data ? <PageHead {...(latest ? latestHead(day.data) : dayHead(day.data))} /> : null}
      <div className="mb-4 flex flex-wrap items-end gap-x-6 gap-y-4 sm:mb-6">
        <div className="min-w-0 flex-1">
          <h1 id="day-title" className="text-xl font-bold tracking-tight sm:text-3xl">
            <time suppressHydrationWarning dateTime={date}>
              {formatDate(date, i18n.language, 'long')}
            </time>
          </h1>
          <p className="mt-1 h-5 text-sm text-stone-500 dark:text-stone-400">
            {day.data ? (
              <>
                {`${t('day.topN', { count: day.data.top })} · ${t('day.papers', { count: day.data.cards.length })}`}
                <ReadProgress tally={tally} before=" · " />
              </>
            ) : null}
          </p>
        </div>
        <nav aria-label={t('day.navigation')} className="flex items-center gap-1">
          <DayLink date={day.data?.prev ?? null} label={t('day.previous')} params={params} direction="prev" />
          <DayLink date={day.data?.next ?? null} label={t('day.next')} params={params} direction="next" />
        </nav>
      </div>
      <div className="mb-4 flex flex-wrap items-center gap-2 sm:mb-5 sm:gap-3">
        <SortToggle />
        <DensityToggle />
        <SummaryLanguageSwitch langs={day.data?.langs ?? ['ko', 'en']} />
        <UnreadOnlyToggle />
        <MarkAllReadButton
          tally={tally}
          label={t('reading.markDayRead', { date: formatDate(date, i18n.language) })}
          onMark={() => readStore.setRead(cards, true)}
        />
        <ShareButton
          path={shareablePath(paths.day.href(date), params, lang)}
          title={formatDate(date, i18n.language, 'long')}
          label={t('share.view')}
          className="btn ml-auto"
        />
      </div>
      {day.data?.intro ? <DayIntroduction intro={day.data.intro} lang={lang} primary={primary} /> : null}
      {day.isPending ? (
        <CardGridSkeleton count={5} />
      ) : day.isError ? (
        <ErrorState onRetry={() => void day.refetch()} />
      ) : shown.length === 0 && cards.length > 0 ? (
        <NoUnread />
      ) : (
        <CardGrid label={t('day.papers', { count: day.data.cards.length })}>
          {shown.map((card, index) => (
            <CardGridItem key={card.id}>
              <CardItem
                card={card}
                lang={lang}
                primary={primary}
                params={params}
                priority={index === 0}
                list={list}
                index={index}
              />
            </CardGridItem>
          ))}
        </CardGrid>
      )}
    </section>
  );
}

/**
 * The text its author wrote before the day's first paper: in the summary language when the
 * day has it there, else in the archive's primary language, else in the one it has.
 */
function DayIntroduction({
  intro,
  lang,
  primary,
}: {
  intro: NonNullable<DayChunk['intro']>;
  lang: Lang;
  primary: Lang;
}) {
  const { t } = useTranslation();
  const shown = [lang, primary, ...Object.keys(intro)].find((l) => intro[l] !== undefined);
  const blocks = shown === undefined ? undefined : intro[shown];
  if (shown === undefined || blocks === undefined) return null;
  return (
    <section aria-label={t('day.introduction')} lang={shown} className="prose-digest mb-6">
      <Blocks blocks={blocks} />
    </section>
  );
}

function DayLink({
  date,
  label,
  params,
  direction,
}: {
  date: string | null;
  label: string;
  params: URLSearchParams;
  direction: 'prev' | 'next';
}) {
  const { i18n } = useTranslation();
  const icon = direction === 'prev' ? <ChevronLeftIcon /> : <ChevronRightIcon />;
  if (date === null) {
    return (
      <span className="btn pointer-events-none opacity-40" aria-hidden="true">
        {icon}
      </span>
    );
  }
  return (
    <Link
      to={withParams(paths.day.href(date), params)}
      className="btn"
      rel={direction}
      data-shortcut={direction === 'prev' ? 'previous-day' : 'next-day'}
      aria-label={`${label}: ${formatDate(date, i18n.language)}`}
    >
      {direction === 'prev' ? icon : null}
      <span className="hidden sm:inline">{formatDate(date, i18n.language)}</span>
      {direction === 'next' ? icon : null}
    </Link>
  );
}
