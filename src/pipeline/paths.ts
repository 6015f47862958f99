import path from 'node:path';

/** The repository's folder. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** The sample digests the app ships with. */
export const SAMPLE_DIGESTS_DIR = path.resolve(import.meta.dirname, '../content/digests');

/** `DIGESTS_DIR` when set (the user's own archive), else the shipped sample. */
export function defaultDigestsDir(): string {
  const fromEnv = process.env.DIGESTS_DIR;
  return fromEnv ? path.resolve(fromEnv.replace(/^~(?=$|\/)/, process.env.HOME ?? '~')) : SAMPLE_DIGESTS_DIR;
}
