/**
 * Which papers of a reference file this archive has, and what it calls them: each paper's
 * chunk (its lookup shard first), a few at a time. A paper it does not have is null.
 */
import type { PaperChunk } from '../../../schema/digest.ts';

/** A paper's chunk, or null when the archive does not have it; rejects when it cannot tell. */
export type FetchPaper = (id: string) => Promise<PaperChunk | null>;

/** What the archive says of a paper: its title and the newest day it was listed on. */
export interface ArchivedPaper {
  title: string;
  date: string | null;
}

/** As many requests at once as a browser makes to one host over HTTP/1.1. */
const AT_ONCE = 6;

export async function lookUpPapers(
  ids: readonly string[],
  fetchPaper: FetchPaper,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<Map<string, ArchivedPaper | null>> {
  const found = new Map<string, ArchivedPaper | null>();
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++];
      if (id === undefined) return;
      const chunk = await fetchPaper(id);
      found.set(id, chunk === null ? null : { title: chunk.title, date: chunk.appearances[0]?.date ?? null });
      onProgress(found.size, ids.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, ids.length) }, worker));
  return found;
}
