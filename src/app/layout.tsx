import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, ScrollRestoration, useMatch } from 'react-router';
import { FeedLinks } from '../components/feed-links.tsx';
import { LogoMark } from '../components/icons.tsx';
import { RouteAnnouncer } from '../components/route-announcer.tsx';
import { paths } from '../config/paths.ts';
import { BookmarkCount } from '../features/bookmarks/components/bookmark-count.tsx';
import { type NoticeItem, StorageNotices } from '../components/storage-notices.tsx';
import { useBookmarkNotices } from '../features/bookmarks/hooks/use-bookmark-notices.ts';
import { useBookmarksSync } from '../features/bookmarks/hooks/use-bookmarks.ts';
import { NewSinceSlot } from '../features/reading/components/new-since-slot.tsx';
import { useReadNotices } from '../features/reading/hooks/use-read-notices.ts';
import { HeaderSearch } from '../features/search/components/header-search.tsx';
import { UpdatePrompt } from '../features/offline/components/update-prompt.tsx';
import { ThemeToggle } from '../features/preferences/components/theme-toggle.tsx';
import { ShortcutsHost } from '../features/shortcuts/components/shortcuts-host.tsx';
import { UiLanguageSwitch } from '../features/preferences/components/ui-language-switch.tsx';
import { useLaterMessages } from '../hooks/use-later-messages.ts';
import { useReadStateSync } from '../hooks/use-read-state.ts';
import { useSummaryLanguageMark } from '../hooks/use-summary-language.ts';

const navClass = ({ isActive }: { isActive: boolean }) =>
  `inline-flex items-center gap-1 whitespace-nowrap rounded-md px-1.5 py-1.5 text-sm font-medium transition-colors sm:px-2.5 ${
    isActive
      ? 'bg-stone-900 text-white dark:bg-stone-100 dark:text-stone-900'
      : 'text-stone-600 hover:bg-stone-200/60 hover:text-stone-900 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-white'
  }`;

export function Layout() {
  const { t, i18n } = useTranslation();
  useBookmarksSync();
  useReadStateSync();
  // The search page has a box of its own: the header's would be a second one.
  const onSearchPage = useMatch(paths.search.pattern) !== null;
  const onHome = useMatch(paths.home.pattern) !== null;

  useLayoutEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  // Marks the page interactive (hydrated or rendered): end-to-end tests wait for it. A stale
  // prerendered page (see index.html) has now been replaced and is shown in this very frame.
  useLayoutEffect(() => {
    document.documentElement.dataset.ready = 'true';
    delete document.documentElement.dataset.stale;
  }, []);

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-indigo-600 px-3 py-2 text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {t('app.skipToContent')}
      </a>
      <header className="sticky top-0 z-30 border-b border-stone-200 bg-stone-50/90 backdrop-blur dark:border-stone-800 dark:bg-stone-950/90">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5 sm:px-6">
          <NavLink to={paths.home.href()} className="flex items-center gap-2 font-semibold tracking-tight" end>
            <LogoMark />
            <span>{t('app.name')}</span>
          </NavLink>
          <div className="ml-auto flex items-center gap-2 sm:order-last">
            {onSearchPage ? null : <HeaderSearch className="hidden lg:block" />}
            <UiLanguageSwitch />
            <ThemeToggle />
          </div>
          {/* On a phone the menu has a row of its own and wraps onto a second one rather than
              hiding items in a sideways scroll (English with a bookmark count, at 360 px). */}
          <nav aria-label={t('nav.main')} className="w-full sm:w-auto">
            <ul className="flex flex-wrap items-center gap-y-1 sm:gap-1">
              <li>
                <NavLink to={paths.home.href()} className={navClass} end>
                  {t('nav.today')}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.days.href()} className={navClass}>
                  {t('nav.days')}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.archive.href()} className={navClass}>
                  {t('nav.archive')}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.bookmarks.href()} className={navClass}>
                  {t('nav.bookmarks')}
                  <BookmarkCount />
                </NavLink>
              </li>
              {/* Where the header has a search box (wide screens), it stands for this link. */}
              <li className={onSearchPage ? undefined : 'lg:hidden'}>
                <NavLink to={paths.search.href()} className={navClass}>
                  {t('nav.search')}
                </NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 outline-none sm:px-6 sm:py-8">
        <LayoutNotices />
        <RouteAnnouncer>
          <Outlet />
        </RouteAnnouncer>
      </main>
      <footer className="border-t border-stone-200 py-6 text-center text-xs text-stone-500 dark:border-stone-800 dark:text-stone-400">
        <p>{t('app.tagline')}</p>
        <FeedLinks className="mt-2" />
        <ShortcutsHost className="mt-2 inline-flex min-h-6 items-center underline decoration-stone-300 underline-offset-2 hover:text-stone-900 dark:decoration-stone-600 dark:hover:text-white" />
      </footer>
      {/* Notes floating at the bottom of the screen, stacked so that one never covers another. */}
      <div className="pointer-events-none fixed inset-x-0 bottom-3 z-40 flex flex-col items-center gap-2 px-3">
        {onHome ? <NewSinceSlot /> : null}
        <UpdatePrompt />
      </div>
      <ScrollRestoration />
      <SummaryLanguageMark />
    </div>
  );
}

/**
 * The stored state's notices, in a component of their own: reading storage after hydration
 * changes the stores, and only what shows them draws again, not the whole layout. Their
 * words are not among the first screen's messages: they load when there is a notice.
 */
function LayoutNotices() {
  const items = useStorageNotices();
  const worded = useLaterMessages(items.length > 0);
  return <StorageNotices items={worded ? items : []} />;
}

function SummaryLanguageMark() {
  useSummaryLanguageMark();
  return null;
}

/**
 * The bookmarks' and the read marks' notices. Storage that cannot be used at all is one
 * notice for both, dismissed for both at once.
 */
function useStorageNotices(): NoticeItem[] {
  const items = [...useBookmarkNotices(), ...useReadNotices()];
  const unavailable = items.filter((item) => item.kind === 'unavailable');
  const [first] = unavailable;
  if (first === undefined || unavailable.length === 1) return items;
  const merged: NoticeItem = {
    ...first,
    id: 'storage:unavailable',
    dismiss: () => {
      for (const item of unavailable) item.dismiss();
    },
  };
  return [merged, ...items.filter((item) => item.kind !== 'unavailable')];
}
