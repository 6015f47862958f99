import { describe, expect, it } from 'vitest';
import { createI18nWith } from './instance.ts';
import { loadMessages } from './load-messages.ts';

describe('createI18nWith', () => {
  it('writes counts with thousands grouped, in either language', async () => {
    const en = createI18nWith('en', { en: await loadMessages('en') });
    expect(en.t('paper.upvotes', { count: 1 })).toBe('1 upvote');
    expect(en.t('paper.upvotes', { count: 12_345 })).toBe('12,345 upvotes');
    const ko = createI18nWith('ko', { ko: await loadMessages('ko') });
    expect(ko.t('paper.upvotes', { count: 1_234_567 })).toBe('추천 1,234,567');
  });
});
