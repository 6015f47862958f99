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
 * `docs/decisions/search-index.md` has the numbers behind these choices.
 */
import {
  type Lang,
  type PaperText,
  type SearchDocShard,
  SearchDocShardSchema,
  type SearchManifest,
  SearchManifestSchema,
  type SearchRef,
  type SearchTermShard,
  SearchTermShardSchema,
  type SectionKind,
} from '../schema/digest.ts';
import { indexWords, prefixKeys, type Script } from '../lib/search-tokenize.ts';
import type { WriteJson } from './emit-lists.ts';
import { blockText } from './rich-text.ts';

export interface SearchDoc {
  id: string;
  title: string;
  texts: Readonly<Record<Lang, PaperText>>;
  appearances: readonly { date: string; upvotes: number }[];
  /** The paper's chunk. */
  file: string;
}

/** Weights are quantised to `1..SEARCH_LEVELS`. */
export const SEARCH_LEVELS = 8;
const K1 = 1.2;
const B = 0.75;
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

/** Most upvotes first, then the newest, then by id: a doc's number is its tie-break rank. */
export function docOrder(docs: readonly SearchDoc[]): SearchDoc[] {
  const best = (doc: SearchDoc) => ({
    upvotes: Math.max(0, ...doc.appearances.map((a) => a.upvotes)),
    date: doc.appearances.reduce((latest, a) => (a.date > latest ? a.date : latest), ''),
  });
  return docs
    .map((doc) => ({ doc, ...best(doc) }))
    .sort((a, b) =>
      a.upvotes !== b.upvotes
        ? b.upvotes - a.upvotes
        : a.date !== b.date
          ? a.date < b.date
            ? 1
            : -1
          : a.doc.id < b.doc.id
            ? -1
            : 1,
    )
    .map(({ doc }) => doc);
}

/** The text of a paper by field: its titles, then each section of each language. */
function fieldsOf(doc: SearchDoc): [weight: number, text: string][] {
  const titles = new Set([doc.title, ...Object.values(doc.texts).map((t) => t.title)]);
  const fields: [number, string][] = [...titles].map((title) => [FIELD_WEIGHT.title, title]);
  for (const text of Object.values(doc.texts)) {
    for (const section of text.sections) {
      const body = blockText(section.blocks);
      fields.push([FIELD_WEIGHT[section.kind], section.kind === 'other' ? `${section.heading}\n${body}` : body]);
    }
  }
  return fields;
}

/** Growing posting lists for one key: doc numbers and weighted term counts. */
class PostingList {
  docs = new Int32Array(4);
  counts = new Uint32Array(4);
  length = 0;
  add(doc: number, count: number): void {
    if (this.length === this.docs.length) {
      const docs = new Int32Array(this.length * 2);
      docs.set(this.docs);
      this.docs = docs;
      const counts = new Uint32Array(this.length * 2);
      counts.set(this.counts);
      this.counts = counts;
    }
    this.docs[this.length] = doc;
    this.counts[this.length] = count;
    this.length++;
  }
}

export interface SearchIndex {
  /** Doc number → paper. */
  docs: { id: string; file: string }[];
  /** Sorted by key; postings encoded as `SearchTermShard` describes. */
  terms: [key: string, postings: number[]][];
}

