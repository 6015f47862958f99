import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadIcon } from '../../../components/icons.tsx';
import { useReadState } from '../../../hooks/use-read-state.ts';
import { isRead, type PaperDay } from '../../../lib/read-state.ts';
import { useReadStateStore } from '../../../lib/read-state-context.tsx';
import type { PaperChunk } from '../../../schema/digest.ts';

/** Every day the paper was listed on. */
function daysOf(paper: PaperChunk): PaperDay[] {
  return paper.appearances.map(({ date, rank }) => ({ date, rank }));
}

/** How long a paper's page is in view before the paper counts as read. */
export const READ_AFTER_MS = 5000;

/**
 * The read toggle of a paper's page, for every day the paper was listed on. A paper whose
 * page stays in view for `READ_AFTER_MS` is marked read, once: not again after the reader
 * marks it unread here, nor while the tab is hidden.
 */
export function PaperReadButton({ paper }: { paper: PaperChunk }) {
  const { t } = useTranslation();
  const store = useReadStateStore();
  const { loaded, data } = useReadState();
  const papers = daysOf(paper);
  const pressed = papers.some((p) => isRead(data, p.date, p.rank));
  // The paper whose page the reader marked by hand, or that was marked for being read.
  const [settledFor, setSettledFor] = useState<string | null>(null);
  const waiting = loaded && !pressed && settledFor !== paper.id && papers.length > 0;

  useEffect(() => {
    if (!waiting) return;
    let timer: number | undefined;
    const start = () => {
      window.clearTimeout(timer);
      timer =
        document.visibilityState === 'visible'
          ? window.setTimeout(() => {
              setSettledFor(paper.id);
              store.setRead(daysOf(paper), true);
            }, READ_AFTER_MS)
          : undefined;
    };
    start();
    document.addEventListener('visibilitychange', start);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', start);
    };
  }, [waiting, paper, store]);

  return (
    <button
      type="button"
      className="btn"
      aria-pressed={pressed}
      disabled={!loaded}
      title={pressed ? t('reading.markUnread') : t('reading.markRead')}
      onClick={() => {
        setSettledFor(paper.id);
        store.setRead(papers, !pressed);
      }}
    >
      <ReadIcon filled={pressed} />
      {t('reading.isRead')}
    </button>
  );
}
