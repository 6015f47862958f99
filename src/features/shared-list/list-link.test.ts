import { describe, expect, it } from 'vitest';
import {
  decodeList,
  encodeList,
  LIST_LINK_VERSION,
  MAX_LIST_CHARS,
  MAX_LIST_PAPERS,
  MAX_LIST_TITLE,
  type SharedList,
} from './list-link.ts';

function encoded(list: SharedList): string {
  const result = encodeList(list);
  if (!result.ok) throw new Error(`not encoded: ${result.error}`);
  return result.text;
}

const bytesOf = (text: string) =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0));
const textOf = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** `count` new-style ids of 2024–2026, in no particular order. */
function ids(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const month = 2401 + ((i * 7) % 12) + 100 * (i % 3);
    return `${month}.${String(10000 + ((i * 7919) % 89999)).padStart(5, '0')}`;
  });
}

describe('a reading list as a link', () => {
  it('gives back the title and the ids, in their order', () => {
    const list = { title: '이번 주 읽을 것: RL & 추론', ids: ['2601.20614', '2412.15119', '2511.00001', '2601.09999'] };
    expect(decodeList(encoded(list))).toEqual({ ok: true, list });
  });

  it('keeps new-style ids of both widths and old-style ids exactly', () => {
    const list = {
      title: '',
      ids: ['0704.0001', '1412.9999', '1501.00001', '2512.99999', 'hep-th/9901001', 'math.GT/0309136', '2601.20614'],
    };
    expect(decodeList(encoded(list))).toEqual({ ok: true, list });
  });

  it('writes ids that are not arXiv ids as text, as they are', () => {
    const list = { title: 'x', ids: ['2501.1234', '2401.12345v2', 'paper-abc_1', '1301.12345'] };
    expect(decodeList(encoded(list))).toEqual({ ok: true, list });
  });

  it('is compact: 50 new-style ids in under 300 characters, URL-safe', () => {
    const text = encoded({ title: '', ids: ids(50) });
    expect(text.length).toBeLessThan(300);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('collapses spaces in the title and writes a repeated id once', () => {
    const result = decodeList(encoded({ title: '  my\n list  ', ids: ['2601.20614', '2601.20614'] }));
    expect(result).toEqual({ ok: true, list: { title: 'my list', ids: ['2601.20614'] } });
  });

  it('refuses to make a link of nothing, of too many papers, or of too long a title', () => {
    expect(encodeList({ title: 'a', ids: [] })).toEqual({ ok: false, error: 'empty' });
    expect(encodeList({ title: '', ids: ids(MAX_LIST_PAPERS + 1) })).toEqual({ ok: false, error: 'tooManyPapers' });
    expect(encodeList({ title: '가'.repeat(MAX_LIST_TITLE + 1), ids: ['2601.20614'] })).toEqual({
      ok: false,
      error: 'titleTooLong',
    });
    expect(encodeList({ title: '가'.repeat(MAX_LIST_TITLE), ids: ids(MAX_LIST_PAPERS) }).ok).toBe(true);
  });

  it('refuses a list whose link would be too long (long text ids)', () => {
    const long = Array.from({ length: MAX_LIST_PAPERS }, (_, i) => `paper-${'x'.repeat(60)}-${i}`);
    expect(encodeList({ title: '', ids: long })).toEqual({ ok: false, error: 'tooLong' });
  });

  it('says when the link has no list', () => {
    expect(decodeList(null)).toEqual({ ok: false, error: 'missing' });
    expect(decodeList('')).toEqual({ ok: false, error: 'missing' });
  });

  it('refuses an oversized link before reading it', () => {
    expect(decodeList('A'.repeat(MAX_LIST_CHARS + 1))).toEqual({ ok: false, error: 'tooLong' });
  });

  it('tells a link cut short, wherever it was cut', () => {
    const text = encoded({ title: 'reading', ids: ids(10) });
    for (let end = 2; end < text.length; end++) {
      expect(decodeList(text.slice(0, end)), `cut at ${end}`).toEqual({ ok: false, error: 'truncated' });
    }
  });

  it('tells a link with any one character changed as damaged', () => {
    const text = encoded({ title: 'reading', ids: ids(10) });
    for (let i = 1; i < text.length - 1; i++) {
      const changed = text.slice(0, i) + (text[i] === 'B' ? 'C' : 'B') + text.slice(i + 1);
      const result = decodeList(changed);
      expect(result.ok, `changed at ${i}`).toBe(false);
    }
    expect(decodeList(`${text}AAAA`)).toEqual({ ok: false, error: 'damaged' });
    expect(decodeList(`${text.slice(0, 5)}!${text.slice(6)}`)).toEqual({ ok: false, error: 'damaged' });
  });

  it('refuses a checksum-valid link with a malformed body', () => {
    // Version, body length 3, title length 0, count 1, then a text id of 5 bytes that is not there.
    const bytes = [LIST_LINK_VERSION, 3, 0, 1, 11];
    expect(decodeList(withChecksum(bytes))).toEqual({ ok: false, error: 'damaged' });
    // A text id that is no paper id (a space, a path).
    const text = [...new TextEncoder().encode('../x y')];
    const body = [0, 1, text.length * 2 + 1, ...text];
    expect(decodeList(withChecksum([LIST_LINK_VERSION, body.length, ...body]))).toEqual({
      ok: false,
      error: 'damaged',
    });
  });

  it('says a link of a newer format needs a newer page, and refuses version 0', () => {
    const bytes = bytesOf(encoded({ title: '', ids: ['2601.20614'] }));
    bytes[0] = LIST_LINK_VERSION + 1;
    expect(decodeList(textOf(bytes))).toEqual({ ok: false, error: 'newerVersion' });
    bytes[0] = 0;
    expect(decodeList(textOf(bytes))).toEqual({ ok: false, error: 'damaged' });
  });
});

/** Bytes with the FNV-1a checksum the format ends with. */
function withChecksum(bytes: number[]): string {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return textOf(Uint8Array.from([...bytes, hash >>> 24, (hash >>> 16) & 0xff, (hash >>> 8) & 0xff, hash & 0xff]));
}
