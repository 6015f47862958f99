/**
 * The JSON the app fetches, built from temporary digest folders: content-hashed names that
 * only change when their content does, thumbnails, the root, paper chunks, lookup shards
 * and card previews.
 */
import { createHash } from 'node:crypto';
import { cp, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { at, digestText, type PaperSpec, tempDir, type TempDir } from '../../../tests/helpers/digests.ts';
import {
  type Card,
  type DayChunk,
  DayChunkSchema,
  LookupShardSchema,
  type PaperChunk,
  PaperChunkSchema,
} from '../../schema/digest.ts';
import { lookupShardFile } from '../../schema/data-files.ts';
import { buildSiteData } from '../build-site-data.ts';
import type { SiteData } from './emit-data.ts';

let temp: TempDir;

beforeEach(async () => {
  temp = await tempDir();
});

afterEach(async () => {
  await temp.cleanup();
});

/**
 * Builds a folder's site data; a folder with problems fails the test with them. The cache is
 * the test's own (and a build after a change uses it, as a real one would).
 */
async function build(dir = temp.dir): Promise<SiteData> {
  const result = await buildSiteData(dir, { cacheRoot: path.join(temp.dir, '.cache') });
  if (!result.ok) throw new Error(`expected a clean build, got:\n${JSON.stringify(result.archive.problems, null, 2)}`);
  return result.data;
}

function text(data: SiteData, file: string): string {
  const content = data.files.get(file);
  if (content === undefined || !file.endsWith('.json')) throw new Error(`${file} was not emitted as JSON`);
  return typeof content === 'string' ? content : new TextDecoder('utf-8', { fatal: true }).decode(content);
}

function read<T>(data: SiteData, schema: v.GenericSchema<T>, file: string): T {
  return v.parse(schema, JSON.parse(text(data, file)));
}

function dayChunk(data: SiteData, date: string): { file: string; chunk: DayChunk } {
  const file = [...data.files.keys()].find((f) => f.startsWith(`data/days/${date}.`));
  if (file === undefined) throw new Error(`no day chunk for ${date}`);
  return { file, chunk: read(data, DayChunkSchema, file) };
}

function card(data: SiteData, date: string, id: string): Card {
  const found = dayChunk(data, date).chunk.cards.find((c) => c.id === id);
  if (!found) throw new Error(`${date} has no card for ${id}`);
  return found;
}

function paperFiles(data: SiteData, id: string): string[] {
  return [...data.files.keys()].filter((f) => f.startsWith(`data/papers/${id}.`));
}

function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

const paper = (id: string, summary?: string): PaperSpec => ({ id, title: `Paper ${id}`, upvotes: 10, summary });

/** Three days; the middle one is the one tests change. */
async function writeThreeDays(middleSummary = 'The middle day, as first written.') {
  await temp.write('2026-01-27.md', digestText('2026-01-27', 'ko', [paper('2601.00001'), paper('2601.00002')]));
  await temp.write('2026-01-28.md', digestText('2026-01-28', 'ko', [paper('2601.00003', middleSummary)]));
  await temp.write('2026-01-29.md', digestText('2026-01-29', 'ko', [paper('2601.00004')]));
}

describe('emitData: content-hashed, immutable file names', () => {
  it('names every JSON file data/<kind>/<name>.<10 hex of its content>.json', async () => {
    await writeThreeDays();
    const data = await build();
    const lookup = `${data.root.lookup.dir}/`;
    const names = [...data.files.keys()].filter((name) => !name.startsWith(lookup));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const match = /^data\/([a-z]+)\/([^/]+)\.([0-9a-f]{10})\.json$/.exec(name);
      expect(match, name).not.toBeNull();
      expect(sha256(text(data, name)).startsWith(match?.[3] ?? '-'), name).toBe(true);
    }
    expect(names.filter((n) => n.startsWith('data/days/'))).toHaveLength(3);
    expect(names.filter((n) => n.startsWith('data/papers/'))).toHaveLength(4);
  });

  it('names the lookup shards data/lookup/<10 hex of them all>/<n>.json: a new paper renames the folder', async () => {
    await writeThreeDays();
    const before = await build();
    expect(before.root.lookup.dir).toMatch(/^data\/lookup\/[0-9a-f]{10}$/);
    await temp.write('2026-01-30.md', digestText('2026-01-30', 'ko', [paper('2601.00005')]));
    const after = await build();
    expect(after.root.lookup.dir).toMatch(/^data\/lookup\/[0-9a-f]{10}$/);
    expect(after.root.lookup.dir).not.toBe(before.root.lookup.dir);
  });

  it('gives identical names and contents when unchanged input is built again, from any folder', async () => {
    await writeThreeDays();
    const first = await build();
    const again = await build();
    expect([...again.files.keys()].sort()).toEqual([...first.files.keys()].sort());
    expect(again.root).toEqual(first.root);

    const elsewhere = await tempDir();
    try {
      await cp(temp.dir, elsewhere.dir, { recursive: true });
      const moved = await build(elsewhere.dir);
      expect([...moved.files.keys()].sort()).toEqual([...first.files.keys()].sort());
    } finally {
      await elsewhere.cleanup();
    }
  });

  it("renames only the changed day and its papers when one day's text changes", async () => {
    await writeThreeDays();
    const before = await build();
    await writeThreeDays('The middle day, corrected.');
    const after = await build();

    expect(dayChunk(after, '2026-01-28').file).not.toBe(dayChunk(before, '2026-01-28').file);
    expect(paperFiles(after, '2601.00003')).not.toEqual(paperFiles(before, '2601.00003'));

    for (const date of ['2026-01-27', '2026-01-29']) {
      expect(dayChunk(after, date).file).toBe(dayChunk(before, date).file);
    }
    for (const id of ['2601.00001', '2601.00002', '2601.00004']) {
      expect(paperFiles(after, id)).toEqual(paperFiles(before, id));
      expect(paperFiles(after, id)).toHaveLength(1);
    }
  });
});

