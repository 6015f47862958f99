/**
 * The JavaScript of the smallest app the chosen stack allows (`scripts/stack-floor/`), built
 * with the app's own react-router alias and target: the part of figure 3 that no code of ours
 * can remove.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb } from './numbers.ts';
import { CACHE, ROOT } from './settings.ts';

/** KB gzip, as figure 3. */
export async function measureStackFloor(): Promise<number> {
  const [{ build }, { default: react }, { reactRouterProductionBuild }] = await Promise.all([
    import('vite'),
    import('@vitejs/plugin-react'),
    import('../../vite.config.ts'),
  ]);
  const outDir = await mkdtemp(path.join(CACHE, 'stack-floor-'));
  try {
    await build({
      root: path.join(ROOT, 'scripts/stack-floor'),
      configFile: false,
      mode: 'production',
      logLevel: 'silent',
      plugins: [react()],
      resolve: { alias: [reactRouterProductionBuild] },
      build: { outDir, emptyOutDir: true, target: 'es2022' },
    });
    let gzip = 0;
    for (const name of await readdir(path.join(outDir, 'assets'))) {
      if (name.endsWith('.js'))
        gzip += gzipSync(await readFile(path.join(outDir, 'assets', name)), { level: 9 }).length;
    }
    return kb(gzip);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
