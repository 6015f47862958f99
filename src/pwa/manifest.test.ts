import { describe, expect, it } from 'vitest';
import { webManifest } from './manifest.ts';

describe('webManifest', () => {
  it('starts and is scoped at the site root', () => {
    const manifest = webManifest('/');
    expect(manifest).toMatchObject({ start_url: '/', scope: '/', id: '/' });
    expect(manifest.icons.map((icon) => icon.src)).toContain('/icons/icon-512.png');
  });

  it('names the sub-path of a site served under one, icons included', () => {
    const manifest = webManifest('/daily/papers/');
    expect(manifest).toMatchObject({ start_url: '/daily/papers/', scope: '/daily/papers/' });
    for (const icon of manifest.icons) expect(icon.src).toMatch(/^\/daily\/papers\/icons\//);
  });

  it('has the 192 and 512 px icons browsers require, one of them maskable', () => {
    const manifest = webManifest('/');
    const sizes = manifest.icons.filter((icon) => icon.purpose === 'any').map((icon) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable' && icon.sizes === '512x512')).toBe(true);
  });
});
