// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../i18n/i18n.ts';
import { updateStore } from '../update-store.ts';
import { UpdatePrompt } from './update-prompt.tsx';

function renderPrompt(language: 'ko' | 'en') {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <UpdatePrompt />
    </I18nextProvider>,
  );
}

describe('UpdatePrompt', () => {
  afterEach(() => act(() => updateStore.dismiss()));

  it('shows nothing until a new build is on offer', () => {
    renderPrompt('ko');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers the new build and switches to it only when the reader asks', async () => {
    const switchToNewBuild = vi.fn();
    renderPrompt('ko');
    act(() => updateStore.offer(switchToNewBuild));
    expect(screen.getByRole('status').textContent).toContain('새 다이제스트가 있습니다');
    expect(switchToNewBuild).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: '새로고침' }));
    expect(switchToNewBuild).toHaveBeenCalledTimes(1);
  });

  it('can be closed, in English too, without switching', async () => {
    const switchToNewBuild = vi.fn();
    renderPrompt('en');
    act(() => updateStore.offer(switchToNewBuild));
    expect(screen.getByRole('status').textContent).toContain('A new digest is available');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(switchToNewBuild).not.toHaveBeenCalled();
  });
});
