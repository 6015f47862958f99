/**
 * What an import does to the stored bookmarks, as a pure function of what is stored when it
 * runs: the preview runs it on what is stored now, and Apply again on what is stored then
 * (another tab may have changed it meanwhile).
 */
import { type ImportResult, importBookmarks } from '../bookmark-files.ts';
import { cleanNote } from '../bookmark-notes.ts';
import { type Bookmark, type BookmarkData, iso, time } from '../bookmarks.ts';
import type { ArchivedPaper } from './look-up-papers.ts';
import type { Reference } from './reference.ts';

/** A title as long as a stored one may be. */
const MAX_TITLE = 2000;

export interface ResolvedReference extends Reference {
  /** What the archive says of it; null when the archive does not have it. */
  archived: ArchivedPaper | null;
}

/**
 * Adds the papers of a reference file (BibTeX, a list of ids) to `base`, never removing
 * anything. A new paper is saved with the archive's title and newest day, or, when the
 * archive does not have it, under its id with the file's title and no day; the file's order
 * is kept as the order of saving (its first paper newest). The file's note and tags go to a
 * paper only where it has none yet: a reader's own words are never replaced by a file's.
 */
export function importReferences(
  base: BookmarkData,
  references: readonly ResolvedReference[],
  now: number,
): ImportResult {
  const saved = new Map(base.bookmarks.map((b) => [b.id, b]));
  const incoming = references.map((reference, index): Bookmark => {
    const mine = saved.get(reference.id);
    const savedAt = iso(now - index);
    const bookmark: Bookmark = {
      id: reference.id,
      title: (reference.archived?.title ?? reference.title ?? reference.id).slice(0, MAX_TITLE),
      date: reference.archived?.date ?? null,
      savedAt,
    };
    if (reference.note !== undefined && (mine?.note ?? '') === '') {
      bookmark.note = cleanNote(reference.note);
      bookmark.noteAt = mine === undefined ? savedAt : laterThan(mine, mine.noteAt, now);
    }
    if (reference.tags !== undefined && (mine?.tags ?? []).length === 0) {
      bookmark.tags = reference.tags;
      bookmark.tagsAt = mine === undefined ? savedAt : laterThan(mine, mine.tagsAt, now);
    }
    return bookmark;
  });
  return importBookmarks(base, incoming, now);
}

/** An edit time that wins over the last edit of a saved paper's field (see `withLaterNotes`). */
function laterThan(mine: Bookmark, editedAt: string | undefined, now: number): string {
  return iso(Math.max(now, time(mine.savedAt), editedAt === undefined ? -Infinity : time(editedAt) + 1));
}
