/**
 * The search index: every paper's title, summary, key points and abstract, in every
 * language, as an inverted index cut into shards that a query fetches a few of.
 *
 * - Keys are words and word prefixes (`lib/search-tokenize.ts`), so a query word, typed in
 *   full or not, Korean with its ending or not, is one key in one term shard. Hangul words
 *   written one after another are keys joined as well, with where their spaces were
 *   (`강화학습 2`), and each title is a key (`titleKey`).
 * - A key's postings hold its documents and a BM25 weight per document, computed here once
 *   (a title word counts six times, a summary word one and a half); the client adds the idf.
 * - Term shards are slices of the sorted keys of about `TERM_SHARD_CHARS` each; the
 *   manifest names each slice's first key. A slice starts with a word, so the joined and
 *   title keys that follow a word's key are in its shard.
 * - Vocabulary shards list the Latin keys by first letter, with the number of papers each
 *   is in, for the client to correct typos with (`lib/search-typos.ts`). Doc shards map doc numbers to paper chunks, so
 *   showing a result costs one small doc shard and the paper chunk the paper page uses too.
 *
 * The words of each paper text are counted where the text is parsed (`term-counter.ts`).
 * Here a paper's terms are the sum of its texts' and titles', and the index is built from
 * those sums.
 *
 * `docs/decisions/search-index.md` has the numbers behind these choices.
 */
import {
  type Lang,
  type PaperText,
  SearchDocShardSchema,
  SearchManifestSchema,
  type SearchRef,
  SearchTermShardSchema,
  SearchVocabShardSchema,
} from '../../schema/digest.ts';
import { isWordKey, scriptOf } from '../../lib/search-tokenize.ts';
import { type JsonOut, valueOut, type WriteJson } from '../emit/json-out.ts';
import { SEARCH_LEVELS } from './bm25.ts';
import { type IndexDoc, planPostings } from './posting-plan.ts';
import type { PostingLists } from './posting-writer.ts';
import { type PostingState, writePostings } from './postings.ts';
import { KeyTable, TermCounter } from './term-counter.ts';

export interface SearchDoc {
  id: string;
  title: string;
  texts: Readonly<Record<Lang, PaperText>>;
  appearances: readonly { date: string; upvotes: number }[];
  /** The paper's chunk. */
  file: string;
}

/**
 * At most about 30 KB gzip per term shard (real text; synthetic text compresses to half
 * that): a query of four words, typed letter by letter, stays far below its budget.
 */
const TERM_SHARD_CHARS = 80_000;
/**
 * A result on screen costs its doc shard (about 0.6 KB gzip at 32 papers) and its paper
 * chunk; smaller shards would make the manifest, which every query loads, grow instead.
 */
export const DOCS_PER_SHARD = 32;

function indexOf(input: readonly SearchDoc[]): PostingState {
  const counter = new TermCounter(new KeyTable());
  const docs = input.map((doc): IndexDoc => {
    const texts = Object.values(doc.texts);
    const terms = counter.paper(
      [doc.title, ...texts.map((t) => t.title)],
      texts.map((t) => counter.text(t)),
    );
    return { ...doc, signature: doc.id, length: terms.length, terms: () => terms };
  });
  return writePostings(planPostings(docs), counter.table.keys);
}

/** The index of some papers, with its postings as plain arrays: for the tests. */
export function buildSearchIndex(input: readonly SearchDoc[]): {
  docs: { id: string; file: string }[];
  terms: [key: string, postings: number[]][];
} {
  const index = indexOf(input);
  const files = new Map(input.map((doc) => [doc.id, doc.file]));
  const decoder = new TextDecoder();
  const terms = index.keys.map((key, i): [string, number[]] => {
    const list = index.bytes.subarray(index.ends[i - 1] ?? 0, index.ends[i]);
    return [key, JSON.parse(decoder.decode(list)) as number[]];
  });
  return { docs: index.ids.map((id) => ({ id, file: files.get(id) ?? '' })), terms };
}

export interface TermShards {
  /** Each shard's first key. */
  first: string[];
  files: string[];
}

/**
 * Term shards: consecutive runs of keys of about `termShardChars` each, their postings copied
 * as the JSON text they are kept as (millions of integers: checking each against the schema
 * would take longer than making them). A shard starts with a word's key: the joined and title
 * keys after a word's are in its shard (`lib/search-index.ts` looks for them there).
 */
