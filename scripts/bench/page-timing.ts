/**
 * Timers run in the page, on its own clock. The scripts are strings: the page runs them as
 * written, with no build helpers.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';

export interface PageTiming {
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
export function armScript(startEvents: readonly string[], statusCounts: boolean): string {
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
export async function readTiming(page: Page, timeoutMs: number): Promise<PageTiming> {
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
