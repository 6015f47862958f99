import { describe, expect, it } from 'vitest';
import { createI18nWith } from './instance.ts';
import { changeUiLanguage, loadLaterMessages, loadMessages } from './load-messages.ts';

describe('changeUiLanguage', () => {
  // First in this file: the English messages are not loaded yet, so that switch is the slower.
  it('ends in the language asked for last when a slower switch is still loading', async () => {
    const instance = createI18nWith('ko', { ko: await loadMessages('ko') });
    await Promise.all([changeUiLanguage(instance, 'en'), changeUiLanguage(instance, 'ko')]);
    expect(instance.language).toBe('ko');
    expect(instance.t('nav.today')).toBe('최신');
  });

  it('loads the messages of a language the instance was started without, then switches to it', async () => {
    const instance = createI18nWith('ko', { ko: await loadMessages('ko') });
    expect(instance.t('nav.today')).toBe('최신');
    await changeUiLanguage(instance, 'en');
    expect(instance.language).toBe('en');
    expect(instance.t('nav.today')).toBe('Latest');
  });
});

describe('loadLaterMessages', () => {
  // An instance adds messages into the objects it was created with: each test gives its own copy.
  it('adds the messages beyond the first screen, and a language switch brings them along', async () => {
    const instance = createI18nWith('ko', { ko: structuredClone(await loadMessages('ko')) });
    expect(instance.exists('search.hint')).toBe(false);
    await loadLaterMessages(instance);
    expect(instance.t('storage.dismiss')).toBe('알림 닫기');
    // The first screen's strings of the same namespace stay.
    expect(instance.t('search.headerPlaceholder')).toBe('논문 검색');
    await changeUiLanguage(instance, 'en');
    expect(instance.t('storage.dismiss')).toBe('Dismiss');
    expect(instance.t('nav.today')).toBe('Latest');
  });

  it('brings them along when the switch is made through a copy of the instance, as components have', async () => {
    const instance = createI18nWith('ko', { ko: structuredClone(await loadMessages('ko')) });
    await loadLaterMessages(instance);
    // What react-i18next's useTranslation() returns: a copy sharing the instance's store.
    const copy = Object.create(
      Object.getPrototypeOf(instance) as object,
      Object.getOwnPropertyDescriptors(instance),
    ) as typeof instance;
    await changeUiLanguage(copy, 'en');
    expect(instance.getResource('en', 'translation', 'storage.dismiss')).toBe('Dismiss');
  });

  it('leaves an instance without them until some part asks', async () => {
    const instance = createI18nWith('ko', { ko: structuredClone(await loadMessages('ko')) });
    await changeUiLanguage(instance, 'en');
    expect(instance.exists('storage.dismiss')).toBe(false);
  });
});
