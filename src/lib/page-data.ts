import type { DehydratedState } from '@tanstack/react-query';

/** The id of the JSON data block with a prerendered page's data. */
export const PAGE_ELEMENT_ID = 'page-data';

/** What a prerendered page was rendered from, so the browser hydrates exactly that. */
export interface PageData {
  /** The address (with the base path) the page was rendered for. */
  path: string;
  queries: DehydratedState;
}

/**
 * The head tags each page renders (src/components/page-head.tsx): the ones a page drawn
 * afresh replaces (src/main.tsx), or its prerendered version in another language
 * (src/lib/page-variant.ts).
 */
export const PAGE_HEAD_TAGS =
  'title, meta[name="description"], link[rel="canonical"], meta[property^="og:"], meta[name^="twitter:"]';
