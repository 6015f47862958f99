/** Reading the data files of a built site (its `data/` folder), for what is made from them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DayChunk, Root, YearIndex } from '../schema/digest.ts';

/** A data file of the site in `dist`, by its site-relative name; the pipeline checked it against its schema. */
export function readData(dist: string, file: string): unknown {
  return JSON.parse(readFileSync(path.join(dist, file), 'utf8'));
}

/** Every day of the archive, oldest first, as the year indexes list them. */
export function archiveDays(dist: string, root: Root): YearIndex['days'] {
  return root.years.flatMap((year) => (readData(dist, year.file) as YearIndex).days);
}

/** The day chunks of the latest `count` days, newest first. */
export function latestDays(dist: string, root: Root, count: number): DayChunk[] {
  return archiveDays(dist, root)
    .slice(-count)
    .reverse()
    .map((day) => readData(dist, day.file) as DayChunk);
}
