/**
 * The bookmarks page at the most bookmarks an import accepts: a generated export of 60,000
 * (tests/support/bookmark-export.ts), its newest a dozen papers of the archive, imported into
 * a fresh browser, then /bookmarks opened again with all of them stored. Both are timed on the
 * page's own clock, from the file's `change` event (handing the 5 MB file to the page is
 * Playwright's cost, not the app's) and from the navigation, to the frame that paints the
 * result. The import's time is the app's two parts of it: the file's `change` to its preview
 * painted, and the click on Apply to the result painted (not the time the click takes to come).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page } from 'playwright-core';
import { bookmarkExport, type ExportPaper, MANY_BOOKMARKS } from '../../tests/support/bookmark-export.ts';
import type { ArchiveScan } from './archives.ts';
import { progress } from './log.ts';
import { attempt, combineRuns, type Maybe } from './maybe.ts';
import { VIEWPORT } from './settings.ts';

const RUNS = 3;
const TIMEOUT_MS = 120_000;
const FIRST_CARD = 'main [role="list"] article';
/** The import preview's button that applies it. */
const APPLY = '적용';

export interface BookmarkRun {
  /** The file's `change` event → its preview (or its refusal), plus Apply → the result and the list painted. */
  importMs: number;
  /** Whether the import was refused, rather than done. */
  refused: boolean;
  /** Navigation → the first card of the list painted, with all of them stored. */
  openMs: number;
  /** How many the page said were saved after the import. */
  saved: number;
}

/** Notes, from the page's start, when the bookmark list's first card is painted. */
const FIRST_CARD_SCRIPT = `(() => {
  window.__firstCard = 0;
  const observer = new MutationObserver(() => {
    if (!document.querySelector(${JSON.stringify(FIRST_CARD)})) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__firstCard = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

/**
 * Notes when an import starts (the file input's `change`), when its preview is painted, when
 * Apply is clicked and when the result is painted (or, instead of the preview, a refusal).
 */
const IMPORT_SCRIPT = `(() => {
  const b = { t0: 0, tPreview: 0, tApply: 0, tDone: 0, refused: false };
  window.__import = b;
  let previewSeen = false;
  const isApply = (node) => node instanceof HTMLButtonElement && node.textContent === ${JSON.stringify(APPLY)};
  const input = document.querySelector('main input[type="file"]');
  input.addEventListener('change', () => { if (b.t0 === 0) b.t0 = performance.now(); }, true);
  document.addEventListener('click', (event) => {
    if (b.tApply === 0 && isApply(event.target.closest('button'))) b.tApply = performance.now();
  }, true);
  const observer = new MutationObserver(() => {
    if (b.t0 === 0) return;
    const refused = document.querySelector('main [role="alert"]') !== null;
    if (!previewSeen && !refused) {
      if (![...document.querySelectorAll('main button')].some(isApply)) return;
      previewSeen = true;
      requestAnimationFrame(() => { b.tPreview = performance.now(); });
      return;
    }
    const done = [...document.querySelectorAll('main p[role="status"]')].some((p) => p.textContent.startsWith('가져오기 완료'));
    if (!refused && !(done && document.querySelector(${JSON.stringify(FIRST_CARD)}))) return;
    observer.disconnect();
    b.refused = refused;
    requestAnimationFrame(() => { b.tDone = performance.now(); });
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

/** Polls a value the page sets once (its CSP forbids waitForFunction's string predicates). */
async function waitInPage<T>(page: Page, expression: string, done: (value: T) => boolean): Promise<T> {
  const deadline = performance.now() + TIMEOUT_MS;
  for (;;) {
    const value = await page.evaluate<T>(expression);
    if (done(value)) return value;
    if (performance.now() > deadline) throw new Error(`timed out: ${expression} after ${TIMEOUT_MS / 1000} s`);
    await sleep(50);
  }
}

/** The newest papers of the archive, to head the export: the top of the list shows real cards. */
function realPapers(scan: ArchiveScan): ExportPaper[] {
  const papers: ExportPaper[] = [];
  for (const date of [...scan.dates].reverse()) {
    for (const id of scan.idsByDate.get(date) ?? []) {
      papers.push({ id, title: id, date });
      if (papers.length === 12) return papers;
    }
  }
  return papers;
}

async function oneRun(browser: Browser, at: (path: string) => string, text: string): Promise<BookmarkRun> {
  const context = await browser.newContext({ locale: 'ko-KR', viewport: VIEWPORT });
  try {
    await context.addInitScript(FIRST_CARD_SCRIPT);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(at('/bookmarks/'), { waitUntil: 'load', timeout: 60_000 });
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
    await page.evaluate(IMPORT_SCRIPT);
    await page
      .getByLabel('가져오기', { exact: true })
      .setInputFiles({ name: 'bookmarks.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    // A refused file has no preview to apply.
    const apply = page.getByRole('region', { name: '가져오기 전에 확인' }).getByRole('button', { name: APPLY });
    await apply.or(page.locator('main [role="alert"]')).first().waitFor({ timeout: TIMEOUT_MS });
    if (await apply.isVisible()) await apply.click();
    const timing = await waitInPage<{ t0: number; tPreview: number; tApply: number; tDone: number; refused: boolean }>(
      page,
      'window.__import',
      (b) => b.tDone > 0,
    );
    const saved = await page.evaluate(
      () =>
        (JSON.parse(localStorage.getItem('daily-papers:bookmarks') ?? '{"bookmarks":[]}') as { bookmarks: [] })
          .bookmarks.length,
    );

    await page.goto(at('/bookmarks/'), { waitUntil: 'load', timeout: 60_000 });
    const openMs = await waitInPage<number>(page, 'window.__firstCard', (t) => t > 0);
    if (errors.length > 0) throw new Error(`page error: ${errors[0] ?? ''}`);
    const importMs = timing.refused
      ? timing.tDone - timing.t0
      : timing.tPreview - timing.t0 + (timing.tDone - timing.tApply);
    return { importMs, refused: timing.refused, openMs, saved };
  } finally {
    await context.close().catch(() => undefined);
  }
}

export async function measureBookmarks(
  browser: Browser,
  base: string,
  scan: ArchiveScan,
  label: string,
): Promise<Maybe<BookmarkRun[]>> {
  const at = (p: string) => new URL(p.replace(/^\//, ''), base).href;
  const text = bookmarkExport(MANY_BOOKMARKS, realPapers(scan));
  progress(
    `${label}: import ${MANY_BOOKMARKS} bookmarks, open /bookmarks (${RUNS} times, a fresh browser context each)`,
  );
  const runs: Maybe<BookmarkRun>[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await attempt(`${label} bookmarks`, () => oneRun(browser, at, text)));
  return combineRuns(runs);
}
