/**
 * The digest parser against one tiny fixture per quirk of the real data
 * (tests/fixtures/digests/parse/) and one per problem it must report (…/errors/).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { at } from '../../../tests/helpers/digests.ts';
import { BlockSchema, type Block, type Section } from '../../schema/digest.ts';
import { type ParsedDigest, type ParsedPaper, parseDigest, type ParseResult } from './parse-digest.ts';
import { blockText } from './rich-text.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures/digests');

function source(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** Parses a fixture under its path relative to the fixtures folder (that is the name problems carry). */
function parseFixture(name: string): ParseResult {
  return parseDigest(source(name), name);
}

function digestOf(name: string): ParsedDigest {
  const result = parseFixture(name);
  expect(result.problems).toEqual([]);
  if (result.digest === null) throw new Error(`${name} did not parse`);
  return result.digest;
}

function paperOf(name: string, index = 0): ParsedPaper {
  return at(digestOf(name).papers, index);
}

/** Kind and heading of each section, in order: what the reader sees as the paper's outline. */
function outline(paper: ParsedPaper): [Section['kind'], string][] {
  return paper.sections.map((s) => [s.kind, s.heading]);
}

function section(paper: ParsedPaper, kind: Section['kind']): Section {
  const found = paper.sections.find((s) => s.kind === kind);
  if (!found) throw new Error(`paper ${paper.id} has no ${kind} section`);
  return found;
}

function allBlocks(digest: ParsedDigest): Block[] {
  return [...digest.intro, ...digest.papers.flatMap((p) => p.sections.flatMap((s) => s.blocks))];
}

describe('parseDigest: encodings and line endings', () => {
  it('ignores a UTF-8 byte order mark before the title', () => {
    expect(source('parse/bom.md').startsWith('\uFEFF')).toBe(true); // the fixture still has its BOM
    const digest = digestOf('parse/bom.md');
    expect(digest.date).toBe('2026-03-02');
    expect(digest.top).toBe(1);
    expect(at(digest.papers, 0).title).toBe('A Paper Saved With a BOM');
    expect(JSON.stringify(digest)).not.toContain('\uFEFF');
  });

  it('reads a file with CRLF line endings like one with LF', () => {
    expect(source('parse/crlf.md')).toContain('\r\n'); // the fixture still has CRLF
    const digest = digestOf('parse/crlf.md');
    expect(digest.papers.map((p) => [p.id, p.upvotes])).toEqual([
      ['2603.00003', 12],
      ['2603.00004', 1200],
    ]);
    const first = at(digest.papers, 0);
    // The thumbnail right under the upvotes line, with no blank line between.
    expect(first.thumbnail).toBe('images/windows.jpg');
    expect(section(first, 'summary').blocks).toEqual([{ t: 'p', c: ['A summary over\ntwo lines.'] }]);
    expect(JSON.stringify(digest)).not.toContain('\r');
  });

  it('reports problems in a CRLF file on the lines an editor shows', () => {
    expect(source('errors/crlf-errors.md')).toContain('\r\n');
    const result = parseFixture('errors/crlf-errors.md');
    expect(result.digest).toBeNull();
    expect(result.problems.map((p) => [p.file, p.line])).toEqual([
      ['errors/crlf-errors.md', 12],
      ['errors/crlf-errors.md', 17],
    ]);
    expect(at(result.problems, 0).message).toContain('"lots"');
  });
});

