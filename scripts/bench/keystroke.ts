/** What the warm search types: one character that makes a different search with visible results. */
import type { ArchiveScan } from './archives.ts';
import { errorText, firstLine, progress } from './log.ts';
import { SEARCH_WORD } from './settings.ts';

export interface Keystroke {
  /** The query typed before the timed keystroke. */
  word: string;
  /** The one character then typed. */
  typed: string;
}

/** Syllables taken for particles when the app's tokenizer cannot be loaded. */
const PARTICLES = new Set(['을', '를', '이', '가', '은', '는', '의', '에', '로', '과', '와', '도', '만', '서']);

/**
 * A character after a two-syllable word that makes the query a different search (not a
 * particle the query drops) while still matching papers, so the results visibly change. The
 * search word is preferred; otherwise the word whose extension is most frequent. Uses the app's
 * own query tokenizer when it loads.
 */
export async function chooseKeystroke(scan: ArchiveScan): Promise<Keystroke | null> {
  let keysOf: (query: string) => string = (query) =>
    query.length > 2 && PARTICLES.has(query.slice(2)) ? query.slice(0, 2) : query;
  try {
    const { queryTerms } = await import('../../src/lib/search-tokenize.ts');
    keysOf = (query) =>
      queryTerms(query)
        .map((t) => t.key)
        .join(' ');
  } catch (error) {
    progress(`search tokenizer not loaded (${firstLine(errorText(error))}); guessing particles`);
  }
  const prefixTotals = new Map<string, number>();
  const extensions = new Map<string, Map<string, number>>();
  for (const [word, count] of scan.hangulWords) {
    if (word.length < 2) continue;
    const prefix = word.slice(0, 2);
    prefixTotals.set(prefix, (prefixTotals.get(prefix) ?? 0) + count);
    const next = word[2];
    if (next === undefined) continue;
    const byChar = extensions.get(prefix) ?? new Map<string, number>();
    byChar.set(next, (byChar.get(next) ?? 0) + count);
    extensions.set(prefix, byChar);
  }
  let best: (Keystroke & { count: number }) | null = null;
  for (const [word, byChar] of extensions) {
    const total = prefixTotals.get(word) ?? 0;
    for (const [typed, count] of byChar) {
      if (count > total * 0.8 || keysOf(word + typed) === keysOf(word)) continue;
      const preferred = word === SEARCH_WORD;
      const bestPreferred = best?.word === SEARCH_WORD;
      if (best === null || (preferred && !bestPreferred) || (preferred === bestPreferred && count > best.count)) {
        best = { word, typed, count };
      }
    }
  }
  return best === null ? null : { word: best.word, typed: best.typed };
}
