/**
 * The content stage, shared by the build, the dev server and `npm run content:check`:
 * digest folder → parsed, merged, validated archive → the files to write.
 *
 * Only files whose bytes are new are parsed, in worker threads when there are many
 * (`parse/record-files.ts`); the rest, and the papers made of them, come from the last build's
 * cache (`cache/content-cache.ts`), and the search index is the last build's patched. For a
 * large archive a worker thread makes the index while this one writes the rest. The output
 * does not depend on what came from the cache, nor on where it was made: the tests check both.
 */
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import {
  type Archive,
  assembleArchive,
  displayPath,
  type FolderListing,
  formatProblem,
  listFolder,
} from './archive/load-archive.ts';
import { type CacheContent, ContentCache, defaultCacheRoot, emptyContent } from './cache/content-cache.ts';
import { type FileStat, recordKey, sameStat, trustedStat } from './cache/file-key.ts';
import { emitData, type SiteData } from './emit/emit-data.ts';
import type { FileRecord, TextRecord } from './parse/digest-record.ts';
import { type Job, recordFiles } from './parse/record-files.ts';
import { inThisThread } from './search/search-task.ts';
import { KeyTable } from './search/term-counter.ts';
import { ContentPool } from './workers/content-pool.ts';

export type BuildResult =
  { ok: true; archive: Archive; data: SiteData; summary: string } | { ok: false; archive: Archive; summary: string };

export interface BuildOptions {
  /** The cache's folder: by default `DAILY_PAPERS_CACHE`, else node_modules/.cache/daily-papers; `false`: none. */
  cacheRoot?: string | false;
  /**
   * Worker threads to parse with, and whether one makes the search index (with any but 0); by
   * default one per core when there are many files to parse, and one for the index from 1,000.
   */
  workers?: number;
  /** Where progress lines go (standard error by default); only archives of 1,000 files or more have them. */
  log?: (line: string) => void;
}

const PROGRESS_MIN_FILES = 1000;
/** From this many files on, a build starts a worker thread at once (it takes a quarter of a second to load). */
const THREAD_MIN_FILES = 1000;
const PROGRESS_EVERY_MS = 5000;

export async function buildSiteData(dir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const root = options.cacheRoot ?? defaultCacheRoot();
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    const archive = assembleArchive(dir, []);
    archive.problems.push({
      file: displayPath(dir),
      line: 0,
      message: 'expected a folder of digests, found nothing there',
    });
    return { ok: false, archive, summary: 'no digest folder' };
  }
  const listing = await listFolder(dir);
  // A large archive gets a pool of worker threads, one of them started at once, which loads
  // while the cache is read: it parses the few files a later build has to, or is one of the
  // parsers of a cold build, and makes the search index meanwhile.
  const large = options.workers === undefined ? listing.digests.length >= THREAD_MIN_FILES : options.workers > 0;
  const pool = large ? new ContentPool({ threads: options.workers ?? os.availableParallelism(), started: 1 }) : null;
  const cache = root ? new ContentCache(root, dir) : null;
  try {
    return await build(dir, listing, cache, pool, options, started);
  } finally {
    cache?.close();
    await pool?.close();
  }
}

