/// <reference types="node" />
/**
 * The rendering side of the prerender, built into the server bundle with the app (see
 * scripts/build.ts) so that it runs in plain Node: in the build's own thread for a small
 * site, in worker threads (src/prerender/worker.ts) for a large one. Turns a job into
 * finished HTML pages: the app's markup in `#root`, the CSP and the `<head>` tags the app
 * rendered, the `<html>` attributes index.html's script reads, and the data the page was
 * rendered from.
 * Writing them is the build thread's (src/prerender/prerender.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { renderPage, type RenderInput } from '../entry-server.tsx';
import { isUiLanguage, UI_LANGUAGES, type UiLanguage } from '../i18n/languages.ts';
import { PAGE_ELEMENT_ID } from '../lib/page-data.ts';
import type { PaperChunk, Root } from '../schema/digest.ts';
import { cutTemplate, escapeAttribute, jsonForHtml } from './html.ts';
import { type Job, type PageSpec, paperPages } from './pages.ts';

/** What every page of the site shares. Plain data: it is copied to each worker. */
export interface Site {
  /** The output folder, with the client build's index.html and data/ in it. */
  dist: string;
  /** The client build's index.html, before any page was written over it. */
  template: string;
  csp: string;
  root: Root;
  /** `/` or `/sub/path/`. */
  base: string;
}

/** A rendered page: its file under dist, and its HTML as UTF-8 (its own buffer: transferable). */
export interface RenderedFile {
  file: string;
  html: Uint8Array;
}

/**
 * Returns a function that renders a job's pages. Pages are rendered one after another:
 * rendering is synchronous CPU work apart from the router's (instant) data step, and
 * parallelism comes from more threads, not from interleaving.
 */
export function createPageRenderer(site: Site): (job: Job) => Promise<RenderedFile[]> {
  const { dist, root, base } = site;
  const [beforeHtml, beforeTitle, beforeRoot, beforeBodyEnd, rest] = cutTemplate(site.template);
  const primary = root.langs[0] ?? 'ko';
  const defaultUi: UiLanguage = isUiLanguage(primary) ? primary : 'ko';
  const csp = renderToStaticMarkup(<meta httpEquiv="Content-Security-Policy" content={site.csp} />);
  const utf8 = new TextEncoder();

  /**
   * `withVariants`: the page also in each other interface language, for a returning reader
   * who chose one (see src/lib/page-variant.ts). Not for papers' pages: they are most of a
   * site, and a link to a paper is mostly a shared one, opened by a new reader.
   */
  const renderOne = async (spec: PageSpec, withVariants: boolean): Promise<RenderedFile> => {
    const address = `${base}${spec.path.replace(/^\//, '')}`;
    const ui = isUiLanguage(spec.lang) ? spec.lang : defaultUi;
    const queries: RenderInput['queries'] = [[['root'], root], ...spec.queries];
    const { html, head, page } = await renderPage({ path: address, base, ui, queries });
    const variants = withVariants ? UI_LANGUAGES.filter((lang) => lang !== ui) : [];
    let templates = '';
    for (const lang of variants) {
      const variant = await renderPage({ path: address, base, ui: lang, queries });
      templates += `<template data-ui="${lang}">${variant.html}</template><template data-ui-head="${lang}">${variant.head}</template>`;
    }
    // What index.html's script compares with the reader's address and choices (see there).
    const htmlTag = `<html lang="${ui}" data-path="${escapeAttribute(address)}"${spec.summaryByPreference ? ` data-summary="${ui}"` : ''}${variants.length > 0 ? ` data-variants="${variants.join(' ')}"` : ''}>`;
    const dataBlock = `<script type="application/json" id="${PAGE_ELEMENT_ID}">${jsonForHtml(page)}</script>`;
    const out = `${beforeHtml}${htmlTag}${beforeTitle}${csp}${head}${beforeRoot}<div id="root">${html}</div>${templates}${beforeBodyEnd}${dataBlock}</body>${rest}`;
    return { file: spec.file, html: utf8.encode(out) };
  };

  return async (job) => {
    try {
      const pages =
        'page' in job
          ? [job.page]
          : paperPages(
              job.paper.id,
              job.paper.file,
              JSON.parse(readFileSync(path.join(dist, job.paper.file), 'utf8')) as PaperChunk,
              root.langs,
            );
      const files: RenderedFile[] = [];
      // A not-found page answers other addresses: it is never what a reader should see as it is.
      const withVariants = 'page' in job && job.page.path !== '/404';
      for (const spec of pages) files.push(await renderOne(spec, withVariants));
      return files;
    } catch (error) {
      const what = 'page' in job ? job.page.path : `/papers/${job.paper.id} (${job.paper.file})`;
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`prerendering ${what} failed: ${message}`, { cause: error });
    }
  };
}
