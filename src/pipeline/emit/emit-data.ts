/**
 * The archive → the JSON files the client fetches, all under `data/` with content-hashed,
 * immutable names, plus the small `Root` that every HTML page embeds.
 *
 * Sized for ten years of daily digests: the root does not grow with the number of days
 * (one entry per year), the first screen needs the root and one day chunk, and a deep link
 * to a paper needs one lookup shard and one paper chunk.
 *
 * The papers' texts arrive checked and serialised (`parse/digest-record.ts`), and a paper chunk or a
 * paper's search terms made by an earlier build is taken from `memo` when it is made of the
 * same things: a build after adding a day writes the new papers' chunks only. Everything
 * else (days, lists, lookup, search) is written afresh each time, from small parts.
 */
import { createHash, hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import {
  type Card,
  CardSchema,
  DayChunkSchema,
  type Lang,
  LookupShardSchema,
  PaperChunkSchema,
  type Root,
  RootSchema,
  type YearIndex,
  YearIndexSchema,
} from '../../schema/digest.ts';
import { lookupBucket } from '../../schema/data-files.ts';
import type { FullText, TextRecord } from '../parse/digest-record.ts';
import { emitLists, type ListCard } from './emit-lists.ts';
import { writeManifest } from '../search/emit-search.ts';
import { fileOut, writeSet } from './json-out.ts';
import { type Archive, type ArchiveDay, compareLangs } from '../archive/load-archive.ts';
import type { Problem } from '../parse/parse-digest.ts';
import { type IndexDoc, orderKey, planPostings, type PostingDocs } from '../search/posting-plan.ts';
import { inThisThread, type SearchRunner, searchTask } from '../search/search-task.ts';
import { type KeyTable, titleLength } from '../search/term-counter.ts';

export { contentHash } from './json-out.ts';

export interface SiteData {
  /** Path under the output folder → contents (UTF-8 for the JSON). */
  files: Map<string, string | Uint8Array>;
  root: Root;
  warnings: Problem[];
  stats: { days: number; papers: number; thumbnails: number; missingThumbnails: number };
}

/** What one build leaves the next: paper and day chunks under what they are made of (`memoKey`), and the search postings. */
export interface EmitMemo {
  chunks: Map<string, { file: string; bytes: Uint8Array }>;
  /** Day chunks, and where each of their cards' JSON is in them (start and end, card after card). */
  days?: Map<string, DayMemo>;
  /** The chunks' and days' `bytes` can be read once this settles (an earlier build's are read meanwhile). */
  ready?: Promise<void>;
  /** The last build's postings: what planning needs of them, and their file, open. */
  postings?: { docs: PostingDocs; fd: number };
  /** The search keys the next build's terms are numbered by. */
  keys?: string[];
}

export interface EmitOptions {
  /** The search keys numbered as in the texts' terms. */
  keys: KeyTable;
  /** An earlier build's. */
  memo?: EmitMemo;
  /** Gives texts of cached records their `full` part, which only a new chunk or new terms need. */
  complete: (texts: readonly TextRecord[]) => Promise<void>;
  /** Whether a thumbnail's file exists (`existsSync` by default). */
  exists?: (file: string) => boolean;
  /** Where the search index is made (in this thread by default). */
  search?: SearchRunner;
  /** The file the search postings are kept in for the next build. */
  keepPostings?: string;
  /**
   * The key of the record of the digest file named so (`DigestRecord.file`), which its bytes
   * and language make (`cache/file-key.ts`): a day made of the same records, neighbours, paper
   * chunks and thumbnails is the same chunk, with the same cards, as `memo` holds.
   */
  recordKey?: (file: string) => string | undefined;
}

export interface DayMemo {
  file: string;
  bytes: Uint8Array;
  cards: Int32Array;
}

const IMAGE_TYPES = new Set(['.jpg', '.jpeg', '.png', '.webp', '.gif', '.avif']);
/** Ids per lookup shard, on average; the shard count is the next power of two. */
const IDS_PER_SHARD = 256;

interface PaperAccumulator {
  id: string;
  title: string;
  thumb: string | null;
  appearances: { date: string; rank: number; upvotes: number }[];
  texts: Record<Lang, TextRecord>;
}

/** Gives the texts that lack it their `full` part (`EmitOptions.complete`). */
async function completed(
  texts: readonly TextRecord[],
  complete: (texts: readonly TextRecord[]) => Promise<void>,
): Promise<void> {
  const incomplete = [...new Set(texts.filter((text) => text.full === undefined))];
  if (incomplete.length > 0) await complete(incomplete);
}

/** A day chunk as the memo keeps it, with where its cards are in it (`items`, written in it one after another). */
function dayMemo(file: string, bytes: string | Uint8Array | undefined, items: readonly Uint8Array[]): DayMemo | null {
  if (bytes === undefined || typeof bytes === 'string') return null;
  const cards = new Int32Array(2 * items.length);
  let at = items[0] === undefined ? 0 : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(items[0]);
  if (at < 0) return null;
  items.forEach((item, j) => {
    cards[2 * j] = at;
    cards[2 * j + 1] = at += item.byteLength;
    at++; // the comma
  });
  return { file, bytes, cards };
}

/**
 * The key a memo keeps a chunk under: a digest of what the chunk is made of (`parts`, as
 * JSON). The whole JSON would be a few hundred characters per paper, most of the cache's
 * state: every build after adding a day would read, keep through its collections and write
 * again some ten megabytes of them, for a saving (no hash) of about ten milliseconds. JSON
 * escapes lone surrogates, so different parts never hash the same UTF-8.
 */
export function memoKey(parts: unknown): string {
  return hash('sha256', JSON.stringify(parts), 'base64url');
}

/** A file's bytes, or null when it cannot be read (a folder, removed meanwhile). */
function readIfThere(file: string): Uint8Array | null {
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    return null;
  }
}

