/**
 * An i18next instance for the interface, with the messages of the languages given: at build
 * time and in tests all of them (src/i18n/i18n.ts), in the browser the reader's language
 * alone, the other added when the reader switches to it (load-messages.ts).
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatNumber } from '../lib/format.ts';
import type { UiLanguage } from './languages.ts';
import type { messages as firstScreenMessages } from './messages-ko.ts';

/**
 * The messages an instance starts with: at least the first screen's (messages-ko.ts). The
 * later ones (later-messages-ko.ts) and those of lazily loaded parts (lazy-messages.ts) are
 * added when the parts that show them load.
 */
export type BundledMessages = typeof firstScreenMessages;

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
  // `{{count, number}}` as `formatNumber` writes it: the same figures as i18next's own
  // formatter, without making an Intl.NumberFormat while the first page hydrates.
  instance.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
    typeof value === 'number' ? formatNumber(value, lng ?? language) : String(value),
  );
  return instance;
}
