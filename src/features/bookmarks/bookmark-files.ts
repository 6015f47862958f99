/**
 * The export file (the reader's data in one JSON file) and reading one back: what only the
 * bookmarks page needs, kept apart from bookmarks.ts, which every page loads.
 */
import * as v from 'valibot';
import { parseReadExport } from '../../lib/read-state-validation.ts';
import { CardSchema } from '../../schema/digest.ts';
import { BookmarkCoreSchema, BookmarkNotesSchema, withoutUndefined } from './bookmark-validation.ts';
import {
  type Bookmark,
  type BookmarkData,
  BOOKMARKS_VERSION,
  iso,
  isRecord,
  normalizeBookmarks,
  OLDEST_VERSION,
  time,
  toJson,
  withLaterNotes,
} from './bookmarks.ts';

export interface ImportResult {
  data: BookmarkData;
  added: number;
  /** Already saved here, given the file's note or tags where those were edited later. */
  updated: number;
  /** Already saved here: kept as they are. */
  existing: number;
}

/**
 * Adds the bookmarks of a file to what is there: never removes anything. A paper removed
 * here after the file was made comes back (importing is an explicit wish), with a `savedAt`
 * later than its removal so that other tabs agree. A paper saved here keeps its own note
 * and tags unless the file's were edited later.
 */
export function importBookmarks(data: BookmarkData, incoming: readonly Bookmark[], now: number): ImportResult {
  const fresh: Bookmark[] = [];
  const saved = new Map(data.bookmarks.map((b) => [b.id, b]));
  const changed = new Map<string, Bookmark>();
  const seen = new Set<string>();
  let existing = 0;
  for (const bookmark of incoming) {
    if (seen.has(bookmark.id)) continue;
    seen.add(bookmark.id);
    const mine = saved.get(bookmark.id);
    if (mine !== undefined) {
      const merged = withLaterNotes(mine, { ...bookmark, savedAt: mine.savedAt });
      if (merged === mine) existing++;
      else changed.set(mine.id, merged);
      continue;
    }
    const tombstone = data.removed.get(bookmark.id);
    const savedAt =
      tombstone !== undefined && tombstone >= bookmark.savedAt
        ? iso(Math.max(now, time(tombstone) + 1))
        : bookmark.savedAt;
    fresh.push(restamp({ ...bookmark, savedAt }));
  }
  if (fresh.length === 0 && changed.size === 0) return { data, added: 0, updated: 0, existing };
  const kept = data.bookmarks.map((b) => changed.get(b.id) ?? b);
  return {
    data: normalizeBookmarks([...kept, ...fresh], data.removed),
    added: fresh.length,
    updated: changed.size,
    existing,
  };
}

/** A bookmark whose note and tags were set before it was saved (a file made so): set when it was saved. */
function restamp(bookmark: Bookmark): Bookmark {
  const next = { ...bookmark };
  if (next.noteAt !== undefined && next.noteAt < next.savedAt) next.noteAt = next.savedAt;
  if (next.tagsAt !== undefined && next.tagsAt < next.savedAt) next.tagsAt = next.savedAt;
  return next;
}

/**
 * An export, the reader's data in one file: the bookmarks in the stored format without the
 * removals, and the read marks (`read`, see `exportReadState`) when there are any. Readable
 * and dated. An app that knows only bookmarks imports the bookmarks and ignores `read`.
 */
export function serializeExport(data: BookmarkData, now: Date, read: Readonly<Record<string, string>> = {}): string {
  const file = { version: BOOKMARKS_VERSION, exportedAt: now.toISOString(), bookmarks: data.bookmarks.map(toJson) };
  return `${JSON.stringify(Object.keys(read).length > 0 ? { ...file, read } : file, null, 2)}\n`;
}

/** `daily-papers-bookmarks-2026-01-29.json`, in the reader's own calendar day. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `daily-papers-bookmarks-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export type ImportFileError =
  | { kind: 'notJson' }
  | { kind: 'notBookmarks' }
  | { kind: 'newerVersion'; version: number }
  /** `entry` counts from 1. */
  | { kind: 'damaged'; entry: number }
  /** The file's read marks are not days and their marks. */
  | { kind: 'damagedRead' };

/** How many entries `parseImportFile` checks between two pauses: some tens of milliseconds. */
export const IMPORT_SLICE = 5000;

/** Told how far a check got; what it returns is awaited before the check goes on. */
export type ImportPause = (checked: number, total: number) => Promise<void>;

/**
 * Reads an export. All or nothing: a file that is not one, with any entry missing its id,
 * title, date or save time, or with read marks that are not days and their marks, is
 * rejected as a whole. Only a card snapshot that does not
 * validate (from an app of another shape) is dropped, since the list works without it.
 *
 * Every `IMPORT_SLICE` entries it awaits `pause`, with which a caller shows how far it got
 * and lets the page answer in between: the largest file takes a second or more.
 */
export async function parseImportFile(
  text: string,
  pause: ImportPause = () => Promise.resolve(),
): Promise<
  { ok: true; bookmarks: Bookmark[]; read?: ReadonlyMap<string, string> } | { ok: false; error: ImportFileError }
> {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: { kind: 'notJson' } };
  }
  if (!isRecord(value) || !Array.isArray(value.bookmarks)) return { ok: false, error: { kind: 'notBookmarks' } };
  if (typeof value.version === 'number' && value.version > BOOKMARKS_VERSION) {
    return { ok: false, error: { kind: 'newerVersion', version: value.version } };
  }
  if (value.version !== BOOKMARKS_VERSION && value.version !== OLDEST_VERSION) {
    return { ok: false, error: { kind: 'notBookmarks' } };
  }
  // Exports made before read marks joined them have no `read`.
  const read = value.read === undefined ? undefined : parseReadExport(value.read);
  if (read === null) return { ok: false, error: { kind: 'damagedRead' } };
  const entries: unknown[] = value.bookmarks;
  const bookmarks: Bookmark[] = [];
  for (const [index, entry] of entries.entries()) {
    if (index > 0 && index % IMPORT_SLICE === 0) await pause(index, entries.length);
    const core = v.safeParse(BookmarkCoreSchema, entry);
    const notes = v.safeParse(BookmarkNotesSchema, entry);
    if (!core.success || !notes.success) return { ok: false, error: { kind: 'damaged', entry: index + 1 } };
    const bookmark: Bookmark = { ...core.output, ...withoutUndefined(notes.output) };
    const card = isRecord(entry) ? v.safeParse(CardSchema, entry.card) : null;
    if (card?.success && card.output.id === bookmark.id) bookmark.card = card.output;
    bookmarks.push(bookmark);
  }
  return read === undefined ? { ok: true, bookmarks } : { ok: true, bookmarks, read };
}
