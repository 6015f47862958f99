/**
 * What the prerender renders: a page (its address, file, data and `<head>` text), and the
 * jobs the pages are handed out as. Shared by the planning side (src/prerender/prerender.ts,
 * run by the build) and the rendering side (src/prerender/render.tsx, in the server bundle).
 */
import type { QueryKey } from '@tanstack/react-query';
import { blockText } from '../lib/plain-text.ts';
import type { Lang, PaperChunk } from '../schema/digest.ts';

export interface PageSpec {
  /** App path without the base: `/papers/2601.20614`. */
  path: string;
  /** Output file under dist. */
  file: string;
  queries: [QueryKey, unknown][];
  /** The page shows summaries in the reader's preferred language (a grid), not the URL's. */
  summaryByPreference?: boolean;
  meta: PageText;
}

/** A page's own `<head>` text; the rest (canonical URL, locale, …) follows from its path. */
export interface PageText {
  title: string;
  description: string;
  /** Relative to the site, or none for the default image. */
  image?: string | null;
  type: 'website' | 'article';
  /** The page's language when it is not the primary one (an English paper page). */
  lang?: Lang;
}

/**
 * A unit of work for a renderer: a planned page, or a paper, whose pages (one per language)
 * the renderer plans itself: only it reads the paper's data, ~18,000 files on a 10-year
 * archive, which is why planning them up front would have cost more than it saves.
 */
export type Job = { page: PageSpec } | { paper: { id: string; file: string } };

export const SITE_NAME = '데일리 페이퍼 · Daily Papers';

/** The first sentence of a text, for a description: at most ~200 characters. */
export function firstSentence(text: string, limit = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const match = /^(.+?[.!?。])(?=\s|$)/u.exec(flat);
  const sentence = match?.[1] ?? flat;
  return sentence.length <= limit ? sentence : `${sentence.slice(0, limit - 1).trimEnd()}…`;
}

/** The first sentence of the paper's summary in `lang`, else in the first language it has. */
function summaryOf(paper: PaperChunk, lang: Lang): string {
  const text = paper.texts[lang] ?? Object.values(paper.texts)[0];
  const section = text?.sections.find((s) => s.kind === 'summary') ?? text?.sections.find((s) => s.kind === 'abstract');
  return section ? firstSentence(blockText(section.blocks)) : paper.title;
}

/**
 * A paper's pages, one per language of the archive (`langs`, the primary one first):
 * `/papers/<id>` in the primary language, `/papers/<id>/<lang>` in each other one. A
 * language the paper has no text in still has its page, which says so under the paper's
 * title: an address the app links to is never answered with a 404.
 */
export function paperPages(id: string, file: string, paper: PaperChunk, langs: readonly Lang[]): PageSpec[] {
  const queries: [QueryKey, unknown][] = [
    [['paper-file', id], file],
    [['paper', id], paper],
  ];
  return langs.map((lang, index) => ({
    path: `/papers/${id}${index === 0 ? '' : `/${lang}`}`,
    file: `papers/${id}${index === 0 ? '' : `/${lang}`}.html`,
    queries,
    meta: { title: paper.title, description: summaryOf(paper, lang), image: paper.thumb, type: 'article', lang },
  }));
}
