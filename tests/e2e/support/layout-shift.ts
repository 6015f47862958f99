/** Layout shifts (CLS) as a page loads, for scenarios that promise the page never moves. */
import type { BrowserContext, Page } from '@playwright/test';

/** Every layout shift from the start of each page load, summed into `window.__shift`. */
export async function recordLayoutShifts(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const record = window as unknown as { __shift: number };
    record.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) record.__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift so far, once the page has had time to settle after the app started. */
export async function layoutShift(page: Page): Promise<number> {
  // Two animation frames after the app is ready: anything the app moved is painted and recorded.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 500)))),
  );
  return page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}
