/**
 * Records many digest files at once (`digest-record.ts`): in the content stage's worker
 * threads (`workers/content-pool.ts`) when there are enough files to pay for starting them (a
 * thread takes about a quarter of a second to load remark), or when the build started its
 * pool already (a thread loaded remark meanwhile); in this thread otherwise.
 *
 * Each thread numbers search keys its own way; its answers carry the keys it numbered, and
 * the terms it sends are renumbered here into the build's table.
 */
import os from 'node:os';
import { type KeyTable, TermCounter } from '../search/term-counter.ts';
import { ContentPool, type Job, type Parsed } from '../workers/content-pool.ts';
import type { FileRecord } from './digest-record.ts';

export type { Job };

/** Below this many files, this thread parses them sooner than workers would start. */
export const WORKER_MIN_FILES = 200;
/** Files per task: a thread done early takes the next batch, so the end is evenly shared. */
const BATCH = 24;

export interface RecordOptions {
  /** Worker threads; by default one per core, none for fewer than `WORKER_MIN_FILES` files. */
  workers?: number;
  /** The build's pool, already started: it parses the files, even a few (in one task then). */
  pool?: ContentPool;
  /** Called as files are done, with how many are. */
  progress?: (done: number) => void;
}

export async function recordFiles(
  jobs: readonly Job[],
  table: KeyTable,
  options: RecordOptions = {},
): Promise<FileRecord[]> {
  if (jobs.length === 0) return [];
  const workers =
    options.workers ??
    (jobs.length < WORKER_MIN_FILES ? 0 : Math.min(os.availableParallelism(), Math.ceil(jobs.length / BATCH)));
  if (options.pool) return inPool(jobs, table, options.pool, workers > 0 ? BATCH : jobs.length, options.progress);
  if (workers > 0) {
    const pool = new ContentPool({ threads: workers, started: workers });
    try {
      return await inPool(jobs, table, pool, BATCH, options.progress);
    } finally {
      await pool.close();
    }
  }
  // The parser (remark) is loaded only when there is something to parse: a build of files
  // all cached does without it.
  const { recordDigest } = await import('./digest-record.ts');
  const counter = new TermCounter(table);
  return jobs.map((job, i) => {
    const record = recordDigest(job.source, job.name, counter);
    options.progress?.(i + 1);
    return record;
  });
}

async function inPool(
  jobs: readonly Job[],
  table: KeyTable,
  pool: ContentPool,
  batch: number,
  progress?: (done: number) => void,
): Promise<FileRecord[]> {
  const records: FileRecord[] = new Array<FileRecord>(jobs.length);
  let done = 0;
  const take = ({ records: parsed, thread, from, keys }: Parsed, first: number) => {
    const renumber = pool.renumber.get(thread) ?? [];
    pool.renumber.set(thread, renumber);
    keys.forEach((key, i) => (renumber[from + i] = table.number(key)));
    parsed.forEach((record, i) => {
      for (const paper of record.digest?.papers ?? []) {
        const terms = paper.text.full?.terms.keys ?? [];
        for (let k = 0; k < terms.length; k++) {
          const key = renumber[terms[k] ?? 0];
          // A thread's answers come in the order it gave them: it sent a key before using it again.
          if (key === undefined) throw new Error(`a content worker thread's key ${terms[k]} came before its number`);
          terms[k] = key;
        }
      }
      records[first + i] = record;
    });
    done += parsed.length;
    progress?.(done);
  };
  const tasks: Promise<void>[] = [];
  for (let first = 0; first < jobs.length; first += batch) {
    tasks.push(pool.parse(jobs.slice(first, first + batch)).then((parsed) => take(parsed, first)));
  }
  await Promise.all(tasks);
  return records;
}
