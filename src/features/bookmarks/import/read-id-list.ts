/**
 * A list of papers, one per line: arXiv ids or links to arxiv.org or huggingface.co/papers
 * (what Zotero's "Add Item by Identifier", JabRef and our own "arXiv ids" export take and
 * write). Blank lines are skipped; a line that names no paper is counted as unreadable.
 */
import { paperIdOf } from './paper-id.ts';
import type { ReferenceList } from './reference.ts';

export function readIdList(text: string): ReferenceList {
  const references: ReferenceList['references'] = [];
  let unreadable = 0;
  for (const line of text.split(/\r\n?|\n/)) {
    if (line.trim() === '') continue;
    const id = paperIdOf(line);
    if (id === null) unreadable++;
    else references.push({ id });
  }
  return { references, unreadable };
}
