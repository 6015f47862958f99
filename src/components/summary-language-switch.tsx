import { useTranslation } from 'react-i18next';
import { useSummaryLanguage } from '../hooks/use-summary-language.ts';
import type { Lang } from '../schema/digest.ts';

const NAMES: Record<string, string> = { ko: '한국어', en: 'English' };

export function languageName(lang: Lang): string {
  return NAMES[lang] ?? lang;
}

/** 한국어 / English for the summaries: one click, no network, kept in the URL and remembered. */
export function SummaryLanguageSwitch({ langs }: { langs: readonly Lang[] }) {
  const { t } = useTranslation();
  const [current, choose] = useSummaryLanguage();
  const options = langs.includes(current) ? langs : [...langs, current];
  return (
    <div role="group" aria-label={t('summary.language')} data-shortcut="language" className="segmented">
      {options.map((lang) => (
        <button key={lang} type="button" lang={lang} aria-pressed={lang === current} onClick={() => choose(lang)}>
          {languageName(lang)}
        </button>
      ))}
    </div>
  );
}
