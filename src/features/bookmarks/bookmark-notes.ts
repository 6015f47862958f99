/**
 * A bookmark's note and tags, and the bookmarks page's filter over them: pure functions over
 * the value of bookmarks.ts, the time always an argument.
 */
import { type Bookmark, type BookmarkData, MAX_NOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from './bookmarks.ts';

const iso = (ms: number) => new Date(ms).toISOString();

/** A time later than `previous` (even within one millisecond) and than the save: the latest edit wins. */
function editTime(bookmark: Bookmark, previous: string | undefined, now: number): string {
  const floor = Math.max(Date.parse(bookmark.savedAt), previous === undefined ? -Infinity : Date.parse(previous) + 1);
  return iso(Math.max(now, floor));
}

function replace(data: BookmarkData, id: string, change: (bookmark: Bookmark) => Bookmark): BookmarkData {
  const index = data.bookmarks.findIndex((b) => b.id === id);
  const bookmark = data.bookmarks[index];
  if (bookmark === undefined) return data;
  const next = change(bookmark);
  if (next === bookmark) return data;
  const bookmarks = [...data.bookmarks];
  bookmarks[index] = next;
  return { ...data, bookmarks };
}

/** A note as kept: as typed (line breaks and all), cut at `MAX_NOTE_LENGTH`. */
export function cleanNote(text: string): string {
  return text.length > MAX_NOTE_LENGTH ? text.slice(0, MAX_NOTE_LENGTH) : text;
}

/** Sets a bookmark's note; a paper not saved, or a note unchanged, leaves `data` as it is. */
export function setNote(data: BookmarkData, id: string, text: string, now: number): BookmarkData {
  const note = cleanNote(text);
  return replace(data, id, (bookmark) =>
    (bookmark.note ?? '') === note ? bookmark : { ...bookmark, note, noteAt: editTime(bookmark, bookmark.noteAt, now) },
  );
}

/**
 * Tags as kept: each trimmed, its inner spaces made single, a leading `#` and commas taken
 * out, cut at `MAX_TAG_LENGTH`; empty ones dropped, the same word in other letter case kept
 * once (the first), at most `MAX_TAGS`.
 */
export function normalizeTags(tags: Iterable<string>): string[] {
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const raw of tags) {
    const tag = raw
      .replace(/[,\s]+/gu, ' ')
      .replace(/^[\s#]+/u, '')
      .slice(0, MAX_TAG_LENGTH)
      .trim();
    const key = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(tag);
    if (kept.length === MAX_TAGS) break;
  }
  return kept;
}

/** Words typed into a tag field, separated by commas: `"rl, agents"` is two tags. */
export function parseTagInput(text: string): string[] {
  return normalizeTags(text.split(','));
}

/** Sets a bookmark's tags (normalised); unchanged tags leave `data` as it is. */
export function setTags(data: BookmarkData, id: string, tags: readonly string[], now: number): BookmarkData {
  const clean = normalizeTags(tags);
  return replace(data, id, (bookmark) => {
    const current = bookmark.tags ?? [];
    if (current.length === clean.length && current.every((tag, i) => tag === clean[i])) return bookmark;
    return { ...bookmark, tags: clean, tagsAt: editTime(bookmark, bookmark.tagsAt, now) };
  });
}

/**
 * Every tag in use, most used first, then alphabetically: what the tag field suggests and the
 * filter offers. The same word in other letter case counts as one, spelt as first met.
 */
export function tagCounts(bookmarks: readonly Bookmark[]): { tag: string; count: number }[] {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const bookmark of bookmarks) {
    for (const tag of bookmark.tags ?? []) {
      const key = tag.toLocaleLowerCase();
      const entry = counts.get(key);
      if (entry === undefined) counts.set(key, { tag, count: 1 });
      else entry.count++;
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

export interface BookmarkFilter {
  /** Only bookmarks with this tag (letter case aside); null for all. */
  tag: string | null;
  /** Words that must each appear in the title, the note, a tag or the id (letter case aside). */
  text: string;
}

/** The bookmarks that pass a filter, in their order. */
export function filterBookmarks<T extends Bookmark>(bookmarks: readonly T[], filter: BookmarkFilter): readonly T[] {
  const tag = filter.tag?.toLocaleLowerCase() ?? null;
  const words = filter.text.toLocaleLowerCase().split(/\s+/u).filter(Boolean);
  if (tag === null && words.length === 0) return bookmarks;
  return bookmarks.filter((bookmark) => {
    if (tag !== null && !(bookmark.tags ?? []).some((t) => t.toLocaleLowerCase() === tag)) return false;
    if (words.length === 0) return true;
    const haystack = [
      bookmark.title,
      bookmark.card?.title ?? '',
      bookmark.note ?? '',
      bookmark.id,
      ...(bookmark.tags ?? []),
    ]
      .join('\n')
      .toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
