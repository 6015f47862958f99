/**
 * The production build: client bundle (with the digest pipeline), server bundle, then
 * prerendered pages, then feeds, sitemap and robots.txt. Everything is built into a temporary folder that replaces the output
 * folder only when every step succeeded, so a failed build leaves no half-built site.
 *
 *   tsx scripts/build.ts [--outDir dist]      (DIGESTS_DIR, BASE_PATH, SITE_URL apply)
 */
import { rm, rename } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';

/**
 * The digests' problems when they are what failed the build: the list the digests plugin
 * reports, without the bundler's wrapping and stack trace around it.
 */
function digestProblems(error: unknown): string | null {
  const errors: unknown = error instanceof Error && 'errors' in error ? error.errors : null;
  if (!Array.isArray(errors)) return null;
  const own = errors.filter((e): e is Error => e instanceof Error && 'plugin' in e && e.plugin === 'digests');
  return own.length > 0 ? own.map((e) => e.message).join('\n') : null;
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : (process.argv[index + 1] ?? fallback);
}

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(option('outDir', path.join(root, 'dist')));
const staging = `${outDir}.building-${process.pid}`;
const ssrDir = path.join(root, 'node_modules/.cache/ssr', path.basename(outDir));
const started = performance.now();

try {
  const { siteUrlSetting, writeSiteFiles } = await import('../src/prerender/site-files.ts');
  const siteUrl = siteUrlSetting();
  await build({ root, logLevel: 'warn', build: { outDir: staging, emptyOutDir: true } });
  // The server bundle: the app with the prerender's rendering side, plain JavaScript that
  // worker threads load without this script's TypeScript loader (see src/prerender/).
  await build({
    root,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir: ssrDir,
      emptyOutDir: true,
      copyPublicDir: false,
      rolldownOptions: {
        input: { 'prerender-render': 'src/prerender/render.tsx', 'prerender-worker': 'src/prerender/worker.ts' },
        // The render has every interface language's messages at hand (src/i18n/i18n.ts): that the
        // browser's language switch imports one of them lazily changes nothing here.
        checks: { ineffectiveDynamicImport: false },
      },
    },
  });
  process.env.NODE_ENV = 'production'; // React's server renderer is much faster so (workers inherit it)
  const { prerender, siteBase } = await import('../src/prerender/prerender.ts');
  const archive = await prerender(staging, ssrDir, siteBase());
  writeSiteFiles(staging, archive, siteUrl, siteBase());
  const { buildServiceWorker } = await import('../src/pwa/build-service-worker.ts');
  const worker = await buildServiceWorker(root, staging);
  console.log(`service worker: ${worker.count} files precached (${(worker.size / 1024).toFixed(0)} KB)`);
  await rm(outDir, { recursive: true, force: true });
  await rename(staging, outDir);
  console.log(
    `build: ${path.relative(root, outDir) || outDir} ready in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(digestProblems(error) ?? (error instanceof Error ? error.message : error));
  process.exitCode = 1;
}
// React's server renderer can leave idle handles behind; the build is done either way.
process.exit();
