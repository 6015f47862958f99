import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Job } from './pages.ts';
import { startWorkers } from './pool.ts';
import type { RenderedFile, Site } from './render.tsx';

const site = { dist: '/nowhere', template: '', csp: '', base: '/' } as unknown as Site;
const jobs: Job[] = Array.from({ length: 100 }, (_, i) => ({ paper: { id: `p${i}`, file: `data/p${i}.json` } }));

/** Stand-in workers: a Piscina task module each, as the server bundle's worker.ts is. */
const WORKERS = {
  good: `export default (jobs) =>
    jobs.map((job) => ({ file: job.paper.id + '.html', html: new TextEncoder().encode(job.paper.id) }));`,
  failing: `export default () => { throw new Error('prerendering /papers/p0 failed: boom'); };`,
  exiting: `export default () => process.exit(3);`,
  throwing: `throw new Error('cannot load the bundle');`,
};

let dir = '';
const file = (name: keyof typeof WORKERS) => path.join(dir, `${name}.mjs`);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'prerender-pool-'));
  for (const [name, source] of Object.entries(WORKERS)) await writeFile(path.join(dir, `${name}.mjs`), source);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('startWorkers', () => {
  it('hands out every job once and passes the pages on', async () => {
    const pool = startWorkers(file('good'), site, 2);
    const pages: RenderedFile[] = [];
    let jobsDone = 0;
    try {
      await pool.run(jobs, (files, count) => {
        pages.push(...files);
        jobsDone += count;
      });
    } finally {
      await pool.close();
    }
    expect(jobsDone).toBe(jobs.length);
    expect(pages.map((page) => page.file).sort()).toEqual(jobs.map((_, i) => `p${i}.html`).sort());
    expect(new TextDecoder().decode(pages.find((page) => page.file === 'p7.html')?.html)).toBe('p7');
  });

  for (const [name, message] of [
    ['failing', 'prerendering /papers/p0 failed: boom'],
    ['exiting', 'worker exited with code: 3'],
    ['throwing', 'cannot load the bundle'],
  ] as const) {
    it(`fails, without hanging, when a worker is ${name}`, async () => {
      const pool = startWorkers(file(name), site, 2);
      try {
        await expect(pool.run(jobs, () => undefined)).rejects.toThrow(message);
      } finally {
        await pool.close();
      }
    });
  }
});
