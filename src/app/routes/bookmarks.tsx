import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { rootQueryOptions } from '../../api/root.ts';
import { PageHead, withSiteName } from '../../components/page-head.tsx';
import { CardGridSkeleton } from '../../components/status.tsx';
import { SummaryLanguageSwitch } from '../../components/summary-language-switch.tsx';
import { paperPath, paths } from '../../config/paths.ts';
import { filterBookmarks, tagCounts } from '../../features/bookmarks/bookmark-notes.ts';
import { type Bookmark, sortBookmarks } from '../../features/bookmarks/bookmarks.ts';
import { BookmarkButton, BookmarkToggle } from '../../features/bookmarks/components/bookmark-button.tsx';
import { BookmarkFilterBar } from '../../features/bookmarks/components/bookmark-filter-bar.tsx';
import { BookmarkNotesEditor } from '../../features/bookmarks/components/bookmark-notes-editor.tsx';
import { BookmarkPlainCard } from '../../features/bookmarks/components/bookmark-plain-card.tsx';
import { BookmarkSortToggle } from '../../features/bookmarks/components/bookmark-sort-toggle.tsx';
import { BookmarkTransfer } from '../../features/bookmarks/components/bookmark-transfer.tsx';
import { BookmarksEmpty } from '../../features/bookmarks/components/bookmarks-empty.tsx';
import {
  type BookmarkSpan,
  type ResolvedBookmark,
  useBookmarkCards,
} from '../../features/bookmarks/hooks/use-bookmark-cards.ts';
import { useBookmarkFilter } from '../../features/bookmarks/hooks/use-bookmark-filter.ts';
import { useBookmarkSort } from '../../features/bookmarks/hooks/use-bookmark-sort.ts';
import { useBookmarks } from '../../features/bookmarks/hooks/use-bookmarks.ts';
import { PaperCard } from '../../features/cards/components/paper-card.tsx';
import { ShareList } from '../../features/shared-list/components/share-list.tsx';
import { VirtualCardGrid } from '../../features/cards/components/virtual-card-grid.tsx';
import { NoUnread, UnreadOnlyToggle } from '../../features/reading/components/unread-only-toggle.tsx';
import { useFrozenReadState } from '../../features/reading/hooks/use-frozen-read-state.ts';
import { useUnreadOnly } from '../../features/reading/hooks/use-unread-only.ts';
import { useResearchStrings } from '../../hooks/use-research-strings.ts';
import { usePrimaryLanguage, useSummaryLanguage } from '../../hooks/use-summary-language.ts';
import { isRead } from '../../lib/read-state.ts';
import { type ReadingList, readingState } from '../../lib/reading-list.ts';
import type { Lang } from '../../schema/digest.ts';
import { CardItem } from '../card-item.tsx';
import { DensityToggle } from '../../features/preferences/components/density-toggle.tsx';

/** What this browser saved, with notes and tags: filtered, sorted, exported and imported. */
export function BookmarksRoute() {
  const { tBase: t } = useResearchStrings();
  const { loaded, bookmarks } = useBookmarks();
  const root = useQuery(rootQueryOptions());
  const [order] = useBookmarkSort();
  const [filter] = useBookmarkFilter();
  const [lang] = useSummaryLanguage();
  const filtered = useMemo(
    () => (filter.tag === null && filter.text === '' ? null : filterBookmarks(sortBookmarks(bookmarks, order), filter)),
    [bookmarks, order, filter],
  );

  return (
    <section aria-labelledby="bookmarks-title">
      <PageHead
        title={withSiteName(t('bookmarks.title'))}
        description={t('pageDescription.bookmarks')}
        path={paths.bookmarks.href()}
      />
      <div className="mb-6 flex flex-wrap items-end gap-x-6 gap-y-4">
        <div className="min-w-0 flex-1 basis-48">
          <h1 id="bookmarks-title" className="text-2xl font-bold tracking-tight sm:text-3xl">
            {t('bookmarks.title')}
          </h1>
          <p className="mt-1 h-5 text-sm text-stone-500 dark:text-stone-400">
            {loaded ? t('bookmarks.count', { count: bookmarks.length }) : null}
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          <ShareList all={bookmarks} filtered={filtered} lang={lang} disabled={!loaded || bookmarks.length === 0} />
          <BookmarkTransfer filtered={filtered} lang={lang} />
        </div>
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
 * The saved papers as cards, each with its note and tags, drawn a few rows at a time: tens
 * of thousands stay as quick as ten. They are ordered by what was saved (a bookmark's date
 * and upvotes are its snapshot's), so the order does not shift while the cards on screen
 * load. One removed while the page is open stays in place, its button unpressed, so that it
 * can be saved again and keyboard focus is not lost. The filter (tag, words of titles and
 * notes) and "unread only" narrow the list; "unread only" leaves out a bookmark whose saved
 * card says it is read, and keeps one saved without a card (no day and rank to look up).
 */
function BookmarkGrid({ bookmarks }: { bookmarks: readonly Bookmark[] }) {
  const { t, tBase } = useResearchStrings();
  const [order] = useBookmarkSort();
  const [filter, setFilter] = useBookmarkFilter();
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
  const tags = useMemo(() => tagCounts(bookmarks), [bookmarks]);
  const suggestions = useMemo(() => tags.map(({ tag }) => tag), [tags]);
  const savedIds = useMemo(() => new Set(bookmarks.map((b) => b.id)), [bookmarks]);
  const listed = useMemo(() => {
    const sorted = filterBookmarks(sortBookmarks([...bookmarks, ...removedHere], order), filter);
    return unread ? sorted.filter((b) => !(b.card && isRead(unread, b.card.date, b.card.rank))) : sorted;
  }, [bookmarks, removedHere, order, filter, unread]);
  const [span, setSpan] = useState<BookmarkSpan>({ start: 0, end: Math.min(listed.length, FIRST_CARDS) });
  const onRangeChange = useCallback((start: number, end: number) => setSpan({ start, end }), []);
  const cardAt = useBookmarkCards(listed, span);
  const list = useMemo(() => ({ kind: 'bookmarks' as const, sort: order }), [order]);
  const filtered = filter.tag !== null || filter.text !== '';

  return (
    <>
      <BookmarkFilterBar tags={tags} shown={listed.length} total={bookmarks.length} />
      {listed.length > 0 ? (
        <VirtualCardGrid
          total={listed.length}
          cardAt={cardAt}
          label={tBase('bookmarks.list')}
          onRangeChange={onRangeChange}
          renderCard={(bookmark, index) => (
            <div className="flex flex-1 flex-col [&>article]:flex-1 [&>article]:rounded-b-none [&>article]:shadow-none">
              <BookmarkCard
                bookmark={bookmark}
                lang={lang}
                primary={primary}
                params={params}
                list={list}
                index={index}
              />
              {savedIds.has(bookmark.id) ? <BookmarkNotesEditor bookmark={bookmark} suggestions={suggestions} /> : null}
            </div>
          )}
        />
      ) : filtered ? (
        <p className="flex flex-wrap items-center gap-3 text-stone-600 dark:text-stone-300">
          {t('filter.none')}
          <button type="button" className="btn" onClick={() => setFilter({ tag: null, text: '' })}>
            {t('filter.clear')}
          </button>
        </p>
      ) : (
        <NoUnread />
      )}
    </>
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
