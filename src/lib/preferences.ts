/**
 * The reader's preferences: interface language, summary language, theme, list density, and
 * whether the single-key shortcuts are on (they can get in the way of speech input). Kept in
 * localStorage under a versioned key; anything unreadable falls back to the defaults.
 * An external store for `useSyncExternalStore`, so components never read storage in render.
 */
import { useSyncExternalStore } from 'react';
import { isLang } from '../schema/checks.ts';
import type { Lang } from '../schema/digest.ts';
import { readStorage, writeStorage } from './storage.ts';

export const PREFERENCES_KEY = 'daily-papers:preferences:v1';

export const DENSITIES = ['comfortable', 'compact'] as const;
export type Density = (typeof DENSITIES)[number];

const UI_LANGUAGES = ['ko', 'en'] as const;
const THEMES = ['light', 'dark'] as const;

export interface Preferences {
  ui: (typeof UI_LANGUAGES)[number] | null;
  summary: Lang | null;
  theme: (typeof THEMES)[number] | null;
  /** How grids draw papers: cards with a cover, or a compact list. Null: by screen width. */
  density: Density | null;
  shortcuts: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = {
  ui: null,
  summary: null,
  theme: null,
  density: null,
  shortcuts: true,
};

/** `value` if it is one of `allowed`, null if it is absent or null, `undefined` (invalid) otherwise. */
function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null | undefined {
  if (value === undefined || value === null) return null;
  return allowed.find((item) => item === value);
}

/**
 * The stored preferences, or the defaults when anything in them is not a valid value: every
 * field absent, null or valid, `shortcuts` absent or a boolean; other fields are ignored.
 * Checked by hand rather than with valibot, so that the first screen loads without it.
 */
export function parsePreferences(raw: string | null): Preferences {
  if (raw === null) return DEFAULT_PREFERENCES;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return DEFAULT_PREFERENCES;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return DEFAULT_PREFERENCES;
  const stored = value as Record<string, unknown>;
  const ui = oneOf(stored.ui, UI_LANGUAGES);
  const summary = stored.summary ?? null;
  const theme = oneOf(stored.theme, THEMES);
  const density = oneOf(stored.density, DENSITIES);
  const shortcuts = stored.shortcuts === undefined ? true : stored.shortcuts;
  if (ui === undefined || theme === undefined || density === undefined) return DEFAULT_PREFERENCES;
  if (!(summary === null || isLang(summary)) || typeof shortcuts !== 'boolean') return DEFAULT_PREFERENCES;
  return { ui, summary, theme, density, shortcuts };
}

type Listener = () => void;

export function createPreferencesStore(initial: Preferences = DEFAULT_PREFERENCES) {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    /** Reads storage; called once at boot, after hydration. */
    load() {
      const read = readStorage(PREFERENCES_KEY);
      state = parsePreferences(read.ok ? read.value : null);
      for (const l of listeners) l();
    },
    set(patch: Partial<Preferences>) {
      state = { ...state, ...patch };
      writeStorage(PREFERENCES_KEY, JSON.stringify(state));
      for (const l of listeners) l();
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type PreferencesStore = ReturnType<typeof createPreferencesStore>;

/**
 * The reader's preferences. While the app hydrates a prerendered page they are the defaults,
 * as every page was prerendered with none stored: a stored theme, say, would otherwise make
 * the first render differ from the page's HTML (and React throw the page away and draw it
 * again, with whatever the reader had typed into it). The stored ones apply right after.
 */
export function usePreferences(store: PreferencesStore): Preferences {
  return useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.get(),
    () => DEFAULT_PREFERENCES,
  );
}
