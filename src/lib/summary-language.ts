import type { Lang } from '../schema/digest.ts';

export interface SummaryLanguageInput {
  /** `?lang=` from the URL: a shared link wins. */
  fromUrl: string | null;
  /** The reader's remembered choice. */
  preferred: Lang | null;
  /** The interface language, the default. */
  ui: Lang;
}

/** The summary language to show: the URL's, else the remembered one, else the interface's. */
export function chooseSummaryLanguage({ fromUrl, preferred, ui }: SummaryLanguageInput): Lang {
  if (fromUrl !== null && /^[a-z]{2,3}$/.test(fromUrl)) return fromUrl;
  return preferred ?? ui;
}

export type TextChoice<T> =
  { lang: Lang; text: T; missing: false } | { lang: Lang; text: null; missing: true; others: Lang[] };

/** The text in `lang`, or a plain statement that there is none, with the languages there are. */
export function pickText<T>(texts: Readonly<Record<Lang, T>>, lang: Lang): TextChoice<T> {
  const text = texts[lang];
  if (text !== undefined) return { lang, text, missing: false };
  return { lang, text: null, missing: true, others: Object.keys(texts) };
}
