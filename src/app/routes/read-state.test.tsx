// @vitest-environment jsdom
/**
 * Read marks as a reader meets them: the day's tally, the "unread only" filter of the day
 * and the archive, and the view of what is new since a date. Real routes over the sample
 * content (2025-11-13: 3 papers, 2025-11-14: 3, 2026-01-29: 5).
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/helpers/render-app.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

/** The titles of the grid's cards, in screen order. */
function titles(): string[] {
  return screen.getAllByRole('article').map((card) => within(card).getByRole('heading', { level: 2 }).textContent);
}

/**
 * Each case renders the app, fetches days and clicks through it: on a machine busy with other
 * work that takes longer than the default 5 s, which says nothing about the app.
 */
const SLOW = { timeout: 30_000 };

describe('read marks', SLOW, () => {
  it('count a day’s papers read, and "unread only" leaves the read ones out, in the URL', async () => {
    const { router, readState } = await renderApp('/days/2025-11-13');
    await screen.findAllByRole('article', {}, { timeout: 10_000 });
    const all = titles();
    expect(all).toHaveLength(3);
    await screen.findByText('0 / 3 읽음');
    act(() => readState.setRead([{ date: '2025-11-13', rank: 2 }], true));
    await screen.findByText('1 / 3 읽음');
    await userEvent.click(screen.getByRole('button', { name: '안 읽은 것만' }));
    await waitFor(() => expect(titles()).toEqual([all[0], all[2]]));
    expect(router.state.location.search).toBe('?unread=1');
  });

  it('leave the read papers of an archive period out with "unread only", newest day first', async () => {
    const { readState } = await renderApp('/archive?unread=1');
    act(() =>
      readState.setRead(
        [1, 2, 3, 4, 5].map((rank) => ({ date: '2026-01-29', rank })),
        true,
      ),
    );
    // The marks the filter started with: set before the grid's first drawing with marks.
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(6), { timeout: 10_000 });
    const dates = screen
      .getAllByRole('article')
      .map((card) => within(card).getByText(/^2025년 11월 1\d일$/).textContent);
    expect(dates).toEqual([
      '2025년 11월 14일',
      '2025년 11월 14일',
      '2025년 11월 14일',
      '2025년 11월 13일',
      '2025년 11월 13일',
      '2025년 11월 13일',
    ]);
  });

  it('leave read bookmarks out of the bookmarks with "unread only"', async () => {
    const { router, readState } = await renderApp('/days/2025-11-13');
    await screen.findAllByRole('article', {}, { timeout: 10_000 });
    const [first, second] = titles();
    for (const title of [first, second]) {
      await userEvent.click(screen.getByRole('button', { name: `북마크: ${title ?? ''}` }));
    }
    act(() => readState.setRead([{ date: '2025-11-13', rank: 1 }], true));
    await act(() => router.navigate('/bookmarks?unread=1'));
    await waitFor(() => expect(titles()).toEqual([second]), { timeout: 10_000 });
    await userEvent.click(screen.getByRole('button', { name: '안 읽은 것만' }));
    await waitFor(() => expect(titles()).toHaveLength(2));
  });
});

describe('the view of what is new since a date', SLOW, () => {
  it('lists the papers of the days after it, newest day first, and marks them all read', async () => {
    await renderApp('/new?since=2025-11-13');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(8), { timeout: 10_000 });
    const line = () => screen.getByRole('heading', { level: 1 }).nextElementSibling?.textContent;
    await waitFor(() => expect(line()).toMatch(/^2025년 11월 14일 – 2026년 1월 29일 · 논문 8편 · 0 \/ 8 읽음/));
    await userEvent.click(screen.getByRole('button', { name: '모두 읽음으로 표시' }));
    await waitFor(() => expect(line()).toMatch(/ · 8 \/ 8 읽음/));
    expect(screen.getByRole('button', { name: '모두 읽음' }).hasAttribute('disabled')).toBe(true);
  });

  it('says so when nothing came after the date', async () => {
    await renderApp('/new?since=2026-01-29');
    await screen.findByText('2026년 1월 29일 이후로 새 논문이 없습니다.');
  });
});
