/**
 * A worker thread of the content stage (`pipeline-worker.ts` in it): it parses files
 * (`parse-pool.ts`) and makes the search index (`search-task.ts`), and a build of a large
 * archive starts one at once, so that it has loaded (remark, the index code) by the time
 * there is work for it.
 */
import { Worker } from 'node:worker_threads';
import type { FileRecord } from '../parse/digest-record.ts';
import type { SearchResult, SearchTask } from '../search/search-task.ts';

export interface Job {
  /** The name problems give the file; its language suffix counts. */
  name: string;
  source: Uint8Array;
}

/** Records, and the search keys the thread numbered since its last answer, in order. */
export interface Parsed {
  records: FileRecord[];
  keys: string[];
}

export type Message = { parse: Job[] } | { search: SearchTask };
export type Answer = { parsed: Parsed } | { result: SearchResult } | { kept: true };

/**
 * Parsing makes short-lived garbage at a great rate: a young generation several times V8's
 * default saves a fifth of the parse time in scavenges.
 */
const YOUNG_GENERATION_MB = 192;

/** A promise and its settling functions (`Promise.withResolvers` is Node 22's). */
export function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  // Seen by whoever waits for it; not an unhandled rejection when nobody does.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/** The buffers `arrays` are the whole of, once each: what a message can hand over instead of copying. */
export function ownBuffers(arrays: Iterable<ArrayBufferView | undefined>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) {
    if (
      array?.buffer instanceof ArrayBuffer &&
      array.byteOffset === 0 &&
      array.byteLength === array.buffer.byteLength
    ) {
      buffers.add(array.buffer);
    }
  }
  return [...buffers];
}

export class PipelineThread {
  /** This thread's key numbers → the build's: `parse-pool.ts` keeps it. */
  readonly renumber: number[] = [];
  private readonly worker: Worker;
  private readonly parses: ReturnType<typeof deferred<Parsed>>[] = [];
  private readonly result = deferred<SearchResult>();
  private readonly kept = deferred<undefined>();
  private failure: Error | null = null;
  private closing = false;

  constructor() {
    this.worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
      workerData: { module: './pipeline-worker.ts' },
      // Not the parent's: its loaders may not load TypeScript in a worker (see the entry).
      execArgv: [],
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    this.worker.on('message', (answer: Answer) => {
      if ('parsed' in answer) this.parses.shift()?.resolve(answer.parsed);
      else if ('result' in answer) this.result.resolve(answer.result);
      else this.kept.resolve(undefined);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => {
      if (!this.closing) this.fail(new Error(`a content worker thread stopped (exit code ${code})`));
    });
  }

  parse(jobs: Job[]): Promise<Parsed> {
    const parsed = deferred<Parsed>();
    if (this.failure) parsed.reject(this.failure);
    else this.parses.push(parsed);
    this.post({ parse: jobs });
    return parsed.promise;
  }

  /** The index, and when its postings are kept for the next build. The terms are handed over. */
  search(task: SearchTask): { result: Promise<SearchResult>; kept: Promise<void> } {
    const { renumber, kept, added } = task.patch ?? {};
    this.post({ search: task }, ownBuffers([task.lengths, task.needed, task.terms, renumber, kept, added]));
    return { result: this.result.promise, kept: this.kept.promise };
  }

  close(): void {
    this.closing = true;
    void this.worker.terminate();
  }

  private post(message: Message, transfer: ArrayBuffer[] = []): void {
    if (this.failure === null) this.worker.postMessage(message, transfer);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const parsed of this.parses.splice(0)) parsed.reject(error);
    this.result.reject(error);
    this.kept.reject(error);
  }
}
