/**
 * The search index: every paper's title, summary, key points and abstract, in every
 * language, as an inverted index cut into shards that a query fetches a few of.
 *
 * - Keys are words and word prefixes (`lib/search-tokenize.ts`), so a query word, typed in
 *   full or not, Korean with its ending or not, is one key in one term shard.
 * - A key's postings hold its documents and a BM25 weight per document, computed here once
 *   (a title word counts six times, a summary word one and a half); the client adds the idf.
 * - Term shards are slices of the sorted keys of about `TERM_SHARD_CHARS` each; the
 *   manifest names each slice's first key. Doc shards map doc numbers to paper chunks, so
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
} from '../../schema/digest.ts';
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
 * would take longer than making them).
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
    if (size > 0 && size + chars > termShardChars) flush();
    keys.push(key);
    postings.push(list);
    size += chars;
  });
  if (keys.length > 0 || shards.files.length === 0) flush();
  return shards;
}

/** The doc shards (`papers` in doc order) and the manifest; the root names the manifest. */
export function writeManifest(
  out: JsonOut,
  papers: readonly { id: string; file: string }[],
  terms: TermShards,
): SearchRef {
  const docFiles: string[] = [];
  for (let start = 0; start < papers.length; start += DOCS_PER_SHARD) {
    const shard = { papers: papers.slice(start, start + DOCS_PER_SHARD) };
    docFiles.push(out.json(SearchDocShardSchema, 'search', `docs-${docFiles.length}`, shard));
  }
  const manifest = out.json(SearchManifestSchema, 'search', 'manifest', {
    version: 1,
    docCount: papers.length,
    levels: SEARCH_LEVELS,
    terms: { first: terms.first, files: terms.files },
    docs: { perShard: DOCS_PER_SHARD, files: docFiles },
  });
  return { manifest, docCount: papers.length };
}

/** The index of papers with their texts, written with `write`. */
export function emitSearch(write: WriteJson, docs: readonly SearchDoc[], options?: { termShardChars?: number }) {
  const out = valueOut(write);
  const index = indexOf(docs);
  const files = new Map(docs.map((doc) => [doc.id, doc.file]));
  const papers = index.ids.map((id) => ({ id, file: files.get(id) ?? '' }));
  return writeManifest(out, papers, writeTermShards(out, index, options));
}
