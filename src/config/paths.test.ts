import { describe, expect, it } from 'vitest';
import { paperPath, paths } from './paths.ts';

describe('reading a route’s parameters back', () => {
  it('takes a day that exists, in the form links write it, and nothing else', () => {
    expect(paths.day.parse({ date: '2026-01-29' })).toEqual({ date: '2026-01-29' });
    for (const date of ['abc', '20260129', '2026-01-29x', '2026-02-30', '2026-1-29', undefined]) {
      expect(paths.day.parse({ date }), String(date)).toBeNull();
    }
  });

  it('takes a paper id, and a language segment only for a further language of the archive', () => {
    const langs = ['ko', 'en'];
    expect(paths.paper.parse({ id: '2601.20614' }, langs)).toEqual({ id: '2601.20614', lang: null });
    expect(paths.paper.parse({ id: '2601.20614', lang: 'en' }, langs)).toEqual({ id: '2601.20614', lang: 'en' });
    // The primary language has the bare path; other codes are no language of this archive.
    for (const lang of ['ko', 'xx', 'EN', 'en-']) {
      expect(paths.paper.parse({ id: '2601.20614', lang }, langs), lang).toBeNull();
    }
    for (const id of ['..2601', '<script>', '', undefined]) {
      expect(paths.paper.parse({ id }, langs), String(id)).toBeNull();
    }
  });

  it('reads back every paper link it writes', () => {
    const none = new URLSearchParams();
    for (const lang of ['ko', 'en']) {
      const [, id, segment] =
        /^\/papers\/([^/]+)\/(?:([^/]+)\/)?$/.exec(paperPath('2601.20614', lang, 'ko', none)) ?? [];
      expect(paths.paper.parse({ id, lang: segment }, ['ko', 'en'])).toEqual({
        id: '2601.20614',
        lang: lang === 'ko' ? null : lang,
      });
    }
  });

  it('writes a shared list’s link with its list and language', () => {
    expect(paths.sharedList.href({ list: 'AQUA-_1', lang: 'en' })).toBe('/list/?l=AQUA-_1&lang=en');
    expect(paths.sharedList.href()).toBe('/list/');
  });

  it('takes the archive’s periods, with the whole archive at the bare path', () => {
    expect(paths.archive.parse({})).toEqual({ scope: 'all' });
    expect(paths.archive.parse({ scope: 'week' })).toEqual({ scope: 'week' });
    expect(paths.archive.parse({ scope: 'month' })).toEqual({ scope: 'month' });
    expect(paths.archive.parse({ scope: 'all' })).toBeNull();
    expect(paths.archive.parse({ scope: 'year' })).toBeNull();
  });
});
