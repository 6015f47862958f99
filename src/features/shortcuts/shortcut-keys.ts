/**
 * Which shortcut a key press is, if any. Pure: the caller keeps the pending `g` between
 * presses and does the action. Every shortcut is a single key (or `g` then a key), so all of
 * them are ignored while the reader types in a field and whenever Ctrl, Alt or Meta is held
 * (those combinations belong to the browser and the system).
 */

export const GO_TARGETS = { h: 'home', d: 'days', a: 'archive', b: 'bookmarks', s: 'search' } as const;
export type GoTarget = (typeof GO_TARGETS)[keyof typeof GO_TARGETS];

export type ShortcutAction =
  | 'next'
  | 'previous'
  | 'open'
  | 'bookmark'
  | 'language'
  | 'previous-day'
  | 'next-day'
  | 'search'
  | 'help'
  | 'back'
  | { go: GoTarget };

/** What the listener needs of a `KeyboardEvent`. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  isComposing: boolean;
  target: EventTarget | null;
}

const SINGLE: Record<string, ShortcutAction> = {
  j: 'next',
  k: 'previous',
  o: 'open',
  b: 'bookmark',
  l: 'language',
  '[': 'previous-day',
  ']': 'next-day',
  '/': 'search',
  '?': 'help',
  Escape: 'back',
};

/** A field that takes text (or a choice) from the keyboard: keys there are the reader's typing. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'reset', 'submit', 'range', 'color', 'file', 'image'].includes(target.type);
  }
  return false;
}

/**
 * The key as a shortcut names it. A Korean (or other) keyboard layout gives `ㅓ` for the key
 * of `j`: letters are then read from the key's position, as Gmail does.
 */
function keyName(press: KeyPress): string {
  const letter = /^Key([A-Z])$/.exec(press.code);
  if (letter?.[1] !== undefined && press.key.length === 1 && !/[\x20-\x7e]/.test(press.key)) {
    return letter[1].toLowerCase();
  }
  return press.key;
}

export interface ReadResult {
  action: ShortcutAction | null;
  /** Whether `g` is now waiting for its second key. */
  pendingGo: boolean;
}

/** The shortcut `press` makes, `pendingGo` saying whether a `g` came just before it. */
export function readShortcut(press: KeyPress, pendingGo: boolean): ReadResult {
  const none = { action: null, pendingGo: false };
  if (press.ctrlKey || press.altKey || press.metaKey || press.isComposing || isTypingTarget(press.target)) return none;
  const key = keyName(press);
  if (pendingGo) {
    const target: GoTarget | undefined = (GO_TARGETS as Record<string, GoTarget>)[key];
    return target === undefined ? none : { action: { go: target }, pendingGo: false };
  }
  if (key === 'g') return { action: null, pendingGo: true };
  return { action: SINGLE[key] ?? null, pendingGo: false };
}
