/** Which parts of a text a query matched: the words that start with one of its terms. */
import { normalize, type QueryTerm, wordMatches, wordSpans } from '../../../lib/search-tokenize.ts';

export interface TextPart {
  text: string;
  match: boolean;
}

/** `text` cut into matched and unmatched parts, in order; joined, they are `text` again. */
export function markWords(text: string, terms: readonly QueryTerm[]): TextPart[] {
  const parts: TextPart[] = [];
  let done = 0;
  if (mayMatch(text, terms)) {
    for (const span of wordSpans(text)) {
      if (!wordMatches(text.slice(span.start, span.end), span.script, terms)) continue;
      if (span.start > done) parts.push({ text: text.slice(done, span.start), match: false });
      const last = parts.at(-1);
      if (last?.match && span.start === done) last.text += text.slice(span.start, span.end);
      else parts.push({ text: text.slice(span.start, span.end), match: true });
      done = span.end;
    }
  }
  if (done < text.length) parts.push({ text: text.slice(done), match: false });
  return parts;
}

/** Where the first matched word of `text` starts, or -1. */
export function firstMatch(text: string, terms: readonly QueryTerm[]): number {
  if (!mayMatch(text, terms)) return -1;
  for (const span of wordSpans(text)) {
    if (wordMatches(text.slice(span.start, span.end), span.script, terms)) return span.start;
  }
  return -1;
}

/**
 * False when no word of `text` can match a term: the normalised text holds none of them. A
 * Latin word matches by its singular too (`studies` → `study`), so for those the term less
 * its last letter is looked for. One pass over the text, where cutting it into words and
 * normalising each costs many: most texts of a result (its other language, its abstract) do
 * not hold the query at all.
 */
function mayMatch(text: string, terms: readonly QueryTerm[]): boolean {
  if (terms.length === 0) return false;
  const plain = normalize(text);
  return terms.some((t) => plain.includes(t.script === 'word' ? t.term.slice(0, -1) : t.term));
}
