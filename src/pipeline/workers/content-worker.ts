/**
 * The code of a content worker thread (`content-pool.ts`), whose tasks are its exports: it
 * records the files it is sent, numbering search keys in its own table, and makes the search
 * index it is asked for.
 */
import { threadId } from 'node:worker_threads';
import { recordDigest } from '../parse/digest-record.ts';
import { runSearchTask } from '../search/search-task.ts';
import { KeyTable, TermCounter } from '../search/term-counter.ts';
import type { Job, Parsed, SearchMessage } from './content-pool.ts';
import { ownBuffers } from './transfer.ts';

const table = new KeyTable();
const counter = new TermCounter(table);

export function parse(jobs: Job[]): Parsed {
  const from = table.keys.length;
  const records = jobs.map((job) => recordDigest(job.source, job.name, counter));
  return { records, thread: threadId, from, keys: table.keys.slice(from) };
}

/** Sends the index, then keeps the postings for the next build while the build writes the rest. */
export function search({ task, port }: SearchMessage): void {
  const { result, keep } = runSearchTask(task);
  port.postMessage(result, ownBuffers(result.written.map(([, bytes]) => bytes)));
  keep();
}
