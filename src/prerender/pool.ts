/// <reference types="node" />
/**
 * Worker threads that render pages (src/prerender/worker.ts, from the server bundle), one per
 * core. Jobs go out in small batches, two per worker in flight so that a worker never waits
 * for its next one, and a worker done early takes more: the work spreads evenly whatever each
 * job costs. Any failure (a page that does not render, a worker that cannot start, throws or
 * exits) rejects `run`; `close` stops the workers either way.
 */
import { Worker } from 'node:worker_threads';
import type { Job } from './pages.ts';
import type { RenderedFile, Site } from './render.tsx';
import type { Batch, Reply } from './worker.ts';

/** Jobs per message: ~60 pages, tens of milliseconds of work, so the end is evenly shared too. */
const BATCH = 32;

export interface Pool {
  /** Renders every job, handing each batch's pages to `done` as they come. */
  run(jobs: Job[], done: (files: RenderedFile[], jobs: number) => void): Promise<void>;
  close(): Promise<void>;
}

/** Starts the workers at once, so that they load while the build plans the pages. */
export function startWorkers(file: string, site: Site, count: number): Pool {
  // execArgv: not the build's own flags (`--import tsx`): the worker is plain JavaScript.
  const workers = Array.from({ length: count }, () => new Worker(file, { workerData: site, execArgv: [] }));
  let fail: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failed.catch(() => undefined); // seen by `run`; not an unhandled rejection when it never runs
  let closing = false;
  for (const worker of workers) {
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!closing) fail(new Error(`a prerender worker stopped before the end (exit code ${code})`));
    });
  }

  return {
    async run(jobs, done) {
      let next = 0;
      let inFlight = 0;
      const finished = new Promise<void>((resolve, rejectRun) => {
        let stopped = false; // after a failure, pages still arriving are not written
        const reject = (error: unknown) => {
          stopped = true;
          rejectRun(error instanceof Error ? error : new Error(String(error)));
        };
        const send = (worker: Worker) => {
          if (next >= jobs.length) return;
          const batch: Batch = { jobs: jobs.slice(next, (next += BATCH)) };
          inFlight++;
          worker.postMessage(batch);
        };
        for (const worker of workers) {
          worker.on('message', (reply: Reply) => {
            if (stopped) return;
            if ('failed' in reply) {
              reject(new Error(reply.failed));
              return;
            }
            inFlight--;
            try {
              send(worker); // first: the worker goes on while its pages are written
              done(reply.files, reply.jobs);
            } catch (error) {
              reject(error);
            }
            if (inFlight === 0) resolve();
          });
          send(worker);
          send(worker);
        }
        if (inFlight === 0) resolve();
      });
      await Promise.race([finished, failed]);
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