describe('emitData: thumbnails', () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

  it('emits an image that exists beside its digest under data/img/, and points the card at it', async () => {
    await temp.write(
      '2026/01/2026-01-29.md',
      digestText('2026-01-29', 'ko', [{ ...paper('2601.00001'), thumbnail: 'images/Some_Title_img.png' }]),
    );
    await temp.write('2026/01/images/Some_Title_img.png', PNG);
    const data = await build();
    const thumb = card(data, '2026-01-29', '2601.00001').thumb;
    expect(thumb).toMatch(/^data\/img\/[0-9a-f]{10}\.png$/);
    if (thumb === null) return;
    expect(data.files.get(thumb)).toEqual(PNG);
    expect(thumb).toContain(sha256(PNG).slice(0, 10));
    const chunk = read(data, PaperChunkSchema, at(paperFiles(data, '2601.00001'), 0));
    expect(chunk.thumb).toBe(thumb);
    expect(data.stats).toMatchObject({ thumbnails: 1, missingThumbnails: 0 });
  });

  it('gives a card whose image is missing thumb: null and counts it as absent, not as a problem', async () => {
    await temp.write(
      '2026-01-29.md',
      digestText('2026-01-29', 'ko', [{ ...paper('2601.00001'), thumbnail: 'images/Not_Here_img.jpg' }]),
    );
    const result = await buildSiteData(temp.dir);
    expect(result.archive.problems).toEqual([]);
    expect(result.ok).toBe(true);
    const data = await build();
    expect(card(data, '2026-01-29', '2601.00001').thumb).toBeNull();
    expect(data.stats).toMatchObject({ thumbnails: 0, missingThumbnails: 1 });
    expect([...data.files.keys()].filter((f) => f.startsWith('data/img/'))).toEqual([]);
  });
});

