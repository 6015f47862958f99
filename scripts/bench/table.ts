/**
 * Tables as text: each cell a figure with its budget's ✓/✗, or why it has none; and the
 * verdicts listed under the tables.
 */
import type { Maybe } from './maybe.ts';
import { fixed, median } from './numbers.ts';

export interface Cell {
  text: string;
  /** Undefined: no budget applies to this cell. */
  pass?: boolean;
  /** Why there is no figure, for the list under the tables. */
  reason?: string;
}

export interface Row {
  label: string;
  budget: string;
  cells: Partial<Record<string, Cell>>;
}

export interface Column {
  key: string;
  title: string;
}

export interface Table {
  name: string;
  columns: Column[];
  rows: Row[];
}

/** Columns of terminal cells a string takes: Hangul and other wide characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (cell.pass === undefined) return cell.text;
  return `${cell.text} ${cell.pass ? '✓' : '✗'}`;
}

export function renderTable(title: string, columns: readonly Column[], rows: readonly Row[]): string {
  const header = ['figure', ...columns.map((c) => c.title), 'budget'];
  const body = rows.map((row) => [row.label, ...columns.map((c) => cellText(row.cells[c.key])), row.budget]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...body.map((line) => displayWidth(line[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i] ?? 0, i > 0 && i < cells.length - 1))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [title, '', line(header), rule, ...body.map(line), ''].join('\n');
}

export function missing(reason: string): Cell {
  let text = 'failed';
  if (reason.startsWith('n/a')) text = 'n/a';
  else if (reason.startsWith('timed out') || /^build (timed out|failed)$/.test(reason)) text = reason;
  return { text, reason };
}

/** A figure of a `Maybe`, with a budget check when `limit` is given. */
export function figure<T>(
  source: Maybe<T>,
  pickValue: (value: T) => number | null,
  digits: number,
  limit?: (value: number) => boolean,
): Cell {
  if (!source.ok) return missing(source.reason);
  const value = pickValue(source.value);
  if (value === null || !Number.isFinite(value)) return { text: 'n/a', reason: 'not observed' };
  return limit ? { text: fixed(value, digits), pass: limit(value) } : { text: fixed(value, digits) };
}

/**
 * The median of repeated timings, each run in brackets (with `runDigits` decimals), with a
 * budget check when `limit` is given.
 */
export function timed<T>(
  source: Maybe<T[]>,
  pickValue: (run: T) => number | null,
  limit?: (value: number) => boolean,
  runDigits = 0,
): Cell {
  if (!source.ok) return missing(source.reason);
  const values = source.value.map(pickValue).filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length === 0) return { text: 'n/a', reason: 'not observed' };
  const value = median(values);
  const text = `${fixed(value, 1)} (${values.map((v) => fixed(v, runDigits)).join(' ')})`;
  return limit ? { text, pass: limit(value) } : { text };
}

export function textCell<T>(source: Maybe<T>, pickText: (value: T) => string): Cell {
  return source.ok ? { text: pickText(source.value) } : missing(source.reason);
}

/** The ✗ cells and the cells without a figure, one line each. */
export function verdicts(tables: readonly Table[]): { failed: string[]; missingFigures: string[] } {
  const failed: string[] = [];
  const missingFigures: string[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      for (const column of table.columns) {
        const cell = row.cells[column.key];
        if (cell === undefined) continue;
        const where = `${table.name} ${column.title}: ${row.label.trim()}`;
        if (cell.pass === false) failed.push(`${where} = ${cell.text} (budget ${row.budget})`);
        if (cell.reason !== undefined && row.budget !== '—') missingFigures.push(`${where}: ${cell.reason}`);
      }
    }
  }
  return { failed, missingFigures: [...new Set(missingFigures)] };
}
