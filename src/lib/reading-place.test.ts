import { describe, expect, it } from 'vitest';
import { readingState } from './reading-list.ts';
import { readingPlaceOf } from './reading-place.ts';

describe('readingPlaceOf', () => {
  it('reads back the place a link to a paper carried', () => {
    const state = readingState({ kind: 'archive', scope: 'week', sort: 'upvotes' }, 3);
    expect(readingPlaceOf(structuredClone(state))).toEqual({
      list: { kind: 'archive', scope: 'week', sort: 'upvotes' },
      index: 3,
    });
  });

  it('takes anything else for a deep link', () => {
    expect(readingPlaceOf(null)).toBeNull();
    expect(readingPlaceOf({ key: 'default' })).toBeNull();
    expect(
      readingPlaceOf({ reading: { list: { kind: 'day', date: 'yesterday', sort: 'rank' }, index: 0 } }),
    ).toBeNull();
    expect(readingPlaceOf({ reading: { list: { kind: 'bookmarks', sort: 'saved' }, index: -1 } })).toBeNull();
    expect(readingPlaceOf({ reading: { list: { kind: 'feed' }, index: 0 } })).toBeNull();
  });
});
