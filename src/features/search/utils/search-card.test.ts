import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../../lib/search-tokenize.ts';
import type { PaperChunk } from '../../../schema/digest.ts';
import { firstMatch, markWords } from './highlight.ts';
import { excerpt, matchPreview, searchCard } from './search-card.ts';

const marked = (text: string, query: string) =>
  markWords(text, queryTerms(query))
    .filter((p) => p.match)
    .map((p) => p.text);

describe('markWords', () => {
  it('marks Korean words that start with a query word, particles included', () => {
    expect(marked('대형 언어 모델의 추론과 모델을 비교', '모델')).toEqual(['모델의', '모델을']);
    expect(marked('대형 언어 모델의 추론과 모델을 비교', '모델을 추론')).toEqual(['모델의', '추론과', '모델을']);
  });

  it('marks English words whatever their case or number', () => {
    expect(marked('Language Models and a language model', 'models')).toEqual(['Models', 'model']);
    expect(marked('Reasoning about reasons', 'reason')).toEqual(['Reasoning', 'reasons']);
  });

  it('marks a singular query in its -ies plural and in full-width letters', () => {
    expect(marked('Studies of one study, by ＬＬＭs', 'study llm')).toEqual(['Studies', 'study', 'ＬＬＭs']);
    expect(firstMatch('Two case studies', queryTerms('study'))).toBe('Two case '.length);
  });

  it('marks only the Latin part of `LLM의`', () => {
    expect(marked('LLM의 성능', 'llm')).toEqual(['LLM']);
  });

  it('gives back the whole text, marked or not', () => {
    const text = 'Diffusion, 확산 모델: diffusion!';
    expect(
      markWords(text, queryTerms('diffusion 확산'))
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
    expect(markWords(text, [])).toEqual([{ text, match: false }]);
  });
});

describe('previews', () => {
  const long = `${'앞부분 문장입니다. '.repeat(20)}여기에 모델의 설명이 있습니다. ${'뒷부분 '.repeat(80)}`.trim();

  it('cuts around the first match, with ellipses where text is left out', () => {
    const at = firstMatch(long, queryTerms('모델'));
    const shown = excerpt(long, at - 20);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).toContain('모델의');
    expect(shown.length).toBeLessThanOrEqual(222);
  });

  it('looks in the summary first, then key points and abstract, else shows the summary', () => {
    const text = {
      title: 'T',
      sections: [
        { kind: 'abstract' as const, heading: '초록', blocks: [{ t: 'p' as const, c: ['초록에 있는 확산 모델'] }] },
        { kind: 'summary' as const, heading: '요약', blocks: [{ t: 'p' as const, c: ['요약 문장'] }] },
      ],
    };
    expect(matchPreview(text, queryTerms('확산'))).toBe('초록에 있는 확산 모델');
    expect(matchPreview(text, queryTerms('요약'))).toBe('요약 문장');
    expect(matchPreview(text, queryTerms('video'))).toBe('요약 문장');
  });
});

describe('searchCard', () => {
  const paper: PaperChunk = {
    id: '2601.00001',
    title: 'A Paper',
    thumb: null,
    appearances: [
      { date: '2026-01-29', rank: 3, upvotes: 10 },
      { date: '2026-01-20', rank: 1, upvotes: 40 },
      { date: '2026-01-10', rank: 2, upvotes: 40 },
    ],
    texts: {
      ko: {
        title: 'A Paper',
        sections: [{ kind: 'summary', heading: '요약', blocks: [{ t: 'p', c: ['모델 요약'] }] }],
      },
      en: { title: 'A Paper', sections: [] },
    },
  };

  it('is the best-upvoted day (the newest of equals), with a preview per language that has text', () => {
    const card = searchCard(paper, 'data/papers/2601.00001.0123456789.json', queryTerms('모델'));
    expect(card).toEqual({
      id: '2601.00001',
      date: '2026-01-20',
      rank: 1,
      upvotes: 40,
      title: 'A Paper',
      thumb: null,
      preview: { ko: '모델 요약' },
      file: 'data/papers/2601.00001.0123456789.json',
    });
  });
});
