/**
 * The browser figures of one built site, each page in a fresh context: the first screen's bytes
 * (initial JavaScript among them), a paper's deep link, the archive's re-ordering, a search,
 * cold then warm, the bookmarks page at 60,000 bookmarks (bookmarks.ts) and a returning
 * reader's day page (returning-reader.ts).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ArchiveScan } from './archives.ts';
import { type BookmarkRun, measureBookmarks } from './bookmarks.ts';
import { chooseKeystroke } from './keystroke.ts';
import { progress } from './log.ts';
import { attempt, combineRuns, field, type Maybe, notRun } from './maybe.ts';
import { afterAction, type Kind, NetLog } from './net-log.ts';
import { fixed, kb } from './numbers.ts';
import { armScript, readTiming } from './page-timing.ts';
import { type HeadingRuns, measureReturningReader } from './returning-reader.ts';
import { SEARCH_WORD, type Size, SORT_BUTTON, VIEWPORT } from './settings.ts';

/** Fresh pages per in-page timing (archive re-order, search keystroke); the median is reported. */
const TIMING_RUNS = 3;
const SEARCH_LABEL = '논문 검색';
const VERBOSE = process.env.BENCH_VERBOSE === '1';

export interface HomeFigures {
  raw: number;
  gzip: number;
  jsRaw: number;
  jsGzip: number;
  byKind: Record<Kind, number>;
  requests: number;
}

export interface PaperFigures {
  id: string;
  dataGzip: number;
  dataRaw: number;
  codeGzip: number;
  requests: string;
}

export interface SortRun {
  ms: number;
  domMs: number;
  afterGzip: number;
}

export interface WarmRun {
  ms: number;
  statusMs: number | null;
  /**
   * Keystroke → the last data file asked for after it that arrived before the first card was
   * drawn (its doc shard, its paper chunk), or null when the card needed nothing new.
   */
  dataMs: number | null;
  query: string;
}

/** When the last `data/` file requested after `t0` and loaded by `tDom` arrived, on the page's clock. */
const lastDataScript = (t0: number, tDom: number) => `(() => {
  const ends = performance.getEntriesByType('resource')
    .filter((e) => e.name.includes('/data/') && e.startTime >= ${t0} && e.responseEnd <= ${tDom})
    .map((e) => e.responseEnd);
  return ends.length === 0 ? null : Math.max(...ends);
})()`;

interface SearchRun {
  word: string;
  coldGzip: number;
  coldRaw: number;
  warm: Maybe<WarmRun>;
}

export interface SearchFigures {
  word: string;
  /** Of the first run. */
  coldGzip: number;
  warm: Maybe<WarmRun[]>;
}

export interface SiteFigures {
  home: Maybe<HomeFigures>;
  paper: Maybe<PaperFigures>;
  sort: Maybe<SortRun[]>;
  search: Maybe<SearchFigures>;
  bookmarks: Maybe<BookmarkRun[]>;
  /** The latest day's heading, first visible, for a new and a returning reader. */
  returning: Maybe<HeadingRuns>;
  problems: string[];
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

/** `work` on a page of its own context, closed after; its page errors join `problems`. */
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

export async function measureSite(
  browser: Browser,
  base: string,
  size: Size,
  paperId: string | null,
  scan: ArchiveScan,
  /** Only the search, cold and warm (`--only search`); the other figures are not run. */
  searchOnly = false,
): Promise<SiteFigures> {
  const problems: string[] = [];
  const at = (p: string) => new URL(p.replace(/^\//, ''), base).href;
  const search = await measureSearch(browser, at, size, scan, problems);
  if (searchOnly) {
    const skipped = notRun('n/a: --only search');
    return { home: skipped, paper: skipped, sort: skipped, search, bookmarks: skipped, returning: skipped, problems };
  }

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
          await gotoReady(opened, at(`/papers/${paperId}/`));
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
        await gotoReady(opened, at('/archive/'));
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

  const bookmarks = await measureBookmarks(browser, base, scan, size);

  const latest = scan.dates.at(-1);
  progress(`${size}: /days/${latest ?? '?'}: heading visible, new and returning reader (CPU 4×, slow 4G)`);
  const returning: Maybe<HeadingRuns> =
    latest === undefined
      ? { ok: false, reason: 'n/a: no day in this archive' }
      : await attempt(`${size} returning reader`, () => measureReturningReader(browser, at(`/days/${latest}`)));

  return { home, paper, sort, search, bookmarks, returning, problems };
}

/** The search: cold from a shared URL, then warm, one keystroke (keystroke.ts). */
async function measureSearch(
  browser: Browser,
  at: (path: string) => string,
  size: Size,
  scan: ArchiveScan,
  problems: string[],
): Promise<Maybe<SearchFigures>> {
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
        await gotoReady(opened, at(`/search/?q=${encodeURIComponent(word)}`));
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
          const dataAt = await page.evaluate<number | null>(lastDataScript(timing.t0, timing.tDom));
          await net.quiet();
          if (i === 0) listFetched(`${size} search after the keystroke`, net, 1);
          return {
            ms: timing.tFrame - timing.t0,
            statusMs: timing.statusAt > 0 ? timing.statusAt - timing.t0 : null,
            dataMs: dataAt === null ? null : dataAt - timing.t0,
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
  return search;
}
