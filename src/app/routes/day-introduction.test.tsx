// @vitest-environment jsdom
/**
 * A day's introduction (the text before its first paper) on the day page: above the cards,
 * as rich text, in the summary language the reader chose when the day has it in both.
 */
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/helpers/render-app.tsx';

const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/fixtures/digests/introduction');

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("a day's introduction", () => {
  it('shows above the cards as rich text, in the summary language', async () => {
    await renderApp('/days/2026-01-29', FIXTURE);
    const intro = await screen.findByRole('region', { name: '이날의 소개' });
    expect(intro.getAttribute('lang')).toBe('ko');
    expect(intro.textContent).toContain('오늘은 에이전트와 추론 모델에 관한 논문이 많았습니다.');
    expect(within(intro).getByText('에이전트').tagName).toBe('STRONG');
    expect(within(intro).getByRole('link', { name: 'Hugging Face' }).getAttribute('href')).toBe(
      'https://huggingface.co/papers',
    );
    expect(within(intro).getByRole('listitem').textContent).toBe('1위는 92표를 받았습니다.');
    const [firstCard] = screen.getAllByRole('article');
    if (!firstCard) throw new Error('no cards');
    expect(intro.compareDocumentPosition(firstCard) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    const english = await screen.findByText(/Today brought many papers on/);
    expect(english.closest('section')?.getAttribute('lang')).toBe('en');
    expect(screen.queryByText(/오늘은/)).toBeNull();
  });

  it('shows nothing on a day without one', async () => {
    await renderApp('/days/2026-01-30', FIXTURE);
    await screen.findAllByRole('article');
    expect(screen.queryByRole('region', { name: '이날의 소개' })).toBeNull();
  });
});
