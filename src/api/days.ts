import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson } from '../lib/fetch-json.ts';
import { NotFoundError } from '../lib/not-found.ts';
import type { DayChunk, YearIndex } from '../schema/digest.ts';
import { rootQueryOptions } from './root.ts';

export const yearQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['year', file],
    queryFn: ({ signal }) => fetchJson<YearIndex>(file, signal),
  });

/** The chunk file of a date: the root knows the latest day, a year index the others. */
export async function findDayFile(client: QueryClient, date: string): Promise<string> {
  const root = await client.query(rootQueryOptions());
  if (root.latest?.date === date) return root.latest.file;
  const year = root.years.find((y) => String(y.year) === date.slice(0, 4));
  if (year) {
    const index = await client.query(yearQueryOptions(year.file));
    const day = index.days.find((d) => d.date === date);
    if (day) return day.file;
  }
  throw new NotFoundError('day', date);
}

export const dayQueryOptions = (date: string) =>
  queryOptions({
    queryKey: ['day', date],
    queryFn: async ({ client, signal }) => fetchJson<DayChunk>(await findDayFile(client, date), signal),
  });

export function useDay(date: string) {
  return useQuery(dayQueryOptions(date));
}
