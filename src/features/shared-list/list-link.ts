/**
 * A reading list as the text of a link: the paper ids and an optional title, packed into a
 * few bytes per paper and written as base64url, so a list of 50 papers makes a link of about
 * 250 characters. No storage and no server: the link is the list. The figures and the
 * choices are in docs/decisions/shared-reading-list.md.
 *
 * The bytes, in order:
 *   version      1 byte, `LIST_LINK_VERSION`; a reader refuses a version it does not know
 *   body length  varint, so that a link cut short is told from one altered
 *   body         title length (varint, UTF-8 bytes), the title, paper count (varint), papers
 *   checksum     FNV-1a (32 bits, big-endian) of everything before it
 * A paper is one varint `head`, then for a text id its bytes:
 *   even  a new-style arXiv id (`YYMM.NNNNN`, `YYMM.NNNN` before 2015): `head / 2` is the
 *         zigzag-coded difference between its number (`month * 100000 + NNNNN`, months since
 *         January 2007) and the previous new-style paper's (0 for the first)
 *   odd   any other id (old-style `hep-th/9901001`, a versioned or non-arXiv id) as text:
 *         `(head - 1) / 2` is its length in bytes
 * Varints are little-endian base-128 (LEB128); arithmetic, not bitwise, as a number may
 * pass 2^31.
 */
import * as v from 'valibot';
import { PaperIdSchema } from '../../schema/digest.ts';

export const LIST_LINK_VERSION = 1;
/** The most papers a link holds: the page fetches each of them. */
export const MAX_LIST_PAPERS = 100;
/** The most characters of a list's title. */
export const MAX_LIST_TITLE = 100;
/**
 * The longest encoded list, in characters: the whole URL then stays under 2,000, which chat
 * apps, mail clients and old browsers all keep intact. 100 new-style ids with a title of 100
 * Korean characters take about 950.
 */
export const MAX_LIST_CHARS = 1500;

export interface SharedList {
  title: string;
  /** In the order the sender listed them, each once. */
  ids: readonly string[];
}

export type EncodeResult =
  { ok: true; text: string } | { ok: false; error: 'empty' | 'tooManyPapers' | 'titleTooLong' | 'tooLong' };

export type DecodeError = 'missing' | 'tooLong' | 'newerVersion' | 'truncated' | 'damaged';
export type DecodeResult = { ok: true; list: SharedList } | { ok: false; error: DecodeError };

const NEW_ID = /^(\d{2})(\d{2})\.(\d{4,5})$/;
/** Old-style arXiv ids: the archive and subject class, then `YYMMNNN`. */
const OLD_ID = /^[a-z-]+(?:\.[A-Z]{2})?\/\d{7}$/;
const MONTH_SPAN = 100000;

/** The title as it is kept: spaces collapsed, ends trimmed. */
export function normalizeListTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/** The number of a new-style arXiv id, or null for any other id (written as text). */
function newIdNumber(id: string): number | null {
  const match = NEW_ID.exec(id);
  if (match === null) return null;
  const [, yy = '', mm = '', serial = ''] = match;
  const year = Number(yy);
  const month = Number(mm);
  if (month < 1 || month > 12 || year * 100 + month < 704) return null;
  // Four digits until December 2014, five since: another width is not an arXiv id.
  if (serial.length !== (year * 100 + month < 1501 ? 4 : 5)) return null;
  return ((year - 7) * 12 + month - 1) * MONTH_SPAN + Number(serial);
}

function newIdText(value: number): string | null {
  const months = Math.floor(value / MONTH_SPAN);
  const serial = value % MONTH_SPAN;
  const year = 7 + Math.floor(months / 12);
  const month = (months % 12) + 1;
  if (year > 99) return null;
  const yymm = year * 100 + month;
  const width = yymm < 1501 ? 4 : 5;
  if (serial >= 10 ** width) return null;
  return `${String(yymm).padStart(4, '0')}.${String(serial).padStart(width, '0')}`;
}

/** Whether an id is an arXiv id (without a version), new-style or old-style. */
export function isArxivId(id: string): boolean {
  return newIdNumber(id) !== null || OLD_ID.test(id);
}

/** Whether an id may be in a list: one the archive could hold, or an old-style arXiv id. */
export function isListId(id: string): boolean {
  return v.is(PaperIdSchema, id) || OLD_ID.test(id);
}

