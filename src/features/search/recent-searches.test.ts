// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  addRecentSearch,
  clearRecentSearches,
  MAX_RECENT_SEARCHES,
  RECENT_SEARCHES_KEY,
  readRecentSearches,
} from './recent-searches.ts';

afterEach(() => localStorage.clear());

describe('recent searches', () => {
  it('keeps the latest queries first, each once, up to the limit', () => {
    addRecentSearch('diffusion');
    addRecentSearch(' 강화학습 ');
    addRecentSearch('diffusion');
    expect(readRecentSearches()).toEqual(['diffusion', '강화학습']);
    for (let i = 0; i < 20; i++) addRecentSearch(`q${String(i)}`);
    expect(readRecentSearches()).toHaveLength(MAX_RECENT_SEARCHES);
    expect(readRecentSearches()[0]).toBe('q19');
  });

  it('forgets them when cleared', () => {
    addRecentSearch('diffusion');
    clearRecentSearches();
    expect(readRecentSearches()).toEqual([]);
  });

  it('reads a damaged or foreign value as no queries, and writes over it', () => {
    localStorage.setItem(RECENT_SEARCHES_KEY, '{not json');
    expect(readRecentSearches()).toEqual([]);
    localStorage.setItem(RECENT_SEARCHES_KEY, JSON.stringify({ version: 2, queries: ['x'] }));
    expect(readRecentSearches()).toEqual([]);
    localStorage.setItem(RECENT_SEARCHES_KEY, JSON.stringify({ version: 1, queries: [1, 2] }));
    expect(readRecentSearches()).toEqual([]);
    expect(addRecentSearch('video')).toEqual(['video']);
  });

  it('reads only a value of exactly the stored shape', () => {
    const shapes: unknown[] = [
      null,
      [],
      ['x'],
      'x',
      { queries: ['x'] },
      { version: '1', queries: ['x'] },
      { version: 1 },
      { version: 1, queries: 'x' },
      { version: 1, queries: { 0: 'x' } },
      { version: 1, queries: ['x', null] },
      { version: 1, queries: ['x', 'y'.repeat(201)] },
      { version: 1, queries: ['x'], extra: true },
    ];
    for (const shape of shapes) {
      localStorage.setItem(RECENT_SEARCHES_KEY, JSON.stringify(shape));
      expect(readRecentSearches(), JSON.stringify(shape)).toEqual([]);
    }
    localStorage.setItem(RECENT_SEARCHES_KEY, JSON.stringify({ version: 1, queries: ['x', 'y'.repeat(200)] }));
    expect(readRecentSearches()).toEqual(['x', 'y'.repeat(200)]);
  });
});
