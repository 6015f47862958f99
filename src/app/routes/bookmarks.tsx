import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { rootQueryOptions } from '../../api/root.ts';
import { PageHead, withSiteName } from '../../components/page-head.tsx';
import { CardGridSkeleton } from '../../components/status.tsx';
import { SummaryLanguageSwitch } from '../../components/summary-language-switch.tsx';
import { paperPath, paths } from '../../config/paths.ts';
import { type Bookmark, sortBookmarks } from '../../features/bookmarks/bookmarks.ts';
import { BookmarkButton, BookmarkToggle } from '../../features/bookmarks/components/bookmark-button.tsx';
import { BookmarkPlainCard } from '../../features/bookmarks/components/bookmark-plain-card.tsx';
import { BookmarkSortToggle } from '../../features/bookmarks/components/bookmark-sort-toggle.tsx';
import { BookmarkTransfer } from '../../features/bookmarks/components/bookmark-transfer.tsx';
import { BookmarksEmpty } from '../../features/bookmarks/components/bookmarks-empty.tsx';
import {
  type BookmarkSpan,
  type ResolvedBookmark,
  useBookmarkCards,
} from '../../features/bookmarks/hooks/use-bookmark-cards.ts';
import { useBookmarkSort } from '../../features/bookmarks/hooks/use-bookmark-sort.ts';
import { useBookmarks } from '../../features/bookmarks/hooks/use-bookmarks.ts';
import { PaperCard } from '../../features/cards/components/paper-card.tsx';
import { VirtualCardGrid } from '../../features/cards/components/virtual-card-grid.tsx';
import { NoUnread, UnreadOnlyToggle } from '../../features/reading/components/unread-only-toggle.tsx';
import { useFrozenReadState } from '../../features/reading/hooks/use-frozen-read-state.ts';
import { useUnreadOnly } from '../../features/reading/hooks/use-unread-only.ts';
import { usePrimaryLanguage, useSummaryLanguage } from '../../hooks/use-summary-language.ts';
import { isRead } from '../../lib/read-state.ts';
import { type ReadingList, readingState } from '../../lib/reading-list.ts';
import type { Lang } from '../../schema/digest.ts';
import { CardItem } from '../card-item.tsx';
import { DensityToggle } from '../../features/preferences/components/density-toggle.tsx';

/** What this browser saved: newest first or by upvotes, with export and import. */
export function BookmarksRoute() {
  const { t } = useTranslation();
  const { loaded, bookmarks } = useBookmarks();
  const root = useQuery(rootQueryOptions());

  return (
    <section aria-labelledby="bookmarks-title">
      <PageHead
        title={withSiteName(t('bookmarks.title'))}
        description={t('pageDescription.bookmarks')}
        path={paths.bookmarks.href()}
      />
      <div className="mb-6 flex flex-wrap items-end gap-x-6 gap-y-4">
        <div className="min-w-0 flex-1">
          <h1 id="bookmarks-title" className="text-2xl font-bold tracking-tight sm:text-3xl">
            {t('bookmarks.title')}
          </h1>
          <p className="mt-1 h-5 text-sm text-stone-500 dark:text-stone-400">
            {loaded ? t('bookmarks.count', { count: bookmarks.length }) : null}
          </p>
        </div>
        <BookmarkTransfer />
      </div>
      {!loaded ? (
        <CardGridSkeleton count={4} />
      ) : bookmarks.length === 0 ? (
        <BookmarksEmpty />
      ) : (
        <>
          <div className="mb-5 flex flex-wrap items-center gap-3">
            <BookmarkSortToggle />
            <DensityToggle />
            <SummaryLanguageSwitch langs={root.data?.langs ?? ['ko', 'en']} />
            <UnreadOnlyToggle />
          </div>
          <BookmarkGrid bookmarks={bookmarks} />
        </>
      )}
    </section>
  );
}

const FIRST_CARDS = 12;

