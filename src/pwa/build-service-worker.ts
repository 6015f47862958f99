/// <reference types="node" />
/**
 * The service worker's build step, after the pages are prerendered (scripts/build.ts):
 * bundles src/pwa/service-worker.ts with Vite into one classic script, then lets Workbox
 * (workbox-build's injectManifest) write it to `<dist>/sw.js` with the precache list: the
 * app shell (every JS and CSS file of the build, so any route opens offline), the icons and
 * the offline view, each with its revision.
 *
 * The worker carries its build's id (a hash of the archive's root, which every page embeds),
 * so a new digest always makes a new worker, and a page can tell whether it is of the
 * worker's build (see src/features/offline/register-service-worker.ts). The offline view gets the site's CSP here, as prerendered
 * pages get theirs.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';
import { buildId, OFFLINE_PAGE } from '../lib/offline-caches.ts';
import { ROOT_ELEMENT_ID } from '../schema/data-files.ts';
import { contentSecurityPolicy, inlineScripts } from '../prerender/csp.ts';
import { escapeAttribute } from '../prerender/html.ts';

export const SERVICE_WORKER_FILE = 'sw.js';

export async function buildServiceWorker(root: string, dist: string): Promise<{ count: number; size: number }> {
  const offlinePage = await addCsp(path.join(dist, OFFLINE_PAGE));
  const rootText = new RegExp(`<script type="application/json" id="${ROOT_ELEMENT_ID}">([\\s\\S]*?)</script>`).exec(
    offlinePage,
  )?.[1];
  if (rootText === undefined) throw new Error(`${OFFLINE_PAGE} has no #${ROOT_ELEMENT_ID} block`);
  const bundleDir = await mkdtemp(path.join(tmpdir(), 'daily-papers-sw-'));
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      // Workbox logs only in its development build.
      define: {
        'process.env.NODE_ENV': JSON.stringify('production'),
        __BUILD_ID__: JSON.stringify(await buildId(rootText)),
      },
      build: {
        outDir: bundleDir,
        emptyOutDir: true,
        copyPublicDir: false,
        target: 'es2022',
        rolldownOptions: {
          input: path.join(root, 'src/pwa/service-worker.ts'),
          output: { format: 'iife', entryFileNames: SERVICE_WORKER_FILE },
        },
      },
    });
    const { count, size, warnings } = await injectManifest({
      swSrc: path.join(bundleDir, SERVICE_WORKER_FILE),
      swDest: path.join(dist, SERVICE_WORKER_FILE),
      globDirectory: dist,
      globPatterns: ['assets/**/*.{js,css}', OFFLINE_PAGE, 'icons/*.png', 'favicon.svg', 'manifest.webmanifest'],
      // Hashed names are their own revision.
      dontCacheBustURLsMatching: /^assets\//,
    });
    if (warnings.length > 0) throw new Error(`service worker: ${warnings.join('; ')}`);
    return { count, size };
  } finally {
    await rm(bundleDir, { recursive: true, force: true });
  }
}

/** Gives the offline view its CSP; returns its HTML. */
async function addCsp(file: string): Promise<string> {
  const html = await readFile(file, 'utf8');
  const csp = contentSecurityPolicy(inlineScripts(html));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">`;
  const withCsp = html.replace(/<meta charset="UTF-8" \/>/, (charset) => `${charset}\n    ${meta}`);
  await writeFile(file, withCsp);
  return withCsp;
}
