import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasLaterMessages, loadLaterMessages } from '../i18n/load-messages.ts';

/**
 * Whether the interface has the messages the first screen does not show; once `needed`, it
 * fetches them (a part that appears only now and then, such as a notice about stored data).
 */
export function useLaterMessages(needed: boolean): boolean {
  const { i18n } = useTranslation();
  const [loaded, setLoaded] = useState(() => hasLaterMessages(i18n));
  useEffect(() => {
    if (!needed || loaded) return;
    let live = true;
    void loadLaterMessages(i18n).then(() => {
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [needed, loaded, i18n]);
  return loaded;
}
