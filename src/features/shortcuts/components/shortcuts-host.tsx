/**
 * The keyboard shortcuts of every page: the listener (once the app runs, unless the reader
 * turned them off), a polite live region that says what a shortcut did when nothing else
 * would, and the button that opens the list of shortcuts, drawn where the layout puts it.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { usePreferences } from '../../../lib/preferences.ts';
import { usePreferencesStore } from '../../../lib/preferences-context.tsx';
import {
  focusSearch,
  moveCard,
  onPaperPage,
  openCard,
  press,
  switchLanguage,
  toggleBookmark,
} from '../shortcut-actions.ts';
import { type GoTarget, readShortcut, type ShortcutAction } from '../shortcut-keys.ts';

const ShortcutsDialog = lazy(async () => ({ default: (await import('./shortcuts-dialog.tsx')).ShortcutsDialog }));

const GO_PATHS: Record<GoTarget, () => string> = {
  home: paths.home.href,
  days: paths.days.href,
  archive: () => paths.archive.href(),
  bookmarks: paths.bookmarks.href,
  search: () => paths.search.href(),
};

export function ShortcutsHost({ className }: { className?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { shortcuts } = usePreferences(usePreferencesStore());
  const [helpOpen, setHelpOpen] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (!shortcuts) return;
    // The same words twice in a row are still said again.
    const announce = (text: string) => setMessage((shown) => (shown === text ? `${text}\u00a0` : text));

    const run = (action: ShortcutAction): boolean => {
      if (typeof action === 'object') {
        void navigate(GO_PATHS[action.go]());
        return true;
      }
      switch (action) {
        case 'next':
        case 'previous': {
          if (onPaperPage()) {
            if (press(action === 'next' ? 'next-paper' : 'previous-paper')) return true;
            announce(action === 'next' ? t('pager.last') : t('pager.first'));
            return true;
          }
          const moved = moveCard(action === 'next' ? 1 : -1);
          if (moved) announce(t('shortcuts.position', { index: moved.position, total: moved.total }));
          return moved !== null;
        }
        case 'open':
          return openCard();
        case 'bookmark': {
          const saved = toggleBookmark();
          if (saved !== null) announce(saved ? t('shortcuts.saved') : t('shortcuts.removed'));
          return saved !== null;
        }
        case 'language': {
          const name = switchLanguage();
          if (name !== null) announce(t('shortcuts.language', { lang: name }));
          return name !== null;
        }
        case 'previous-day':
          return press('previous-day');
        case 'next-day':
          return press('next-day');
        case 'search':
          focusSearch(() => void navigate(paths.search.href()));
          return true;
        case 'help':
          setHelpOpen(true);
          return true;
        case 'back':
          return onPaperPage() && press('list');
      }
    };

    let pendingGo = false;
    const onKeyDown = (event: KeyboardEvent) => {
      // A modal dialog (this list, or any other) has the keyboard to itself.
      if (event.defaultPrevented || document.querySelector('dialog[open]') !== null) return;
      const read = readShortcut(event, pendingGo);
      pendingGo = read.pendingGo;
      if (pendingGo) announce(t('shortcuts.go'));
      if (read.action !== null && run(read.action)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [shortcuts, navigate, t]);

  return (
    <>
      <button type="button" className={className} onClick={() => setHelpOpen(true)}>
        {t('shortcuts.help')}
      </button>
      <div role="status" aria-live="polite" aria-atomic="true" className="sr-only">
        {message}
      </div>
      {helpOpen ? (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setHelpOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