describe('parseDigest: sections are recognised by their words, not their emoji', () => {
  it('recognises a heading whose emoji became U+FFFD, and drops the U+FFFD from the heading', () => {
    expect(source('parse/replacement-char.md')).toContain('\uFFFD');
    const paper = paperOf('parse/replacement-char.md');
    expect(outline(paper)).toEqual([
      ['summary', '요약'],
      ['keyPoints', '핵심 포인트'],
      ['abstract', '초록 (번역)'],
    ]);
    expect(JSON.stringify(paper)).not.toContain('\uFFFD');
    expect(section(paper, 'keyPoints').blocks).toEqual([
      { t: 'list', ordered: false, items: [[{ t: 'p', c: ['첫째'] }], [{ t: 'p', c: ['둘째'] }]] },
    ]);
  });

  it('recognises headings without any emoji', () => {
    expect(outline(paperOf('parse/missing-emoji.md'))).toEqual([
      ['summary', 'Summary'],
      ['keyPoints', 'Key Points'],
      ['abstract', 'Abstract'],
    ]);
  });

  it('recognises headings with emoji it has never seen', () => {
    expect(outline(paperOf('parse/unknown-emoji.md'))).toEqual([
      ['summary', 'Summary'],
      ['keyPoints', 'Key Points'],
      ['abstract', 'Abstract'],
    ]);
  });

  it('recognises the Korean section words 요약, 핵심 포인트 and 초록 (번역)', () => {
    const digest = digestOf('parse/sections-ko.md');
    const paper = at(digest.papers, 0);
    expect(outline(paper)).toEqual([
      ['summary', '요약'],
      ['keyPoints', '핵심 포인트'],
      ['abstract', '초록 (번역)'],
    ]);
    expect(blockText(section(paper, 'summary').blocks)).toBe('한국어 요약.');
    expect(blockText(section(paper, 'abstract').blocks)).toBe('번역된 초록.');
    expect(digest.lang).toBe('ko');
  });

  it('recognises the English section words Summary, Key Points and Abstract', () => {
    const digest = digestOf('parse/sections-en.md');
    const paper = at(digest.papers, 0);
    expect(outline(paper)).toEqual([
      ['summary', 'Summary'],
      ['keyPoints', 'Key Points'],
      ['abstract', 'Abstract'],
    ]);
    expect(blockText(section(paper, 'keyPoints').blocks)).toBe('First point\nSecond point');
    expect(digest.lang).toBe('en');
  });

  it("keeps an author's own sections, in order, with their headings and text", () => {
    const paper = paperOf('parse/own-section.md');
    expect(outline(paper)).toEqual([
      ['summary', 'Summary'],
      ['other', 'My Notes'],
      ['abstract', 'Abstract'],
      ['other', 'Related Work'],
    ]);
    expect(blockText(at(paper.sections, 1).blocks)).toBe('Worth reading with the appendix.');
    expect(blockText(at(paper.sections, 3).blocks)).toBe("Compare with last week's paper.");
  });

  it('keeps text between the paper heading and its first section, under no heading', () => {
    const paper = paperOf('parse/text-before-sections.md');
    expect(outline(paper)).toEqual([
      ['other', ''],
      ['summary', 'Summary'],
    ]);
    expect(blockText(at(paper.sections, 0).blocks)).toBe('Read this one first: it sets up the rest.');
  });
});

