import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import {
  Fragment,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useDensity } from '../../../hooks/use-density.ts';
import { useGridColumns } from '../../../hooks/use-grid-columns.ts';
import { useHydrated } from '../../../hooks/use-hydrated.ts';
import { type DayRun, daySections, monthStarts, type SectionItem } from '../../../lib/day-sections.ts';

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
  /**
   * What the list shows (e.g. a search's results): when it changes, the rows on the screen
   * are drawn first and the rows either side of them from the next frame, so that new
   * content paints after a third of the work. Without it, all are drawn at once.
   */
  contentKey?: unknown;
  /**
   * A list in digest order cut into days: a heading (and a list of its own) per day, and a
   * jump to a month. Without it, one list.
   */
  days?: DaySections;
}

export interface DaySections {
  /** Each day's cards, in list order (see `knownRuns`); must stay the same object while unchanged. */
  runs: readonly DayRun[];
  /** A day's heading, e.g. "2026년 1월 29일 (목)". */
  dayLabel: (date: string) => string;
  /** A month's name in the jump menu, e.g. "2026년 1월". */
  monthLabel: (month: string) => string;
  /** The label of a jump to a month; without it, no jump. */
  jumpLabel?: string;
}

/** Cards `[start, end)` of a list. */
export interface CardSpan {
  start: number;
  end: number;
}

/** A row's height before it is measured, and the gap between rows (`.card-grid`), per density. */
const ESTIMATED_ROW = { comfortable: 440, compact: 84 } as const;
const ESTIMATED_HEADING = 44;
const GAP = { comfortable: 16, compact: 8 } as const;

/** A day's heading, the same in the prerendered grid and the virtual one (their gaps match too). */
const HEADING_CLASS = 'pt-4 text-sm font-semibold text-stone-600 outline-none dark:text-stone-300';

/**
 * Thousands of cards, drawn a few rows at a time as the page scrolls. It stays a list (a
 * list per day, with `days`) to assistive technology, each item knowing its position and the
 * list's size, and tabbing through the cards scrolls the next ones into existence.
 */
export function VirtualCardGrid<T>(props: VirtualCardGridProps<T>) {
  // Prerendered HTML (and hydration) get a plain grid of the first cards: the virtual grid
  // positions rows with inline styles, which the page's CSP refuses in markup.
  return useHydrated() ? <WindowedGrid {...props} /> : <StaticGrid {...props} />;
}

const STATIC_CARDS = 12;

function runsOf(total: number, days: DaySections | undefined): readonly DayRun[] {
  return days ? days.runs : [[null, total]];
}

function StaticGrid<T>({ total, cardAt, renderCard, label, days }: VirtualCardGridProps<T>) {
  const shown = Math.min(total, STATIC_CARDS);
  const sections: ReactNode[] = [];
  let first = 0;
  for (const [date, count] of runsOf(total, days)) {
    if (first >= shown) break;
    const cards: ReactNode[] = [];
    for (let index = first; index < Math.min(first + count, shown); index++) {
      cards.push(
        <GridItem key={index} index={index} first={first} count={count} cardAt={cardAt} renderCard={renderCard} />,
      );
    }
    sections.push(
      <Fragment key={first}>
        {date !== null && days ? <h2 className={HEADING_CLASS}>{days.dayLabel(date)}</h2> : null}
        <div role="list" aria-label={date !== null && days ? days.dayLabel(date) : label} className="card-grid">
          {cards}
        </div>
      </Fragment>,
    );
    first += count;
  }
  return (
    <>
      {days?.jumpLabel !== undefined ? (
        <MonthJump label={days.jumpLabel} days={days} months={[]} onJump={() => undefined} />
      ) : null}
      <div className="flex flex-col gap-4 compact:gap-2">{sections}</div>
    </>
  );
}

