import { useTranslation } from 'react-i18next';
import type { ResearchMessages } from '../i18n/i18n.ts';
import { addResearchStrings, RESEARCH_NS } from '../i18n/research-strings.ts';

/** The keys of a strings file, `a.b` for nested ones, a plural's `x_one`/`x_other` as `x`. */
type Keys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K extends `${infer Base}_${'one' | 'other'}` ? Base : K}`
    : Keys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type ResearchKey = Keys<ResearchMessages>;

/**
 * A `t` of the research strings. Their namespace is not in i18next's type options: the app's
 * key types are already as deep as TypeScript follows, so these keys are typed here.
 */
export type ResearchT = (key: ResearchKey, options?: Readonly<Record<string, string | number>>) => string;

/**
 * `useTranslation()` for the research tools: `t` reads the namespace `research` (added to the
 * instance first, so it never waits for a load), `tBase` the app's own strings.
 */
export function useResearchStrings() {
  const { t: tBase, i18n } = useTranslation();
  addResearchStrings(i18n);
  // i18next's `t` without its key types (see ResearchT).
  const translate = i18n.t.bind(i18n) as unknown as (
    key: string,
    options: Readonly<Record<string, unknown>>,
  ) => unknown;
  const t: ResearchT = (key, options) => {
    const text = translate(key, { ...options, ns: RESEARCH_NS, lng: i18n.language });
    return typeof text === 'string' ? text : key;
  };
  return { t, tBase, i18n };
}
