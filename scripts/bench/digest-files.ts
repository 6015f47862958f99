/**
 * The digest files of an archive folder, by the pipeline's rule (src/pipeline/load-archive.ts),
 * repeated so that the bare-parse baseline imports none of the pipeline.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

const DIGEST_EXT = /\.(?:md|markdown|txt)$/i;
const NOT_A_DIGEST = /^(?:readme|license|licence|changelog|contributing)(?:\.|$)/i;

export async function digestFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dir, full);
    if (rel.split(path.sep).some((part) => part.startsWith('.') || part === 'node_modules')) continue;
    if (!DIGEST_EXT.test(entry.name) || NOT_A_DIGEST.test(entry.name)) continue;
    files.push(full);
  }
  return files.sort();
}
