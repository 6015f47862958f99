/**
 * A folder of digest files → the archive: every file found, parsed, and the files of one
 * date merged into one day. Problems from every file are collected, never stopped at.
 */
import { existsSync, realpathSync } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Block, Lang } from '../../schema/digest.ts';
import type { DigestRecord, FileRecord, PaperRecord, TextRecord } from '../parse/digest-record.ts';
import { KeyTable, TermCounter } from '../search/term-counter.ts';
import type { Problem } from '../parse/parse-digest.ts';

export interface ArchivePaper {
  id: string;
  rank: number;
  upvotes: number;
  title: string;
  /** Absolute path of the thumbnail as referenced, whether or not it exists. */
  thumbnail: string | null;
  texts: Record<Lang, TextRecord>;
}

export interface ArchiveDay {
  date: string;
  top: number;
  langs: Lang[];
  intro: Record<Lang, Block[]>;
  papers: ArchivePaper[];
  files: string[];
}

export interface Archive {
  dir: string;
  files: string[];
  days: ArchiveDay[];
  problems: Problem[];
  warnings: Problem[];
  /** Per file, for reports: date, language, papers. */
  parsed: DigestRecord[];
}

const DIGEST_EXT = /\.(?:md|markdown|txt)$/i;
const NOT_A_DIGEST = /^(?:readme|license|licence|changelog|contributing)(?:\.|$)/i;

export interface FolderListing {
  /**
   * Every digest file below the folder, sorted; READMEs, dot-files and dot-folders skipped.
   * Symbolic links are followed, each folder read once: a link to a folder already read (a
   * loop, or a second way in) is not followed again.
   */
  digests: string[];
  /** Whether a file (absolute path) exists: from the listing where it can tell, else asked. */
  exists: (file: string) => boolean;
  /**
   * Whether a file (absolute path) is inside the folder, its links resolved: inside it or a
   * linked folder read with it. Only such images are published.
   */
  inside: (file: string) => boolean;
}

const fold = (file: string) => file.normalize('NFC').toLowerCase();

/** Whether `a` is `b` or inside it, or the other way round. */
function overlaps(a: string, b: string): boolean {
  const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer + path.sep);
  return within(a, b) || within(b, a);
}

export async function listFolder(dir: string): Promise<FolderListing> {
  const digests: string[] = [];
  const listed = new Set<string>();
  let links = false;
  const read = [await realpath(dir)];
  const folders = [dir];
  for (const folder of folders) {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    const linkedFolders: string[] = [];
    for (const entry of entries) {
      if (entry.isDirectory()) continue;
      const full = path.join(entry.parentPath, entry.name);
      listed.add(path.resolve(full));
      const rel = path.relative(dir, full);
      if (rel.split(path.sep).some((part) => part.startsWith('.') || part === 'node_modules')) continue;
      let file = entry.isFile();
      if (entry.isSymbolicLink()) {
        links = true;
        const target = await stat(full).catch(() => null); // a broken link is no file
        if (target?.isDirectory()) linkedFolders.push(full);
        file = target?.isFile() ?? false;
      }
      if (!file || !DIGEST_EXT.test(entry.name) || NOT_A_DIGEST.test(entry.name)) continue;
      digests.push(full);
    }
    for (const linked of linkedFolders.sort()) {
      const real = await realpath(linked);
      if (read.some((done) => overlaps(real, done))) continue;
      read.push(real);
      folders.push(linked);
    }
  }
  // Most thumbnails are absent, and asking the file system about each costs more than the
  // rest of a build after adding a day. The listing answers for the folder, but not through a
  // symbolic link, nor for a name that differs from a listed one only in case or Unicode form
  // (a case-insensitive file system would find it): those are asked.
  const base = path.resolve(dir);
  const within = (file: string, folder: string) => file.startsWith(folder + path.sep);
  const folded = new Set([...listed].map(fold));
  const exists = (file: string) =>
    listed.has(file) || ((links || !within(file, base) || folded.has(fold(file))) && existsSync(file));
  // Without links in the folder, a path inside it is what it says; with them, it is resolved
  // (an absent file has nothing to publish).
  const inside = (file: string) => {
    if (!within(file, base)) return false;
    if (!links) return true;
    let real: string;
    try {
      real = realpathSync(file);
    } catch {
      return true;
    }
    return read.some((folder) => within(real, folder));
  };
  return { digests: digests.sort(), exists, inside };
}

/** Every digest file below `dir`, sorted; READMEs, dot-files and dot-folders skipped. */
export async function findDigestFiles(dir: string): Promise<string[]> {
  return (await listFolder(dir)).digests;
}

/** ko first (the authors' language, whose rank and upvotes win), then the rest by name. */
export function compareLangs(a: Lang, b: Lang): number {
  if (a === b) return 0;
  if (a === 'ko') return -1;
  if (b === 'ko') return 1;
  return a < b ? -1 : 1;
}

/**
 * The files of one date → one day: papers matched by id, the primary file's rank and upvotes
 * win. `thumbnail` gives a paper's image as the absolute path to publish, or null.
 */
