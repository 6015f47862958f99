/**
 * The end-to-end tests (`npm run test:e2e`): the production build of each site in
 * tests/e2e/support/sites.ts, served by the plain static server, in Debian's Chromium (no
 * browser is downloaded; CHROMIUM_PATH points elsewhere). One project per site.
 *
 * E2E_SKIP_BUILD=1 reuses the sites built last time; E2E_JSON names the JSON report's file;
 * E2E_PORT moves the sites' ports.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/chromium.ts';
import { SITE_NAMES, siteUrl } from './tests/e2e/support/sites.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.e2e.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  // A flaky test must show as a failure.
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Generous: the machines that run these are small and often busy with other work.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    locale: 'ko-KR',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'root',
      use: { baseURL: siteUrl('root') },
      testIgnore: ['subpath.e2e.ts', 'hostile.e2e.ts'],
    },
    {
      name: 'subpath',
      use: { baseURL: siteUrl('subpath') },
      testMatch: ['routes.e2e.ts', 'subpath.e2e.ts', 'published.e2e.ts'],
    },
    { name: 'hostile', use: { baseURL: siteUrl('hostile') }, testMatch: 'hostile.e2e.ts' },
  ],
  // Started one after another, each builds its site, then serves it until the tests end.
  webServer: SITE_NAMES.map((name) => ({
    command: `npx tsx tests/e2e/support/serve-site.ts ${name}`,
    url: siteUrl(name),
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  })),
});
