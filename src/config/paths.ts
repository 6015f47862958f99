/**
 * Every URL of the app, in one place. Links and deep links are built here and nowhere else.
 * Paths are relative to the router's basename, so they work under a sub-path too.
 */
export const paths = {
  home: { pattern: '/', href: () => '/' },
  day: { pattern: '/days/:date', href: (date: string) => `/days/${date}` },
  paper: { pattern: '/papers/:id', href: (id: string) => `/papers/${encodeURIComponent(id)}` },
  days: { pattern: '/days', href: () => '/days' },
  archive: {
    pattern: '/archive/:scope?',
    href: (scope?: 'week' | 'month') => (scope ? `/archive/${scope}` : '/archive'),
  },
} as const;

/** The view parameters a link carries along: the grid order and the summary language. */
export const VIEW_PARAMS = ['sort', 'lang'] as const;

/** `path` with those of `keep` that `current` has, e.g. `/days/2026-01-28?sort=upvotes`. */
export function withParams(path: string, current: URLSearchParams, keep: readonly string[] = VIEW_PARAMS): string {
  const next = new URLSearchParams();
  for (const key of keep) {
    const value = current.get(key);
    if (value !== null) next.set(key, value);
  }
  const query = next.toString();
  return query ? `${path}?${query}` : path;
}
