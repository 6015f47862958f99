/**
 * A page's `<head>` tags: title, description, canonical URL, Open Graph and Twitter Card.
 * Each route renders them with its content, and React 19 hoists them into `<head>`: the
 * prerender writes what this renders (src/entry-server.tsx), hydration adopts those very
 * tags, and in-app navigation replaces them. One source, so a page's prerendered head and
 * its head after navigating there cannot differ. The title is also what the route announcer
 * says after a navigation. `PAGE_HEAD_TAGS` (src/lib/page-data.ts) selects the tags it renders:
 * keep the two in step.
 */
import { useTranslation } from 'react-i18next';
import type { Lang } from '../schema/digest.ts';
import { useAnnounceTitle } from './route-announcer.tsx';

export const SITE_NAME = '데일리 페이퍼 · Daily Papers';

const LOCALES: Record<string, string> = { ko: 'ko_KR', en: 'en_US' };

/** "검색 · 데일리 페이퍼 · Daily Papers". */
export function withSiteName(name: string): string {
  return `${name} · ${SITE_NAME}`;
}

/** An app path as an absolute URL on the site (`SITE_URL` and the base path, both set at build time). */
function siteUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`, import.meta.env.SITE_URL).href;
}

export interface PageHeadProps {
  /** The whole title, as the tab and a link preview show it. */
  title: string;
  description: string;
  /** The app path of the page's canonical address, without view parameters. */
  path: string;
  /** A site-relative image for link previews; the site's default one otherwise. */
  image?: string | null;
  type?: 'website' | 'article';
  /** The language of the page's text when it is not the interface's (a paper's summary). */
  lang?: Lang;
}

export function PageHead({ title, description, path, image = null, type = 'website', lang }: PageHeadProps) {
  const { i18n } = useTranslation();
  useAnnounceTitle(title);
  const canonical = siteUrl(path);
  const imageUrl = siteUrl(image ?? '/og-default.png');
  return (
    <>
      <title>{title}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={canonical} />
      <meta property="og:type" content={type} />
      <meta property="og:site_name" content={SITE_NAME} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={canonical} />
      <meta property="og:image" content={imageUrl} />
      <meta property="og:locale" content={LOCALES[lang ?? i18n.language] ?? 'ko_KR'} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      <meta name="twitter:image" content={imageUrl} />
    </>
  );
}
