/**
 * Records many digest files at once (`digest-record.ts`): in worker threads, one per core,
 * when there are enough files to pay for starting them (a worker takes about a quarter of a
 * second to load remark); in the build's own worker thread when it has one (it loaded remark
 * meanwhile); in this thread otherwise.
 *
 * Each worker numbers search keys its own way; its answers carry the keys it numbered, and
 * the terms it sends are renumbered here into the build's table.
 */
import os from 'node:os';
import type { FileRecord } from './digest-record.ts';
import { type KeyTable, TermCounter } from '../search/term-counter.ts';
import { type Job, type Parsed, PipelineThread } from '../workers/pipeline-thread.ts';

export type { Job };

/** Below this many files, this thread parses them sooner than workers would start. */
export const WORKER_MIN_FILES = 200;
const BATCH = 24;

export interface PoolOptions {
  /** Worker threads; by default one per core, none for fewer than `WORKER_MIN_FILES` files. */
  workers?: number;
  /** The build's worker thread, already started: one of the workers, or the one for a few files. */
  thread?: PipelineThread;
  /** Called as files are done, with how many are. */
  progress?: (done: number) => void;
}

export async function recordFiles(
  jobs: readonly Job[],
  table: KeyTable,
  options: PoolOptions = {},
): Promise<FileRecord[]> {
  if (jobs.length === 0) return [];
  const workers =
    options.workers ??
    (jobs.length < WORKER_MIN_FILES ? 0 : Math.min(os.availableParallelism(), Math.ceil(jobs.length / BATCH)));
  if (workers > 0) {
    // The build's thread, if it has one, is one of them.
    const started = Array.from({ length: options.thread ? workers - 1 : workers }, () => new PipelineThread());
    try {
      return await inThreads(jobs, table, options.thread ? [options.thread, ...started] : started, options.progress);
    } finally {
      for (const thread of started) thread.close();
    }
  }
  if (options.thread) return inThreads(jobs, table, [options.thread], options.progress);
  // The parser (remark) is loaded only when there is something to parse: a build of files
  // all cached does without it.
  const { recordDigest } = await import('./digest-record.ts');
  const counter = new TermCounter(table);
  return jobs.map((job, i) => {
    const record = recordDigest(Buffer.from(job.source).toString('utf8'), job.name, counter);
    options.progress?.(i + 1);
    return record;
  });
}

async function inThreads(
  jobs: readonly Job[],
  table: KeyTable,
  threads: readonly PipelineThread[],
  progress?: (done: number) => void,
): Promise<FileRecord[]> {
  const records: FileRecord[] = new Array<FileRecord>(jobs.length);
  let next = 0;
  let done = 0;
  const take = (thread: PipelineThread, { records: batch, keys }: Parsed, first: number) => {
    for (const key of keys) thread.renumber.push(table.number(key));
    batch.forEach((record, i) => {
      for (const paper of record.digest?.papers ?? []) {
        const terms = paper.text.full?.terms.keys ?? [];
        for (let k = 0; k < terms.length; k++) terms[k] = thread.renumber[terms[k] ?? 0] ?? 0;
      }
      records[first + i] = record;
    });
    done += batch.length;
    progress?.(done);
  };
  // Batches go out in order, two per thread in flight, so that a thread never waits for its next one.
  const feed = async (thread: PipelineThread): Promise<void> => {
    while (next < jobs.length) {
      const first = next;
      next += BATCH;
      take(thread, await thread.parse(jobs.slice(first, first + BATCH)), first);
    }
  };
  await Promise.all(threads.flatMap((thread) => [feed(thread), feed(thread)]));
  return records;
}
