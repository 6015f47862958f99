/**
 * A bookmarks export of many entries, as large as the import accepts, for the end-to-end
 * test and the bench: generated, never kept in the repository.
 *
 * 60,000 bookmarks fit under the import's 5 MiB only when each is small, so these are: a
 * short id and title, a date on every fifth (spread over ten years, so the page meets many
 * days), none on the rest (as bookmarks recovered from an older format have). The papers
 * given in `first` come first, newest saved, so that the top of the list shows real cards.
 */
export interface ExportPaper {
  id: string;
  title: string;
  date: string;
}

export const MANY_BOOKMARKS = 60_000;

const NEWEST = Date.parse('2026-02-01T00:00:00.000Z');
const DAY_MS = 24 * 60 * 60 * 1000;

/** The title of the generated bookmark at `index` (after those of `first`). */
export function generatedTitle(index: number): string {
  return `Paper ${index}`;
}

export function bookmarkExport(count: number, first: readonly ExportPaper[] = []): string {
  const entries: string[] = [];
  const savedAt = (n: number) => new Date(NEWEST - n * 60_000).toISOString();
  for (const [n, paper] of first.entries()) {
    entries.push(JSON.stringify({ id: paper.id, title: paper.title, date: paper.date, savedAt: savedAt(n) }));
  }
  for (let index = first.length; index < count; index++) {
    const date = index % 5 === 0 ? new Date(NEWEST - (index % 3650) * DAY_MS).toISOString().slice(0, 10) : null;
    entries.push(
      JSON.stringify({ id: `p${index.toString(36)}`, title: generatedTitle(index), date, savedAt: savedAt(index) }),
    );
  }
  return `{"version":1,"exportedAt":"${new Date(NEWEST).toISOString()}","bookmarks":[${entries.join(',')}]}\n`;
}
