/** Dates and numbers in the reader's interface language, through `Intl`. */

function utcDate(isoDate: string): Date {
  const [y = 1970, m = 1, d = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

const cache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, style: 'long' | 'short' | 'weekday' | 'month'): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let format = cache.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' }
        : style === 'short'
          ? { year: 'numeric', month: 'short', day: 'numeric' }
          : style === 'weekday'
            ? { weekday: 'short' }
            : { year: 'numeric', month: 'long' };
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format;
}

/** `2026-01-29` → "2026년 1월 29일 (목)" / "Thu, January 29, 2026". */
export function formatDate(
  isoDate: string,
  locale: string,
  style: 'long' | 'short' | 'weekday' | 'month' = 'short',
): string {
  return dateFormat(locale, style).format(utcDate(isoDate));
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}
