import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../../i18n/i18n.ts';
import { usePreferencesStore } from '../../../lib/preferences-context.tsx';

/** Short codes, so these buttons are not confused with the summary's 한국어 / English. */
const LABELS: Record<UiLanguage, { short: string; long: string }> = {
  ko: { short: 'KO', long: '한국어' },
  en: { short: 'EN', long: 'English' },
};

/** The interface language, remembered; the summary language is a separate choice. */
export function UiLanguageSwitch() {
  const { t, i18n } = useTranslation();
  const preferences = usePreferencesStore();
  const choose = (lang: UiLanguage) => {
    void i18n.changeLanguage(lang);
    preferences.set({ ui: lang });
  };
  return (
    <div role="group" aria-label={t('settings.interfaceLanguage')} className="segmented">
      {UI_LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={i18n.language === lang}
          title={LABELS[lang].long}
          onClick={() => choose(lang)}
        >
          {LABELS[lang].short}
        </button>
      ))}
    </div>
  );
}
