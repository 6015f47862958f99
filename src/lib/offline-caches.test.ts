import { describe, expect, it } from 'vitest';
import { CACHES, isOutdatedCache, isPageUrl, isSaveMessage } from './offline-caches.ts';

const ORIGIN = 'https://example.org';
const page = (path: string, base = '/') => isPageUrl(new URL(path, ORIGIN), ORIGIN, base);

describe('isPageUrl', () => {
  it('takes paper, day and list addresses for pages, in either file layout', () => {
    for (const path of [
      '/',
      '/papers/2601.20614',
      '/papers/2601.20614/en',
      '/papers/2601.20614.html',
      '/days/2026-01-29',
    ])
      expect(page(path), path).toBe(true);
    expect(page('/papers/2601.20614/index.html')).toBe(true);
  });

  it('leaves out the build’s files', () => {
    for (const path of [
      '/assets/main-abc.js',
      '/data/days/2026-01-29.3f2a.json',
      '/icons/icon-192.png',
      '/sw.js',
      '/manifest.webmanifest',
      '/favicon.svg',
    ])
      expect(page(path), path).toBe(false);
  });

  it('keeps to the site’s base path and origin', () => {
    expect(page('/sub/papers/2601.20614', '/sub/')).toBe(true);
    expect(page('/papers/2601.20614', '/sub/')).toBe(false);
    expect(isPageUrl(new URL('https://other.org/'), ORIGIN, '/')).toBe(false);
  });
});

describe('isOutdatedCache', () => {
  it('names an older version of our caches, never a current one or another app’s', () => {
    expect(isOutdatedCache('daily-papers-pages-v0')).toBe(true);
    for (const name of Object.values(CACHES)) expect(isOutdatedCache(name)).toBe(false);
    expect(isOutdatedCache('workbox-precache-v2-https://example.org/')).toBe(false);
  });
});

describe('isSaveMessage', () => {
  it('accepts a list of URLs only', () => {
    expect(isSaveMessage({ type: 'save', urls: ['/papers/1'] })).toBe(true);
    expect(isSaveMessage({ type: 'save', urls: [1] })).toBe(false);
    expect(isSaveMessage({ type: 'SKIP_WAITING' })).toBe(false);
    expect(isSaveMessage(null)).toBe(false);
  });
});
