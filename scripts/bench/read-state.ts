/**
 * C) The read marks as localStorage holds them, for ten years of reading: 3,650 days of Top-5
 * (18,250 papers) and of Top-30 (109,500). Stored bytes with every paper read, with every
 * other one read, and with the latest 1,000 marks keeping their times (as after a day of
 * marking); beside them, the same papers as a JSON list of ids, the form a naive store would
 * use. Then the time to parse and write back the largest value, as the store does on start
 * and on each mark. No archive is built: the marks are (date, rank) pairs, whatever the papers.
 *
 *   tsx scripts/bench/read-state.ts   (alone; `npm run bench` prints it after B)
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { fixed, kb, median } from './numbers.ts';
import { renderTable, type Row, type Table } from './table.ts';

const DAYS = 3650;
const SHAPES = [
  { key: 'top5', title: '10y Top-5', papersPerDay: 5 },
  { key: 'top30', title: '10y Top-30', papersPerDay: 30 },
] as const;
/** A paper id as Hugging Face links them, e.g. `2601.20614`. */
const ID_LENGTH = 10;

function dates(): string[] {
  const start = Date.UTC(2016, 0, 1);
  return Array.from({ length: DAYS }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

/** The characters localStorage keeps for a value: Chrome counts its quota in them. */
const chars = (text: string) => text.length;

export async function measureReadState(): Promise<Table> {
  // Imported here, as the other modules import what is not Node's own (see main.ts).
  const { EMPTY_READ, pruneReadData, serializeReadData, setRead } = await import('../../src/lib/read-state.ts');
  const { parseReadData } = await import('../../src/lib/read-state-validation.ts');
  const days = dates();
  const now = Date.UTC(2026, 0, 29);
  const cells: Record<string, Record<string, string>> = {};
  for (const shape of SHAPES) {
    const papers = days.flatMap((date) =>
      Array.from({ length: shape.papersPerDay }, (_, i) => ({ date, rank: i + 1 })),
    );
    // What the store writes: marked long ago, so that no mark keeps its time (they expire after
    // 90 days), then the latest 1,000 marked now, which keep theirs.
    const stored = (data: typeof EMPTY_READ) => pruneReadData(data, now);
    const longAgo = now - 400 * 86_400_000;
    const all = stored(setRead(EMPTY_READ, papers, true, longAgo));
    const half = stored(
      setRead(
        EMPTY_READ,
        papers.filter((_, i) => i % 2 === 0),
        true,
        longAgo,
      ),
    );
    const recent = stored(
      setRead(stored(setRead(EMPTY_READ, papers.slice(0, -1000), true, longAgo)), papers.slice(-1000), true, now),
    );
    const allText = serializeReadData(all);
    const recentText = serializeReadData(recent);
    const ids = JSON.stringify(papers.map((_, i) => String(i).padStart(ID_LENGTH, '0')));
    const runs = Array.from({ length: 5 }, () => {
      const t0 = performance.now();
      const parsed = parseReadData(recentText);
      const t1 = performance.now();
      if (parsed.status !== 'valid') throw new Error(`the stored value does not read back: ${parsed.status}`);
      serializeReadData(stored(setRead(parsed.data, [{ date: days[0] ?? '', rank: 1 }], false, now + 1)));
      return { parse: t1 - t0, write: performance.now() - t1 };
    });
    cells[shape.key] = {
      papers: papers.length.toLocaleString('en'),
      all: fixed(kb(chars(allText)), 1),
      half: fixed(kb(chars(serializeReadData(half))), 1),
      recent: fixed(kb(chars(recentText)), 1),
      ids: fixed(kb(chars(ids)), 1),
      parse: fixed(median(runs.map((r) => r.parse)), 1),
      write: fixed(median(runs.map((r) => r.write)), 1),
    };
  }
  const row = (label: string, key: string): Row => ({
    label,
    budget: '—',
    cells: Object.fromEntries(SHAPES.map((s) => [s.key, { text: cells[s.key]?.[key] ?? '' }])),
  });
  return {
    name: 'C)',
    columns: SHAPES.map((s) => ({ key: s.key, title: s.title })),
    rows: [
      row('papers (3,650 days)', 'papers'),
      row('read state: every paper read, K chars', 'all'),
      row('read state: every other paper read, K chars', 'half'),
      row('read state: all read, latest 1,000 with times, K chars', 'recent'),
      row('   for comparison: the ids as a JSON list, K chars', 'ids'),
      row('read state: parse that value, ms (median of 5)', 'parse'),
      row('read state: one mark, then write it back, ms', 'write'),
    ],
  };
}

export const READ_STATE_TITLE = 'C) Read marks in localStorage (characters; Chrome counts its quota in them)';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const table = await measureReadState();
  process.stdout.write(renderTable(READ_STATE_TITLE, table.columns, table.rows));
}
