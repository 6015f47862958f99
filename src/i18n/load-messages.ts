/**
 * The interface's messages in one language, each a chunk of its own: the browser fetches the
 * reader's language at boot and the other only when the reader switches to it.
 */
import type { i18n } from 'i18next';
import type { BundledMessages } from './instance.ts';
import type { UiLanguage } from './languages.ts';

export async function loadMessages(language: UiLanguage): Promise<BundledMessages> {
  const { messages } = language === 'en' ? await import('./messages-en.ts') : await import('./messages-ko.ts');
  return messages;
}

/** The language each instance was last asked for: a slower earlier switch must not win. */
const requested = new WeakMap<i18n, UiLanguage>();

/** Switches the interface's language once its messages are in (at once when they already are). */
export async function changeUiLanguage(instance: i18n, language: UiLanguage): Promise<void> {
  requested.set(instance, language);
  const messages = await loadMessages(language);
  if (requested.get(instance) !== language) return;
  instance.addResourceBundle(language, 'translation', messages, true, false);
  await instance.changeLanguage(language);
}
