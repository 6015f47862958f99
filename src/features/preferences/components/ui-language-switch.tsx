import { useTranslation } from 'react-i18next';
import { GlobeIcon } from '../../../components/icons.tsx';
import { UI_LANGUAGES, type UiLanguage } from '../../../i18n/languages.ts';
import { changeUiLanguage } from '../../../i18n/load-messages.ts';
import { usePreferencesStore } from '../../../lib/preferences-context.tsx';

/**
 * The menus' language, remembered. Short codes behind a globe, so that it is not mistaken for
 * the summary's 한국어 / English, which says in its own help that it is this one's opposite.
 */
export function UiLanguageSwitch() {
  const { t, i18n } = useTranslation();
  const preferences = usePreferencesStore();
  const choose = (lang: UiLanguage) => {
    void changeUiLanguage(i18n, lang);
    preferences.set({ ui: lang });
  };
  return (
    <div
      role="group"
      aria-label={t('settings.interfaceLanguage')}
      title={t('settings.interfaceLanguageHelp')}
      className="segmented items-center"
    >
      <span className="pr-1 pl-1.5 text-stone-500 dark:text-stone-400">
        <GlobeIcon />
      </span>
      {UI_LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          data-replay={`ui-${lang}`}
          aria-pressed={i18n.language === lang}
          onClick={() => choose(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
