import { describe, expect, it } from 'vitest';
import {
  indexWords,
  normalize,
  prefixKeys,
  queryTerms,
  singular,
  stripKoreanEnding,
  wordMatches,
  wordSpans,
} from './search-tokenize.ts';

const words = (text: string) => indexWords(text).map((w) => w.word);
const keys = (query: string) => queryTerms(query).map((t) => t.key);

/** Whether a query finds a text the way the index does: each query key is a key of some word. */
function finds(query: string, text: string): boolean {
  const indexed = new Set(indexWords(text).flatMap((w) => prefixKeys(w.word, w.script)));
  const terms = queryTerms(query);
  return terms.length > 0 && terms.every((t) => indexed.has(t.key));
}

describe('Korean', () => {
  it('finds inflected forms by their stem: 모델 finds 모델의, 모델을, 모델링', () => {
    expect(finds('모델', '대형 언어 모델의 추론')).toBe(true);
    expect(finds('모델', '새로운 모델을 제안함')).toBe(true);
    expect(finds('모델', '확산 모델링 기법')).toBe(true);
    expect(finds('모델', '데이터셋을 공개함')).toBe(false);
  });

  it('drops the particle or ending of a query word, so any inflection finds the others', () => {
    expect(keys('모델을')).toEqual(['모델']);
    expect(keys('모델에서는')).toEqual(['모델']);
    expect(keys('강화 학습으로')).toEqual(['강화', '학습']);
    expect(keys('다양한')).toEqual(['다양']);
    expect(finds('모델을', '대형 언어 모델의 추론')).toBe(true);
    expect(finds('학습과', '강화 학습에서')).toBe(true);
  });

  it('keeps a word whole when stripping would leave one syllable: 결과, 효과, 평가', () => {
    expect(stripKoreanEnding('결과')).toBe('결과');
    expect(stripKoreanEnding('효과')).toBe('효과');
    expect(stripKoreanEnding('평가')).toBe('평가');
    expect(stripKoreanEnding('학습과')).toBe('학습');
  });

  it('indexes a word as written, with every prefix from one syllable', () => {
    expect(words('모델의 추론 능력을')).toEqual(['모델의', '추론', '능력을']);
    expect(prefixKeys('모델의', 'hangul')).toEqual(['모', '모델', '모델의']);
  });

  it('splits Latin from Hangul and drops the particle of a Latin word', () => {
    expect(words('LLM의 성능과 RL로 훈련된 GPT-4o와')).toEqual(['llm', '성능과', 'rl', '훈련된', 'gpt', '4o']);
    expect(wordSpans('RL로').map((s) => s.script)).toEqual(['word', 'hangul']);
  });
});

describe('English', () => {
  it('ignores case and NFKC differences', () => {
    expect(words('Reasoning REASONING ｒｅａｓｏｎｉｎｇ')).toEqual(['reasoning', 'reasoning', 'reasoning']);
    expect(normalize('ＬＬＭ')).toBe('llm');
  });

  it('makes plurals singular, and leaves words that only look plural', () => {
    expect(singular('models')).toBe('model');
    expect(singular('studies')).toBe('study');
    expect(singular('classes')).toBe('class');
    expect(singular('analysis')).toBe('analysis');
    expect(singular('focus')).toBe('focus');
    expect(singular('gas')).toBe('gas');
    expect(finds('models', 'A language model for code')).toBe(true);
    expect(finds('Model', 'Scaling language models')).toBe(true);
  });

  it('matches by prefix: reason finds reasoning, and a long word needs only its first letters', () => {
    expect(finds('reason', 'Chain-of-thought reasoning')).toBe(true);
    expect(finds('reinforcement', 'reinforcement learning')).toBe(true);
    expect(finds('reinforcemen', 'reinforcement learning')).toBe(true);
    expect(finds('diffusion', 'autoregressive decoding')).toBe(false);
  });

  it('finds a two-letter word, but does not match two letters of a longer word', () => {
    expect(finds('rl', 'RL training')).toBe(true);
    expect(finds('3d', '3D scenes')).toBe(true);
    expect(finds('di', 'diffusion')).toBe(false);
    expect(finds('dif', 'diffusion')).toBe(true);
    expect(prefixKeys('rl', 'word')).toEqual(['rl']);
    expect(prefixKeys('diffusion', 'word')).toEqual([
      'dif',
      'diff',
      'diffu',
      'diffus',
      'diffusi',
      'diffusio',
      'diffusion',
    ]);
    expect(wordMatches('diffusion', 'word', queryTerms('di'))).toBe(false);
    expect(wordMatches('RL', 'word', queryTerms('rl'))).toBe(true);
  });

  it('marks a last word still being typed and too short to be a prefix as optional', () => {
    const optional = (query: string) => queryTerms(query).map((t) => t.optional);
    expect(optional('diffusion tr')).toEqual([false, true]);
    expect(optional('diffusion tr ')).toEqual([false, false]);
    expect(optional('diffusion tra')).toEqual([false, false]);
    expect(optional('rl')).toEqual([false]);
    expect(optional('강화 학')).toEqual([false, false]);
  });

  it('drops stop words, one-letter words and bare numbers', () => {
    expect(words('The model of a 2025 system')).toEqual(['model', 'system']);
    expect(keys('the of and')).toEqual([]);
  });

  it('keeps each query word once', () => {
    expect(keys('model Models MODEL reasoning')).toEqual(['model', 'reasoning']);
  });
});

describe('wordMatches (highlighting)', () => {
  it('marks the words that start with a term, in either script', () => {
    const terms = queryTerms('모델을 model');
    expect(wordMatches('모델의', 'hangul', terms)).toBe(true);
    expect(wordMatches('Models', 'word', terms)).toBe(true);
    expect(wordMatches('modal', 'word', terms)).toBe(false);
    expect(wordMatches('언어', 'hangul', terms)).toBe(false);
  });
});
