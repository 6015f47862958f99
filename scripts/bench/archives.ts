/**
 * The archives measured: synthetic ones from scripts/generate-archive.ts, generated once and
 * cached under CACHE/archives, and what the bench reads from any archive (dates, paper ids,
 * Korean words); also the day added to a copy for the "after adding one day" figure.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { digestFiles } from './digest-files.ts';
import { firstLine, progress } from './log.ts';
import { run } from './processes.ts';
import { CACHE, type Size } from './settings.ts';

export async function isDir(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** The synthetic archive of `size`, generated unless a complete one is cached. */
export async function ensureArchive(size: Exclude<Size, 'real'>): Promise<string> {
  const dir = path.join(CACHE, 'archives', size);
  const done = `${dir}.complete`;
  if (existsSync(done) && (await isDir(dir))) {
    progress(`${size}: reusing the archive in ${dir}`);
    return dir;
  }
  progress(`${size}: generating the archive into ${dir}`);
  await mkdir(dir, { recursive: true });
  const result = await run(
    process.execPath,
    ['--import', 'tsx', 'scripts/generate-archive.ts', '--size', size, '--out', dir, '--clean'],
    { timeoutMs: 30 * 60_000 },
  );
  if (result.code !== 0) throw new Error(`generate-archive failed: ${firstLine(result.stderr)}`);
  await writeFile(done, `${new Date().toISOString()}\n`);
  progress(`${size}: ${result.stdout.trim()}`);
  return dir;
}

export interface ArchiveScan {
  files: number;
  bytes: number;
  dates: string[];
  /** Korean (primary) file's paper ids, per date. */
  idsByDate: Map<string, string[]>;
  allIds: Set<string>;
  lastTop: number;
  /** Every run of Hangul in the archive, with its number of occurrences. */
  hangulWords: Map<string, number>;
}

const ID_LINK = /\]\(https?:\/\/huggingface\.co\/papers\/([A-Za-z0-9._-]+)\)/g;

/** Reads every file once (which also warms the page cache for both timed children alike). */
export async function scanArchive(dir: string): Promise<ArchiveScan> {
  const files = await digestFiles(dir);
  const scan: ArchiveScan = {
    files: files.length,
    bytes: 0,
    dates: [],
    idsByDate: new Map(),
    allIds: new Set(),
    lastTop: 5,
    hangulWords: new Map(),
  };
  const dates = new Set<string>();
  const tops = new Map<string, number>();
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    scan.bytes += Buffer.byteLength(text);
    const heading = /^\uFEFF?#\s+(\d{4}-\d{2}-\d{2})([^\n]*)/m.exec(text);
    const date = heading?.[1];
    const top = /Top\s*(\d+)/i.exec(heading?.[2] ?? '')?.[1];
    const ids = [...text.matchAll(ID_LINK)].map((m) => m[1] ?? '');
    for (const id of ids) scan.allIds.add(id);
    if (date === undefined) continue;
    dates.add(date);
    if (top !== undefined) tops.set(date, Math.max(tops.get(date) ?? 0, Number(top)));
    const english = /\.en\.[a-z]+$/i.test(file);
    if (!english || !scan.idsByDate.has(date)) scan.idsByDate.set(date, ids);
    for (const match of text.matchAll(/\p{Script=Hangul}+/gu)) {
      scan.hangulWords.set(match[0], (scan.hangulWords.get(match[0]) ?? 0) + 1);
    }
  }
  scan.dates = [...dates].sort();
  const last = scan.dates.at(-1);
  scan.lastTop = (last !== undefined ? tops.get(last) : undefined) ?? scan.idsByDate.get(last ?? '')?.length ?? 5;
  return scan;
}

/** A paper from the middle of the archive whose page was built. */
export function middlePaper(scan: ArchiveScan, site: string): string | null {
  const mid = Math.floor(scan.dates.length / 2);
  for (let offset = 0; offset < scan.dates.length; offset++) {
    for (const index of [mid + offset, mid - offset]) {
      const ids = scan.idsByDate.get(scan.dates[index] ?? '') ?? [];
      for (const id of ids) if (existsSync(path.join(site, 'papers', id, 'index.html'))) return id;
    }
  }
  return null;
}

function nextDate(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Adds one generated day after the archive's last to `copy`, with ids the archive does not have. */
export async function addOneDay(copy: string, scan: ArchiveScan, work: string): Promise<string> {
  const last = scan.dates.at(-1);
  if (last === undefined) throw new Error('the archive has no dated files');
  const date = nextDate(last);
  const extra = path.join(work, 'extra-day');
  for (let attempt = 1; attempt <= 20; attempt++) {
    await rm(extra, { recursive: true, force: true });
    const result = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/generate-archive.ts',
        '--out',
        extra,
        '--days',
        '1',
        '--papers',
        String(scan.lastTop),
        '--end',
        date,
        '--seed',
        `bench-extra-${attempt}`,
      ],
      { timeoutMs: 120_000 },
    );
    if (result.code !== 0) throw new Error(`generate-archive failed: ${firstLine(result.stderr)}`);
    const ids = new Set<string>();
    for (const file of await digestFiles(extra)) {
      for (const match of (await readFile(file, 'utf8')).matchAll(ID_LINK)) ids.add(match[1] ?? '');
    }
    if ([...ids].some((id) => scan.allIds.has(id))) continue; // a clash would be a repeat with another title
    await cp(extra, copy, { recursive: true });
    await rm(extra, { recursive: true, force: true });
    return date;
  }
  throw new Error('could not generate a day whose ids are all new');
}
