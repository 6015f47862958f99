/**
 * Loading a digest folder: which files are read, how the files of one date become one day,
 * and that every problem of every file is reported together. Each test writes its own
 * folder under the OS's temporary folder.
 */
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { at, digestText, tempDir, type TempDir } from '../../../tests/helpers/digests.ts';
import { type ArchiveDay, type ArchivePaper, loadArchive } from './load-archive.ts';

let temp: TempDir;

beforeEach(async () => {
  temp = await tempDir();
});

afterEach(async () => {
  await temp.cleanup();
});

/** How problems name a file: relative to the working directory, as a compiler would. */
function shown(file: string): string {
  return path.relative(process.cwd(), file);
}

function paperIn(day: ArchiveDay, id: string): ArchivePaper {
  const paper = day.papers.find((p) => p.id === id);
  if (!paper) throw new Error(`${day.date} has no paper ${id}`);
  return paper;
}

const BROKEN = '# Not a digest\n\n## 1. No link\n**Upvotes**: many\n';

describe('loadArchive: which files are digests', () => {
  it('reads digests in sub-folders such as 2026/01/', async () => {
    await temp.write(
      '2026/01/2026-01-29.md',
      digestText('2026-01-29', 'ko', [{ id: '2601.00001', title: 'A', upvotes: 1 }]),
    );
    await temp.write(
      '2025/12/2025-12-31.md',
      digestText('2025-12-31', 'ko', [{ id: '2512.00001', title: 'B', upvotes: 2 }]),
    );
    const archive = await loadArchive(temp.dir);
    expect(archive.problems).toEqual([]);
    expect(archive.days.map((d) => d.date)).toEqual(['2025-12-31', '2026-01-29']);
  });

  it('skips README files, dot-files and dot-folders', async () => {
    const digest = await temp.write(
      '2026-01-29.md',
      digestText('2026-01-29', 'ko', [{ id: '2601.00001', title: 'A', upvotes: 1 }]),
    );
    // Each of these would be a problem if it were read as a digest.
    await temp.write('README.md', BROKEN);
    await temp.write('2026/readme.markdown', BROKEN);
    await temp.write('.draft.md', BROKEN);
    await temp.write('.obsidian/workspace.md', BROKEN);
    await temp.write('2026/.trash/old.txt', BROKEN);
    const archive = await loadArchive(temp.dir);
    expect(archive.problems).toEqual([]);
    expect(archive.files).toEqual([digest]);
  });

  it('reads .md, .markdown and .txt files, and nothing else', async () => {
    const paper = (id: string) => [{ id, title: id, upvotes: 1 }];
    await temp.write('a.md', digestText('2026-01-27', 'ko', paper('2601.00001')));
    await temp.write('b.markdown', digestText('2026-01-28', 'ko', paper('2601.00002')));
    await temp.write('6028866655f0d755.txt', digestText('2026-01-29', 'ko', paper('2601.00003')));
    await temp.write('notes.json', BROKEN);
    await temp.write('page.html', BROKEN);
    const archive = await loadArchive(temp.dir);
    expect(archive.problems).toEqual([]);
    expect(archive.days.map((d) => d.date)).toEqual(['2026-01-27', '2026-01-28', '2026-01-29']);
    expect(archive.files.map((f) => path.basename(f)).sort()).toEqual(['6028866655f0d755.txt', 'a.md', 'b.markdown']);
  });
});

describe('loadArchive: symbolic links', () => {
  let outside: TempDir;

  beforeEach(async () => {
    outside = await tempDir('outside-');
  });

  afterEach(async () => {
    await outside.cleanup();
  });

  it('reads digests in a linked folder and linked files, once each, and survives a link back up', async () => {
    const paper = (id: string) => [{ id, title: id, upvotes: 1 }];
    await temp.write('2026-01-27.md', digestText('2026-01-27', 'ko', paper('2601.00001')));
    await outside.write('2026/2026-01-28.md', digestText('2026-01-28', 'ko', paper('2601.00002')));
    const single = await outside.write('single/2026-01-29.md', digestText('2026-01-29', 'ko', paper('2601.00003')));
    await symlink(path.join(outside.dir, '2026'), path.join(temp.dir, 'linked'));
    await symlink(single, path.join(temp.dir, 'one-file.md'));
    // A loop (a link to the folder itself) and a second way into a folder already read.
    await symlink(temp.dir, path.join(temp.dir, 'loop'));
    await symlink(path.join(outside.dir, '2026'), path.join(temp.dir, 'linked-again'));
    const archive = await loadArchive(temp.dir);
    expect(archive.problems).toEqual([]);
    expect(archive.days.map((d) => d.date)).toEqual(['2026-01-27', '2026-01-28', '2026-01-29']);
    expect(archive.files.map((f) => path.relative(temp.dir, f))).toEqual([
      '2026-01-27.md',
      path.join('linked', '2026-01-28.md'),
      'one-file.md',
    ]);
  });
});

