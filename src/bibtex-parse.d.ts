/** The part of `bibtex-parse` (which ships no types) that the bookmark import uses. */
declare module 'bibtex-parse' {
  /** A field's value as written: braced or quoted text, a number, a macro name, or a `#` concatenation of those. */
  export type BibtexValue =
    | { datatype: 'braced' | 'quoted' | 'identifier'; value: string }
    | { datatype: 'number'; value: number }
    | { datatype: 'concatinate'; value: BibtexValue[] }
    | { datatype: 'null'; value: null };
  export type BibtexItem =
    | { itemtype: 'entry'; type: string; key: string; fields: (BibtexValue & { name: string })[] }
    | ({ itemtype: 'string'; name: string } & BibtexValue)
    | { itemtype: 'comment' | 'preamble' };
  /** The items of a BibTeX text, values as written. Throws a `SyntaxError` on malformed text. */
  export function parse(text: string): BibtexItem[];
}
