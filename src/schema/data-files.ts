/**
 * Where the client finds the data, as plain values and functions that the first screen uses
 * without loading the schemas (digest.ts, with valibot): the root's data block in every page
 * and the lookup shard that holds a paper.
 */
import type { Root } from './digest.ts';

/**
 * Which lookup shard holds an id: FNV-1a over its UTF-16 code units. Shared by the
 * pipeline that writes the shards and the client that reads them.
 */
export function lookupBucket(id: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}

/** The lookup shard that holds an id. */
export function lookupShardFile(lookup: Root['lookup'], id: string): string {
  return `${lookup.dir}/${lookupBucket(id, lookup.shards)}.json`;
}

/** The id of the JSON data block that carries the `Root` in every HTML page. */
export const ROOT_ELEMENT_ID = 'digest-root';
