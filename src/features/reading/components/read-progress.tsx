import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadState } from '../../../hooks/use-read-state.ts';
import { isRead, type PaperDay } from '../../../lib/read-state.ts';
import { useReadStateStore } from '../../../lib/read-state-context.tsx';

function useReadOf(papers: readonly PaperDay[]) {
  const { loaded, data } = useReadState();
  return { loaded, read: papers.filter((p) => isRead(data, p.date, p.rank)).length };
}

/** "3 / 5 read" for a set of papers, after `before`; nothing until the marks are loaded. */
export function ReadProgress({ papers, before }: { papers: readonly PaperDay[]; before?: ReactNode }) {
  const { t } = useTranslation();
  const { loaded, read } = useReadOf(papers);
  if (!loaded || papers.length === 0) return null;
  const values = { read, total: papers.length };
  return (
    <>
      {before}
      <span aria-hidden="true">{t('reading.progress', values)}</span>
      <span className="sr-only">{t('reading.progressLong', values)}</span>
    </>
  );
}

/** Marks every paper given read; disabled, and saying so, once they all are. */
export function MarkAllReadButton({ papers, label }: { papers: readonly PaperDay[]; label?: string }) {
  const { t } = useTranslation();
  const store = useReadStateStore();
  const { loaded, read } = useReadOf(papers);
  const done = loaded && read === papers.length;
  return (
    <button
      type="button"
      className="btn"
      disabled={!loaded || done}
      aria-label={done ? undefined : label}
      onClick={() => store.setRead(papers, true)}
    >
      {done ? t('reading.allRead') : t('reading.markAllRead')}
    </button>
  );
}
