/// <reference types="node" />
/**
 * Prerendering, the last build step: every route of the app becomes a real HTML page with
 * its content already rendered (React's renderToString through src/entry-server.tsx), its
 * own title, description, canonical URL, Open Graph and Twitter Card tags (which its route
 * renders, see src/components/page-head.tsx), a strict CSP, and the data it was rendered
 * from for hydration.
 *
 * Pages: `/`, `/days/`, `/days/<date>/`, `/papers/<id>/` and `/papers/<id>/<lang>/` for each
 * further language of the archive, `/archive/[week/|month/|last7/|last30/]`, `/bookmarks/`,
 * `/new/`, `/list/` and `/search/` (their query is the browser's to draw), and `404.html`. Each is its
 * folder's `index.html` (see `pageFile`).
 *
 * This side plans the pages and writes them; the server bundle renders them (src/prerender/
 * render.tsx): here in this thread for a small site, in one worker thread per core for a
 * large one (a 10-year archive has ~38,000 pages).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { paths } from '../config/paths.ts';
import { PAGE_ELEMENT_ID } from '../lib/page-data.ts';
import type { DayChunk, ListPage, Root, YearIndex } from '../schema/digest.ts';
import { ARCHIVE_SCOPES } from '../schema/digest.ts';
import { ROOT_ELEMENT_ID } from '../schema/data-files.ts';
import { contentSecurityPolicy, inlineScripts } from './csp.ts';
import { type Job, type PageSpec, pageFile } from './pages.ts';
import { startWorkers } from './pool.ts';
import type { createPageRenderer, RenderedFile, Site } from './render.tsx';

/**
 * From this many pages a site is rendered in workers, with progress lines. Below, it is not
 * worth it: each worker loads and warms up the app itself (the 83 pages of a week take 0.6 s
 * either way).
 */
const LARGE_SITE = 500;

/**
 * Renders every page of the client build in `dist` (its index.html is the template) with the
 * server bundle in `ssrDir` (see scripts/build.ts). Returns the archive's root, as the pages embed it.
 */
export async function prerender(dist: string, ssrDir: string, base: string): Promise<Root> {
  const started = performance.now();
  const template = readFileSync(path.join(dist, 'index.html'), 'utf8');
  if (template.includes(`id="${PAGE_ELEMENT_ID}"`)) {
    throw new Error(`${dist}/index.html is already prerendered: run the client build (vite build) again first`);
  }
  const rootJson = new RegExp(`<script type="application/json" id="${ROOT_ELEMENT_ID}">([\\s\\S]*?)</script>`).exec(
    template,
  )?.[1];
  if (!rootJson) throw new Error(`${dist}/index.html has no #${ROOT_ELEMENT_ID} block: build the client first`);
  const root = JSON.parse(rootJson) as Root;
  const site: Site = { dist, template, csp: contentSecurityPolicy(inlineScripts(template)), root, base };

  const threads = workerCount(root.dayCount + root.paperCount * root.langs.length);
  const pool = threads > 0 ? startWorkers(path.resolve(ssrDir, 'prerender-worker.js'), site, threads) : null;
  let pages = 0;
  try {
    const jobs = planJobs(dist, root);
    const progress = progressLine(jobs.length);
    const folders = new Set<string>();
    // Written here, one after another: files written from several threads at once into the
    // same folder (papers/ gets ~35,000 entries) wait on each other and cost twice the time.
    const write = (files: RenderedFile[], jobsDone: number) => {
      for (const { file, html } of files) {
        const target = path.join(dist, file);
        const folder = path.dirname(target);
        if (!folders.has(folder)) {
          mkdirSync(folder, { recursive: true });
          folders.add(folder);
        }
        writeFileSync(target, html);
      }
      pages += files.length;
      progress(pages, jobsDone);
    };
    if (pool) {
      await pool.run(jobs, write);
    } else {
      const bundle = pathToFileURL(path.resolve(ssrDir, 'prerender-render.js')).href;
      const render = ((await import(bundle)) as { createPageRenderer: typeof createPageRenderer }).createPageRenderer(
        site,
      );
      for (const job of jobs) write(await render(job), 1);
    }
  } finally {
    await pool?.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`prerender: ${pages} pages in ${seconds} s${threads ? ` (${threads} worker threads)` : ''}`);
  return root;
}

