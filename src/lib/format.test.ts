import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from './format.ts';

const STYLES = ['long', 'short', 'weekday', 'month'] as const;
const OPTIONS: Record<(typeof STYLES)[number], Intl.DateTimeFormatOptions> = {
  long: { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' },
  short: { year: 'numeric', month: 'short', day: 'numeric' },
  weekday: { weekday: 'short' },
  month: { year: 'numeric', month: 'long' },
};

/** Every day from 1999 to 2040, as the archive names days. */
function* days(): Generator<string> {
  for (let t = Date.UTC(1999, 0, 1); t <= Date.UTC(2040, 11, 31); t += 86_400_000) {
    yield new Date(t).toISOString().slice(0, 10);
  }
}

describe('formatDate', () => {
  it.each(['ko', 'en'])('writes every day as Intl does in %s, in every style', (locale) => {
    const differing: string[] = [];
    for (const style of STYLES) {
      const intl = new Intl.DateTimeFormat(locale, { ...OPTIONS[style], timeZone: 'UTC' });
      for (const day of days()) {
        const expected = intl.format(new Date(`${day}T00:00:00Z`));
        const written = formatDate(day, locale, style);
        if (written !== expected) differing.push(`${style} ${day}: ${written} ≠ ${expected}`);
      }
    }
    expect(differing.slice(0, 5)).toEqual([]);
  });

  it('reads as a Korean or English reader expects', () => {
    expect(formatDate('2026-01-29', 'ko', 'long')).toBe('2026년 1월 29일 목');
    expect(formatDate('2026-01-29', 'en')).toBe('Jan 29, 2026');
    expect(formatDate('2026-09-01', 'en', 'month')).toBe('September 2026');
  });

  it('leaves another locale to Intl', () => {
    expect(formatDate('2026-01-29', 'de')).toBe('29. Jan. 2026');
  });
});

describe('formatNumber', () => {
  it.each(['ko', 'en'])('groups thousands as Intl does in %s', (locale) => {
    const intl = new Intl.NumberFormat(locale);
    for (const n of [0, 7, 42, 999, 1000, 1001, 12_345, 999_999, 1_000_000, 1_234_567_890, -5, -1234, 60_000]) {
      expect(formatNumber(n, locale)).toBe(intl.format(n));
    }
    expect(formatNumber(1234.5, locale)).toBe(intl.format(1234.5));
  });
});
