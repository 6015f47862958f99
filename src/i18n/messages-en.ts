/** The interface's English messages, shaped as the Korean ones (src/i18n/i18n.ts checks it). */
import bookmarks from './locales/bookmarks.en.json';
import base from './locales/en.json';
import reading from './locales/reading.en.json';
import search from './locales/search.en.json';

export const messages = { ...base, bookmarks, reading, search };
