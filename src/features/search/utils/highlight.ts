/** Which parts of a text a query matched: the words that start with one of its terms. */
import { type QueryTerm, wordMatches, wordSpans } from '../../../lib/search-tokenize.ts';

export interface TextPart {
  text: string;
  match: boolean;
}

/** `text` cut into matched and unmatched parts, in order; joined, they are `text` again. */
export function markWords(text: string, terms: readonly QueryTerm[]): TextPart[] {
  const parts: TextPart[] = [];
  let done = 0;
  if (terms.length > 0) {
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
  if (terms.length === 0) return -1;
  for (const span of wordSpans(text)) {
    if (wordMatches(text.slice(span.start, span.end), span.script, terms)) return span.start;
  }
  return -1;
}
