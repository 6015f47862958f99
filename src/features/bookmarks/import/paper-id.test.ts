import { describe, expect, it } from 'vitest';
import { paperIdOf } from './paper-id.ts';

describe('paperIdOf', () => {
  it.each([
    ['2601.20614', '2601.20614'],
    ['2601.20614v3', '2601.20614'],
    ['  arXiv:2601.20614v2 ', '2601.20614'],
    ['ARXIV: 2412.01234', '2412.01234'],
    ['10.48550/arXiv.2601.20614', '2601.20614'],
    ['https://doi.org/10.48550/arXiv.2601.20614', '2601.20614'],
    ['https://arxiv.org/abs/2601.20614', '2601.20614'],
    ['http://www.arxiv.org/abs/2601.20614v2/', '2601.20614'],
    ['https://arxiv.org/pdf/2601.20614v1.pdf', '2601.20614'],
    ['https://arxiv.org/html/2601.20614v1?x=1#sec2', '2601.20614'],
    ['https://export.arxiv.org/abs/2601.20614', '2601.20614'],
    ['https://huggingface.co/papers/2601.20614', '2601.20614'],
    ['https://huggingface.co/papers/acl-2025.long-17', 'acl-2025.long-17'],
  ])('reads %j as %s', (text, id) => {
    expect(paperIdOf(text)).toBe(id);
  });

  it.each([
    '',
    'hello',
    '2601.206',
    '12601.20614',
    'hep-th/9901001',
    '10.1145/3290605',
    'https://arxiv.org/list/cs.CL/recent',
    'https://example.org/abs/2601.20614',
    'https://huggingface.co/papers/bad%20id',
    'https://huggingface.co/models/2601.20614',
    'see 2601.20614 for details',
  ])('finds no paper in %j', (text) => {
    expect(paperIdOf(text)).toBeNull();
  });
});
