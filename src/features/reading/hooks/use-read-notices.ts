import { type NoticeItem, useNoticeItems } from '../../../components/storage-notices.tsx';
import { useReadState } from '../../../hooks/use-read-state.ts';
import { useReadStateStore } from '../../../lib/read-state-context.tsx';

/** What went wrong with storing read marks, in words, each with its way to dismiss it. */
export function useReadNotices(): NoticeItem[] {
  const store = useReadStateStore();
  return useNoticeItems('reading', useReadState().notices, store.dismiss);
}
