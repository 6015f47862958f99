/**
 * One digest file → one `ParsedDigest`, or the problems that stop it, each with its line.
 *
 * The file is parsed into mdast by remark (with GFM), then read node by node:
 * H1 = date and "Top N", H2 (or a deeper heading with a rank and a paper link) = a paper,
 * `**Upvotes**:` and `![…](…)` under it, H3 = a section recognised by its words (never by
 * its emoji), everything else kept as text.
 * The README's "The digest format, in brief" gives the format; tests/fixtures/digests/parse/
 * has one file per quirk handled here.
 */
import type { Heading, Link, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Block, Lang, Section, SectionKind } from '../../schema/digest.ts';
import { IsoDateSchema, PaperIdSchema } from '../../schema/digest.ts';
import * as v from 'valibot';
import { languageFromFileName } from './file-lang.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { nesting, toBlocks } from './rich-text.ts';

export { languageFromFileName };

export interface Problem {
  file: string;
  line: number;
  message: string;
}

export interface ParsedPaper {
  id: string;
  rank: number;
  upvotes: number;
  title: string;
  /** The image path as written (relative to the file), or null when there is none. */
  thumbnail: string | null;
  sections: Section[];
  line: number;
}

export interface ParsedDigest {
  file: string;
  date: string;
  /** The N of "Top N", when the H1 says it. */
  top: number | null;
  lang: Lang;
  /** Text between the title and the first paper. */
  intro: Block[];
  papers: ParsedPaper[];
}

export interface ParseResult {
  digest: ParsedDigest | null;
  problems: Problem[];
  warnings: Problem[];
}

/** `# 2026-01-29 Daily Papers (Top 5)`: a real date first, the count optional. */
const TITLE = /^(\d{4}-\d{2}-\d{2})\b(?:.*?\btop\s*(\d+))?/i;
const RANK = /^\s*(\d+)\s*[.)]?\s*$/;
const UPVOTES_LINE = /^\s*(?:upvotes?|추천\s*수?|좋아요)\s*[:：]\s*(.*)$/i;
const UPVOTES_VALUE = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;
const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;
/**
 * How deep quotes, lists and inline styles may nest in one another. Real digests nest two or
 * three; past this the reader cannot follow, and the schema's check and the page's rendering
 * recurse once per level.
 */
export const MAX_NESTING = 12;

/**
 * Section words, normalised (lower case, punctuation and emoji removed). The language tells
 * a file without a language suffix what it is written in.
 */
const SECTION_WORDS: ReadonlyMap<string, { kind: Exclude<SectionKind, 'other'>; lang: Lang }> = new Map([
  ['요약', { kind: 'summary', lang: 'ko' }],
  ['summary', { kind: 'summary', lang: 'en' }],
  ['tl dr', { kind: 'summary', lang: 'en' }],
  ['핵심 포인트', { kind: 'keyPoints', lang: 'ko' }],
  ['핵심 요점', { kind: 'keyPoints', lang: 'ko' }],
  ['key points', { kind: 'keyPoints', lang: 'en' }],
  ['key takeaways', { kind: 'keyPoints', lang: 'en' }],
  ['초록 번역', { kind: 'abstract', lang: 'ko' }],
  ['초록', { kind: 'abstract', lang: 'ko' }],
  ['abstract', { kind: 'abstract', lang: 'en' }],
  ['abstract translated', { kind: 'abstract', lang: 'en' }],
]);

function normaliseWords(text: string): string {
  return text
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** The heading as the reader should see it: leading emoji, U+FFFD and symbols removed. */
function displayHeading(text: string): string {
  return text.replace(/^[^\p{L}\p{N}(]+/u, '').trim();
}

/** The largest count a digest can give: a larger one would lose digits as a JavaScript number. */
const LARGEST = Number.MAX_SAFE_INTEGER.toLocaleString('en');

/** Digits (with `,` between thousands) as a number, or null when a number cannot hold them exactly. */
function wholeNumber(digits: string): number | null {
  const value = Number(digits.replace(/,/g, ''));
  return Number.isSafeInteger(value) ? value : null;
}

function lineOf(node: { position?: { start: { line: number } } | undefined }): number {
  return node.position?.start.line ?? 1;
}

const ENTITY = /&(#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const decoded = decodeNamedCharacterReference(name);
    return decoded === false ? whole : decoded;
  });
}

/**
 * A title exactly as written: taken from the source between the link's brackets, so `*`,
 * `_` and `$…$` in titles are not read as emphasis.
 */
function linkLabel(link: Link, source: string): string {
  const first = link.children[0];
  const last = link.children.at(-1);
  const start = first?.position?.start.offset;
  const end = last?.position?.end.offset;
  const raw = start !== undefined && end !== undefined ? source.slice(start, end) : toString(link);
  return decodeEntities(raw.replace(ESCAPE, '$1')).replace(/\s+/g, ' ').trim();
}

function paperIdFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url, 'https://huggingface.co/').pathname;
  } catch {
    return null;
  }
  const last = path.split('/').filter(Boolean).at(-1);
  if (last === undefined) return null;
  const id = decodeURIComponent(last);
  return v.is(PaperIdSchema, id) ? id : null;
}

/**
 * Whether a heading below level 2 is a paper all the same: a rank, then a link to a paper
 * (`#### 2. [Title](https://huggingface.co/papers/2601.20614)`). An author's own heading is
 * neither, so it stays a heading.
 */
function paperShaped(heading: Heading): boolean {
  const linkIndex = heading.children.findIndex((c) => c.type === 'link');
  const link = heading.children[linkIndex];
  if (link?.type !== 'link' || paperIdFromUrl(link.url) === null) return false;
  return RANK.test(toString({ type: 'paragraph', children: heading.children.slice(0, linkIndex) }));
}

/** A paragraph holding only images (and white space). */
function imagesOnly(paragraph: Paragraph): string[] | null {
  const urls: string[] = [];
  for (const child of paragraph.children) {
    if (child.type === 'image') urls.push(child.url);
    else if (!(child.type === 'text' && child.value.trim() === '') && child.type !== 'break') return null;
  }
  return urls.length > 0 ? urls : null;
}

function upvotesLine(paragraph: Paragraph): string | null {
  const first = paragraph.children[0];
  if (first?.type !== 'strong' && first?.type !== 'text') return null;
  const text = toString(paragraph.children.filter((c): c is PhrasingContent => c.type !== 'image'));
  const firstLine = text.split('\n')[0] ?? '';
  const match = UPVOTES_LINE.exec(firstLine);
  return match ? (match[1] ?? '').trim() : null;
}

interface PaperDraft extends Omit<ParsedPaper, 'upvotes'> {
  upvotes: number | null;
  upvotesSeen: boolean;
}

