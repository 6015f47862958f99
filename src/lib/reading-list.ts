/**
 * The list a reader opened a paper from, so that the paper page can offer the papers before
 * and after it in that list. It travels in the navigation's history state, never in the URL:
 * a paper's shared link stays the paper's. The paper page reads it back (reading-place.ts).
 */
import type { ReadingList, ReadingPlace } from './reading-place.ts';

export type { ReadingList, ReadingPlace };

/** The history state of a link to a paper opened from a list. */
export interface ReadingState {
  reading: ReadingPlace;
}

export function readingState(list: ReadingList, index: number): ReadingState {
  return { reading: { list, index } };
}
