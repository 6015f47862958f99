/** The pure logic behind the reading views: order, summary language, calendars, links. */
import { describe, expect, it } from 'vitest';
import { paperPath, shareablePath, withParams } from '../config/paths.ts';
import { monthGrid, monthsOf } from './calendar.ts';
import { parseSortOrder, sortCards } from './sort-cards.ts';
import { chooseSummaryLanguage, pickText } from './summary-language.ts';

const card = (date: string, rank: number, upvotes: number) => ({ date, rank, upvotes });

describe('sortCards', () => {
  const cards = [
    card('2026-01-28', 1, 50),
    card('2026-01-29', 2, 50),
    card('2026-01-29', 1, 10),
    card('2026-01-28', 2, 90),
  ];

  it('digest order: newest day first, then rank', () => {
    expect(sortCards(cards, 'rank')).toEqual([cards[2], cards[1], cards[0], cards[3]]);
  });

  it('upvotes: most first, ties in digest order, the same on every call', () => {
    expect(sortCards(cards, 'upvotes')).toEqual([cards[3], cards[1], cards[0], cards[2]]);
    expect(sortCards([...cards].reverse(), 'upvotes')).toEqual(sortCards(cards, 'upvotes'));
  });

  it('leaves its input alone', () => {
    const copy = [...cards];
    sortCards(cards, 'upvotes');
    expect(cards).toEqual(copy);
  });

  it('reads ?sort= strictly', () => {
    expect(parseSortOrder('upvotes')).toBe('upvotes');
    expect(parseSortOrder('UPVOTES')).toBe('rank');
    expect(parseSortOrder(null)).toBe('rank');
  });
});

describe('summary language', () => {
  it('the URL wins, then the remembered choice, then the interface language', () => {
    expect(chooseSummaryLanguage({ fromUrl: 'en', preferred: 'ko', ui: 'ko' })).toBe('en');
    expect(chooseSummaryLanguage({ fromUrl: null, preferred: 'en', ui: 'ko' })).toBe('en');
    expect(chooseSummaryLanguage({ fromUrl: null, preferred: null, ui: 'en' })).toBe('en');
    expect(chooseSummaryLanguage({ fromUrl: '<script>', preferred: null, ui: 'ko' })).toBe('ko');
  });

  it('a missing language is said, with the languages there are', () => {
    expect(pickText({ ko: 'text' }, 'ko')).toEqual({ lang: 'ko', text: 'text', missing: false });
    expect(pickText({ ko: 'text' }, 'en')).toEqual({ lang: 'en', text: null, missing: true, others: ['ko'] });
  });
});

describe('calendar', () => {
  it('lays a month out in Monday-first weeks', () => {
    const { weeks } = monthGrid('2026-01');
    expect(weeks[0]).toEqual([null, null, null, '2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it('knows February in a leap year', () => {
    expect(monthGrid('2028-02').weeks.flat().filter(Boolean)).toHaveLength(29);
  });

  it('lists the months that have days, newest first', () => {
    expect(monthsOf(['2025-11-13', '2026-01-29', '2025-11-14'])).toEqual(['2026-01', '2025-11']);
  });
});

describe('links', () => {
  const params = new URLSearchParams('sort=upvotes&lang=en&q=x');

  it('carry the view parameters and nothing else', () => {
    expect(withParams('/days/2026-01-29/', params)).toBe('/days/2026-01-29/?sort=upvotes&lang=en');
    expect(withParams('/days/2026-01-29/', new URLSearchParams())).toBe('/days/2026-01-29/');
  });

  it('name the summary language of a paper, the primary one by its bare path', () => {
    expect(paperPath('2601.20614', 'en', 'ko', params)).toBe('/papers/2601.20614/en/?sort=upvotes');
    expect(paperPath('2601.20614', 'ko', 'ko', new URLSearchParams())).toBe('/papers/2601.20614/');
  });

  it('a shared view says its language even when the reader only remembered it', () => {
    expect(shareablePath('/archive/', new URLSearchParams('sort=upvotes'), 'ko')).toBe(
      '/archive/?sort=upvotes&lang=ko',
    );
  });
});
