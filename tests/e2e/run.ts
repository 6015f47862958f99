/**
 * The end-to-end suite: builds the production site (the real build script) on the sample
 * content, at the root and under a sub-path, and on a fixture of hostile content; serves
 * each with the plain static server (as any static host would); and runs every
 * `tests/e2e/*.e2e.ts` scenario in Debian's Chromium. Prints `N passed, N failed`.
 *
 *   tsx tests/e2e/run.ts [filter]      (E2E_SKIP_BUILD=1 reuses the sites already built)
 */
import { execFileSync } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startStaticServer } from '../../scripts/serve.ts';
import { launchChromium } from '../support/chromium.ts';
import type { E2eTests, SiteName } from './harness.ts';
import { writeHostileDigests } from './hostile.ts';
import type { Server } from 'node:http';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITES_DIR = path.join(ROOT, 'node_modules/.cache/e2e');
const filter = process.argv[2] ?? '';

/** The sites the scenarios visit: name → how it is built and where it is served. */
const SITES: Record<SiteName, { base: string; env: Record<string, string> }> = {
  main: { base: '/', env: {} },
  subpath: { base: '/sub/path/', env: { BASE_PATH: '/sub/path/' } },
  hostile: { base: '/', env: { DIGESTS_DIR: await writeHostileDigests(path.join(SITES_DIR, 'hostile-digests')) } },
};

const { DIGESTS_DIR: _digests, BASE_PATH: _base, SITE_URL: _site, ...cleanEnv } = process.env;
const sites = {} as Record<SiteName, string>;
const servers: Server[] = [];
for (const [name, site] of Object.entries(SITES) as [SiteName, (typeof SITES)[SiteName]][]) {
  const outDir = path.join(SITES_DIR, name);
  if (process.env.E2E_SKIP_BUILD !== '1') {
    console.log(`e2e: building the ${name} site…`);
    execFileSync('npx', ['tsx', 'scripts/build.ts', '--outDir', outDir], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...cleanEnv, ...site.env },
    });
  }
  const server = await startStaticServer({ dir: outDir, port: 0, base: site.base });
  servers.push(server);
  sites[name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}${site.base}`;
}
const baseUrl = sites.main;
const browser = await launchChromium();

let passed = 0;
let failed = 0;
const files = (await readdir(import.meta.dirname)).filter((f) => f.endsWith('.e2e.ts')).sort();
for (const file of files) {
  const module = (await import(pathToFileURL(path.join(import.meta.dirname, file)).href)) as { tests: E2eTests };
  for (const [name, scenario] of Object.entries(module.tests)) {
    const title = `${file.replace(/\.e2e\.ts$/, '')} › ${name}`;
    if (filter && !title.includes(filter)) continue;
    const started = performance.now();
    try {
      await scenario({ browser, baseUrl, sites });
      passed++;
      console.log(`  ✓ ${title} (${Math.round(performance.now() - started)} ms)`);
    } catch (error) {
      failed++;
      console.log(
        `  ✗ ${title}\n    ${String(error instanceof Error ? (error.stack ?? error.message) : error).replace(/\n/g, '\n    ')}`,
      );
    }
  }
}

await browser.close();
for (const server of servers) server.close();
console.log(`\ne2e: ${passed} passed, ${failed} failed`);
const summary = process.env.E2E_SUMMARY;
if (summary) await writeFile(summary, JSON.stringify({ passed, failed }));
process.exitCode = failed > 0 ? 1 : 0;
