/**
 * When a day page's heading is first visible, for a new reader and for a returning one who
 * chose English menus: the page is prerendered for a reader with no stored choices (Korean),
 * so the returning reader's is drawn afresh by the app, never shown in Korean first. On a
 * slow phone (CPU 4×, 1.6 Mbps down, 750 kbps up, 150 ms round trips), the site's JavaScript
 * already cached (the page was opened twice before, so V8's code cache is used too).
 *
 * The time is the page's own: a script run before the page's first frames notes the frame in
 * which the heading is first visible. Nothing else runs in the page while it loads (no
 * Playwright locator, whose script injection would land on the very path being timed).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from 'playwright-core';
import { VIEWPORT } from './settings.ts';

/** Where the app keeps the reader's choices (src/lib/preferences.ts; not imported: see main.ts). */
const PREFERENCES_KEY = 'daily-papers:preferences:v1';

/** Fresh contexts per reader; the reported figure is the median. */
export const HEADING_RUNS = 5;

export interface HeadingRuns {
  /** Milliseconds from navigation start, per run. */
  fresh: number[];
  returning: number[];
}

interface Probe {
  visibleAt: number;
  lang: string;
}

/** Notes, at each frame, whether `main h1` is visible; the first such frame's time and the page's language. */
const PROBE = `(() => {
  const probe = { visibleAt: 0, lang: '' };
  window.__heading = probe;
  const frame = () => {
    const heading = document.querySelector('main h1');
    if (heading && heading.textContent.trim() && heading.checkVisibility({ visibilityProperty: true })) {
      probe.visibleAt = performance.now();
      probe.lang = document.documentElement.lang;
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})()`;

async function headingVisibleAt(browser: Browser, url: string, stored: object | null): Promise<Probe> {
  const context = await browser.newContext({ locale: 'ko-KR', viewport: VIEWPORT });
  try {
    if (stored !== null) {
      await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
        PREFERENCES_KEY,
        JSON.stringify(stored),
      ] as const);
    }
    const page = await context.newPage();
    for (let warm = 0; warm < 2; warm++) {
      await page.goto(url, { waitUntil: 'load' });
      await page.locator('html[data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
      await sleep(200); // V8 writes its code cache once the page is idle
    }
    await page.goto('about:blank');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 1_600_000 / 8,
      uploadThroughput: 750_000 / 8,
    });
    await context.addInitScript(PROBE);
    await page.goto(url, { waitUntil: 'commit' });
    for (let waited = 0; waited < 30_000; waited += 500) {
      await sleep(500);
      const probe = await page.evaluate<Probe | undefined>('window.__heading');
      if (probe !== undefined && probe.visibleAt > 0) return probe;
    }
    throw new Error('the heading was not visible within 30 s');
  } finally {
    await context.close();
  }
}

/** A returning reader's stored languages; `null` follows the default (the page's, the menus'). */
export interface StoredLanguages {
  ui: 'ko' | 'en' | null;
  summary: 'ko' | 'en' | null;
}

/**
 * The new and the returning reader, alternating, `HEADING_RUNS` times each. The returning
 * reader chose English menus unless `stored` says otherwise.
 */
export async function measureReturningReader(
  browser: Browser,
  url: string,
  stored: StoredLanguages = { ui: 'en', summary: null },
): Promise<HeadingRuns> {
  const runs: HeadingRuns = { fresh: [], returning: [] };
  const menus = stored.ui ?? 'ko';
  for (let i = 0; i < HEADING_RUNS; i++) {
    runs.fresh.push((await headingVisibleAt(browser, url, null)).visibleAt);
    const returning = await headingVisibleAt(browser, url, { ...stored, theme: null });
    if (returning.lang !== menus)
      throw new Error(`the returning reader's heading was first shown in “${returning.lang}”`);
    runs.returning.push(returning.visibleAt);
  }
  return runs;
}
