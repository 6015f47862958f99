/**
 * The limits of a reading list shared by link (list-link.ts), apart from the format so that
 * the controls can name them without loading it. The figures: docs/decisions/shared-reading-list.md.
 */

/** The most papers a link holds: the page fetches each of them. */
export const MAX_LIST_PAPERS = 100;
/** The most characters of a list's title. */
export const MAX_LIST_TITLE = 100;
/**
 * The longest encoded list, in characters: the whole URL then stays under 2,000, which chat
 * apps, mail clients and old browsers all keep intact. 100 new-style ids with a title of 100
 * Korean characters take about 950.
 */
export const MAX_LIST_CHARS = 1500;
