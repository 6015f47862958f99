/**
 * `npm run bench`: size and speed figures of the production site, printed as tables.
 *
 *   tsx scripts/bench.ts [--sizes week,top5,week30,top30,real] [--skip-lighthouse]
 *
 * A) Lighthouse (mobile preset, performance only) on the sample content's production build,
 *    home and a paper page, 3 runs each, medians; plus 360 px screenshots in /tmp/bench-shots.
 * B) Per archive size (synthetic archives from scripts/generate-archive.ts, cached under
 *    os.tmpdir()/daily-papers-bench/archives, and the real corpus at ../shared/corpus/real when
 *    present): bytes of the first screen, a paper's deep link, the initial JavaScript, the
 *    archive's re-ordering and a search; the content stage against a bare remark parse; the
 *    full build; the content stage after adding one day.
 *
 * Every figure is measured in this run; ratios are taken against baselines of the same run: the
 * first screen's against a week with as many papers a day (1 week for Top-5 and the real corpus,
 * 1 week of Top-30 for Top-30), always measured with the size it is the baseline of. Budgets are
 * marked ✓/✗; the exit code does not depend on them. Progress goes to stderr, tables to stdout.
 *
 * Env: BENCH_BUILD_TIMEOUT (seconds per build or content-stage process, default 900),
 * BENCH_KEEP=1 keeps the built sites, CHROMIUM_PATH (default /usr/bin/chromium).
 *
 * Internal: `--child content|parse <dir>` is this file run as the fresh process whose whole
 * lifetime is timed; it imports nothing heavy at the top so both kinds start alike.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const BENCH_FILE = fileURLToPath(import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CACHE = path.join(os.tmpdir(), 'daily-papers-bench');
const SHOTS = '/tmp/bench-shots';
const REAL_CORPUS = path.resolve(ROOT, '../shared/corpus/real');
const SAMPLE_DIR = path.join(ROOT, 'src/content/digests');
const LIGHTHOUSE_PAPER = '2601.20614';
const LIGHTHOUSE_RUNS = 3;
/** Fresh pages per in-page timing (archive re-order, search keystroke); the median is reported. */
const TIMING_RUNS = 3;
const VIEWPORT = { width: 1280, height: 900 };
const SEARCH_WORD = '모델';
const SORT_BUTTON = '추천 많은 순';
const SEARCH_LABEL = '논문 검색';

const SIZES = ['week', 'top5', 'week30', 'top30', 'real'] as const;
type Size = (typeof SIZES)[number];
const SIZE_TITLES: Record<Size, string> = {
  week: '1 week',
  top5: '10y Top-5',
  week30: '1 week, Top-30',
  top30: '10y Top-30',
  real: 'real corpus',
};
/**
 * The first-screen budget asks that a long archive cost the first screen no more than a week
 * does: each size is compared with a week of as many papers a day, since a Top-30 day's page
 * carries six times the cards of a Top-5 day's whatever the archive's length.
 */
const BASELINE: Record<Size, Size> = { week: 'week', top5: 'week', week30: 'week30', top30: 'week30', real: 'week' };

// ---------------------------------------------------------------------------------------------
// Small helpers

const started = performance.now();

function progress(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '') ?? text;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? NaN;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? NaN) + hi) / 2;
}

function kb(bytes: number): number {
  return bytes / 1024;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function buildTimeoutSeconds(): number {
  const value = Number(process.env.BENCH_BUILD_TIMEOUT ?? '900');
  return Number.isFinite(value) && value > 0 ? value : 900;
}

async function isDir(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** The pipeline's rule (src/pipeline/load-archive.ts), repeated so the baseline imports none of it. */
const DIGEST_EXT = /\.(?:md|markdown|txt)$/i;
const NOT_A_DIGEST = /^(?:readme|license|licence|changelog|contributing)(?:\.|$)/i;

async function digestFiles(dir: string): Promise<string[]> {
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

// ---------------------------------------------------------------------------------------------
// Child processes: each in its own process group, so a timeout or Ctrl-C ends all of it.

const liveChildren = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function run(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, {
      cwd: ROOT,
      env: options.env ?? process.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    liveChildren.add(child);
    let stdout = '';
    let stderr = '';
    const keep = (text: string, chunk: Buffer) => (text + chunk.toString('utf8')).slice(-65536);
    child.stdout.on('data', (chunk: Buffer) => (stdout = keep(stdout, chunk)));
    child.stderr.on('data', (chunk: Buffer) => (stderr = keep(stderr, chunk)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      liveChildren.delete(child);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      liveChildren.delete(child);
      // Anything the process left behind in its group goes with it.
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // nothing left
        }
      }
      resolve({ code, signal, ms: performance.now() - t0, stdout, stderr, timedOut });
    });
  });
}

function captureVersion(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 20_000 }, (error, stdout) => {
      resolve(error ? `unknown (${firstLine(errorText(error))})` : stdout.trim());
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Child mode: the timed processes of the content stage and of the bare parse.

interface ChildReport {
  ok: boolean;
  ms: number;
  files: number;
  summary: string;
}

async function childMain(kind: string, dir: string): Promise<void> {
  let report: ChildReport;
  if (kind === 'content') {
    const { buildSiteData } = await import('../src/pipeline/build-site-data.ts');
    const t0 = performance.now();
    const result = await buildSiteData(dir);
    report = { ok: result.ok, ms: performance.now() - t0, files: result.archive.files.length, summary: result.summary };
  } else if (kind === 'parse') {
    const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')]);
    const t0 = performance.now();
    const files = await digestFiles(dir);
    const processor = unified().use(remarkParse);
    let nodes = 0;
    for (const file of files) {
      const tree = processor.parse(await readFile(file, 'utf8'));
      nodes += tree.children.length;
    }
    report = { ok: true, ms: performance.now() - t0, files: files.length, summary: `${nodes} top-level nodes` };
  } else {
    throw new Error(`unknown child kind ${kind}`);
  }
  process.stdout.write(`\nBENCH-CHILD ${JSON.stringify(report)}\n`);
  process.exit(0);
}

interface TimedStage {
  wholeMs: number;
  innerMs: number;
  summary: string;
}

/**
 * `node --import tsx bench.ts --child <kind> <dir>`, timed from spawn to exit. `cache`: the
 * content cache's folder for this child (`DAILY_PAPERS_CACHE`), so that a "cold" figure never
 * reads a cache an earlier step wrote for the same archive.
 */
async function timeChild(kind: 'content' | 'parse', dir: string, cache?: string): Promise<TimedStage> {
  const timeout = buildTimeoutSeconds();
  const env = cache === undefined ? process.env : { ...process.env, DAILY_PAPERS_CACHE: cache };
  const result = await run(process.execPath, ['--import', 'tsx', BENCH_FILE, '--child', kind, dir], {
    env,
    timeoutMs: timeout * 1000,
  });
  if (result.timedOut) throw new Error(`timed out after ${timeout} s`);
  const line = result.stdout.split('\n').find((l) => l.startsWith('BENCH-CHILD '));
  if (result.code !== 0 || line === undefined) {
    throw new Error(
      `exit ${result.code ?? result.signal ?? '?'}: ${firstLine(result.stderr.split('\n').slice(-20).join('\n'))}`,
    );
  }
  const report = JSON.parse(line.slice('BENCH-CHILD '.length)) as ChildReport;
  if (!report.ok) throw new Error(`the content stage failed: ${report.summary}`);
  return { wholeMs: result.ms, innerMs: report.ms, summary: report.summary };
}

// ---------------------------------------------------------------------------------------------
// Builds

interface BuildOutcome {
  ms: number;
  dir: string;
}

/** `cache`: the content cache's folder (`DAILY_PAPERS_CACHE`); by default the build's own. */
async function buildSite(digests: string, outDir: string, cache?: string): Promise<BuildOutcome> {
  const timeout = buildTimeoutSeconds();
  const env: NodeJS.ProcessEnv = { ...process.env, DIGESTS_DIR: digests };
  if (cache !== undefined) env.DAILY_PAPERS_CACHE = cache;
  delete env.BASE_PATH;
  delete env.SITE_URL;
  const result = await run('npx', ['tsx', 'scripts/build.ts', '--outDir', outDir], {
    env,
    timeoutMs: timeout * 1000,
  });
  if (result.timedOut) {
    await rm(outDir, { recursive: true, force: true });
    await removeStaging(outDir);
    throw new Error(`timed out after ${timeout} s`);
  }
  if (result.code !== 0 || !existsSync(path.join(outDir, 'index.html'))) {
    const tail = `${result.stderr}\n${result.stdout}`
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.includes('npm warn'))
      .slice(-3)
      .join(' | ');
    throw new Error(`build failed (exit ${result.code ?? result.signal ?? '?'}): ${tail}`);
  }
  return { ms: result.ms, dir: outDir };
}

