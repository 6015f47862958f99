/**
 * The keyboard shortcuts of every page: the listener (once the app runs, unless the reader
 * turned them off), a polite live region that says what a shortcut did when nothing else
 * would, and the button that opens the list of shortcuts, drawn where the layout puts it.
 * What a shortcut does is loaded with the first one pressed (shortcut-run.ts).
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePreferences } from '../../../lib/preferences.ts';
import { usePreferencesStore } from '../../../lib/preferences-context.tsx';
import { readShortcut } from '../shortcut-keys.ts';

const ShortcutsDialog = lazy(async () => ({ default: (await import('./shortcuts-dialog.tsx')).ShortcutsDialog }));

export function ShortcutsHost({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { shortcuts } = usePreferences(usePreferencesStore());
  const [helpOpen, setHelpOpen] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (!shortcuts) return;
    // The same words twice in a row are still said again.
    const announce = (text: string) => setMessage((shown) => (shown === text ? `${text}\u00a0` : text));
    const context = {
      i18n,
      navigate: (to: string) => void navigate(to),
      announce,
      openHelp: () => setHelpOpen(true),
    };
    let pendingGo = false;
    // Keys are handled in the order pressed, once the code that does them has loaded.
    let queue = Promise.resolve();
    const onKeyDown = (event: KeyboardEvent) => {
      // A modal dialog (this list, or any other) has the keyboard to itself.
      if (event.defaultPrevented || document.querySelector('dialog[open]') !== null) return;
      const read = readShortcut(event, pendingGo);
      pendingGo = read.pendingGo;
      if (read.action === null && !read.pendingGo) return;
      // The key is the page's (Firefox's quick find does not take the `/`); Esc stays the
      // browser's too, to stop a page loading.
      if (read.action !== null && read.action !== 'back') event.preventDefault();
      queue = queue
        .then(async () => (await import('../shortcut-run.ts')).runShortcut(read.action, context))
        .catch(() => undefined);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [shortcuts, navigate, i18n]);

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