export function mergeDay(
  digests: readonly DigestRecord[],
  thumbnail: (d: DigestRecord, paper: PaperRecord) => string | null,
): ArchiveDay {
  const ordered = [...digests].sort((a, b) => compareLangs(a.lang, b.lang));
  const primary = ordered[0];
  if (primary === undefined) throw new Error('mergeDay needs at least one digest');
  const papers = new Map<string, ArchivePaper>();
  const primaryIds = new Set(primary.papers.map((p) => p.id));
  const inPrimary = (paper: ArchivePaper) => (primaryIds.has(paper.id) ? 0 : 1);
  const intro: Record<Lang, Block[]> = {};
  for (const digest of ordered) {
    if (digest.intro.length > 0) intro[digest.lang] = digest.intro;
    for (const parsed of digest.papers) {
      const text = parsed.text;
      const image = thumbnail(digest, parsed);
      const existing = papers.get(parsed.id);
      if (existing) {
        existing.texts[digest.lang] = text;
        existing.thumbnail ??= image;
      } else {
        papers.set(parsed.id, {
          id: parsed.id,
          rank: parsed.rank,
          upvotes: parsed.upvotes,
          title: parsed.title,
          thumbnail: image,
          texts: { [digest.lang]: text },
        });
      }
    }
  }
  return {
    date: primary.date,
    top: primary.top ?? primary.papers.length,
    langs: ordered.map((d) => d.lang),
    intro,
    // Papers only in a secondary file come after the primary's, whatever their rank there.
    papers: [...papers.values()].sort((a, b) => inPrimary(a) - inPrimary(b) || a.rank - b.rank),
    files: ordered.map((d) => d.file),
  };
}

/**
 * A relative path that `path.resolve` would only append: plain segments, none `.` or `..`, no
 * percent escapes, query or fragment. Nearly every thumbnail is one, and ten years of them
 * cost a build after adding a day some tens of milliseconds through `resolveThumbnail`'s
 * general way.
 */
const PLAIN_PATH = /^(?!\.\.?(?:\/|$))[\w-][\w.-]*(?:\/(?!\.\.?(?:\/|$))[\w.-]+)*$/;
/** Folders that are already absolute and normalised (`path.resolve` gives them back as they are). */
const resolvedDirs = new Map<string, boolean>();

function resolveThumbnail(dir: string, ref: string): string | null {
  if (path.sep === '/' && PLAIN_PATH.test(ref)) {
    let resolved = resolvedDirs.get(dir);
    if (resolved === undefined) resolvedDirs.set(dir, (resolved = dir !== '/' && path.resolve(dir) === dir));
    if (resolved) return `${dir}/${ref}`;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) return null; // remote: never fetched
  let decoded = ref;
  try {
    decoded = decodeURIComponent(ref);
  } catch {
    // keep it as written
  }
  return path.resolve(dir, decoded.split(/[?#]/)[0] ?? decoded);
}

/** A file's record, and the file (absolute). */
export interface ParsedFile extends FileRecord {
  file: string;
}

/**
 * Groups parsed files by date and merges each group; same date and language twice is a
 * problem. A thumbnail outside the folder (`inside`, by default by its path alone) is not
 * published, with a warning.
 */
export function assembleArchive(
  dir: string,
  parsedFiles: readonly ParsedFile[],
  inside: (file: string) => boolean = (file) => file.startsWith(path.resolve(dir) + path.sep),
): Archive {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const byDate = new Map<string, DigestRecord[]>();
  const absolute = new Map<DigestRecord, string>();
  const parsed: DigestRecord[] = [];
  for (const result of parsedFiles) {
    problems.push(...result.problems);
    warnings.push(...result.warnings);
    const digest = result.digest;
    if (digest === null) continue;
    absolute.set(digest, result.file);
    parsed.push(digest);
    const group = byDate.get(digest.date) ?? [];
    const twin = group.find((d) => d.lang === digest.lang);
    if (twin) {
      problems.push({
        file: digest.file,
        line: 1,
        message: `expected one digest per date and language, but ${twin.file} is also ${digest.date} in "${digest.lang}"`,
      });
      continue;
    }
    group.push(digest);
    byDate.set(digest.date, group);
  }
  const thumbnail = (digest: DigestRecord, paper: PaperRecord) => {
    if (paper.thumbnail === null) return null;
    const image = resolveThumbnail(path.dirname(absolute.get(digest) ?? dir), paper.thumbnail);
    if (image === null || inside(image)) return image;
    warnings.push({
      file: digest.file,
      line: paper.line,
      message: `the thumbnail of "${paper.title}" is outside the digest folder, so it is not published (a drawn cover is shown): ${paper.thumbnail}`,
    });
    return null;
  };
  const days = [...byDate.values()]
    .map((group) => mergeDay(group, thumbnail))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { dir, files: parsedFiles.map((f) => f.file), days, problems, warnings, parsed };
}

/** File names in reports: relative to the working directory (`cwd`), as compilers print them. */
export function displayPath(file: string, cwd = process.cwd()): string {
  return path.relative(cwd, file) || file;
}

/** Parses a folder in this thread, without a cache: the archive without the build around it. */
export async function loadArchive(dir: string): Promise<Archive> {
  const { recordDigest } = await import('../parse/digest-record.ts');
  const { digests: files, inside } = await listFolder(dir);
  const counter = new TermCounter(new KeyTable());
  const parsedFiles: ParsedFile[] = [];
  for (const file of files) {
    parsedFiles.push({ file, ...recordDigest(await readFile(file), displayPath(file), counter) });
  }
  return assembleArchive(dir, parsedFiles, inside);
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}
