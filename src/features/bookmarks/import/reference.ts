/** A paper as a reference file (BibTeX, a list of ids) names it. */
export interface Reference {
  /** As this archive writes ids (see paper-id.ts). */
  id: string;
  /** What the file calls it, for a paper this archive does not have. */
  title?: string;
  note?: string;
  tags?: string[];
}

export interface ReferenceList {
  /** In the file's order; the same paper may come more than once. */
  references: Reference[];
  /** Entries or lines that name no paper. */
  unreadable: number;
}
