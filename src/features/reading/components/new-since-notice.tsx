import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useArchiveDays } from '../../../api/day-range.ts';
import { paths } from '../../../config/paths.ts';
import { useReadState } from '../../../hooks/use-read-state.ts';
import { nextDay } from '../../../lib/calendar.ts';
import { newSince } from '../../../lib/read-state.ts';

/** The "since" the reader dismissed the notice for, while this page is open. */
let dismissedFor: string | null = null;

/**
 * "12 new papers since your last visit", with a link to exactly those. It floats at the
 * bottom of the screen rather than taking a place in the page: it can only appear once the
 * app has read the reader's visits, and nothing of the page may move then. Its live region
 * is there from the start, so that the notice is announced when it appears.
 */
export function NewSinceNotice({ latest }: { latest: string }) {
  const { t } = useTranslation();
  const { loaded, data } = useReadState();
  const [dismissed, setDismissed] = useState(dismissedFor);
  const since = loaded ? newSince(data) : null;
  const active = since !== null && since < latest && since !== dismissed;
  const { days } = useArchiveDays(since === null ? latest : nextDay(since), latest, active);
  const count = active ? (days ?? []).reduce((sum, day) => sum + day.papers, 0) : 0;
  return (
    <div role="status" className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
      {since !== null && count > 0 ? (
        <div className="pointer-events-auto flex items-center gap-2 rounded-full bg-stone-900 py-1.5 pr-1.5 pl-4 text-sm font-medium text-white shadow-lg ring-1 ring-white/10 dark:bg-stone-100 dark:text-stone-900 dark:ring-stone-900/10">
          <span>{t('reading.newSince.notice', { count })}</span>
          <Link
            to={paths.newSince.href(since)}
            className="rounded-full bg-indigo-500 px-3 py-1 text-white hover:bg-indigo-400 dark:bg-indigo-600 dark:hover:bg-indigo-700"
          >
            {t('reading.newSince.open')}
          </Link>
          <button
            type="button"
            className="inline-flex size-8 items-center justify-center rounded-full text-lg text-stone-300 hover:bg-white/10 hover:text-white dark:text-stone-600 dark:hover:bg-stone-900/10 dark:hover:text-stone-900"
            aria-label={t('reading.newSince.dismiss')}
            onClick={() => {
              dismissedFor = since;
              setDismissed(since);
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
