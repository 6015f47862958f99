/**
 * A search query that names one paper: an arXiv id (`2511.10647`, `2511.10647v2`,
 * `arXiv:2511.10647`) or a link to it on arXiv (`abs/…`, `pdf/…`, `html/…`) or on Hugging
 * Face (`papers/…`). The archive's paper ids are arXiv ids without a version.
 */

const NEW_ID = String.raw`\d{4}\.\d{4,5}`;
/** Ids before 2007: the archive and subject class, then seven digits (`hep-th/9901001`). */
const OLD_ID = String.raw`[a-z-]+(?:\.[a-z]{2})?\/\d{7}`;
const ID = `(${NEW_ID}|${OLD_ID})(?:v\\d+)?`;

const BARE = new RegExp(`^(?:arxiv:\\s*)?${ID}$`, 'i');
const LINK = new RegExp(
  String.raw`^(?:https?:\/\/)?(?:www\.|export\.)?(?:arxiv\.org\/(?:abs|pdf|html)|huggingface\.co\/papers)\/` +
    ID +
    String.raw`(?:\.pdf)?\/?(?:[?#].*)?$`,
  'i',
);

/** The arXiv id a query names (without its version), or null when it is not one. */
export function paperIdOfQuery(query: string): string | null {
  const text = query.trim();
  const match = BARE.exec(text) ?? LINK.exec(text);
  return match?.[1]?.toLowerCase() ?? null;
}

/** The paper's page on arXiv. */
export function arxivUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}
