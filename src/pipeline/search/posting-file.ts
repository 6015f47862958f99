/**
 * A build's postings in a file of their own: the serialised docs (all that planning reads),
 * the serialised keys and skips, then the bytes as they are; each serialised part after its
 * length.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import v8 from 'node:v8';
import type { PostingDocs } from './posting-plan.ts';
import type { PostingLists } from './posting-writer.ts';
import type { PostingState } from './postings.ts';

export function savePostings(file: string, state: PostingState): void {
  const { bytes, keys, ends, skips, ...docs } = state;
  const parts = [v8.serialize(docs), v8.serialize({ keys, ends, skips })].flatMap((part) => {
    const size = new Uint8Array(4);
    new DataView(size.buffer).setUint32(0, part.length);
    return [size, part];
  });
  const fd = openSync(file, 'w');
  try {
    for (const part of [...parts, bytes]) {
      for (let at = 0; at < part.length;) at += writeSync(fd, part, at);
    }
  } finally {
    closeSync(fd);
  }
}

/** The serialised part of a postings file at `at`, and where the next starts. */
function readPart(fd: number, at: number): { value: unknown; end: number } {
  const size = new Uint8Array(4);
  if (readSync(fd, size, 0, 4, at) !== 4) throw new Error('a postings file is cut short');
  const length = new DataView(size.buffer).getUint32(0);
  const part = new Uint8Array(length);
  if (readSync(fd, part, 0, length, at + 4) !== length) throw new Error('a postings file is cut short');
  return { value: v8.deserialize(part), end: at + 4 + length };
}

/** What planning needs of a build's postings (`fd`: their file, open). */
export function loadPostingDocs(fd: number): PostingDocs {
  return readPart(fd, 0).value as PostingDocs;
}

/** A build's postings (`fd`: their file, open), whole. */
export function loadPostings(fd: number): PostingState {
  const docs = readPart(fd, 0);
  const lists = readPart(fd, docs.end);
  const head = lists.value as Pick<PostingLists, 'keys' | 'ends' | 'skips'>;
  const bytes = new Uint8Array(head.ends.at(-1) ?? 0);
  if (readSync(fd, bytes, 0, bytes.length, lists.end) !== bytes.length) {
    throw new Error('a postings file is cut short');
  }
  return { ...(docs.value as PostingDocs), ...head, bytes };
}
