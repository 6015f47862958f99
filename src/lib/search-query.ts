/**
 * A query against the sharded index: what to look up, in up to three rounds of term shards,
 * and the ranked papers. Shared by the search feature (which fetches the files) and the
 * pipeline's round-trip test.
 *
 * - Every word must match (AND), by its beginning. Each word is a clause; a clause matches by
 *   any of its keys.
 * - Hangul words written one after another (`강화 학습`) also match where the paper wrote them
 *   as one (`강화학습`), and the other way round: each word of such a run matches by the run's
 *   joined keys too (`강화학습`, and `강화학습 2`, where a paper wrote it spaced). A Hangul word
 *   written as one (`강화학습`) is split where papers put its spaces (the joined key with the
 *   most papers, `강화학습 2`), after which it is searched as if written spaced: both
 *   spellings give the same results.
 * - A Latin word of five letters or more that fewer than `RARE_PAPERS` papers have also
 *   matches the likeliest keys a typo away (`lib/search-typos.ts`), ranked after the papers
 *   found without typos.
 * - A query that is a title (two words or more) finds that paper by its title key; it comes
 *   first, as the exact match.
 */
import type { SearchManifest, SearchTermShard, SearchVocabShard } from '../schema/digest.ts';
import {
  type ClauseList,
  extensionShards,
  keysStartingWith,
  postingsOf,
  rankDocs,
  termShardFile,
  vocabFile,
} from './search-index.ts';
import {
  hangulRuns,
  JOIN_MARK,
  joinedSpaces,
  keyOf,
  type QueryTerm,
  queryTerms,
  stripKoreanEnding,
  titleKey,
} from './search-tokenize.ts';
import { corrections } from './search-typos.ts';

/** Where the index's files come from (fetched and cached by the caller). */
export interface IndexFiles {
  terms: (file: string) => Promise<SearchTermShard>;
  vocab: (file: string) => Promise<SearchVocabShard>;
}

export interface SearchHits {
  /** Doc numbers, best first. */
  docs: number[];
  /** The first `exact` docs have the query as their title. */
  exact: number;
  /** The docs from this index on were found only with a typo (`docs.length`: none). */
  typoFrom: number;
  /** What highlights mark: the query's words, the parts they were split into, joined runs and corrections. */
  marks: QueryTerm[];
  /** Per word corrected, its likeliest correction (an index key: a word or its beginning). */
  corrections: { word: string; key: string }[];
}

export const NO_HITS: SearchHits = { docs: [], exact: 0, typoFrom: 0, marks: [], corrections: [] };

/** A word in fewer papers than this is looked for with typos too. */
export const RARE_PAPERS = 3;

/** Hangul words written one after another: their parts, each a word of the query. */
type Run = string[];

/** Reads keys, fetching each shard once per search. */
class Lookup {
  private readonly shards = new Map<string, Promise<SearchTermShard | null>>();

  constructor(
    private readonly manifest: SearchManifest,
    private readonly files: IndexFiles,
  ) {}

  shardOf(key: string): Promise<SearchTermShard | null> {
    const file = termShardFile(this.manifest, key);
    if (file === null) return Promise.resolve(null);
    let shard = this.shards.get(file);
    if (shard === undefined) {
      shard = this.files.terms(file);
      this.shards.set(file, shard);
    }
    return shard;
  }

  /** Every key's shard, at once. */
  async load(keys: Iterable<string>): Promise<void> {
    await Promise.all([...new Set(keys)].map((key) => this.shardOf(key)));
  }

  async postings(key: string): Promise<readonly number[] | null> {
    const shard = await this.shardOf(key);
    return shard && postingsOf(shard, key);
  }

  /** The joined keys of `joined` (`강화학습 2`, …), with their postings. */
  async spacings(joined: string): Promise<[key: string, postings: readonly number[]][]> {
    const shard = await this.shardOf(joined);
    return shard ? keysStartingWith(shard, joined + JOIN_MARK) : [];
  }
}

/** The runs of the query's Hangul words (each word without its ending), and single Hangul words as runs of one. */
function hangulGroups(query: string, terms: readonly QueryTerm[]): Run[] {
  const runs = hangulRuns(query).map((run) => run.map((word) => stripKoreanEnding(word)));
  const inRuns = new Set(runs.flat());
  const single = terms.filter((t) => t.script === 'hangul' && !inRuns.has(t.term)).map((t) => [t.term]);
  // A word in a run twice (`모델 모델`) is one word of it.
  return [...runs.map((run) => [...new Set(run)]), ...single];
}

