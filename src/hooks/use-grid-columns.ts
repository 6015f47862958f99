import { useSyncExternalStore } from 'react';
import { mediaQuery } from '../lib/media-query.ts';

/** The card grid's breakpoints (Tailwind sm, lg, xl): 1, 2, 3 or 4 columns. */
const QUERIES = ['(min-width: 1280px)', '(min-width: 1024px)', '(min-width: 640px)'] as const;

function subscribe(onChange: () => void) {
  const lists = QUERIES.map((q) => mediaQuery(q));
  for (const list of lists) list.addEventListener('change', onChange);
  return () => {
    for (const list of lists) list.removeEventListener('change', onChange);
  };
}

function columns(): number {
  const index = QUERIES.findIndex((q) => mediaQuery(q).matches);
  return index === -1 ? 1 : QUERIES.length + 1 - index;
}

/** How many columns the card grid has at the current width. */
export function useGridColumns(): number {
  return useSyncExternalStore(subscribe, columns, () => 1);
}
