/**
 * What this browser has read, and when the reader last came: pure functions over an
 * immutable value, and the one place where untrusted text (what localStorage holds, the part
 * of an imported file) becomes that value. No DOM, no storage, no clock: the time is always
 * an argument.
 *
 * A mark belongs to a paper on a day, `(date, rank)`: that is how every card, day and
 * calendar cell knows a paper without fetching anything. Per day, the ranks read are a
 * bitset written in base-32 digits (five ranks a digit, the lowest first), so ten years of
 * Top-30 with every paper read is about 80 KB where a list of ids would be 1.4 MB
 * (docs/decisions/read-state.md).
 *
 * `days` is the state itself. `recent` remembers the latest marks with their time, so that
 * merging two tabs' values keeps, per paper, the later of their marks ("read" after
 * "unread", or the reverse). A mark older than `RECENT_TTL_MS`, or beyond the newest
 * `MAX_RECENT`, is forgotten there and stays only in `days`, where two values merge as a
 * union: only a tab that missed that much could bring back a paper marked unread.
 */

/** The localStorage key; the format's version is inside the value. */
export const READ_STATE_KEY = 'daily-papers:reading';
export const READ_STATE_VERSION = 1;
/** A damaged value is kept aside as `daily-papers:reading:backup:<ISO time>`. */
export const READ_STATE_BACKUP_PREFIX = `${READ_STATE_KEY}:backup:`;
/** How long a mark's time is remembered: long enough for any tab left open to catch up. */
export const RECENT_TTL_MS = 90 * 24 * 60 * 60 * 1000;
export const MAX_RECENT = 1000;
/** Ranks beyond this are not recorded (no digest lists that many papers a day). */
export const MAX_RANK = 200;
/** A visit ends after this long without the app being opened; the next one starts anew. */
export const VISIT_GAP_MS = 30 * 60 * 1000;

/** A paper as listed on one day. */
export interface PaperDay {
  date: string;
  rank: number;
}

export interface ReadMark {
  read: boolean;
  /** Milliseconds since the epoch. */
  at: number;
}

/** The reader's visits, for "new since your last visit". */
export interface Visit {
  /** The latest digest day the reader had been shown before this visit: later days are new. */
  since: string;
  /** The latest digest day shown so far. */
  seen: string;
  /** When the app was last opened. */
  at: number;
}

export interface ReadData {
  /** Date → the ranks read, as base-32 digits without trailing zeros; a day with none is absent. */
  days: ReadonlyMap<string, string>;
  /** `date.rank` → the latest mark of that paper, while remembered. */
  recent: ReadonlyMap<string, ReadMark>;
  visit: Visit | null;
}

export const EMPTY_READ: ReadData = Object.freeze({ days: new Map(), recent: new Map(), visit: null });

// ---------------------------------------------------------------------------------------
// Bitsets: five ranks per base-32 digit, rank 1 in the lowest bit of the first digit.

const RANKS_PER_DIGIT = 5;
const BITS_PATTERN = new RegExp(`^[0-9a-v]{1,${Math.ceil(MAX_RANK / RANKS_PER_DIGIT)}}$`);
const ONES = Array.from({ length: 32 }, (_, n) => n.toString(2).replace(/0/g, '').length);

function digit(bits: string, index: number): number {
  return index < bits.length ? parseInt(bits.charAt(index), 32) : 0;
}

export function validRank(rank: number): boolean {
  return Number.isInteger(rank) && rank >= 1 && rank <= MAX_RANK;
}

function hasRank(bits: string | undefined, rank: number): boolean {
  if (bits === undefined || !validRank(rank)) return false;
  const index = Math.floor((rank - 1) / RANKS_PER_DIGIT);
  return ((digit(bits, index) >> ((rank - 1) % RANKS_PER_DIGIT)) & 1) === 1;
}