function fullText(text: TextRecord): FullText {
  if (text.full === undefined) throw new Error(`the text of "${text.title}" was not completed`);
  return text.full;
}

export async function emitData(
  archive: Archive,
  {
    keys,
    memo = { chunks: new Map() },
    complete,
    exists = existsSync,
    search = inThisThread,
    keepPostings,
    recordKey,
  }: EmitOptions,
): Promise<{ data: SiteData; memo: EmitMemo; kept: Promise<void> }> {
  const files: SiteData['files'] = new Map();
  const out = fileOut(files);
  const warnings: Problem[] = [];
  const stats = { days: archive.days.length, papers: 0, thumbnails: 0, missingThumbnails: 0 };

  // Thumbnails: emitted when present beside the digest, recorded as absent otherwise.
  const thumbs = new Map<string, string | null>();
  const thumbnailFor = (absolute: string | null): string | null => {
    if (absolute === null) return null;
    const known = thumbs.get(absolute);
    if (known !== undefined) return known;
    const ext = path.extname(absolute).toLowerCase();
    // Most thumbnails are absent: told apart without an exception, whose stack costs a build
    // after adding a day tens of milliseconds over ten years of them.
    const bytes = IMAGE_TYPES.has(ext) && exists(absolute) ? readIfThere(absolute) : null;
    let emitted: string | null = null;
    if (bytes === null) {
      stats.missingThumbnails++;
    } else {
      emitted = `data/img/${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}${ext === '.jpeg' ? '.jpg' : ext}`;
      files.set(emitted, bytes);
      stats.thumbnails++;
    }
    thumbs.set(absolute, emitted);
    return emitted;
  };

  // Papers across days: one chunk per paper id, all its appearances and languages.
  const papers = new Map<string, PaperAccumulator>();
  const dayThumbs = new Map<ArchiveDay, (string | null)[]>();
  for (const day of archive.days) {
    const resolved: (string | null)[] = [];
    for (const paper of day.papers) {
      const thumb = thumbnailFor(paper.thumbnail);
      resolved.push(thumb);
      const acc = papers.get(paper.id);
      const appearance = { date: day.date, rank: paper.rank, upvotes: paper.upvotes };
      if (acc) {
        acc.appearances.push(appearance);
        // The newest day's text and title win; older languages stay when the newest lacks them.
        acc.title = paper.title;
        acc.thumb = thumb ?? acc.thumb;
        acc.texts = { ...acc.texts, ...paper.texts };
      } else {
        papers.set(paper.id, {
          id: paper.id,
          title: paper.title,
          thumb,
          appearances: [appearance],
          texts: { ...paper.texts },
        });
      }
    }
    dayThumbs.set(day, resolved);
  }
  stats.papers = papers.size;

  // Each paper's place in the search index, which only the papers new to it need the terms
  // of. The index is made meanwhile (in a worker thread for a large archive), so first.
  const next: EmitMemo = { chunks: new Map(), days: new Map() };
  const plans = [...papers.values()].map((acc) => {
    const texts = Object.entries(acc.texts).sort(([a], [b]) => compareLangs(a, b));
    const hashes = texts.map(([lang, text]) => [lang, text.hash]);
    const titles = new Map(texts.map(([, text]) => [text.title, text.titleLength]));
    titles.set(acc.title, titles.get(acc.title) ?? titleLength(acc.title));
    let length = 0;
    for (const [, l] of titles) length += l;
    for (const [, text] of texts) length += text.length;
    const doc: IndexDoc = {
      id: acc.id,
      file: '',
      appearances: acc.appearances,
      // What the paper's terms are made of (the texts' hashes cover its titles), and its place.
      signature: JSON.stringify([acc.id, hashes, orderKey(acc.appearances)]),
      length,
      terms: () => {
        throw new Error('the search task counts the terms');
      },
    };
    return { acc, texts, hashes, titles: [...titles.keys()], doc };
  });
  const postingPlan = planPostings(
    plans.map((plan) => plan.doc),
    memo.postings?.docs,
  );
  const textsOf = new Map(plans.map(({ doc, titles, texts }) => [doc, { titles, texts }]));
  const needed = postingPlan.needed.flatMap((doc) => textsOf.get(doc)?.texts.map(([, text]) => text) ?? []);
  await completed(needed, complete);
  const searched = search.run(
    searchTask(
      postingPlan,
      keys.keys,
      (doc) => {
        const { titles = [], texts = [] } = textsOf.get(doc) ?? {};
        return { titles, terms: texts.map(([, text]) => fullText(text).terms) };
      },
      memo.postings?.fd ?? null,
      keepPostings ?? null,
    ),
  );

  await memo.ready;
  // Each paper's chunk, or the earlier build's when made of the same things.
  const chunks = plans.map(({ acc, texts, hashes }) => {
    const skeleton = { id: acc.id, title: acc.title, thumb: acc.thumb, appearances: [...acc.appearances].reverse() };
    return { acc, texts, skeleton, key: memoKey([skeleton, hashes]) };
  });
  await completed(
    chunks.filter(({ key }) => !memo.chunks.has(key)).flatMap(({ texts }) => texts.map(([, text]) => text)),
    complete,
  );
  const paperFiles = new Map<string, string>();
  for (const { acc, texts, skeleton, key } of chunks) {
    let chunk = memo.chunks.get(key);
    if (chunk === undefined) {
      const items = texts.map(([lang, text]) =>
        Buffer.concat([Buffer.from(`${JSON.stringify(lang)}:`), fullText(text).json]),
      );
      const file = out.filled(PaperChunkSchema, 'papers', acc.id, { ...skeleton, texts: {} }, 'texts', items);
      chunk = { file, bytes: files.get(file) as Uint8Array };
    } else {
      files.set(chunk.file, chunk.bytes);
    }
    next.chunks.set(key, chunk);
    paperFiles.set(acc.id, chunk.file);
  }

  // Cards: checked one by one, then written as they are into days and lists.
  const cardJson = new Map<ListCard, Uint8Array>();
  const cardsOf = (day: ArchiveDay): Card[] =>
    day.papers.map((paper, i) => {
      const card = v.parse(CardSchema, {
        id: paper.id,
        date: day.date,
        rank: paper.rank,
        upvotes: paper.upvotes,
        title: paper.title,
        thumb: dayThumbs.get(day)?.[i] ?? null,
        preview: Object.fromEntries(
          Object.entries(paper.texts)
            .map(([lang, text]) => [lang, text.preview] as const)
            .filter(([, text]) => text !== ''),
        ),
        file: paperFiles.get(paper.id) ?? '',
      });
      cardJson.set(card, Buffer.from(JSON.stringify(card)));
      return card;
    });
  // What a day's chunk is made of, when its files' records are known.
  const dayKey = (day: ArchiveDay, prev: string | null, following: string | null): string | null => {
    if (recordKey === undefined) return null;
    const records: string[] = [];
    for (const file of day.files) {
      const key = recordKey(file);
      if (key === undefined) return null;
      records.push(key);
    }
    const papers = day.papers.map((paper) => paperFiles.get(paper.id) ?? '');
    return memoKey([records, prev, following, dayThumbs.get(day) ?? [], papers]);
  };
  const jsonOf = (card: ListCard) => {
    const json = cardJson.get(card);
    if (json === undefined) throw new Error(`the card of ${card.id} on ${card.date} was not written`);
    return json;
  };

  // Days, newest last; each chunk links its neighbours, so a day's chunk changes only when
  // its own text or a neighbour's existence does. A day made of what an earlier build's was
  // is that build's chunk, cards and all.
  const years = new Map<number, YearIndex['days']>();
  const dayCards: { date: string; cards: ListCard[] }[] = [];
  archive.days.forEach((day, i) => {
    const prev = archive.days[i - 1]?.date ?? null;
    const following = archive.days[i + 1]?.date ?? null;
    const key = dayKey(day, prev, following);
    const kept = key === null ? undefined : memo.days?.get(key);
    let file: string;
    let cards: ListCard[];
    if (kept?.cards.length === 2 * day.papers.length) {
      file = kept.file;
      files.set(file, kept.bytes);
      cards = day.papers.map((paper, j) => {
        const card: ListCard = { id: paper.id, date: day.date, rank: paper.rank, upvotes: paper.upvotes };
        cardJson.set(card, kept.bytes.subarray(kept.cards[2 * j], kept.cards[2 * j + 1]));
        return card;
      });
      if (key !== null) next.days?.set(key, kept);
    } else {
      cards = cardsOf(day);
      const intro = Object.keys(day.intro).length > 0 ? { intro: day.intro } : {};
      const chunk = { date: day.date, top: day.top, langs: day.langs, ...intro, cards: [], prev, next: following };
      const items = cards.map(jsonOf);
      file = out.filled(DayChunkSchema, 'days', day.date, chunk, 'cards', items);
      const made = key === null ? null : dayMemo(file, files.get(file), items);
      if (key !== null && made !== null) next.days?.set(key, made);
    }
    dayCards.push({ date: day.date, cards });
    const year = Number(day.date.slice(0, 4));
    const list = years.get(year) ?? [];
    list.push({ date: day.date, file, papers: day.papers.length });
    years.set(year, list);
  });

  const yearFiles = [...years.entries()].map(([year, days]) => ({
    year,
    file: out.json(YearIndexSchema, 'years', String(year), { year, days }),
  }));

  // Lookup shards: id → paper chunk, spread by hash so no shard grows with the archive.
  let bucketCount = 1;
  while (bucketCount * IDS_PER_SHARD < papers.size) bucketCount *= 2;
  const shards: Record<string, string>[] = Array.from({ length: bucketCount }, () => ({}));
  for (const [id, file] of paperFiles) {
    const shard = shards[lookupBucket(id, bucketCount)];
    if (shard) shard[id] = file;
  }
  const lookup = { dir: writeSet(files, LookupShardSchema, 'lookup', shards), shards: bucketCount };

  const lists = emitLists(out, jsonOf, dayCards);
  const index = await searched.result;
  for (const [file, bytes] of index.written) files.set(file, bytes);
  const searchRef = writeManifest(
    out,
    index.ids.map((id) => ({ id, file: paperFiles.get(id) ?? '' })),
    index,
    index.vocab,
  );
  next.keys = index.keys;

  const latestDay = archive.days.at(-1);
  const latestFile = latestDay ? years.get(Number(latestDay.date.slice(0, 4)))?.at(-1)?.file : undefined;
  const root: Root = v.parse(RootSchema, {
    version: 1,
    latest: latestDay && latestFile ? { date: latestDay.date, file: latestFile } : null,
    first: archive.days[0]?.date ?? null,
    dayCount: archive.days.length,
    paperCount: papers.size,
    langs: [...new Set(archive.days.flatMap((d) => d.langs))].sort(compareLangs),
    years: yearFiles,
    lookup,
    lists,
    search: searchRef,
  } satisfies Root);

  return { data: { files, root, warnings, stats }, memo: next, kept: searched.kept };
}
