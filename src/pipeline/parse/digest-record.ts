/**
 * What the build keeps of one digest file: its parse result, with each paper's text already
 * checked and serialised as the paper chunks embed it, the text's card preview and its
 * search terms. All the per-file work of the build is here, so that it can run in worker
 * threads (`record-files.ts`) and be kept between builds (`cache/content-cache.ts`): a record is a
 * pure function of the file's text and of the language its name gives.
 */
import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { type PaperText, PaperTextSchema } from '../../schema/digest.ts';
import { type TermCounter, type Terms, titleLength } from '../search/term-counter.ts';
import { decodeDigest } from './decode-digest.ts';
import { type ParsedDigest, type ParsedPaper, parseDigest, type Problem } from './parse-digest.ts';
import { blockText } from './rich-text.ts';

export interface TextRecord {
  title: string;
  /** Of `json`: what the caches know the text by. */
  hash: string;
  /** The first words of its summary, for cards; '' when it has none. */
  preview: string;
  /** The `Terms.length` of its sections, and of its title: a paper's is the sum over its texts and distinct titles. */
  length: number;
  titleLength: number;
  /**
   * The text as the paper chunks embed it (UTF-8 JSON, checked against `PaperTextSchema`) and
   * its search terms. Only in records made by this build: the cache keeps what was made of
   * them instead (chunks, postings), and the rare build that needs them for a cached record
   * parses its file again.
   */
  full?: FullText;
}

export interface FullText {
  json: Uint8Array;
  terms: Terms;
}

export type PaperRecord = Omit<ParsedPaper, 'sections'> & { text: TextRecord };
export type DigestRecord = Omit<ParsedDigest, 'papers'> & { papers: PaperRecord[] };

export interface FileRecord {
  digest: DigestRecord | null;
  problems: Problem[];
  warnings: Problem[];
}

const PREVIEW_CHARS = 220;

/** The first words of a text, cut at a word boundary. */
export function preview(text: string, limit = PREVIEW_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:·]+$/u, '')}…`;
}

function summaryText(text: PaperText): string {
  const summary = text.sections.find((s) => s.kind === 'summary') ?? text.sections.find((s) => s.kind === 'abstract');
  return summary ? blockText(summary.blocks) : '';
}

export function textHash(json: Uint8Array): string {
  return createHash('sha256').update(json).digest('base64url').slice(0, 22);
}

const encoder = new TextEncoder();

/**
 * `file` names the file in problems and gives its language when its name has one (`.en.md`).
 * `source` is the file's bytes, or its text.
 */
export function recordDigest(source: Uint8Array | string, file: string, counter: TermCounter): FileRecord {
  const decoded = typeof source === 'string' ? { text: source, problem: null } : decodeDigest(source, file);
  if (decoded.problem !== null) return { digest: null, problems: [decoded.problem], warnings: [] };
  const { digest, problems, warnings } = parseDigest(decoded.text, file);
  if (digest === null) return { digest: null, problems, warnings };
  const papers = digest.papers.map(({ sections, ...paper }): PaperRecord => {
    const text = v.parse(PaperTextSchema, { title: paper.title, sections });
    // Its own buffer (not a slice of a shared pool), to travel between threads as itself.
    const json = encoder.encode(JSON.stringify(text));
    const terms = counter.text(text);
    const record: TextRecord = {
      title: text.title,
      hash: textHash(json),
      preview: preview(summaryText(text)),
      length: terms.length,
      titleLength: titleLength(text.title),
      full: { json, terms },
    };
    return { ...paper, text: record };
  });
  return { digest: { ...digest, papers }, problems, warnings };
}
