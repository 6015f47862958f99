/**
 * The real `vite build` with DIGESTS_DIR pointing at a digest folder: broken digests fail
 * the build with every problem and leave no output behind; valid ones give a site whose
 * pages embed the root and whose data/ holds the chunks.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir, type TempDir } from '../helpers/digests.ts';
import { childEnv, REPO, run } from '../helpers/run.ts';
import { RootSchema } from '../../src/schema/digest.ts';
import { ROOT_ELEMENT_ID } from '../../src/schema/data-files.ts';

const FIXTURES = path.join(REPO, 'tests/fixtures/digests');
const TIMEOUT = 60_000;

let temp: TempDir;

beforeEach(async () => {
  temp = await tempDir('digests-build-');
});

afterEach(async () => {
  await temp.cleanup();
});

function viteBuild(digests: string, outDir: string) {
  return run('npx', ['vite', 'build', '--outDir', outDir], childEnv({ DIGESTS_DIR: digests }));
}

describe('vite build', () => {
  it(
    'fails on broken digests, names every file:line problem, and leaves no output',
    async () => {
      const digests = path.join(FIXTURES, 'site-broken');
      const outDir = path.join(temp.dir, 'out');
      const { code, stdout, stderr } = await viteBuild(digests, outDir);
      const output = stdout + stderr;
      expect(code, output).not.toBe(0);
      // Named relative to the build's working directory, the repo.
      const shown = (file: string) => path.relative(REPO, path.join(digests, file));
      for (const problem of [
        `${shown('no-dated-title.md')}:1: `,
        `${shown('several-problems.md')}:3: `,
        `${shown('several-problems.md')}:7: `,
      ]) {
        expect(output).toContain(problem);
      }
      expect(existsSync(outDir), 'the failed build left its output folder behind').toBe(false);
    },
    TIMEOUT,
  );

  it(
    'builds a valid folder into index.html with the embedded root and the data/ files',
    async () => {
      const outDir = path.join(temp.dir, 'out');
      const { code, stdout, stderr } = await viteBuild(path.join(FIXTURES, 'site-valid'), outDir);
      expect(code, stdout + stderr).toBe(0);

      const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
      const embedded = new RegExp(`<script type="application/json" id="${ROOT_ELEMENT_ID}">([^<]*)</script>`).exec(
        html,
      );
      expect(embedded, 'index.html has no embedded root').not.toBeNull();
      const root = v.parse(RootSchema, JSON.parse(embedded?.[1] ?? 'null'));
      expect(root).toMatchObject({ dayCount: 2, paperCount: 3, langs: ['ko', 'en'], first: '2026-01-28' });
      expect(root.latest?.date).toBe('2026-01-29');

      // Every file the root points at was written.
      const shards = Array.from({ length: root.lookup.shards }, (_, i) => `${root.lookup.dir}/${i}.json`);
      for (const file of [root.latest?.file, ...root.years.map((y) => y.file), ...shards]) {
        expect(file).toBeDefined();
        expect(existsSync(path.join(outDir, file ?? '-')), file).toBe(true);
      }
      const papers = await readdir(path.join(outDir, 'data/papers'));
      expect(papers).toHaveLength(3);
      expect(await readdir(path.join(outDir, 'data/days'))).toHaveLength(2);
    },
    TIMEOUT,
  );

  it(
    'npm run build on broken digests prints the file:line list and no stack trace, and exits 1',
    async () => {
      const digests = path.join(FIXTURES, 'site-broken');
      const outDir = path.join(temp.dir, 'out');
      const { code, stdout, stderr } = await run(
        'npx',
        ['tsx', 'scripts/build.ts', '--outDir', outDir],
        childEnv({ DIGESTS_DIR: digests }),
      );
      const output = stdout + stderr;
      expect(code, output).toBe(1);
      expect(output).toContain(`${path.relative(REPO, path.join(digests, 'several-problems.md'))}:7: `);
      expect(output, 'a stack trace').not.toMatch(/^\s+at /m);
      expect(output).not.toMatch(/RolldownError|Build failed with/);
    },
    TIMEOUT,
  );

  it(
    'npm run build on a folder that does not exist says so in one line, and exits 1',
    async () => {
      const missing = path.join(temp.dir, 'no-such-folder');
      const { code, stdout, stderr } = await run(
        'npx',
        ['tsx', 'scripts/build.ts', '--outDir', path.join(temp.dir, 'out')],
        childEnv({ DIGESTS_DIR: missing }),
      );
      const output = stdout + stderr;
      expect(code, output).toBe(1);
      expect(output).toContain(`${path.relative(REPO, missing)}:0: expected a folder of digests, found nothing there`);
      expect(output, 'a stack trace').not.toMatch(/^\s+at /m);
    },
    TIMEOUT,
  );
});
