/**
 * Words for search, shared by the pipeline that writes the index and the client that
 * queries it, so that both cut text the same way. Pure functions, no dependencies.
 *
 * - Text is NFKC-normalised and lower-cased, then cut into runs of one script: `LLM의`
 *   is `llm` + `의`, `GPT-4o` is `gpt` + `4o`.
 * - Latin (and every other alphabet): stop words and one-letter words are dropped,
 *   pure numbers too; plurals lose their `s` (`models` → `model`, `studies` → `study`).
 * - Hangul (and other scripts written without inflection-separating spaces): indexed as
 *   written. A query word loses its particle or ending (`모델을` → `모델`).
 * - Every query word matches as a prefix: `모델` finds `모델의`, `모델을` and `모델링`,
 *   `reason` finds `reasoning`. A Latin word of two letters finds only itself (`rl`).
 *
 * Prefix matching is done by the index itself: it holds every prefix of every word (up to
 * a cap) as a key of its own, so a query word is one key, looked up in one shard.
 *
 * Korean compounds are written with and without spaces (`강화 학습`, `강화학습`). The index
 * also holds Hangul words written one after another joined, with where the spaces were
 * (`joinedKeys`: `강화학습 2`), so that either spelling of a query finds both, and a query
 * word written without spaces learns from the index where to split (`lib/search-query.ts`).
 * A paper's title is a key too (`titleKey`), so that a pasted title finds its paper.
 */

export type Script = 'hangul' | 'cjk' | 'word';

/** A run of one script in a text, with its place in the original string. */
export interface WordSpan {
  start: number;
  end: number;
  script: Script;
}

/**
 * Prefixes indexed per script: `[shortest, longest]`, in UTF-16 code units. A word shorter
 * than the shortest prefix is a key of its own (`rl`, `3d`), but two letters of a longer
 * Latin word are not worth a key: they would match half the archive, and their postings
 * are the largest of all. One Hangul syllable is (뇌 must find 뇌의 and 뇌파).
 */
export const PREFIX_LENGTHS: Readonly<Record<Script, readonly [number, number]>> = {
  hangul: [1, 6],
  cjk: [1, 6],
  word: [3, 10],
};

const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can do does for from has have how in into is it its of on or our ' +
    'over such than that the their them then there these they this those to via was we were what when ' +
    'where which while who will with within without you your also both each more most not only other ' +
    'so some us using used use based between through across'
  ).split(' '),
);

/**
 * Korean particles and endings a query word may carry, longest first. Stripped only when
 * at least two syllables remain, so `결과` (result) stays whole but `학습과` becomes `학습`.
 */
const KOREAN_ENDINGS = [
  '으로써',
  '으로서',
  '으로는',
  '에서는',
  '에서도',
  '이라는',
  '이라고',
  '합니다',
  '했으며',
  '시키는',
  '적으로',
  '에서',
  '에게',
  '으로',
  '로서',
  '로써',
  '로는',
  '까지',
  '부터',
  '보다',
  '처럼',
  '마다',
  '라는',
  '라고',
  '이나',
  '이며',
  '이고',
  '이다',
  '하는',
  '하여',
  '하고',
  '하며',
  '하기',
  '하면',
  '했다',
  '한다',
  '하다',
  '해서',
  '되는',
  '되어',
  '되며',
  '적인',
  '의',
  '을',
  '를',
  '이',
  '가',
  '은',
  '는',
  '에',
  '로',
  '과',
  '와',
  '도',
  '만',
  '한',
  '할',
  '함',
  '된',
  '됨',
  '적',
] as const;

const RUN = /[\p{L}\p{N}\p{M}]+/gu;
const MARK = /\p{M}/u;
const HAS_LETTER = /\p{L}/u;

/** By code point: Hangul syllables and jamo; Han, kana; everything else is a `word`. */
export function scriptOf(code: number): Script {
  if ((code >= 0xac00 && code <= 0xd7ff) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f)) {
    return 'hangul';
  }
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) {
    return 'cjk';
  }
  if (code >= 0x20000 && code <= 0x3ffff) return 'cjk';
  return 'word';
}