export function writeTermShards(
  out: JsonOut,
  lists: PostingLists,
  { termShardChars = TERM_SHARD_CHARS }: { termShardChars?: number } = {},
): TermShards {
  const shards: TermShards = { first: [], files: [] };
  let keys: string[] = [];
  let postings: Uint8Array[] = [];
  let size = 0;
  const flush = () => {
    shards.first.push(keys[0] ?? '');
    const name = `terms-${shards.files.length}`;
    shards.files.push(out.filled(SearchTermShardSchema, 'search', name, { keys, postings: [] }, 'postings', postings));
    keys = [];
    postings = [];
    size = 0;
  };
  lists.keys.forEach((key, i) => {
    const list = lists.bytes.subarray(lists.ends[i - 1] ?? 0, lists.ends[i]);
    // The key, and each posting with its comma: the measure the shards are cut by.
    const chars = key.length + 6 + (list.length - 1);
    if (size > 0 && size + chars > termShardChars && isWordKey(key)) flush();
    keys.push(key);
    postings.push(list);
    size += chars;
  });
  if (keys.length > 0 || shards.files.length === 0) flush();
  return shards;
}

export interface VocabShards {
  /** Each shard's letter: its keys start with it. */
  letters: string[];
  files: string[];
}

/** The shortest Latin key a typo is looked for against: a five-letter word less a letter. */
const VOCAB_MIN_LENGTH = 4;
const LETTER = /^\p{L}/u;

/**
 * Vocabulary shards: the Latin keys of four letters or more, one shard per first letter, with
 * the papers each is in (its postings, one number each), leaving out a key when one letter
 * more gives a key in as many papers: `diffu`, `diffus` and `diffusi` are `diffusion` where
 * nothing else starts with them.
 */
export function writeVocab(out: JsonOut, lists: PostingLists): VocabShards {
  const { keys, ends, bytes } = lists;
  const papers = (i: number) => {
    let count = 1;
    for (let at = ends[i - 1] ?? 0; at < (ends[i] ?? 0); at++) if (bytes[at] === 0x2c) count++;
    return count;
  };
  const byLetter = new Map<string, { keys: string[]; papers: number[] }>();
  keys.forEach((key, i) => {
    const first = key.codePointAt(0) ?? 0;
    if (key.length < VOCAB_MIN_LENGTH || !isWordKey(key) || scriptOf(first) !== 'word' || !LETTER.test(key)) return;
    const count = papers(i);
    // The keys one letter longer follow the key in sorted order, before any key not starting with it.
    for (let j = i + 1; j < keys.length && keys[j]?.startsWith(key); j++) {
      if (keys[j]?.length === key.length + 1 && papers(j) === count) return;
    }
    const letter = String.fromCodePoint(first);
    const shard = byLetter.get(letter) ?? { keys: [], papers: [] };
    shard.keys.push(key);
    shard.papers.push(count);
    byLetter.set(letter, shard);
  });
  const vocab: VocabShards = { letters: [], files: [] };
  for (const [letter, shard] of byLetter) {
    vocab.letters.push(letter);
    vocab.files.push(out.json(SearchVocabShardSchema, 'search', `vocab-${vocab.files.length}`, shard));
  }
  return vocab;
}

/** The doc shards (`papers` in doc order) and the manifest; the root names the manifest. */
export function writeManifest(
  out: JsonOut,
  papers: readonly { id: string; file: string }[],
  terms: TermShards,
  vocab: VocabShards,
): SearchRef {
  const docFiles: string[] = [];
  for (let start = 0; start < papers.length; start += DOCS_PER_SHARD) {
    const shard = { papers: papers.slice(start, start + DOCS_PER_SHARD) };
    docFiles.push(out.json(SearchDocShardSchema, 'search', `docs-${docFiles.length}`, shard));
  }
  const manifest = out.json(SearchManifestSchema, 'search', 'manifest', {
    version: 2,
    docCount: papers.length,
    levels: SEARCH_LEVELS,
    terms: { first: terms.first, files: terms.files },
    docs: { perShard: DOCS_PER_SHARD, files: docFiles },
    vocab: { letters: vocab.letters, files: vocab.files },
  });
  return { manifest, docCount: papers.length };
}

/** The index of papers with their texts, written with `write`. */
export function emitSearch(write: WriteJson, docs: readonly SearchDoc[], options?: { termShardChars?: number }) {
  const out = valueOut(write);
  const index = indexOf(docs);
  const files = new Map(docs.map((doc) => [doc.id, doc.file]));
  const papers = index.ids.map((id) => ({ id, file: files.get(id) ?? '' }));
  return writeManifest(out, papers, writeTermShards(out, index, options), writeVocab(out, index));
}
