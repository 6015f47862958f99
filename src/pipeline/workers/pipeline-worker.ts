/**
 * The code of a content worker thread (`pipeline-thread.ts`): it records the files it is sent,
 * numbering search keys in its own table, and makes the search index it is asked for.
 */
import { parentPort } from 'node:worker_threads';
import { KeyTable, TermCounter } from '../search/term-counter.ts';
import type { Answer, Message } from './pipeline-thread.ts';
import { ownBuffers } from './pipeline-thread.ts';
import { runSearchTask } from '../search/search-task.ts';

const port = parentPort;
if (port === null) throw new Error('pipeline-worker.ts runs in a worker thread');

// The parser loads now, while the build reads its cache and decides what to parse.
const parser = import('../parse/digest-record.ts');
const table = new KeyTable();
const counter = new TermCounter(table);
let sent = 0;

const answer = (message: Answer, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (message: Message) => {
  if ('parse' in message) {
    void parser.then(({ recordDigest }) => {
      const records = message.parse.map((job) =>
        recordDigest(
          Buffer.from(job.source.buffer, job.source.byteOffset, job.source.byteLength).toString('utf8'),
          job.name,
          counter,
        ),
      );
      const keys = table.keys.slice(sent);
      sent = table.keys.length;
      answer({ parsed: { records, keys } });
    });
  } else {
    const { result, keep } = runSearchTask(message.search);
    answer({ result }, ownBuffers(result.written.map(([, bytes]) => bytes)));
    // While the build writes the rest: the postings for the next build.
    keep();
    answer({ kept: true });
  }
});
