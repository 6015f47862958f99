/**
 * The cache's columns of file records (`record-pack.ts`): a record read back is the record
 * written, field for field, its previews included; one the columns cannot hold is refused.
 */
import { describe, expect, it } from 'vitest';
import { digestText } from '../../../tests/helpers/digests.ts';
import { type FileRecord, recordDigest } from '../parse/digest-record.ts';
import { KeyTable, TermCounter } from '../search/term-counter.ts';
import { decodeRecords, encodeRecords } from './record-pack.ts';

/** A record as plain data, without the `full` texts the cache does not keep. */
function plain(record: FileRecord) {
  return {
    ...record,
    digest: record.digest && {
      ...record.digest,
      papers: record.digest.papers.map((paper) => ({
        ...paper,
        text: {
          title: paper.text.title,
          hash: paper.text.hash,
          preview: paper.text.preview,
          length: paper.text.length,
          titleLength: paper.text.titleLength,
        },
      })),
    },
  };
}

function roundTrip(records: [string, FileRecord][]): [string, FileRecord][] {
  return decodeRecords(Buffer.concat(encodeRecords(records)));
}

describe('the record columns', () => {
  const counter = new TermCounter(new KeyTable());
  const papers = [
    { id: '2601.00001', title: '긴 제목: 모델 & “인용” $x^2$', upvotes: '1,234', thumbnail: 'images/a b.png' },
    { id: '2601.00002', title: 'Plain', upvotes: 3, summary: '요약 '.repeat(200) },
  ];
  const ko = recordDigest(digestText('2026-01-02', 'ko', papers), 'a/2026-01-02.md', counter);
  const en = recordDigest(digestText('2026-01-02', 'en', papers.slice(1)), 'a/2026-01-02.en.md', counter);
  const bad = recordDigest('# not a digest\n', 'a/bad.md', counter);

  it('give back each record as it was written, in order', () => {
    expect(bad.digest).toBeNull();
    const records: [string, FileRecord][] = [
      ['k1', ko],
      ['k2', bad],
      ['k3', en],
    ];
    const back = roundTrip(records);
    expect(back.map(([key, record]) => [key, plain(record)])).toEqual(
      records.map(([key, record]) => [key, plain(record)]),
    );
    // A text whose title is not its paper's keeps its own.
    const retitled = { ...en, digest: en.digest && { ...en.digest } };
    const first = retitled.digest?.papers[0];
    if (retitled.digest && first) retitled.digest.papers = [{ ...first, text: { ...first.text, title: 'Other' } }];
    expect(roundTrip([['k', retitled]])[0]?.[1].digest?.papers[0]?.text.title).toBe('Other');
    // Read back, and written again (as a merge of packs does).
    expect(roundTrip(back).map(([key, record]) => [key, plain(record)])).toEqual(
      records.map(([key, record]) => [key, plain(record)]),
    );
  });

  it('refuse a record with a field they do not know, and a cut entry', () => {
    const digest = ko.digest;
    if (digest === null) throw new Error('expected a digest');
    const extra = { ...ko, digest: { ...digest, papers: digest.papers.map((p) => ({ ...p, more: 1 })) } };
    expect(() => encodeRecords([['k', extra]])).toThrow(/cannot keep the more/);
    const bytes = Buffer.concat(encodeRecords([['k', ko]]));
    expect(() => decodeRecords(bytes.subarray(0, bytes.length - 3))).toThrow();
    expect(() => decodeRecords(bytes.subarray(0, 10))).toThrow();
  });
});
