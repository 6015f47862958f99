import { useTranslation } from 'react-i18next';
import { ReadIcon } from '../../../components/icons.tsx';
import { useUnreadOnly } from '../hooks/use-unread-only.ts';

/** The "unread only" filter of a grid: a toggle button, its state in the URL. */
export function UnreadOnlyToggle() {
  const { t } = useTranslation();
  const [on, setOn] = useUnreadOnly();
  return (
    <button type="button" className="btn" aria-pressed={on} onClick={() => setOn(!on)}>
      <ReadIcon />
      {t('reading.unreadOnly')}
    </button>
  );
}

/** What a filtered grid with nothing left says, with the way back to every paper. */
export function NoUnread() {
  const { t } = useTranslation();
  const [, setOn] = useUnreadOnly();
  return (
    <div className="rounded-xl border border-dashed border-stone-300 p-8 text-center dark:border-stone-700">
      <p className="font-medium">{t('reading.noUnread')}</p>
      <button type="button" className="btn mt-4" onClick={() => setOn(false)}>
        {t('reading.showAll')}
      </button>
    </div>
  );
}