export function parseDigest(input: string, file: string): ParseResult {
  // A BOM is not text. CRLF (and a lone CR) become LF: the parser would keep the CR in text
  // values, and the line-based checks below (the upvotes line) would miss it. Every line
  // ending stays one line ending, so line numbers do not move.
  const source = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).replace(/\r\n?/g, '\n');
  const tree = parseMarkdown(source);
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const problem = (line: number, message: string) => problems.push({ file, line, message });

  let date: string | null = null;
  let top: number | null = null;
  let titleLine = 0;
  const intro: Block[] = [];
  const papers: PaperDraft[] = [];
  let paper = null as PaperDraft | null;
  let section = null as Section | null;
  const langVotes = new Map<Lang, number>();

  const addContent = (node: RootContent) => {
    const { depth, beyond } = nesting(node, MAX_NESTING);
    if (beyond !== null) {
      problem(
        lineOf(beyond),
        `expected quotes, lists and inline styles nested at most ${MAX_NESTING} deep, got ${depth} deep here`,
      );
      return;
    }
    const blocks = toBlocks([node]);
    if (blocks.length === 0) return;
    if (paper === null) {
      intro.push(...blocks);
      return;
    }
    if (section === null) {
      // Text under the paper heading before any section: kept, under no heading.
      section = { kind: 'other', heading: '', blocks: [] };
      paper.sections.push(section);
    }
    section.blocks.push(...blocks);
  };

  const startPaper = (heading: Heading) => {
    const line = lineOf(heading);
    section = null;
    const linkIndex = heading.children.findIndex((c) => c.type === 'link');
    const link = heading.children[linkIndex];
    if (link?.type !== 'link') {
      problem(
        line,
        `expected a paper heading with a link, like "## 1. [Title](https://huggingface.co/papers/2601.20614)", got "## ${toString(heading)}"`,
      );
      paper = null;
      return false;
    }
    const id = paperIdFromUrl(link.url);
    if (id === null) {
      problem(
        line,
        `expected the paper link to end in the paper id (https://huggingface.co/papers/<id>), got "${link.url}"`,
      );
    }
    const title = linkLabel(link, source);
    if (title === '') problem(line, 'expected a paper title between the brackets of the heading link');
    const before = toString({ type: 'paragraph', children: heading.children.slice(0, linkIndex) });
    const rankMatch = RANK.exec(before);
    let rank = papers.length + 1;
    if (rankMatch?.[1]) {
      const written = wholeNumber(rankMatch[1]);
      if (written === null) problem(line, `expected a rank up to ${LARGEST}, got ${rankMatch[1]}`);
      else rank = written;
    }
    paper = {
      id: id ?? '',
      rank,
      upvotes: null,
      upvotesSeen: false,
      title,
      thumbnail: null,
      sections: [],
      line,
    };
    papers.push(paper);
    return true;
  };

  // Content after a broken paper heading belongs to no paper; skip it rather than pin it on
  // the previous paper or report it twice.
  let skipping = false;
  let paperDepth = 2;

  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1) {
      const text = toString(node).trim();
      if (date !== null) {
        problem(
          lineOf(node),
          `expected one dated "#" title per digest (the first is on line ${titleLine}), got another: "# ${text}"`,
        );
        continue;
      }
      titleLine = lineOf(node);
      const match = TITLE.exec(text);
      const count = match?.[2] === undefined ? null : wholeNumber(match[2]);
      if (!match?.[1]) {
        problem(
          lineOf(node),
          `expected the title to start with the digest's date, like "# 2026-01-29 Daily Papers (Top 5)", got "# ${text}"`,
        );
        date = '';
      } else if (!v.safeParse(IsoDateSchema, match[1]).success) {
        problem(lineOf(node), `no such date: ${match[1]} is not a day of the calendar, in "# ${text}"`);
        date = '';
      } else if (match[2] !== undefined && count === null) {
        problem(lineOf(node), `expected a Top N up to ${LARGEST}, got ${match[2]}`);
        date = '';
      } else {
        date = match[1];
        top = count;
      }
      continue;
    }
    // A paper is a level-2 heading, or one at any level below it shaped like a paper: it is
    // published, never read as a line of the paper before it.
    if (node.type === 'heading' && (node.depth === 2 || (node.depth > 2 && paperShaped(node)))) {
      skipping = !startPaper(node);
      paperDepth = node.depth;
      continue;
    }
    if (skipping) continue;
    if (node.type === 'thematicBreak' || node.type === 'definition' || node.type === 'yaml') continue;

    const current = paper;
    // Sections are level 3, or one below their paper's level when the paper is deeper.
    if (current !== null && node.type === 'heading' && (node.depth === 3 || node.depth === paperDepth + 1)) {
      const text = toString(node);
      const known = SECTION_WORDS.get(normaliseWords(text));
      if (known) langVotes.set(known.lang, (langVotes.get(known.lang) ?? 0) + 1);
      section = { kind: known?.kind ?? 'other', heading: displayHeading(text), blocks: [] };
      current.sections.push(section);
      continue;
    }
    if (current !== null && section === null && node.type === 'paragraph') {
      const upvotes = upvotesLine(node);
      if (upvotes !== null) {
        if (current.upvotesSeen) problem(lineOf(node), 'expected one upvotes line per paper, got a second one');
        current.upvotesSeen = true;
        const count = UPVOTES_VALUE.test(upvotes) ? wholeNumber(upvotes) : null;
        if (count !== null) current.upvotes = count;
        else if (UPVOTES_VALUE.test(upvotes))
          problem(lineOf(node), `expected upvotes up to ${LARGEST}, larger cannot be kept exactly, got "${upvotes}"`);
        else
          problem(
            lineOf(node),
            `expected upvotes to be a whole number, like "**Upvotes**: 92" or "1,234", got "${upvotes}"`,
          );
        const images = node.children.filter((c) => c.type === 'image');
        if (images[0] && current.thumbnail === null) current.thumbnail = images[0].url;
        continue;
      }
      const images = imagesOnly(node);
      if (images?.[0] !== undefined && current.thumbnail === null) {
        current.thumbnail = images[0];
        continue;
      }
    }
    addContent(node);
  }

  if (date === null) {
    problem(1, 'expected a "#" title with the digest\'s date, like "# 2026-01-29 Daily Papers (Top 5)", found none');
  }
  for (const p of papers) {
    if (!p.upvotesSeen) problem(p.line, `expected an "**Upvotes**: N" line under the paper heading of "${p.title}"`);
    if (p.sections.length === 0) warnings.push({ file, line: p.line, message: `paper "${p.title}" has no text` });
  }
  const seen = new Map<string, number>();
  for (const p of papers) {
    const earlier = seen.get(p.id);
    if (p.id !== '' && earlier !== undefined) {
      problem(p.line, `paper ${p.id} is listed twice in this digest (first on line ${earlier})`);
    }
    seen.set(p.id, p.line);
  }
  if (top !== null && date && top !== papers.length && problems.length === 0) {
    warnings.push({
      file,
      line: titleLine,
      message: `the title says Top ${top} but the digest lists ${papers.length} papers`,
    });
  }

  if (problems.length > 0 || date === null) return { digest: null, problems, warnings };
  return {
    digest: {
      file,
      date,
      top,
      lang: detectLanguage(file, langVotes, source),
      intro,
      papers: papers.map(({ upvotesSeen: _seen, upvotes, ...rest }) => ({ ...rest, upvotes: upvotes ?? 0 })),
    },
    problems,
    warnings,
  };
}

function detectLanguage(file: string, votes: ReadonlyMap<Lang, number>, source: string): Lang {
  const fromName = languageFromFileName(file);
  if (fromName) return fromName;
  let best: Lang | null = null;
  let bestVotes = 0;
  for (const [lang, count] of votes) {
    if (count > bestVotes) {
      best = lang;
      bestVotes = count;
    }
  }
  return best ?? (HANGUL.test(source) ? 'ko' : 'en');
}
