import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { paths, withParams } from '../config/paths.ts';
import { useServices } from '../app/services.tsx';
import { usePreferences } from '../lib/preferences.ts';
import { chooseSummaryLanguage } from '../lib/summary-language.ts';
import type { Lang } from '../schema/digest.ts';

/**
 * The summary language: the URL's when it has one (`/papers/:id/:lang` or `?lang=`, as a
 * shared link does), else the reader's remembered choice, else the interface language.
 * Choosing one puts it in the URL and remembers it.
 */
export function useSummaryLanguage(): [Lang, (lang: Lang) => void] {
  const { i18n } = useTranslation();
  const { preferences } = useServices();
  const prefs = usePreferences(preferences);
  const [params, setParams] = useSearchParams();
  const route = useParams();
  const navigate = useNavigate();
  const fromUrl = route.lang ?? params.get('lang');
  const lang = chooseSummaryLanguage({ fromUrl, preferred: prefs.summary, ui: i18n.language });
  const paperId = route.id;
  const choose = useCallback(
    (next: Lang) => {
      preferences.set({ summary: next });
      if (paperId !== undefined) {
        // On a paper the language is a path segment: each language has its own page.
        void navigate(withParams(paths.paper.href(paperId, next), params, ['sort']), {
          replace: true,
          preventScrollReset: true,
        });
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
    [preferences, setParams, navigate, paperId, params],
  );
  return [lang, choose];
}
