/** Where the bench reads and keeps its files, the archive sizes it knows, and what it types and clicks. */
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The bench's entry, run again as the timed child processes (`--child`). */
export const BENCH_ENTRY = path.join(import.meta.dirname, 'main.ts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CACHE = path.join(os.tmpdir(), 'daily-papers-bench');
export const REAL_CORPUS = path.resolve(ROOT, '../shared/corpus/real');
export const SAMPLE_DIR = path.join(ROOT, 'src/content/digests');
export const VIEWPORT = { width: 1280, height: 900 };

/** The archive's re-ordering is timed from a click on this button. */
export const SORT_BUTTON = '추천 많은 순';
/** The cold search's query when the archive has it (it is also preferred for the warm keystroke). */
export const SEARCH_WORD = '모델';

export const SIZES = ['week', 'top5', 'week30', 'top30', 'real'] as const;
export type Size = (typeof SIZES)[number];
export const SIZE_TITLES: Record<Size, string> = {
  week: '1 week',
  top5: '10y Top-5',
  week30: '1 week, Top-30',
  top30: '10y Top-30',
  real: 'real corpus',
};
/**
 * The first-screen budget asks that a long archive cost the first screen no more than a week
 * does: each size is compared with a week of as many papers a day, since a Top-30 day's page
 * carries six times the cards of a Top-5 day's whatever the archive's length.
 */
export const BASELINE: Record<Size, Size> = {
  week: 'week',
  top5: 'week',
  week30: 'week30',
  top30: 'week30',
  real: 'week',
};

/** BENCH_BUILD_TIMEOUT: seconds per build or content-stage process. */
export function buildTimeoutSeconds(): number {
  const value = Number(process.env.BENCH_BUILD_TIMEOUT ?? '900');
  return Number.isFinite(value) && value > 0 ? value : 900;
}
