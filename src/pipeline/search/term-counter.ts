/**
 * Counting a paper's words as search index keys (`lib/search-tokenize.ts`: words and word
 * prefixes), weighted by the field they are in. Each text is counted where it is parsed (in a
 * worker thread, and cached with it), as `Terms`: key numbers and weighted counts; the index
 * (`emit-search.ts`) sums a paper's texts' and titles' terms and is built from those sums.
 */
import type { PaperText, SectionKind } from '../../schema/digest.ts';
import { blockText } from '../../lib/plain-text.ts';
import { indexWords, joinedKeys, prefixKeys, type Script, titleKey } from '../../lib/search-tokenize.ts';

/** Per field, in tenths: a title word counts six times, a summary word one and a half. */
const FIELD_WEIGHT: Readonly<Record<SectionKind | 'title', number>> = {
  title: 60,
  summary: 15,
  keyPoints: 12,
  abstract: 10,
  other: 10,
};

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

  /**
   * Every word of every field adds the field's weight to each of its keys, and so does each
   * joined key (which are not words: they add nothing to the length).
   */
  count(fields: Iterable<readonly [weight: number, text: string]>): Terms {
    let length = 0;
    for (const [weight, text] of fields) {
      for (const { word, script } of indexWords(text)) {
        length += weight;
        for (const key of this.keysOf(word, script)) this.sum.addKey(key, weight);
      }
      for (const key of joinedKeys(text)) this.sum.addKey(this.table.number(key), weight);
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

  /** A paper: each of its distinct titles once, with its title key, and its texts. */
  paper(titles: Iterable<string>, texts: readonly Terms[]): Terms {
    const distinct = [...new Set(titles)];
    const parts = distinct.map((title) => this.count([[FIELD_WEIGHT.title, title]]));
    for (const terms of [...parts, ...texts]) this.sum.add(terms);
    for (const key of new Set(distinct.map(titleKey))) {
      if (key !== null) this.sum.addKey(this.table.number(key), FIELD_WEIGHT.title);
    }
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
