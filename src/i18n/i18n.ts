/**
 * Interface language (i18next), with every language's messages: for the build-time render and
 * for tests. The browser loads only the reader's language (load-messages.ts).
 */
import type { i18n } from 'i18next';
import { createI18nWith } from './instance.ts';
import type { UiLanguage } from './languages.ts';
import { messages as laterEn } from './later-messages-en.ts';
import { messages as laterKo } from './later-messages-ko.ts';
import { messages as firstEn } from './messages-en.ts';
import { messages as firstKo } from './messages-ko.ts';
import type pagerKo from './locales/pager.ko.json';
import type researchKo from './locales/research.ko.json';
import type shortcutsHelpKo from './locales/shortcuts-help.ko.json';

/** A language's messages whole: the first screen's and the later ones, namespace by namespace. */
function whole(first: typeof firstKo, later: typeof laterKo) {
  return {
    ...first,
    ...later,
    bookmarks: { ...first.bookmarks, ...later.bookmarks },
    reading: { ...first.reading, ...later.reading },
    search: { ...first.search, ...later.search },
  };
}

const ko = whole(firstKo, laterKo);
const en = whole(firstEn, laterEn);

/**
 * The messages, with those that only a lazily loaded part of the app shows (the paper page's
 * pager, the shortcuts' dialog and announcements): that part adds them to the instance when
 * it loads (`addLazyMessages`), so the first page's code does not carry them.
 */
export type Messages = typeof ko & { pager: typeof pagerKo; shortcutsHelp: typeof shortcutsHelpKo };
/** The strings that load with the pages that use them, a namespace of their own (`research-strings.ts`). */
export type ResearchMessages = typeof researchKo;

export const resources = { ko: { translation: ko }, en: { translation: en } } as const;

export function createI18n(language: UiLanguage): i18n {
  return createI18nWith(language, { ko, en });
}

/** Every language has every key: a missing translation is a type error here. */
export const _enHasEveryKey: typeof firstKo = firstEn;
export const _enHasEveryLaterKey: typeof laterKo = laterEn;
