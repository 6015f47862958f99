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
 * The words of each paper text are counted where the text is parsed (in a worker thread, and
 * cached with it), as `Terms`: key numbers and weighted counts. Here a paper's terms are the
 * sum of its texts' and titles', and the index is built from those sums.
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
  type SectionKind,
} from '../../schema/digest.ts';
import { indexWords, prefixKeys, type Script } from '../../lib/search-tokenize.ts';
import { type JsonOut, valueOut, type WriteJson } from '../emit/json-out.ts';
import { blockText } from '../parse/rich-text.ts';
import {
  type IndexDoc,
  type PostingLists,
  planPostings,
  type PostingState,
  SEARCH_LEVELS,
  writePostings,
} from './search-postings.ts';

export { SEARCH_LEVELS };

export interface SearchDoc {
  id: string;
  title: string;
  texts: Readonly<Record<Lang, PaperText>>;
  appearances: readonly { date: string; upvotes: number }[];
  /** The paper's chunk. */
  file: string;
}

/** Per field, in tenths: a title word counts six times, a summary word one and a half. */
const FIELD_WEIGHT: Readonly<Record<SectionKind | 'title', number>> = {
  title: 60,
  summary: 15,
  keyPoints: 12,
  abstract: 10,
  other: 10,
};
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

// ---------------------------------------------------------------------------------------
// Counting words

/** The length a title adds to a paper's terms (`Terms.length`). */
export function titleLength(title: string): number {
  return indexWords(title).length * FIELD_WEIGHT.title;
}

/** Index keys by number. A worker thread numbers its own; the main thread maps them to its. */
export class KeyTable {
  readonly keys: string[] = [];
  private readonly numbers = new Map<string, number>();

  constructor(keys: readonly string[] = []) {
    for (const key of keys) this.number(key);
  }

  number(key: string): number {
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.keys.length;
      this.numbers.set(key, n);
      this.keys.push(key);
    }
    return n;
  }
}

/** Key `keys[i]` counted `counts[i]` (weighted, in tenths); `length` is the weight of all words. */
export interface Terms {
  keys: Int32Array;
  counts: Int32Array;
  length: number;
}

/** The counts alone, as the index needs them. */
export type TermCounts = Pick<Terms, 'keys' | 'counts'>;

/** Adds up terms; `take()` returns the sum and starts over. */
class TermSum {
  private counts = new Int32Array(1024);
  private readonly touched: number[] = [];
  private length = 0;

  addKey(key: number, count: number): void {
    if (key >= this.counts.length) {
      const grown = new Int32Array(Math.max(key + 1, this.counts.length * 2));
      grown.set(this.counts);
      this.counts = grown;
    }
    const before = this.counts[key] ?? 0;
    if (before === 0) this.touched.push(key);
    this.counts[key] = before + count;
  }

  add(terms: Terms): void {
    for (let i = 0; i < terms.keys.length; i++) this.addKey(terms.keys[i] ?? 0, terms.counts[i] ?? 0);
    this.length += terms.length;
  }

  take(length = this.length): Terms {
    const keys = Int32Array.from(this.touched);
    const counts = keys.map((key) => this.counts[key] ?? 0);
    for (const key of this.touched) this.counts[key] = 0;
    this.touched.length = 0;
    this.length = 0;
    return { keys, counts, length };
  }
}

/** Counts the words of texts as index keys, numbered by `table`. */
export class TermCounter {
  private readonly sum = new TermSum();
  private readonly keysOfWord: Record<Script, Map<string, number[]>> = {
    hangul: new Map(),
    cjk: new Map(),
    word: new Map(),
  };

  constructor(readonly table: KeyTable) {}

  /** Every word of every field adds the field's weight to each of its keys. */
  count(fields: Iterable<readonly [weight: number, text: string]>): Terms {
    let length = 0;
    for (const [weight, text] of fields) {
      for (const { word, script } of indexWords(text)) {
        length += weight;
        for (const key of this.keysOf(word, script)) this.sum.addKey(key, weight);
      }
    }
    return this.sum.take(length);
  }

  /** A paper text's sections (its title is counted with the paper's titles). */
  text(text: PaperText): Terms {
    return this.count(
      text.sections.map((section) => {
        const body = blockText(section.blocks);
        return [FIELD_WEIGHT[section.kind], section.kind === 'other' ? `${section.heading}\n${body}` : body] as const;
      }),
    );
  }

  /** A paper: each of its distinct titles once, and its texts. */
  paper(titles: Iterable<string>, texts: readonly Terms[]): Terms {
    const parts = [...new Set(titles)].map((title) => this.count([[FIELD_WEIGHT.title, title]]));
    for (const terms of [...parts, ...texts]) this.sum.add(terms);
    return this.sum.take();
  }

  private keysOf(word: string, script: Script): number[] {
    let keys = this.keysOfWord[script].get(word);
    if (keys === undefined) {
      keys = prefixKeys(word, script).map((key) => this.table.number(key));
      this.keysOfWord[script].set(word, keys);
    }
    return keys;
  }
}

// ---------------------------------------------------------------------------------------
// Writing the index

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
