/**
 * The one place where untrusted text (what localStorage holds, an imported file) becomes
 * bookmarks (bookmarks.ts): the schemas of a bookmark and of the stored document, and the
 * recovery of what validates from a damaged or older value. A module of its own, with
 * valibot, so that a page loads it only when there is stored text to read.
 */
import * as v from 'valibot';
import { CardSchema, IsoDateSchema, PaperIdSchema } from '../../schema/digest.ts';
import {
  type Bookmark,
  type BookmarkData,
  BOOKMARKS_VERSION,
  EMPTY_BOOKMARKS,
  iso,
  isRecord,
  MAX_NOTE_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  normalizeBookmarks,
  OLDEST_VERSION,
} from './bookmarks.ts';

/** An ISO timestamp, normalised to `toISOString()` form so it compares and sorts as text. */
const TimestampSchema = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.check((value) => Number.isFinite(Date.parse(value))),
  v.transform((value) => new Date(value).toISOString()),
);

/** A tag as kept: trimmed, inner spaces single, no leading `#`, no comma (see `normalizeTags`). */
const TagSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(MAX_TAG_LENGTH),
  v.regex(/^[^\s,#](?:[^\S\n]?[^\s,])*$/u),
);
const NoteSchema = v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH));
const TagsSchema = v.pipe(v.array(TagSchema), v.maxLength(MAX_TAGS));

export const BookmarkCoreSchema = v.object({
  id: PaperIdSchema,
  title: v.pipe(v.string(), v.maxLength(2000)),
  /** The digest day it was saved from; null when unknown (recovered from an older format). */
  date: v.nullable(IsoDateSchema),
  savedAt: TimestampSchema,
});

/**
 * The reader's own words on a bookmark. Each field has the time it was last set, so that two
 * tabs editing the same bookmark settle on the later edit of each field. An empty note or
 * tag list is stored with its time: clearing is an edit too.
 */
export const BookmarkNotesSchema = v.object({
  note: v.optional(NoteSchema),
  noteAt: v.optional(TimestampSchema),
  tags: v.optional(TagsSchema),
  tagsAt: v.optional(TimestampSchema),
});

/** One saved paper: enough to list it even after it leaves the archive. */
export const BookmarkSchema = v.pipe(
  v.object({
    ...BookmarkCoreSchema.entries,
    ...BookmarkNotesSchema.entries,
    /** The card as it was when saved, so the list renders without fetching. */
    card: v.optional(CardSchema),
  }),
  v.check((bookmark) => bookmark.card === undefined || bookmark.card.id === bookmark.id, 'card of another paper'),
);

/** The stored document: version 2, or version 1 (the same without notes and tags). */
const StoredSchema = v.object({
  version: v.union([v.literal(BOOKMARKS_VERSION), v.literal(OLDEST_VERSION)]),
  bookmarks: v.array(BookmarkSchema),
  removed: v.optional(v.record(PaperIdSchema, TimestampSchema), {}),
});

export type ParsedBookmarks =
  /** Nothing stored yet. */
  | { status: 'empty'; data: BookmarkData }
  | { status: 'valid'; data: BookmarkData }
  /**
   * Not a valid version-1 value (hand-edited, an older or unknown version, truncated):
   * `data` holds what could be recovered, `dropped` counts the entries that could not be.
   */
  | { status: 'recovered'; data: BookmarkData; recovered: number; dropped: number };

/** Reads what localStorage holds. Never throws; anything not exactly valid is `recovered`. */
export function parseBookmarks(raw: string | null, now: number): ParsedBookmarks {
  if (raw === null) return { status: 'empty', data: EMPTY_BOOKMARKS };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { status: 'recovered', ...migrateBookmarks(salvageEntries(raw), now) };
  }
  const result = v.safeParse(StoredSchema, value);
  if (result.success) {
    const ids = new Set(result.output.bookmarks.map((b) => b.id));
    if (ids.size === result.output.bookmarks.length) {
      return {
        status: 'valid',
        data: normalizeBookmarks(result.output.bookmarks, Object.entries(result.output.removed)),
      };
    }
  }
  return { status: 'recovered', ...migrateBookmarks(value, now) };
}

