/**
 * Playwright Test's `test`, with every page of every browser context a test opens watched:
 * a console error, an uncaught exception, a Content-Security-Policy violation or a React
 * hydration warning fails the test, whichever page it came from. The scenarios import
 * `test` and `expect` from here.
 *
 * A test that expects such an error names it in `allowedProblems`, e.g.
 * `test.use({ allowedProblems: [/status of 404/] })` in its `describe` block.
 */
import { type BrowserContext, type BrowserContextOptions, test as base, expect } from '@playwright/test';

export { expect };

interface CheckOptions {
  /** Problems this test expects; each is matched against a line of the report. */
  allowedProblems: RegExp[];
}

/** Reports each `securitypolicyviolation` as a console error, so that the console watch sees it. */
function reportCspViolations() {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`[csp] ${event.violatedDirective} blocked ${event.blockedURI}`);
  });
}

/**
 * Collects the problems of every page of `context` into `problems`. The listeners are on the
 * context, so pages opened later (a second tab, a popup) are watched too. Called as the
 * context is created, its init script is sent before the test can open a page there.
 */
async function watch(context: BrowserContext, problems: string[]): Promise<void> {
  context.on('console', (message) => {
    const text = message.text();
    if (
      message.type() === 'error' ||
      (message.type() === 'warning' && /hydrat|Warning:|Content.Security.Policy/i.test(text))
    ) {
      problems.push(`[console.${message.type()}] ${text} (${message.page()?.url() ?? 'no page'})`);
    }
  });
  context.on('weberror', (error) => {
    problems.push(`[pageerror] ${error.error().message} (${error.page()?.url() ?? 'no page'})`);
  });
  await context.addInitScript(reportCspViolations);
}

interface Fixtures {
  /**
   * Opens a further browser context (a second reader, a fresh browser) with the project's
   * options, overridden by `options`; it is closed when the test ends, whatever happened.
   */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  checkPages: undefined;
}

export const test = base.extend<CheckOptions & Fixtures>({
  allowedProblems: [[], { option: true }],

  newContext: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      return context;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },

  checkPages: [
    async ({ browser, allowedProblems }, use) => {
      const problems: string[] = [];
      const watching: Promise<void>[] = [];
      // Every context made while the test runs: the `context` fixture's and the test's own.
      const onContext = (context: BrowserContext) => {
        watching.push(watch(context, problems).catch(() => undefined)); // a context closed at once has no pages
      };
      browser.on('context', onContext);
      await use(undefined);
      browser.off('context', onContext);
      await Promise.all(watching);
      const unexpected = problems.filter((problem) => !allowedProblems.some((allowed) => allowed.test(problem)));
      expect(unexpected, 'the pages reported console errors, exceptions or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});
