/**
 * The interface's Korean messages that the first screen can show (a day's papers, a paper,
 * the header and footer). One namespace; each feature with many strings keeps them in a
 * file of its own. The rest load with the parts that show them (later-messages-ko.ts).
 */
import bookmarks from './locales/first-bookmarks.ko.json';
import search from './locales/first-search.ko.json';
import base from './locales/ko.json';
import reading from './locales/reading.ko.json';

export const messages = { ...base, bookmarks, reading, search };