/** Each run of two parts or more within `run`, joined, as its key. */
function joinedRuns(run: Run): { from: number; to: number; key: string; text: string }[] {
  const joined = [];
  for (let from = 0; from < run.length; from++) {
    for (let to = from + 1; to < run.length; to++) {
      const text = run.slice(from, to + 1).join('');
      joined.push({ from, to, key: keyOf(text, 'hangul'), text });
    }
  }
  return joined;
}

/**
 * Where papers put the spaces of a Hangul word written as one: its joined key with the most
 * papers (`강화학습 2` → `강화`, `학습`). Not split: a word that no paper spaced, or whose last
 * part would be one syllable (`강화학`, on the way to `강화학습`).
 */
async function split(word: string, lookup: Lookup): Promise<string[]> {
  if (word.length < 3) return [word];
  const key = keyOf(word, 'hangul');
  let best: { spaces: number[]; papers: number } | null = null;
  for (const [joined, postings] of await lookup.spacings(key)) {
    const spaces = joinedSpaces(joined, key);
    if (spaces !== null && (best === null || postings.length > best.papers)) best = { spaces, papers: postings.length };
  }
  if (best === null) return [word];
  const parts: string[] = [];
  let at = 0;
  for (const space of best.spaces) {
    parts.push(word.slice(at, space));
    at = space;
  }
  parts.push(word.slice(at));
  return (parts.at(-1)?.length ?? 0) >= 2 ? parts : [word];
}

/** The query's ranked papers (see the top of this file). */
export async function runSearch(manifest: SearchManifest, query: string, files: IndexFiles): Promise<SearchHits> {
  const terms = queryTerms(query);
  if (terms.length === 0) return NO_HITS;
  const lookup = new Lookup(manifest, files);
  const latin = terms.filter((t) => t.script !== 'hangul');
  let groups = hangulGroups(query, terms);
  const title = terms.length >= 2 ? titleKey(query) : null;

  // Round one: every word's key, the runs' joined keys, the title's.
  const keysOf = (runs: readonly Run[]) =>
    runs.flatMap((run) => [...run.map((part) => keyOf(part, 'hangul')), ...joinedRuns(run).map((j) => j.key)]);
  await lookup.load([...latin.map((t) => t.key), ...keysOf(groups), ...(title === null ? [] : [title])]);

  // Round two: Hangul words written as one, split where papers spaced them.
  groups = await Promise.all(groups.map(async (run) => (await Promise.all(run.map((w) => split(w, lookup)))).flat()));
  await lookup.load(keysOf(groups));

  // Round three: the shards of corrections of rare Latin words.
  const corrected = await Promise.all(
    latin.map(async (term) => {
      const own = (await lookup.postings(term.key))?.length ?? 0;
      const file = own < RARE_PAPERS ? vocabFile(manifest, term.key) : null;
      return file === null ? [] : corrections(term.key, await files.vocab(file), own);
    }),
  );
  await lookup.load(corrected.flat().map((c) => c.key));

  const clauses: ClauseList[][] = [];
  const marks: QueryTerm[] = [];
  for (const [i, term] of latin.entries()) {
    const lists: ClauseList[] = [];
    const own = await lookup.postings(term.key);
    if (own !== null) lists.push({ postings: own, typo: false });
    for (const correction of corrected[i] ?? []) {
      const postings = await lookup.postings(correction.key);
      if (postings !== null) lists.push({ postings, typo: true });
      marks.push({ term: correction.key, key: correction.key, script: term.script, optional: false });
    }
    if (lists.length === 0 && !term.optional) return { ...NO_HITS, marks };
    clauses.push(lists);
    marks.push(term);
  }
  for (const run of groups) {
    const joined = joinedRuns(run);
    for (const j of joined) marks.push({ term: j.text, key: j.key, script: 'hangul', optional: false });
    for (const [at, part] of run.entries()) {
      marks.push({ term: part, key: keyOf(part, 'hangul'), script: 'hangul', optional: false });
      const lists: ClauseList[] = [];
      const own = await lookup.postings(keyOf(part, 'hangul'));
      if (own !== null) lists.push({ postings: own, typo: false });
      for (const j of joined) {
        if (j.from > at || j.to < at) continue;
        const written = await lookup.postings(j.key);
        if (written !== null) lists.push({ postings: written, typo: false });
        for (const [, postings] of await lookup.spacings(j.key)) lists.push({ postings, typo: false });
      }
      if (lists.length === 0) return { ...NO_HITS, marks };
      clauses.push(lists);
    }
  }

  const ranked = rankDocs(clauses, manifest.docCount, manifest.levels);
  const titled = title === null ? [] : ((await lookup.postings(title)) ?? []);
  const exact = decode(titled, manifest.levels).filter((doc) => doc < manifest.docCount);
  const first = new Set(exact);
  const docs = [...exact, ...ranked.docs.filter((doc) => !first.has(doc))];
  const typoAt = ranked.typos.findIndex((n) => n > 0);
  const typoFrom =
    typoAt === -1 ? docs.length : exact.length + ranked.docs.slice(0, typoAt).filter((d) => !first.has(d)).length;
  return {
    docs,
    exact: exact.length,
    typoFrom,
    marks,
    corrections: latin.flatMap((term, i) => {
      const best = corrected[i]?.[0];
      return best === undefined ? [] : [{ word: term.term, key: best.key }];
    }),
  };
}