function withRank(bits: string, rank: number, on: boolean): string {
  const index = Math.floor((rank - 1) / RANKS_PER_DIGIT);
  const mask = 1 << ((rank - 1) % RANKS_PER_DIGIT);
  const digits = bits.padEnd(index + 1, '0').split('');
  const value = digit(bits, index);
  digits[index] = (on ? value | mask : value & ~mask).toString(32);
  return digits.join('').replace(/0+$/, '');
}

function union(a: string | undefined, b: string): string {
  if (a === undefined || a === b) return b;
  let out = '';
  for (let i = 0; i < Math.max(a.length, b.length); i++) out += (digit(a, i) | digit(b, i)).toString(32);
  return out.replace(/0+$/, '');
}

/** Whether a value is a day's ranks as stored: base-32 digits, no more than `MAX_RANK` ranks. */
export const isBits = (value: unknown): value is string => typeof value === 'string' && BITS_PATTERN.test(value);

function countRanks(bits: string | undefined): number {
  let count = 0;
  for (let i = 0; i < (bits?.length ?? 0); i++) count += ONES[digit(bits ?? '', i)] ?? 0;
  return count;
}

/** The ranks a bitset holds, ascending. */
function ranksOf(bits: string): number[] {
  const ranks: number[] = [];
  for (let i = 0; i < bits.length; i++) {
    const value = digit(bits, i);
    for (let b = 0; b < RANKS_PER_DIGIT; b++) if ((value >> b) & 1) ranks.push(i * RANKS_PER_DIGIT + b + 1);
  }
  return ranks;
}

export const recentKey = (date: string, rank: number) => `${date}.${rank}`;

function splitKey(key: string): PaperDay {
  const dot = key.lastIndexOf('.');
  return { date: key.slice(0, dot), rank: Number(key.slice(dot + 1)) };
}

// ---------------------------------------------------------------------------------------
// Reading the value.

export function isRead(data: ReadData, date: string, rank: number): boolean {
  return hasRank(data.days.get(date), rank);
}

/** How many papers of a day are read. */
export function readCount(data: ReadData, date: string): number {
  return countRanks(data.days.get(date));
}

/** How many papers are read in all, or on the days from `from` to `to` (inclusive). */
export function readTotal(data: ReadData, from?: string, to?: string): number {
  let total = 0;
  for (const [date, bits] of data.days) {
    if ((from === undefined || date >= from) && (to === undefined || date <= to)) total += countRanks(bits);
  }
  return total;
}

function isEmpty(data: ReadData): boolean {
  return data.days.size === 0 && data.recent.size === 0 && data.visit === null;
}

// ---------------------------------------------------------------------------------------
// Changing it.

/**
 * Marks papers read or unread, each remembered with a time later than its last mark (even
 * within the same millisecond: the latest action wins). Papers already so are left alone.
 */
export function setRead(data: ReadData, papers: readonly PaperDay[], read: boolean, now: number): ReadData {
  let days: Map<string, string> | null = null;
  let recent: Map<string, ReadMark> | null = null;
  for (const { date, rank } of papers) {
    if (!validRank(rank) || hasRank((days ?? data.days).get(date), rank) === read) continue;
    days ??= new Map(data.days);
    recent ??= new Map(data.recent);
    const bits = withRank(days.get(date) ?? '', rank, read);
    if (bits === '') days.delete(date);
    else days.set(date, bits);
    const key = recentKey(date, rank);
    const previous = recent.get(key);
    recent.set(key, { read, at: previous === undefined ? now : Math.max(now, previous.at + 1) });
  }
  return days === null || recent === null ? data : { ...data, days, recent };
}

function later(a: ReadMark, b: ReadMark): boolean {
  // A tie goes to "read": a mark is never lost to an equal one.
  return a.at > b.at || (a.at === b.at && a.read && !b.read);
}

function laterVisit(a: Visit | null, b: Visit | null): Visit | null {
  if (a === null || b === null) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  // Equal times (hardly ever): the one that has seen more, so the choice does not depend on order.
  return `${a.seen}${a.since}` >= `${b.seen}${b.since}` ? a : b;
}