/** `PRERENDER_WORKERS=<n>` sets it (0: none); else one per core for a large site, none for a small one. */
function workerCount(estimatedPages: number): number {
  const fromEnv = process.env.PRERENDER_WORKERS;
  if (fromEnv !== undefined && fromEnv !== '') {
    const count = Number(fromEnv);
    if (!Number.isInteger(count) || count < 0) throw new Error(`PRERENDER_WORKERS=${fromEnv}: expected a whole number`);
    return count;
  }
  const cores = availableParallelism();
  return cores > 1 && estimatedPages >= LARGE_SITE ? cores : 0;
}

/**
 * Progress on a large site: on a terminal one line kept up to date, in a log (CI) a line per
 * tenth of the work. The total is in jobs (a paper's pages are known once it is read).
 */
function progressLine(totalJobs: number): (pages: number, jobsDone: number) => void {
  if (totalJobs < LARGE_SITE) return () => undefined;
  const tty = process.stdout.isTTY;
  let jobs = 0;
  let shown = 0;
  return (pages, jobsDone) => {
    jobs += jobsDone;
    const percent = Math.floor((100 * jobs) / totalJobs);
    if (percent >= 100 || percent < shown + (tty ? 1 : 10)) return;
    shown = percent;
    const line = `prerender: ${pages} pages (${percent}%)`;
    if (tty) process.stdout.write(`\r${line}\r`);
    else console.log(line);
  };
}

/** Every page, in order: the fixed ones, then each day with its papers (each paper once). */
function planJobs(dist: string, root: Root): Job[] {
  const data = (file: string): unknown => JSON.parse(readFileSync(path.join(dist, file), 'utf8'));
  const jobs: Job[] = [];
  const page = (spec: Omit<PageSpec, 'file'>) => jobs.push({ page: { ...spec, file: pageFile(spec.path) } });
  const latest = root.latest ? (data(root.latest.file) as DayChunk) : null;
  page({
    path: paths.home.href(),
    queries: latest ? [[['day', latest.date], latest]] : [],
    summaryByPreference: true,
  });
  const lastYear = root.years.at(-1);
  page({
    path: paths.days.href(),
    queries: lastYear ? [[['year', lastYear.file], data(lastYear.file)]] : [],
  });
  for (const scope of ARCHIVE_SCOPES) {
    const orders = scope === 'all' ? root.lists.all : root.lists[scope]?.orders;
    if (!orders) continue;
    const first = data(orders.rank.first) as ListPage;
    page({
      path: paths.archive.href(scope === 'all' ? undefined : scope),
      queries: [[['list-page', orders.rank.first], first]],
      summaryByPreference: true,
    });
  }

  const papers = new Set<string>();
  for (const year of root.years) {
    for (const day of (data(year.file) as YearIndex).days) {
      const chunk = data(day.file) as DayChunk;
      page({
        path: paths.day.href(day.date),
        queries: [[['day', day.date], chunk]],
        summaryByPreference: true,
      });
      for (const card of chunk.cards) {
        if (papers.has(card.id)) continue;
        papers.add(card.id);
        jobs.push({ paper: { id: card.id, file: card.file } });
      }
    }
  }
  page({ path: paths.bookmarks.href(), queries: [], summaryByPreference: true });
  // What is new since a visit (`/new/?since=…`) is the reader's own: drawn in the browser.
  page({ path: paths.newSince.href(), queries: [], summaryByPreference: true });
  // A shared reading list (`/list/?l=…`) is served this page and drawn in the browser from its query.
  page({ path: paths.sharedList.href(), queries: [], summaryByPreference: true });
  // A shared search (`/search/?q=…`) is served this page, with status 200, and drawn afresh for
  // its query in the browser (index.html's head script marks a page with a query stale).
  page({ path: paths.search.href(), queries: [], summaryByPreference: true });
  // Where static hosts look for it; the app renders any unknown address as this page.
  jobs.push({ page: { path: '/404', file: '404.html', queries: [] } });
  return jobs;
}

/** The site's base path (`BASE_PATH`), from the environment. */
export function siteBase(): string {
  const rawBase = process.env.BASE_PATH ?? '/';
  return `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}
