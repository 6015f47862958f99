/**
 * An import up to its preview: the file read, its format told from its text, its papers
 * checked (and, for a reference file, looked up in the archive), and what applying it would
 * do to what is stored now. Nothing is changed here. The bookmarks page loads this module
 * when a file is first chosen, with the parsers it brings.
 */
import { type ReadData, importReadState } from '../../../lib/read-state.ts';
import {
  type ImportFileError,
  type ImportPause,
  type ImportResult,
  importBookmarks,
  parseImportFile,
} from '../bookmark-files.ts';
import { type BookmarkData, MAX_IMPORT_BYTES } from '../bookmarks.ts';
import { type FetchPaper, lookUpPapers } from './look-up-papers.ts';
import { importReferences } from './plan-import.ts';
import { looksLikeBibtex, readBibtex } from './read-bibtex.ts';
import { readIdList } from './read-id-list.ts';
import type { ReferenceList } from './reference.ts';

export type ImportFormat = 'backup' | 'bibtex' | 'ids';

/** The most papers a reference file may name: each new one is looked up in the archive. */
export const MAX_REFERENCES = 2000;

export type ImportError =
  | ImportFileError
  | { kind: 'tooLarge' }
  | { kind: 'unreadable' }
  | { kind: 'empty' }
  /** Not text: an image, an archive, a document of a word processor. */
  | { kind: 'notText' }
  | { kind: 'noPapers'; format: 'bibtex' | 'ids' }
  | { kind: 'tooManyPapers'; max: number }
  /** The archive could not be reached to look the papers up (offline, a failed request). */
  | { kind: 'lookupFailed' };

export interface ImportPreview {
  format: ImportFormat;
  /** Bookmarks the import adds, updates (note or tags) and finds already saved as they are. */
  added: number;
  updated: number;
  existing: number;
  /** Of those added, the papers this archive does not have: kept under their id. */
  notInArchive: number;
  /** Entries or lines of a reference file that name no paper: skipped. */
  unreadable: number;
  /** Whether a reference file brings notes or tags (which go only where there are none). */
  withNotes: boolean;
  /** Papers a backup marks read that are not read here. */
  read: number;
  /** The read marks of a backup, to import with it. */
  readMarks?: ReadonlyMap<string, string>;
  /** What applying the import does to what is stored when it runs. */
  merge: (base: BookmarkData, at: number) => ImportResult;
}

export type ImportProgress =
  /** Entries of a BibTeX file read. */
  | { kind: 'reading'; read: number; total: number }
  | { kind: 'checking'; checked: number; total: number }
  | { kind: 'lookingUp'; done: number; total: number };

export interface PrepareOptions {
  /** What is stored now, for the preview's counts. */
  data: BookmarkData;
  readData: ReadData;
  now: number;
  fetchPaper: FetchPaper;
  /** Told how far a long check got; what it returns is awaited before the check goes on. */
  onProgress: (progress: ImportProgress) => Promise<void>;
}

type Prepared = { ok: true; preview: ImportPreview } | { ok: false; error: ImportError };

/** Control characters of no text format, or what a decoder puts for bytes that are not UTF-8. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for.
const NOT_TEXT = /[\u0000-\u0008\u000E-\u001A\uFFFD]/;

export async function prepareImport(file: File, options: PrepareOptions): Promise<Prepared> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: { kind: 'tooLarge' } };
  let text: string;
  try {
    text = (await file.text()).replace(/^\uFEFF/, '');
  } catch {
    return { ok: false, error: { kind: 'unreadable' } };
  }
  if (text.trim() === '') return { ok: false, error: { kind: 'empty' } };
  if (NOT_TEXT.test(text)) return { ok: false, error: { kind: 'notText' } };
  if (/^\s*[{[]/.test(text)) return prepareBackup(text, options);
  const bibtex = looksLikeBibtex(text) || /\.bib$/i.test(file.name);
  const list = bibtex
    ? await readBibtex(text, (read, total) => options.onProgress({ kind: 'reading', read, total }))
    : readIdList(text);
  return prepareReferences(bibtex ? 'bibtex' : 'ids', list, options);
}

async function prepareBackup(text: string, { data, readData, now, onProgress }: PrepareOptions): Promise<Prepared> {
  const pause: ImportPause = (checked, total) => onProgress({ kind: 'checking', checked, total });
  const parsed = await parseImportFile(text, pause);
  if (!parsed.ok) return parsed;
  const { bookmarks, read } = parsed;
  await onProgress({ kind: 'checking', checked: bookmarks.length, total: bookmarks.length });
  const merge = (base: BookmarkData, at: number) => importBookmarks(base, bookmarks, at);
  const { data: _, ...counts } = merge(data, now);
  const preview: ImportPreview = {
    format: 'backup',
    ...counts,
    notInArchive: 0,
    unreadable: 0,
    withNotes: false,
    read: read === undefined ? 0 : importReadState(readData, read, now).added,
    merge,
  };
  if (read !== undefined) preview.readMarks = read;
  return { ok: true, preview };
}

async function prepareReferences(
  format: 'bibtex' | 'ids',
  { references, unreadable }: ReferenceList,
  { data, now, fetchPaper, onProgress }: PrepareOptions,
): Promise<Prepared> {
  if (references.length === 0) return { ok: false, error: { kind: 'noPapers', format } };
  const ids = [...new Set(references.map((r) => r.id))];
  if (ids.length > MAX_REFERENCES) return { ok: false, error: { kind: 'tooManyPapers', max: MAX_REFERENCES } };
  // A paper saved here keeps its title and day: only the others are looked up.
  const saved = new Set(data.bookmarks.map((b) => b.id));
  const unsaved = ids.filter((id) => !saved.has(id));
  let archived;
  try {
    archived = await lookUpPapers(unsaved, fetchPaper, (done, total) => {
      void onProgress({ kind: 'lookingUp', done, total });
    });
  } catch {
    return { ok: false, error: { kind: 'lookupFailed' } };
  }
  const resolved = references.map((reference) => ({ ...reference, archived: archived.get(reference.id) ?? null }));
  const merge = (base: BookmarkData, at: number) => importReferences(base, resolved, at);
  const { data: _, ...counts } = merge(data, now);
  const notInArchive = unsaved.filter((id) => archived.get(id) === null).length;
  const withNotes = references.some((r) => r.note !== undefined || r.tags !== undefined);
  return { ok: true, preview: { format, ...counts, notInArchive, unreadable, withNotes, read: 0, merge } };
}
