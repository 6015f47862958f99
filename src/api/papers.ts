import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson } from '../lib/fetch-json.ts';
import { NotFoundError } from '../lib/not-found.ts';
import type { LookupShard, PaperChunk } from '../schema/digest.ts';
import { lookupShardFile } from '../schema/data-files.ts';
import { rootQueryOptions } from './root.ts';

export const lookupQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['lookup', file],
    queryFn: ({ signal }) => fetchJson<LookupShard>(file, signal),
  });

/** Where a paper's chunk is; a card already knows and seeds it, a deep link asks a lookup shard. */
export const paperFileQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['paper-file', id],
    queryFn: async ({ client }) => {
      const root = await client.query(rootQueryOptions());
      const file = (await client.query(lookupQueryOptions(lookupShardFile(root.lookup, id))))[id];
      if (file === undefined) throw new NotFoundError('paper', id);
      return file;
    },
  });

export const paperQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['paper', id],
    queryFn: async ({ client, signal }) => {
      const file = await client.query(paperFileQueryOptions(id));
      return fetchJson<PaperChunk>(file, signal);
    },
  });

export function usePaper(id: string) {
  return useQuery(paperQueryOptions(id));
}
