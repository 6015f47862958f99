import { describe, expect, it } from 'vitest';
import { createI18n, resources } from '../i18n/i18n.ts';
import { UI_LANGUAGES } from '../i18n/languages.ts';
import { buildTimeI18n } from './build-time-i18n.ts';

/** Every message key: `a.b.c`. */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('buildTimeI18n', () => {
  for (const lang of UI_LANGUAGES) {
    it(`translates every ${lang} message as i18next does, also when asked again`, () => {
      const real = createI18n(lang);
      const view = buildTimeI18n(createI18n(lang));
      expect(view.language).toBe(lang);
      const expected = real.getFixedT(lang, 'translation');
      const t = view.getFixedT(lang, 'translation');
      const options = [
        undefined,
        { count: 0 },
        { count: 1 },
        { count: 7 },
        { title: 'T', rank: 2, date: '2026-01-29' },
      ];
      for (const key of keysOf(resources[lang].translation)) {
        for (const option of options) {
          const want = expected(key, option);
          expect(t(key, option), key).toBe(want);
          expect(t(key, option), key).toBe(want);
        }
      }
      // The same `t` for the same arguments: its remembered results are shared by every page.
      expect(view.getFixedT(lang, 'translation')).toBe(t);
    });
  }

  it('does not remember calls whose options are not plain values', () => {
    const view = buildTimeI18n(createI18n('en'));
    const t = view.getFixedT('en', 'translation');
    let calls = 0;
    const value = {
      toString() {
        calls++;
        return `call ${calls}`;
      },
    };
    expect(t('nonexistent.key', { defaultValue: 'x {{value}}', value })).toBe('x call 1');
    expect(t('nonexistent.key', { defaultValue: 'x {{value}}', value })).toBe('x call 2');
  });
});
