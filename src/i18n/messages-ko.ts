/** The interface's Korean messages. One namespace; each feature with many strings keeps them in a file of its own. */
import bookmarks from './locales/bookmarks.ko.json';
import base from './locales/ko.json';
import reading from './locales/reading.ko.json';
import search from './locales/search.ko.json';

export const messages = { ...base, bookmarks, reading, search };
