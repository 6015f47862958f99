/** `matchMedia`, for environments without it (old browsers, jsdom): never matches, never changes. */
export function mediaQuery(
  query: string,
): Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'> {
  if (typeof window.matchMedia === 'function') return window.matchMedia(query);
  return { matches: false, addEventListener: () => undefined, removeEventListener: () => undefined };
}
