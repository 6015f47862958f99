import { describe, expect, it } from 'vitest';
import { paperIdOfQuery } from './search-paper-id.ts';

describe('paperIdOfQuery', () => {
  it('reads an arXiv id as typed or pasted', () => {
    expect(paperIdOfQuery('2511.10647')).toBe('2511.10647');
    expect(paperIdOfQuery(' 2511.10647v2 ')).toBe('2511.10647');
    expect(paperIdOfQuery('arXiv:2501.01234')).toBe('2501.01234');
    expect(paperIdOfQuery('hep-th/9901001v1')).toBe('hep-th/9901001');
  });

  it('reads arXiv and Hugging Face links', () => {
    expect(paperIdOfQuery('https://arxiv.org/abs/2511.10647')).toBe('2511.10647');
    expect(paperIdOfQuery('https://arxiv.org/pdf/2511.10647v2')).toBe('2511.10647');
    expect(paperIdOfQuery('arxiv.org/pdf/2511.10647v2.pdf')).toBe('2511.10647');
    expect(paperIdOfQuery('https://huggingface.co/papers/2511.10647')).toBe('2511.10647');
    expect(paperIdOfQuery('https://huggingface.co/papers/2511.10647?utm=x#community')).toBe('2511.10647');
  });

  it('leaves words, numbers and other links to the word search', () => {
    expect(paperIdOfQuery('diffusion')).toBeNull();
    expect(paperIdOfQuery('2511')).toBeNull();
    expect(paperIdOfQuery('2511.10647 diffusion')).toBeNull();
    expect(paperIdOfQuery('https://github.com/org/2511.10647')).toBeNull();
  });
});
