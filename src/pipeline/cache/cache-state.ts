/**
 * The content cache's state (`state.bin`), which names the packs and where in them each
 * entry is.
 */
import { checkPlace, type PackInfo, type Place } from './pack-store.ts';

/**
 * The state, in columns: reading tens of thousands of small arrays and objects (and a typed
 * array per day, each with its own buffer) cost a build after adding a day more than the rest
 * of the state. Each row is at the same index in its entry's columns; a state whose columns
 * do not match is refused.
 */
export interface State {
  version: string;
  packs: PackInfo[];
  /** Each a serialised `[key, record][]`. */
  recordSets: (Place & { count: number })[];
  /** Per file: `STAT_NUMBERS` numbers (size, mtimeMs, ctimeMs, ino), and its key. */
  stats: { files: string[]; keys: string[]; numbers: Float64Array };
  keys: string[];
  /** Per chunk: its memo key, its file and its place (`PLACE_NUMBERS` numbers). */
  chunks: Columns;
  /**
   * Day chunks (`EmitMemo.days`) likewise, and where their cards are in them: day `i`'s
   * `cards` are `cardCounts[i]` numbers, after those of the days before it.
   */
  days: Columns & { cards: Int32Array; cardCounts: Int32Array };
  /** The file the search postings are kept in (`search/posting-file.ts`). */
  postings: string | null;
}

export interface Columns {
  keys: string[];
  files: string[];
  places: Float64Array;
}

export const STAT_NUMBERS = 4;
export const PLACE_NUMBERS = 3;

export function columns(entries: readonly (readonly [key: string, file: string, place: Place])[]): Columns {
  const places = new Float64Array(PLACE_NUMBERS * entries.length);
  entries.forEach(([, , { pack, offset, length }], i) => places.set([pack, offset, length], PLACE_NUMBERS * i));
  return { keys: entries.map(([key]) => key), files: entries.map(([, file]) => file), places };
}

/** Row `i` of `columns`, checked against the packs. */
export function row(
  columns: Columns,
  i: number,
  packs: readonly PackInfo[],
): [key: string, file: string, place: Place] {
  const at = PLACE_NUMBERS * i;
  const place = {
    pack: columns.places[at] ?? -1,
    offset: columns.places[at + 1] ?? -1,
    length: columns.places[at + 2] ?? -1,
  };
  checkPlace(place, packs);
  return [columns.keys[i] ?? '', columns.files[i] ?? '', place];
}

/** Throws unless each column (with its numbers per row) has `rows` rows. */
export function checkRows(what: string, rows: number, ...columns: [ArrayLike<unknown>, number][]): void {
  for (const [column, width] of columns) {
    if (column.length !== rows * width) throw new Error(`the ${what} of the state do not match`);
  }
}
