/**
 * File records (`parse/digest-record.ts`) as the cache's packs hold them (`content-cache.ts`): in
 * columns, not as one serialised object graph. A build after adding a day reads every cached
 * record, and most of that time went to the strings: the card previews, which are a third
 * of the bytes, are read only for the cards that are made again (those of a new or changed
 * day, or of its neighbour); the rest of the strings are one array, the numbers one typed
 * array, and the objects are made here, as a build would make them.
 *
 * An entry is four parts, each after its length (4 bytes): the serialised heads (per record
 * its key, its digest without papers but with their count, its problems and warnings); the
 * serialised strings of the papers; their numbers (`Float64Array`); and the previews, as
 * UTF-8 one after another, each ending where its paper's numbers say.
 *
 * A paper or text record with a field this codec does not know is refused when written: a
 * cache that would lose it would make a build unlike a cold one.
 */
import v8 from 'node:v8';
import type { DigestRecord, FileRecord, FullText, PaperRecord, TextRecord } from '../parse/digest-record.ts';

/** The fields written, in the order a parse makes them (`recordDigest`). */
const PAPER_FIELDS = ['id', 'rank', 'title', 'thumbnail', 'line', 'upvotes', 'text'];
const TEXT_FIELDS = ['title', 'hash', 'preview', 'length', 'titleLength'];
/** Strings and numbers per paper. */
const STRINGS = 5;
const NUMBERS = 7;
const NO_THUMBNAIL = 1;
/** The text's title is the paper's (nearly always): written once. */
const SAME_TITLE = 2;

type Head = [
  key: string,
  digest: (Omit<DigestRecord, 'papers'> & { papers: number }) | null,
  FileRecord['problems'],
  FileRecord['warnings'],
];

function checkFields(value: object, fields: readonly string[], what: string): void {
  for (const field of Object.keys(value)) {
    if (!fields.includes(field) && !(what === 'text' && field === 'full')) {
      throw new Error(`the cache cannot keep the ${field} of a ${what} record`);
    }
  }
}

function sized(part: Uint8Array): Uint8Array[] {
  const size = new Uint8Array(4);
  new DataView(size.buffer).setUint32(0, part.byteLength);
  return [size, part];
}

/** The parts of an entry holding `records`. */
export function encodeRecords(records: readonly (readonly [string, FileRecord])[]): Uint8Array[] {
  const heads: Head[] = [];
  const strings: string[] = [];
  const numbers: number[] = [];
  const previews: string[] = [];
  let previewEnd = 0;
  for (const [key, { digest, problems, warnings }] of records) {
    if (digest === null) {
      heads.push([key, null, problems, warnings]);
      continue;
    }
    const { papers, ...head } = digest;
    heads.push([key, { ...head, papers: papers.length }, problems, warnings]);
    for (const paper of papers) {
      const { text } = paper;
      checkFields(paper, PAPER_FIELDS, 'paper');
      checkFields(text, TEXT_FIELDS, 'text');
      const sameTitle = text.title === paper.title;
      strings.push(paper.id, paper.title, paper.thumbnail ?? '', sameTitle ? '' : text.title, text.hash);
      const preview = text.preview;
      previews.push(preview);
      previewEnd += Buffer.byteLength(preview);
      const flags = (paper.thumbnail === null ? NO_THUMBNAIL : 0) | (sameTitle ? SAME_TITLE : 0);
      numbers.push(paper.rank, paper.upvotes, paper.line, text.length, text.titleLength, flags, previewEnd);
    }
  }
  const numberBytes = new Uint8Array(Float64Array.from(numbers).buffer);
  return [
    ...sized(v8.serialize(heads)),
    ...sized(v8.serialize(strings)),
    ...sized(numberBytes),
    Buffer.from(previews.join('')),
  ];
}

/** A cached text: its preview is read from the entry when a card asks for it. */
class CachedText implements TextRecord {
  // Not a field of its own until given: a cached text has none (`TextRecord.full`).
  declare full?: FullText;
  readonly #previews: Buffer;
  readonly #start: number;
  readonly #end: number;

  constructor(
    readonly title: string,
    readonly hash: string,
    readonly length: number,
    readonly titleLength: number,
    previews: Buffer,
    start: number,
    end: number,
  ) {
    this.#previews = previews;
    this.#start = start;
    this.#end = end;
  }

  get preview(): string {
    return this.#previews.toString('utf8', this.#start, this.#end);
  }
}

/** The records of an entry (`bytes`), in the order written. */
export function decodeRecords(bytes: Buffer): [string, FileRecord][] {
  const parts: Buffer[] = [];
  let at = 0;
  for (let i = 0; i < 3; i++) {
    if (at + 4 > bytes.length) throw new Error('a record entry is cut short');
    const length = bytes.readUInt32BE(at);
    if (at + 4 + length > bytes.length) throw new Error('a record entry is cut short');
    parts.push(bytes.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  const [headBytes = bytes, stringBytes = bytes, numberBytes = bytes] = parts;
  const heads = v8.deserialize(headBytes) as Head[];
  const strings = v8.deserialize(stringBytes) as string[];
  // Copied: a typed array over the entry would need it aligned to 8 bytes.
  const numbers = new Float64Array(
    numberBytes.buffer.slice(numberBytes.byteOffset, numberBytes.byteOffset + numberBytes.length),
  );
  const previews = bytes.subarray(at);
  let s = 0;
  let n = 0;
  let previewStart = 0;
  const records = heads.map(([key, head, problems, warnings]): [string, FileRecord] => {
    if (head === null) return [key, { digest: null, problems, warnings }];
    const papers = new Array<PaperRecord>(head.papers);
    for (let i = 0; i < head.papers; i++, s += STRINGS, n += NUMBERS) {
      const title = strings[s + 1] ?? '';
      const flags = numbers[n + 5] ?? 0;
      const previewEnd = numbers[n + 6] ?? 0;
      const text = new CachedText(
        flags & SAME_TITLE ? title : (strings[s + 3] ?? ''),
        strings[s + 4] ?? '',
        numbers[n + 3] ?? 0,
        numbers[n + 4] ?? 0,
        previews,
        previewStart,
        previewEnd,
      );
      previewStart = previewEnd;
      papers[i] = {
        id: strings[s] ?? '',
        rank: numbers[n] ?? 0,
        title,
        thumbnail: flags & NO_THUMBNAIL ? null : (strings[s + 2] ?? ''),
        line: numbers[n + 2] ?? 0,
        upvotes: numbers[n + 1] ?? 0,
        text,
      };
    }
    return [key, { digest: { ...head, papers }, problems, warnings }];
  });
  if (s !== strings.length || n !== numbers.length || previewStart !== previews.length) {
    throw new Error('a record entry does not hold what its heads say');
  }
  return records;
}
