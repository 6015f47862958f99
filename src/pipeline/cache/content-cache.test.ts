/**
 * The content stage's cache between builds (`content-cache.ts`): what it reuses, what it does
 * not, and that a build that uses it writes exactly the bytes a build without it does.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import v8 from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestText, type PaperSpec, tempDir, type TempDir } from '../../../tests/helpers/digests.ts';
import { type BuildOptions, buildSiteData, type BuildResult, formatReport } from '../build-site-data.ts';

let temp: TempDir;
let cacheRoot: string;
/** For the builds in worker threads: each thread loads tsx and remark before its first task. */
const WORKER_TIMEOUT = 30_000;
/**
 * Each case makes up to a dozen builds of a small archive, about 2 s on a quiet machine;
 * Vitest's default 5 s is too close for a busy one.
 */
const BUILDS_TIMEOUT = 20_000;

beforeEach(async () => {
  temp = await tempDir();
  cacheRoot = path.join(temp.dir, '.cache');
});

afterEach(async () => {
  await temp.cleanup();
});

function build(options: BuildOptions = {}): Promise<BuildResult> {
  return buildSiteData(temp.dir, { cacheRoot, ...options });
}

/** How many files the summary says came from the cache. */
function fromCache(result: BuildResult): number {
  return Number(/\((\d+) from the cache\)/.exec(result.summary)?.[1] ?? NaN);
}

