import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { yearQueryOptions } from '../../api/days.ts';
import { rootQueryOptions } from '../../api/root.ts';
import { CheckIcon } from '../../components/icons.tsx';
import { FeedLinks } from '../../components/feed-links.tsx';
import { PageHead, withSiteName } from '../../components/page-head.tsx';
import { CardGridSkeleton, ErrorState } from '../../components/status.tsx';
import { paths, withParams } from '../../config/paths.ts';
import { monthGrid, monthsOf } from '../../lib/calendar.ts';
import { formatDate } from '../../lib/format.ts';
import { useReadState } from '../../hooks/use-read-state.ts';
import { readCount } from '../../lib/read-state.ts';

/** Every day of the archive, a year at a time, as month calendars. */
export function DaysRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const root = useQuery(rootQueryOptions());
  const years = root.data?.years ?? [];
  const selected = years.find((y) => String(y.year) === params.get('year')) ?? years.at(-1);
  const index = useQuery({ ...yearQueryOptions(selected?.file ?? ''), enabled: selected !== undefined });

  return (
    <section aria-labelledby="days-title">
      {root.data ? (
        <PageHead
          title={withSiteName(t('days.title'))}
          description={t('days.summary', { days: root.data.dayCount, papers: root.data.paperCount })}
          path={paths.days.href()}
        />
      ) : null}
      <h1 id="days-title" className="text-2xl font-bold tracking-tight sm:text-3xl">
        {t('days.title')}
      </h1>
      <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">
        {root.data ? t('days.summary', { days: root.data.dayCount, papers: root.data.paperCount }) : null}
      </p>
      <FeedLinks className="mt-1 text-sm text-stone-500 dark:text-stone-400" />
      <nav aria-label={t('days.years')} className="mt-5 flex flex-wrap gap-2">
        {[...years].reverse().map((y) => (
          <Link
            key={y.year}
            to={`${paths.days.href()}?year=${y.year}`}
            aria-current={y === selected ? 'page' : undefined}
            className="btn aria-[current=page]:border-stone-900 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white dark:aria-[current=page]:bg-stone-100 dark:aria-[current=page]:text-stone-900"
          >
            {y.year}
          </Link>
        ))}
      </nav>
      <CalendarLegend />
      <div className="mt-2">
        {index.isError ? (
          <ErrorState onRetry={() => void index.refetch()} />
        ) : index.data ? (
          <YearCalendar days={index.data.days} params={params} />
        ) : (
          <CardGridSkeleton count={4} />
        )}
      </div>
    </section>
  );
}

/** Whether the calendar marks days by what is read: once the reader has read anything. */
function useCalendarMarked(): boolean {
  const reading = useReadState();
  // A reader who has read nothing yet learns nothing from a mark on every day.
  return reading.loaded && reading.data.days.size > 0;
}

/** What the marks mean, on a line kept free for it so that nothing moves when it appears. */
function CalendarLegend() {
  const { t } = useTranslation();
  const marked = useCalendarMarked();
  return (
    <p className="mt-3 flex h-5 items-center gap-4 text-xs text-stone-500 dark:text-stone-400">
      {marked ? (
        <>
          <span className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className="size-1.5 rounded-full bg-indigo-700 dark:bg-indigo-300" />
            {t('reading.calendar.legendUnread')}
          </span>
          <span className="inline-flex items-center gap-1">
            <span aria-hidden="true" className="text-[0.625rem]">
              <CheckIcon />
            </span>
            {t('reading.calendar.legendAllRead')}
          </span>
        </>
      ) : null}
    </p>
  );
}

function YearCalendar({
  days,
  params,
}: {
  days: readonly { date: string; papers: number }[];
  params: URLSearchParams;
}) {
  const { t, i18n } = useTranslation();
  const papersOn = new Map(days.map((d) => [d.date, d.papers]));
  const reading = useReadState();
  const marked = useCalendarMarked();
  const unreadOn = (date: string, papers: number) =>
    marked ? Math.max(0, papers - readCount(reading.data, date)) : null;
  const weekdays = ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-06', '2024-01-07'];
  return (
    <div className="grid grid-cols-1 gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {monthsOf(days.map((d) => d.date)).map((month) => (
        <section
          key={month}
          aria-label={formatDate(`${month}-01`, i18n.language, 'month')}
          className="rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
        >
          <h2 className="mb-3 font-semibold">{formatDate(`${month}-01`, i18n.language, 'month')}</h2>
          <table className="w-full table-fixed text-center text-sm">
            <thead>
              <tr>
                {weekdays.map((d) => (
                  <th key={d} scope="col" className="pb-1 text-xs font-medium text-stone-500 dark:text-stone-400">
                    {formatDate(d, i18n.language, 'weekday')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthGrid(month).weeks.map((week, w) => (
                <tr key={w}>
                  {week.map((date, d) => {
                    const count = date ? papersOn.get(date) : undefined;
                    const unread = date && count !== undefined ? unreadOn(date, count) : null;
                    const label = date
                      ? [
                          formatDate(date, i18n.language, 'long'),
                          t('day.papers', { count }),
                          ...(unread === null
                            ? []
                            : [
                                unread > 0
                                  ? t('reading.calendar.unread', { count: unread })
                                  : t('reading.calendar.allRead'),
                              ]),
                        ].join(', ')
                      : '';
                    return (
                      <td key={d} className="p-0.5">
                        {date && count !== undefined ? (
                          <Link
                            to={withParams(paths.day.href(date), params)}
                            className={`flex aspect-square flex-col items-center justify-center rounded-md font-semibold ${
                              unread === 0
                                ? 'bg-stone-100 text-stone-600 hover:bg-stone-200 dark:bg-stone-800 dark:text-stone-300 dark:hover:bg-stone-700'
                                : 'bg-indigo-50 text-indigo-800 hover:bg-indigo-100 dark:bg-indigo-950 dark:text-indigo-200 dark:hover:bg-indigo-900'
                            }`}
                            aria-label={label}
                          >
                            {Number(date.slice(8))}
                            {/* Always there, so that the number does not move when the mark appears. */}
                            <span aria-hidden="true" className="flex h-2.5 items-center text-[0.625rem]">
                              {unread === null ? null : unread > 0 ? (
                                <span className="size-1.5 rounded-full bg-current" />
                              ) : (
                                <CheckIcon />
                              )}
                            </span>
                          </Link>
                        ) : date ? (
                          <span className="flex aspect-square items-center justify-center text-stone-400 dark:text-stone-500">
                            {Number(date.slice(8))}
                          </span>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
