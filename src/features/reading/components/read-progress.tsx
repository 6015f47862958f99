import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadState } from '../../../hooks/use-read-state.ts';
import { formatNumber } from '../../../lib/format.ts';
import { isRead, type PaperDay, readCount } from '../../../lib/read-state.ts';

/** How many of some papers are read. */
export interface ReadTally {
  /** False until the marks are loaded: then nothing is known. */
  loaded: boolean;
  read: number;
  total: number;
}

/** The tally of papers given one by one (a day's cards). */
export function usePapersTally(papers: readonly PaperDay[]): ReadTally {
  const { loaded, data } = useReadState();
  return { loaded, read: papers.filter((p) => isRead(data, p.date, p.rank)).length, total: papers.length };
}

/** The tally of whole days, from their paper counts: no day needs fetching. */
export function useDaysTally(days: readonly { date: string; papers: number }[]): ReadTally {
  const { loaded, data } = useReadState();
  let read = 0;
  let total = 0;
  for (const day of days) {
    read += Math.min(day.papers, readCount(data, day.date));
    total += day.papers;
  }
  return { loaded, read, total };
}

/** "3 / 5 read", after `before`; nothing until the marks are loaded. */
export function ReadProgress({ tally, before }: { tally: ReadTally; before?: ReactNode }) {
  const { t, i18n } = useTranslation();
  if (!tally.loaded || tally.total === 0) return null;
  const values = { read: formatNumber(tally.read, i18n.language), total: formatNumber(tally.total, i18n.language) };
  return (
    <>
      {before}
      <span aria-hidden="true">{t('reading.progress', values)}</span>
      <span className="sr-only">{t('reading.progressLong', values)}</span>
    </>
  );
}

/** Marks every paper of the tally read (`onMark`); disabled, and saying so, once they all are. */
export function MarkAllReadButton({ tally, label, onMark }: { tally: ReadTally; label?: string; onMark: () => void }) {
  const { t } = useTranslation();
  const done = tally.loaded && tally.read >= tally.total;
  return (
    <button
      type="button"
      className="btn"
      disabled={!tally.loaded || done}
      aria-label={done ? undefined : label}
      onClick={onMark}
    >
      {done ? t('reading.allRead') : t('reading.markAllRead')}
    </button>
  );
}