/** Every emitted file as text, and the root: what a build made, to compare. */
function output(result: BuildResult) {
  if (!result.ok) throw new Error(`the build failed:\n${formatReport(result)}`);
  const decoder = new TextDecoder();
  const files = [...result.data.files]
    .map(([name, content]) => [name, typeof content === 'string' ? content : decoder.decode(content)] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return { files, root: result.data.root };
}

/** The same folder built without a cache. */
async function cold() {
  return output(await build({ cacheRoot: false }));
}

const id = (n: number) => `2601.${String(n).padStart(5, '0')}`;

function paper(n: number, upvotes: number, words = ''): PaperSpec {
  return { id: id(n), title: `Paper ${n} on ${words || 'models'}`, upvotes, summary: `Paper ${n} studies ${words}.` };
}

/**
 * Day `d` of January: papers `4d`, `4d + 1`, `4d + 2` in Korean and English, and `4d - 2`, the
 * day before's third paper, again, in Korean only: its chunk takes its English from that day.
 */
async function writeDay(d: number, words = 'reasoning and video') {
  const date = `2026-01-${String(d).padStart(2, '0')}`;
  const papers = [
    paper(4 * d, 50 + d, words),
    paper(4 * d + 1, 40, 'agents'),
    paper(4 * d + 2, 30),
    paper(4 * d - 2, 20),
  ];
  await temp.write(`${date}.md`, digestText(date, 'ko', papers));
  await temp.write(`${date}.en.md`, digestText(date, 'en', papers.slice(0, 3)));
}

describe('the content cache', { timeout: BUILDS_TIMEOUT }, () => {
  it('gives the bytes of a build without it, as days are added, edited, moved and removed', async () => {
    for (let d = 1; d <= 20; d++) await writeDay(d);
    expect(output(await build())).toEqual(await cold());

    await writeDay(21); // a new day, with a paper of the day before
    const added = await build();
    expect(fromCache(added)).toBe(40);
    expect(output(added)).toEqual(await cold());

    await writeDay(10, 'diffusion'); // an edited day
    const edited = await build();
    expect(fromCache(edited)).toBe(40);
    expect(output(edited)).toEqual(await cold());

    await rename(path.join(temp.dir, '2026-01-05.md'), path.join(temp.dir, 'moved.md')); // same bytes, new name
    const moved = await build();
    expect(fromCache(moved)).toBe(42);
    expect(output(moved)).toEqual(await cold());

    await rm(path.join(temp.dir, '2026-01-07.md'));
    await rm(path.join(temp.dir, '2026-01-07.en.md'));
    expect(output(await build())).toEqual(await cold());
  });

  it('gives a day whose digests did not change the thumbnails that appeared or changed since', async () => {
    // Each day's first paper again the next day, with a thumbnail of its own there, which its chunk takes.
    const day = async (d: number) => {
      const date = `2026-01-${String(d).padStart(2, '0')}`;
      const papers = [
        { ...paper(4 * d, 50), thumbnail: `images/${d}.png` },
        { ...paper(4 * d - 4, 40), thumbnail: `images/again-${d}.png` },
      ];
      await temp.write(`images/again-${d}.png`, `thumbnail ${d}`);
      await temp.write(`${date}.md`, digestText(date, 'ko', d > 1 ? papers : papers.slice(0, 1)));
    };
    for (let d = 1; d <= 4; d++) await day(d);
    expect(output(await build())).toEqual(await cold());
    await temp.write('images/2.png', 'a thumbnail');
    const appeared = await build();
    expect(fromCache(appeared)).toBe(4);
    expect(output(appeared)).toEqual(await cold());
    await temp.write('images/2.png', 'another thumbnail');
    const changed = await build();
    expect(output(changed)).toEqual(await cold());
    expect(output(changed)).not.toEqual(output(appeared));
  });

  it('reads again a file whose bytes changed though its size and time did not', async () => {
    for (let d = 1; d <= 3; d++) await writeDay(d);
    const file = path.join(temp.dir, '2026-01-02.md');
    const before = await stat(file);
    // Files changed in the last two seconds are read anyway; these must not be, to test the stat.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(fromCache(await build())).toBe(0);
    expect(fromCache(await build())).toBe(6);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Paper 8 studies', 'Paper 8 examines'.slice(0, 15)));
    await utimes(file, before.atime, before.mtime);
    expect((await stat(file)).size).toBe(before.size);
    const again = await build();
    expect(fromCache(again)).toBe(5);
    expect(output(again)).toEqual(await cold());
  });

  it('reports a file that went bad, with every problem, and uses the cache again once it is fixed', async () => {
    for (let d = 1; d <= 3; d++) await writeDay(d);
    expect((await build()).ok).toBe(true);
    const file = path.join(temp.dir, '2026-01-02.md');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('**Upvotes**: 52', '**Upvotes**: many'));
    const bad = await build();
    expect(bad.ok).toBe(false);
    expect(formatReport(bad)).toMatch(/2026-01-02\.md:\d+: expected upvotes to be a whole number.*"many"/);
    // Reported again, not taken for good from anywhere.
    expect((await build()).ok).toBe(false);
    writeFileSync(file, good);
    const fixed = await build();
    expect(fromCache(fixed)).toBe(6);
    expect(output(fixed)).toEqual(await cold());
  });

  it('is not used when the pipeline that wrote it was another, nor when it cannot be read', async () => {
    for (let d = 1; d <= 3; d++) await writeDay(d);
    await build();
    const folder = path.join(cacheRoot, readdirSync(cacheRoot)[0] ?? '');
    const stateFile = path.join(folder, 'state.bin');
    const state = v8.deserialize(readFileSync(stateFile)) as { version: string };
    writeFileSync(stateFile, v8.serialize({ ...state, version: 'another' }));
    const other = await build();
    expect(fromCache(other)).toBe(0);
    expect(output(other)).toEqual(await cold());

    expect(fromCache(await build())).toBe(6);
    for (const pack of readdirSync(folder).filter((name) => name.startsWith('pack-'))) {
      const file = path.join(folder, pack);
      writeFileSync(file, readFileSync(file).subarray(0, -10));
    }
    const cut = await build();
    expect(fromCache(cut)).toBe(0);
    expect(output(cut)).toEqual(await cold());

    expect(fromCache(await build())).toBe(6);
    writeFileSync(stateFile, 'not a state');
    const unreadable = await build();
    expect(fromCache(unreadable)).toBe(0);
    expect(output(unreadable)).toEqual(await cold());
  });

  it('makes a cold build of a state in the layout of earlier code, or whose columns do not match', async () => {
    for (let d = 1; d <= 3; d++) await writeDay(d);
    await build();
    const folder = path.join(cacheRoot, readdirSync(cacheRoot)[0] ?? '');
    const stateFile = path.join(folder, 'state.bin');
    type Columns = { keys: string[]; files: string[]; places: Float64Array };
    type State = { stats: { files: string[] }; chunks: Columns; days: Columns & { cards: Int32Array } };
    const state = v8.deserialize(readFileSync(stateFile)) as State;
    // Memo keys are digests of what a chunk is made of, not the JSON of it.
    for (const key of [...state.chunks.keys, ...state.days.keys]) expect(key).toMatch(/^[\w-]{43}$/);
    const place = (columns: Columns, i: number) => ({
      pack: columns.places[3 * i],
      offset: columns.places[3 * i + 1],
      length: columns.places[3 * i + 2],
    });
    // Rows as earlier code wrote them, under this code's version: refused, not misread.
    const rows = {
      ...state,
      stats: state.stats.files.map((file) => [file, {}]),
      chunks: state.chunks.keys.map((key, i) => [key, state.chunks.files[i], place(state.chunks, i)]),
      days: state.days.keys.map((key, i) => [key, state.days.files[i], place(state.days, i), new Int32Array()]),
    };
    const damaged = [
      rows,
      { ...state, chunks: { ...state.chunks, files: state.chunks.files.slice(1) } },
      { ...state, days: { ...state.days, cards: state.days.cards.subarray(1) } },
    ];
    for (const bad of damaged) {
      writeFileSync(stateFile, v8.serialize(bad));
      const result = await build();
      expect(fromCache(result)).toBe(0);
      expect(output(result)).toEqual(await cold());
      expect(fromCache(await build())).toBe(6);
    }
  });

  it(
    'parses in worker threads exactly as in this one',
    async () => {
      // 56 files: three tasks, on two threads that each number search keys their own way, and a
      // word of its own for each day, so that every task numbers new keys.
      const word = (d: number) => `quark${String.fromCharCode(97 + (d % 26), 97 + Math.floor(d / 26))}`;
      for (let d = 1; d <= 28; d++) await writeDay(d, `${d % 2 ? '모델 학습과 추론' : 'reasoning models'} ${word(d)}`);
      const inWorkers = output(await build({ cacheRoot: false, workers: 2 }));
      expect(inWorkers).toEqual(output(await build({ cacheRoot: false, workers: 0 })));
    },
    WORKER_TIMEOUT,
  );

  it(
    'makes and patches the search index in a worker thread as this one does',
    async () => {
      for (let d = 1; d <= 20; d++) await writeDay(d);
      expect(output(await build({ workers: 2 }))).toEqual(await cold());
      await writeDay(21);
      const added = await build({ workers: 2 });
      expect(fromCache(added)).toBe(40);
      expect(output(added)).toEqual(await cold());
    },
    WORKER_TIMEOUT,
  );
});
