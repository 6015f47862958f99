import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import type { Bookmark } from '../bookmarks.ts';
import { toArxivIds } from '../exports/arxiv-ids.ts';
import { toBibtex } from '../exports/bibtex.ts';
import { readBibtex } from './read-bibtex.ts';
import { readIdList } from './read-id-list.ts';

const TRICKY_TITLE = 'Harder Is Better: {GRPO} for $\\pi_0$ & 100% of LLMs_v2 #1 ~ ^ \\ $5';
const KOREAN_NOTE = '보상 모델 비교용 — 3절 다시 읽기 & 50% 확인 {중요}\n\n두 번째 문단: $O(n^2)$ ~ a\\b';

const bookmarks: Bookmark[] = [
  {
    id: '2601.20614',
    title: TRICKY_TITLE,
    date: '2026-01-29',
    savedAt: '2026-01-30T09:00:00.000Z',
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

describe('readBibtex', () => {
  it('reads our own export back: every paper, with its title, note and tags as written', async () => {
    const bib = toBibtex(bookmarks);
    expect(await readBibtex(bib)).toEqual({
      references: [
        { id: '2601.20614', title: TRICKY_TITLE, note: KOREAN_NOTE, tags: ['RL', 'world models'] },
        { id: '2601.20540', title: 'Advancing Open-source World Models' },
        { id: 'acl-2025.long-17', title: 'Not on arXiv' },
      ],
      unreadable: 0,
    });
  });

  it('finds the arXiv id in eprint, arxivid, a DOI, a URL, howpublished or a Google Scholar journal', async () => {
    const bib = String.raw`
Zotero's Better BibTeX, JabRef, Google Scholar, arXiv:
@article{zotero,
  title = {Attention Is All You Need},
  eprint = {arXiv:1706.03762v7},
  eprinttype = {arxiv},
}
@misc{jabref, title = "Second", archivePrefix = "arXiv", eprint = "2501.00002", primaryClass = "cs.CL"}
@article{scholar, title={Third}, journal={arXiv preprint arXiv:2501.00003}, year={2025}}
@misc{doi, title = {Fourth}, doi = {10.48550/ARXIV.2501.00004}}
@online{url, title = {Fifth}, url = {https://arxiv.org/pdf/2501.00005v2}}
@misc{hf, title = {Sixth}, howpublished = {\url{https://huggingface.co/papers/2501.00006}}}
@misc{arxivid, title = {Seventh}, arxivid = {2501.00007}}
@misc{other, title = {Not arXiv}, archivePrefix = {SSRN}, eprint = {2501.00008}}
@book{knuth, title = {The Art of Computer Programming}, year = 1968}
@string{jan = "January"}
@comment{ignored}
`;
    const { references, unreadable } = await readBibtex(bib);
    expect(references.map((r) => [r.id, r.title])).toEqual([
      ['1706.03762', 'Attention Is All You Need'],
      ['2501.00002', 'Second'],
      ['2501.00003', 'Third'],
      ['2501.00004', 'Fourth'],
      ['2501.00005', 'Fifth'],
      ['2501.00006', 'Sixth'],
      ['2501.00007', 'Seventh'],
    ]);
    // The SSRN paper and the book name no paper here.
    expect(unreadable).toBe(2);
  });

  it('keeps the entries around a malformed one, and counts it unreadable', async () => {
    const bib = '@misc{a, eprint = {2501.00001}}\n@misc{b, title = {never closed\n@misc{c, eprint = {2501.00003}}\n';
    expect(await readBibtex(bib)).toEqual({ references: [{ id: '2501.00001' }, { id: '2501.00003' }], unreadable: 1 });
  });

  it('writes BibTeX that another parser reads back to the same papers', () => {
    const library = parse(toBibtex(bookmarks));
    expect(library.errors).toEqual([]);
    expect(library.entries.map((e) => e.fields.eprint ?? e.fields.url)).toEqual([
      '2601.20614',
      '2601.20540',
      'https://huggingface.co/papers/acl-2025.long-17',
    ]);
  });
});

describe('readIdList', () => {
  it('reads ids and links one per line, skips blank lines and counts the others', () => {
    const text = [
      '2601.20614',
      '',
      '   ',
      'arXiv:2601.20540v2',
      'https://huggingface.co/papers/2512.00001',
      'https://arxiv.org/abs/2512.00002\r',
      '# my reading list',
      'garbage line',
      '10.48550/arXiv.2512.00003',
      '2601.20614',
    ].join('\n');
    expect(readIdList(text)).toEqual({
      references: ['2601.20614', '2601.20540', '2512.00001', '2512.00002', '2512.00003', '2601.20614'].map((id) => ({
        id,
      })),
      unreadable: 2,
    });
  });

  it('reads our own arXiv id export back to the same papers', () => {
    const { text } = toArxivIds(bookmarks);
    expect(readIdList(text)).toEqual({ references: [{ id: '2601.20614' }, { id: '2601.20540' }], unreadable: 0 });
  });
});
