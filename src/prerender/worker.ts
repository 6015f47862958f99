/// <reference types="node" />
/**
 * A prerender worker thread's task (run by src/prerender/pool.ts, a Piscina pool, from the
 * server bundle, so it runs in plain Node without the build's TypeScript loader). Given the
 * site once, as the pool's workerData, it renders a batch of jobs into their pages, whose
 * buffers it hands over rather than copies; an error fails the batch. It is handed two batches
 * at a time and renders them one after the other.
 */
import { move, transferableSymbol, valueSymbol, workerData } from 'piscina';
import type { Job } from './pages.ts';
import { createPageRenderer, type RenderedFile, type Site } from './render.tsx';

const render = createPageRenderer(workerData as Site);

async function renderAll(jobs: Job[]) {
  const files: RenderedFile[] = [];
  for (const job of jobs) files.push(...(await render(job)));
  return move({
    [transferableSymbol]: files.map((file) => file.html.buffer),
    [valueSymbol]: files,
  });
}

/** The batch before this one: a worker is handed its next batch before it is done with one. */
let previous: Promise<unknown> = Promise.resolve();

export default function renderBatch(jobs: Job[]) {
  const batch = previous.then(() => renderAll(jobs));
  previous = batch.catch(() => undefined);
  return batch;
}
