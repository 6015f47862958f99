/**
 * The end-to-end suite: builds the app on its sample content, serves `dist/` with the plain
 * static server (as any static host would), and runs every `tests/e2e/*.e2e.ts` scenario in
 * Debian's Chromium. Prints `N passed, N failed` and exits non-zero on any failure.
 *
 *   tsx tests/e2e/run.ts [filter]      (E2E_SKIP_BUILD=1 reuses an existing dist/)
 */
import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startStaticServer } from '../../scripts/serve.ts';
import { launchChromium } from './browser.ts';
import type { E2eTests } from './harness.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const filter = process.argv[2] ?? '';

if (process.env['E2E_SKIP_BUILD'] !== '1') {
  console.log('e2e: building the app on its sample content…');
  const { DIGESTS_DIR: _ignored, BASE_PATH: _base, ...env } = process.env;
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', env });
}

const server = await startStaticServer({ dir: DIST, port: 0 });
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
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
      await scenario({ browser, baseUrl });
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
server.close();
console.log(`\ne2e: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