describe('emitData: thumbnails from outside the digest folder', () => {
  const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/fixtures/digests/thumbnail-outside');

  it("publishes none, draws a cover instead and warns at its paper's heading", async () => {
    // The fixture's digests/ is the digest folder; secret.png sits beside it.
    await cp(FIXTURE, temp.dir, { recursive: true });
    const dir = path.join(temp.dir, 'digests');
    const secret = path.join(temp.dir, 'secret.png');
    await temp.write(
      'digests/2026-03-08.md',
      digestText('2026-03-08', 'ko', [
        { ...paper('2603.00801'), thumbnail: secret },
        { ...paper('2603.00802'), thumbnail: 'images/linked.png' },
      ]),
    );
    // Inside by its path, outside once its link is resolved.
    await symlink(secret, path.join(dir, 'images/linked.png'));
    const result = await buildSiteData(dir, { cacheRoot: path.join(temp.dir, '.cache') });
    if (!result.ok) throw new Error(JSON.stringify(result.archive.problems));
    const { data } = result;
    const secretBytes = new Uint8Array(await readFile(secret));
    const published = [...data.files].filter(([file]) => file.startsWith('data/img/'));
    expect(published.map(([, bytes]) => Buffer.from(bytes).toString('latin1'))).toEqual(['\x89PNG\r\n\x1a\npublic']);
    expect(published.some(([, bytes]) => Buffer.from(bytes).equals(secretBytes))).toBe(false);
    expect(card(data, '2026-03-07', '2603.00701').thumb).toMatch(/^data\/img\//);
    for (const [date, id] of [
      ['2026-03-07', '2603.00702'],
      ['2026-03-07', '2603.00703'],
      ['2026-03-08', '2603.00801'],
      ['2026-03-08', '2603.00802'],
    ] as const) {
      expect(card(data, date, id).thumb, id).toBeNull();
    }
    const shown = (file: string) => path.relative(process.cwd(), path.join(dir, file));
    expect(result.archive.warnings.map((w) => [w.file, w.line, w.message])).toEqual([
      [shown('2026-03-07.md'), 13, expect.stringContaining('../secret.png')],
      [shown('2026-03-07.md'), 23, expect.stringContaining('images/../../secret.png')],
      [shown('2026-03-08.md'), 3, expect.stringContaining(secret)],
      [shown('2026-03-08.md'), 13, expect.stringContaining('images/linked.png')],
    ]);
    expect(result.archive.warnings[0]?.message).toMatch(/outside the digest folder/);
  });
});

describe('emitData: the root, paper chunks and lookup shards', () => {
  it('lists the latest day and its file in the root', async () => {
    await writeThreeDays();
    const data = await build();
    const latest = dayChunk(data, '2026-01-29');
    expect(data.root.latest).toEqual({ date: '2026-01-29', file: latest.file });
    expect(latest.chunk.cards.map((c) => c.id)).toEqual(['2601.00004']);
    expect(data.root).toMatchObject({ first: '2026-01-27', dayCount: 3, paperCount: 4 });
  });

  it('writes one chunk for a paper listed on two days, with both appearances, newest first', async () => {
    await temp.write(
      '2026-01-28.md',
      digestText('2026-01-28', 'ko', [paper('2601.00009'), { id: '2601.00001', title: 'Twice', upvotes: 12 }]),
    );
    await temp.write(
      '2026-01-29.md',
      digestText('2026-01-29', 'ko', [{ id: '2601.00001', title: 'Twice', upvotes: 40 }]),
    );
    const data = await build();
    const files = paperFiles(data, '2601.00001');
    expect(files).toHaveLength(1);
    const chunk: PaperChunk = read(data, PaperChunkSchema, at(files, 0));
    expect(chunk.appearances).toEqual([
      { date: '2026-01-29', rank: 1, upvotes: 40 },
      { date: '2026-01-28', rank: 2, upvotes: 12 },
    ]);
    // Both days' cards point at that one chunk.
    expect(card(data, '2026-01-28', '2601.00001').file).toBe(at(files, 0));
    expect(card(data, '2026-01-29', '2601.00001').file).toBe(at(files, 0));
  });

  it('maps every paper id to its paper file through the lookup shard lookupShardFile() names', async () => {
    // Enough papers for several shards, so a wrong shard cannot pass by being the only one.
    const ids = Array.from({ length: 600 }, (_, i) => `2601.${String(i + 1).padStart(5, '0')}`);
    await temp.write(
      '2026-01-28.md',
      digestText(
        '2026-01-28',
        'ko',
        ids.slice(0, 300).map((id) => paper(id)),
      ),
    );
    await temp.write(
      '2026-01-29.md',
      digestText(
        '2026-01-29',
        'ko',
        ids.slice(300).map((id) => paper(id)),
      ),
    );
    const data = await build();
    expect(data.root.lookup.shards).toBeGreaterThan(1);
    for (const id of ids) {
      const shard = read(data, LookupShardSchema, lookupShardFile(data.root.lookup, id));
      expect(shard[id], id).toBe(at(paperFiles(data, id), 0));
    }
    // Every shard is there, and only they are.
    const written = [...data.files.keys()].filter((file) => file.startsWith(`${data.root.lookup.dir}/`));
    expect(written.sort()).toEqual(
      Array.from({ length: data.root.lookup.shards }, (_, i) => `${data.root.lookup.dir}/${i}.json`).sort(),
    );
    expect(read(data, PaperChunkSchema, at(paperFiles(data, '2601.00042'), 0)).id).toBe('2601.00042');
    // 600 papers take a few seconds to build on a loaded machine: more than the default 5 s.
  }, 30_000);
});

describe('emitData: card previews', () => {
  const LONG_KO = '이 논문은 긴 요약을 가지고 있습니다. '.repeat(30);
  const LONG_EN = 'This paper has a long summary that goes on and on. '.repeat(20);

  it('has a preview per language, each cut to about 220 characters', async () => {
    await temp.write(
      '2026-01-29.md',
      digestText('2026-01-29', 'ko', [paper('2601.00001', LONG_KO), paper('2601.00002', '짧은 요약.')]),
    );
    await temp.write(
      '2026-01-29.en.md',
      digestText('2026-01-29', 'en', [paper('2601.00001', LONG_EN), paper('2601.00002', 'A short summary.')]),
    );
    const data = await build();
    const long = card(data, '2026-01-29', '2601.00001');
    expect(Object.keys(long.preview).sort()).toEqual(['en', 'ko']);
    for (const [lang, preview] of Object.entries(long.preview)) {
      expect(preview.length, lang).toBeLessThanOrEqual(221);
      expect(preview.length, lang).toBeGreaterThan(150);
      expect(preview.endsWith('…'), lang).toBe(true);
    }
    expect(long.preview.ko?.startsWith('이 논문은 긴 요약을')).toBe(true);
    expect(long.preview.en?.startsWith('This paper has a long summary')).toBe(true);
    expect(card(data, '2026-01-29', '2601.00002').preview).toEqual({ ko: '짧은 요약.', en: 'A short summary.' });
  });
});

describe("emitData: a day's introduction", () => {
  const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/fixtures/digests/introduction');

  it('puts the text before the first paper in the day chunk, per language, as rich text', async () => {
    await cp(FIXTURE, temp.dir, { recursive: true });
    const data = await build();
    const { intro } = dayChunk(data, '2026-01-29').chunk;
    expect(Object.keys(intro ?? {}).sort()).toEqual(['en', 'ko']);
    expect(intro?.ko).toEqual([
      {
        t: 'p',
        c: [
          '오늘은 ',
          { t: 'strong', c: ['에이전트'] },
          '와 추론 모델에 관한 논문이 많았습니다. 자세한 내용은 ',
          { t: 'link', href: 'https://huggingface.co/papers', c: ['Hugging Face'] },
          '에서 볼 수 있습니다.',
        ],
      },
      { t: 'list', ordered: false, items: [[{ t: 'p', c: ['1위는 92표를 받았습니다.'] }]] },
    ]);
    expect(intro?.en).toEqual([
      {
        t: 'p',
        c: [
          'Today brought many papers on ',
          { t: 'strong', c: ['agents'] },
          ' and reasoning models. More on ',
          { t: 'link', href: 'https://huggingface.co/papers', c: ['Hugging Face'] },
          '.',
        ],
      },
    ]);
  });

  it('leaves the introduction out of the chunk of a day without one', async () => {
    await cp(FIXTURE, temp.dir, { recursive: true });
    const data = await build();
    const { file } = dayChunk(data, '2026-01-30');
    expect(text(data, file)).not.toContain('intro');
  });
});
