/**
 * The Atom feeds: one per summary language of the archive, of its latest days, one entry per
 * paper, linking to the paper's page in that language. Written by the `feed` library (Atom
 * 1.0); the entries' HTML is made from the digest's structured text (./feed-html.ts).
 *
 * Every URL in a feed is absolute, so a feed is only written when the site's address
 * (`SITE_URL`) is known.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Feed } from 'feed';
import { feedFile, paths } from '../config/paths.ts';
import { SITE_NAME } from '../config/site.ts';
import { paperLinks } from '../lib/paper-links.ts';
import { absoluteUrl } from '../lib/site-url.ts';
import type { Card, DayChunk, Lang, PaperChunk, Root } from '../schema/digest.ts';
import { type Content, blocks, element, text, toFeedHtml } from './feed-html.ts';
import { latestDays, readData } from './site-data.ts';

/** How many of the latest days a feed holds. */
export const FEED_DAYS = 30;

/** The few words a feed writes itself, per language (English for any other). */
const WORDS = {
  ko: {
    subtitle: '허깅페이스 데일리 페이퍼를 한국어로 요약합니다',
    standing: (card: Card) => `${card.date} 다이제스트 ${card.rank}위 · 추천 ${card.upvotes}`,
  },
  en: {
    subtitle: 'Hugging Face daily papers, summarised in English',
    standing: (card: Card) => `#${card.rank} in the ${card.date} digest · ${card.upvotes} upvotes`,
  },
};

export interface FeedSite {
  /** `SITE_URL`, e.g. `https://you.github.io`. */
  siteUrl: string;
  /** The base path, `/` or `/sub/path/`. */
  base: string;
  /** The archive's summary languages, the primary one first. */
  langs: readonly Lang[];
}

/** An app path or site file as an absolute URL. */
function absolute(site: FeedSite, path: string): string {
  const url = absoluteUrl(site.siteUrl, site.base, path);
  if (url === null) throw new Error('a feed needs the site’s address (SITE_URL)');
  return url;
}

/** An entry's HTML: the summary and key points in `lang` (else the paper's first language), its standing, its links. */
function entryContent(paper: PaperChunk, card: Card, lang: Lang): string {
  const paperText = paper.texts[lang] ?? Object.values(paper.texts)[0];
  const words = lang === 'ko' ? WORDS.ko : WORDS.en;
  const content: Content[] = [];
  for (const section of paperText?.sections ?? []) {
    if (section.kind !== 'summary' && section.kind !== 'keyPoints') continue;
    content.push(element('h3', [text(section.heading)]), ...blocks(section.blocks));
  }
  content.push(element('p', [text(words.standing(card))]));
  const links = paperLinks(paper.id);
  const outside: Content[] = [element('a', [text('Hugging Face')], { href: links.huggingFace })];
  if (links.arxivAbs) outside.push(text(' · '), element('a', [text('arXiv')], { href: links.arxivAbs }));
  content.push(element('p', outside));
  return toFeedHtml(content);
}

/**
 * The feed of one language over `days` (newest first). A paper listed on several of them has
 * one entry, from the latest; its id is the paper's page, which never changes.
 */
export function atomFeed(
  site: FeedSite,
  lang: Lang,
  days: readonly DayChunk[],
  paper: (card: Card) => PaperChunk,
): string {
  const primary = site.langs[0] ?? lang;
  const self = absolute(site, feedFile(lang, primary));
  const latest = days[0]?.date ?? '1970-01-01';
  const feed = new Feed({
    id: self,
    title: SITE_NAME,
    description: (lang === 'ko' ? WORDS.ko : WORDS.en).subtitle,
    link: absolute(site, paths.home.href()),
    feed: self,
    language: lang,
    // The newest day's date, not the time of the build: an unchanged archive gives an unchanged feed.
    updated: new Date(`${latest}T00:00:00Z`),
    author: { name: SITE_NAME, link: absolute(site, paths.home.href()) },
    copyright: SITE_NAME,
  });
  const seen = new Set<string>();
  for (const day of days) {
    // A day's own introduction, once day chunks carry one, becomes an entry of its own here.
    for (const card of day.cards) {
      if (seen.has(card.id)) continue;
      seen.add(card.id);
      const chunk = paper(card);
      const link = absolute(site, paths.paper.href(card.id, lang === primary ? undefined : lang));
      feed.addItem({
        // The title is HTML in an Atom feed written by this library: escaped like the content.
        title: toFeedHtml([text(chunk.texts[lang]?.title ?? chunk.title)]),
        id: link,
        link,
        date: new Date(`${day.date}T00:00:00Z`),
        published: new Date(`${chunk.appearances.at(-1)?.date ?? day.date}T00:00:00Z`),
        content: entryContent(chunk, card, lang),
      });
    }
  }
  return feed.atom1();
}

/** Writes the feed of each summary language into `dist`; returns the files written. */
export function writeFeeds(dist: string, root: Root, site: Omit<FeedSite, 'langs'>): string[] {
  const days = latestDays(dist, root, FEED_DAYS);
  const papers = new Map<string, PaperChunk>();
  const paper = (card: Card): PaperChunk => {
    let chunk = papers.get(card.id);
    if (!chunk) {
      chunk = readData(dist, card.file) as PaperChunk;
      papers.set(card.id, chunk);
    }
    return chunk;
  };
  const [primary] = root.langs;
  if (primary === undefined) return [];
  return root.langs.map((lang) => {
    const file = feedFile(lang, primary);
    writeFileSync(path.join(dist, file), atomFeed({ ...site, langs: root.langs }, lang, days, paper));
    return file;
  });
}
