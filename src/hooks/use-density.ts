import { useSyncExternalStore } from 'react';
import { mediaQuery } from '../lib/media-query.ts';
import { type Density, usePreferences } from '../lib/preferences.ts';
import { usePreferencesStore } from '../lib/preferences-context.tsx';
import { useHydrated } from './use-hydrated.ts';

/** Below Tailwind's sm breakpoint grids default to the compact list (the `compact` variant in styles.css). */
const NARROW_QUERY = '(width < 40rem)';

function subscribeToWidth(onChange: () => void) {
  const query = mediaQuery(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * The grids' density as drawn: the reader's choice, else compact on a narrow screen. The
 * stylesheet draws it from `html[data-density]`, which index.html sets before first paint
 * and choosing sets at once; this tells the code that lays cards out (the virtual grid) what
 * the stylesheet does. Null while hydrating: the page was drawn by the stylesheet alone.
 */
export function useDensity(): [Density | null, (density: Density) => void] {
  const preferences = usePreferencesStore();
  const { density } = usePreferences(preferences);
  const narrow = useSyncExternalStore(
    subscribeToWidth,
    () => mediaQuery(NARROW_QUERY).matches,
    () => false,
  );
  // Stored choices may be loaded before hydration renders: what hydrates must be the page as
  // prerendered, which knows no choice.
  const hydrated = useHydrated();

  const shown: Density | null = !hydrated ? null : (density ?? (narrow ? 'compact' : 'comfortable'));
  const choose = (next: Density) => {
    document.documentElement.dataset.density = next;
    preferences.set({ density: next });
  };
  return [shown, choose];
}
