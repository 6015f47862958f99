import { describe, expect, it } from 'vitest';
import { createI18nWith } from './instance.ts';
import { changeUiLanguage, loadMessages } from './load-messages.ts';

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