/** A killed build leaves its `<outDir>.building-<pid>` staging folder. */
async function removeStaging(outDir: string): Promise<void> {
  const parent = path.dirname(outDir);
  const prefix = `${path.basename(outDir)}.building-`;
  for (const name of await readdir(parent).catch(() => [])) {
    if (name.startsWith(prefix)) await rm(path.join(parent, name), { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Archives

async function ensureArchive(size: Exclude<Size, 'real'>): Promise<string> {
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

interface ArchiveScan {
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
async function scanArchive(dir: string): Promise<ArchiveScan> {
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

interface Keystroke {
  /** The query typed before the timed keystroke. */
  word: string;
  /** The one character then typed. */
  typed: string;
}

/** Syllables taken for particles when the app's tokenizer cannot be loaded. */
const PARTICLES = new Set(['을', '를', '이', '가', '은', '는', '의', '에', '로', '과', '와', '도', '만', '서']);

/**
 * What to type for the warm keystroke: a character after a two-syllable word that makes the
 * query a different search (not a particle the query drops) while still matching papers, so
 * the results visibly change. The search word is preferred; otherwise the word whose
 * extension is most frequent. Uses the app's own query tokenizer when it loads.
 */
async function chooseKeystroke(scan: ArchiveScan): Promise<Keystroke | null> {
  let keysOf: (query: string) => string = (query) =>
    query.length > 2 && PARTICLES.has(query.slice(2)) ? query.slice(0, 2) : query;
  try {
    const { queryTerms } = await import('../src/lib/search-tokenize.ts');
    keysOf = (query) =>
      queryTerms(query)
        .map((t) => t.key)
        .join(' ');
  } catch (error) {
    progress(`search tokenizer not loaded (${firstLine(errorText(error))}); guessing particles`);
  }
  const prefixTotals = new Map<string, number>();
  const extensions = new Map<string, Map<string, number>>();
  for (const [word, count] of scan.hangulWords) {
    if (word.length < 2) continue;
    const prefix = word.slice(0, 2);
    prefixTotals.set(prefix, (prefixTotals.get(prefix) ?? 0) + count);
    const next = word[2];
    if (next === undefined) continue;
    const byChar = extensions.get(prefix) ?? new Map<string, number>();
    byChar.set(next, (byChar.get(next) ?? 0) + count);
    extensions.set(prefix, byChar);
  }
  let best: (Keystroke & { count: number }) | null = null;
  for (const [word, byChar] of extensions) {
    const total = prefixTotals.get(word) ?? 0;
    for (const [typed, count] of byChar) {
      if (count > total * 0.8 || keysOf(word + typed) === keysOf(word)) continue;
      const preferred = word === SEARCH_WORD;
      const bestPreferred = best?.word === SEARCH_WORD;
      if (best === null || (preferred && !bestPreferred) || (preferred === bestPreferred && count > best.count)) {
        best = { word, typed, count };
      }
    }
  }
  return best === null ? null : { word: best.word, typed: best.typed };
}

/** A paper from the middle of the archive whose page was built. */
function middlePaper(scan: ArchiveScan, site: string): string | null {
  const mid = Math.floor(scan.dates.length / 2);
  for (let offset = 0; offset < scan.dates.length; offset++) {
    for (const index of [mid + offset, mid - offset]) {
      const ids = scan.idsByDate.get(scan.dates[index] ?? '') ?? [];
      for (const id of ids) if (existsSync(path.join(site, 'papers', `${id}.html`))) return id;
    }
  }
  return null;
}

function nextDate(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Adds one generated day after the archive's last to `copy`, with ids the archive does not have. */
async function addOneDay(copy: string, scan: ArchiveScan, work: string): Promise<string> {
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

// ---------------------------------------------------------------------------------------------
// Network accounting in a page

type Kind = 'html' | 'js' | 'css' | 'data' | 'other';

interface Fetched {
  path: string;
  kind: Kind;
  raw: number;
  gzip: number;
  phase: number;
}

class NetLog {
  readonly fetched: Fetched[] = [];
  phase = 0;
  /**
   * While a timed action runs, finished requests are only noted: reading each body over CDP
   * and gzipping it here, in the process that also serves the files, delayed the very
   * responses being timed. `quiet()` reads them.
   */
  private holding = false;
  private readonly held: Request[] = [];
  private inflight = 0;
  private lastActivity = performance.now();
  private readonly pending: Promise<void>[] = [];
  private readonly phases = new Map<Request, number>();

  constructor(page: Page) {
    page.on('request', (request) => {
      this.inflight += 1;
      this.lastActivity = performance.now();
      this.phases.set(request, this.phase);
    });
    page.on('requestfinished', (request) => {
      this.inflight -= 1;
      this.lastActivity = performance.now();
      if (this.holding) this.held.push(request);
      else this.pending.push(this.record(request));
    });
    page.on('requestfailed', () => {
      this.inflight -= 1;
      this.lastActivity = performance.now();
    });
  }

  private async record(request: Request): Promise<void> {
    const url = new URL(request.url());
    if (!url.protocol.startsWith('http')) return;
    const response = await request.response();
    if (response === null) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    const sizes = await request.sizes().catch(() => null);
    const pathname = url.pathname;
    let kind: Kind = 'other';
    if (request.resourceType() === 'document') kind = 'html';
    else if (/\.m?js$/.test(pathname)) kind = 'js';
    else if (pathname.endsWith('.css')) kind = 'css';
    else if (/\/data\/.*\.json$/.test(pathname)) kind = 'data';
    this.fetched.push({
      path: pathname,
      kind,
      raw: sizes && sizes.responseBodySize > 0 ? sizes.responseBodySize : body.length,
      gzip: body.length > 0 ? gzipSync(body, { level: 9 }).length : 0,
      phase: this.phases.get(request) ?? 0,
    });
  }

  /** Waits until no request has been in flight for `quietMs`, then for every body to be read. */
  async quiet(quietMs = 500, timeoutMs = 30_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (this.inflight > 0 || performance.now() - this.lastActivity < quietMs) {
      if (performance.now() > deadline) throw new Error(`the network did not settle in ${timeoutMs / 1000} s`);
      await sleep(50);
    }
    this.holding = false;
    this.pending.push(...this.held.splice(0).map((request) => this.record(request)));
    await Promise.all(this.pending);
  }

  /** The timed action starts: what it fetches is phase 1, and is counted once `quiet()`. */
  startTimed(): void {
    this.phase = 1;
    this.holding = true;
  }

  sum(filter: (f: Fetched) => boolean): { raw: number; gzip: number; count: number } {
    let raw = 0;
    let gzip = 0;
    let count = 0;
    for (const f of this.fetched) {
      if (!filter(f)) continue;
      raw += f.raw;
      gzip += f.gzip;
      count += 1;
    }
    return { raw, gzip, count };
  }
}

interface OpenedPage {
  label: string;
  context: BrowserContext;
  page: Page;
  net: NetLog;
  problems: string[];
}

async function openFresh(browser: Browser, label: string): Promise<OpenedPage> {
  const context = await browser.newContext({ locale: 'ko-KR', viewport: VIEWPORT });
  const page = await context.newPage();
  const net = new NetLog(page);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`${label}: page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${label}: console error: ${message.text()}`);
  });
  return { label, context, page, net, problems };
}

const VERBOSE = process.env.BENCH_VERBOSE === '1';

/** With BENCH_VERBOSE=1, every file a measurement counted, to stderr. */
function listFetched(label: string, net: NetLog, phase?: number): void {
  if (!VERBOSE) return;
  for (const f of net.fetched) {
    if (phase !== undefined && f.phase !== phase) continue;
    progress(
      `  ${label}: ${f.kind.padEnd(5)} ${fixed(kb(f.raw), 1).padStart(7)} KB raw ${fixed(kb(f.gzip), 1).padStart(6)} KB gzip  ${f.path}`,
    );
  }
}

async function gotoReady(opened: OpenedPage, url: string): Promise<void> {
  const response = await opened.page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const status = response?.status() ?? 0;
  if (status !== 200)
    opened.problems.push(`${opened.label}: ${new URL(url).pathname} was served with status ${status}`);
  await opened.page.locator('html[data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
  await opened.net.quiet();
}

// ---------------------------------------------------------------------------------------------
// In-page timing scripts (strings: the page runs them as written, with no build helpers)

interface PageTiming {
  t0: number;
  tDom: number;
  tFrame: number;
  statusAt: number;
}

/**
 * Arms a timer in the page: t0 at the first `startEvents` event (capture phase), then, on every
 * DOM mutation, checks whether the first card of the list is a different, filled, visible card
 * (or, with `statusCounts`, whether the status line changed while a filled card is first). tDom
 * is that mutation, tFrame the frame that paints it.
 */
function armScript(startEvents: readonly string[], statusCounts: boolean): string {
  return `(() => {
  const SEL = 'main [role="list"] article';
  const b = { t0: 0, tDom: 0, tFrame: 0, statusAt: 0 };
  window.__bench = b;
  const statusText = () => { const s = document.querySelector('main p[role="status"]'); return s ? s.textContent : ''; };
  const initial = document.querySelector(SEL);
  const initialHtml = initial ? initial.innerHTML : '';
  const initialStatus = statusText();
  for (const type of ${JSON.stringify(startEvents)}) {
    window.addEventListener(type, () => { if (b.t0 === 0) b.t0 = performance.now(); }, true);
  }
  const observer = new MutationObserver(() => {
    if (b.t0 === 0 || b.tDom !== 0) return;
    if (b.statusAt === 0 && statusText() !== initialStatus) b.statusAt = performance.now();
    if (document.querySelector('main [aria-busy="true"]')) return;
    const a = document.querySelector(SEL);
    if (!a || !a.querySelector('a[href*="papers/"]') || !a.textContent.trim()) return;
    const changed = a !== initial || a.innerHTML !== initialHtml;
    if (!changed && !(${String(statusCounts)} && b.statusAt !== 0)) return;
    const r = a.getBoundingClientRect();
    if (r.height === 0 || r.bottom <= 0 || r.top >= innerHeight) return;
    b.tDom = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => { b.tFrame = performance.now(); });
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  return initial ? initial.textContent.slice(0, 60) : null;
})()`;
}

/**
 * Polls the armed timer from outside (the page's CSP forbids the string predicates of
 * waitForFunction); the figures are the page's own clock, so the polling adds nothing to them.
 */
async function readTiming(page: Page, timeoutMs: number): Promise<PageTiming> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const timing = await page.evaluate<PageTiming | undefined>('window.__bench');
    if (timing !== undefined && timing.tFrame > 0) return timing;
    if (performance.now() > deadline) {
      throw new Error(
        timing === undefined || timing.t0 === 0
          ? 'the input never reached the page'
          : `no new first card within ${timeoutMs / 1000} s (${timing.statusAt > 0 ? 'the status line changed' : 'nothing visible changed'})`,
      );
    }
    await sleep(20);
  }
}

// ---------------------------------------------------------------------------------------------
// Browser figures of one built site

type Maybe<T> = { ok: true; value: T } | { ok: false; reason: string };

async function attempt<T>(label: string, work: () => Promise<T>): Promise<Maybe<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    const reason = firstLine(errorText(error));
    progress(`${label}: ${reason}`);
    return { ok: false, reason };
  }
}

/** The runs that gave a figure; a failure only when none did. */
function combineRuns<T>(runs: readonly Maybe<T>[]): Maybe<T[]> {
  const values = runs.flatMap((r) => (r.ok ? [r.value] : []));
  if (values.length > 0) return { ok: true, value: values };
  const failure = runs.find((r): r is { ok: false; reason: string } => !r.ok);
  return { ok: false, reason: failure?.reason ?? 'not run' };
}

function field<T, U>(source: Maybe<T>, pickPart: (value: T) => U): Maybe<U> {
  return source.ok ? { ok: true, value: pickPart(source.value) } : source;
}

/** What an action fetched: the favicon, which the browser asks for when it likes, is not. */
function afterAction(f: Fetched): boolean {
  return f.phase === 1 && !f.path.endsWith('/favicon.svg') && !f.path.endsWith('/favicon.ico');
}

/** What the first screen transfers besides code (JS and CSS). */
function homeData(h: HomeFigures): number {
  return h.byKind.html + h.byKind.data + h.byKind.other;
}

interface HomeFigures {
  raw: number;
  gzip: number;
  jsRaw: number;
  jsGzip: number;
  byKind: Record<Kind, number>;
  requests: number;
}

interface PaperFigures {
  id: string;
  dataGzip: number;
  dataRaw: number;
  codeGzip: number;
  requests: string;
}

interface SortRun {
  ms: number;
  domMs: number;
  afterGzip: number;
}

interface WarmRun {
  ms: number;
  statusMs: number | null;
  query: string;
}

interface SearchRun {
  word: string;
  coldGzip: number;
  coldRaw: number;
  warm: Maybe<WarmRun>;
}

interface SearchFigures {
  word: string;
  /** Of the first run. */
  coldGzip: number;
  warm: Maybe<WarmRun[]>;
}

interface SiteFigures {
  home: Maybe<HomeFigures>;
  paper: Maybe<PaperFigures>;
  sort: Maybe<SortRun[]>;
  search: Maybe<SearchFigures>;
  problems: string[];
}

async function withPage<T>(
  browser: Browser,
  label: string,
  problems: string[],
  work: (opened: OpenedPage) => Promise<T>,
): Promise<Maybe<T>> {
  return attempt(label, async () => {
    const opened = await openFresh(browser, label);
    try {
      return await work(opened);
    } finally {
      problems.push(...opened.problems);
      await opened.context.close().catch(() => undefined);
    }
  });
}

async function measureSite(
  browser: Browser,
  base: string,
  size: Size,
  paperId: string | null,
  scan: ArchiveScan,
): Promise<SiteFigures> {
  const problems: string[] = [];
  const at = (p: string) => new URL(p.replace(/^\//, ''), base).href;

  progress(`${size}: first screen of /`);
  const home = await withPage(browser, `${size} /`, problems, async (opened) => {
    const { net } = opened;
    await gotoReady(opened, at('/'));
    listFetched(`${size} /`, net);
    const all = net.sum(() => true);
    const js = net.sum((f) => f.kind === 'js');
    const byKind: Record<Kind, number> = { html: 0, js: 0, css: 0, data: 0, other: 0 };
    for (const f of net.fetched) byKind[f.kind] += f.gzip;
    return { raw: all.raw, gzip: all.gzip, jsRaw: js.raw, jsGzip: js.gzip, byKind, requests: all.count };
  });

  progress(`${size}: deep link to /papers/${paperId ?? '?'}`);
  const paper: Maybe<PaperFigures> =
    paperId === null
      ? { ok: false, reason: 'no built paper page found' }
      : await withPage(browser, `${size} paper`, problems, async (opened) => {
          await gotoReady(opened, at(`/papers/${paperId}`));
          await opened.page.locator('main h1').first().waitFor({ timeout: 10_000 });
          listFetched(`${size} paper`, opened.net);
          const data = opened.net.sum((f) => f.kind === 'html' || f.kind === 'data');
          const code = opened.net.sum((f) => f.kind === 'js' || f.kind === 'css');
          const names = opened.net.fetched
            .filter((f) => f.kind === 'data')
            .map((f) => f.path.replace(/^.*\/data\//, '').replace(/\.[0-9a-f]{6,}\.json$/, ''));
          return {
            id: paperId,
            dataGzip: data.gzip,
            dataRaw: data.raw,
            codeGzip: code.gzip,
            requests: names.join(', '),
          };
        });

  progress(`${size}: /archive → ${SORT_BUTTON} (${TIMING_RUNS} times, a fresh page each)`);
  const sortRuns: Maybe<SortRun>[] = [];
  for (let i = 0; i < TIMING_RUNS; i++) {
    sortRuns.push(
      await withPage(browser, `${size} archive`, problems, async (opened) => {
        const { page, net } = opened;
        await gotoReady(opened, at('/archive'));
        const button = page.getByRole('button', { name: SORT_BUTTON, exact: true });
        await button.waitFor({ timeout: 10_000 });
        await page.evaluate(armScript(['click'], false));
        net.startTimed();
        await button.click();
        const timing = await readTiming(page, 15_000);
        await net.quiet();
        if (i === 0) listFetched(`${size} archive after the click`, net, 1);
        const after = net.sum(afterAction);
        return { ms: timing.tFrame - timing.t0, domMs: timing.tDom - timing.t0, afterGzip: after.gzip };
      }),
    );
  }
  const sort = combineRuns(sortRuns);

  const keystroke = await chooseKeystroke(scan);
  const occurs = [...scan.hangulWords.keys()].some((w) => w.startsWith(SEARCH_WORD));
  const word = occurs ? SEARCH_WORD : (keystroke?.word ?? null);
  progress(
    `${size}: search ?q=${word ?? '?'}, then ${keystroke ? `${keystroke.word} + ${keystroke.typed}` : 'no keystroke'} (${TIMING_RUNS} times)`,
  );
  const searchRuns: Maybe<SearchRun>[] = [];
  for (let i = 0; i < TIMING_RUNS && word !== null; i++) {
    searchRuns.push(
      await withPage(browser, `${size} search`, problems, async (opened) => {
        const { page, net } = opened;
        await gotoReady(opened, at(`/search?q=${encodeURIComponent(word)}`));
        const box = page.getByLabel(SEARCH_LABEL, { exact: true });
        if ((await box.count()) === 0) throw new Error(`n/a: no search box labelled “${SEARCH_LABEL}”`);
        const firstCard = page.locator('main [role="list"] article').first();
        await firstCard.waitFor({ timeout: 15_000 });
        await net.quiet();
        if (i === 0) listFetched(`${size} search`, net);
        const cold = net.sum((f) => f.kind === 'data');
        const warm = await attempt(`${size} search warm`, async () => {
          if (keystroke === null) throw new Error('n/a: no character that changes the results');
          if (keystroke.word !== word) {
            // The word whose next character changes the results; its own results load first.
            await box.fill(keystroke.word);
            await sleep(300);
            await net.quiet();
            await firstCard.waitFor({ timeout: 15_000 });
          }
          await box.focus();
          await page.keyboard.press('End');
          await page.evaluate(armScript(['keydown', 'beforeinput'], true));
          net.startTimed();
          await page.keyboard.insertText(keystroke.typed);
          const timing = await readTiming(page, 10_000);
          await net.quiet();
          if (i === 0) listFetched(`${size} search after the keystroke`, net, 1);
          return {
            ms: timing.tFrame - timing.t0,
            statusMs: timing.statusAt > 0 ? timing.statusAt - timing.t0 : null,
            query: keystroke.word + keystroke.typed,
          };
        });
        return { word, coldGzip: cold.gzip, coldRaw: cold.raw, warm };
      }),
    );
  }
  const search: Maybe<SearchFigures> =
    word === null
      ? { ok: false, reason: 'no Korean word to search for in this archive' }
      : field(combineRuns(searchRuns), (runs) => ({
          word,
          coldGzip: runs[0]?.coldGzip ?? NaN,
          warm: combineRuns(runs.map((r) => r.warm)),
        }));

  return { home, paper, sort, search, problems };
}

// ---------------------------------------------------------------------------------------------
// Static server + browser lifetimes

async function serve(dir: string): Promise<{ server: Server; base: string }> {
  const { startStaticServer } = await import('./serve.ts');
  const server = await startStaticServer({ dir, port: 0 });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the static server has no port');
  return { server, base: `http://127.0.0.1:${address.port}/` };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

let sharedBrowser: Browser | null = null;

async function browser(): Promise<Browser> {
  if (sharedBrowser === null) {
    const { launchChromium } = await import('../tests/support/chromium.ts');
    sharedBrowser = await launchChromium();
  }
  return sharedBrowser;
}

// ---------------------------------------------------------------------------------------------
// A) Lighthouse

interface LighthouseRun {
  score: number | null;
  lcp: number | null;
  cls: number | null;
  tbt: number | null;
  fcp: number | null;
}

interface LighthouseFigures {
  pages: { path: string; runs: LighthouseRun[]; error: string | null }[];
  shots: string[];
  buildMs: number;
}

const LIGHTHOUSE_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Debian's Chromium with a DevTools port of its own choosing; Lighthouse connects to it. */
async function startDebuggableChromium(profile: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    CHROMIUM,
    [...LIGHTHOUSE_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  liveChildren.add(child);
  child.on('exit', () => liveChildren.delete(child));
  const listening = new Promise<number>((resolve, reject) => {
    let seen = '';
    let found = false;
    const timer = setTimeout(() => reject(new Error(`chromium gave no DevTools port: ${seen.slice(-300)}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      if (found) return;
      seen = (seen + chunk.toString('utf8')).slice(-4096);
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match?.[1] !== undefined) {
        found = true;
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`chromium exited (${code ?? '?'}) before it listened: ${seen.slice(-300)}`));
    });
  });
  try {
    return { child, port: await listening };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

/** SIGTERM to the child's group, SIGKILL if it is still there after a few seconds. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<boolean>((resolve) => child.once('exit', () => resolve(true)));
  killGroup(child, 'SIGTERM');
  if (!(await Promise.race([exited, sleep(3_000).then(() => false)]))) {
    killGroup(child);
    await Promise.race([exited, sleep(3_000)]);
  }
  liveChildren.delete(child);
}

function auditValue(lhr: { audits: Record<string, { numericValue?: number } | undefined> }, id: string): number | null {
  return lhr.audits[id]?.numericValue ?? null;
}

async function runLighthouse(): Promise<LighthouseFigures> {
  progress('lighthouse: building the sample site');
  const outDir = path.join(CACHE, 'sites', 'bench-site-sample');
  const build = await buildSite(SAMPLE_DIR, outDir);
  progress(`lighthouse: built in ${(build.ms / 1000).toFixed(1)} s`);
  const { server, base } = await serve(outDir);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'bench-lh-profile-'));
  let chromium: ChildProcess | null = null;
  const figures: LighthouseFigures = { pages: [], shots: [], buildMs: build.ms };
  try {
    const { default: lighthouse } = await import('lighthouse');
    const debuggable = await startDebuggableChromium(profile);
    chromium = debuggable.child;
    for (const pagePath of ['/', `/papers/${LIGHTHOUSE_PAPER}`]) {
      const entry: LighthouseFigures['pages'][number] = { path: pagePath, runs: [], error: null };
      figures.pages.push(entry);
      for (let i = 1; i <= LIGHTHOUSE_RUNS; i++) {
        progress(`lighthouse: ${pagePath} run ${i}/${LIGHTHOUSE_RUNS}`);
        try {
          const result = await lighthouse(new URL(pagePath.replace(/^\//, ''), base).href, {
            port: debuggable.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance'],
          });
          if (result === undefined) throw new Error('lighthouse returned no result');
          const lhr = result.lhr;
          if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          const score = lhr.categories.performance?.score;
          entry.runs.push({
            score: typeof score === 'number' ? score * 100 : null,
            lcp: auditValue(lhr, 'largest-contentful-paint'),
            cls: auditValue(lhr, 'cumulative-layout-shift'),
            tbt: auditValue(lhr, 'total-blocking-time'),
            fcp: auditValue(lhr, 'first-contentful-paint'),
          });
        } catch (error) {
          entry.error = firstLine(errorText(error));
          progress(`lighthouse: ${pagePath}: ${entry.error}`);
        }
      }
    }
    await stopChild(chromium);
    chromium = null;

    progress('lighthouse: screenshots at 360 px');
    await mkdir(SHOTS, { recursive: true });
    const context = await (await browser()).newContext({ locale: 'ko-KR', viewport: { width: 360, height: 780 } });
    try {
      const page = await context.newPage();
      for (const [name, pagePath] of [
        ['home', '/'],
        [`paper-${LIGHTHOUSE_PAPER}`, `/papers/${LIGHTHOUSE_PAPER}`],
      ] as const) {
        await page.goto(new URL(pagePath.replace(/^\//, ''), base).href, { waitUntil: 'networkidle' });
        await page.locator('html[data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
        const file = path.join(SHOTS, `${name}-360.png`);
        await page.screenshot({ path: file, fullPage: true });
        figures.shots.push(file);
      }
    } finally {
      await context.close();
    }
  } finally {
    if (chromium) await stopChild(chromium);
    await closeServer(server);
    await rm(profile, { recursive: true, force: true });
    if (process.env.BENCH_KEEP !== '1') await rm(outDir, { recursive: true, force: true });
  }
  return figures;
}

// ---------------------------------------------------------------------------------------------
// B) One archive size

interface SizeFigures {
  size: Size;
  archive: Maybe<{ files: number; mb: number; days: number; dir: string }>;
  content: Maybe<TimedStage>;
  parse: Maybe<TimedStage>;
  build: Maybe<BuildOutcome>;
  site: Maybe<SiteFigures>;
  primed: Maybe<TimedStage>;
  plusOne: Maybe<TimedStage & { date: string }>;
}

const notRun = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

async function measureSize(size: Size): Promise<SizeFigures> {
  const figures: SizeFigures = {
    size,
    archive: notRun('n/a'),
    content: notRun('n/a'),
    parse: notRun('n/a'),
    build: notRun('n/a'),
    site: notRun('n/a'),
    primed: notRun('n/a'),
    plusOne: notRun('n/a'),
  };
  let dir: string;
  let scan: ArchiveScan;
  try {
    dir = size === 'real' ? REAL_CORPUS : await ensureArchive(size);
    progress(`${size}: reading the archive`);
    scan = await scanArchive(dir);
    figures.archive = {
      ok: true,
      value: { files: scan.files, mb: scan.bytes / 1048576, days: scan.dates.length, dir },
    };
  } catch (error) {
    figures.archive = notRun(firstLine(errorText(error)));
    progress(`${size}: ${figures.archive.reason}`);
    return figures;
  }

  // Every cold figure gets an empty content cache of its own, removed after it.
  const caches = path.join(CACHE, 'content-caches', size);
  const freshCache = async (name: string): Promise<string> => {
    const folder = path.join(caches, name);
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
    return folder;
  };

  progress(`${size}: content stage, cold (fresh process, empty cache)`);
  const coldCache = await freshCache('cold');
  figures.content = await attempt(`${size} content stage`, () => timeChild('content', dir, coldCache));
  await rm(coldCache, { recursive: true, force: true });
  progress(`${size}: bare remark-parse (fresh process)`);
  figures.parse = await attempt(`${size} bare parse`, () => timeChild('parse', dir));

  progress(`${size}: full production build, empty cache (timeout ${buildTimeoutSeconds()} s)`);
  const outDir = path.join(CACHE, 'sites', `bench-site-${size}`);
  const buildCache = await freshCache('build');
  figures.build = await attempt(`${size} build`, () => buildSite(dir, outDir, buildCache));
  await rm(buildCache, { recursive: true, force: true });
  if (figures.build.ok) {
    progress(`${size}: built in ${(figures.build.value.ms / 1000).toFixed(1)} s`);
    const site = figures.build.value.dir;
    figures.site = await attempt(`${size} browser`, async () => {
      const { server, base } = await serve(site);
      try {
        return await measureSite(await browser(), base, size, middlePaper(scan, site), scan);
      } finally {
        await closeServer(server);
      }
    });
    if (process.env.BENCH_KEEP !== '1') await rm(site, { recursive: true, force: true });
  } else {
    figures.site = notRun(figures.build.reason.startsWith('timed out') ? 'build timed out' : 'build failed');
  }

  const work = path.join(CACHE, 'work', size);
  try {
    progress(`${size}: copying the archive`);
    await rm(work, { recursive: true, force: true });
    await mkdir(work, { recursive: true });
    const copy = path.join(work, 'archive');
    await cp(dir, copy, { recursive: true });
    // A file changed within 2 s of a build cannot be told unchanged by its stat (git's "racily
    // clean" files, `trustedStat`), so a build right after the copy would leave the next one
    // to read and hash every file again. An archive one adds a day to is older than that.
    await sleep(2_100);
    // The copy's first run is not the "after one day" figure: it gives a cache (if any) its chance.
    const copyCache = path.join(work, 'cache');
    progress(`${size}: content stage on the copy, as it was (primes an empty cache)`);
    figures.primed = await attempt(`${size} content stage (copy)`, () => timeChild('content', copy, copyCache));
    const date = await addOneDay(copy, scan, work);
    progress(`${size}: content stage after adding ${date}`);
    const plus = await attempt(`${size} content stage (+1 day)`, () => timeChild('content', copy, copyCache));
    figures.plusOne = plus.ok ? { ok: true, value: { ...plus.value, date } } : plus;
  } catch (error) {
    figures.plusOne = notRun(firstLine(errorText(error)));
    progress(`${size}: ${figures.plusOne.reason}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return figures;
}

// ---------------------------------------------------------------------------------------------
// The stack's floor

/**
 * The JavaScript of the smallest app the chosen stack allows (`scripts/stack-floor/`), built
 * with the app's own react-router alias and target: the part of figure 3 that no code of ours
 * can remove. KB gzip, as figure 3.
 */
async function measureStackFloor(): Promise<number> {
  const [{ build }, { default: react }, { reactRouterProductionBuild }] = await Promise.all([
    import('vite'),
    import('@vitejs/plugin-react'),
    import('../vite.config.ts'),
  ]);
  const outDir = await mkdtemp(path.join(CACHE, 'stack-floor-'));
  try {
    await build({
      root: path.join(ROOT, 'scripts/stack-floor'),
      configFile: false,
      mode: 'production',
      logLevel: 'silent',
      plugins: [react()],
      resolve: { alias: [reactRouterProductionBuild] },
      build: { outDir, emptyOutDir: true, target: 'es2022' },
    });
    let gzip = 0;
    for (const name of await readdir(path.join(outDir, 'assets'))) {
      if (name.endsWith('.js'))
        gzip += gzipSync(await readFile(path.join(outDir, 'assets', name)), { level: 9 }).length;
    }
    return kb(gzip);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Tables

interface Cell {
  text: string;
  /** Undefined: no budget applies to this cell. */
  pass?: boolean;
  /** Why there is no figure, for the list under the tables. */
  reason?: string;
}

interface Row {
  label: string;
  budget: string;
  cells: Partial<Record<string, Cell>>;
}

/** Columns of terminal cells a string takes: Hangul and other wide characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (cell.pass === undefined) return cell.text;
  return `${cell.text} ${cell.pass ? '✓' : '✗'}`;
}

function renderTable(title: string, columns: readonly { key: string; title: string }[], rows: readonly Row[]): string {
  const header = ['figure', ...columns.map((c) => c.title), 'budget'];
  const body = rows.map((row) => [row.label, ...columns.map((c) => cellText(row.cells[c.key])), row.budget]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...body.map((line) => displayWidth(line[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i] ?? 0, i > 0 && i < cells.length - 1))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [title, '', line(header), rule, ...body.map(line), ''].join('\n');
}

function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}

function missing(reason: string): Cell {
  let text = 'failed';
  if (reason.startsWith('n/a')) text = 'n/a';
  else if (reason.startsWith('timed out') || /^build (timed out|failed)$/.test(reason)) text = reason;
  return { text, reason };
}

/** A figure of a `Maybe`, with a budget check when `limit` is given. */
function figure<T>(
  source: Maybe<T>,
  pickValue: (value: T) => number | null,
  digits: number,
  limit?: (value: number) => boolean,
): Cell {
  if (!source.ok) return missing(source.reason);
  const value = pickValue(source.value);
  if (value === null || !Number.isFinite(value)) return { text: 'n/a', reason: 'not observed' };
  return limit ? { text: fixed(value, digits), pass: limit(value) } : { text: fixed(value, digits) };
}

/** The median of repeated timings, each run in brackets, with a budget check when `limit` is given. */
function timed<T>(source: Maybe<T[]>, pickValue: (run: T) => number | null, limit?: (value: number) => boolean): Cell {
  if (!source.ok) return missing(source.reason);
  const values = source.value.map(pickValue).filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length === 0) return { text: 'n/a', reason: 'not observed' };
  const value = median(values);
  const text = `${fixed(value, 1)} (${values.map((v) => fixed(v, 0)).join(' ')})`;
  return limit ? { text, pass: limit(value) } : { text };
}

function textCell<T>(source: Maybe<T>, pickText: (value: T) => string): Cell {
  return source.ok ? { text: pickText(source.value) } : missing(source.reason);
}

function sub<T, U>(source: Maybe<T>, pickPart: (value: T) => Maybe<U>): Maybe<U> {
  return source.ok ? pickPart(source.value) : source;
}

function lighthouseRows(figures: LighthouseFigures): Row[] {
  const metric = (
    label: string,
    budget: string,
    pickValue: (run: LighthouseRun) => number | null,
    show: (value: number) => string,
    limit?: (value: number) => boolean,
  ): Row => {
    const cells: Record<string, Cell> = {};
    for (const page of figures.pages) {
      const values = page.runs.map(pickValue).filter((v): v is number => v !== null);
      if (values.length === 0) {
        cells[page.path] = missing(page.error ?? 'no run finished');
        continue;
      }
      const value = median(values);
      const text = `${show(value)} (${values.map(show).join(' ')})`;
      cells[page.path] = limit ? { text, pass: limit(value) } : { text };
    }
    return { label, budget, cells };
  };
  return [
    metric(
      'performance score',
      '≥ 98',
      (r) => r.score,
      (v) => fixed(v, 0),
      (v) => v >= 98,
    ),
    metric(
      'LCP, s',
      '≤ 1.5 s',
      (r) => (r.lcp === null ? null : r.lcp / 1000),
      (v) => fixed(v, 2),
      (v) => v <= 1.5,
    ),
    metric(
      'CLS',
      '≤ 0.01',
      (r) => r.cls,
      (v) => fixed(v, 3),
      (v) => v <= 0.01,
    ),
    metric(
      'TBT, ms',
      '≤ 50 ms',
      (r) => r.tbt,
      (v) => fixed(v, 0),
      (v) => v <= 50,
    ),
    metric(
      'FCP, s',
      '—',
      (r) => (r.fcp === null ? null : r.fcp / 1000),
      (v) => fixed(v, 2),
    ),
  ];
}

let lighthouseVersion = '?';

function sizeRows(all: readonly SizeFigures[], stackFloor: Maybe<number>): Row[] {
  const homeOf = (size: Size): Maybe<HomeFigures> => {
    const figures = all.find((f) => f.size === size);
    return figures ? sub(figures.site, (s) => s.home) : notRun(`n/a: ${SIZE_TITLES[size]} was not measured`);
  };
  const row = (label: string, budget: string, make: (f: SizeFigures) => Cell): Row => ({
    label,
    budget,
    cells: Object.fromEntries(all.map((f) => [f.size, make(f)])),
  });
  const home = (f: SizeFigures) => sub(f.site, (s) => s.home);
  const paper = (f: SizeFigures) => sub(f.site, (s) => s.paper);
  const sort = (f: SizeFigures) => sub(f.site, (s) => s.sort);
  const search = (f: SizeFigures) => sub(f.site, (s) => s.search);
  const warm = (f: SizeFigures) => sub(search(f), (s) => s.warm);
  const onlyAt = (size: Size, f: SizeFigures, limit: (v: number) => boolean) => (f.size === size ? limit : undefined);

  return [
    row('archive: files / MB / days', '—', (f) =>
      textCell(f.archive, (a) => `${a.files} / ${fixed(a.mb, 1)} / ${a.days}`),
    ),
    row('1. home first screen, all responses, raw KB', '—', (f) => figure(home(f), (h) => kb(h.raw), 1)),
    row('1. home first screen, all responses, gzip KB', '—', (f) => figure(home(f), (h) => kb(h.gzip), 1)),
    // Data, as in 2.: the page and what it loads (HTML, data/*.json, images); code has its own budget (3.).
    row('1. home first screen data: HTML + data + images, gzip KB', '≤ 60 KB', (f) =>
      figure(
        home(f),
        (h) => kb(homeData(h)),
        1,
        (v) => v <= 60,
      ),
    ),
    row('1. home first screen data / a week’s, as many papers a day', '≤ 1.10×', (f) => {
      if (BASELINE[f.size] === f.size) return { text: '1.00 (baseline)' };
      const baseline = homeOf(BASELINE[f.size]);
      if (!baseline.ok) return missing(`n/a: the baseline failed (${baseline.reason})`);
      return figure(
        home(f),
        (h) => homeData(h) / homeData(baseline.value),
        2,
        (v) => v <= 1.1,
      );
    }),
    row('   / 1 week’s (Top-5)', '—', (f) => {
      const week = homeOf('week');
      if (BASELINE[f.size] === 'week') return { text: 'as above' };
      if (!week.ok) return missing(week.reason);
      return figure(home(f), (h) => homeData(h) / homeData(week.value), 2);
    }),
    row('   gzip KB by type: html/js/css/data/other', '—', (f) =>
      textCell(home(f), (h) =>
        (['html', 'js', 'css', 'data', 'other'] as const).map((k) => fixed(kb(h.byKind[k]), 1)).join('/'),
      ),
    ),
    row('2. paper deep link: HTML + data/*.json, gzip KB', '≤ 30 KB', (f) =>
      figure(
        paper(f),
        (p) => kb(p.dataGzip),
        1,
        (v) => v <= 30,
      ),
    ),
    row('2. paper deep link: code (JS + CSS), gzip KB', '—', (f) => figure(paper(f), (p) => kb(p.codeGzip), 1)),
    row('   paper opened', '—', (f) => textCell(paper(f), (p) => p.id)),
    row('3. initial JS (home), gzip KB', '≤ 110 KB', (f) =>
      figure(
        home(f),
        (h) => kb(h.jsGzip),
        1,
        (v) => v <= 110,
      ),
    ),
    row('   the chosen stack alone (scripts/stack-floor), gzip KB', '—', () => figure(stackFloor, (v) => v, 1)),
    row(`4. /archive “${SORT_BUTTON}”: click → first card, ms`, '≤ 100 ms', (f) =>
      timed(
        sort(f),
        (r) => r.ms,
        (v) => v <= 100,
      ),
    ),
    row('   (click → that card in the DOM, ms)', '—', (f) => timed(sort(f), (r) => r.domMs)),
    row('4. /archive: fetched after the click, gzip KB', '≤ 60 KB', (f) =>
      figure(
        sort(f),
        (runs) => (runs[0] ? kb(runs[0].afterGzip) : null),
        1,
        (v) => v <= 60,
      ),
    ),
    row('5. search cold: data/ fetched, gzip KB', '≤ 300 KB', (f) =>
      figure(
        search(f),
        (s) => kb(s.coldGzip),
        1,
        (v) => v <= 300,
      ),
    ),
    row('   cold query', '—', (f) => textCell(search(f), (s) => s.word)),
    row('5. search warm: keystroke → first card, ms', '≤ 100 ms', (f) =>
      timed(
        warm(f),
        (r) => r.ms,
        (v) => v <= 100,
      ),
    ),
    row('   (keystroke → result count changed, ms)', '—', (f) => timed(warm(f), (r) => r.statusMs)),
    row('   query after the keystroke', '—', (f) => textCell(warm(f), (runs) => runs[0]?.query ?? '?')),
    row('6. content stage cold (buildSiteData), process, s', '—', (f) => figure(f.content, (c) => c.wholeMs / 1000, 2)),
    row('6. bare remark-parse, process, s', '—', (f) => figure(f.parse, (c) => c.wholeMs / 1000, 2)),
    row('6. content stage / bare parse', '≤ 1.00×', (f) => {
      if (!f.parse.ok) return missing(f.parse.reason);
      const parse = f.parse.value.wholeMs;
      return figure(
        f.content,
        (c) => c.wholeMs / parse,
        2,
        (v) => v <= 1,
      );
    }),
    row('   in-process only: content / parse, s', '—', (f) =>
      f.content.ok && f.parse.ok
        ? { text: `${fixed(f.content.value.innerMs / 1000, 2)} / ${fixed(f.parse.value.innerMs / 1000, 2)}` }
        : missing(f.content.ok ? (f.parse as { reason: string }).reason : f.content.reason),
    ),
    row('7. full production build, process, s', '≤ 60 s (top5)', (f) =>
      figure(
        f.build,
        (b) => b.ms / 1000,
        1,
        onlyAt('top5', f, (v) => v <= 60),
      ),
    ),
    row('8. content stage on the copy, before the new day, s', '—', (f) =>
      figure(f.primed, (c) => c.wholeMs / 1000, 2),
    ),
    row('8. content stage after adding one day, s', '≤ 2 s (top5)', (f) =>
      figure(
        f.plusOne,
        (c) => c.wholeMs / 1000,
        2,
        onlyAt('top5', f, (v) => v <= 2),
      ),
    ),
    row('   after one day / cold', '—', (f) => {
      if (!f.content.ok) return missing(f.content.reason);
      const cold = f.content.value.wholeMs;
      return figure(f.plusOne, (c) => c.wholeMs / cold, 2);
    }),
  ];
}

/** The ✗ cells and the cells without a figure, one line each. */
function verdicts(
  tables: readonly { name: string; columns: readonly { key: string; title: string }[]; rows: readonly Row[] }[],
): {
  failed: string[];
  missingFigures: string[];
} {
  const failed: string[] = [];
  const missingFigures: string[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      for (const column of table.columns) {
        const cell = row.cells[column.key];
        if (cell === undefined) continue;
        const where = `${table.name} ${column.title}: ${row.label.trim()}`;
        if (cell.pass === false) failed.push(`${where} = ${cell.text} (budget ${row.budget})`);
        if (cell.reason !== undefined && row.budget !== '—') missingFigures.push(`${where}: ${cell.reason}`);
      }
    }
  }
  return { failed, missingFigures: [...new Set(missingFigures)] };
}

// ---------------------------------------------------------------------------------------------
// Main

function parseSizes(argv: readonly string[]): Size[] {
  const index = argv.indexOf('--sizes');
  const inline = argv.find((a) => a.startsWith('--sizes='));
  const value = inline ? inline.slice('--sizes='.length) : index === -1 ? SIZES.join(',') : (argv[index + 1] ?? '');
  const asked = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const s of asked) {
    if (!(SIZES as readonly string[]).includes(s)) {
      throw new Error(`unknown size “${s}” (sizes: ${SIZES.join(', ')})`);
    }
  }
  return SIZES.filter((s) => asked.includes(s));
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => fixed(l, 2))
    .join(' / ');
}

async function machineInfo(): Promise<string> {
  const cpus = os.cpus();
  const chromiumVersion = await captureVersion(CHROMIUM, ['--version']);
  const lhPackage = JSON.parse(await readFile(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as {
    version?: string;
  };
  lighthouseVersion = lhPackage.version ?? '?';
  return [
    `daily-papers bench, ${new Date().toISOString()}`,
    `  CPU        ${cpus[0]?.model.trim() ?? 'unknown'}, ${os.availableParallelism()} cores (${cpus.length} logical CPUs)`,
    `  memory     ${fixed(os.totalmem() / 1024 ** 3, 1)} GB (${fixed(os.freemem() / 1024 ** 3, 1)} GB free)`,
    `  node       ${process.version}`,
    `  chromium   ${chromiumVersion} (${CHROMIUM})`,
    `  lighthouse ${lighthouseVersion}`,
    `  os         ${os.type()} ${os.release()} ${os.arch()}`,
    `  load       ${loadAverage()} (1/5/15 min) at the start`,
    `  figures    browser: playwright-core, ${VIEWPORT.width}×${VIEWPORT.height}, ko-KR, fresh context each, localhost static server;`,
    `             "gzip" = each fetched body gzipped with zlib level 9; timings: performance.now() in the page; processes: spawn → exit`,
    `  cache      ${CACHE}`,
    '',
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv.includes('--help')) {
    console.log('usage: tsx scripts/bench.ts [--sizes week,top5,week30,top30,real] [--skip-lighthouse]');
    return;
  }
  const sizes = parseSizes(argv);
  const skipLighthouse = argv.includes('--skip-lighthouse');
  process.stdout.write(await machineInfo());
  const notes: string[] = [];
  for (const size of [...sizes]) {
    const baseline = BASELINE[size];
    if (sizes.includes(baseline)) continue;
    sizes.splice(sizes.indexOf(size), 0, baseline);
    notes.push(
      `${SIZE_TITLES[baseline]} was measured as well: it is the baseline of ${SIZE_TITLES[size]}'s first screen.`,
    );
  }
  if (sizes.includes('real') && !(await isDir(REAL_CORPUS))) {
    sizes.splice(sizes.indexOf('real'), 1);
    notes.push(`the real corpus is absent (${REAL_CORPUS}): skipped.`);
    progress(`real: ${REAL_CORPUS} is absent, skipped`);
  }
  await mkdir(CACHE, { recursive: true });

  const output: string[] = [];
  const tables: { name: string; columns: { key: string; title: string }[]; rows: Row[] }[] = [];
  try {
    if (skipLighthouse) {
      notes.push('Lighthouse skipped (--skip-lighthouse).');
    } else {
      const lh = await attempt('lighthouse', runLighthouse);
      const columns = lh.ok
        ? lh.value.pages.map((p) => ({ key: p.path, title: p.path }))
        : [{ key: 'all', title: 'both pages' }];
      const rows = lh.ok
        ? lighthouseRows(lh.value)
        : [{ label: 'Lighthouse', budget: 'performance ≥ 98 …', cells: { all: missing(lh.reason) } }];
      const title = `A) Lighthouse ${lighthouseVersion}, mobile preset, performance only: median of ${LIGHTHOUSE_RUNS} runs (the runs in brackets)`;
      output.push(renderTable(title, columns, rows));
      tables.push({ name: 'A)', columns, rows });
      notes.push('Lighthouse: served by scripts/serve.ts with gzip, as static hosts do.');
      if (lh.ok) {
        output.push(`sample site built in ${fixed(lh.value.buildMs / 1000, 1)} s; screenshots at 360 px:`);
        output.push(...lh.value.shots.map((s) => `  ${s}`), '');
      }
    }

    let stackFloor: Maybe<number> = notRun('not measured');
    if (sizes.length > 0) {
      progress('building the stack floor (scripts/stack-floor)');
      stackFloor = await attempt('stack floor', measureStackFloor);
      notes.push(
        '3. initial JS: the row under it is an app that does nothing but hydrate through react-dom, react-router, i18next and TanStack Query (scripts/stack-floor), already over 110 KB; see docs/decisions/initial-javascript.md.',
      );
    }
    const results: SizeFigures[] = [];
    for (const size of sizes) {
      progress(`=== ${SIZE_TITLES[size]} ===`);
      results.push(await measureSize(size));
    }
    if (results.length > 0) {
      const columns = results.map((r) => ({ key: r.size, title: SIZE_TITLES[r.size] }));
      const rows = sizeRows(results, stackFloor);
      output.push(renderTable('B) Archive sizes', columns, rows));
      tables.push({ name: 'B)', columns, rows });
      const problems = results.flatMap((r) => (r.site.ok ? r.site.value.problems : []));
      if (problems.length > 0) {
        const counts = new Map<string, number>();
        for (const p of problems) counts.set(p, (counts.get(p) ?? 0) + 1);
        const lines = [...counts].map(([p, n]) => `  ${p}${n > 1 ? ` (×${n})` : ''}`);
        output.push('Page errors seen while measuring:', ...lines.slice(0, 20), '');
      }
    }
  } finally {
    await sharedBrowser?.close().catch(() => undefined);
    sharedBrowser = null;
    for (const child of liveChildren) killGroup(child);
  }

  const { failed, missingFigures } = verdicts(tables);
  output.push('Budgets not met:');
  output.push(...(failed.length > 0 ? failed.map((f) => `  ✗ ${f}`) : ['  none']));
  if (missingFigures.length > 0) {
    output.push('', 'Budgeted figures not measured:', ...missingFigures.map((m) => `  - ${m}`));
  }
  notes.push(`load average ${loadAverage()} (1/5/15 min) at the end: other work on this machine skews timings.`);
  output.push('', 'Notes:', ...notes.map((n) => `  ${n}`));
  process.stdout.write(`\n${output.join('\n')}\n`);
}

function onSignal(signal: NodeJS.Signals): void {
  progress(`${signal}: stopping`);
  for (const child of liveChildren) killGroup(child);
  const closing = sharedBrowser?.close() ?? Promise.resolve();
  void Promise.race([closing, sleep(3_000)]).finally(() => process.exit(130));
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  await childMain(args[1] ?? '', args[2] ?? '');
} else {
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await main(args);
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  }
  // Lighthouse and React can leave idle handles; every figure is printed by now.
  process.exit();
}
