/** The site's name, in both of its languages: page titles, link previews, feeds. */
export const SITE_NAME = '데일리 페이퍼 · Daily Papers';
