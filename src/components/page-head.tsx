/**
 * A page's `<head>` tags: title, description, canonical URL, language alternates, feed
 * autodiscovery, Open Graph and Twitter Card. Each route renders them with its content, and
 * React 19 hoists them into `<head>`: the prerender writes what this renders
 * (src/entry-server.tsx), hydration adopts those very tags, and in-app navigation replaces
 * them. One source, so a page's prerendered head and its head after navigating there cannot
 * differ. The title is also what the route announcer says after a navigation.
 *
 * Without `SITE_URL` (see vite.config.ts) the site's address is unknown: the canonical URL
 * and language alternates are root-relative, and the tags that only take an absolute URL
 * (`og:url`, `og:image`, `twitter:image`) and the feeds, which the build then does not
 * write, are left out.
 * `PAGE_HEAD_TAGS` (src/lib/page-data.ts) selects the tags it renders: keep the two in step.
 */
import { useTranslation } from 'react-i18next';
import { SITE_NAME } from '../config/site.ts';
import { useFeeds } from '../hooks/use-feeds.ts';
import { absoluteUrl, siteHref } from '../lib/site-url.ts';
import type { Lang } from '../schema/digest.ts';
import { useAnnounceTitle } from './route-announcer.tsx';
import { languageName } from './summary-language-switch.tsx';

const LOCALES: Record<string, string> = { ko: 'ko_KR', en: 'en_US' };

/** The site's address, or '' when the build was not given one. */
const SITE_URL = import.meta.env.SITE_URL;
const BASE = import.meta.env.BASE_URL;

/** "검색 · 데일리 페이퍼 · Daily Papers". */
export function withSiteName(name: string): string {
  return `${name} · ${SITE_NAME}`;
}

/** The title a feed reader lists a feed under: "데일리 페이퍼 · Daily Papers (English)". */
export function feedTitle(lang: Lang): string {
  return `${SITE_NAME} (${languageName(lang)})`;
}

export interface PageHeadProps {
  /** The whole title, as the tab and a link preview show it. */
  title: string;
  description: string;
  /** The app path of the page's canonical address, without view parameters. */
  path: string;
  /** A site-relative image for link previews; the site's default one otherwise. */
  image?: string | null;
  /** What the image shows, for those who cannot see it: by default the page's title for its own image, else the site's name. */
  imageAlt?: string;
  type?: 'website' | 'article';
  /** The language of the page's text when it is not the interface's (a paper's summary). */
  lang?: Lang;
  /** The same page in each language, the primary one (also `x-default`) first. */
  alternates?: { lang: Lang; path: string }[];
  /** An article's first publication, `YYYY-MM-DD`. */
  publishedTime?: string;
}

export function PageHead({
  title,
  description,
  path,
  image = null,
  imageAlt,
  type = 'website',
  lang,
  alternates = [],
  publishedTime,
}: PageHeadProps) {
  const { i18n } = useTranslation();
  const feeds = useFeeds();
  useAnnounceTitle(title);
  const url = absoluteUrl(SITE_URL, BASE, path);
  const imageUrl = absoluteUrl(SITE_URL, BASE, image ?? '/og-default.png');
  const alt = imageAlt ?? (image ? title : SITE_NAME);
  const locale = LOCALES[lang ?? i18n.language] ?? 'ko_KR';
  const [xDefault] = alternates;
  return (
    <>
      <title>{title}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={siteHref(SITE_URL, BASE, path)} />
      {alternates.map((alternate) => (
        <link
          key={alternate.lang}
          rel="alternate"
          hrefLang={alternate.lang}
          href={siteHref(SITE_URL, BASE, alternate.path)}
        />
      ))}
      {xDefault ? <link rel="alternate" hrefLang="x-default" href={siteHref(SITE_URL, BASE, xDefault.path)} /> : null}
      {feeds.map((feed) => (
        <link
          key={feed.lang}
          rel="alternate"
          type="application/atom+xml"
          title={feedTitle(feed.lang)}
          href={siteHref(SITE_URL, BASE, feed.file)}
        />
      ))}
      <meta property="og:type" content={type} />
      <meta property="og:site_name" content={SITE_NAME} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      {url ? <meta property="og:url" content={url} /> : null}
      {imageUrl ? <meta property="og:image" content={imageUrl} /> : null}
      {imageUrl ? <meta property="og:image:alt" content={alt} /> : null}
      <meta property="og:locale" content={locale} />
      {alternates.map((alternate) =>
        LOCALES[alternate.lang] && LOCALES[alternate.lang] !== locale ? (
          <meta key={alternate.lang} property="og:locale:alternate" content={LOCALES[alternate.lang]} />
        ) : null,
      )}
      {publishedTime ? <meta property="article:published_time" content={publishedTime} /> : null}
      <meta name="twitter:card" content={imageUrl ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      {imageUrl ? <meta name="twitter:image" content={imageUrl} /> : null}
      {imageUrl ? <meta name="twitter:image:alt" content={alt} /> : null}
    </>
  );
}
