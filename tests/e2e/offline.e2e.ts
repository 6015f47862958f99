/**
 * Installable and readable offline, with the service worker running: a persistent Chromium
 * profile on a site this file builds and serves itself (it rebuilds it with one more day, as
 * a new deployment would). "Offline" is both the browser's offline mode and the server
 * stopped, so nothing can come from the network, the service worker's requests included.
 */
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { startStaticServer } from '../../scripts/serve.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { expectReady } from './support/app.ts';
import { OWN_SITE_PORTS, SITES_DIR } from './support/sites.ts';
import { expect, test } from './support/test.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SAMPLE = path.join(ROOT, 'src/content/digests');
const PORT = OWN_SITE_PORTS.offline;
const SITE = `http://127.0.0.1:${PORT}/`;
const FIRST = {
  id: '2511.08521',
  title: 'UniVA: Universal Video Agent towards Open-Source Next-Generation Video Generalist',
};
const SECOND = { id: '2511.10643', title: 'Black-Box On-Policy Distillation of Large Language Models' };
const READ = [FIRST, SECOND];
const BOOKMARKED = { id: '2511.10647', title: 'Depth Anything 3: Recovering the Visual Space from Any Views' };

/**
 * Builds the digests in `digests` into `outDir`. `siteUrl`, compiled into the app, makes
 * its scripts differ from a build without it, as a deploy of new code would.
 */
function buildSite(digests: string, outDir: string, siteUrl?: string): void {
  const { DIGESTS_DIR: _digests, BASE_PATH: _base, SITE_URL: _site, ...env } = process.env;
  execFileSync('npx', ['tsx', 'scripts/build.ts', '--outDir', outDir], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...env, DIGESTS_DIR: digests, ...(siteUrl === undefined ? {} : { SITE_URL: siteUrl }) },
  });
}

/** Console errors and page errors of every page of `context`, but those of a network that is down. */
function watchProblems(context: BrowserContext): string[] {
  const problems: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/.test(message.text())) {
      problems.push(`[console.error] ${message.text()} (${message.page()?.url() ?? ''})`);
    }
  });
  context.on('weberror', (error) => problems.push(`[pageerror] ${error.error().message}`));
  return problems;
}

/** Stops the server, open connections included: nothing more is answered. */
function stop(server: Server | null): void {
  server?.close();
  server?.closeAllConnections();
}

/** Waits until the service worker controls the page (it takes over the first page it finds). */
async function controlled(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** The URLs in one of the service worker's caches. */
function cached(page: Page, cacheName: string): Promise<string[]> {
  return page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  }, cacheName);
}

