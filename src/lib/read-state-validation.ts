/**
 * The one place where untrusted text becomes read marks (read-state.ts): what localStorage
 * holds, and the part of an export file that carries them. Checked by hand, and a module of
 * its own so that a page loads it only when there is stored text to read.
 */
import { isIsoDate } from '../schema/checks.ts';
import {
  EMPTY_READ,
  isBits,
  READ_STATE_VERSION,
  type ReadData,
  type ReadMark,
  readTotal,
  recentKey,
  validRank,
  type Visit,
} from './read-state.ts';
import type { ParsedValue } from './synced-store.ts';
const RECENT_KEY = /^(\d{4}-\d{2}-\d{2})\.(\d{1,3})$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored mark: its time in ms, negative for "unread". */
function parseMark(key: string, value: unknown): [string, ReadMark] | null {
  const match = RECENT_KEY.exec(key);
  if (match === null || !isIsoDate(match[1]) || !validRank(Number(match[2]))) return null;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value === 0) return null;
  return [recentKey(match[1], Number(match[2])), { read: value > 0, at: Math.abs(value) }];
}

function parseVisit(value: unknown): Visit | null {
  if (!isRecord(value) || !isIsoDate(value.since) || !isIsoDate(value.seen)) return null;
  const at = value.at;
  if (typeof at !== 'number' || !Number.isSafeInteger(at) || at < 0) return null;
  return { since: value.since, seen: value.seen, at };
}

/** The entries of a stored value that are valid, and how many were not. */
function salvage(days: unknown, recent: unknown): { data: ReadData; dropped: number } {
  let dropped = 0;
  const dayMap = new Map<string, string>();
  for (const [date, bits] of Object.entries(isRecord(days) ? days : {})) {
    const clean = isBits(bits) ? bits.replace(/0+$/, '') : null;
    if (!isIsoDate(date) || clean === null) dropped++;
    else if (clean !== '') dayMap.set(date, clean);
  }
  const recentMap = new Map<string, ReadMark>();
  for (const [key, value] of Object.entries(isRecord(recent) ? recent : {})) {
    const mark = parseMark(key, value);
    if (mark === null) dropped++;
    else recentMap.set(...mark);
  }
  return { data: { days: dayMap, recent: recentMap, visit: null }, dropped };
}

/** Whole `"date":"bits"` and `"date.rank":time` pairs of a text that is not JSON any more. */
function salvageText(raw: string): { days: Record<string, string>; recent: Record<string, number> } {
  const days: Record<string, string> = {};
  const recent: Record<string, number> = {};
  for (const [, date = '', bits = ''] of raw.matchAll(/"(\d{4}-\d{2}-\d{2})":"([0-9a-v]+)"/g)) days[date] = bits;
  for (const [, key = '', time = ''] of raw.matchAll(/"(\d{4}-\d{2}-\d{2}\.\d{1,3})":(-?\d{1,16})[,}]/g)) {
    recent[key] = Number(time);
  }
  return { days, recent };
}

/** Reads what localStorage holds. Never throws; anything not exactly valid is `recovered`. */
export function parseReadData(raw: string | null): ParsedValue<ReadData> {
  if (raw === null) return { status: 'empty', data: EMPTY_READ };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    const text = salvageText(raw);
    const { data, dropped } = salvage(text.days, text.recent);
    return { status: 'recovered', data, recovered: readTotal(data), dropped };
  }
  const record = isRecord(value) ? value : {};
  const { data, dropped } = salvage(record.days, record.recent);
  const visit = record.visit === null || record.visit === undefined ? null : parseVisit(record.visit);
  const complete = { ...data, visit };
  const valid =
    record.version === READ_STATE_VERSION &&
    isRecord(record.days) &&
    (record.recent === undefined || isRecord(record.recent)) &&
    dropped === 0 &&
    (visit !== null || record.visit === null || record.visit === undefined);
  if (valid) return { status: 'valid', data: complete };
  return { status: 'recovered', data: complete, recovered: readTotal(complete), dropped };
}

/**
 * The read marks of a file. All or nothing: a value with any entry that is not a day and
 * its bitset is rejected.
 */
export function parseReadExport(value: unknown): ReadonlyMap<string, string> | null {
  if (!isRecord(value)) return null;
  const days = new Map<string, string>();
  for (const [date, bits] of Object.entries(value)) {
    if (!isIsoDate(date) || !isBits(bits)) return null;
    const clean = bits.replace(/0+$/, '');
    if (clean !== '') days.set(date, clean);
  }
  return days;
}
