import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../../schema/digest.ts';
import type { Bookmark } from '../bookmarks.ts';
import { toArxivIds } from './arxiv-ids.ts';
import { bibtexValue, toBibtex } from './bibtex.ts';
import { toCslJson } from './csl-json.ts';
import { type MarkdownLabels, toMarkdown } from './markdown.ts';

function card(id: string, title: string): Card {
  return {
    id,
    date: '2026-01-29',
    rank: 2,
    upvotes: 92,
    title,
    thumb: null,
    preview: { ko: '어려운 문제에 가중치를 두는 GRPO.', en: 'GRPO that weighs hard problems.' },
    file: `data/papers/${id}.abc123.json`,
  };
}

const TRICKY_TITLE = 'Harder Is Better: {GRPO} for $\\pi_0$ & 100% of LLMs_v2 #1 ~ ^ \\ $5';
const KOREAN_NOTE = '보상 모델 비교용 — 3절 다시 읽기 & 50% 확인 {중요}\n\n두 번째 문단: $O(n^2)$';

const bookmarks: Bookmark[] = [
  {
    id: '2601.20614',
    title: TRICKY_TITLE,
    date: '2026-01-29',
    savedAt: '2026-01-30T09:00:00.000Z',
    card: card('2601.20614', TRICKY_TITLE),
    note: KOREAN_NOTE,
    noteAt: '2026-01-30T09:01:00.000Z',
    tags: ['RL', 'world models'],
    tagsAt: '2026-01-30T09:01:00.000Z',
  },
  {
    id: '2601.20540',
    title: 'Advancing Open-source World Models',
    date: '2026-01-29',
    savedAt: '2026-01-30T08:00:00.000Z',
  },
  { id: 'acl-2025.long-17', title: 'Not on arXiv', date: null, savedAt: '2026-01-30T07:00:00.000Z' },
];

describe('BibTeX', () => {
  it('escapes what LaTeX would read as markup, keeps $…$ math, braces words with inner capitals', () => {
    expect(bibtexValue('A & B: 100% of {x} #1 a_b ~ ^ \\')).toBe(
      'A \\& B: 100\\% of \\{x\\} \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    expect(bibtexValue('$\\pi_0$ costs $5', true)).toBe('$\\pi_0$ costs \\$5');
    expect(bibtexValue('GRPO and DeepSeek-R1 beat LLMs: Better', true)).toBe(
      '{GRPO} and {DeepSeek-R1} beat {LLMs}: Better',
    );
    expect(bibtexValue('Tokens, LLMs, and GRPO.', true)).toBe('Tokens, {LLMs}, and {GRPO}.');
    // A math span with unpaired braces is no math: escaped like the rest.
    expect(bibtexValue('$a}$')).toBe('\\$a\\}\\$');
  });

  it('writes one @misc per paper that a BibTeX parser reads back without errors', () => {
    const bib = toBibtex(bookmarks);
    const library = parse(bib, { sentenceCase: false, caseProtection: false });
    expect(library.errors).toEqual([]);
    expect(library.entries.map((e) => [e.type, e.key])).toEqual([
      ['misc', 'arXiv:2601.20614'],
      ['misc', 'arXiv:2601.20540'],
      ['misc', 'dp:acl-2025.long-17'],
    ]);
    const [first, second, third] = library.entries;
    expect(first?.fields.title).toBe('Harder Is Better: {GRPO} for π₀ & 100% of LLMs_v2 #1 ~ ^ \\ $5');
    expect(first?.fields).toMatchObject({
      year: '2026',
      eprint: '2601.20614',
      archiveprefix: 'arXiv',
      doi: '10.48550/arXiv.2601.20614',
      url: 'https://arxiv.org/abs/2601.20614',
      keywords: ['RL', 'world models'],
    });
    expect(first?.fields.note).toContain('보상 모델 비교용 — 3절 다시 읽기 & 50% 확인 {중요}');
    expect(second?.fields).toMatchObject({ title: 'Advancing Open-source World Models', eprint: '2601.20540' });
    // Not an arXiv id: no eprint, the Hugging Face page, the year of its day (none here).
    expect(third?.fields).toEqual({ title: 'Not on arXiv', url: 'https://huggingface.co/papers/acl-2025.long-17' });
  });
});

describe('Markdown', () => {
  const labels: MarkdownLabels = {
    heading: '북마크',
    date: '날짜',
    upvotes: (count) => `추천 ${count}`,
    tags: '태그',
    note: '메모',
  };

  it('lists each paper linked, with date, upvotes, arXiv id, summary line, tags and note', () => {
    const text = toMarkdown(bookmarks.slice(0, 2), 'ko', labels);
    expect(text).toBe(
      [
        '# 북마크',
        '',
        '## [Harder Is Better: {GRPO} for $\\\\pi\\_0$ & 100% of LLMs\\_v2 \\#1 \\~ ^ \\\\ $5](https://huggingface.co/papers/2601.20614)',
        '',
        '- 날짜: 2026-01-29 · 추천 92 · arXiv: [2601.20614](https://arxiv.org/abs/2601.20614)',
        '- 태그: #RL #world-models',
        '',
        '> 어려운 문제에 가중치를 두는 GRPO.',
        '',
        '**메모**',
        '',
        '보상 모델 비교용 — 3절 다시 읽기 & 50% 확인 {중요}',
        '',
        '두 번째 문단: $O(n^2)$',
        '',
        '## [Advancing Open-source World Models](https://huggingface.co/papers/2601.20540)',
        '',
        '- 날짜: 2026-01-29 · arXiv: [2601.20540](https://arxiv.org/abs/2601.20540)',
        '',
      ].join('\n'),
    );
  });

  it('gives the summary line in the language asked for', () => {
    expect(toMarkdown(bookmarks.slice(0, 1), 'en', labels)).toContain('> GRPO that weighs hard problems.');
  });
});

describe('arXiv ids and CSL-JSON', () => {
  it('lists the arXiv ids one per line and counts the papers that have none', () => {
    expect(toArxivIds(bookmarks)).toEqual({ text: '2601.20614\n2601.20540\n', skipped: 1 });
  });

  it('writes CSL-JSON items with number, DOI, year, keywords and note', () => {
    const items = JSON.parse(toCslJson(bookmarks)) as Record<string, unknown>[];
    expect(items[0]).toEqual({
      id: 'arXiv:2601.20614',
      type: 'article',
      title: TRICKY_TITLE,
      URL: 'https://arxiv.org/abs/2601.20614',
      publisher: 'arXiv',
      number: '2601.20614',
      DOI: '10.48550/arXiv.2601.20614',
      issued: { 'date-parts': [[2026]] },
      keyword: 'RL, world models',
      note: KOREAN_NOTE,
    });
    expect(items[2]).toEqual({
      id: 'acl-2025.long-17',
      type: 'article',
      title: 'Not on arXiv',
      URL: 'https://huggingface.co/papers/acl-2025.long-17',
    });
  });
});
