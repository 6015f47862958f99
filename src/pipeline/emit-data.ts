/**
 * The archive → the JSON files the client fetches, all under `data/` with content-hashed,
 * immutable names, plus the small `Root` that every HTML page embeds.
 *
 * Sized for ten years of daily digests: the root does not grow with the number of days
 * (one entry per year, one per lookup shard), the first screen needs the root and one day
 * chunk, and a deep link to a paper needs one lookup shard and one paper chunk.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import {
  type Card,
  type DayChunk,
  DayChunkSchema,
  type Lang,
  type LookupShard,
  LookupShardSchema,
  lookupBucket,
  type PaperChunk,
  PaperChunkSchema,
  type PaperText,
  type Root,
  RootSchema,
  type YearIndex,
  YearIndexSchema,
} from '../schema/digest.ts';
import { type Archive, type ArchiveDay, compareLangs } from './load-archive.ts';
import type { Problem } from './parse-digest.ts';
import { emitLists } from './emit-lists.ts';
import { emitSearch } from './emit-search.ts';
import { blockText } from './rich-text.ts';

export interface SiteData {
  /** Path under the output folder → contents. */
  files: Map<string, string | Uint8Array>;
  root: Root;
  warnings: Problem[];
  stats: { days: number; papers: number; thumbnails: number; missingThumbnails: number };
}

const IMAGE_TYPES = new Set(['.jpg', '.jpeg', '.png', '.webp', '.gif', '.avif']);
const PREVIEW_CHARS = 220;
/** Ids per lookup shard, on average; the shard count is the next power of two. */
const IDS_PER_SHARD = 256;

export function contentHash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 10);
}

/** Writes `value` as `data/<dir>/<name>.<hash>.json` after checking it against its schema. */
function jsonFile<T>(
  files: SiteData['files'],
  schema: v.GenericSchema<T>,
  dir: string,
  name: string,
  value: T,
): string {
  const checked = v.parse(schema, value);
  const text = JSON.stringify(checked);
  const file = `data/${dir}/${name}.${contentHash(text)}.json`;
  files.set(file, text);
  return file;
}

/** The first words of a text, cut at a word boundary. */
export function preview(text: string, limit = PREVIEW_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:·]+$/u, '')}…`;
}

function summaryText(text: PaperText): string {
  const summary = text.sections.find((s) => s.kind === 'summary') ?? text.sections.find((s) => s.kind === 'abstract');
  return summary ? blockText(summary.blocks) : '';
}

interface PaperAccumulator {
  id: string;
  title: string;
  thumb: string | null;
  appearances: { date: string; rank: number; upvotes: number }[];
  texts: Record<Lang, PaperText>;
}

export async function emitData(archive: Archive): Promise<SiteData> {
  const files: SiteData['files'] = new Map();
  const warnings: Problem[] = [];
  const stats = { days: archive.days.length, papers: 0, thumbnails: 0, missingThumbnails: 0 };

  // Thumbnails: emitted when present beside the digest, recorded as absent otherwise.
  const thumbs = new Map<string, string | null>();
  const thumbnailFor = async (absolute: string | null): Promise<string | null> => {
    if (absolute === null) return null;
    const known = thumbs.get(absolute);
    if (known !== undefined) return known;
    let emitted: string | null = null;
    const ext = path.extname(absolute).toLowerCase();
    if (IMAGE_TYPES.has(ext)) {
      try {
        const bytes = new Uint8Array(await readFile(absolute));
        emitted = `data/img/${contentHash(bytes)}${ext === '.jpeg' ? '.jpg' : ext}`;
        files.set(emitted, bytes);
        stats.thumbnails++;
      } catch {
        stats.missingThumbnails++;
      }
    } else {
      stats.missingThumbnails++;
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
      const thumb = await thumbnailFor(paper.thumbnail);
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

  const paperFiles = new Map<string, string>();
  for (const acc of papers.values()) {
    const chunk: PaperChunk = {
      id: acc.id,
      title: acc.title,
      thumb: acc.thumb,
      appearances: [...acc.appearances].reverse(),
      texts: Object.fromEntries(Object.entries(acc.texts).sort(([a], [b]) => compareLangs(a, b))),
    };
    paperFiles.set(acc.id, jsonFile(files, PaperChunkSchema, 'papers', acc.id, chunk));
  }

  // Days, newest last; each chunk links its neighbours, so a day's chunk changes only when
  // its own text or a neighbour's existence does.
  const cardsOf = (day: ArchiveDay): Card[] =>
    day.papers.map((paper, i) => ({
      id: paper.id,
      date: day.date,
      rank: paper.rank,
      upvotes: paper.upvotes,
      title: paper.title,
      thumb: dayThumbs.get(day)?.[i] ?? null,
      preview: Object.fromEntries(
        Object.entries(paper.texts)
          .map(([lang, text]) => [lang, preview(summaryText(text))] as const)
          .filter(([, text]) => text !== ''),
      ),
      file: paperFiles.get(paper.id) ?? '',
    }));

  const years = new Map<number, YearIndex['days']>();
  const dayCards: { date: string; cards: Card[] }[] = [];
  archive.days.forEach((day, i) => {
    const cards = cardsOf(day);
    dayCards.push({ date: day.date, cards });
    const chunk: DayChunk = {
      date: day.date,
      top: day.top,
      langs: day.langs,
      cards,
      prev: archive.days[i - 1]?.date ?? null,
      next: archive.days[i + 1]?.date ?? null,
    };
    const file = jsonFile(files, DayChunkSchema, 'days', day.date, chunk);
    const year = Number(day.date.slice(0, 4));
    const list = years.get(year) ?? [];
    list.push({ date: day.date, file, papers: day.papers.length });
    years.set(year, list);
  });

  const yearFiles = [...years.entries()].map(([year, days]) => ({
    year,
    file: jsonFile(files, YearIndexSchema, 'years', String(year), { year, days }),
  }));

  // Lookup shards: id → paper chunk, spread by hash so no shard grows with the archive.
  let bucketCount = 1;
  while (bucketCount * IDS_PER_SHARD < papers.size) bucketCount *= 2;
  const shards: LookupShard[] = Array.from({ length: bucketCount }, () => ({}));
  for (const [id, file] of paperFiles) {
    const shard = shards[lookupBucket(id, bucketCount)];
    if (shard) shard[id] = file;
  }
  const lookup = shards.map((shard, i) => jsonFile(files, LookupShardSchema, 'lookup', `${bucketCount}-${i}`, shard));

  const lists = emitLists((schema, dir, name, value) => jsonFile(files, schema, dir, name, value), dayCards);

  const search = emitSearch(
    (schema, dir, name, value) => jsonFile(files, schema, dir, name, value),
    [...papers.values()].map((paper) => ({ ...paper, file: paperFiles.get(paper.id) ?? '' })),
  );

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
    search,
  } satisfies Root);

  return { files, root, warnings, stats };
}