/** The index of some papers, in memory: pure, and the part the tests look at. */
export function buildSearchIndex(input: readonly SearchDoc[]): SearchIndex {
  const docs = docOrder(input);
  // Keys get small numbers; a word's keys are worked out once per distinct word.
  const keyNumbers = new Map<string, number>();
  const keyNames: string[] = [];
  const lists: PostingList[] = [];
  const keysOfWord: Record<Script, Map<string, number[]>> = { hangul: new Map(), cjk: new Map(), word: new Map() };
  const keysOf = (word: string, script: Script): number[] => {
    const known = keysOfWord[script].get(word);
    if (known !== undefined) return known;
    const numbers = prefixKeys(word, script).map((key) => {
      let n = keyNumbers.get(key);
      if (n === undefined) {
        n = keyNames.length;
        keyNumbers.set(key, n);
        keyNames.push(key);
        lists.push(new PostingList());
      }
      return n;
    });
    keysOfWord[script].set(word, numbers);
    return numbers;
  };
  const lengths = new Float64Array(docs.length);
  let counts = new Uint32Array(1024);
  const touched: number[] = [];

  docs.forEach((doc, n) => {
    let length = 0;
    for (const [weight, text] of fieldsOf(doc)) {
      for (const { word, script } of indexWords(text)) {
        length += weight;
        for (const key of keysOf(word, script)) {
          if (key >= counts.length) {
            const grown = new Uint32Array(Math.max(key + 1, counts.length * 2));
            grown.set(counts);
            counts = grown;
          }
          if (counts[key] === 0) touched.push(key);
          counts[key] = (counts[key] ?? 0) + weight;
        }
      }
    }
    lengths[n] = length;
    touched.sort((a, b) => a - b);
    for (const key of touched) {
      lists[key]?.add(n, counts[key] ?? 0);
      counts[key] = 0;
    }
    touched.length = 0;
  });

  const average = lengths.reduce((sum, l) => sum + l, 0) / Math.max(1, docs.length);
  const norms = lengths.map((l) => K1 * (1 - B + (B * l) / (average || 1)));
  const order = keyNames.map((_, i) => i).sort((a, b) => ((keyNames[a] ?? '') < (keyNames[b] ?? '') ? -1 : 1));
  const terms: SearchIndex['terms'] = [];
  for (const k of order) {
    const list = lists[k];
    if (list === undefined) continue;
    const postings: number[] = new Array<number>(list.length);
    let previous = -1;
    for (let i = 0; i < list.length; i++) {
      const doc = list.docs[i] ?? 0;
      const count = (list.counts[i] ?? 0) / 10;
      const weight = (count * (K1 + 1)) / (count + (norms[doc] ?? K1)) / (K1 + 1);
      const level = Math.min(SEARCH_LEVELS, Math.max(1, Math.round(weight * SEARCH_LEVELS)));
      postings[i] = (doc - previous - 1) * SEARCH_LEVELS + (level - 1);
      previous = doc;
    }
    terms.push([keyNames[k] ?? '', postings]);
  }
  return { docs: docs.map((doc) => ({ id: doc.id, file: doc.file })), terms };
}

/** The characters a number takes in JSON, with its comma. */
function jsonChars(n: number): number {
  return n < 10 ? 2 : n < 100 ? 3 : n < 1000 ? 4 : n < 10_000 ? 5 : String(n).length + 1;
}

/** Consecutive runs of keys of about `TERM_SHARD_CHARS` each. */
export function termShards(terms: SearchIndex['terms'], limit = TERM_SHARD_CHARS): SearchTermShard[] {
  const shards: SearchTermShard[] = [];
  let current: SearchTermShard = { keys: [], postings: [] };
  let size = 0;
  for (const [key, postings] of terms) {
    let chars = key.length + 6;
    for (const p of postings) chars += jsonChars(p);
    if (size > 0 && size + chars > limit) {
      shards.push(current);
      current = { keys: [], postings: [] };
      size = 0;
    }
    current.keys.push(key);
    current.postings.push(postings);
    size += chars;
  }
  if (current.keys.length > 0 || shards.length === 0) shards.push(current);
  return shards;
}

/** Writes the shards and the manifest; the root names the manifest. */
export function emitSearch(
  write: WriteJson,
  docs: readonly SearchDoc[],
  { termShardChars = TERM_SHARD_CHARS }: { termShardChars?: number } = {},
): SearchRef {
  const index = buildSearchIndex(docs);
  const shards = termShards(index.terms, termShardChars);
  const termFiles = shards.map((shard, i) => write(SearchTermShardSchema, 'search', `terms-${i}`, shard));
  const docFiles: string[] = [];
  for (let start = 0; start < index.docs.length; start += DOCS_PER_SHARD) {
    const shard: SearchDocShard = { papers: index.docs.slice(start, start + DOCS_PER_SHARD) };
    docFiles.push(write(SearchDocShardSchema, 'search', `docs-${docFiles.length}`, shard));
  }
  const manifest: SearchManifest = {
    version: 1,
    docCount: index.docs.length,
    levels: SEARCH_LEVELS,
    terms: { first: shards.map((s) => s.keys[0] ?? ''), files: termFiles },
    docs: { perShard: DOCS_PER_SHARD, files: docFiles },
  };
  return { manifest: write(SearchManifestSchema, 'search', 'manifest', manifest), docCount: index.docs.length };
}
