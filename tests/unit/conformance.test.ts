/**
 * The parser against the real data in the shared folder beside the repo (seeds/,
 * corpus/real/): the seed exactly as the users wrote it, and every real day in
 * both languages. Skipped when that folder is not there (e.g. a fresh clone of the repo).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteData, type BuildResult } from '../../src/pipeline/build-site-data.ts';
import { formatProblem } from '../../src/pipeline/archive/load-archive.ts';
import { type ParsedPaper, parseDigest } from '../../src/pipeline/parse/parse-digest.ts';
import type { Section } from '../../src/schema/digest.ts';
import { at } from '../helpers/digests.ts';

const SHARED = path.resolve(import.meta.dirname, '../../../shared');
const SEED = path.join(SHARED, 'seeds/000_6028866655f0d755.txt');
const CORPUS = path.join(SHARED, 'corpus/real');
const TIMEOUT = 60_000;

const skipped = (what: string, where: string) =>
  existsSync(where) ? what : `${what} (skipped: ${path.relative(process.cwd(), where)} is absent)`;

function sections(paper: ParsedPaper, kind: Section['kind']): Section[] {
  return paper.sections.filter((s) => s.kind === kind);
}

describe.skipIf(!existsSync(SEED))(skipped('the seed digest', SEED), () => {
  it('yields the date, language, papers, ranks, ids and upvotes of the file', async () => {
    const result = parseDigest(await readFile(SEED, 'utf8'), 'seed.txt');
    expect(result.problems).toEqual([]);
    const digest = result.digest;
    expect(digest).not.toBeNull();
    if (digest === null) return;
    expect(digest.date).toBe('2026-01-29');
    expect(digest.lang).toBe('ko');
    expect(digest.top).toBe(5);
    expect(digest.papers.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(digest.papers.map((p) => p.id)).toEqual([
      '2601.20614',
      '2601.20540',
      '2601.19325',
      '2601.20552',
      '2601.20209',
    ]);
    expect(digest.papers.map((p) => p.upvotes)).toEqual([92, 64, 52, 23, 12]);
  });

  it('gives every paper a one-paragraph summary, 3 key points and its abstract paragraphs', async () => {
    const digest = parseDigest(await readFile(SEED, 'utf8'), 'seed.txt').digest;
    const papers = digest?.papers ?? [];
    expect(papers).toHaveLength(5);
    for (const paper of papers) {
      expect(
        paper.sections.map((s) => s.kind),
        paper.id,
      ).toEqual(['summary', 'keyPoints', 'abstract']);
      const summary = at(sections(paper, 'summary'), 0);
      expect(
        summary.blocks.map((b) => b.t),
        paper.id,
      ).toEqual(['p']);
      const keyPoints = at(sections(paper, 'keyPoints'), 0);
      expect(keyPoints.heading).toBe('핵심 포인트'); // its emoji is U+FFFD in the file
      expect(keyPoints.blocks).toHaveLength(1);
      const list = at(keyPoints.blocks, 0);
      expect(list.t === 'list' ? list.items.length : 0, paper.id).toBe(3);
    }
    const abstractParagraphs = papers.map(
      (p) => at(sections(p, 'abstract'), 0).blocks.filter((b) => b.t === 'p').length,
    );
    expect(abstractParagraphs).toEqual([3, 1, 1, 2, 3]);
  });
});

describe.skipIf(!existsSync(CORPUS))(skipped('the real corpus', CORPUS), () => {
  // Parsing a few hundred files takes seconds: the corpus is built once for all its tests.
  let result: BuildResult;
  let names: string[];

  beforeAll(async () => {
    names = (await readdir(CORPUS)).filter((n) => n.endsWith('.md') && !/^readme/i.test(n)).sort();
    result = await buildSiteData(CORPUS);
  }, TIMEOUT);

  it('parses every file without problems, each listing the Top N papers of its title', () => {
    expect(names.length).toBeGreaterThan(0);
    expect(result.archive.problems.map(formatProblem)).toEqual([]);
    const byName = new Map(result.archive.parsed.map((d) => [path.basename(d.file), d]));
    const wrong: string[] = [];
    for (const name of names) {
      const digest = byName.get(name);
      if (digest === undefined) wrong.push(`${name}: not parsed`);
      else if (digest.top !== digest.papers.length) {
        wrong.push(`${name}: the title says Top ${digest.top ?? '(none)'}, the file lists ${digest.papers.length}`);
      } else if (!name.startsWith(digest.date)) wrong.push(`${name}: dated ${digest.date}`);
    }
    expect(wrong).toEqual([]);
  });

  it('merges the ko and en files of each day into one day with both languages', () => {
    const { archive } = result;
    const dates = new Set(names.map((n) => n.slice(0, 10)));
    expect(archive.days.map((d) => d.date)).toEqual([...dates].sort());
    const wrong: string[] = [];
    for (const day of archive.days) {
      if (day.langs.join() !== 'ko,en') wrong.push(`${day.date}: languages ${day.langs.join()}`);
      // Which languages list each paper of the day: its texts must be exactly those.
      const listedBy = new Map<string, string[]>();
      for (const digest of archive.parsed.filter((d) => d.date === day.date)) {
        for (const p of digest.papers) listedBy.set(p.id, [...(listedBy.get(p.id) ?? []), digest.lang]);
      }
      if (day.papers.length !== listedBy.size)
        wrong.push(`${day.date}: ${day.papers.length} papers, ${listedBy.size} ids`);
      for (const paper of day.papers) {
        const listed = (listedBy.get(paper.id) ?? []).sort().join();
        const texts = Object.keys(paper.texts).sort().join();
        if (texts !== listed) wrong.push(`${day.date} ${paper.id}: texts in ${texts}, listed in ${listed}`);
      }
    }
    expect(wrong).toEqual([]);
    // The corpus lists every paper in both files of its day.
    const papers = archive.days.flatMap((d) => d.papers);
    expect(papers.filter((p) => p.texts.ko && p.texts.en)).toHaveLength(papers.length);
  });

  it('builds the whole corpus', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.root.dayCount).toBe(new Set(names.map((n) => n.slice(0, 10))).size);
    expect(result.data.root.langs).toEqual(['ko', 'en']);
  });
});