/**
 * Recovers what validates from any earlier or unknown shape: a bare array of ids, an array
 * of `{ id, title }`, a document of another version, a version-1 document with bad entries.
 * Each entry keeps the fields that validate; an entry without a valid id is dropped.
 * Entries without a save time get `now`, a millisecond apart, in their original order.
 */
export function migrateBookmarks(
  value: unknown,
  now: number,
): { data: BookmarkData; recovered: number; dropped: number } {
  let entries: unknown[] = [];
  let removed: unknown = undefined;
  if (Array.isArray(value)) {
    entries = value;
  } else if (isRecord(value)) {
    if (Array.isArray(value.bookmarks)) entries = value.bookmarks;
    removed = value.removed;
  }
  const bookmarks: Bookmark[] = [];
  let dropped = 0;
  entries.forEach((entry, index) => {
    const bookmark = salvageBookmark(entry, iso(now - index));
    if (bookmark === null) dropped++;
    else bookmarks.push(bookmark);
  });
  const tombstones: [string, string][] = [];
  if (isRecord(removed)) {
    for (const [id, at] of Object.entries(removed)) {
      const idResult = v.safeParse(PaperIdSchema, id);
      const atResult = v.safeParse(TimestampSchema, at);
      if (idResult.success && atResult.success) tombstones.push([idResult.output, atResult.output]);
    }
  }
  const data = normalizeBookmarks(bookmarks, tombstones);
  return { data, recovered: data.bookmarks.length, dropped };
}

function salvageBookmark(entry: unknown, fallbackSavedAt: string): Bookmark | null {
  if (typeof entry === 'string') {
    const id = v.safeParse(PaperIdSchema, entry);
    return id.success ? { id: id.output, title: id.output, date: null, savedAt: fallbackSavedAt } : null;
  }
  if (!isRecord(entry)) return null;
  const id = v.safeParse(PaperIdSchema, entry.id);
  if (!id.success) return null;
  const card = v.safeParse(CardSchema, entry.card);
  const snapshot = card.success && card.output.id === id.output ? card.output : undefined;
  const title = v.safeParse(BookmarkCoreSchema.entries.title, entry.title);
  const date = v.safeParse(IsoDateSchema, entry.date);
  const savedAt = v.safeParse(TimestampSchema, entry.savedAt);
  const bookmark: Bookmark = {
    id: id.output,
    title: title.success && title.output !== '' ? title.output : (snapshot?.title ?? id.output),
    date: date.success ? date.output : (snapshot?.date ?? null),
    savedAt: savedAt.success ? savedAt.output : fallbackSavedAt,
  };
  if (snapshot !== undefined) bookmark.card = snapshot;
  const notes = v.safeParse(BookmarkNotesSchema, entry);
  if (notes.success) Object.assign(bookmark, withoutUndefined(notes.output));
  return bookmark;
}

export function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

/**
 * The complete bookmark objects of a text that is not JSON any more (typically cut short):
 * every balanced `{…}` that parses and has at least an id and a save time.
 */
function salvageEntries(raw: string): unknown[] {
  const found: unknown[] = [];
  const starts: number[] = [];
  let inString = false;
  let escaped = false;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{') {
      starts.push(i);
    } else if (char === '}') {
      const start = starts.pop();
      if (start === undefined) continue;
      try {
        const value: unknown = JSON.parse(raw.slice(start, i + 1));
        if (isRecord(value) && v.is(PaperIdSchema, value.id) && v.is(TimestampSchema, value.savedAt)) {
          found.push(value);
        }
      } catch {
        // Not a whole object: skip it.
      }
    }
  }
  return found;
}
