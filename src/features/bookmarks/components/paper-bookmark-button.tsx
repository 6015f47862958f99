import { useQuery } from '@tanstack/react-query';
import { dayQueryOptions } from '../../../api/days.ts';
import type { PaperChunk } from '../../../schema/digest.ts';
import { BookmarkToggle } from './bookmark-button.tsx';

/**
 * The toggle on a paper's page. The card of its latest day (usually cached already) becomes
 * the snapshot; until that day is loaded, the bookmark keeps id, title and date only.
 */
export function PaperBookmarkButton({ paper }: { paper: PaperChunk }) {
  const latest = paper.appearances[0];
  const day = useQuery({ ...dayQueryOptions(latest?.date ?? ''), enabled: latest !== undefined });
  const card = day.data?.cards.find((c) => c.id === paper.id);
  return <BookmarkToggle item={{ id: paper.id, title: paper.title, date: latest?.date ?? null, card }} />;
}
