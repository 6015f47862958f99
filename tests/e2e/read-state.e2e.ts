/**
 * Read marks and visits in the production build: kept across a reload and shared with a
 * second tab, the "unread only" filter kept in the URL, the days new since the previous
 * visit announced after a rebuild, and the app without storage. The sample's days:
 * 2025-11-13 (3 papers), 2025-11-14 (3), 2026-01-29 (5).
 */
import { execFileSync } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startStaticServer } from '../../scripts/serve.ts';
import { expectAccessible } from './support/accessibility.ts';
import { cardTitles, expectReady, gotoReady } from './support/app.ts';
import { OWN_SITE_PORTS, SITES_DIR } from './support/sites.ts';
import { expect, test } from './support/test.ts';

const DAY = 'days/2025-11-13';
const DAY_TITLES = [
  'Lumine: An Open Recipe for Building Generalist Agents in 3D Open Worlds',
  'MADD: Multi-Agent Drug Discovery Orchestra',
  'Time-to-Move: Training-Free Motion Controlled Video Generation via Dual-Clock Denoising',
] as const;

/** A card's read toggle, named after its paper. */
function readToggle(page: Page, title: string) {
  return page.getByRole('button', { name: `읽음 표시: ${title}` });
}

/** The day's line under its date, e.g. "Top 3 · 논문 3편 · 1 / 3 읽음". */
function dayLine(page: Page) {
  return page.getByRole('heading', { level: 1 }).locator('xpath=following-sibling::p[1]');
}

test('a read mark survives a reload and shows in a second tab at once', async ({ page, context }) => {
  await gotoReady(page, DAY);
  await expect(dayLine(page)).toContainText('0 / 3 읽음');
  const second = await context.newPage();
  await gotoReady(second, DAY);

  await readToggle(page, DAY_TITLES[1]).click();
  await expect(readToggle(page, DAY_TITLES[1])).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('article').nth(1)).toContainText('읽음');
  await expect(dayLine(page)).toContainText('1 / 3 읽음');
  await expectAccessible(page, 'a day with a paper read');
  // The other tab follows without a reload.
  await expect(readToggle(second, DAY_TITLES[1])).toHaveAttribute('aria-pressed', 'true');
  await expect(dayLine(second)).toContainText('1 / 3 읽음');

  await page.reload();
  await expectReady(page);
  await expect(readToggle(page, DAY_TITLES[1])).toHaveAttribute('aria-pressed', 'true');
  await expect(readToggle(page, DAY_TITLES[0])).toHaveAttribute('aria-pressed', 'false');

  // Marked unread in the second tab: the first follows, the last action wins.
  await readToggle(second, DAY_TITLES[1]).click();
  await expect(readToggle(page, DAY_TITLES[1])).toHaveAttribute('aria-pressed', 'false');
  await expect(dayLine(page)).toContainText('0 / 3 읽음');
});

test('"unread only" is kept in the URL and survives a reload', async ({ page }) => {
  await gotoReady(page, DAY);
  await readToggle(page, DAY_TITLES[0]).click();
  await page.getByRole('button', { name: '안 읽은 것만' }).click();
  await expect(page).toHaveURL(/\?unread=1$/);
  await expect(cardTitles(page)).toHaveText([DAY_TITLES[1], DAY_TITLES[2]]);

  await page.reload();
  await expectReady(page);
  await expect(page.getByRole('button', { name: '안 읽은 것만' })).toHaveAttribute('aria-pressed', 'true');
  await expect(cardTitles(page)).toHaveText([DAY_TITLES[1], DAY_TITLES[2]]);

  // "Mark all as read" leaves the grid in place until the view changes, then nothing is left.
  await page.getByRole('button', { name: /^모두 읽음으로 표시/ }).click();
  await expect(page.getByRole('button', { name: '모두 읽음' })).toBeDisabled();
  await expect(cardTitles(page)).toHaveText([DAY_TITLES[1], DAY_TITLES[2]]);
  await page.reload();
  await expectReady(page);
  await expect(page.getByText('안 읽은 논문이 없습니다. 모두 읽었습니다.')).toBeVisible();
});

