/**
 * The interface's messages in one language, each a chunk of its own: the browser fetches the
 * reader's language at boot and the other only when the reader switches to it. The messages
 * the first screen does not show are chunks of their own too, fetched by the parts that show
 * them (`loadLaterMessages`).
 */
import type { i18n } from 'i18next';
import type { BundledMessages } from './instance.ts';
import { isUiLanguage, type UiLanguage } from './languages.ts';

export async function loadMessages(language: UiLanguage): Promise<BundledMessages> {
  const { messages } = language === 'en' ? await import('./messages-en.ts') : await import('./messages-ko.ts');
  return messages;
}

async function loadLater(language: UiLanguage) {
  const { messages } =
    language === 'en' ? await import('./later-messages-en.ts') : await import('./later-messages-ko.ts');
  return messages;
}

/**
 * The instances some part has asked the later messages of: they get them in every language
 * they switch to. Known by their resource store: react-i18next hands components a copy of the
 * instance (`useTranslation().i18n`) that shares it.
 */
const wantLater = new WeakSet<i18n['store']>();

/** One of the later messages: an instance that has it has them all. */
const hasLater = (instance: i18n, language: string) =>
  instance.getResource(language, 'translation', 'storage') !== undefined;

/** Whether the instance has the messages beyond the first screen's in its language. */
export function hasLaterMessages(instance: i18n): boolean {
  return hasLater(instance, instance.language);
}

/**
 * Adds the messages that the first screen does not show to the instance, in its language
 * (at once when it has them already, as at build time and in tests).
 */
export async function loadLaterMessages(instance: i18n): Promise<void> {
  wantLater.add(instance.store);
  const language = instance.language;
  if (!isUiLanguage(language) || hasLater(instance, language)) return;
  instance.addResourceBundle(language, 'translation', await loadLater(language), true, false);
}

/** The language each instance was last asked for: a slower earlier switch must not win. */
const requested = new WeakMap<i18n, UiLanguage>();

/** Switches the interface's language once its messages are in (at once when they already are). */
export async function changeUiLanguage(instance: i18n, language: UiLanguage): Promise<void> {
  requested.set(instance, language);
  const later = wantLater.has(instance.store) && !hasLater(instance, language);
  const [messages, laterMessages] = await Promise.all([loadMessages(language), later ? loadLater(language) : null]);
  if (requested.get(instance) !== language) return;
  instance.addResourceBundle(language, 'translation', messages, true, false);
  if (laterMessages !== null) instance.addResourceBundle(language, 'translation', laterMessages, true, false);
  await instance.changeLanguage(language);
}
