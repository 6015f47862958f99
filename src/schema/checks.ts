/**
 * The plain checks the digest schemas (digest.ts) are built from, usable without valibot:
 * code on the first screen checks route parameters and stored values with these alone, so
 * that valibot loads only with the code that validates whole documents.
 */

/** The spans of days an archive view can show. */
export const ARCHIVE_SCOPES = ['all', 'week', 'month', 'last7', 'last30'] as const;
export type ArchiveScope = (typeof ARCHIVE_SCOPES)[number];

/** A language code such as `ko`, `en` or `zh-Hant`. */
export const LANG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** A paper id: the last segment of its Hugging Face link, usually an arXiv id. */
export const PAPER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

/** The shape of a `YYYY-MM-DD` date, month and day in range (2026-02-30 passes it). */
export const ISO_DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/;

/** Whether a `YYYY-MM-DD` names a day that exists (the pattern checks the shape only). */
export function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** What `IsoDateSchema` accepts: a day that exists, as `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE_PATTERN.test(value) && isCalendarDate(value);
}

/** What `LangSchema` accepts. */
export function isLang(value: unknown): value is string {
  return typeof value === 'string' && LANG_PATTERN.test(value);
}

/** What `PaperIdSchema` accepts. */
export function isPaperId(value: unknown): value is string {
  return typeof value === 'string' && PAPER_ID_PATTERN.test(value);
}