/** NFKC and lower case: the form every comparison uses. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Runs of letters and digits of one script, as offsets into `text` (not normalised). */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(RUN)) {
    const run = match[0];
    let start = match.index;
    let script: Script | null = null;
    let offset = match.index;
    for (const char of run) {
      const code = char.codePointAt(0) ?? 0;
      // A combining mark belongs to the letter before it.
      const next: Script = script !== null && code >= 0x300 && MARK.test(char) ? script : scriptOf(code);
      if (script !== null && next !== script) {
        spans.push({ start, end: offset, script });
        start = offset;
      }
      script = next;
      offset += char.length;
    }
    if (script !== null) spans.push({ start, end: offset, script });
  }
  return spans;
}

/** `models` → `model`, `studies` → `study`, `classes` → `class`; `analysis`, `focus` stay. */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('sses')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|'s)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** One run of text → its index word, or null when it is not worth indexing. */
function wordOf(raw: string, script: Script): string | null {
  const word = normalize(raw);
  if (script !== 'word') return word;
  if (word.length < 2 || STOP_WORDS.has(word) || !HAS_LETTER.test(word)) return null;
  return singular(word);
}

export interface Word {
  word: string;
  script: Script;
}

const ENDINGS = new Set<string>(KOREAN_ENDINGS);

/**
 * The words of a text as the index sees them, in order, repeats kept (for term counts). The
 * Korean particle of a Latin word (`LLM의`, `RL로`) is not a word of its own.
 */
export function indexWords(text: string): Word[] {
  const words: Word[] = [];
  let previous: WordSpan | undefined;
  for (const span of wordSpans(text)) {
    const raw = text.slice(span.start, span.end);
    const attached = previous?.end === span.start && previous.script !== span.script;
    previous = span;
    if (attached && span.script === 'hangul' && ENDINGS.has(raw)) continue;
    const word = wordOf(raw, span.script);
    if (word !== null) words.push({ word, script: span.script });
  }
  return words;
}

/** `모델에서는` → `모델`, `학습과` → `학습`; `결과` and `효과` stay whole. */
export function stripKoreanEnding(word: string): string {
  let current = word;
  for (let pass = 0; pass < 2; pass++) {
    const ending = KOREAN_ENDINGS.find((e) => current.endsWith(e) && current.length - e.length >= 2);
    if (ending === undefined) break;
    current = current.slice(0, -ending.length);
  }
  return current;
}

// ---------------------------------------------------------------------------------------
// Keys that are not words: Hangul written together, and titles

/**
 * Between a joined key and the places of its spaces (`강화학습 2`). A space is in no word, so
 * the key sorts right after the joined string itself, in the same term shard.
 */
export const JOIN_MARK = ' ';
/** Between a title's first key and the hash of its words (`harder#1x2y3z`). */
export const TITLE_MARK = '#';

/** Whether a key is a word or a prefix of one (not a joined or title key). */
export function isWordKey(key: string): boolean {
  return !key.includes(JOIN_MARK) && !key.includes(TITLE_MARK);
}

const SPACES = /^[ \t\u00a0]+$/u;

/**
 * The Hangul words of a text that follow one another with only spaces between them
 * (`강화 학습에서`; not across a line, a comma or a Latin word), normalised.
 */
