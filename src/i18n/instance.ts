/**
 * An i18next instance for the interface, with the messages of the languages given: at build
 * time and in tests all of them (src/i18n/i18n.ts), in the browser the reader's language
 * alone, the other added when the reader switches to it (load-messages.ts).
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Messages } from './i18n.ts';
import type { UiLanguage } from './languages.ts';

/** The messages bundled with the app, without those a lazily loaded part adds (lazy-messages.ts). */
export type BundledMessages = Omit<Messages, 'pager' | 'shortcutsHelp'>;

export function createI18nWith(language: UiLanguage, messages: Partial<Record<UiLanguage, BundledMessages>>): i18n {
  const resources = Object.fromEntries(Object.entries(messages).map(([lang, translation]) => [lang, { translation }]));
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'ko',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
