import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { rootQueryOptions } from '../api/root.ts';
import { paperPath } from '../config/paths.ts';
import { usePreferences } from '../lib/preferences.ts';
import { usePreferencesStore } from '../lib/preferences-context.tsx';
import { chooseSummaryLanguage } from '../lib/summary-language.ts';
import type { Lang } from '../schema/digest.ts';

/** The archive's primary language: the authors' (Korean), whose papers have bare paths. */
export function usePrimaryLanguage(): Lang {
  return useQuery(rootQueryOptions()).data?.langs[0] ?? 'ko';
}

/**
 * The summary language.
 * - On a paper page it is the URL's: `/papers/:id/:lang` (or `?lang=`), else the primary
 *   language for the bare `/papers/:id`. A shared link shows exactly what the sender saw.
 * - In a grid it is `?lang=` when the URL has it, else the reader's remembered choice, else
 *   the interface language.
 * Choosing one puts it in the URL and remembers it.
 */
export function useSummaryLanguage(): [Lang, (lang: Lang) => void] {
  const { i18n } = useTranslation();
  const preferences = usePreferencesStore();
  const prefs = usePreferences(preferences);
  const primary = usePrimaryLanguage();
  const [params, setParams] = useSearchParams();
  const { id: paperId, lang: pathLang } = useParams();
  const navigate = useNavigate();
  const state: unknown = useLocation().state;
  const lang =
    paperId !== undefined
      ? (pathLang ?? params.get('lang') ?? primary)
      : chooseSummaryLanguage({ fromUrl: params.get('lang'), preferred: prefs.summary, ui: i18n.language });
  const choose = useCallback(
    (next: Lang) => {
      preferences.set({ summary: next });
      if (paperId !== undefined) {
        // The same page in another language: it stays in the list it was opened from.
        void navigate(paperPath(paperId, next, primary, params), { replace: true, preventScrollReset: true, state });
        return;
      }
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          updated.set('lang', next);
          return updated;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [preferences, setParams, navigate, paperId, params, primary, state],
  );
  return [lang, choose];
}
