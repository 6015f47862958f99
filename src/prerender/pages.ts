/**
 * What the prerender renders: a page (its address, file and data), and the jobs the pages
 * are handed out as. Shared by the planning side (src/prerender/prerender.ts, run by the
 * build) and the rendering side (src/prerender/render.tsx, in the server bundle). A page's
 * `<head>` text is not planned here: its route renders it (src/components/page-head.tsx).
 */
import type { QueryKey } from '@tanstack/react-query';
import { paths } from '../config/paths.ts';
import type { Lang, PaperChunk } from '../schema/digest.ts';

export interface PageSpec {
  /** App path without the base: `/papers/2601.20614/`. */
  path: string;
  /** Output file under dist. */
  file: string;
  queries: [QueryKey, unknown][];
  /** The page shows summaries in the reader's preferred language (a grid), not the URL's. */
  summaryByPreference?: boolean;
  /** The page's language (a paper page's summary language): its interface speaks it if it can. */
  lang?: Lang;
}

/**
 * A unit of work for a renderer: a planned page, or a paper, whose pages (one per language)
 * the renderer plans itself: only it reads the paper's data, ~18,000 files on a 10-year
 * archive, which is why planning them up front would have cost more than it saves.
 */
export type Job = { page: PageSpec } | { paper: { id: string; file: string } };

/**
 * The file a page's address is written to, in the "directory" format: `/days/` is
 * `days/index.html`, `/papers/2601.20614/en/` is `papers/2601.20614/en/index.html`. Every
 * static host serves a folder's index.html at its address; a host that also answers unknown
 * addresses with the home page (a single-page fallback) still finds it first.
 */
export function pageFile(path: string): string {
  if (!path.startsWith('/') || !path.endsWith('/')) throw new Error(`a page's address starts and ends with /: ${path}`);
  return `${path.slice(1)}index.html`;
}

/**
 * A paper's pages, one per language of the archive (`langs`, the primary one first):
 * `/papers/<id>/` in the primary language, `/papers/<id>/<lang>/` in each other one. A
 * language the paper has no text in still has its page, which says so under the paper's
 * title: an address the app links to is never answered with a 404.
 */
export function paperPages(id: string, file: string, paper: PaperChunk, langs: readonly Lang[]): PageSpec[] {
  const queries: [QueryKey, unknown][] = [
    [['paper-file', id], file],
    [['paper', id], paper],
  ];
  return langs.map((lang, index) => {
    const path = paths.paper.href(id, index === 0 ? undefined : lang);
    return { path, file: pageFile(path), queries, lang };
  });
}
