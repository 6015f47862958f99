/**
 * Bookmarks as data: pure functions over an immutable value, and the format they are stored
 * in. No DOM, no storage, no clock: the time is always an argument. Reading untrusted text
 * (what localStorage holds, an imported file) into that value is bookmark-validation.ts's
 * job, which loads with valibot only when there is such text to read.
 *
 * Every id is either saved (a bookmark with `savedAt`) or removed (a tombstone holding the
 * time of removal), and the later of the two wins. That makes `mergeBookmarks` commutative
 * and idempotent, so two tabs, or a tab and what it reads back from storage, always settle
 * on the last thing the user did, whatever order their writes land in.
 */
import type * as v from 'valibot';
import type { Card } from '../../schema/digest.ts';
import type { BookmarkSchema } from './bookmark-validation.ts';

/** The localStorage key; the format's version is inside the value. */
export const BOOKMARKS_KEY = 'daily-papers:bookmarks';
export const BOOKMARKS_VERSION = 2;
/** Version 1 had no notes or tags: its values and files read as they are. */
export const OLDEST_VERSION = 1;
/** A damaged value is kept aside as `daily-papers:bookmarks:backup:<ISO time>`. */
export const BACKUP_KEY_PREFIX = `${BOOKMARKS_KEY}:backup:`;
/** How long a removal is remembered: long enough for any tab left open to catch up. */
export const TOMBSTONE_TTL_MS = 90 * 24 * 60 * 60 * 1000;
export const MAX_TOMBSTONES = 1000;
/** An export is a few hundred bytes per bookmark; anything much larger is not one. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** A note is a few lines, not a paper of its own. */
export const MAX_NOTE_LENGTH = 4000;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

/** One saved paper (see `BookmarkSchema`). */
export type Bookmark = v.InferOutput<typeof BookmarkSchema>;

/** What a toggle knows about a paper; the store adds `savedAt`. */
export type BookmarkInput = Omit<Bookmark, 'savedAt'>;

export interface BookmarkData {
  /** Newest saved first, one per id. */
  bookmarks: readonly Bookmark[];
  /** Id → when it was removed, so that a stale tab cannot bring it back. Sorted by id. */
  removed: ReadonlyMap<string, string>;
}

export const EMPTY_BOOKMARKS: BookmarkData = Object.freeze({ bookmarks: Object.freeze([]), removed: new Map() });

