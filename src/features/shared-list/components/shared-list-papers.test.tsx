// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n/i18n.ts';
import type { PaperChunk } from '../../../schema/digest.ts';
import { SharedListPapers } from './shared-list-papers.tsx';

const summary = (text: string) => ({
  kind: 'summary' as const,
  heading: 'Summary',
  blocks: [{ t: 'p' as const, c: [text] }],
});

const paper = (id: string, texts: PaperChunk['texts']): PaperChunk => ({
  id,
  title: `Paper ${id}`,
  thumb: null,
  appearances: [{ date: '2026-01-29', rank: 1, upvotes: 10 }],
  texts,
});

function renderList(papers: PaperChunk[]) {
  render(
    <I18nextProvider i18n={createI18n('ko')}>
      <MemoryRouter>
        <SharedListPapers
          papers={papers.map((p) => ({ id: p.id, status: 'found' as const, paper: p }))}
          lang="ko"
          primary="ko"
        />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('a shared list', () => {
  it('names the language of a summary shown in the other one, and only then', () => {
    renderList([
      paper('2601.00001', { ko: { title: 'A', sections: [summary('한국어 요약 문장.')] } }),
      paper('2601.00002', { en: { title: 'B', sections: [summary('Only an English line.')] } }),
    ]);
    const [korean, english] = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(korean).toContain('한국어 요약 문장.');
    expect(korean).not.toContain('영어 요약');
    expect(english).toContain('영어 요약Only an English line.');
    expect(screen.getByText('Only an English line.').getAttribute('lang')).toBe('en');
  });
});
