/** The part of `bibtex-parse` (which ships no types) that the bookmark import uses. */
declare module 'bibtex-parse' {
  /** An entry: its citation key, its type in lower case, and each field under its name in upper case. */
  export interface BibtexEntry {
    key: string;
    type: string;
    [field: string]: string | number | null | undefined;
  }
  /** Every entry of a BibTeX text, `@string` macros applied. Throws a `SyntaxError` on malformed text. */
  export function entries(text: string): BibtexEntry[];
}
