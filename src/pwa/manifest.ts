/**
 * The web app manifest (what a browser needs to install the site as an app), for a site
 * served under `base` (`/` or `/sub/path/`): it starts at, and is scoped to, that base.
 *
 * A manifest has one name: the Korean one with the English one beside it, so either reader
 * recognises the app on a home screen ("Daily Papers" alone where space is short).
 */
export const THEME_COLORS = {
  /** The page background in each scheme (tailwind stone-50 and stone-950), so the browser's bar matches it. */
  light: '#fafaf9',
  dark: '#0c0a09',
} as const;

export const MANIFEST_FILE = 'manifest.webmanifest';

export function webManifest(base: string) {
  return {
    id: base,
    name: '데일리 페이퍼 · Daily Papers',
    short_name: 'Daily Papers',
    description:
      '허깅페이스 데일리 페이퍼를 한국어와 영어로 요약합니다 · Hugging Face daily papers, summarised in Korean and English',
    lang: 'ko',
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    theme_color: THEME_COLORS.light,
    background_color: THEME_COLORS.light,
    icons: [
      { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: `${base}icons/icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
