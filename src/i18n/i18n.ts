/**
 * Interface language (i18next). Separate from the summary language, which is data.
 * Both bundles are tiny and shipped with the app, so switching never waits for the network.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import bookmarksEn from './locales/bookmarks.en.json';
import bookmarksKo from './locales/bookmarks.ko.json';
import enBase from './locales/en.json';
import koBase from './locales/ko.json';
import readingEn from './locales/reading.en.json';
import readingKo from './locales/reading.ko.json';
import type researchKo from './locales/research.ko.json';
import searchEn from './locales/search.en.json';
import searchKo from './locales/search.ko.json';

// One namespace; each feature with many strings keeps them in a file of its own.
const ko = { ...koBase, bookmarks: bookmarksKo, reading: readingKo, search: searchKo };
const en = { ...enBase, bookmarks: bookmarksEn, reading: readingEn, search: searchEn };
export type Messages = typeof ko;
/** The strings that load with the pages that use them, a namespace of their own (`research-strings.ts`). */
export type ResearchMessages = typeof researchKo;

export const UI_LANGUAGES = ['ko', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const resources = { ko: { translation: ko }, en: { translation: en } } as const;

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The first of the browser's languages that the interface speaks, else Korean. */
export function pickUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return 'ko';
}

export function createI18n(language: UiLanguage): i18n {
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

/** Every language has every key: a missing translation is a type error here. */
export const _enHasEveryKey: typeof ko = en;
