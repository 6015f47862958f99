/**
 * What the content cache knows a digest file by: the key of its record (its bytes and the
 * language its name gives), and its stat when the key was taken, which tells a file not
 * touched since from one that must be read again.
 */
import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { languageFromFileName } from '../parse/file-lang.ts';

/** A file changed less than this before it was read may change again unseen by its stat (`trustedStat`). */
const RACY_MS = 2000;

export interface FileStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  key: string;
}

/** The key of a file's record. */
export function recordKey(bytes: Uint8Array, name: string): string {
  return `${createHash('sha256').update(bytes).digest('base64url')}:${languageFromFileName(name) ?? ''}`;
}

/**
 * A file's stat as the cache can trust it: not when the file changed less than two seconds
 * before `now`, as a second change within the same tick of a coarse clock would not show
 * (git's "racily clean" files).
 */
export function trustedStat(stat: Stats, key: string, now: number): FileStat | null {
  if (Math.max(stat.mtimeMs, stat.ctimeMs) > now - RACY_MS) return null;
  return { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino, key };
}

export function sameStat(stat: Stats, known: FileStat): boolean {
  return (
    stat.size === known.size &&
    stat.mtimeMs === known.mtimeMs &&
    stat.ctimeMs === known.ctimeMs &&
    stat.ino === known.ino
  );
}
