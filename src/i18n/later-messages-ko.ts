/**
 * The interface's Korean messages that the first screen does not show: the search, bookmarks,
 * dates and new-papers pages' own, and the notices about stored data. They load with those
 * parts (load-messages.ts), into the same namespaces as the first screen's.
 */
import bookmarks from './locales/bookmarks.ko.json';
import reading from './locales/later-reading.ko.json';
import base from './locales/later.ko.json';
import search from './locales/search.ko.json';

export const messages = { ...base, bookmarks, reading, search };
