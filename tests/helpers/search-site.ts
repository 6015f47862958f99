/**
 * A tiny site's search for the client's tests: the papers' chunks and the pipeline's own
 * index over them, built in memory, served by a stubbed `fetch` that records what it is asked.
 */
import * as v from 'valibot';
import { vi } from 'vitest';
import type { WriteJson } from '../../src/pipeline/emit/emit-lists.ts';
import { emitSearch } from '../../src/pipeline/search/emit-search.ts';
import type { PaperChunk, SearchRef } from '../../src/schema/digest.ts';

export interface SearchSite {
  /** Every file, by its path under the site (`data/…`). */
  files: Map<string, unknown>;
  search: SearchRef;
}

/** The chunks of `papers` (`data/papers/<id>.json`) and the search index over them. */
export function searchSite(papers: readonly PaperChunk[]): SearchSite {
  const files = new Map<string, unknown>();
  const write: WriteJson = (schema, dir, name, value) => {
    const file = `data/${dir}/${name}.json`;
    files.set(file, v.parse(schema, value));
    return file;
  };
  for (const paper of papers) files.set(`data/papers/${paper.id}.json`, paper);
  const search = emitSearch(
    write,
    papers.map((p) => ({ ...p, file: `data/papers/${p.id}.json` })),
  );
  return { files, search };
}

/** Serves `files` through the global `fetch` (404 for others); each path asked is pushed to `fetched`. */
export function serveFiles(files: ReadonlyMap<string, unknown>, fetched: string[]): void {
  vi.stubGlobal('fetch', (input: string) => {
    const file = input.replace(/^\//, '');
    fetched.push(file);
    const body = files.get(file);
    return Promise.resolve(
      body === undefined ? new Response('not found', { status: 404 }) : new Response(JSON.stringify(body)),
    );
  });
}
