/**
 * A folder of digest files → the archive: every file found, parsed, and the files of one
 * date merged into one day. Problems from every file are collected, never stopped at.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Block, Lang } from '../../schema/digest.ts';
import type { DigestRecord, FileRecord, TextRecord } from '../parse/digest-record.ts';
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
  intro: Partial<Record<Lang, Block[]>>;
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
  /** Every digest file below the folder, sorted; READMEs, dot-files and dot-folders skipped. */
  digests: string[];
  /** Whether a file (absolute path) exists: from the listing where it can tell, else asked. */
  exists: (file: string) => boolean;
}

const fold = (file: string) => file.normalize('NFC').toLowerCase();

export async function listFolder(dir: string): Promise<FolderListing> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const digests: string[] = [];
  const listed = new Set<string>();
  let links = false;
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    const full = path.join(entry.parentPath, entry.name);
    listed.add(path.resolve(full));
    links ||= entry.isSymbolicLink();
    if (!entry.isFile()) continue;
    const rel = path.relative(dir, full);
    if (rel.split(path.sep).some((part) => part.startsWith('.') || part === 'node_modules')) continue;
    if (!DIGEST_EXT.test(entry.name) || NOT_A_DIGEST.test(entry.name)) continue;
    digests.push(full);
  }
  // Most thumbnails are absent, and asking the file system about each costs more than the
  // rest of a build after adding a day. The listing answers for the folder, but not through a
  // symbolic link, nor for a name that differs from a listed one only in case or Unicode form
  // (a case-insensitive file system would find it): those are asked.
  const inside = path.resolve(dir) + path.sep;
  const folded = new Set([...listed].map(fold));
  const exists = (file: string) =>
    listed.has(file) || ((links || !file.startsWith(inside) || folded.has(fold(file))) && existsSync(file));
  return { digests: digests.sort(), exists };
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

/** The files of one date → one day: papers matched by id, the primary file's rank and upvotes win. */
export function mergeDay(digests: readonly DigestRecord[], fileDir: (d: DigestRecord) => string): ArchiveDay {
  const ordered = [...digests].sort((a, b) => compareLangs(a.lang, b.lang));
  const primary = ordered[0];
  if (primary === undefined) throw new Error('mergeDay needs at least one digest');
  const papers = new Map<string, ArchivePaper>();
  const primaryIds = new Set(primary.papers.map((p) => p.id));
  const inPrimary = (paper: ArchivePaper) => (primaryIds.has(paper.id) ? 0 : 1);
  const intro: Partial<Record<Lang, Block[]>> = {};
  for (const digest of ordered) {
    if (digest.intro.length > 0) intro[digest.lang] = digest.intro;
    for (const parsed of digest.papers) {
      const text = parsed.text;
      const thumbnail = parsed.thumbnail === null ? null : resolveThumbnail(fileDir(digest), parsed.thumbnail);
      const existing = papers.get(parsed.id);
      if (existing) {
        existing.texts[digest.lang] = text;
        existing.thumbnail ??= thumbnail;
      } else {
        papers.set(parsed.id, {
          id: parsed.id,
          rank: parsed.rank,
          upvotes: parsed.upvotes,
          title: parsed.title,
          thumbnail,
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

/** Groups parsed files by date and merges each group; same date and language twice is a problem. */
export function assembleArchive(dir: string, parsedFiles: readonly ParsedFile[]): Archive {
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
  const days = [...byDate.values()]
    .map((group) => mergeDay(group, (d) => path.dirname(absolute.get(d) ?? dir)))
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
  const files = await findDigestFiles(dir);
  const counter = new TermCounter(new KeyTable());
  const parsedFiles: ParsedFile[] = [];
  for (const file of files) {
    parsedFiles.push({ file, ...recordDigest(await readFile(file, 'utf8'), displayPath(file), counter) });
  }
  return assembleArchive(dir, parsedFiles);
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}
