import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { fetchJson } from '../lib/fetch-json.ts';
import type { Card, ListIndex, ListPage, ListRef } from '../schema/digest.ts';

export const listIndexQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['list-index', file],
    queryFn: ({ signal }) => fetchJson<ListIndex>(file, signal),
  });

export const listPageQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['list-page', file],
    queryFn: ({ signal }) => fetchJson<ListPage>(file, signal),
  });

/**
 * Random access into a precomputed list: the pages holding `[start, end)` are fetched,
 * and only those. The first page is named by the list itself; the others need the index,
 * fetched the first time a later page is wanted.
 */
export function useListWindow(list: ListRef, start: number, end: number) {
  const firstPage = Math.floor(start / list.pageSize);
  const lastPage = Math.floor(Math.max(start, end - 1) / list.pageSize);
  const needsIndex = lastPage > 0;
  const index = useQuery({ ...listIndexQueryOptions(list.index), enabled: needsIndex });
  const pageNumbers: number[] = [];
  for (let p = firstPage; p <= lastPage; p++) pageNumbers.push(p);
  const fileOf = (page: number) => (page === 0 ? list.first : index.data?.pages[page]);
  const pages = useQueries({
    queries: pageNumbers.map((page) => {
      const file = fileOf(page) ?? '';
      return { ...listPageQueryOptions(file), enabled: file !== '' };
    }),
  });
  const cardAt = (i: number): Card | undefined => {
    const page = Math.floor(i / list.pageSize);
    const slot = pageNumbers.indexOf(page);
    return slot === -1 ? undefined : pages[slot]?.data?.cards[i - page * list.pageSize];
  };
  const isError = index.isError || pages.some((p) => p.isError);
  return { cardAt, isError };
}