export function hangulRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let previous: WordSpan | undefined;
  for (const span of wordSpans(text)) {
    // A syllable glued to a Latin word (`LLM의`) is its particle, not a word of the run.
    const glued = previous?.end === span.start;
    const spaced = previous !== undefined && SPACES.test(text.slice(previous.end, span.start));
    if (span.script === 'hangul' && !glued && spaced && previous?.script === 'hangul') {
      run.push(normalize(text.slice(span.start, span.end)));
    } else {
      if (run.length > 1) runs.push(run);
      run = span.script === 'hangul' && !glued ? [normalize(text.slice(span.start, span.end))] : [];
    }
    previous = span;
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/**
 * Whether a Hangul word may be the first part of a compound: two syllables or more and no
 * particle or ending (`강화`, `언어`, `대규모`; not `모델의`, `이`), so that `모델의 추론` is not
 * indexed as one word.
 */
export function joinsNext(word: string): boolean {
  return word.length >= 2 && stripKoreanEnding(word) === word;
}

/** `강화학습`, `[2]` → `강화학습 2`: a joined string and where its spaces were. */
export function joinedKey(joined: string, spaces: readonly number[]): string {
  return `${joined}${JOIN_MARK}${spaces.join(',')}`;
}

/** The places of the spaces in a joined key of `stem` (`강화학습 2` → `[2]`), or null for another key. */
export function joinedSpaces(key: string, stem: string): number[] | null {
  if (!key.startsWith(stem + JOIN_MARK)) return null;
  const spaces = key
    .slice(stem.length + 1)
    .split(',')
    .map(Number);
  return spaces.every((at) => Number.isInteger(at) && at > 0 && at < stem.length) ? spaces : null;
}

/**
 * The joined keys of a text: each run of Hangul words joined from each of its words on, as
 * long as the words before the last `joinsNext`, under each of its prefixes longer than its
 * first word, up to the cap; with where the spaces were. `강화 학습에서` → `강화학 2`,
 * `강화학습 2`, `강화학습에 2`, `강화학습에서 2`.
 */
export function joinedKeys(text: string): string[] {
  const keys: string[] = [];
  const cap = PREFIX_LENGTHS.hangul[1];
  for (const run of hangulRuns(text)) {
    for (let i = 0; i < run.length - 1; i++) {
      let joined = run[i] ?? '';
      const spaces: number[] = [];
      for (let j = i + 1; j < run.length && joined.length < cap && joinsNext(run[j - 1] ?? ''); j++) {
        spaces.push(joined.length);
        const before = joined.length;
        joined += run[j] ?? '';
        for (let n = before + 1; n <= Math.min(cap, joined.length); n++)
          keys.push(joinedKey(joined.slice(0, n), spaces));
      }
    }
  }
  return keys;
}

/** FNV-1a over UTF-16 code units, in base 36. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * The key of a title, or of a query pasted from one: its first word's key and a hash of all
 * its words, so that case, punctuation and plurals do not matter, and the key sorts right
 * after that first word's (in the shard a query fetches anyway). Null without words.
 */
export function titleKey(title: string): string | null {
  const words = indexWords(title);
  const first = words[0];
  if (first === undefined) return null;
  return `${keyOf(first.word, first.script)}${TITLE_MARK}${hashOf(words.map((w) => w.word).join(' '))}`;
}

/** The index key for a word, or a longer prefix: words are indexed up to the cap only. */
export function keyOf(word: string, script: Script): string {
  return word.slice(0, PREFIX_LENGTHS[script][1]);
}

/** Every key a word is found under: its prefixes, from the shortest indexed to the cap. */
export function prefixKeys(word: string, script: Script): string[] {
  const [shortest, longest] = PREFIX_LENGTHS[script];
  if (word.length < shortest) return [word];
  const keys: string[] = [];
  for (let n = shortest; n <= Math.min(word.length, longest); n++) keys.push(word.slice(0, n));
  return keys;
}

export interface QueryTerm {
  /** What the user typed, normalised and reduced: highlights match words starting with it. */
  term: string;
  /** The index key to look up. */
  key: string;
  script: Script;
  /**
   * The last word, still being typed and too short to be a prefix (`diffusion tr`): it
   * narrows the results only if some paper has it as a whole word, so the results of the
   * words before it do not vanish between keystrokes.
   */
  optional: boolean;
}

const ENDS_IN_WORD = /[\p{L}\p{N}\p{M}]$/u;

/** A query → its distinct terms, in order. Stop words drop out; an all-stop-word query is empty. */
export function queryTerms(query: string): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const { word, script } of indexWords(query)) {
    const term = script === 'hangul' ? stripKoreanEnding(word) : word;
    const key = keyOf(term, script);
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push({ term, key, script, optional: false });
  }
  const last = terms.at(-1);
  if (last && terms.length > 1 && ENDS_IN_WORD.test(query) && last.term.length < PREFIX_LENGTHS[last.script][0]) {
    last.optional = true;
  }
  return terms;
}

/** Whether a word of the text (as written) is one a query term finds: it starts with the term. */
export function wordMatches(raw: string, script: Script, terms: readonly QueryTerm[]): boolean {
  const word = normalize(raw);
  const reduced = script === 'word' ? singular(word) : word;
  return terms.some((t) => {
    if (t.script !== script) return false;
    if (t.term.length < PREFIX_LENGTHS[script][0]) return reduced === t.term || word === t.term;
    return reduced.startsWith(t.term) || word.startsWith(t.term);
  });
}