/**
 * The saved papers as cards, drawn a few rows at a time: tens of thousands stay as quick as
 * ten. They are ordered by what was saved (a bookmark's upvotes are its snapshot's), so the
 * order does not shift while the cards on screen load. One removed while the page is open
 * stays in place, its button unpressed, so that it can be saved again and keyboard focus is
 * not lost. With "unread only", a bookmark whose saved card says it is read is left out; one
 * saved without a card (no day and rank to look up) stays.
 */
function BookmarkGrid({ bookmarks }: { bookmarks: readonly Bookmark[] }) {
  const { t } = useTranslation();
  const [order] = useBookmarkSort();
  const [lang] = useSummaryLanguage();
  const primary = usePrimaryLanguage();
  const [params] = useSearchParams();
  const [previous, setPrevious] = useState(bookmarks);
  const [removedHere, setRemovedHere] = useState<readonly Bookmark[]>([]);
  if (previous !== bookmarks) {
    const current = new Set(bookmarks.map((b) => b.id));
    const removed = previous.filter((b) => !current.has(b.id));
    setRemovedHere((kept) => [...kept.filter((b) => !current.has(b.id)), ...removed]);
    setPrevious(bookmarks);
  }
  const [unreadOnly] = useUnreadOnly();
  const unread = useFrozenReadState(unreadOnly, 'bookmarks');
  const listed = useMemo(() => {
    const sorted = sortBookmarks([...bookmarks, ...removedHere], order);
    return unread ? sorted.filter((b) => !(b.card && isRead(unread, b.card.date, b.card.rank))) : sorted;
  }, [bookmarks, removedHere, order, unread]);
  const [span, setSpan] = useState<BookmarkSpan>({ start: 0, end: Math.min(listed.length, FIRST_CARDS) });
  const onRangeChange = useCallback((start: number, end: number) => setSpan({ start, end }), []);
  const cardAt = useBookmarkCards(listed, span);
  const list = useMemo(() => ({ kind: 'bookmarks' as const, sort: order }), [order]);

  if (listed.length === 0) return <NoUnread />;
  return (
    <VirtualCardGrid
      total={listed.length}
      cardAt={cardAt}
      label={t('bookmarks.list')}
      onRangeChange={onRangeChange}
      renderCard={(bookmark, index) => (
        <BookmarkCard bookmark={bookmark} lang={lang} primary={primary} params={params} list={list} index={index} />
      )}
    />
  );
}

/**
 * The same card as everywhere, from the archive as it is now once the paper's day is
 * loaded. Until then the saved snapshot, with a generated cover instead of its thumbnail
 * (whose file may be gone). A plain card when there is neither, and one that says so
 * instead of linking nowhere when the paper has left the archive.
 */
function BookmarkCard({
  bookmark,
  lang,
  primary,
  params,
  list,
  index,
}: {
  bookmark: ResolvedBookmark;
  lang: Lang;
  primary: Lang;
  params: URLSearchParams;
  list: ReadingList;
  index: number;
}) {
  const { card, file, status, fresh } = bookmark;
  if (status === 'gone' || card === undefined) {
    return (
      <BookmarkPlainCard
        bookmark={bookmark}
        href={status === 'gone' ? null : paperPath(bookmark.id, lang, primary, params)}
        actions={<BookmarkToggle item={bookmark} />}
      />
    );
  }
  const place = { list, index };
  if (fresh) return <CardItem card={card} lang={lang} primary={primary} params={params} {...place} />;
  if (file !== undefined)
    return <CardItem card={{ ...card, file, thumb: null }} lang={lang} primary={primary} params={params} {...place} />;
  return (
    <PaperCard
      card={{ ...card, thumb: null }}
      lang={lang}
      href={paperPath(card.id, lang, primary, params)}
      linkState={readingState(list, index)}
      actions={<BookmarkButton card={card} />}
    />
  );
}
