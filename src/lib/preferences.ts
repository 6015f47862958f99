/**
 * The reader's preferences: interface language, summary language, theme, list density, and
 * whether the single-key shortcuts are on (they can get in the way of speech input). Kept in
 * localStorage under a versioned key; anything unreadable falls back to the defaults.
 * An external store for `useSyncExternalStore`, so components never read storage in render.
 */
import { useSyncExternalStore } from 'react';
import * as v from 'valibot';
import { LangSchema } from '../schema/digest.ts';
import { readStorage, writeStorage } from './storage.ts';

export const PREFERENCES_KEY = 'daily-papers:preferences:v1';

export const DENSITIES = ['comfortable', 'compact'] as const;
export type Density = (typeof DENSITIES)[number];

const PreferencesSchema = v.object({
  ui: v.optional(v.nullable(v.picklist(['ko', 'en'])), null),
  summary: v.optional(v.nullable(LangSchema), null),
  theme: v.optional(v.nullable(v.picklist(['light', 'dark'])), null),
  /** How grids draw papers: cards with a cover, or a compact list. Null: by screen width. */
  density: v.optional(v.nullable(v.picklist(DENSITIES)), null),
  shortcuts: v.optional(v.boolean(), true),
});
export type Preferences = v.InferOutput<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  ui: null,
  summary: null,
  theme: null,
  density: null,
  shortcuts: true,
};

export function parsePreferences(raw: string | null): Preferences {
  if (raw === null) return DEFAULT_PREFERENCES;
  try {
    const result = v.safeParse(PreferencesSchema, JSON.parse(raw));
    return result.success ? result.output : DEFAULT_PREFERENCES;
  } catch {
    return DEFAULT_PREFERENCES;
  }
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
