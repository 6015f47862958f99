/**
 * The interface's English messages that the first screen can show, shaped as the Korean ones
 * (src/i18n/i18n.ts checks it).
 */
import bookmarks from './locales/first-bookmarks.en.json';
import search from './locales/first-search.en.json';
import base from './locales/en.json';
import reading from './locales/reading.en.json';

export const messages = { ...base, bookmarks, reading, search };
