/**
 * The processes the bench times: the full production build (`scripts/build.ts`), and the
 * content stage and a bare remark parse, each in a fresh process (`main.ts --child`) timed from
 * spawn to exit.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { digestFiles } from './digest-files.ts';
import { firstLine } from './log.ts';
import { run } from './processes.ts';
import { BENCH_ENTRY, buildTimeoutSeconds, CACHE } from './settings.ts';

export interface BuildOutcome {
  ms: number;
  dir: string;
}

/** `cache`: the content cache's folder (`DAILY_PAPERS_CACHE`); by default the build's own. */
export async function buildSite(digests: string, outDir: string, cache?: string): Promise<BuildOutcome> {
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

/** What a timed child prints, on a line of its own after `CHILD_MARK`. */
interface ChildReport {
  ok: boolean;
  ms: number;
  files: number;
  summary: string;
}

const CHILD_MARK = 'BENCH-CHILD ';

/**
 * The timed child itself (`main.ts --child content|parse <dir>`): the content stage
 * (buildSiteData) or a bare remark parse of every digest file, imported only now.
 */
export async function runChild(kind: string, dir: string): Promise<void> {
  let report: ChildReport;
  if (kind === 'content') {
    const { buildSiteData } = await import('../../src/pipeline/build-site-data.ts');
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
  process.stdout.write(`\n${CHILD_MARK}${JSON.stringify(report)}\n`);
  process.exit(0);
}

export interface TimedStage {
  /** The process, spawn to exit. */
  wholeMs: number;
  /** The work alone, as the child timed it. */
  innerMs: number;
  summary: string;
}

/**
 * `node --import tsx main.ts --child <kind> <dir>`, timed from spawn to exit. `cache`: the
 * content cache's folder for this child (`DAILY_PAPERS_CACHE`), so that a "cold" figure never
 * reads a cache an earlier step wrote for the same archive. `failing`: the content stage is
 * expected to report a problem (and it is one if it does not).
 */
export async function timeChild(
  kind: 'content' | 'parse',
  dir: string,
  cache?: string,
  { failing = false } = {},
): Promise<TimedStage> {
  const timeout = buildTimeoutSeconds();
  const env = cache === undefined ? process.env : { ...process.env, DAILY_PAPERS_CACHE: cache };
  const result = await run(process.execPath, ['--import', 'tsx', BENCH_ENTRY, '--child', kind, dir], {
    env,
    timeoutMs: timeout * 1000,
  });
  if (result.timedOut) throw new Error(`timed out after ${timeout} s`);
  const line = result.stdout.split('\n').find((l) => l.startsWith(CHILD_MARK));
  if (result.code !== 0 || line === undefined) {
    throw new Error(
      `exit ${result.code ?? result.signal ?? '?'}: ${firstLine(result.stderr.split('\n').slice(-20).join('\n'))}`,
    );
  }
  const report = JSON.parse(line.slice(CHILD_MARK.length)) as ChildReport;
  if (report.ok === failing) {
    throw new Error(`the content stage ${failing ? 'reported no problem' : 'failed'}: ${report.summary}`);
  }
  return { wholeMs: result.ms, innerMs: report.ms, summary: report.summary };
}

/** How deep the quote of `timeDeepQuote` is nested. */
export const DEEP_QUOTE = 30;

/**
 * The content stage, as `content:check` runs it, on one digest whose summary holds a quote
 * nested `DEEP_QUOTE` deep: the parser reports it (too deep to read), in well under a second,
 * where checking it against the schema once took longer than any archive.
 */
export async function timeDeepQuote(): Promise<TimedStage> {
  const dir = path.join(CACHE, 'deep-quote');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const digest = [
    '# 2026-01-29 Daily Papers (Top 1)',
    '',
    '## 1. [A Quote Nested Deep](https://huggingface.co/papers/2601.00001)',
    '**Upvotes**: 1',
    '',
    '### Summary',
    `${'> '.repeat(DEEP_QUOTE)}Quoted ${DEEP_QUOTE} times over.`,
    '',
  ];
  await writeFile(path.join(dir, '2026-01-29.md'), digest.join('\n'));
  try {
    return await timeChild('content', dir, 'off', { failing: true });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
