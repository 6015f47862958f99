/** Text the rich-text conversion must publish rather than drop. */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './parse-markdown.ts';
import { blockText, toBlocks } from './rich-text.ts';

function blocksOf(markdown: string) {
  return toBlocks(parseMarkdown(markdown).children);
}

describe('rich text from Markdown', () => {
  it('keeps a footnote’s text, after its label, where it was written', () => {
    const blocks = blocksOf('Scores rose[^1].\n\n[^1]: On the **held-out** split.\n');
    expect(blocks.map((block) => blockText([block]))).toEqual(['Scores rose[^1].', '[^1]: On the held-out split.']);
    expect(blocks[1]).toEqual({ t: 'p', c: ['[^1]: On the ', { t: 'strong', c: ['held-out'] }, ' split.'] });
  });

  it('keeps every paragraph of a footnote of several', () => {
    const blocks = blocksOf('A[^note].\n\n[^note]: First.\n\n    Second.\n');
    expect(blocks.map((block) => blockText([block]))).toEqual(['A[^note].', '[^note]: First.', 'Second.']);
  });
});
