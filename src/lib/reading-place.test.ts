import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_SCOPES, IsoDateSchema } from '../schema/digest.ts';
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

describe('readingPlaceOf, against the valibot schema it replaces', () => {
  const Sort = v.pipe(v.string(), v.maxLength(16));
  const Schema = v.object({
    list: v.variant('kind', [
      v.object({ kind: v.literal('day'), date: IsoDateSchema, sort: Sort }),
      v.object({ kind: v.literal('archive'), scope: v.picklist(ARCHIVE_SCOPES), sort: Sort }),
      v.object({ kind: v.literal('search'), query: v.pipe(v.string(), v.maxLength(500)) }),
      v.object({ kind: v.literal('bookmarks'), sort: Sort }),
    ]),
    index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  });
  const lists: unknown[] = [
    { kind: 'day', date: '2026-01-29', sort: 'rank' },
    { kind: 'day', date: '2026-02-30', sort: 'rank' },
    { kind: 'day', date: '2026-01-29', sort: 'r'.repeat(16) },
    { kind: 'day', date: '2026-01-29', sort: 'r'.repeat(17) },
    { kind: 'day', date: '2026-01-29' },
    { kind: 'day', date: '2026-01-29', sort: 'rank', extra: 1 },
    { kind: 'archive', scope: 'week', sort: 'upvotes' },
    { kind: 'archive', scope: 'year', sort: 'upvotes' },
    { kind: 'archive', scope: 'all', sort: 3 },
    { kind: 'search', query: '강화 학습' },
    { kind: 'search', query: 'q'.repeat(500) },
    { kind: 'search', query: 'q'.repeat(501) },
    { kind: 'search', query: null },
    { kind: 'bookmarks', sort: 'saved' },
    { kind: 'bookmarks' },
    { kind: 'Bookmarks', sort: 'saved' },
    { sort: 'saved' },
    [],
    'day',
    null,
  ];
  const indexes: unknown[] = [0, 3, -1, 1.5, Number.NaN, Infinity, '2', null, undefined];

  it('accepts exactly what the schema accepts, and returns what it would', () => {
    for (const list of lists) {
      for (const index of indexes) {
        const parsed = v.safeParse(Schema, { list, index });
        const expected = parsed.success ? parsed.output : null;
        expect(readingPlaceOf({ reading: { list, index } }), JSON.stringify({ list, index })).toEqual(expected);
      }
    }
  });
});
