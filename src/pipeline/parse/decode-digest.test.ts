/**
 * A digest that is not UTF-8 (tests/fixtures/digests/encoding/) is reported with its file and
 * line and what it seems to be, instead of being read with every Hangul syllable replaced.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../archive/load-archive.ts';
import { decodeDigest } from './decode-digest.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures/digests');

function bytes(name: string): Uint8Array {
  return readFileSync(path.join(FIXTURES, name));
}

describe('decodeDigest', () => {
  it('reports a Korean digest saved as EUC-KR on the line of its first Korean word', () => {
    expect(decodeDigest(bytes('encoding/euc-kr.md'), 'euc-kr.md')).toEqual({
      text: null,
      problem: {
        file: 'euc-kr.md',
        line: 6,
        message: 'expected UTF-8 text, got Korean saved as CP949/EUC-KR: save the file as UTF-8',
      },
    });
  });

  it('reports a Korean digest saved as CP949, with syllables EUC-KR does not have', () => {
    expect(decodeDigest(bytes('encoding/cp949.md'), 'cp949.md').problem).toEqual({
      file: 'cp949.md',
      line: 6,
      message: 'expected UTF-8 text, got Korean saved as CP949/EUC-KR: save the file as UTF-8',
    });
  });

  it('reports other bytes that are not UTF-8 without guessing what they are', () => {
    expect(decodeDigest(bytes('encoding/latin-1.md'), 'latin-1.md').problem).toEqual({
      file: 'latin-1.md',
      line: 3,
      message: 'expected UTF-8 text, got bytes that are not UTF-8: save the file as UTF-8',
    });
  });

  it('reads a U+FFFD the author wrote, and a byte order mark, as the valid UTF-8 they are', () => {
    expect(decodeDigest(bytes('parse/replacement-char.md'), 'r.md').text).toContain('\uFFFD');
    expect(decodeDigest(bytes('parse/bom.md'), 'bom.md').text?.startsWith('\uFEFF# 2026-03-02')).toBe(true);
  });
});

describe('a folder with digests that are not UTF-8', () => {
  it('fails the build with each file and line, and publishes none of them', async () => {
    const archive = await loadArchive(path.join(FIXTURES, 'encoding'));
    expect(archive.days).toEqual([]);
    expect(archive.problems.map((p) => [path.basename(p.file), p.line])).toEqual([
      ['cp949.md', 6],
      ['euc-kr.md', 6],
      ['latin-1.md', 3],
    ]);
  });
});
