/**
 * A folder of digest files → the archive: every file found, parsed, and the files of one
 * date merged into one day. Problems from every file are collected, never stopped at.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Block, Lang, PaperText } from '../schema/digest.ts';
import { parseDigest, type ParsedDigest, type Problem } from './parse-digest.ts';

export interface ArchivePaper {
  id: string;
  rank: number;
  upvotes: number;
  title: string;
  /** Absolute path of the thumbnail as referenced, whether or not it exists. */
  thumbnail: string | null;
  texts: Record<Lang, PaperText>;
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
  parsed: ParsedDigest[];
}

const DIGEST_EXT = /\.(?:md|markdown|txt)$/i;
const NOT_A_DIGEST = /^(?:readme|license|licence|changelog|contributing)(?:\.|$)/i;

/** Every digest file below `dir`, sorted; READMEs, dot-files and dot-folders skipped. */
export async function findDigestFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dir, full);
    if (rel.split(path.sep).some((part) => part.startsWith('.') || part === 'node_modules')) continue;
    if (!DIGEST_EXT.test(entry.name) || NOT_A_DIGEST.test(entry.name)) continue;
    files.push(full);
  }
  return files.sort();
}

/** ko first (the authors' language, whose rank and upvotes win), then the rest by name. */
export function compareLangs(a: Lang, b: Lang): number {
  if (a === b) return 0;
  if (a === 'ko') return -1;
  if (b === 'ko') return 1;
  return a < b ? -1 : 1;
}

/** The files of one date → one day: papers matched by id, the primary file's rank and upvotes win. */
export function mergeDay(digests: readonly ParsedDigest[], fileDir: (d: ParsedDigest) => string): ArchiveDay {
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
      const text: PaperText = { title: parsed.title, sections: parsed.sections };
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

function resolveThumbnail(dir: string, ref: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) return null; // remote: never fetched
  let decoded = ref;
  try {
    decoded = decodeURIComponent(ref);
  } catch {
    // keep it as written
  }
  return path.resolve(dir, decoded.split(/[?#]/)[0] ?? decoded);
}

export interface ParsedFile {
  file: string;
  digest: ParsedDigest | null;
  problems: Problem[];
  warnings: Problem[];
}

export async function parseFile(file: string, displayName: string): Promise<ParsedFile> {
  const source = await readFile(file, 'utf8');
  const result = parseDigest(source, displayName);
  return { file, ...result };
}

/** Groups parsed files by date and merges each group; same date and language twice is a problem. */
export function assembleArchive(dir: string, parsedFiles: readonly ParsedFile[]): Archive {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const byDate = new Map<string, ParsedDigest[]>();
  const absolute = new Map<ParsedDigest, string>();
  const parsed: ParsedDigest[] = [];
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

/** File names in reports: relative to the working directory, as compilers print them. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

export async function loadArchive(dir: string): Promise<Archive> {
  const files = await findDigestFiles(dir);
  const parsedFiles = await Promise.all(files.map((file) => parseFile(file, displayPath(file))));
  return assembleArchive(dir, parsedFiles);
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}
