/** Dates and numbers in the reader's interface language, through `Intl`. */

function utcDate(isoDate: string): Date {
  const [y = 1970, m = 1, d = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, style: 'long' | 'short' | 'weekday' | 'month'): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let format = dateFormats.get(key);
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
    dateFormats.set(key, format);
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

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: string): string {
  // Making an Intl formatter costs far more than using one: one per locale, kept.
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
