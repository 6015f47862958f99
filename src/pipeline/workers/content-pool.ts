/**
 * The content stage's worker threads, a Piscina pool with `content-worker.ts` in each thread:
 * they parse files (`parse/record-files.ts`) and make the search index
 * (`search/search-task.ts`). A build of a large archive starts one thread at once, so that it
 * has loaded (remark, the index code) by the time there is work for it; the pool starts more,
 * up to its size, while parses wait for a thread.
 *
 * A thread that fails, exits or cannot start rejects the tasks it had, and any task asked of
 * the pool after that.
 */
import { MessageChannel, type MessagePort, receiveMessageOnPort } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { FileRecord } from '../parse/digest-record.ts';
import type { SearchResult, SearchTask } from '../search/search-task.ts';
import { ownBuffers } from './transfer.ts';

export interface Job {
  /** The name problems give the file; its language suffix counts. */
  name: string;
  source: Uint8Array;
}

/**
 * Records, and the search keys the thread numbered for them: each thread numbers keys in its
 * own table, and these are its numbers `from` on.
 */
export interface Parsed {
  records: FileRecord[];
  thread: number;
  from: number;
  keys: string[];
}

/** A search task, and where its index is sent before the task keeps the postings for the next build. */
export interface SearchMessage {
  task: SearchTask;
  port: MessagePort;
}

/**
 * Parsing makes short-lived garbage at a great rate: a young generation several times V8's
 * default saves a fifth of the parse time in scavenges.
 */
const YOUNG_GENERATION_MB = 192;

export class ContentPool {
  /** Per thread, its key numbers → the build's: `parse/record-files.ts` keeps them. */
  readonly renumber = new Map<number, number[]>();
  private readonly pool: Piscina<Job[] | SearchMessage, Parsed | undefined>;
  private failure: Error | null = null;

  /** `threads` at most, `started` of them at once. */
  constructor({ threads, started }: { threads: number; started: number }) {
    this.pool = new Piscina({
      filename: new URL('./worker-entry.mjs', import.meta.url).href,
      minThreads: started,
      maxThreads: threads,
      // Not the parent's: its loaders may not load TypeScript in a worker (see the entry).
      execArgv: [],
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    // A thread that fails with no task of its own (while it starts, say) fails the next ones.
    this.pool.on('error', (error: Error) => (this.failure ??= error));
  }

  async parse(jobs: Job[]): Promise<Parsed> {
    const parsed = await this.run(jobs, 'parse');
    if (parsed === undefined) throw new Error('a content worker thread parsed nothing');
    return parsed;
  }

  /** The index, and when its postings are kept for the next build. The terms are handed over. */
  search(task: SearchTask): { result: Promise<SearchResult>; kept: Promise<void> } {
    const { port1, port2 } = new MessageChannel();
    const { renumber, kept, added } = task.patch ?? {};
    const transfer = [port2, ...ownBuffers([task.lengths, task.needed, task.terms, renumber, kept, added])];
    const done = this.run({ task, port: port2 }, 'search', transfer);
    const result = new Promise<SearchResult>((resolve, reject) => {
      port1.once('message', resolve);
      // The index is sent before the task ends; it may still be queued on its port then.
      done.then(() => {
        const last = receiveMessageOnPort(port1);
        if (last) resolve(last.message as SearchResult);
        else reject(new Error('the search task ended without its index'));
      }, reject);
    });
    const close = () => port1.close();
    done.then(close, close);
    const postingsKept = done.then(() => undefined);
    // Seen by whoever waits for it; not an unhandled rejection when nobody does (a build without
    // a cache closes the pool without waiting for the postings it does not keep).
    postingsKept.catch(() => undefined);
    return { result, kept: postingsKept };
  }

  /** Stops the threads; a task not done by then is rejected. */
  close(): Promise<void> {
    return this.pool.destroy();
  }

  private run(
    task: Job[] | SearchMessage,
    name: 'parse' | 'search',
    transferList: (ArrayBuffer | MessagePort)[] = [],
  ): Promise<Parsed | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    return this.pool.run(task, { name, transferList });
  }
}