test('read marks appear after the app starts without moving anything', async ({ page, context }) => {
  await context.addInitScript(() => {
    localStorage.setItem(
      'daily-papers:reading',
      JSON.stringify({ version: 1, days: { '2025-11-13': '5' }, recent: {}, visit: null }),
    );
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
        (window as unknown as { shifts: number }).shifts += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await gotoReady(page, DAY);
  await expect(readToggle(page, DAY_TITLES[0])).toHaveAttribute('aria-pressed', 'true');
  await expect(dayLine(page)).toContainText('2 / 3 읽음');
  // A frame after the marks are drawn, for the observer to report.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
});

test('with storage blocked the app works, marks read for the session, and says so', async ({ page, context }) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(DAY);
  await expect(page.getByRole('status').filter({ hasText: '이 탭을 닫기 전까지만' })).toBeVisible();
  await readToggle(page, DAY_TITLES[2]).click();
  await expect(readToggle(page, DAY_TITLES[2])).toHaveAttribute('aria-pressed', 'true');
  await expect(dayLine(page)).toContainText('1 / 3 읽음');
});

test.describe('a day added after the previous visit', () => {
  /** The sample without its latest day, built once: the site as it was before that day. */
  const beforeDir = path.join(SITES_DIR, 'read-state-before');
  const port = OWN_SITE_PORTS.newDays;
  // One after the other, in one worker: they share the port and the site built once.
  test.describe.configure({ mode: 'default' });
  // The read state's scenario, without the service worker: the one the first site installs
  // would answer the second visit (tests/e2e/offline.e2e.ts covers it).
  test.use({ serviceWorkers: 'block' });

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    if (process.env.E2E_SKIP_BUILD === '1' && existsSync(beforeDir)) return;
    const digests = path.join(SITES_DIR, 'read-state-before-digests');
    await rm(digests, { recursive: true, force: true });
    await cp(path.resolve(import.meta.dirname, '../../src/content/digests'), digests, {
      recursive: true,
      filter: (source) => !source.includes(`${path.sep}2026`),
    });
    const { DIGESTS_DIR: _digests, BASE_PATH: _base, SITE_URL: _site, ...env } = process.env;
    execFileSync('npx', ['tsx', 'scripts/build.ts', '--outDir', beforeDir], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      stdio: 'inherit',
      env: { ...env, DIGESTS_DIR: digests },
    });
  });

  test('is announced as new on the next visit, with a link to exactly its papers', async ({ page }) => {
    const origin = `http://127.0.0.1:${port}/`;
    // The same address serves the site before the day and then after it, as a host would.
    const before = await startStaticServer({ dir: beforeDir, port });
    try {
      await gotoReady(page, origin);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^2025년 11월 14일/);
      await expect(page.getByText(/지난 방문 이후/)).toHaveCount(0);
      // The reader leaves before the host changes its files: nothing the page would still
      // load once idle (offline reading's code) can be asked of the old host while it is down.
      await page.goto('about:blank');
    } finally {
      before.closeAllConnections();
      await new Promise((resolve) => before.close(resolve));
    }

    const after = await startStaticServer({ dir: path.join(SITES_DIR, 'root'), port });
    try {
      await gotoReady(page, origin);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^2026년 1월 29일/);
      const notice = page.getByRole('status').filter({ hasText: '지난 방문 이후 새 논문 5편' });
      await expect(notice).toBeVisible();
      await expectAccessible(page, 'home with the new-since notice');
      await notice.getByRole('link', { name: '보기' }).click();
      await expect(page).toHaveURL(/\/new\/\?since=2025-11-14$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('지난 방문 이후 새 논문');
      await expect(page.getByRole('article')).toHaveCount(5);
      await expect(page.getByRole('article').first()).toContainText('2026년 1월 29일');
      await expectAccessible(page, 'the new-since view');

      // A reload of the view keeps it: the link carries its date.
      await page.reload();
      await expectReady(page);
      await expect(page.getByRole('article')).toHaveCount(5);
    } finally {
      after.closeAllConnections();
      await new Promise((resolve) => after.close(resolve));
    }
  });

  test.describe('on a phone, with the service worker', () => {
    test.use({ serviceWorkers: 'allow', viewport: { width: 360, height: 780 } });

    test('the notice and a new build’s update prompt are both seen, neither covering the other', async ({ page }) => {
      const origin = `http://127.0.0.1:${port}/`;
      /** Serves `dir` at the origin while `visit` runs, as a host deploying builds would. */
      const serving = async (dir: string, visit: () => Promise<void>) => {
        const server = await startStaticServer({ dir, port });
        try {
          await visit();
        } finally {
          server.closeAllConnections();
          await new Promise((resolve) => server.close(resolve));
        }
      };
      /** The build of the worker controlling the page, as it answers it (src/lib/offline-caches.ts). */
      const workerBuild = () =>
        page.evaluate(
          () =>
            new Promise<string>((resolve) => {
              const channel = new MessageChannel();
              channel.port1.onmessage = (event) => resolve(String(event.data));
              navigator.serviceWorker.controller?.postMessage({ type: 'build' }, [channel.port2]);
            }),
        );
      let firstBuild = '';
      await serving(beforeDir, async () => {
        await gotoReady(page, origin);
        await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
        firstBuild = await workerBuild();
      });
      const notice = page.getByRole('status').filter({ hasText: '지난 방문 이후 새 논문 5편' });
      await serving(path.join(SITES_DIR, 'root'), async () => {
        await gotoReady(page, origin);
        await expect(notice).toBeVisible();
        // The page is of the new build: its worker takes over without a word.
        await expect.poll(workerBuild, { timeout: 20_000 }).not.toBe(firstBuild);
      });
      // Another build is deployed while the page is open; the page asks for the worker anew.
      const prompt = page.getByRole('status').filter({ hasText: '새 다이제스트가 있습니다' });
      await serving(beforeDir, async () => {
        await page.evaluate(async () => {
          await (await navigator.serviceWorker.getRegistration())?.update();
        });
        await expect(prompt).toBeVisible();
      });
      await expect(notice).toBeVisible();
      const [above, below] = await Promise.all([notice.boundingBox(), prompt.boundingBox()]);
      expect(above, 'the notice is drawn').not.toBeNull();
      expect(below, 'the prompt is drawn').not.toBeNull();
      if (above === null || below === null) return;
      expect(above.y + above.height, 'the notice ends above the prompt').toBeLessThanOrEqual(below.y);
      expect(below.y + below.height, 'the prompt is on the screen').toBeLessThanOrEqual(780);
      await expectAccessible(page, 'home with the notice and the update prompt');
    });
  });
});
