import type { ReactNode } from 'react';
import type { QueryTerm } from '../../../lib/search-tokenize.ts';
import { markWords } from '../utils/highlight.ts';

/** `text` with the words the query matched in `<mark>`. */
export function Highlighted({ text, terms }: { text: string; terms: readonly QueryTerm[] }): ReactNode {
  return markWords(text, terms).map((part, i) =>
    part.match ? (
      <mark key={i} className="rounded-sm bg-amber-200/80 px-0.5 text-inherit dark:bg-amber-500/40">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
