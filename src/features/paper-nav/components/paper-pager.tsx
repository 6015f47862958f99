import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChevronLeftIcon, ChevronRightIcon } from '../../../components/icons.tsx';
import { addLazyMessages } from '../../../i18n/lazy-messages.ts';
import en from '../../../i18n/locales/pager.en.json';
import ko from '../../../i18n/locales/pager.ko.json';
import type { ReadingState } from '../../../lib/reading-list.ts';

/** A paper beside this one in the list: where its link goes and what it says. */
export interface PagerLink {
  title: string;
  href: string;
  state: ReadingState;
  onIntent?: () => void;
}

/** The list the paper was opened from, and this paper's place in it. */
export interface PagerPlace {
  /** The list's name ("29 January", "This week", "Bookmarks"). */
  name: string;
  href: string;
  /** 0-based. */
  index: number;
  total: number;
  prev: PagerLink | null;
  next: PagerLink | null;
}

/** The pager's messages, which come with the paper page's code: call before using them. */
export function usePagerMessages(): void {
  const { i18n } = useTranslation();
  addLazyMessages(i18n, 'pager', { ko, en });
}

/**
 * Above the paper: the list it belongs to, as a link back to it, and "2 / 5". Its line is
 * kept while the list loads (and before the app starts), so nothing below it moves.
 */
export function PaperListLine({ place }: { place: PagerPlace | null }) {
  return (
    <p className="mx-auto mb-4 flex h-5 max-w-3xl items-center gap-2 text-sm text-stone-500 dark:text-stone-400">
      {place ? (
        <>
          <Link
            to={place.href}
            data-shortcut="list"
            className="inline-flex min-w-0 items-center gap-0.5 underline decoration-stone-300 underline-offset-2 hover:text-stone-900 dark:hover:text-white"
          >
            <ChevronLeftIcon />
            <span className="truncate">{place.name}</span>
          </Link>
          <Position index={place.index} total={place.total} />
        </>
      ) : null}
    </p>
  );
}

/**
 * Below the paper: the previous and the next paper of the list, with their titles. Both
 * boxes keep their height whether the list has loaded, and whether there is a paper there.
 */
export function PaperPager({ place }: { place: PagerPlace | null }) {
  usePagerMessages();
  const { t } = useTranslation();
  return (
    <nav
      aria-label={t('pager.navigation')}
      className="mx-auto mt-10 grid max-w-3xl grid-cols-2 gap-3 border-t border-stone-200 pt-6 dark:border-stone-800"
    >
      <PagerBox link={place?.prev} direction="prev" />
      <PagerBox link={place?.next} direction="next" />
    </nav>
  );
}

function Position({ index, total }: { index: number; total: number }) {
  const { t } = useTranslation();
  return (
    <span className="shrink-0 tabular-nums">
      <span aria-hidden="true">{`${index + 1} / ${total}`}</span>
      <span className="sr-only">{t('pager.position', { index: index + 1, total })}</span>
    </span>
  );
}

const BOX = 'flex min-h-28 flex-col gap-1 rounded-xl border p-3';

/** `undefined` while the list loads, `null` at either end of it. */
function PagerBox({ link, direction }: { link: PagerLink | null | undefined; direction: 'prev' | 'next' }) {
  const { t } = useTranslation();
  const label = direction === 'prev' ? t('pager.previous') : t('pager.next');
  const align = direction === 'next' ? 'items-end text-right' : '';
  const heading = (content: ReactNode) => (
    <span className={`flex items-center gap-0.5 text-xs font-medium ${direction === 'next' ? 'flex-row-reverse' : ''}`}>
      {direction === 'prev' ? <ChevronLeftIcon /> : <ChevronRightIcon />}
      {content}
    </span>
  );
  if (link === undefined) {
    return (
      <div aria-hidden="true" className={`${BOX} ${align} border-stone-200 dark:border-stone-800`}>
        {/* Divs, not the spans the box will hold: the browser counts a node that React turns
            from a placeholder into text, but not one put in place of another, as a shift. */}
        <div className="h-4 w-16 animate-pulse rounded bg-stone-200 dark:bg-stone-800" />
        <div className="h-4 w-full animate-pulse rounded bg-stone-100 dark:bg-stone-800/60" />
      </div>
    );
  }
  if (link === null) {
    return (
      <div
        className={`${BOX} ${align} border-dashed border-stone-200 text-stone-500 dark:border-stone-800 dark:text-stone-400`}
      >
        {heading(direction === 'prev' ? t('pager.first') : t('pager.last'))}
      </div>
    );
  }
  return (
    <Link
      to={link.href}
      state={link.state}
      rel={direction}
      data-shortcut={direction === 'prev' ? 'previous-paper' : 'next-paper'}
      onPointerEnter={link.onIntent}
      onFocus={link.onIntent}
      className={`${BOX} ${align} border-stone-200 bg-white text-stone-600 shadow-sm transition-colors hover:border-stone-300 hover:bg-stone-50 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-300 dark:hover:bg-stone-800`}
    >
      {heading(label)}
      <span lang="en" className="line-clamp-3 text-sm leading-5 font-semibold text-stone-900 dark:text-stone-50">
        {link.title}
      </span>
    </Link>
  );
}
