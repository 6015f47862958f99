import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useArchiveDays } from '../../api/day-range.ts';
import { rootQueryOptions } from '../../api/root.ts';
import { CardGridSkeleton, ErrorState } from '../../components/status.tsx';
import { SummaryLanguageSwitch } from '../../components/summary-language-switch.tsx';
import { paths } from '../../config/paths.ts';
import { MarkAllReadButton, ReadProgress, useDaysTally } from '../../features/reading/components/read-progress.tsx';
import { UnreadOnlyToggle } from '../../features/reading/components/unread-only-toggle.tsx';
import { useFrozenReadState } from '../../features/reading/hooks/use-frozen-read-state.ts';
import { useMarkDaysRead } from '../../features/reading/hooks/use-mark-days-read.ts';
import { useUnreadOnly } from '../../features/reading/hooks/use-unread-only.ts';
import { useReadState } from '../../hooks/use-read-state.ts';
import { nextDay } from '../../lib/calendar.ts';
import { formatDate } from '../../lib/format.ts';
import { newSince } from '../../lib/read-state.ts';
import { DaysGrid } from '../days-grid.tsx';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

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
  const since = asked !== null && ISO_DATE.test(asked) ? asked : reading.loaded ? newSince(reading.data) : null;
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
      <div className="mb-6">
        <h1 id="new-title" className="text-2xl font-bold tracking-tight sm:text-3xl">
          {t('reading.newSince.title')}
        </h1>
        <p className="mt-1 h-5 text-sm text-stone-500 dark:text-stone-400">
          {since !== null && days !== undefined && days.length > 0 ? (
            <>
              {`${t('reading.newSince.range', { from: formatDate(since, i18n.language), days: days.length })} · ${t('day.papers', { count: papers })}`}
              <ReadProgress tally={tally} before=" · " />
            </>
          ) : null}
        </p>
      </div>
      <div className="mb-5 flex flex-wrap items-center gap-3">
        <SummaryLanguageSwitch langs={root.data?.langs ?? ['ko', 'en']} />
        <UnreadOnlyToggle />
        <MarkAllReadButton tally={tally} onMark={() => void markDaysRead(days ?? [])} />
      </div>
      {body}
    </section>
  );
}
