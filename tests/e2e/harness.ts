/**
 * A small harness for the end-to-end suite: each `tests/e2e/*.e2e.ts` exports `tests`, a
 * record of named async scenarios that receive the browser and the served site's URL.
 * Pages opened through `openPage` fail their scenario on any console error, uncaught
 * exception or Content-Security-Policy violation.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export type SiteName = 'main' | 'subpath' | 'hostile';

export interface E2eContext {
  browser: Browser;
  /** The main site's root (sample content at `/`), e.g. `http://127.0.0.1:41234/`. */
  baseUrl: string;
  /** Every site's root: the sample under `/sub/path/`, and the hostile fixture. */
  sites: Record<SiteName, string>;
}

export type E2eTests = Record<string, (ctx: E2eContext) => Promise<void>>;

export interface CheckedPage {
  page: Page;
  context: BrowserContext;
  problems: string[];
  /** Fails when the page logged an error, threw, or violated the CSP. */
  assertClean: () => void;
  close: () => Promise<void>;
}

export async function openPage(ctx: E2eContext, options: BrowserContextOptions = {}): Promise<CheckedPage> {
  const context = await ctx.browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = await watch(page);
  return {
    page,
    context,
    problems,
    assertClean: () => assert.deepEqual(problems, [], `the page reported problems:\n${problems.join('\n')}`),
    close: () => context.close(),
  };
}

/** Console errors, React warnings, uncaught exceptions and CSP violations of a page. */
export async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (
      message.type() === 'error' ||
      (message.type() === 'warning' && /hydrat|Warning:|Content.Security.Policy/i.test(text))
    ) {
      problems.push(`[console.${message.type()}] ${text}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`[pageerror] ${error.message}`));
  // Awaited: a binding still being created when its page closes brings Playwright down.
  await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(`[csp] ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation?: (text: string) => void }).__reportCspViolation;
      report?.(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return problems;
}

/** Opens a page and waits until the app has hydrated (or rendered) it. */
export async function gotoReady(page: Page, address: string): Promise<void> {
  await page.goto(address);
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
}

export function url(ctx: E2eContext, path: string): string {
  return new URL(path.replace(/^\//, ''), ctx.baseUrl).href;
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.x A/AA rules on the current page; fails listing every violation. */
export async function assertAccessible(page: Page, label: string): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], `axe found violations on ${label}:\n${violations.join('\n')}`);
}
