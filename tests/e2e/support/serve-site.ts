/**
 * Builds one end-to-end site with the real build script and serves it with the plain static
 * server, as any static host would; Playwright starts one of these per site (its webServer)
 * and stops it when the tests are done. E2E_SKIP_BUILD=1 serves the site built last time.
 *
 *   tsx tests/e2e/support/serve-site.ts <root|subpath|hostile>
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startStaticServer } from '../../../scripts/serve.ts';
import { PUBLISHED_ORIGIN, SITE_NAMES, SITES, SITES_DIR, SPA_FALLBACK_PORT, type SiteName } from './sites.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const HOSTILE_FIXTURE = path.join(ROOT, 'tests/fixtures/hostile/2026-02-01.md');
const FIVE_MB = 5 * 1024 * 1024;

/**
 * The hostile digest fixture (script tags, event handlers, `javascript:` and `data:` links,
 * entities, over-long words) with a 5 MB abstract appended, too big to keep in the repository.
 */
async function writeHostileDigests(dir: string): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const sentence = '모델이 <b>긴</b> 초록을 읽습니다 & the model reads a long abstract. ';
  const paragraph = `${sentence.repeat(40)}\n\n`;
  const abstract = paragraph.repeat(Math.ceil(FIVE_MB / Buffer.byteLength(paragraph)));
  await writeFile(path.join(dir, '2026-02-01.md'), `${await readFile(HOSTILE_FIXTURE, 'utf8')}${abstract}`);
  return dir;
}

/** The build's settings for a site; anything else the caller's environment has is left out. */
async function buildEnv(name: SiteName): Promise<Record<string, string>> {
  if (name === 'subpath') return { BASE_PATH: SITES.subpath.base, SITE_URL: PUBLISHED_ORIGIN };
  if (name === 'hostile') return { DIGESTS_DIR: await writeHostileDigests(path.join(SITES_DIR, 'hostile-digests')) };
  return {};
}

const name = process.argv[2] as SiteName;
if (!SITE_NAMES.includes(name)) throw new Error(`usage: serve-site.ts <${SITE_NAMES.join('|')}>`);
const outDir = path.join(SITES_DIR, name);

if (process.env.E2E_SKIP_BUILD !== '1') {
  const { DIGESTS_DIR: _digests, BASE_PATH: _base, SITE_URL: _site, ...cleanEnv } = process.env;
  console.log(`e2e: building the ${name} site…`);
  execFileSync('npx', ['tsx', 'scripts/build.ts', '--outDir', outDir], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...cleanEnv, ...(await buildEnv(name)) },
  });
} else if (!existsSync(outDir)) {
  throw new Error(`E2E_SKIP_BUILD=1, but the ${name} site has not been built yet (${outDir})`);
}
// First, so that it is up when Playwright sees the site's own server answer.
if (name === 'root') {
  await startStaticServer({ dir: outDir, port: SPA_FALLBACK_PORT, spa: true });
  console.log(`e2e: serving the root site with a single-page fallback at http://127.0.0.1:${SPA_FALLBACK_PORT}/`);
}
await startStaticServer({ dir: outDir, port: SITES[name].port, base: SITES[name].base });
console.log(`e2e: serving the ${name} site at http://127.0.0.1:${SITES[name].port}${SITES[name].base}`);
