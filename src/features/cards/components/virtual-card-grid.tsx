import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { useDensity } from '../../../hooks/use-density.ts';
import { useGridColumns } from '../../../hooks/use-grid-columns.ts';
import { useHydrated } from '../../../hooks/use-hydrated.ts';

/** `T` is what a card is drawn from: a `Card` of the archive, or whatever else a list holds. */
export interface VirtualCardGridProps<T> {
  total: number;
  /** The card at an index, or undefined while its page loads. */
  cardAt: (index: number) => T | undefined;
  renderCard: (card: T, index: number) => ReactNode;
  /**
   * Told which cards are drawn, `[start, end)`, to fetch their pages: those on the screen,
   * `shown`, and a few rows either side, so that scrolling finds them ready.
   */
  onRangeChange: (start: number, end: number, shown: CardSpan) => void;
  label: string;
}

/** Cards `[start, end)` of a list. */
export interface CardSpan {
  start: number;
  end: number;
}

/** A row's height before it is measured, and the gap between rows (`.card-grid`), per density. */
const ESTIMATED_ROW = { comfortable: 440, compact: 84 } as const;
const GAP = { comfortable: 16, compact: 8 } as const;

/**
 * Thousands of cards, drawn a few rows at a time as the page scrolls. It stays a list to
 * assistive technology (each item knows its position and the list's size), and tabbing
 * through the cards scrolls the next ones into existence.
 */
export function VirtualCardGrid<T>(props: VirtualCardGridProps<T>) {
  // Prerendered HTML (and hydration) get a plain grid of the first cards: the virtual grid
  // positions rows with inline styles, which the page's CSP refuses in markup.
  return useHydrated() ? <WindowedGrid {...props} /> : <StaticGrid {...props} />;
}

const STATIC_CARDS = 12;

function StaticGrid<T>({ total, cardAt, renderCard, label }: VirtualCardGridProps<T>) {
  const cards: ReactNode[] = [];
  for (let index = 0; index < Math.min(total, STATIC_CARDS); index++) {
    cards.push(<GridItem key={index} index={index} total={total} cardAt={cardAt} renderCard={renderCard} />);
  }
  return (
    <div role="list" aria-label={label} className="card-grid">
      {cards}
    </div>
  );
}

function WindowedGrid<T>({ total, cardAt, renderCard, onRangeChange, label }: VirtualCardGridProps<T>) {
  const density = useDensity()[0] ?? 'comfortable';
  const gridColumns = useGridColumns();
  const columns = density === 'compact' ? 1 : gridColumns;
  const rows = Math.ceil(total / columns);
  const listRef = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(0);

  useLayoutEffect(() => {
    setOffset(listRef.current ? listRef.current.getBoundingClientRect().top + window.scrollY : 0);
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: rows,
    estimateSize: () => ESTIMATED_ROW[density],
    overscan: 3,
    gap: GAP[density],
    scrollMargin: offset,
  });
  // Rows measured in another density or column count are not this one's: measure afresh.
  useLayoutEffect(() => {
    virtualizer.measure();
  }, [virtualizer, density, columns]);

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const start = first * columns;
  const end = Math.min(total, (last + 1) * columns);
  // The rows on the screen, without the overscan (known once the items above are computed).
  const onScreen = virtualizer.range;
  const shownStart = onScreen ? onScreen.startIndex * columns : start;
  const shownEnd = onScreen ? Math.min(total, (onScreen.endIndex + 1) * columns) : end;

  const range = useRef('');
  useLayoutEffect(() => {
    const key = `${start}:${end}:${shownStart}:${shownEnd}`;
    if (range.current !== key) {
      range.current = key;
      onRangeChange(start, end, { start: shownStart, end: shownEnd });
    }
  });

  return (
    <div
      ref={listRef}
      role="list"
      aria-label={label}
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((row) => (
        <div
          key={row.key}
          data-index={row.index}
          ref={virtualizer.measureElement}
          className="card-grid absolute inset-x-0 top-0"
          style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
        >
          {Array.from({ length: columns }, (_, column) => {
            const index = row.index * columns + column;
            if (index >= total) return null;
            return <GridItem key={index} index={index} total={total} cardAt={cardAt} renderCard={renderCard} />;
          })}
        </div>
      ))}
    </div>
  );
}

/** One card of the list, or its placeholder while its page loads; it knows its place in the list. */
function GridItem<T>({
  index,
  total,
  cardAt,
  renderCard,
}: Pick<VirtualCardGridProps<T>, 'total' | 'cardAt' | 'renderCard'> & { index: number }) {
  const card = cardAt(index);
  return (
    <div role="listitem" aria-posinset={index + 1} aria-setsize={total} className="flex [&>article]:flex-1">
      {card === undefined ? <CardPlaceholder /> : renderCard(card, index)}
    </div>
  );
}

function CardPlaceholder() {
  return (
    <div
      aria-hidden="true"
      className="flex-1 overflow-hidden rounded-xl border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900"
    >
      <div className="aspect-video animate-pulse bg-stone-200 compact:hidden dark:bg-stone-800" />
      <div className="space-y-3 p-4 compact:space-y-2 compact:p-3">
        <div className="h-3 w-1/3 rounded bg-stone-200 dark:bg-stone-800" />
        <div className="h-4 w-5/6 rounded bg-stone-200 dark:bg-stone-800" />
        <div className="h-3 w-full rounded bg-stone-100 dark:bg-stone-800/60" />
      </div>
    </div>
  );
}
