import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useMatch, useNavigate, useParams, useSearchParams } from 'react-router';
import { rootQueryOptions } from '../api/root.ts';
import { paperPath, paths } from '../config/paths.ts';
import { usePreferences } from '../lib/preferences.ts';
import { useHydrated } from './use-hydrated.ts';
import { usePreferencesStore } from '../lib/preferences-context.tsx';
import { chooseSummaryLanguage } from '../lib/summary-language.ts';
import type { Lang } from '../schema/digest.ts';

/** The archive's primary language: the authors' (Korean), whose papers have bare paths. */
export function usePrimaryLanguage(): Lang {
  return useQuery(rootQueryOptions()).data?.langs[0] ?? 'ko';
}

/**
 * The summary language of this page.
 * - On a paper page it is the URL's: `/papers/:id/:lang` (or `?lang=`), else the primary
 *   language for the bare `/papers/:id`. A shared link shows exactly what the sender saw.
 * - In a grid it is `?lang=` when the URL has it, else the reader's default (see below).
 * Choosing one changes this page's URL only: a look at English on one paper leaves every
 * other page as it was. The default is changed on purpose, with `useDefaultSummaryLanguage`.
 */
export function useSummaryLanguage(): [Lang, (lang: Lang) => void] {
  const { i18n } = useTranslation();
  const { summary: preferred } = usePreferences(usePreferencesStore());
  const primary = usePrimaryLanguage();
  const [params, setParams] = useSearchParams();
  const { id: paperId, lang: pathLang } = useParams();
  const navigate = useNavigate();
  const state: unknown = useLocation().state;
  const lang =
    paperId !== undefined
      ? (pathLang ?? params.get('lang') ?? primary)
      : chooseSummaryLanguage({ fromUrl: params.get('lang'), preferred, ui: i18n.language });
  const choose = useCallback(
    (next: Lang) => {
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
    [setParams, navigate, paperId, params, primary, state],
  );
  return [lang, choose];
}

/**
 * Names a grid's summary language in `html[data-summary]`, which decides the cards' preview
 * line (see PaperCard); a paper page leaves it as it is. Not while hydrating, when the stored
 * choice is not read yet but the script in index.html has already set the attribute from it.
 * The layout calls it once, in a component of its own: knowing that hydration is over takes
 * one more render, and that is then the render of this component alone, not of every one
 * that shows a summary.
 */
export function useSummaryLanguageMark(): void {
  const { i18n } = useTranslation();
  const { summary: preferred } = usePreferences(usePreferencesStore());
  const [params] = useSearchParams();
  const grid = useMatch(paths.paper.pattern) === null;
  const lang = chooseSummaryLanguage({ fromUrl: params.get('lang'), preferred, ui: i18n.language });
  const hydrated = useHydrated();
  useEffect(() => {
    if (hydrated && grid) document.documentElement.dataset.summary = lang;
  }, [hydrated, grid, lang]);
}

/**
 * The summaries' language wherever a link does not say one (grids, card links): the one the
 * reader chose to always see, remembered, else the interface language.
 */
export function useDefaultSummaryLanguage(): [Lang, (lang: Lang) => void] {
  const { i18n } = useTranslation();
  const preferences = usePreferencesStore();
  const { summary: preferred } = usePreferences(preferences);
  const choose = useCallback((lang: Lang) => preferences.set({ summary: lang }), [preferences]);
  return [chooseSummaryLanguage({ fromUrl: null, preferred, ui: i18n.language }), choose];
}
