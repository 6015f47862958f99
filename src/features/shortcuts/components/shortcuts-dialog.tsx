/**
 * The list of keyboard shortcuts, and the setting that turns the single-key ones off. Loaded
 * the first time it is opened, with its own messages.
 */
import { Fragment, type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { addLazyMessages } from '../../../i18n/lazy-messages.ts';
import en from '../../../i18n/locales/shortcuts-help.en.json';
import ko from '../../../i18n/locales/shortcuts-help.ko.json';
import { usePreferences } from '../../../lib/preferences.ts';
import { usePreferencesStore } from '../../../lib/preferences-context.tsx';

type HelpKey = keyof typeof ko;

/** Keys, each a list of alternatives, each alternative a sequence ("g", "h"). */
type Row = [keys: string[][], description: HelpKey];

const GROUPS: [HelpKey, Row[]][] = [
  [
    'moving',
    [
      [[['j']], 'next'],
      [[['k']], 'previous'],
      [[['o'], ['Enter']], 'open'],
      [[['[']], 'previousDay'],
      [[[']']], 'nextDay'],
      [[['Esc']], 'back'],
    ],
  ],
  [
    'actions',
    [
      [[['b']], 'bookmark'],
      [[['l']], 'language'],
      [[['/']], 'search'],
      [[['?']], 'help'],
    ],
  ],
  [
    'goTo',
    [
      [[['g', 'h']], 'home'],
      [[['g', 'd']], 'days'],
      [[['g', 'a']], 'archive'],
      [[['g', 'b']], 'bookmarks'],
      [[['g', 's']], 'searchPage'],
    ],
  ],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  addLazyMessages(i18n, 'shortcutsHelp', { ko, en });
  const store = usePreferencesStore();
  const { shortcuts } = usePreferences(store);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const hintId = useId();

  // Modal: the rest of the page is inert, focus stays inside, Esc closes it. (It is drawn in
  // the top layer, but inherits the text styles of where it is placed: it sets its own.)
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const help = (key: HelpKey) => t(`shortcutsHelp.${key}`);
  const keys = (alternatives: string[][]): ReactNode =>
    alternatives.map((sequence, i) => (
      <Fragment key={sequence.join(' ')}>
        {i > 0 ? <span className="mx-1 text-stone-500 dark:text-stone-400">{help('or')}</span> : null}
        {sequence.map((key, j) => (
          <Fragment key={key}>
            {j > 0 ? <span className="mx-1 text-stone-500 dark:text-stone-400">{help('then')}</span> : null}
            <kbd className="inline-block min-w-6 rounded border border-stone-300 bg-stone-100 px-1.5 py-0.5 text-center font-mono text-xs text-stone-800 dark:border-stone-600 dark:bg-stone-800 dark:text-stone-100">
              {key}
            </kbd>
          </Fragment>
        ))}
      </Fragment>
    ));

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto max-h-[90dvh] w-[calc(100%-2rem)] max-w-lg overflow-y-auto rounded-xl text-left text-sm border border-stone-200 bg-white p-5 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <div className="flex items-start justify-between gap-4">
        <h2 id={titleId} className="text-lg font-semibold">
          {help('title')}
        </h2>
        <form method="dialog">
          <button type="submit" className="btn">
            {help('close')}
          </button>
        </form>
      </div>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-300">{help('intro')}</p>
      <div className="mt-4 rounded-lg bg-stone-100 p-3 dark:bg-stone-800">
        <label className="flex items-center gap-2 font-medium">
          <input
            type="checkbox"
            className="size-4 accent-indigo-600"
            checked={shortcuts}
            aria-describedby={hintId}
            onChange={(event) => store.set({ shortcuts: event.target.checked })}
          />
          {help('setting')}
        </label>
        <p id={hintId} className="mt-1 text-sm text-stone-600 dark:text-stone-300">
          {help('settingHint')}
        </p>
      </div>
      {GROUPS.map(([group, rows]) => (
        <section key={group} className="mt-5">
          <h3 className="text-sm font-semibold text-stone-600 dark:text-stone-300">{help(group)}</h3>
          <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-x-3 gap-y-2 text-sm">
            {rows.map(([alternatives, description]) => (
              <div key={description} className="contents">
                <dt className="whitespace-nowrap">{keys(alternatives)}</dt>
                <dd>{help(description)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </dialog>
  );
}