describe('parseDigest: paper headings, upvotes and thumbnails', () => {
  it('keeps titles exactly as written: colons, parentheses, quotes, &, $…$ math, *stars* and [v2]', () => {
    const digest = digestOf('parse/title-punctuation.md');
    expect(digest.papers.map((p) => p.title)).toEqual([
      'Colons: A Subtitle: And Another',
      'Parentheses (and Nested (Ones))',
      '"Quoted" Words & \'Single\' Ones & More',
      'Bounds for $x_1$ and $y_2$ in Practice',
      'Why *stars* Are Not Emphasis',
      'Revisited [v2]: Brackets in Titles',
    ]);
    expect(digest.papers.map((p) => p.id)).toEqual([
      '2603.00021',
      '2603.00022',
      '2603.00023',
      '2603.00024',
      '2603.00025',
      '2603.00026',
    ]);
    expect(digest.papers.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads a paper (rank and link) written under any heading level below the title', () => {
    const digest = digestOf('parse/paper-heading-levels.md');
    expect(digest.papers.map((p) => [p.rank, p.id, p.title, p.upvotes])).toEqual([
      [1, '2603.00501', 'At the Usual Level', 30],
      [2, '2603.00502', 'One Level Too Deep', 20],
      [3, '2603.00503', 'Written Under Three Hashes', 10],
    ]);
    expect(outline(at(digest.papers, 1))).toEqual([
      ['summary', '요약'],
      ['keyPoints', '핵심 포인트'],
    ]);
    expect(blockText(section(at(digest.papers, 2), 'summary').blocks)).toBe('세 번째 수준의 논문.');
    // A deeper heading that is not a paper stays the bold line it was, in its section.
    expect(blockText(section(at(digest.papers, 0), 'summary').blocks)).toContain('실험');
  });

  it('reads upvotes written with a thousands separator', () => {
    expect(paperOf('parse/upvotes-thousands.md').upvotes).toBe(1234);
  });

  it('picks up the thumbnail line, and does not show it as text', () => {
    const digest = digestOf('parse/thumbnail.md');
    const [withPicture, without] = [at(digest.papers, 0), at(digest.papers, 1)];
    expect(withPicture.thumbnail).toBe('images/A_Paper_With_a_Picture_img.jpg');
    expect(outline(withPicture)).toEqual([['summary', 'Summary']]);
    expect(JSON.stringify(withPicture.sections)).not.toContain('Thumbnail');
    expect(without.thumbnail).toBeNull();
  });

  it('reads the Top N of the title', () => {
    const digest = digestOf('parse/top-n.md');
    expect(digest.top).toBe(3);
    expect(digest.papers).toHaveLength(3);
    const untitledCount = parseDigest('# 2026-03-02 Daily Papers\n', 'no-top.md');
    expect(untitledCount.digest?.top).toBeNull();
  });
});

describe('parseDigest: rich text and its safety', () => {
  it('keeps the paragraphs of an abstract apart', () => {
    expect(section(paperOf('parse/abstract-paragraphs.md'), 'abstract').blocks).toEqual([
      { t: 'p', c: ['First paragraph of the abstract.'] },
      { t: 'p', c: ['Second paragraph,\nwritten over two lines.'] },
      { t: 'p', c: ['Third paragraph.'] },
    ]);
  });

  it('keeps inline bold, code and links as rich text', () => {
    expect(section(paperOf('parse/rich-text.md'), 'summary').blocks).toEqual([
      {
        t: 'p',
        c: [
          'A ',
          { t: 'strong', c: ['bold claim'] },
          ', a ',
          { t: 'code', v: 'code_name()' },
          ' call and ',
          { t: 'link', href: 'https://example.org/project', c: ['the project page'] },
          '.',
        ],
      },
    ]);
  });

  it('keeps raw HTML only as literal text, in nothing but our own block and inline shapes', () => {
    const digest = digestOf('parse/raw-html.md');
    const blocks = allBlocks(digest);
    // Strict schemas: any mdast node (`type: 'html'`, …) or extra field would fail here.
    expect(v.safeParse(v.array(BlockSchema), blocks).issues).toBeUndefined();
    expect(JSON.stringify(digest)).not.toMatch(/"type"\s*:/);
    const text = blockText(blocks);
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<b onmouseover=alert(1)>a tag</b>');
    const paper = at(digest.papers, 0);
    expect(section(paper, 'summary').blocks).toEqual([
      { t: 'p', c: ['An inline image tag <img src=x onerror=alert(1)> is only text.'] },
      { t: 'p', c: ['<script>alert(1)</script>'] },
    ]);
  });

  it('drops the target of javascript:, data: and other non-http(s) links but keeps their words', () => {
    const blocks = section(paperOf('parse/unsafe-links.md'), 'summary').blocks;
    expect(blocks).toEqual([
      {
        t: 'p',
        c: [
          'Try the script link, the data link, a relative link, a mail link and ',
          { t: 'link', href: 'https://example.org/ok', c: ['the safe link'] },
          ' or ',
          { t: 'link', href: 'http://example.org/plain', c: ['the plain one'] },
          '.',
        ],
      },
    ]);
    expect(JSON.stringify(blocks)).not.toMatch(/javascript:|data:|mailto:|\/local\/page/);
  });
});

describe('parseDigest: language', () => {
  it('takes the language from a .en.md or .ko.md name over the section words', () => {
    expect(digestOf('parse/lang-suffix-beats-words.en.md').lang).toBe('en');
    expect(digestOf('parse/lang-suffix-beats-words.ko.md').lang).toBe('ko');
  });

  it('takes the language from the section words for a hash-named .txt file', () => {
    // The body has Hangul too: the section words decide, not the script of the text.
    expect(source('parse/5f2b9c0e7d41a3c8.txt')).toMatch(/[\uac00-\ud7a3]/);
    expect(digestOf('parse/5f2b9c0e7d41a3c8.txt').lang).toBe('en');
    expect(digestOf('parse/sections-ko.md').lang).toBe('ko');
  });
});

describe('parseDigest: problems are reported with file, line and all at once', () => {
  /**
   * Parses a broken fixture and checks its problems: each `[line, words the message must
   * contain]`, in order, all carrying the file's name; and no digest.
   */
  function expectProblems(name: string, expected: [line: number, words: string | RegExp][]) {
    const result = parseFixture(name);
    expect(result.digest).toBeNull();
    expect(result.problems.map((p) => `${p.file}:${p.line}`)).toEqual(expected.map(([line]) => `${name}:${line}`));
    result.problems.forEach((p, i) => {
      const words = at(expected, i)[1];
      if (typeof words === 'string') expect(p.message).toContain(words);
      else expect(p.message).toMatch(words);
    });
  }

  it('reports a file with no title line at all', () => {
    expectProblems('errors/no-h1.md', [[1, /title with the digest's date/]]);
  });

  it('reports a title without a date', () => {
    expectProblems('errors/h1-without-date.md', [[1, '"# Daily Papers (Top 1)"']]);
  });

  it('reports a title whose date does not exist (2026-02-30)', () => {
    expectProblems('errors/invalid-date.md', [[1, /no such date: 2026-02-30/]]);
  });

  it('reports a paper heading without a link', () => {
    expectProblems('errors/heading-without-link.md', [[6, 'A Paper Whose Link Was Lost']]);
  });

  it('reports upvotes that are not a number', () => {
    expectProblems('errors/upvotes-not-a-number.md', [[4, '"many"']]);
  });

  it('reports upvotes, ranks and Top N too large to keep exactly, rather than rounding them', () => {
    expectProblems('errors/upvotes-too-large.md', [
      [4, '"9,007,199,254,740,993"'],
      [7, '"123456789012345678901234567890"'],
      [9, '12345678901234567890'],
    ]);
    const top = parseDigest('# 2026-03-02 Daily Papers (Top 99999999999999999999)\n', 'top.md');
    expect(top.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      `1: expected a Top N up to 9,007,199,254,740,991, got 99999999999999999999`,
    ]);
  });

  it('reports a paper without an upvotes line, on its heading', () => {
    expectProblems('errors/missing-upvotes.md', [[6, 'Not Counted']]);
  });

  it('reports the same paper listed twice, on its second listing', () => {
    expectProblems('errors/duplicate-paper.md', [[9, /2603\.00108.*line 3/]]);
  });

  it('reports quotes nested deeper than the reader can follow, on their line', () => {
    expectProblems('errors/nested-too-deep.md', [[9, /nested at most 12 deep, got 30 deep/]]);
  });

  it('reports three different problems of one file together', () => {
    expectProblems('errors/three-problems.md', [
      [1, /no such date: 2026-02-30/],
      [4, '"a dozen"'],
      [6, 'No Link Here'],
    ]);
  });
});
