/**
 * Lists across days, precomputed in both orders and cut into pages: the archive view never
 * downloads the archive to sort it. A paper appears once per list, as its best-upvoted day.
 */
import { sortCards, type SortOrder } from '../../lib/sort-cards.ts';
import {
  type Card,
  ListIndexSchema,
  type ListOrders,
  ListPageSchema,
  type ListRef,
  type Lists,
} from '../../schema/digest.ts';
import type { JsonOut } from './json-out.ts';

export type { WriteJson } from './json-out.ts';

export const LIST_PAGE_SIZE = 60;

/** What lists sort cards by; the rest of a card is in its JSON. */
export type ListCard = Pick<Card, 'id' | 'date' | 'rank' | 'upvotes'>;

/** A card's JSON (UTF-8), checked against `CardSchema`: pages are written from it. */
export type CardJson = (card: ListCard) => Uint8Array;

/** One card per paper: the appearance with the most upvotes, the newest on a tie. */
export function bestCards<T extends ListCard>(cards: Iterable<T>): T[] {
  const best = new Map<string, T>();
  for (const card of cards) {
    const seen = best.get(card.id);
    if (!seen || card.upvotes > seen.upvotes || (card.upvotes === seen.upvotes && card.date > seen.date)) {
      best.set(card.id, card);
    }
  }
  return [...best.values()];
}

/** How many cards each day has, in the order of a list sorted by day (`[date, count]`). */
export function dayRuns(sorted: readonly ListCard[]): [string, number][] {
  const runs: [string, number][] = [];
  for (const card of sorted) {
    const last = runs.at(-1);
    if (last?.[0] === card.date) last[1]++;
    else runs.push([card.date, 1]);
  }
  return runs;
}

function writeList(out: ListOut, name: string, cards: readonly ListCard[], order: SortOrder): ListRef {
  const sorted = sortCards(cards, order);
  const pages: string[] = [];
  for (let start = 0; start < Math.max(sorted.length, 1); start += LIST_PAGE_SIZE) {
    const page = sorted.slice(start, start + LIST_PAGE_SIZE).map(out.cardJson);
    const pageName = `${name}-${order}-${pages.length}`;
    pages.push(out.filled(ListPageSchema, 'lists', pageName, { cards: [] }, 'cards', page));
  }
  const index = out.json(
    ListIndexSchema,
    'lists',
    `${name}-${order}`,
    order === 'rank' ? { pages, days: dayRuns(sorted) } : { pages },
  );
  return { total: sorted.length, pageSize: LIST_PAGE_SIZE, first: pages[0] ?? index, index };
}

function writeOrders(out: ListOut, name: string, cards: readonly ListCard[]): ListOrders {
  return { rank: writeList(out, name, cards, 'rank'), upvotes: writeList(out, name, cards, 'upvotes') };
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Monday to Sunday around a date. */
export function isoWeek(isoDate: string): { from: string; to: string } {
  const weekday = (new Date(`${isoDate}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  const from = addDays(isoDate, -weekday);
  return { from, to: addDays(from, 6) };
}

export function calendarMonth(isoDate: string): { from: string; to: string } {
  const from = `${isoDate.slice(0, 7)}-01`;
  const next = new Date(`${from}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return { from, to: addDays(next.toISOString().slice(0, 10), -1) };
}

type ListOut = JsonOut & { cardJson: CardJson };

/** `days` holds every day's cards, oldest day first. */
export function emitLists(
  out: JsonOut,
  cardJson: CardJson,
  days: readonly { date: string; cards: readonly ListCard[] }[],
): Lists {
  const write: ListOut = { ...out, cardJson };
  const latest = days.at(-1)?.date;
  const within = (range: { from: string; to: string }) =>
    bestCards(days.filter((d) => d.date >= range.from && d.date <= range.to).flatMap((d) => d.cards));
  const all = writeOrders(write, 'all', bestCards(days.flatMap((d) => d.cards)));
  if (latest === undefined) return { all, week: null, month: null };
  const week = isoWeek(latest);
  const month = calendarMonth(latest);
  const last7 = { from: addDays(latest, -6), to: latest };
  const last30 = { from: addDays(latest, -29), to: latest };
  return {
    all,
    week: { ...week, orders: writeOrders(write, `week-${week.from}`, within(week)) },
    month: { ...month, orders: writeOrders(write, `month-${month.from.slice(0, 7)}`, within(month)) },
    last7: { ...last7, orders: writeOrders(write, `last7-${latest}`, within(last7)) },
    last30: { ...last30, orders: writeOrders(write, `last30-${latest}`, within(last30)) },
  };
}
