import { describe, expect, it } from 'vitest';
import type { PaperChunk } from '../schema/digest.ts';
import { pageFile, paperPages } from './pages.ts';

const text = (summary: string) => ({
  title: 'T',
  sections: [{ kind: 'summary' as const, heading: 'Summary', blocks: [{ t: 'p' as const, c: [summary] }] }],
});

function paper(texts: PaperChunk['texts']): PaperChunk {
  return { id: '2601.00001', title: 'A paper', thumb: null, appearances: [], texts };
}

describe('paperPages', () => {
  it('gives the primary language the bare address and each other one its own', () => {
    const pages = paperPages('2601.00001', 'data/papers/x.json', paper({ ko: text('요약.'), en: text('Sum.') }), [
      'ko',
      'en',
    ]);
    expect(pages.map((page) => [page.path, page.file, page.lang])).toEqual([
      ['/papers/2601.00001/', 'papers/2601.00001/index.html', 'ko'],
      ['/papers/2601.00001/en/', 'papers/2601.00001/en/index.html', 'en'],
    ]);
  });

  it('gives every language of the archive a page, also one the paper has no text in', () => {
    const pages = paperPages('2601.00001', 'data/papers/x.json', paper({ en: text('Only English.') }), [
      'ko',
      'en',
      'ja',
    ]);
    expect(pages.map((page) => [page.path, page.lang])).toEqual([
      ['/papers/2601.00001/', 'ko'],
      ['/papers/2601.00001/en/', 'en'],
      ['/papers/2601.00001/ja/', 'ja'],
    ]);
  });
});

describe('pageFile', () => {
  it('writes each address as its folder’s index.html', () => {
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('/days/')).toBe('days/index.html');
    expect(pageFile('/papers/2601.00001/en/')).toBe('papers/2601.00001/en/index.html');
  });

  it('refuses an address that would not be served as a folder', () => {
    expect(() => pageFile('/days')).toThrow(/starts and ends with \//);
  });
});
