/**
 * The cards of a run of days, newest day first and each in rank order, drawn a few rows at
 * a time and fetched a day at a time: the papers new since a visit, or the archive's unread
 * papers in digest order. With `unread` (the read marks the filter was turned on with),
 * only the papers unread then; their number comes from the marks and the days' paper
 * counts, so the grid has its full size before any day is fetched.
 */
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { type ArchiveDay, useDayCardsWindow } from '../api/day-range.ts';
import { ErrorState } from '../components/status.tsx';
import { VirtualCardGrid } from '../features/cards/components/virtual-card-grid.tsx';
import { NoUnread } from '../features/reading/components/unread-only-toggle.tsx';
import { usePrimaryLanguage, useSummaryLanguage } from '../hooks/use-summary-language.ts';
import { isRead, type ReadData, readCount } from '../lib/read-state.ts';
import type { Card } from '../schema/digest.ts';
import { CardItem } from './card-item.tsx';

const everyCard = () => true;

export function DaysGrid({
  days,
  unread,
  label,
}: {
  days: readonly ArchiveDay[];
  unread: ReadData | null;
  label: string;
}) {
  const [lang] = useSummaryLanguage();
  const primary = usePrimaryLanguage();
  const [params] = useSearchParams();
  const [range, setRange] = useState({ start: 0, end: 12 });
  const onRangeChange = useCallback((start: number, end: number) => setRange({ start, end }), []);
  const counted = days.map(({ date, papers }) => ({
    date,
    count: unread ? Math.max(0, papers - readCount(unread, date)) : papers,
  }));
  const keep = unread ? (card: Card) => !isRead(unread, card.date, card.rank) : everyCard;
  const { total, cardAt, isError } = useDayCardsWindow(counted, keep, range.start, range.end);
  if (isError) return <ErrorState />;
  if (total === 0 && unread) return <NoUnread />;
  return (
    <VirtualCardGrid
      total={total}
      cardAt={cardAt}
      label={label}
      onRangeChange={onRangeChange}
      renderCard={(card, index) => (
        <CardItem card={card} lang={lang} primary={primary} params={params} priority={index === 0} />
      )}
    />
  );
}
