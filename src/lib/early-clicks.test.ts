// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { replayClicks, takeEarlyClicks } from './early-clicks.ts';

afterEach(() => {
  document.body.innerHTML = '';
  window.earlyClicks = undefined;
});

function button(key: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.dataset.replay = key;
  element.setAttribute('data-pending', '');
  element.addEventListener('click', onClick);
  return element;
}

describe('clicks made before the app started', () => {
  it('are taken once, which ends the recording', () => {
    const first = document.createElement('button');
    window.earlyClicks = [first];
    expect(takeEarlyClicks()).toEqual([first]);
    expect(window.earlyClicks).toBeUndefined();
    expect(takeEarlyClicks()).toEqual([]);
  });

  it('are replayed in order on the same controls when the page was hydrated, and no longer shown pending', () => {
    const clicked: string[] = [];
    const en = button('ui-en', () => clicked.push('en'));
    const sort = button('sort-upvotes', () => clicked.push('sort'));
    document.body.append(en, sort);
    replayClicks([sort, en]);
    expect(clicked).toEqual(['sort', 'en']);
    expect(en.hasAttribute('data-pending')).toBe(false);
    expect(sort.hasAttribute('data-pending')).toBe(false);
  });

  it('find the control of the same key when the page was drawn afresh, and skip one that is gone', () => {
    const old = button('sort-upvotes', vi.fn());
    const gone = button('summary-en', vi.fn());
    const onNew = vi.fn();
    document.body.append(button('sort-upvotes', onNew));
    replayClicks([old, gone]);
    expect(onNew).toHaveBeenCalledTimes(1);
    expect(old.hasAttribute('data-pending')).toBe(false);
  });
});
