import { useTranslation } from 'react-i18next';
import { ReadIcon } from '../../../components/icons.tsx';
import { useReadState } from '../../../hooks/use-read-state.ts';
import type { PaperDay } from '../../../lib/read-state.ts';
import { isRead } from '../../../lib/read-state.ts';
import { useReadStateStore } from '../../../lib/read-state-context.tsx';

/**
 * A card's read toggle: an icon button named after the paper, pressed when it is read.
 * Until the marks are loaded (prerendered HTML, hydration) it shows "unread" and is
 * disabled, like the bookmark toggle beside it.
 */
export function ReadToggle({ paper, title }: { paper: PaperDay; title: string }) {
  const { t } = useTranslation();
  const store = useReadStateStore();
  const { loaded, data } = useReadState();
  const pressed = isRead(data, paper.date, paper.rank);
  return (
    <button
      type="button"
      className="icon-btn text-lg"
      aria-pressed={pressed}
      disabled={!loaded}
      aria-label={t('reading.toggle', { title })}
      title={pressed ? t('reading.markUnread') : t('reading.markRead')}
      onClick={() => store.setRead([paper], !pressed)}
    >
      <ReadIcon filled={pressed} />
    </button>
  );
}