async function build(
  dir: string,
  { digests: files, exists, inside }: FolderListing,
  cache: ContentCache | null,
  pool: ContentPool | null,
  options: BuildOptions,
  started: number,
): Promise<BuildResult> {
  const cwd = process.cwd();
  const names = files.map((file) => displayPath(file, cwd));
  const progress = progressLine(files.length, options.log ?? ((line) => process.stderr.write(`${line}\n`)));

  const loaded = cache?.load() ?? { content: emptyContent(), note: null };
  if (loaded.note !== null) progress.always(`content: not using the cache: ${loaded.note}`);
  const { content } = loaded;
  const table = new KeyTable(content.keys);

  // Each file's record: the cached one when its bytes are known (a file not touched since the
  // last build is not even read), else made now.
  const keys: string[] = [];
  const stats = new Map<string, FileStat>();
  const records: (FileRecord | undefined)[] = [];
  const jobs: Job[] = [];
  const jobFiles: number[] = [];
  const now = Date.now();
  files.forEach((file, i) => {
    const name = names[i] ?? file;
    const stat = statSync(file);
    const known = content.stats.get(file);
    let source: Buffer | undefined;
    const key =
      known !== undefined && sameStat(stat, known) ? known.key : recordKey((source = readFileSync(file)), name);
    const trusted = trustedStat(stat, key, now);
    if (trusted !== null) stats.set(file, trusted);
    const cached = content.records.get(key);
    keys.push(key);
    records.push(cached && named(cached, name));
    if (cached === undefined) {
      jobs.push({ name, source: source ?? readFileSync(file) });
      jobFiles.push(i);
    }
  });
  const fromCache = files.length - jobs.length;
  const status = (done: number) => `content: ${fromCache + done}/${files.length} files (${fromCache} from the cache)`;
  const parsing = {
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    ...(pool ? { pool } : {}),
  };
  const parsed = await recordFiles(jobs, table, { ...parsing, progress: (done) => progress.maybe(() => status(done)) });
  parsed.forEach((record, j) => (records[jobFiles[j] ?? -1] = record));

  const archive = assembleArchive(
    dir,
    files.map((file, i) => ({ file, ...(records[i] ?? { digest: null, problems: [], warnings: [] }) })),
    inside,
  );
  if (archive.files.length === 0) {
    archive.problems.push({
      file: dir,
      line: 0,
      message: 'expected digest files (.md, .markdown or .txt) in this folder, found none',
    });
  }
  if (archive.problems.length > 0) {
    const count = new Set(archive.problems.map((p) => p.file)).size;
    return { ok: false, archive, summary: `${archive.problems.length} problem(s) in ${count} file(s)` };
  }

  // A cached record's texts are parsed again only when a paper made of them changed.
  const sources = new Map<TextRecord, { file: number; paper: number }>();
  records.forEach((record, file) => record?.digest?.papers.forEach((p, paper) => sources.set(p.text, { file, paper })));
  const complete = async (texts: readonly TextRecord[]) => {
    const wanted = [...new Set(texts.map((text) => sources.get(text)?.file ?? -1))];
    const again = wanted.map((i) => ({ name: names[i] ?? '', source: readFileSync(files[i] ?? '') }));
    again.forEach((job, j) => {
      if (recordKey(job.source, job.name) !== keys[wanted[j] ?? -1])
        throw new Error(`${job.name} changed during the build`);
    });
    const reparsed = await recordFiles(again, table, parsing);
    for (const text of texts) {
      const source = sources.get(text);
      const paper = reparsed[wanted.indexOf(source?.file ?? -1)]?.digest?.papers[source?.paper ?? -1];
      if (paper?.text.hash !== text.hash || paper.text.full === undefined) {
        const name = names[source?.file ?? -1] ?? 'a file';
        throw new Error(
          `the build's cache does not match ${name}; deleting it (node_modules/.cache/daily-papers) is safe`,
        );
      }
      text.full = paper.text.full;
    }
  };
  const keepPostings = cache?.postingsFile();
  const keyByName = new Map(names.map((name, i) => [name, keys[i] ?? '']));
  const { data, memo, kept } = await emitData(archive, {
    keys: table,
    memo: content.memo,
    complete,
    exists,
    recordKey: (name) => keyByName.get(name),
    search: pool ? { run: (task) => pool.search(task) } : inThisThread,
    ...(keepPostings === undefined ? {} : { keepPostings }),
  });

  if (cache !== null) {
    const next: CacheContent = { records: new Map(), stats, keys: memo.keys ?? table.keys, memo };
    records.forEach((record, i) => record && next.records.set(keys[i] ?? '', record));
    try {
      await cache.save(next, keepPostings ?? null, kept);
    } catch (error) {
      // The site is built; only the next build is slower.
      progress.always(`content: the cache was not saved (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  const { days, papers, thumbnails, missingThumbnails } = data.stats;
  const summary = `${archive.files.length} files (${fromCache} from the cache), ${days} days, ${papers} papers, ${thumbnails} thumbnails (${missingThumbnails} referenced but absent)`;
  progress.done(`content: ${summary} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { ok: true, archive, data, summary };
}

/** A record with the file's name in it: a cached record may be of another file with the same bytes. */
function named(record: FileRecord, name: string): FileRecord {
  if (record.digest?.file === name || (record.digest === null && record.problems.every((p) => p.file === name))) {
    return record;
  }
  const rename = (p: FileRecord['problems'][number]) => ({ ...p, file: name });
  return {
    digest: record.digest && { ...record.digest, file: name },
    problems: record.problems.map(rename),
    warnings: record.warnings.map(rename),
  };
}

/** Progress for large archives only, at most every five seconds, and a last line. */
function progressLine(files: number, log: (line: string) => void) {
  const large = files >= PROGRESS_MIN_FILES;
  let last = performance.now();
  return {
    always: log,
    maybe(line: () => string) {
      if (!large || performance.now() - last < PROGRESS_EVERY_MS) return;
      last = performance.now();
      log(line());
    },
    done(line: string) {
      if (large) log(line);
    },
  };
}

/** Every problem, one `file:line: message` per line, in file order. */
export function formatReport(result: BuildResult): string {
  return [...result.archive.problems]
    .sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1))
    .map(formatProblem)
    .join('\n');
}
