/**
 * The search index round trip: papers → the shards the pipeline writes → the client's
 * reader (`lib/search-index.ts`) → ranked papers.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { extensionShards, termShardFile } from '../../lib/search-index.ts';
import { nextLetterQueries, nextLetterShardFiles, runSearch, type SearchHits } from '../../lib/search-query.ts';
import {
  type Block,
  type PaperText,
  type SearchDocShard,
  SearchManifestSchema,
  type SearchTermShard,
  type SearchVocabShard,
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

/** Words that 분석 begins: 하 in three papers, 기 in two, and endings (을, 의, 적). */
const NEXT_LETTERS: SearchDoc[] = [
  paper('2601.00030', 9, 'A', '분석하여 보임', null),
  paper('2601.00031', 8, 'B', '분석하고 분석기 접근', null),
  paper('2601.00032', 7, 'C', '분석하는 방법', null),
  paper('2601.00033', 6, 'D', '분석기 시각과 분석적 분석을 함', null),
  paper('2601.00034', 5, 'E', '분석을 다시 분석의 틀', null),
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
  const hits = (query: string): Promise<SearchHits> =>
    runSearch(manifest, query, {
      terms: (file) => {
        loaded.push(file);
        return Promise.resolve(files.get(file) as SearchTermShard);
      },
      vocab: (file) => {
        loaded.push(file);
        return Promise.resolve(files.get(file) as SearchVocabShard);
      },
    });
  const idOf = (doc: number) => {
    const shard = files.get(manifest.docs.files[Math.floor(doc / manifest.docs.perShard)] ?? '') as SearchDocShard;
    return shard.papers[doc % manifest.docs.perShard]?.id ?? '?';
  };
  const search = async (query: string): Promise<string[]> => (await hits(query)).docs.map(idOf);
  return { search, hits, idOf, manifest, ref, loaded, files };
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
    expect(loaded.filter((file) => manifest.terms.files.includes(file)).length).toBe(2);
    expect(await search('reinforcement')).toEqual(['2601.00001']);
  });

  it('names ahead the shards the next letters of a word need', async () => {
    const { search, manifest, loaded } = searchOver(ARCHIVE, 40);
    const own = termShardFile(manifest, 'rea');
    const ahead = nextLetterShardFiles(manifest, 'rea', 10);
    for (const typed of ['reas', 'reaso', 'reason', 'reasoni', 'reasoning']) await search(typed);
    const needed = new Set(loaded.filter((file) => manifest.terms.files.includes(file)));
    expect([...needed].filter((file) => file !== own && !ahead.includes(file))).toEqual([]);
    expect([...needed].filter((file) => ahead.includes(file)).length).toBeGreaterThan(0);
  });

  it('names only the shards that start at a next letter when the extensions span too many', () => {
    const { manifest } = searchOver(NEXT_LETTERS, 40);
    const firstKey = (file: string) => manifest.terms.first[manifest.terms.files.indexOf(file)];
    expect(extensionShards(manifest, '분석').length).toBeGreaterThan(2);
    // Not 분석을 (a particle: the same search as 분석), nor 분석하여 (two letters on).
    expect(nextLetterShardFiles(manifest, '분석', 2).map(firstKey)).toEqual(['분석기', '분석하']);
    expect(nextLetterShardFiles(manifest, '분석', 1).map(firstKey)).toEqual(['분석기']);
  });

  it('names the likeliest next letters of the last word, each a different search', () => {
    const { manifest, files } = searchOver(NEXT_LETTERS);
    const shards = manifest.terms.files.map((file) => files.get(file) as SearchTermShard);
    // 하 in three papers, 기 in two; 을, 의 and 적 are endings: `분석을` is `분석` searched again.
    expect(nextLetterQueries('분석', shards, 4)).toEqual(['분석하', '분석기']);
    expect(nextLetterQueries('분석', shards, 1)).toEqual(['분석하']);
    expect(nextLetterQueries('접근 분석', shards, 4)).toEqual(['접근 분석하', '접근 분석기']);
    // A word that is done (a space after it) has no next letter.
    expect(nextLetterQueries('분석 ', shards, 4)).toEqual([]);
  });

  it('loads no vocabulary for a word many papers have', async () => {
    const { search, manifest, loaded } = searchOver(ARCHIVE);
    expect(await search('model')).toHaveLength(3);
    expect(loaded.filter((file) => manifest.vocab.files.includes(file))).toEqual([]);
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

/** Papers that write the same Korean compounds with and without spaces. */
const SPACED: SearchDoc[] = [
  paper('2601.00101', 9, 'Spaced A', '강화 학습으로 대규모 언어 모델을 학습함', null),
  paper('2601.00102', 8, 'Joined A', '강화학습으로 대규모언어모델을 학습함', null),
  paper('2601.00103', 7, 'Spaced B', '멀티 모달 언어 모델의 추론', null),
  paper('2601.00104', 6, 'Joined B', '멀티모달 언어모델에서 추론을 개선', null),
  paper('2601.00105', 5, 'Neither', '학습 데이터의 강화와 모델 압축', null),
];

describe('Korean compounds, spaced or not', () => {
  it.each([
    // Both words, apart, in 2601.00105 as well.
    ['강화 학습', '강화학습', ['2601.00101', '2601.00102', '2601.00105']],
    // A compound inside a longer one written as one word (대규모언어모델) is found by its beginning only.
    ['언어 모델', '언어모델', ['2601.00101', '2601.00103', '2601.00104']],
    ['대규모 언어 모델', '대규모언어모델', ['2601.00101', '2601.00102']],
    ['멀티 모달', '멀티모달', ['2601.00103', '2601.00104']],
  ])('%s and %s find the same papers', async (spaced, joined, ids) => {
    const { search } = searchOver(SPACED);
    expect(new Set(await search(spaced))).toEqual(new Set(ids));
    expect(new Set(await search(joined))).toEqual(new Set(ids));
  });

  it('marks the parts of a compound typed as one, and the compound typed spaced', async () => {
    const { hits } = searchOver(SPACED);
    expect((await hits('강화학습')).marks.map((m) => m.term)).toEqual(
      expect.arrayContaining(['강화', '학습', '강화학습']),
    );
    expect((await hits('강화 학습')).marks.map((m) => m.term)).toEqual(
      expect.arrayContaining(['강화', '학습', '강화학습']),
    );
  });

  it('does not join a word with its particle to the next (모델의 추론 is not 모델의추론)', async () => {
    const { search } = searchOver(SPACED);
    expect(await search('모델의추론')).toEqual([]);
  });
});

describe('titles and typos', () => {
  const ARCHIVE_PLUS = [
    ...ARCHIVE,
    paper('2601.00006', 1, 'Reasoning Models Are Small', null, 'Small reasoning models.'),
  ];

  it('puts the paper whose title is the query first, as the exact match', async () => {
    const { hits, idOf } = searchOver(ARCHIVE_PLUS);
    const found = await hits('reasoning models are small!');
    expect(found.exact).toBe(1);
    expect(idOf(found.docs[0] ?? -1)).toBe('2601.00006');
    const other = await hits('Reinforcement learning for reasoning models');
    expect(other.exact).toBe(1);
    expect(idOf(other.docs[0] ?? -1)).toBe('2601.00001');
    expect((await hits('reasoning models')).exact).toBe(0);
  });

  it('finds a Latin word with one typo from five letters, two from nine, after exact matches', async () => {
    const { search, hits } = searchOver(ARCHIVE_PLUS);
    expect(await search('difusion')).toEqual(['2601.00002']);
    expect((await hits('difusion')).corrections).toEqual([{ word: 'difusion', key: 'diffusion' }]);
    expect((await hits('difusion')).typoFrom).toBe(0);
    expect(await search('reinforcment')).toEqual(['2601.00001']);
    expect(await search('reinfrocment')).toEqual(['2601.00001']);
    // Four letters: no typo allowed.
    expect(await search('vido')).toEqual([]);
    // Three typos in nine letters: too many.
    expect(await search('reinfxxxment')).toEqual([]);
  });

  it('ranks papers found without a typo before those found with one', async () => {
    const { hits, idOf } = searchOver([
      paper('2601.00201', 9, 'Diffusion', null, 'a diffusion model'),
      paper('2601.00202', 1, 'Difusion', null, 'spelled difusion'),
      paper('2601.00203', 8, 'Video Diffusion', null, 'diffusion for video'),
    ]);
    // One paper spells it `difusion`: it comes first, the typo's matches after it.
    const found = await hits('difusion');
    expect(found.docs.map(idOf)).toEqual(['2601.00202', '2601.00201', '2601.00203']);
    expect(found.typoFrom).toBe(1);
  });
});
