/**
 * The strings of the bookmarks page's research tools (notes, tags, filters, exports, import
 * preview) and of a shared reading list, in the namespace `research`. Only those pages use
 * them, so they load with them instead of with every page: a page adds them to its i18next
 * instance before it renders (`useResearchStrings`).
 */
import type { i18n } from 'i18next';
import researchEn from './locales/research.en.json';
import researchKo from './locales/research.ko.json';

export const RESEARCH_NS = 'research';

/** Every language has every key: a missing translation is a type error here. */
export const _enHasEveryResearchKey: typeof researchKo = researchEn;

/** Adds the strings to `instance`, once. */
export function addResearchStrings(instance: i18n): void {
  if (instance.hasResourceBundle('ko', RESEARCH_NS)) return;
  instance.addResourceBundle('ko', RESEARCH_NS, researchKo);
  instance.addResourceBundle('en', RESEARCH_NS, researchEn);
}
