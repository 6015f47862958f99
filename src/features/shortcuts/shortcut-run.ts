/**
 * Does a shortcut, and says what it did when nothing else would. Loaded with the first key
 * that is a shortcut, with the messages it speaks.
 */
import type { i18n } from 'i18next';
import { paths } from '../../config/paths.ts';
import { addLazyMessages } from '../../i18n/lazy-messages.ts';
import en from '../../i18n/locales/shortcuts-help.en.json';
import ko from '../../i18n/locales/shortcuts-help.ko.json';
import {
  focusSearch,
  moveCard,
  onPaperPage,
  openCard,
  press,
  switchLanguage,
  toggleBookmark,
} from './shortcut-actions.ts';
import type { GoTarget, ShortcutAction } from './shortcut-keys.ts';

export interface ShortcutContext {
  i18n: i18n;
  navigate: (to: string) => void;
  /** Says `text` in the polite live region. */
  announce: (text: string) => void;
  openHelp: () => void;
}

const GO_PATHS: Record<GoTarget, () => string> = {
  home: paths.home.href,
  days: paths.days.href,
  archive: () => paths.archive.href(),
  bookmarks: paths.bookmarks.href,
  search: () => paths.search.href(),
};

/** Does `action`; null is a `g` waiting for its second key, which is said. */
export function runShortcut(action: ShortcutAction | null, { i18n, navigate, announce, openHelp }: ShortcutContext) {
  addLazyMessages(i18n, 'shortcutsHelp', { ko, en });
  const t = i18n.t.bind(i18n);
  if (action === null) {
    announce(t('shortcutsHelp.go'));
    return;
  }
  if (typeof action === 'object') {
    navigate(GO_PATHS[action.go]());
    return;
  }
  switch (action) {
    case 'next':
    case 'previous': {
      if (onPaperPage()) {
        // At either end of the list there is no link to press: the pager says so.
        if (!press(action === 'next' ? 'next-paper' : 'previous-paper')) {
          announce(action === 'next' ? t('pager.last') : t('pager.first'));
        }
        return;
      }
      const moved = moveCard(action === 'next' ? 1 : -1);
      if (moved) announce(t('shortcutsHelp.position', { index: moved.position, total: moved.total }));
      return;
    }
    case 'open':
      openCard();
      return;
    case 'bookmark': {
      const saved = toggleBookmark();
      if (saved !== null) announce(saved ? t('shortcutsHelp.saved') : t('shortcutsHelp.removed'));
      return;
    }
    case 'language': {
      const name = switchLanguage();
      if (name !== null) announce(t('shortcutsHelp.languageSwitched', { lang: name }));
      return;
    }
    case 'previous-day':
      press('previous-day');
      return;
    case 'next-day':
      press('next-day');
      return;
    case 'search':
      focusSearch(() => navigate(paths.search.href()));
      return;
    case 'help':
      openHelp();
      return;
    case 'back':
      if (onPaperPage()) press('list');
      return;
  }
}
