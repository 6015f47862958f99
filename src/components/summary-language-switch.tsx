import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useHydrated } from '../hooks/use-hydrated.ts';
import { useDefaultSummaryLanguage, useSummaryLanguage } from '../hooks/use-summary-language.ts';
import type { Lang } from '../schema/digest.ts';

const NAMES: Record<string, string> = { ko: '한국어', en: 'English' };

export function languageName(lang: Lang): string {
  return NAMES[lang] ?? lang;
}

/**
 * 한국어 / English for the summaries of this page: one click, no network, kept in the URL. It is
 * labelled in words and says in a sentence that it is not the menus' KO/EN. When the page shows
 * another language than the reader's default, a button beside it makes that one the default.
 */
export function SummaryLanguageSwitch({ langs }: { langs: readonly Lang[] }) {
  const { t, i18n } = useTranslation();
  const [current, choose] = useSummaryLanguage();
  const [fallback, chooseDefault] = useDefaultSummaryLanguage();
  // The default is the reader's stored choice, which the prerendered page cannot know.
  const hydrated = useHydrated();
  const options = langs.includes(current) ? langs : [...langs, current];
  const labelId = useId();
  const helpId = useId();
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
      <span id={labelId} className="text-sm font-medium text-stone-600 dark:text-stone-300">
        {t('summary.language')}
      </span>
      <div
        role="group"
        aria-labelledby={labelId}
        aria-describedby={helpId}
        data-shortcut="language"
        className="segmented"
      >
        {options.map((lang) => (
          <button
            key={lang}
            type="button"
            lang={lang}
            data-replay={`summary-${lang}`}
            aria-pressed={lang === current}
            onClick={() => choose(lang)}
          >
            {languageName(lang)}
          </button>
        ))}
      </div>
      {hydrated && current !== fallback && langs.includes(current) ? (
        <button
          type="button"
          className="rounded-sm py-1 text-sm font-medium text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-700 dark:text-indigo-300 dark:decoration-indigo-700"
          onClick={() => chooseDefault(current)}
        >
          {t('summary.always', { lang: displayName(current, i18n.language) })}
        </button>
      ) : null}
      <p id={helpId} className="basis-full text-xs text-stone-500 dark:text-stone-400">
        {t('summary.help')}
      </p>
    </div>
  );
}

/** A language's name in the interface language: 영어, English. */
function displayName(lang: Lang, ui: string): string {
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
