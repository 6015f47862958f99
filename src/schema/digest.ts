/**
 * The one definition of the digest data: what the build-time pipeline emits and what the
 * client reads. Types are derived from the valibot schemas below, never written twice.
 *
 * The pipeline validates everything it writes against these schemas. The client's first
 * screen imports types only (`import type`), and the plain checks and values it needs from
 * checks.ts and data-files.ts, so that the validators (and valibot) load only with the code
 * that reads stored values, imported files and shared lists.
 */
import * as v from 'valibot';
import { ARCHIVE_SCOPES, type ArchiveScope, isCalendarDate, LANG_PATTERN, PAPER_ID_PATTERN } from './checks.ts';

/** A language code such as `ko` or `en`. Nothing assumes there are exactly two. */
export const LangSchema = v.pipe(v.string(), v.regex(LANG_PATTERN));
export type Lang = v.InferOutput<typeof LangSchema>;

/** `YYYY-MM-DD`, the date of a digest: a day that exists (`v.isoDate()` checks the shape only). */
export const IsoDateSchema = v.pipe(v.string(), v.isoDate(), v.check(isCalendarDate, 'Invalid date'));
export type IsoDate = v.InferOutput<typeof IsoDateSchema>;

/** A paper id: the last segment of its Hugging Face link, usually an arXiv id. */
export const PaperIdSchema = v.pipe(v.string(), v.regex(PAPER_ID_PATTERN));

/** Only http(s) links survive the pipeline. */
export const SafeUrlSchema = v.pipe(v.string(), v.regex(/^https?:\/\/[^\s]+$/i));

/** A path relative to the site's base URL, e.g. `data/days/2026-01-29.3f2a9c1b0d.json`. */
const AssetPathSchema = v.pipe(v.string(), v.regex(/^data\/[A-Za-z0-9._/-]+$/));

// ---------------------------------------------------------------------------------------
// Rich text. Inline Markdown becomes a small tree of plain data; nothing is ever HTML, so
// the client renders it with React elements and nothing can be injected.

export type Inline =
  | string
  | { t: 'strong' | 'em' | 'del'; c: Inline[] }
  | { t: 'code'; v: string }
  | { t: 'link'; href: string; c: Inline[] }
  | { t: 'br' };

// Each node is checked against the one shape its `t` names (`v.variant`), never against every
// shape in turn: a union of recursive shapes tries each at every level, which is exponential in
// the depth (a quote nested 17 deep took seconds and a gigabyte).
export const InlineSchema: v.GenericSchema<Inline> = v.union([
  v.string(),
  v.variant('t', [
    v.strictObject({
      t: v.picklist(['strong', 'em', 'del']),
      c: v.array(v.lazy(() => InlineSchema)),
    }),
    v.strictObject({ t: v.literal('code'), v: v.string() }),
    v.strictObject({
      t: v.literal('link'),
      href: SafeUrlSchema,
      c: v.array(v.lazy(() => InlineSchema)),
    }),
    v.strictObject({ t: v.literal('br') }),
  ]),
]);

export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'list'; ordered: boolean; items: Block[][] }
  | { t: 'code'; v: string }
  | { t: 'quote'; c: Block[] }
  | { t: 'table'; rows: Inline[][][] };

export const BlockSchema: v.GenericSchema<Block> = v.variant('t', [
  v.strictObject({ t: v.literal('p'), c: v.array(InlineSchema) }),
  v.strictObject({
    t: v.literal('list'),
    ordered: v.boolean(),
    items: v.array(v.array(v.lazy(() => BlockSchema))),
  }),
  v.strictObject({ t: v.literal('code'), v: v.string() }),
  v.strictObject({ t: v.literal('quote'), c: v.array(v.lazy(() => BlockSchema)) }),
  v.strictObject({ t: v.literal('table'), rows: v.array(v.array(v.array(InlineSchema))) }),
]);

// ---------------------------------------------------------------------------------------
// A paper's text in one language.

/** `summary`, `keyPoints` and `abstract` are recognised by their words; `other` is the author's own. */
export const SectionKindSchema = v.picklist(['summary', 'keyPoints', 'abstract', 'other']);
export type SectionKind = v.InferOutput<typeof SectionKindSchema>;

export const SectionSchema = v.strictObject({
  kind: SectionKindSchema,
  /** The heading as written, emoji and replacement characters removed. */
  heading: v.string(),
  blocks: v.array(BlockSchema),
});
export type Section = v.InferOutput<typeof SectionSchema>;

