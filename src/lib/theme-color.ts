/**
 * The browser bar's colour follows the page's theme. Every page carries one `theme-color`
 * meta per scheme (src/pwa/vite-plugin.ts), each with its `media` query and its scheme in
 * `data-scheme`: with no theme chosen each applies under its system scheme; with one chosen,
 * only that scheme's applies, whatever the system's. (index.html's head script does the same
 * for a stored choice before the first paint.)
 */
export type Theme = 'light' | 'dark';

/** The `media` of the meta of `scheme` when the reader's theme is `theme` (null: the system's). */
export function themeColorMedia(scheme: Theme, theme: Theme | null): string {
  if (theme === null) return `(prefers-color-scheme: ${scheme})`;
  return scheme === theme ? 'all' : 'not all';
}

export function applyThemeColor(theme: Theme | null): void {
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"][data-scheme]')) {
    const scheme = meta.dataset.scheme;
    if (scheme === 'light' || scheme === 'dark') meta.media = themeColorMedia(scheme, theme);
  }
}
