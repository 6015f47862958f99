import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isIsoDate, isLang, isPaperId } from './checks.ts';
import { IsoDateSchema, LangSchema, PaperIdSchema } from './digest.ts';

/** Values near every edge of the three formats, and values of other types. */
const SAMPLES: unknown[] = [
  '2026-01-29',
  '2024-02-29',
  '2026-02-29',
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '2026-1-29',
  '20260129',
  '2026-01-29x',
  ' 2026-01-29',
  '2026-01-29\n',
  '0000-01-01',
  '+02026-01-29',
  '２０２６-01-29',
  'ko',
  'en',
  'zh-Hant',
  'EN',
  'en-',
  'e',
  'kore',
  'x-abcdefghi',
  '2601.20614',
  'a'.repeat(80),
  'a'.repeat(81),
  '..2601',
  '-2601',
  '<script>',
  '2601/20614',
  '',
  null,
  undefined,
  20260129,
  ['2026-01-29'],
  { date: '2026-01-29' },
];

describe('plain checks', () => {
  it('accept exactly what the valibot schemas accept', () => {
    for (const value of SAMPLES) {
      const label = value === undefined ? 'undefined' : JSON.stringify(value);
      expect(isIsoDate(value), `date ${label}`).toBe(v.is(IsoDateSchema, value));
      expect(isLang(value), `lang ${label}`).toBe(v.is(LangSchema, value));
      expect(isPaperId(value), `id ${label}`).toBe(v.is(PaperIdSchema, value));
    }
  });

  it('take a day that exists and nothing else', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-1-29')).toBe(false);
  });
});
