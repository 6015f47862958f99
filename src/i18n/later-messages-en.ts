/** The interface's English messages that the first screen does not show (see later-messages-ko.ts). */
import bookmarks from './locales/bookmarks.en.json';
import reading from './locales/later-reading.en.json';
import base from './locales/later.en.json';
import search from './locales/search.en.json';

export const messages = { ...base, bookmarks, reading, search };
