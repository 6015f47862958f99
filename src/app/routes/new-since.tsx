import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type ArchiveDay, useArchiveDays } from '../../api/day-range.ts';
import { rootQueryOptions } from '../../api/root.ts';
import { PageHead, withSiteName } from '../../components/page-head.tsx';
import { CardGridSkeleton, ErrorState } from '../../components/status.tsx';
import { SummaryLanguageSwitch } from '../../components/summary-language-switch.tsx';
import { paths } from '../../config/paths.ts';
import { MarkAllReadButton, ReadProgress, useDaysTally } from '../../features/reading/components/read-progress.tsx';
import { DensityToggle } from '../../features/preferences/components/density-toggle.tsx';
import { UnreadOnlyToggle } from '../../features/reading/components/unread-only-toggle.tsx';
import { useFrozenReadState } from '../../features/reading/hooks/use-frozen-read-state.ts';
import { useMarkDaysRead } from '../../features/reading/hooks/use-mark-days-read.ts';
import { useUnreadOnly } from '../../features/reading/hooks/use-unread-only.ts';
import { useReadState } from '../../hooks/use-read-state.ts';
import { nextDay } from '../../lib/calendar.ts';
import { formatDate } from '../../lib/format.ts';
import { newSince } from '../../lib/read-state.ts';
import { isIsoDate } from '../../schema/checks.ts';
import { DaysGrid } from '../days-grid.tsx';

/** "2026년 1월 27일 – 2026년 1월 29일", or the one date: the days listed (newest first). */
function dateRange(days: readonly ArchiveDay[], lang: string): string {
  const newest = formatDate(days[0]?.date ?? '', lang);
  const oldest = formatDate(days.at(-1)?.date ?? '', lang);
  return newest === oldest ? newest : `${oldest} – ${newest}`;
}

/**
 * The papers of the days after `?since=`: what arrived since a reader's last visit (the home
 * page links here with theirs). Without `?since=`, since this reader's own last visit.
 */
export function NewSinceRoute() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const reading = useReadState();
  const root = useQuery(rootQueryOptions());
  const latest = root.data?.latest?.date ?? null;
  const asked = params.get('since');
  const since = isIsoDate(asked) ? asked : reading.loaded ? newSince(reading.data) : null;
  const { days, isError } = useArchiveDays(
    since === null ? '' : nextDay(since),
    latest ?? '',
    since !== null && latest !== null,
  );
  const [unreadOnly] = useUnreadOnly();
  const frozen = useFrozenReadState(unreadOnly, `new:${since ?? ''}`);
  const tally = useDaysTally(days ?? []);
  const markDaysRead = useMarkDaysRead();
  const papers = tally.total;

  let body;
  if (!root.data || (since === null && !reading.loaded)) {
    body = null;
  } else if (since === null) {
    body = (
      <p className="text-stone-600 dark:text-stone-300">
        {t('reading.newSince.missing')}{' '}
        <Link to={paths.home.href()} className="underline underline-offset-2">
          {t('day.latest')}
        </Link>
      </p>
    );
  } else if (isError) {
    body = <ErrorState />;
  } else if (days === undefined) {
    body = <CardGridSkeleton count={4} />;
  } else if (days.length === 0) {
    body = (
      <p className="text-stone-600 dark:text-stone-300">
        {t('reading.newSince.none', { date: formatDate(since, i18n.language) })}
      </p>
    );
  } else {
    body = (
      <DaysGrid
        key={`${since}-${String(unreadOnly)}`}
        days={days}
        unread={frozen}
        label={t('day.papers', { count: papers })}
      />
    );
  }

  return (
    <section aria-labelledby="new-title">
      <PageHead
        title={withSiteName(t('reading.newSince.title'))}
        description={t('pageDescription.newSince')}
        path={paths.newSince.href()}
      />
      <div className="mb-6">
        <h1 id="new-title" className="text-2xl font-bold tracking-tight sm:text-3xl">
          {t('reading.newSince.title')}
        </h1>
        <p className="mt-1 h-5 text-sm text-stone-500 dark:text-stone-400">
          {since !== null && days !== undefined && days.length > 0 ? (
            <>
              {`${dateRange(days, i18n.language)} · ${t('day.papers', { count: papers })}`}
              <ReadProgress tally={tally} before=" · " />
            </>
          ) : null}
        </p>
      </div>
      <div className="mb-5 flex flex-wrap items-center gap-3">
        <DensityToggle />
        <SummaryLanguageSwitch langs={root.data?.langs ?? ['ko', 'en']} />
        <UnreadOnlyToggle />
        <MarkAllReadButton tally={tally} onMark={() => void markDaysRead(days ?? [])} />
      </div>
      {body}
    </section>
  );
}
