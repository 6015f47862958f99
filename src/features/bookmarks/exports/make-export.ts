/**
 * One export, made on demand: the module the export menu loads when first used, so that no
 * page carries the formats' code before a reader asks for one.
 */
import type { Lang } from '../../../schema/digest.ts';
import { type Bookmark, type BookmarkData } from '../bookmarks.ts';
import { exportFileName, serializeExport } from '../bookmark-files.ts';
import { toArxivIds } from './arxiv-ids.ts';
import { toBibtex } from './bibtex.ts';
import { toCslJson } from './csl-json.ts';
import { type MarkdownLabels, toMarkdown } from './markdown.ts';

export type ExportFormat = 'bibtex' | 'ids' | 'markdown' | 'csl' | 'backup';

export interface ExportRequest {
  format: ExportFormat;
  /** The papers to export (all, or those the filter shows), in the page's order. */
  bookmarks: readonly Bookmark[];
  /** Everything stored, for the backup, which always holds it all. */
  data: BookmarkData;
  /** The read marks, for the backup. */
  read: Readonly<Record<string, string>>;
  lang: Lang;
  labels: MarkdownLabels;
  now: Date;
}

export interface MadeExport {
  text: string;
  fileName: string;
  type: string;
  /** How many papers it holds. */
  count: number;
  /** Papers left out (no arXiv id, for the id list). */
  skipped: number;
}

const EXTENSIONS: Readonly<Record<ExportFormat, [string, string]>> = {
  bibtex: ['bib', 'application/x-bibtex'],
  ids: ['txt', 'text/plain'],
  markdown: ['md', 'text/markdown'],
  csl: ['csl.json', 'application/vnd.citationstyles.csl+json'],
  backup: ['json', 'application/json'],
};

/** `daily-papers-bookmarks-2026-01-29.bib`, in the reader's own calendar day. */
export function exportName(format: ExportFormat, now: Date): string {
  return exportFileName(now).replace(/json$/, EXTENSIONS[format][0]);
}

export function makeExport(request: ExportRequest): MadeExport {
  const { format, bookmarks } = request;
  const made = (text: string, count = bookmarks.length, skipped = 0): MadeExport => ({
    text,
    fileName: exportName(format, request.now),
    type: `${EXTENSIONS[format][1]};charset=utf-8`,
    count,
    skipped,
  });
  switch (format) {
    case 'bibtex':
      return made(toBibtex(bookmarks));
    case 'ids': {
      const { text, skipped } = toArxivIds(bookmarks);
      return made(text, bookmarks.length - skipped, skipped);
    }
    case 'markdown':
      return made(toMarkdown(bookmarks, request.lang, request.labels));
    case 'csl':
      return made(toCslJson(bookmarks));
    case 'backup':
      return made(serializeExport(request.data, request.now, request.read), request.data.bookmarks.length);
  }
}
