/**
 * The pipeline's version, which keys the content cache: a cache written by other code is never
 * read.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../paths.ts';

/** The code whose changes can change what the build makes. */
const CODE = ['src/pipeline', 'src/schema', 'src/lib'];

let version: string | undefined;

/** A hash of the pipeline's code and dependencies (and of Node, whose Unicode tables the parser uses). */
export function pipelineVersion(): string {
  if (version !== undefined) return version;
  const hash = createHash('sha256').update(`${process.version} ${process.versions.unicode}\n`);
  const files = CODE.flatMap((dir) =>
    readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(?:ts|tsx|mjs)$/.test(file) && !/\.test\.tsx?$/.test(file))
      .map((file) => path.join(dir, file)),
  );
  for (const file of [...files.sort(), 'package-lock.json']) {
    const full = path.join(REPO_ROOT, file);
    if (existsSync(full)) hash.update(`${file}\n`).update(readFileSync(full));
  }
  version = hash.digest('base64url');
  return version;
}
