import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useArchiveDays } from '../../../api/day-range.ts';
import { paths } from '../../../config/paths.ts';
import { nextDay } from '../../../lib/calendar.ts';

/** The "since" the reader dismissed the notice for, while this page is open. */
let dismissedFor: string | null = null;

/**
 * "12 new papers since your last visit" (the days after `since` up to `latest`), with a link
 * to exactly those; nothing once dismissed. Loaded when there is something new (see
 * NewSinceSlot, which holds its place and live region).
 */
export function NewSinceNotice({ since, latest }: { since: string; latest: string }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(dismissedFor);
  const active = since !== dismissed;
  const { days } = useArchiveDays(nextDay(since), latest, active);
  const count = active ? (days ?? []).reduce((sum, day) => sum + day.papers, 0) : 0;
  return count > 0 ? (
    <div className="pointer-events-auto flex items-center gap-2 rounded-full bg-stone-900 py-1.5 pr-1.5 pl-4 text-sm font-medium text-white shadow-lg ring-1 ring-white/10 dark:bg-stone-100 dark:text-stone-900 dark:ring-stone-900/10">
      <span>{t('reading.newSince.notice', { count })}</span>
      <Link
        to={paths.newSince.href(since)}
        className="shrink-0 rounded-full bg-indigo-600 px-3 py-1 whitespace-nowrap text-white hover:bg-indigo-700"
      >
        {t('reading.newSince.open')}
      </Link>
      <button
        type="button"
        className="inline-flex size-8 shrink-0 items-center justify-center rounded-full text-lg text-stone-300 hover:bg-white/10 hover:text-white dark:text-stone-600 dark:hover:bg-stone-900/10 dark:hover:text-stone-900"
        aria-label={t('reading.newSince.dismiss')}
        onClick={() => {
          dismissedFor = since;
          setDismissed(since);
        }}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  ) : null;
}
