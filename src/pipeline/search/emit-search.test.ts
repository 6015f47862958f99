/**
 * The search index round trip: papers → the shards the pipeline writes → the client's
 * reader (`lib/search-index.ts`) → ranked papers.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { runSearch } from '../../lib/search-index.ts';
import { queryTerms } from '../../lib/search-tokenize.ts';
import {
  type Block,
  type PaperText,
  type SearchDocShard,
  SearchManifestSchema,
  type SearchTermShard,
  type Section,
} from '../../schema/digest.ts';
import type { WriteJson } from '../emit/emit-lists.ts';
import { buildSearchIndex, emitSearch, type SearchDoc } from './emit-search.ts';

const p = (text: string): Block[] => [{ t: 'p', c: [text] }];
const section = (kind: Section['kind'], text: string): Section => ({ kind, heading: kind, blocks: p(text) });

function paper(
  id: string,
  upvotes: number,
  title: string,
  ko: string | null,
  en: string | null,
  date = '2026-01-29',
): SearchDoc {
  const texts: Record<string, PaperText> = {};
  if (ko !== null) texts.ko = { title, sections: [section('summary', ko)] };
  if (en !== null) texts.en = { title, sections: [section('abstract', en)] };
  return { id, title, texts, appearances: [{ date, upvotes }], file: `data/papers/${id}.0123456789.json` };
}

const ARCHIVE: SearchDoc[] = [
  paper(
    '2601.00001',
    10,
    'Reinforcement Learning for Reasoning Models',
    '강화 학습으로 모델의 추론 능력을 개선함',
    'We train reasoning models with reinforcement learning.',
  ),
  paper('2601.00002', 50, 'Diffusion Models for Video', '비디오 확산 모델을 제안함', 'A video diffusion model.'),
  paper(
    '2601.00003',
    5,
    'A Survey of Tokenization',
    '토큰화 방법을 조사함',
    'We survey tokenizers; reasoning is out of scope.',
  ),
  paper('2601.00004', 50, 'Small Models', '모델 경량화 기법', null, '2025-12-01'),
];

/** Writes into memory, checking each file against its schema as the real writer does. */
function memoryWriter() {
  const files = new Map<string, unknown>();
  const write: WriteJson = (schema, dir, name, value) => {
    const file = `data/${dir}/${name}.json`;
    files.set(file, v.parse(schema, value));
    return file;
  };
  return { files, write };
}

/** Builds the index of `docs` and returns a search function over it, as the client reads it. */
function searchOver(docs: readonly SearchDoc[], termShardChars?: number) {
  const { files, write } = memoryWriter();
  const ref = emitSearch(write, docs, termShardChars === undefined ? {} : { termShardChars });
  const manifest = v.parse(SearchManifestSchema, files.get(ref.manifest));
  const loaded: string[] = [];
  const search = async (query: string): Promise<string[]> => {
    const ranked = await runSearch(manifest, queryTerms(query), (file) => {
      loaded.push(file);
      return Promise.resolve(files.get(file) as SearchTermShard);
    });
    return ranked.map((doc) => {
      const shard = files.get(manifest.docs.files[Math.floor(doc / manifest.docs.perShard)] ?? '') as SearchDocShard;
      return shard.papers[doc % manifest.docs.perShard]?.id ?? '?';
    });
  };
  return { search, manifest, ref, loaded };
}

describe('emitSearch + runSearch', () => {
  it('finds a paper by an English word, title matches first', async () => {
    const { search } = searchOver(ARCHIVE);
    expect(await search('reasoning')).toEqual(['2601.00001', '2601.00003']);
    expect(await search('Reasoning')).toEqual(['2601.00001', '2601.00003']);
  });

  it('finds Korean words in their inflected forms', async () => {
    const { search } = searchOver(ARCHIVE);
    // 모델의, 모델을, 모델: three papers; the Korean summary of 2601.00003 has none.
    expect(new Set(await search('모델'))).toEqual(new Set(['2601.00001', '2601.00002', '2601.00004']));
    expect(new Set(await search('모델을'))).toEqual(new Set(['2601.00001', '2601.00002', '2601.00004']));
    expect(await search('강화 학습')).toEqual(['2601.00001']);
  });

  it('needs every word, in either language', async () => {
    const { search } = searchOver(ARCHIVE);
    expect(await search('확산 video')).toEqual(['2601.00002']);
    expect(await search('reasoning 확산')).toEqual([]);
    expect(await search('quantum')).toEqual([]);
    expect(await search('the of')).toEqual([]);
  });

  it('keeps the results while the next word is two letters typed, narrowing only by a whole word', async () => {
    const { search } = searchOver([
      ...ARCHIVE,
      paper('2601.00005', 1, 'RL for Video', null, 'Video models trained with RL.'),
    ]);
    expect(await search('video vi')).toEqual(await search('video'));
    expect(await search('video rl')).toEqual(['2601.00005']);
    expect(await search('video rl ')).toEqual(['2601.00005']);
    expect(await search('video vi ')).toEqual([]);
  });

  it('breaks a tie by upvotes, then by the newer day', async () => {
    const twins = [
      paper('2601.00010', 3, 'Same Title', null, 'same words'),
      paper('2601.00011', 30, 'Same Title', null, 'same words'),
      paper('2601.00012', 30, 'Same Title', null, 'same words', '2026-02-01'),
    ];
    const { search } = searchOver(twins);
    expect(await search('same')).toEqual(['2601.00012', '2601.00011', '2601.00010']);
  });

  it('ranks a paper with more of the word higher', async () => {
    const docs = [
      paper('2601.00020', 1, 'Other', null, 'agents'),
      paper('2601.00021', 1, 'Agents, agents', null, 'agents and agents'),
    ];
    const { search } = searchOver(docs);
    expect(await search('agent')).toEqual(['2601.00021', '2601.00020']);
  });

  it('loads only the term shards a query needs, even with many shards', async () => {
    const { search, manifest, loaded } = searchOver(ARCHIVE, 40);
    expect(manifest.terms.files.length).toBeGreaterThan(10);
    expect(new Set(await search('모델 video'))).toEqual(new Set(['2601.00002']));
    expect(loaded.length).toBe(2);
    expect(await search('reinforcement')).toEqual(['2601.00001']);
  });

  it('writes a manifest naming every shard, with docs numbered by upvotes', () => {
    const { manifest, ref } = searchOver(ARCHIVE);
    expect(ref.docCount).toBe(4);
    expect(manifest.docCount).toBe(4);
    expect(manifest.terms.first).toEqual([...manifest.terms.first].sort());
    const index = buildSearchIndex(ARCHIVE);
    expect(index.docs.map((d) => d.id)).toEqual(['2601.00002', '2601.00004', '2601.00001', '2601.00003']);
  });

  it('writes an empty but valid index for an empty archive', async () => {
    const { search, manifest } = searchOver([]);
    expect(manifest.docCount).toBe(0);
    expect(await search('model')).toEqual([]);
  });
});
