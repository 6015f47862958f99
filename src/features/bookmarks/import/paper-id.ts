/**
 * The paper a reference names, as this archive's ids are written: an arXiv id without its
 * version (`2601.20614`), or the id of a Hugging Face paper page. What reference managers and
 * our own exports write for it: the bare id (`2601.20614v2`, `arXiv:2601.20614`), an
 * arxiv.org abs/pdf/html link, a huggingface.co/papers link, or arXiv's DataCite DOI
 * (`10.48550/arXiv.2601.20614`, also as a doi.org link).
 */
import * as v from 'valibot';
import { PaperIdSchema } from '../../../schema/digest.ts';

const ARXIV_ID = /^(\d{4}\.\d{4,5})(?:v\d+)?$/;
const ARXIV_PREFIXED = /^arxiv:\s*(\d{4}\.\d{4,5})(?:v\d+)?$/i;
const ARXIV_DOI = /^10\.48550\/arxiv\.(\d{4}\.\d{4,5})(?:v\d+)?$/i;
/** An arXiv id inside running text, e.g. Google Scholar's `journal = {arXiv preprint arXiv:2601.20614}`. */
const ARXIV_IN_TEXT = /\barxiv:\s*(\d{4}\.\d{4,5})(?:v\d+)?\b/i;

/** The id a whole value stands for, or null. */
export function paperIdOf(value: string): string | null {
  const text = value.trim();
  const bare = ARXIV_ID.exec(text) ?? ARXIV_PREFIXED.exec(text) ?? ARXIV_DOI.exec(text);
  if (bare?.[1] !== undefined) return bare[1];
  return /^https?:\/\//i.test(text) ? paperIdOfUrl(text) : null;
}

/** The arXiv id a text mentions as `arXiv:<id>`, or null. */
export function arxivIdIn(text: string): string | null {
  return ARXIV_IN_TEXT.exec(text)?.[1] ?? null;
}

function paperIdOfUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  if (host === 'arxiv.org' || host === 'export.arxiv.org') {
    const match = /^\/(?:abs|pdf|html)\/(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?$/.exec(path);
    return match?.[1] ?? null;
  }
  if (host === 'doi.org' || host === 'dx.doi.org') {
    return ARXIV_DOI.exec(decode(path.slice(1)))?.[1] ?? null;
  }
  if (host === 'huggingface.co') {
    const match = /^\/papers\/([^/]+)$/.exec(path);
    if (match?.[1] === undefined) return null;
    const id = decode(match[1]);
    const arxiv = ARXIV_ID.exec(id);
    if (arxiv?.[1] !== undefined) return arxiv[1];
    return v.is(PaperIdSchema, id) ? id : null;
  }
  return null;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
