import { useQueries } from '@tanstack/react-query';
import * as v from 'valibot';
import { paperQueryOptions } from '../../../api/papers.ts';
import { isNotFound } from '../../../lib/not-found.ts';
import { type PaperChunk, PaperIdSchema } from '../../../schema/digest.ts';

/** A paper of a shared list, as far as the archive knows it. */
export type SharedPaper =
  | { id: string; status: 'loading' }
  | { id: string; status: 'found'; paper: PaperChunk }
  /** Not in this archive (or an id it could not hold, such as an old-style arXiv id). */
  | { id: string; status: 'missing' }
  /** The lookup failed (offline, a server error): it may be there. */
  | { id: string; status: 'failed'; retry: () => void };

/**
 * The papers of a list, each looked up as a paper page looks it up (its lookup shard, then
 * its chunk), all at once: a list is at most a hundred papers, and each answer fills its
 * own row. The queries are the paper page's, so opening one of them fetches nothing again.
 */
export function useSharedPapers(ids: readonly string[]): SharedPaper[] {
  const queries = useQueries({
    queries: ids.map((id) => ({ ...paperQueryOptions(id), enabled: v.is(PaperIdSchema, id) })),
  });
  return ids.map((id, i): SharedPaper => {
    const query = queries[i];
    if (!v.is(PaperIdSchema, id) || query === undefined) return { id, status: 'missing' };
    if (query.isSuccess) return { id, status: 'found', paper: query.data };
    if (query.isError) {
      return isNotFound(query.error)
        ? { id, status: 'missing' }
        : { id, status: 'failed', retry: () => void query.refetch() };
    }
    return { id, status: 'loading' };
  });
}
