/**
 * A digest file's bytes → its text. Digests are UTF-8; a file that is not is reported at the
 * line of its first byte that is not UTF-8, never read with replacement characters (a Korean
 * digest saved as CP949 would lose every syllable and be taken for English). A U+FFFD the
 * author wrote is valid UTF-8 and stays.
 */
import type { Problem } from './parse-digest.ts';

const HANGUL = /[\uac00-\ud7a3]/;

export type Decoded = { text: string; problem: null } | { text: null; problem: Problem };

export function decodeDigest(bytes: Uint8Array, file: string): Decoded {
  try {
    // The BOM is kept: the parser takes it off, as it does for text given to it directly.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), problem: null };
  } catch {
    return { text: null, problem: { file, line: firstBadLine(bytes), message: notUtf8(bytes) } };
  }
}

/** The line (from 1) holding the first byte sequence that is not UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    try {
      decoder.decode(bytes.subarray(start, end < 0 ? bytes.length : end));
    } catch {
      return line;
    }
    if (end < 0) return line;
    start = end + 1;
  }
}

function notUtf8(bytes: Uint8Array): string {
  let korean = false;
  try {
    // The WHATWG euc-kr decoder reads CP949 (Windows' Korean), of which EUC-KR is a part.
    korean = HANGUL.test(new TextDecoder('euc-kr', { fatal: true }).decode(bytes));
  } catch {
    // not that either
  }
  return korean
    ? 'expected UTF-8 text, got Korean saved as CP949/EUC-KR: save the file as UTF-8'
    : 'expected UTF-8 text, got bytes that are not UTF-8: save the file as UTF-8';
}
