import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useServices } from '../app/services.tsx';
import { usePreferences } from '../lib/preferences.ts';
import { chooseSummaryLanguage } from '../lib/summary-language.ts';
import type { Lang } from '../schema/digest.ts';

/**
 * The summary language: `?lang=` when the URL has it (a shared link), else the reader's
 * remembered choice, else the interface language. Choosing one puts it in the URL and
 * remembers it.
 */
export function useSummaryLanguage(): [Lang, (lang: Lang) => void] {
  const { i18n } = useTranslation();
  const { preferences } = useServices();
  const prefs = usePreferences(preferences);
  const [params, setParams] = useSearchParams();
  const lang = chooseSummaryLanguage({ fromUrl: params.get('lang'), preferred: prefs.summary, ui: i18n.language });
  const choose = useCallback(
    (next: Lang) => {
      preferences.set({ summary: next });
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          updated.set('lang', next);
          return updated;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [preferences, setParams],
  );
  return [lang, choose];
}