export const PaperTextSchema = v.strictObject({
  title: v.pipe(v.string(), v.minLength(1)),
  /** In the order the author wrote them. */
  sections: v.array(SectionSchema),
});
export type PaperText = v.InferOutput<typeof PaperTextSchema>;

// ---------------------------------------------------------------------------------------
// What the pipeline writes.

const ThumbSchema = v.nullable(AssetPathSchema);

/** One day a paper was listed on, with that day's rank and upvotes. */
export const AppearanceSchema = v.strictObject({
  date: IsoDateSchema,
  rank: v.pipe(v.number(), v.integer(), v.minValue(1)),
  upvotes: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type Appearance = v.InferOutput<typeof AppearanceSchema>;

/** Everything a card needs, and where to fetch the rest. */
export const CardSchema = v.strictObject({
  id: PaperIdSchema,
  date: IsoDateSchema,
  rank: v.pipe(v.number(), v.integer(), v.minValue(1)),
  upvotes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  title: v.string(),
  thumb: ThumbSchema,
  /** The first words of the summary, per language that has one. */
  preview: v.record(LangSchema, v.string()),
  /** The paper's own chunk. */
  file: AssetPathSchema,
});
export type Card = v.InferOutput<typeof CardSchema>;

/** A neighbouring day, for previous/next navigation. */
export const DayLinkSchema = v.strictObject({ date: IsoDateSchema, file: AssetPathSchema });
export type DayLink = v.InferOutput<typeof DayLinkSchema>;

export const DayChunkSchema = v.strictObject({
  date: IsoDateSchema,
  /** The N of the H1's "Top N". */
  top: v.pipe(v.number(), v.integer(), v.minValue(0)),
  langs: v.array(LangSchema),
  /**
   * The day's introduction (the text between the title and the first paper), per language of
   * a file that has one. Absent when no file of the day has one.
   */
  intro: v.optional(v.record(LangSchema, v.array(BlockSchema))),
  /** In digest rank order. */
  cards: v.array(CardSchema),
  /**
   * Neighbouring dates, not file names: a name would carry its neighbour's hash, and a
   * change to one day would rename every day. The year index resolves a date to its file.
   */
  prev: v.nullable(IsoDateSchema),
  next: v.nullable(IsoDateSchema),
});
export type DayChunk = v.InferOutput<typeof DayChunkSchema>;

export const PaperChunkSchema = v.strictObject({
  id: PaperIdSchema,
  title: v.string(),
  thumb: ThumbSchema,
  /** Newest first. */
  appearances: v.array(AppearanceSchema),
  texts: v.record(LangSchema, PaperTextSchema),
});
export type PaperChunk = v.InferOutput<typeof PaperChunkSchema>;

export const YearIndexSchema = v.strictObject({
  year: v.number(),
  /** Oldest first. */
  days: v.array(
    v.strictObject({
      date: IsoDateSchema,
      file: AssetPathSchema,
      papers: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  ),
});
export type YearIndex = v.InferOutput<typeof YearIndexSchema>;

/** Paper id → paper chunk, for the ids whose bucket this is. */
export const LookupShardSchema = v.record(PaperIdSchema, AssetPathSchema);
export type LookupShard = v.InferOutput<typeof LookupShardSchema>;

/** A page of a precomputed list: the cards of one slice of an ordered list. */
export const ListPageSchema = v.strictObject({ cards: v.array(CardSchema) });
export type ListPage = v.InferOutput<typeof ListPageSchema>;

/**
 * All pages of a list, in order. A list in digest order (newest day first) also says how
 * many of its cards each day has, in list order: the archive draws a heading per day and
 * jumps to a month without fetching the pages in between.
 */
export const ListIndexSchema = v.strictObject({
  pages: v.array(AssetPathSchema),
  days: v.optional(v.array(v.tuple([IsoDateSchema, v.pipe(v.number(), v.integer(), v.minValue(1))]))),
});
export type ListIndex = v.InferOutput<typeof ListIndexSchema>;

/**
 * A list of papers across days, in one order, precomputed at build time so that sorting
 * the whole archive never means downloading it: the first page is named here, the rest
 * through the index.
 */
export const ListRefSchema = v.strictObject({
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  pageSize: v.pipe(v.number(), v.integer(), v.minValue(1)),
  first: AssetPathSchema,
  index: AssetPathSchema,
});
export type ListRef = v.InferOutput<typeof ListRefSchema>;

export const ListOrdersSchema = v.strictObject({ rank: ListRefSchema, upvotes: ListRefSchema });
export type ListOrders = v.InferOutput<typeof ListOrdersSchema>;

export { ARCHIVE_SCOPES, type ArchiveScope };

const PeriodSchema = v.strictObject({ from: IsoDateSchema, to: IsoDateSchema, orders: ListOrdersSchema });

/**
 * The archive's lists: everything, the latest digest's week (Mon–Sun) and month, and the
 * seven and thirty days up to the latest digest (rolling: they move with each new day).
 */
export const ListsSchema = v.strictObject({
  all: ListOrdersSchema,
  week: v.nullable(PeriodSchema),
  month: v.nullable(PeriodSchema),
  last7: v.optional(v.nullable(PeriodSchema)),
  last30: v.optional(v.nullable(PeriodSchema)),
});
export type Lists = v.InferOutput<typeof ListsSchema>;

// ---------------------------------------------------------------------------------------
// Search: an inverted index cut into shards, so that a query downloads the few it needs.
// `docs/decisions/search-index.md` says why it looks like this.

const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * A slice of the sorted term dictionary. A key is a word or a prefix of one, Hangul words
 * written one after another joined, with where their spaces were (`강화학습 2`), or a title's
 * (`harder#1x2y3z`), see `lib/search-tokenize.ts`; its postings are doc numbers, ascending, each folded with its
 * weight into one number: `(gap - 1) * levels + (weight - 1)`, `gap` counted from the
 * previous doc number (from -1 for the first), `weight` the BM25 weight quantised to
 * `1..levels`.
 */
export const SearchTermShardSchema = v.strictObject({
  keys: v.array(v.string()),
  postings: v.array(v.array(v.number())),
});
export type SearchTermShard = v.InferOutput<typeof SearchTermShardSchema>;

/**
 * The Latin keys of the index that start with one letter, of four letters or more, sorted,
 * with the number of papers each is in: what a query word with a typo is compared with
 * (`lib/search-typos.ts`). A key is left out when one letter more gives a key in as many
 * papers (`diffu` beside `diffus`): the longer one stands for both.
 */
export const SearchVocabShardSchema = v.strictObject({
  keys: v.array(v.string()),
  papers: v.array(CountSchema),
});
export type SearchVocabShard = v.InferOutput<typeof SearchVocabShardSchema>;

/** Doc number → paper, for `perShard` consecutive doc numbers. */
export const SearchDocShardSchema = v.strictObject({
  papers: v.array(v.strictObject({ id: PaperIdSchema, file: AssetPathSchema })),
});
export type SearchDocShard = v.InferOutput<typeof SearchDocShardSchema>;

/** Where the shards are. Doc numbers go by upvotes, most first, so a lower one wins a tie. */
export const SearchManifestSchema = v.strictObject({
  version: v.literal(2),
  docCount: CountSchema,
  levels: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Shard `i` holds the keys from `first[i]` up to `first[i + 1]` (exclusive). */
  terms: v.strictObject({ first: v.array(v.string()), files: v.array(AssetPathSchema) }),
  docs: v.strictObject({ perShard: v.pipe(v.number(), v.integer(), v.minValue(1)), files: v.array(AssetPathSchema) }),
  /** The vocabulary shard of the keys starting with `letters[i]` is `files[i]`. */
  vocab: v.strictObject({ letters: v.array(v.string()), files: v.array(AssetPathSchema) }),
});
export type SearchManifest = v.InferOutput<typeof SearchManifestSchema>;

export const SearchRefSchema = v.strictObject({ manifest: AssetPathSchema, docCount: CountSchema });
export type SearchRef = v.InferOutput<typeof SearchRefSchema>;

/** The entry point, embedded in every HTML page: small and independent of the archive's size. */
export const RootSchema = v.strictObject({
  version: v.literal(1),
  latest: v.nullable(DayLinkSchema),
  first: v.nullable(IsoDateSchema),
  dayCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  paperCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  langs: v.array(LangSchema),
  years: v.array(v.strictObject({ year: v.number(), file: AssetPathSchema })),
  /**
   * Where each paper's chunk is: `<dir>/<n>.json` for shard n of `shards`, ids spread by
   * `lookupBucket()` (`lookupShardFile()`). One folder named by the hash of all the shards,
   * not a hash per file: the root is in every page, and 128 file hashes were 1.3 KB of it.
   */
  lookup: v.strictObject({ dir: AssetPathSchema, shards: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
  lists: ListsSchema,
  /** The search index; absent from roots written before search existed. */
  search: v.optional(SearchRefSchema),
});
export type Root = v.InferOutput<typeof RootSchema>;
