/**
 * Dates and numbers in the reader's interface language. The two interface languages, Korean
 * and English, are written out here, exactly as `Intl` writes them (a test compares every day
 * of decades with it): making the first `Intl.DateTimeFormat` of a page loads the locale's
 * calendar data, a task long enough to block a slow phone while the app starts. Any other
 * locale goes through `Intl`.
 */

type DateStyle = 'long' | 'short' | 'weekday' | 'month';

const KO_WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function utcDate(isoDate: string): Date {
  const [y = 1970, m = 1, d = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** `date` as Korean or English writes it, or null for another locale. */
function writtenOut(date: Date, locale: string, style: DateStyle): string | null {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  const weekday = date.getUTCDay();
  if (locale === 'ko') {
    const ymd = `${year}년 ${month + 1}월 ${day}일`;
    const wd = KO_WEEKDAYS[weekday] ?? '';
    if (style === 'long') return `${ymd} ${wd}`;
    if (style === 'short') return ymd;
    if (style === 'weekday') return wd;
    return `${year}년 ${month + 1}월`;
  }
  if (locale === 'en') {
    const name = EN_MONTHS[month] ?? '';
    const wd = EN_WEEKDAYS[weekday] ?? '';
    if (style === 'long') return `${wd}, ${name} ${day}, ${year}`;
    if (style === 'short') return `${name.slice(0, 3)} ${day}, ${year}`;
    if (style === 'weekday') return wd;
    return `${name} ${year}`;
  }
  return null;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, style: DateStyle): Intl.DateTimeFormat {
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

/** `2026-01-29` → "2026년 1월 29일 목" / "Thu, January 29, 2026" (`long`). */
export function formatDate(isoDate: string, locale: string, style: DateStyle = 'short'): string {
  const date = utcDate(isoDate);
  return writtenOut(date, locale, style) ?? dateFormat(locale, style).format(date);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `12345` → "12,345" (both interface languages group thousands with commas). */
export function formatNumber(value: number, locale: string): string {
  if ((locale === 'ko' || locale === 'en') && Number.isSafeInteger(value)) {
    const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
    return value < 0 ? `-${digits}` : digits;
  }
  // Making an Intl formatter costs far more than using one: one per locale, kept.
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
