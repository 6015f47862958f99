/**
 * generate-archive.ts: writes a SYNTHETIC daily-papers digest archive for benchmarks.
 *
 * Every word is built from small hand-written vocabularies (generate-archive/words/*.json; no
 * real digest text ever enters the repo), but the files have the real digests' shape and quirks: Korean
 * `YYYY-MM-DD.md` plus English `YYYY-MM-DD.en.md` per day, nested as `YYYY/MM/`, papers in
 * descending upvote order, heavy-tailed upvotes (`1,234` with a comma), the U+FFFD key-points
 * heading in about half of the Korean files, other emojis varied or missing, ~2% BOM, ~2% CRLF,
 * titles with colons, parentheses, quotes, `&`, `$...$`, Greek letters and brackets, a
 * thumbnail line whose image does not exist, inline bold/code/links, an author's own
 * `💬` section in ~3% of papers, ~5% of papers re-appearing on a later day (same id and title)
 * and ~3% of papers present in the Korean file only.
 *
 * English files that lost a Korean-only paper keep the Korean ranks (so numbering can have a
 * gap) and their H1 says the number of papers the file really holds (a day whose papers are all
 * Korean-only, possible only with a tiny --papers, gets no English file).
 *
 * Output is fully determined by --seed, --days, --papers and --end (seeded PRNG, no Math.random).
 * This file reads the options and writes the days; generate-archive/ makes their papers (titles,
 * Korean and English text) and renders the files.
 *
 * Usage:
 *   npx tsx scripts/generate-archive.ts --out <dir> --days <N> --papers <P> [--seed 1] [--end 2026-01-29]
 *   npx tsx scripts/generate-archive.ts --out <dir> --size week|week30|top5|top30 [--clean]
 *     week = 7 days x 5 papers, week30 = 7 days x 30, top5 = 3650 days x 5, top30 = 3650 days x 30
 *     --clean  empties <dir> first (only if it holds nothing but YYYY folders)
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DAY_MS, type Day, dayAt, drawUpvotes, makeId } from './generate-archive/days.ts';
import { makePaper, type Paper } from './generate-archive/papers.ts';
import { type Entry, makeStyle, renderFile } from './generate-archive/render.ts';
import { chance, createRng, pick } from './generate-archive/rng.ts';

/** A mistake of the caller (bad flag, non-empty output folder): printed without a stack trace. */
class CliError extends Error {}

interface Options {
  out: string;
  days: number;
  papers: number;
  seed: string;
  end: string;
  clean: boolean;
}

const SIZE_PRESETS: Readonly<Record<string, { days: number; papers: number }>> = {
  week: { days: 7, papers: 5 },
  week30: { days: 7, papers: 30 },
  top5: { days: 3650, papers: 5 },
  top30: { days: 3650, papers: 30 },
};

const USAGE =
  'usage: npx tsx scripts/generate-archive.ts --out <dir> (--size week|week30|top5|top30 | --days <N> --papers <P>) [--seed 1] [--end 2026-01-29] [--clean]';

function parsePositiveInt(name: string, value: string | undefined, max: number): number {
  if (value === undefined || !/^\d+$/.test(value)) throw new CliError(`--${name} must be a positive integer`);
  const n = Number(value);
  if (n < 1 || n > max) throw new CliError(`--${name} must be between 1 and ${max}`);
  return n;
}

function readOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      out: { type: 'string' },
      days: { type: 'string' },
      papers: { type: 'string' },
      seed: { type: 'string', default: '1' },
      end: { type: 'string', default: '2026-01-29' },
      size: { type: 'string' },
      clean: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.out === undefined || values.out === '') throw new CliError('--out <dir> is required');
  let preset: { days: number; papers: number } | undefined;
  if (values.size !== undefined) {
    preset = SIZE_PRESETS[values.size];
    if (preset === undefined) {
      throw new CliError(`unknown --size ${values.size} (${Object.keys(SIZE_PRESETS).join(', ')})`);
    }
  }
  const days = values.days !== undefined ? parsePositiveInt('days', values.days, 100_000) : preset?.days;
  const papers = values.papers !== undefined ? parsePositiveInt('papers', values.papers, 1000) : preset?.papers;
  if (days === undefined || papers === undefined) throw new CliError('give --size, or both --days and --papers');
  const end = values.end;
  const endMs = Date.parse(`${end}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(end) || Number.isNaN(endMs) || new Date(endMs).toISOString().slice(0, 10) !== end) {
    throw new CliError('--end must be a date YYYY-MM-DD');
  }
  return { out: values.out, days, papers, seed: values.seed, end, clean: values.clean };
}

async function prepareOutDir(out: string, clean: boolean): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(out);
  } catch {
    return; // does not exist yet
  }
  if (entries.length === 0) return;
  if (!clean) throw new CliError(`${out} is not empty; pass --clean to replace it`);
  const foreign = entries.filter((entry) => !/^\d{4}$/.test(entry));
  if (foreign.length > 0) {
    throw new CliError(
      `refusing to --clean ${out}: it holds ${foreign.slice(0, 3).join(', ')} (not a generated archive)`,
    );
  }
  await Promise.all(entries.map((entry) => rm(join(out, entry), { recursive: true, force: true })));
}

class WriteQueue {
  private readonly inflight = new Set<Promise<void>>();
  private readonly limit: number;
  bytes = 0;
  files = 0;

  constructor(limit: number) {
    this.limit = limit;
  }

  async add(path: string, data: string): Promise<void> {
    while (this.inflight.size >= this.limit) await Promise.race(this.inflight);
    this.bytes += Buffer.byteLength(data, 'utf8');
    this.files += 1;
    const job: Promise<void> = writeFile(path, data, 'utf8').then(() => {
      this.inflight.delete(job);
    });
    this.inflight.add(job);
  }

  async drain(): Promise<void> {
    await Promise.all(this.inflight);
  }
}

const REPEAT_RATE = 0.05;
const KOREAN_ONLY_RATE = 0.03;
const REPEAT_WINDOW_DAYS = 7;

async function generate(options: Options): Promise<void> {
  const started = performance.now();
  const rng = createRng(`generate-archive:${options.seed}`);
  const endMs = Date.parse(`${options.end}T00:00:00Z`);
  const days: Day[] = [];
  for (let i = options.days - 1; i >= 0; i--) days.push(dayAt(endMs - i * DAY_MS));

  await prepareOutDir(options.out, options.clean);
  const monthDirs = [...new Set(days.map((day) => join(options.out, day.year, day.month)))];
  await Promise.all(monthDirs.map((dir) => mkdir(dir, { recursive: true })));

  const queue = new WriteQueue(64);
  const recent: Paper[][] = []; // papers of the last REPEAT_WINDOW_DAYS days
  let usedIds = new Set<number>();
  let currentMonth = '';
  let appearances = 0;
  let repeats = 0;

  for (const day of days) {
    if (`${day.year}${day.month}` !== currentMonth) {
      currentMonth = `${day.year}${day.month}`;
      usedIds = new Set<number>();
    }
    const todays: Paper[] = [];
    const onDay = new Set<string>();
    const drafts: Omit<Entry, 'rank'>[] = [];
    for (let slot = 0; slot < options.papers; slot++) {
      let paper: Paper | undefined;
      if (recent.length > 0 && chance(rng, REPEAT_RATE)) {
        const earlierDay = pick(rng, recent);
        const candidate = earlierDay.length > 0 ? pick(rng, earlierDay) : undefined;
        if (candidate !== undefined && !onDay.has(candidate.id) && candidate.appearances < 3) {
          paper = candidate;
          repeats += 1;
        }
      }
      paper ??= makePaper(rng, makeId(rng, day, usedIds));
      paper.appearances += 1;
      onDay.add(paper.id);
      todays.push(paper);
      drafts.push({ paper, upvotes: drawUpvotes(rng), koreanOnly: chance(rng, KOREAN_ONLY_RATE) });
    }
    drafts.sort((a, b) => b.upvotes - a.upvotes);
    const entries: Entry[] = drafts.map((draft, index) => ({ ...draft, rank: index + 1 }));
    const english = entries.filter((entry) => !entry.koreanOnly);
    appearances += entries.length;

    const base = join(options.out, day.year, day.month, day.iso);
    await queue.add(`${base}.md`, renderFile(day, entries, 'ko', makeStyle(rng, 'ko')));
    const enStyle = makeStyle(rng, 'en');
    if (english.length > 0) await queue.add(`${base}.en.md`, renderFile(day, english, 'en', enStyle));

    recent.push(todays);
    if (recent.length > REPEAT_WINDOW_DAYS) recent.shift();
  }
  await queue.drain();

  const seconds = (performance.now() - started) / 1000;
  console.log(
    `generated ${days.length} days (${days[0]?.iso ?? '-'}..${options.end}), ${appearances} papers ` +
      `(${repeats} repeats), ${queue.files} files, ${(queue.bytes / 1048576).toFixed(1)} MB in ${seconds.toFixed(1)} s -> ${options.out}`,
  );
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
  await generate(options);
}

main().catch((error: unknown) => {
  if (error instanceof CliError) console.error(error.message);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
