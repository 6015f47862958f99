// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { type KeyPress, readShortcut } from './shortcut-keys.ts';

function press(key: string, extra: Partial<KeyPress> = {}): KeyPress {
  return {
    key,
    code: '',
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    isComposing: false,
    target: document.body,
    ...extra,
  };
}

describe('readShortcut', () => {
  it('reads the single keys', () => {
    expect(readShortcut(press('j'), false).action).toBe('next');
    expect(readShortcut(press('k'), false).action).toBe('previous');
    expect(readShortcut(press('?'), false).action).toBe('help');
    expect(readShortcut(press('Escape'), false).action).toBe('back');
    expect(readShortcut(press('x'), false).action).toBeNull();
    // Shift turns j into J, which is no shortcut.
    expect(readShortcut(press('J'), false).action).toBeNull();
  });

  it('reads g then a key as a place to go, and anything else after g as nothing', () => {
    const g = readShortcut(press('g'), false);
    expect(g).toEqual({ action: null, pendingGo: true });
    expect(readShortcut(press('a'), true)).toEqual({ action: { go: 'archive' }, pendingGo: false });
    expect(readShortcut(press('j'), true)).toEqual({ action: null, pendingGo: false });
  });

  it('is never a shortcut with Ctrl, Alt or Meta held, or while composing', () => {
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey', 'isComposing'] as const) {
      expect(readShortcut(press('j', { [modifier]: true }), false).action).toBeNull();
      expect(readShortcut(press('h', { [modifier]: true }), true).action).toBeNull();
    }
  });

  it('is never a shortcut while typing in a field', () => {
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    // jsdom does not compute isContentEditable.
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    for (const target of [input, textarea, editable]) {
      expect(readShortcut(press('/', { target }), false).action).toBeNull();
    }
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(readShortcut(press('j', { target: checkbox }), false).action).toBe('next');
  });

  it('reads a letter from its key on a Korean layout', () => {
    expect(readShortcut(press('ㅓ', { code: 'KeyJ' }), false).action).toBe('next');
    expect(readShortcut(press('ㅎ', { code: 'KeyG' }), false).pendingGo).toBe(true);
  });
});
