import { useState } from 'react';
import { useReadState } from '../../../hooks/use-read-state.ts';
import type { ReadData } from '../../../lib/read-state.ts';

/**
 * The read marks as they were when the filter was turned on for the view `view`: a grid
 * filtered on them keeps a paper the reader marks read meanwhile in its place (shown as
 * read), so the grid does not jump under the pointer or lose the keyboard focus. Null while
 * the filter is off or the marks are not loaded: nothing is left out then.
 */
export function useFrozenReadState(active: boolean, view: string): ReadData | null {
  const { loaded, data } = useReadState();
  const [frozen, setFrozen] = useState<{ view: string; data: ReadData } | null>(null);
  if (!active || !loaded) {
    if (frozen !== null) setFrozen(null);
    return null;
  }
  if (frozen?.view !== view) {
    setFrozen({ view, data });
    return data;
  }
  return frozen.data;
}
