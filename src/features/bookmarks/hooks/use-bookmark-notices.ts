import { type NoticeItem, useNoticeItems } from '../../../components/storage-notices.tsx';
import { useBookmarksStore } from '../bookmarks-context.tsx';
import { useBookmarks } from './use-bookmarks.ts';

/** What went wrong with storing bookmarks, in words, each with its way to dismiss it. */
export function useBookmarkNotices(): NoticeItem[] {
  const store = useBookmarksStore();
  return useNoticeItems('bookmarks', useBookmarks().notices, store.dismiss);
}