test.describe('offline', () => {
  test.setTimeout(300_000);

  let work = '';
  let server: Server | null = null;
  let context: BrowserContext | null = null;

  test.afterEach(async () => {
    await context?.close();
    stop(server);
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('papers read, bookmarked papers and the offline view work offline; a new build asks to refresh', async () => {
    work = await mkdtemp(path.join(tmpdir(), 'daily-papers-offline-'));
    const digests = path.join(work, 'digests');
    const outDir = path.join(SITES_DIR, 'offline');
    await mkdir(digests);
    await cp(path.join(SAMPLE, '2025'), path.join(digests, '2025'), { recursive: true });
    buildSite(digests, outDir);
    server = await startStaticServer({ dir: outDir, port: PORT });

    context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
      locale: 'ko-KR',
      viewport: { width: 1280, height: 900 },
    });
    const problems = watchProblems(context);
    const page = context.pages()[0] ?? (await context.newPage());

    const opened = context;
    await test.step('installable: Chromium reports no installability error', async () => {
      await page.goto(SITE);
      await expectReady(page);
      const cdp = await opened.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
      await cdp.detach();
    });

    await test.step('online: the worker takes over, a bookmark is saved ahead of reading', async () => {
      await controlled(page);
      await page.getByRole('button', { name: `북마크: ${BOOKMARKED.title}`, exact: true, pressed: false }).click();
      await expect
        .poll(() => cached(page, 'daily-papers-saved-v1'))
        .toEqual(expect.arrayContaining([`/papers/${BOOKMARKED.id}/`, `/papers/${BOOKMARKED.id}/en/`]));
      for (const paper of READ) {
        await page.goto(`${SITE}papers/${paper.id}/`);
        await expectReady(page);
        await expect(page.getByRole('heading', { level: 1, name: paper.title })).toBeVisible();
      }
    });

    stop(server);
    server = null;
    await context.setOffline(true);

    await test.step('offline: both papers read before open again', async () => {
      for (const paper of READ) {
        await page.goto(`${SITE}papers/${paper.id}/`);
        await expectReady(page);
        await expect(page.getByRole('heading', { level: 1, name: paper.title })).toBeVisible();
      }
    });

    await test.step('offline: the bookmarked paper, never opened, opens', async () => {
      await page.goto(`${SITE}papers/${BOOKMARKED.id}/`);
      await expectReady(page);
      await expect(page.getByRole('heading', { level: 1, name: BOOKMARKED.title })).toBeVisible();
    });

    await test.step('offline: a page never opened shows the offline view with the saved pages', async () => {
      await page.goto(`${SITE}days/2025-11-13/`);
      await expect(page.getByRole('heading', { level: 1, name: '오프라인입니다' })).toBeVisible();
      const saved = page.getByRole('list').getByRole('link');
      await expect(saved.filter({ hasText: FIRST.title })).toHaveAttribute('href', `/papers/${FIRST.id}/`);
      await expect(saved.filter({ hasText: BOOKMARKED.title }).first()).toBeVisible();
      await saved.filter({ hasText: SECOND.title }).click();
      await expect(page.getByRole('heading', { level: 1, name: SECOND.title })).toBeVisible();
    });

    await test.step('a new build: an open page of the old one offers it and reloads only when asked', async () => {
      await opened.setOffline(false);
      server = await startStaticServer({ dir: outDir, port: PORT });
      await page.goto(SITE);
      await expectReady(page);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('2025');
      stop(server);
      await cp(path.join(SAMPLE, '2026'), path.join(digests, '2026'), { recursive: true });
      buildSite(digests, outDir, SITE.slice(0, -1));
      server = await startStaticServer({ dir: outDir, port: PORT });
      // What an open tab does every hour, or the browser on the next navigation.
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      const prompt = page.getByRole('status').filter({ hasText: '새 다이제스트가 있습니다' });
      // The new worker first saves the whole new build: slow on a busy machine.
      await expect(prompt).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('heading', { level: 1 })).toContainText('2025');

      // A page opened now is of the new build already: it says nothing.
      const fresh = await opened.newPage();
      await fresh.goto(SITE);
      await expectReady(fresh);
      await expect(fresh.getByRole('heading', { level: 1 })).toContainText('2026');
      await expect(fresh.getByRole('status').filter({ hasText: '새 다이제스트가 있습니다' })).toHaveCount(0);
      await fresh.close();

      await prompt.getByRole('button', { name: '새로고침' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('2026');
      await expect(prompt).toBeHidden();
    });

    await test.step('the new worker takes over once no page is left under the old one', async () => {
      // The browser may keep the old worker while a page it controls is open (the reloaded
      // page is one when the old worker was busy): closing the site's tabs ends it.
      await page.goto('about:blank');
      await page.goto(SITE);
      await expectReady(page);
      await expect
        .poll(() =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            return registration?.waiting === null && registration.active?.state === 'activated';
          }),
        )
        .toBe(true);
    });

    await test.step('pages kept from the old build are fetched again and start the app offline', async () => {
      // The new build's pages name their address in full (it knows SITE_URL).
      const keptCopy = (cacheName: string, id: string) =>
        page.evaluate(async ([name, url]) => (await (await caches.open(name)).match(url))?.text() ?? '', [
          cacheName,
          `${SITE}papers/${id}/`,
        ] as const);
      const fresh = (id: string) => `href="${SITE}papers/${id}/"`;
      await expect.poll(() => keptCopy('daily-papers-pages-v1', FIRST.id)).toContain(fresh(FIRST.id));
      await expect.poll(() => keptCopy('daily-papers-saved-v1', BOOKMARKED.id)).toContain(fresh(BOOKMARKED.id));
      stop(server);
      server = null;
      await opened.setOffline(true);
      const seen = problems.length;
      for (const paper of [FIRST, BOOKMARKED]) {
        await page.goto(`${SITE}papers/${paper.id}/`);
        await expectReady(page);
        await expect(page.getByRole('heading', { level: 1, name: paper.title })).toBeVisible();
      }
      // Both papers' day gained a next day in the new build, and its new data was never
      // fetched online: offline, only the pages' previous and next cannot load.
      const offlineOnly = problems.splice(seen).filter((problem) => !problem.includes('net::ERR_FAILED'));
      problems.push(...offlineOnly);
    });

    expect(problems).toEqual([]);
  });
});
