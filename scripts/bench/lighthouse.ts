/**
 * A) Lighthouse (mobile preset, performance only) on the sample content's production build:
 * home and a paper page, LIGHTHOUSE_RUNS runs each, and the paper page again on a host with a
 * single-page fallback (nginx `try_files … /index.html`, S3, Netlify), which must find the
 * paper's own page too; then 360 px screenshots of home and paper in SHOTS.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildSite } from './builds.ts';
import { closeServer, serve } from './local-site.ts';
import { errorText, firstLine, progress } from './log.ts';
import { stopChild, track } from './processes.ts';
import { CACHE, CHROMIUM, SAMPLE_DIR } from './settings.ts';
import { sharedBrowser } from './shared-browser.ts';

export const LIGHTHOUSE_RUNS = 3;
const LIGHTHOUSE_PAPER = '2601.20614';
const SHOTS = '/tmp/bench-shots';

export interface LighthouseRun {
  score: number | null;
  lcp: number | null;
  cls: number | null;
  tbt: number | null;
  fcp: number | null;
}

export interface LighthouseFigures {
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
  track(child);
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

function auditValue(lhr: { audits: Record<string, { numericValue?: number } | undefined> }, id: string): number | null {
  return lhr.audits[id]?.numericValue ?? null;
}

export async function runLighthouse(): Promise<LighthouseFigures> {
  progress('lighthouse: building the sample site');
  const outDir = path.join(CACHE, 'sites', 'bench-site-sample');
  const build = await buildSite(SAMPLE_DIR, outDir);
  progress(`lighthouse: built in ${(build.ms / 1000).toFixed(1)} s`);
  const { server, base } = await serve(outDir);
  const fallbackHost = await serve(outDir, { spa: true });
  const profile = await mkdtemp(path.join(os.tmpdir(), 'bench-lh-profile-'));
  let chromium: ChildProcess | null = null;
  const figures: LighthouseFigures = { pages: [], shots: [], buildMs: build.ms };
  try {
    const { default: lighthouse } = await import('lighthouse');
    const debuggable = await startDebuggableChromium(profile);
    chromium = debuggable.child;
    const paper = `/papers/${LIGHTHOUSE_PAPER}/`;
    for (const [label, pagePath, host] of [
      ['/', '/', base],
      [paper, paper, base],
      [`${paper} (SPA fallback host)`, paper, fallbackHost.base],
    ] as const) {
      const entry: LighthouseFigures['pages'][number] = { path: label, runs: [], error: null };
      figures.pages.push(entry);
      for (let i = 1; i <= LIGHTHOUSE_RUNS; i++) {
        progress(`lighthouse: ${label} run ${i}/${LIGHTHOUSE_RUNS}`);
        try {
          const result = await lighthouse(new URL(pagePath.replace(/^\//, ''), host).href, {
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
          progress(`lighthouse: ${label}: ${entry.error}`);
        }
      }
    }
    await stopChild(chromium);
    chromium = null;

    progress('lighthouse: screenshots at 360 px');
    await mkdir(SHOTS, { recursive: true });
    const context = await (
      await sharedBrowser()
    ).newContext({
      locale: 'ko-KR',
      viewport: { width: 360, height: 780 },
    });
    try {
      const page = await context.newPage();
      for (const [name, pagePath] of [
        ['home', '/'],
        [`paper-${LIGHTHOUSE_PAPER}`, `/papers/${LIGHTHOUSE_PAPER}/`],
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
    await closeServer(fallbackHost.server);
    await rm(profile, { recursive: true, force: true });
    if (process.env.BENCH_KEEP !== '1') await rm(outDir, { recursive: true, force: true });
  }
  return figures;
}
