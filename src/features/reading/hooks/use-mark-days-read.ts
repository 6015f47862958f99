import { useQueryClient } from '@tanstack/react-query';
import { dayQueryOptions } from '../../../api/days.ts';
import type { ArchiveDay } from '../../../api/day-range.ts';
import { useReadStateStore } from '../../../lib/read-state-context.tsx';

/**
 * Marks every paper of some days read: their ranks come from the days' chunks, fetched for
 * it (most are cached already: a grid showed them).
 */
export function useMarkDaysRead(): (days: readonly ArchiveDay[]) => Promise<void> {
  const queryClient = useQueryClient();
  const store = useReadStateStore();
  return async (days) => {
    const chunks = await Promise.all(days.map((day) => queryClient.query(dayQueryOptions(day.date))));
    store.setRead(
      chunks.flatMap((chunk) => chunk.cards),
      true,
    );
  };
}
