/** A digest's language as its file name gives it (`2026-01-29.en.md`), apart from the parser. */
import type { Lang } from '../../schema/digest.ts';

const FILE_LANG = /\.([a-z]{2,3})\.(?:md|markdown|txt)$/i;

export function languageFromFileName(file: string): Lang | null {
  const match = FILE_LANG.exec(file);
  return match?.[1] ? match[1].toLowerCase() : null;
}