/** Doc numbers of encoded postings. */
function decode(postings: readonly number[], levels: number): number[] {
  const docs: number[] = [];
  let doc = -1;
  for (const code of postings) {
    doc += Math.floor(code / levels) + 1;
    docs.push(doc);
  }
  return docs;
}

/** A query's identity for caching its results: two queries with the same words and runs are one search. */
export function searchKey(query: string): string {
  const terms = queryTerms(query);
  return JSON.stringify([
    terms.map((t) => [t.key, t.optional]),
    hangulGroups(query, terms),
    terms.length >= 2 ? titleKey(query) : null,
  ]);
}

/** A query's last word, and its identity as a search (`searchKey`). */
interface TypedQuery {
  text: string;
  last: QueryTerm;
  key: string;
}

function typedQuery(text: string): TypedQuery | null {
  const last = queryTerms(text).at(-1);
  return last === undefined ? null : { text, last, key: searchKey(text) };
}

/**
 * The query with the letter that makes its last word the key `key` (one letter longer), or
 * null when that is not a different search (`분석을` drops its particle: it is `분석` again).
 */
function nextLetterQuery(query: TypedQuery, key: string): string | null {
  const next = query.text + key.slice(query.last.key.length);
  return queryTerms(next).at(-1)?.key === key && searchKey(next) !== query.key ? next : null;
}

/**
 * The term shards to fetch ahead of the next letter of `query`'s last word: all those that
 * hold its extensions, if there are at most `max`. Otherwise (a common word in a large
 * archive, whose extensions span many shards) the shards that start at a next letter's key
 * (`분석하`), at most `max`: a key that starts a shard is often one too large to share it,
 * one of the word's most frequent extensions.
 */
export function nextLetterShardFiles(manifest: SearchManifest, query: string, max: number): string[] {
  const typed = typedQuery(query);
  if (typed === null) return [];
  const shards = extensionShards(manifest, typed.last.key);
  const named =
    shards.length <= max
      ? shards
      : shards.filter(
          ({ first }) => first.length === typed.last.key.length + 1 && nextLetterQuery(typed, first) !== null,
        );
  return named.slice(0, max).map((shard) => shard.file);
}

/**
 * The likeliest queries one letter on from `query`: its last word's keys one letter longer
 * (`분석` → `분석하`, `분석기`), most papers first, read from the term shards given (those
 * that hold the word's extensions), keeping only a letter that makes a different search. At
 * most `max` of them.
 */
export function nextLetterQueries(query: string, shards: readonly SearchTermShard[], max: number): string[] {
  const typed = typedQuery(query);
  if (typed === null || max <= 0) return [];
  const { last } = typed;
  const papers = new Map<string, number>();
  for (const shard of shards) {
    for (const [key, postings] of keysStartingWith(shard, last.key)) {
      if (key.length === last.key.length + 1) papers.set(key, Math.max(papers.get(key) ?? 0, postings.length));
    }
  }
  const found: string[] = [];
  for (const [key] of [...papers].sort((a, b) => b[1] - a[1])) {
    const next = nextLetterQuery(typed, key);
    if (next !== null) found.push(next);
    if (found.length === max) break;
  }
  return found;
}
