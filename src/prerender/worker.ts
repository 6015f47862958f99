/// <reference types="node" />
/**
 * A prerender worker thread (started by src/prerender/pool.ts from the server bundle, so it
 * runs in plain Node without the build's TypeScript loader). Given the site once, as
 * workerData, it renders the batches of jobs it is sent, one batch at a time, and answers
 * each with the pages (their buffers moved, not copied), or with the error that stopped it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Job } from './pages.ts';
import { createPageRenderer, type RenderedFile, type Site } from './render.tsx';

export interface Batch {
  jobs: Job[];
}

export type Reply = { jobs: number; files: RenderedFile[] } | { failed: string };

const port = parentPort;
if (!port) throw new Error('src/prerender/worker.ts runs as a worker thread');
const render = createPageRenderer(workerData as Site);

let queue = Promise.resolve();
port.on('message', ({ jobs }: Batch) => {
  queue = queue.then(async () => {
    try {
      const files: RenderedFile[] = [];
      for (const job of jobs) files.push(...(await render(job)));
      const reply: Reply = { jobs: jobs.length, files };
      port.postMessage(
        reply,
        files.map((file) => file.html.buffer as ArrayBuffer),
      );
    } catch (error) {
      const reply: Reply = { failed: error instanceof Error ? error.message : String(error) };
      port.postMessage(reply);
    }
  });
});