/** The cards that items `[from, to]` hold (a heading holds none: the next row's start). */
function cardSpan(items: readonly SectionItem[], from: number, to: number, total: number): CardSpan {
  let start = total;
  let end = 0;
  for (let i = from; i <= to && i < items.length; i++) {
    const item = items[i];
    if (item?.kind === 'row') {
      start = Math.min(start, item.start);
      end = Math.max(end, item.end);
    }
  }
  return start > end ? { start: 0, end: 0 } : { start, end };
}

function WindowedGrid<T>({
  total,
  cardAt,
  renderCard,
  onRangeChange,
  label,
  days,
  contentKey,
}: VirtualCardGridProps<T>) {
  const density = useDensity()[0] ?? 'comfortable';
  const gridColumns = useGridColumns();
  const columns = density === 'compact' ? 1 : gridColumns;
  // Kept while the list's length is: the items and their keys are then the same, and the
  // virtualizer does not measure every item of a long list again on each render.
  const runs = useMemo(() => runsOf(total, days), [total, days]);
  const items = useMemo(() => daySections(runs, columns), [runs, columns]);
  const hasJump = days?.jumpLabel !== undefined;
  const months = useMemo(() => (hasJump ? monthStarts(items) : []), [hasJump, items]);
  const getItemKey = useCallback(
    (index: number) => {
      const item = items[index];
      if (item === undefined) return index;
      return item.kind === 'day' ? `day ${item.date}` : `row ${String(item.start)}-${String(item.end)} ${density}`;
    },
    [items, density],
  );
  const listRef = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(0);
  const [header, setHeader] = useState(0);

  useLayoutEffect(() => {
    setOffset(listRef.current ? listRef.current.getBoundingClientRect().top + window.scrollY : 0);
    // The sticky page header covers the top of the window: a jump lands below it.
    setHeader(document.querySelector('header')?.getBoundingClientRect().height ?? 0);
  }, []);

  const overscan = useOverscan(contentKey, days ? 6 : 3, 0);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: (index) => (items[index]?.kind === 'day' ? ESTIMATED_HEADING : ESTIMATED_ROW[density]),
    // Sizes are remembered by key: a row's key says what it holds and how it is drawn, so a
    // size measured in another density or column count, or before the days were known, is
    // never taken for this one's.
    getItemKey,
    // Three rows either side; a day's heading is an item too, so a list cut into days draws more.
    overscan,
    gap: GAP[density],
    scrollMargin: offset,
    scrollPaddingStart: header,
  });

  const virtualItems = virtualizer.getVirtualItems();
  const drawn = cardSpan(items, virtualItems[0]?.index ?? 0, virtualItems.at(-1)?.index ?? 0, total);
  // The items on the screen, without the overscan (known once the items above are computed).
  const onScreen = virtualizer.range;
  const shown = onScreen ? cardSpan(items, onScreen.startIndex, onScreen.endIndex, total) : drawn;

  const range = useRef('');
  useLayoutEffect(() => {
    const key = `${drawn.start}:${drawn.end}:${shown.start}:${shown.end}`;
    if (range.current !== key) {
      range.current = key;
      onRangeChange(drawn.start, drawn.end, shown);
    }
  });

  // A jump scrolls to the month's first heading, then moves focus there once it is drawn.
  const focusOnDraw = useRef<number | null>(null);
  const jump = (item: number) => {
    focusOnDraw.current = item;
    virtualizer.scrollToIndex(item, { align: 'start' });
  };
  const headingRef = (element: HTMLHeadingElement | null) => {
    virtualizer.measureElement(element);
    if (element !== null && focusOnDraw.current === Number(element.dataset.index)) {
      focusOnDraw.current = null;
      element.focus({ preventScroll: true });
    }
  };

  // Consecutive rows of one day share a list; a heading stands before its day's list.
  const groups: { first: number; heading: VirtualItem | null; date: string | null; rows: VirtualItem[] }[] = [];
  for (const virtualItem of virtualItems) {
    const item = items[virtualItem.index];
    if (item === undefined) continue;
    const group = groups.at(-1);
    if (item.kind === 'day') groups.push({ first: item.first, heading: virtualItem, date: item.date, rows: [] });
    else if (group?.first === item.first) group.rows.push(virtualItem);
    else groups.push({ first: item.first, heading: null, date: item.date, rows: [virtualItem] });
  }
  const place = (virtualItem: VirtualItem) => ({
    transform: `translateY(${String(virtualItem.start - virtualizer.options.scrollMargin)}px)`,
  });

  return (
    <>
      {days?.jumpLabel !== undefined ? (
        <MonthJump label={days.jumpLabel} days={days} months={months} onJump={jump} />
      ) : null}
      <div ref={listRef} className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {groups.map((group) => (
          <Fragment key={group.first}>
            {group.heading && group.date !== null && days ? (
              <h2
                data-index={group.heading.index}
                ref={headingRef}
                tabIndex={-1}
                className={`${HEADING_CLASS} absolute inset-x-0 top-0`}
                style={place(group.heading)}
              >
                {days.dayLabel(group.date)}
              </h2>
            ) : null}
            {group.rows.length > 0 ? (
              <div role="list" aria-label={group.date !== null && days ? days.dayLabel(group.date) : label}>
                {group.rows.map((virtualItem) => {
                  const row = items[virtualItem.index];
                  if (row?.kind !== 'row') return null;
                  const cards: ReactNode[] = [];
                  for (let index = row.start; index < row.end; index++) {
                    cards.push(
                      <GridItem
                        key={index}
                        index={index}
                        first={row.first}
                        count={row.count}
                        cardAt={cardAt}
                        renderCard={renderCard}
                      />,
                    );
                  }
                  return (
                    <div
                      key={virtualItem.key}
                      data-index={virtualItem.index}
                      ref={virtualizer.measureElement}
                      className="card-grid absolute inset-x-0 top-0"
                      style={place(virtualItem)}
                    >
                      {cards}
                    </div>
                  );
                })}
              </div>
            ) : null}
          </Fragment>
        ))}
      </div>
    </>
  );
}

