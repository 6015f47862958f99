/**
 * Helpers for the pipeline tests: temporary digest folders and digest text built from a
 * few fields, so each test shows only what it is about.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The item at `index`, or a failed test (the repo has `noUncheckedIndexedAccess`). */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at index ${index} (length ${items.length})`);
  return item;
}

export interface PaperSpec {
  id: string;
  title: string;
  upvotes: number | string;
  summary?: string;
  /** The thumbnail line's path, relative to the digest file. */
  thumbnail?: string;
}

const SUMMARY_WORD = { ko: '요약', en: 'Summary' } as const;

/** A digest in the users' format; rank is the position in `papers`. */
export function digestText(date: string, lang: 'ko' | 'en', papers: readonly PaperSpec[]): string {
  const parts = [`# ${date} Daily Papers (Top ${papers.length})`, ''];
  papers.forEach((paper, i) => {
    if (i > 0) parts.push('---', '');
    parts.push(
      `## ${i + 1}. [${paper.title}](https://huggingface.co/papers/${paper.id})`,
      `**Upvotes**: ${paper.upvotes}`,
      '',
    );
    if (paper.thumbnail !== undefined) parts.push(`![Thumbnail](${paper.thumbnail})`, '');
    parts.push(`### 📌 ${SUMMARY_WORD[lang]}`, paper.summary ?? `${paper.title}: ${SUMMARY_WORD[lang]}.`, '');
  });
  return parts.join('\n');
}

/** A temporary folder under the OS's; `cleanup()` removes it. */
export interface TempDir {
  dir: string;
  /** Writes `text` at `rel` (folders created) and returns the absolute path. */
  write(rel: string, text: string | Uint8Array): Promise<string>;
  cleanup(): Promise<void>;
}

export async function tempDir(prefix = 'digests-'): Promise<TempDir> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return {
    dir,
    async write(rel, text) {
      const file = path.join(dir, rel);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
      return file;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
