/**
 * Messages that only a lazily loaded part of the app shows: that part adds them to the
 * i18next instance when it loads. A module of its own, so that importing it does not tie the
 * lazy part to the interface's bundled messages (i18n.ts).
 */
import type { i18n } from 'i18next';
import type { Messages } from './i18n.ts';
import type { UiLanguage } from './languages.ts';

/** Adds the messages of a lazily loaded part of the app, once per instance. */
export function addLazyMessages<K extends keyof Messages>(
  instance: i18n,
  key: K,
  messages: Record<UiLanguage, Messages[K]>,
): void {
  for (const lang of Object.keys(messages) as UiLanguage[]) {
    if (instance.getResource(lang, 'translation', key) === undefined) {
      instance.addResourceBundle(lang, 'translation', { [key]: messages[lang] }, true, false);
    }
  }
}