/** Both sides' knowledge: per paper the later mark, else the union. Order-independent. */
export function mergeReadData(a: ReadData, b: ReadData): ReadData {
  if (a === b || isEmpty(b)) return a;
  if (isEmpty(a)) return b;
  const recent = new Map(a.recent);
  for (const [key, mark] of b.recent) {
    const mine = recent.get(key);
    if (mine === undefined || later(mark, mine)) recent.set(key, mark);
  }
  const days = new Map(a.days);
  for (const [date, bits] of b.days) days.set(date, union(days.get(date), bits));
  // What the union says of a paper whose latest mark is remembered, that mark decides.
  for (const [key, mark] of recent) {
    const { date, rank } = splitKey(key);
    const bits = withRank(days.get(date) ?? '', rank, mark.read);
    if (bits === '') days.delete(date);
    else days.set(date, bits);
  }
  return { days, recent, visit: laterVisit(a.visit, b.visit) };
}

/** Forgets the times of marks older than the TTL, and of all but the newest `MAX_RECENT`. */
export function pruneReadData(data: ReadData, now: number): ReadData {
  const cutoff = now - RECENT_TTL_MS;
  let stale = data.recent.size > MAX_RECENT;
  for (const mark of data.recent.values()) stale ||= mark.at < cutoff;
  if (!stale) return data;
  const kept = [...data.recent]
    .filter(([, mark]) => mark.at >= cutoff)
    .sort(([ka, a], [kb, b]) => b.at - a.at || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .slice(0, MAX_RECENT);
  return { ...data, recent: new Map(kept) };
}

/**
 * The app was opened on an archive whose latest day is `latest`. After a gap of
 * `VISIT_GAP_MS` a new visit starts, and what the last one had seen is what is new against;
 * within a visit that stays, so a reload does not hide what was new.
 */
export function recordVisit(data: ReadData, latest: string, now: number): ReadData {
  const visit = data.visit;
  const seen = visit === null || latest > visit.seen ? latest : visit.seen;
  const since = visit === null ? latest : now - visit.at >= VISIT_GAP_MS ? visit.seen : visit.since;
  return { ...data, visit: { since, seen, at: now } };
}

/** The days new since the reader's last visit: those after `since`, up to `latest`. */
export function newSince(data: ReadData): string | null {
  const visit = data.visit;
  return visit !== null && visit.seen > visit.since ? visit.since : null;
}

// ---------------------------------------------------------------------------------------
// Storage format (read back by read-state-validation.ts).

function sortedEntries<T>(map: ReadonlyMap<string, T>): [string, T][] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The stored value. `parseReadData(serializeReadData(d))` gives back `d`. */
export function serializeReadData(data: ReadData): string {
  return JSON.stringify({
    version: READ_STATE_VERSION,
    days: Object.fromEntries(sortedEntries(data.days)),
    recent: Object.fromEntries(sortedEntries(data.recent).map(([key, mark]) => [key, mark.read ? mark.at : -mark.at])),
    visit: data.visit,
  });
}

// ---------------------------------------------------------------------------------------
// The read marks of an export file ("read" beside its "bookmarks").

/** What an export holds: the days, as stored. The times and the visits stay on this machine. */
export function exportReadState(data: ReadData): Record<string, string> {
  return Object.fromEntries(sortedEntries(data.days));
}

/**
 * Adds the read marks of a file: never marks anything unread. A paper marked unread here
 * after the file was made is read again (importing is an explicit wish), with a mark later
 * than that, so that other tabs agree.
 */
export function importReadState(
  data: ReadData,
  days: ReadonlyMap<string, string>,
  now: number,
): { data: ReadData; added: number } {
  const fresh: PaperDay[] = [];
  for (const [date, bits] of days) {
    for (const rank of ranksOf(bits)) if (!isRead(data, date, rank)) fresh.push({ date, rank });
  }
  return { data: setRead(data, fresh, true, now), added: fresh.length };
}