/**
 * `full` items either side of the screen, but `first` in the render that draws a new
 * `contentKey`, until the frame after it has painted.
 */
function useOverscan(contentKey: unknown, full: number, first: number): number {
  const [widened, setWidened] = useState<{ key: unknown }>({ key: contentKey });
  const wide = widened.key === contentKey;
  useEffect(() => {
    if (wide) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setWidened({ key: contentKey }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [wide, contentKey]);
  return wide ? full : first;
}

/**
 * A menu of the list's months; choosing one scrolls to its first day. Drawn (disabled) before
 * the app runs too, so the page does not move when it becomes usable.
 */
function MonthJump({
  label,
  days,
  months,
  onJump,
}: {
  label: string;
  days: DaySections;
  months: readonly { month: string; item: number }[];
  onJump: (item: number) => void;
}) {
  const id = useId();
  return (
    <div className="mb-4 flex items-center gap-2 text-sm">
      <label htmlFor={id} className="text-stone-600 dark:text-stone-300">
        {label}
      </label>
      <select
        id={id}
        value=""
        disabled={months.length === 0}
        onChange={(event) => {
          const item = Number(event.target.value);
          if (event.target.value !== '' && Number.isInteger(item)) onJump(item);
        }}
        className="min-h-9 rounded-lg border border-stone-300 bg-white px-2 dark:border-stone-700 dark:bg-stone-900"
      >
        <option value="">—</option>
        {months.map(({ month, item }) => (
          <option key={month} value={item}>
            {days.monthLabel(month)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One card of a list, or its placeholder while its page loads; it knows its place in its list. */
function GridItem<T>({
  index,
  first,
  count,
  cardAt,
  renderCard,
}: Pick<VirtualCardGridProps<T>, 'cardAt' | 'renderCard'> & { index: number; first: number; count: number }) {
  const card = cardAt(index);
  return (
    <div role="listitem" aria-posinset={index - first + 1} aria-setsize={count} className="flex [&>article]:flex-1">
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
