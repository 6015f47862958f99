/// <reference types="node" />
/**
 * Worker threads that render pages (src/prerender/worker.ts, from the server bundle), one per
 * core, in a Piscina pool. The jobs are queued at once in small batches, two per worker in
 * flight so that a worker never waits for its next one while this thread writes pages, and a
 * worker done early takes more: the work spreads evenly whatever each job costs. Any failure
 * (a page that does not render, a worker that cannot start, throws or exits) rejects `run`;
 * `close` stops the workers either way.
 */
import { Piscina } from 'piscina';
import type { Job } from './pages.ts';
import type { RenderedFile, Site } from './render.tsx';

/** Jobs per task: ~60 pages, tens of milliseconds of work, so the end is evenly shared too. */
const BATCH = 32;

export interface Pool {
  /** Renders every job, handing each batch's pages to `done` as they come. */
  run(jobs: Job[], done: (files: RenderedFile[], jobs: number) => void): Promise<void>;
  close(): Promise<void>;
}

/** Starts the workers at once, so that they load while the build plans the pages. */
export function startWorkers(file: string, site: Site, count: number): Pool {
  const pool = new Piscina<Job[], RenderedFile[]>({
    filename: file,
    workerData: site,
    minThreads: count,
    maxThreads: count,
    concurrentTasksPerWorker: 2,
    // Not the build's own flags (`--import tsx`): the worker is plain JavaScript.
    execArgv: [],
  });
  // A worker that fails with no batch of its own (while it starts, say) fails the run.
  let fail: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failed.catch(() => undefined); // seen by `run`; not an unhandled rejection when it never runs
  pool.on('error', (error: Error) => fail(error));

  return {
    async run(jobs, done) {
      let stopped = false; // after a failure, pages still arriving are not written
      const batches: Promise<void>[] = [];
      for (let first = 0; first < jobs.length; first += BATCH) {
        const batch = jobs.slice(first, first + BATCH);
        batches.push(
          pool.run(batch).then((files) => {
            if (!stopped) done(files, batch.length);
          }),
        );
      }
      try {
        await Promise.race([Promise.all(batches), failed]);
      } catch (error) {
        stopped = true;
        throw error;
      }
    },
    close: () => pool.destroy(),
  };
}