class Writer {
  readonly bytes: number[] = [];
  varint(value: number) {
    let rest = value;
    while (rest >= 0x80) {
      this.bytes.push((rest % 0x80) + 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.bytes.push(rest);
  }
  raw(bytes: Uint8Array) {
    for (const byte of bytes) this.bytes.push(byte);
  }
}

class Reader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  get done() {
    return this.at === this.bytes.length;
  }
  /** A varint of at most 5 bytes (below 2^35), or null when it runs off the end or is longer. */
  varint(): number | null {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 5; i++) {
      const byte = this.bytes[this.at++];
      if (byte === undefined) return null;
      value += (byte % 0x80) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
    return null;
  }
  raw(length: number): Uint8Array | null {
    if (this.at + length > this.bytes.length) return null;
    const slice = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return slice;
  }
}

const zigzag = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (n: number) => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);

function fnv1a(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  // A last character alone holds less than a byte: what a link cut short can end with.
  const whole = text.length % 4 === 1 ? text.slice(0, -1) : text;
  try {
    const binary = atob(whole.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

const encoder = new TextEncoder();

/** The list as link text, or why it cannot be one. Ids repeated are written once. */
export function encodeList(list: SharedList): EncodeResult {
  const ids = [...new Set(list.ids)];
  const title = normalizeListTitle(list.title);
  if (ids.length === 0) return { ok: false, error: 'empty' };
  if (ids.length > MAX_LIST_PAPERS) return { ok: false, error: 'tooManyPapers' };
  if (title.length > MAX_LIST_TITLE) return { ok: false, error: 'titleTooLong' };

  const body = new Writer();
  const titleBytes = encoder.encode(title);
  body.varint(titleBytes.length);
  body.raw(titleBytes);
  body.varint(ids.length);
  let previous = 0;
  for (const id of ids) {
    const number = newIdNumber(id);
    if (number !== null) {
      body.varint(zigzag(number - previous) * 2);
      previous = number;
    } else {
      const text = encoder.encode(id);
      body.varint(text.length * 2 + 1);
      body.raw(text);
    }
  }
  const all = new Writer();
  all.bytes.push(LIST_LINK_VERSION);
  all.varint(body.bytes.length);
  all.raw(Uint8Array.from(body.bytes));
  const hash = fnv1a(Uint8Array.from(all.bytes));
  all.bytes.push(hash >>> 24, (hash >>> 16) & 0xff, (hash >>> 8) & 0xff, hash & 0xff);
  const text = toBase64Url(Uint8Array.from(all.bytes));
  return text.length > MAX_LIST_CHARS ? { ok: false, error: 'tooLong' } : { ok: true, text };
}

/** The list a link's text holds, or what is wrong with it. Never throws. */
export function decodeList(text: string | null): DecodeResult {
  if (text === null || text === '') return { ok: false, error: 'missing' };
  if (text.length > MAX_LIST_CHARS) return { ok: false, error: 'tooLong' };
  const bytes = fromBase64Url(text);
  if (bytes === null || bytes.length === 0) return { ok: false, error: 'damaged' };
  const version = bytes[0] ?? 0;
  if (version > LIST_LINK_VERSION) return { ok: false, error: 'newerVersion' };
  if (version !== LIST_LINK_VERSION) return { ok: false, error: 'damaged' };

  const head = new Reader(bytes.subarray(1));
  const bodyLength = head.varint();
  const body = bodyLength === null ? null : head.raw(bodyLength);
  const checksum = head.raw(4);
  if (body === null || checksum === null) return { ok: false, error: 'truncated' };
  if (!head.done) return { ok: false, error: 'damaged' };
  const found = new DataView(checksum.buffer, checksum.byteOffset, 4).getUint32(0);
  if (found !== fnv1a(bytes.subarray(0, bytes.length - 4))) return { ok: false, error: 'damaged' };
  return readBody(new Reader(body));
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function utf8(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function readBody(reader: Reader): DecodeResult {
  const damaged = { ok: false, error: 'damaged' } as const;
  const titleLength = reader.varint();
  const titleBytes = titleLength === null ? null : reader.raw(titleLength);
  const title = titleBytes === null ? null : utf8(titleBytes);
  if (title === null) return damaged;
  if (title.length > MAX_LIST_TITLE) return { ok: false, error: 'tooLong' };
  const count = reader.varint();
  if (count === null) return damaged;
  if (count > MAX_LIST_PAPERS) return { ok: false, error: 'tooLong' };
  const ids: string[] = [];
  let previous = 0;
  for (let i = 0; i < count; i++) {
    const head = reader.varint();
    if (head === null) return damaged;
    let id: string | null;
    if (head % 2 === 0) {
      previous += unzigzag(head / 2);
      id = previous < 0 ? null : newIdText(previous);
    } else {
      const bytes = reader.raw((head - 1) / 2);
      id = bytes === null ? null : utf8(bytes);
    }
    if (id === null || !isListId(id)) return damaged;
    ids.push(id);
  }
  if (!reader.done || count === 0) return damaged;
  return { ok: true, list: { title: normalizeListTitle(title), ids: [...new Set(ids)] } };
}