describe('loadArchive: the files of one date are one day', () => {
  // The English file disagrees on rank and upvotes, and each file has a paper the other lacks.
  const KO = digestText('2026-01-29', 'ko', [
    { id: '2601.00001', title: '첫째 논문', upvotes: 50, summary: '첫째 요약.' },
    { id: '2601.00002', title: '둘째 논문', upvotes: 30, summary: '둘째 요약.' },
    { id: '2601.00003', title: '한국어에만', upvotes: 10, summary: '한국어 파일에만 있음.' },
  ]);
  const EN = digestText('2026-01-29', 'en', [
    { id: '2601.00002', title: 'Second Paper', upvotes: 99, summary: 'Second summary.' },
    { id: '2601.00001', title: 'First Paper', upvotes: 98, summary: 'First summary.' },
    { id: '2601.00004', title: 'Only in English', upvotes: 5, summary: 'Only in the English file.' },
  ]);

  it('merges a ko and an en file of the same date, matching papers by id', async () => {
    await temp.write('2026-01-29.md', KO);
    await temp.write('2026-01-29.en.md', EN);
    const archive = await loadArchive(temp.dir);
    expect(archive.problems).toEqual([]);
    expect(archive.days).toHaveLength(1);
    const day = at(archive.days, 0);
    expect(day.date).toBe('2026-01-29');
    expect(day.langs).toEqual(['ko', 'en']);
    const first = paperIn(day, '2601.00001');
    expect(first.texts.ko?.title).toBe('첫째 논문');
    expect(first.texts.en?.title).toBe('First Paper');
    expect(Object.keys(paperIn(day, '2601.00002').texts).sort()).toEqual(['en', 'ko']);
  });

  it('takes rank and upvotes from the Korean file, whatever the English file says', async () => {
    // The English file sorts first by name: the Korean file must still win.
    await temp.write('2026-01-29.en.md', EN);
    await temp.write('2026-01-29.md', KO);
    const day = at((await loadArchive(temp.dir)).days, 0);
    expect(day.papers.slice(0, 3).map((p) => [p.id, p.rank, p.upvotes])).toEqual([
      ['2601.00001', 1, 50],
      ['2601.00002', 2, 30],
      ['2601.00003', 3, 10],
    ]);
  });

  it('gives a paper only in the Korean file only Korean text, and keeps a paper only in the English file', async () => {
    await temp.write('2026-01-29.md', KO);
    await temp.write('2026-01-29.en.md', EN);
    const day = at((await loadArchive(temp.dir)).days, 0);
    expect(Object.keys(paperIn(day, '2601.00003').texts)).toEqual(['ko']);
    const englishOnly = paperIn(day, '2601.00004');
    expect(Object.keys(englishOnly.texts)).toEqual(['en']);
    expect(englishOnly.upvotes).toBe(5);
    expect(day.papers.map((p) => p.id).sort()).toEqual(['2601.00001', '2601.00002', '2601.00003', '2601.00004']);
  });

  it("lists a paper only in the English file after the Korean file's papers, not among them", async () => {
    await temp.write('2026-01-29.md', KO);
    await temp.write(
      '2026-01-29.en.md',
      digestText('2026-01-29', 'en', [
        { id: '2601.00004', title: 'Only in English, ranked first there', upvotes: 120 },
        { id: '2601.00001', title: 'First Paper', upvotes: 98 },
      ]),
    );
    const day = at((await loadArchive(temp.dir)).days, 0);
    expect(day.papers.map((p) => p.id)).toEqual(['2601.00001', '2601.00002', '2601.00003', '2601.00004']);
  });

  it('reports two Korean files of the same date as a problem naming both files', async () => {
    const one = await temp.write('2026-01-29.md', KO);
    const two = await temp.write('inbox/6028866655f0d755.txt', KO);
    const archive = await loadArchive(temp.dir);
    expect(archive.problems).toHaveLength(1);
    const problem = at(archive.problems, 0);
    const named = `${problem.file} ${problem.message}`;
    expect(named).toContain(shown(one));
    expect(named).toContain(shown(two));
    expect(problem.message).toContain('2026-01-29');
  });
});

describe('loadArchive: problems', () => {
  it('reports the problems of several broken files together, each with its file and line', async () => {
    await temp.write('2026-01-28.md', digestText('2026-01-28', 'ko', [{ id: '2601.00001', title: 'A', upvotes: 1 }]));
    const noDate = await temp.write('2026/no-date.md', '# Daily Papers\n');
    const noLink = await temp.write(
      '2026/no-link.md',
      '# 2026-01-29 Daily Papers (Top 1)\n\n## 1. Title without a link\n**Upvotes**: 1\n',
    );
    const words = await temp.write(
      '2026/01/words.txt',
      digestText('2026-01-30', 'en', [{ id: '2601.00002', title: 'B', upvotes: 'many' }]),
    );
    const archive = await loadArchive(temp.dir);
    expect(archive.problems.map((p) => `${p.file}:${p.line}`).sort()).toEqual(
      [`${shown(noDate)}:1`, `${shown(noLink)}:3`, `${shown(words)}:4`].sort(),
    );
    // The good file is still read.
    expect(archive.days.map((d) => d.date)).toEqual(['2026-01-28']);
  });
});

describe('loadArchive: thumbnail paths', () => {
  it('resolves each against its digest folder as path.resolve does, plain or not', async () => {
    const refs = [
      'images/a.jpg',
      'a.png',
      'images/.b.jpg',
      'images/..c.jpg',
      './d.jpg',
      '../e.jpg',
      'images/../f.jpg',
      'images//g.jpg',
      'images/h%20i.jpg',
      'images/j.jpg?size=2#x',
      '.k.jpg',
      'https://example.com/l.jpg',
    ];
    const papers = refs.map((thumbnail, i) => ({
      id: `2601.${String(i + 1).padStart(5, '0')}`,
      title: `T${i}`,
      upvotes: 1,
      thumbnail,
    }));
    await temp.write('2026/01/2026-01-29.md', digestText('2026-01-29', 'ko', papers));
    // Relative, so that the folder itself is resolved too.
    const archive = await loadArchive(path.relative(process.cwd(), temp.dir));
    const folder = path.join(temp.dir, '2026/01');
    const expected = refs.map((ref) =>
      ref.startsWith('https:') ? null : path.resolve(folder, decodeURIComponent(ref).split(/[?#]/)[0] ?? ''),
    );
    expect(papers.map((p) => paperIn(at(archive.days, 0), p.id).thumbnail)).toEqual(expected);
  });
});