export const time = (iso: string) => Date.parse(iso);
export const iso = (ms: number) => new Date(ms).toISOString();

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function newestFirst(a: Bookmark, b: Bookmark): number {
  return b.savedAt < a.savedAt ? -1 : b.savedAt > a.savedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The canonical value: one bookmark per id (the latest save), the latest tombstone per id,
 * and of a bookmark and a tombstone for the same id only the later one (a tie keeps the
 * bookmark: never lose a paper).
 */
export function normalizeBookmarks(
  bookmarks: Iterable<Bookmark>,
  removed: Iterable<readonly [string, string]>,
): BookmarkData {
  const saved = new Map<string, Bookmark>();
  for (const bookmark of bookmarks) {
    const previous = saved.get(bookmark.id);
    if (previous === undefined) {
      saved.set(bookmark.id, bookmark);
    } else if (
      bookmark.savedAt > previous.savedAt ||
      (bookmark.savedAt === previous.savedAt && bookmark.card !== undefined && previous.card === undefined)
    ) {
      saved.set(bookmark.id, withLaterNotes(bookmark, previous));
    } else {
      saved.set(bookmark.id, withLaterNotes(previous, bookmark));
    }
  }
  const tombstones = new Map<string, string>();
  for (const [id, at] of removed) {
    const previous = tombstones.get(id);
    if (previous === undefined || at > previous) tombstones.set(id, at);
  }
  for (const [id, at] of tombstones) {
    const bookmark = saved.get(id);
    if (bookmark === undefined) continue;
    if (at > bookmark.savedAt) saved.delete(id);
    else tombstones.delete(id);
  }
  return {
    bookmarks: [...saved.values()].sort(newestFirst),
    removed: new Map([...tombstones].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

/**
 * `kept` with each of the note and the tags of `other` that were set later. An edit made
 * before `kept` was saved belongs to an earlier save of the paper (removed since) and is not
 * brought back. Returns `kept` itself when nothing changes.
 */
export function withLaterNotes(kept: Bookmark, other: Bookmark): Bookmark {
  const note =
    other.noteAt !== undefined &&
    other.noteAt >= kept.savedAt &&
    (kept.noteAt === undefined || other.noteAt > kept.noteAt);
  const tags =
    other.tagsAt !== undefined &&
    other.tagsAt >= kept.savedAt &&
    (kept.tagsAt === undefined || other.tagsAt > kept.tagsAt);
  if (!note && !tags) return kept;
  const next = { ...kept };
  if (note) {
    next.note = other.note ?? '';
    next.noteAt = other.noteAt;
  }
  if (tags) {
    next.tags = other.tags ?? [];
    next.tagsAt = other.tagsAt;
  }
  return next;
}

function isEmpty(data: BookmarkData): boolean {
  return data.bookmarks.length === 0 && data.removed.size === 0;
}

export function hasBookmark(data: BookmarkData, id: string): boolean {
  return data.bookmarks.some((bookmark) => bookmark.id === id);
}

/** Saves a paper; a paper already saved is left as it is (no duplicates). */
export function addBookmark(data: BookmarkData, input: BookmarkInput, now: number): BookmarkData {
  if (hasBookmark(data, input.id)) return data;
  const tombstone = data.removed.get(input.id);
  // Later than its removal even within the same millisecond: the latest action wins.
  const at = tombstone === undefined ? now : Math.max(now, time(tombstone) + 1);
  const bookmark: Bookmark = { id: input.id, title: input.title, date: input.date, savedAt: iso(at) };
  if (input.card?.id === input.id) bookmark.card = input.card;
  return normalizeBookmarks([bookmark, ...data.bookmarks], data.removed);
}

/** Removes a paper and remembers when, so a tab that still has it cannot resurrect it. */
export function removeBookmark(data: BookmarkData, id: string, now: number): BookmarkData {
  const bookmark = data.bookmarks.find((b) => b.id === id);
  if (bookmark === undefined) return data;
  const at = Math.max(now, time(bookmark.savedAt) + 1);
  return normalizeBookmarks(data.bookmarks, [...data.removed, [id, iso(at)]]);
}

export function setBookmarked(data: BookmarkData, input: BookmarkInput, on: boolean, now: number): BookmarkData {
  return on ? addBookmark(data, input, now) : removeBookmark(data, input.id, now);
}

export function toggleBookmark(data: BookmarkData, input: BookmarkInput, now: number): BookmarkData {
  return setBookmarked(data, input, !hasBookmark(data, input.id), now);
}

/** Both sides' knowledge, per id the latest action. Order-independent: `merge(a, b)` equals `merge(b, a)`. */
export function mergeBookmarks(a: BookmarkData, b: BookmarkData): BookmarkData {
  // Both are canonical already: merging with itself or with nothing changes nothing.
  if (a === b || isEmpty(b)) return a;
  if (isEmpty(a)) return b;
  return normalizeBookmarks([...a.bookmarks, ...b.bookmarks], [...a.removed, ...b.removed]);
}

/** Forgets removals older than the TTL, and all but the newest `MAX_TOMBSTONES`. */
export function pruneRemoved(data: BookmarkData, now: number): BookmarkData {
  const cutoff = iso(now - TOMBSTONE_TTL_MS);
  const kept = [...data.removed].filter(([, at]) => at >= cutoff);
  if (kept.length === data.removed.size && kept.length <= MAX_TOMBSTONES) return data;
  const newest = kept.sort(([, a], [, b]) => (a < b ? 1 : a > b ? -1 : 0)).slice(0, MAX_TOMBSTONES);
  return normalizeBookmarks(data.bookmarks, newest);
}

export type BookmarkSort = 'saved' | 'date' | 'upvotes';

/** `?sort=` of the bookmarks page: newest saved first unless it says `date` or `upvotes`. */
export function parseBookmarkSort(value: string | null): BookmarkSort {
  return value === 'upvotes' || value === 'date' ? value : 'saved';
}

/**
 * Newest saved first, newest digest day first, or most upvoted first (a bookmark without a
 * day or a card snapshot goes last); ties keep newest saved first. Returns a new array.
 */
export function sortBookmarks<
  T extends Pick<Bookmark, 'id' | 'savedAt'> & { date?: string | null; card?: Pick<Card, 'upvotes'> },
>(bookmarks: readonly T[], order: BookmarkSort): T[] {
  const bySaved = (a: T, b: T) =>
    b.savedAt < a.savedAt ? -1 : b.savedAt > a.savedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  const upvotes = (b: T) => b.card?.upvotes ?? -1;
  const date = (b: T) => b.date ?? '';
  const compare =
    order === 'upvotes'
      ? (a: T, b: T) => upvotes(b) - upvotes(a) || bySaved(a, b)
      : order === 'date'
        ? (a: T, b: T) => (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : bySaved(a, b))
        : bySaved;
  return [...bookmarks].sort(compare);
}

// ---------------------------------------------------------------------------------------
// Storage format.

/** A bookmark's fields in a fixed order, without those it does not have. Written out: it runs for every bookmark on every change. */
export function toJson(bookmark: Bookmark) {
  const { id, title, date, savedAt, note, noteAt, tags, tagsAt, card } = bookmark;
  const json: Partial<Bookmark> = { id, title, date, savedAt };
  if (note !== undefined) json.note = note;
  if (noteAt !== undefined) json.noteAt = noteAt;
  if (tags !== undefined) json.tags = tags;
  if (tagsAt !== undefined) json.tagsAt = tagsAt;
  if (card !== undefined) json.card = card;
  return json;
}

/** The stored value. `parseBookmarks(serializeBookmarks(d))` gives back `d`. */
export function serializeBookmarks(data: BookmarkData): string {
  return JSON.stringify({
    version: BOOKMARKS_VERSION,
    bookmarks: data.bookmarks.map(toJson),
    removed: Object.fromEntries(data.removed),
  });
}
