// @vitest-environment jsdom
import { parseAtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import type { Card, DayChunk, PaperChunk } from '../schema/digest.ts';
import { atomFeed, type FeedSite } from './feeds.ts';

const HOSTILE_TITLE = 'Tags <b>stay</b> text & ]]> twice ]]>';

function paper(id: string, dates: string[]): PaperChunk {
  return {
    id,
    title: id === '2601.00002' ? HOSTILE_TITLE : `Paper ${id}`,
    thumb: null,
    appearances: dates.map((date) => ({ date, rank: 1, upvotes: 3 })),
    texts: {
      ko: {
        title: id === '2601.00002' ? HOSTILE_TITLE : `Paper ${id}`,
        sections: [
          {
            kind: 'summary',
            heading: '요약',
            blocks: [{ t: 'p', c: ['요약 ', { t: 'strong', c: ['<script>'] }, ' ]]> 끝'] }],
          },
          {
            kind: 'keyPoints',
            heading: '핵심 포인트',
            blocks: [
              {
                t: 'list',
                ordered: false,
                items: [[{ t: 'p', c: [{ t: 'link', href: 'https://example.com/?a=1&b=2', c: ['링크'] }] }]],
              },
            ],
          },
          { kind: 'abstract', heading: 'Abstract', blocks: [{ t: 'p', c: ['Not in the feed.'] }] },
        ],
      },
    },
  };
}

function card(id: string, date: string, rank: number): Card {
  return {
    id,
    date,
    rank,
    upvotes: 10 * rank,
    title: `Paper ${id}`,
    thumb: null,
    preview: {},
    file: `data/papers/${id}.json`,
  };
}

function day(date: string, ids: string[]): DayChunk {
  return {
    date,
    top: ids.length,
    langs: ['ko'],
    cards: ids.map((id, i) => card(id, date, i + 1)),
    prev: null,
    next: null,
  };
}

/** Newest first, as the build reads them; 2601.00001 is listed on both days. */
const DAYS = [day('2026-01-29', ['2601.00001', '2601.00002']), day('2026-01-28', ['2601.00001', '2601.00003'])];
const PAPERS = new Map(
  ['2601.00001', '2601.00002', '2601.00003'].map((id) => [
    id,
    paper(id, id === '2601.00001' ? ['2026-01-29', '2026-01-28'] : ['2026-01-29']),
  ]),
);
const lookup = (c: Card): PaperChunk => PAPERS.get(c.id) ?? paper(c.id, [c.date]);

function parse(site: FeedSite, lang: string) {
  return parseAtomFeed(atomFeed(site, lang, DAYS, lookup));
}

/** The text a feed reader shows for an entry's HTML. */
function shown(html: string | undefined): string {
  return new DOMParser().parseFromString(html ?? '', 'text/html').body.textContent;
}

describe('the Atom feed', () => {
  const site: FeedSite = { siteUrl: 'https://papers.example.org', base: '/', langs: ['ko', 'en'] };

  it('has one entry per paper, newest day first, each id the paper’s page in the feed’s language', () => {
    const ko = parse(site, 'ko');
    expect(ko.id).toBe('https://papers.example.org/feed.xml');
    expect(ko.links).toContainEqual({ href: 'https://papers.example.org/feed.xml', rel: 'self' });
    expect(ko.entries?.map((entry) => [entry.id, entry.updated?.slice(0, 10)])).toEqual([
      ['https://papers.example.org/papers/2601.00001/', '2026-01-29'],
      ['https://papers.example.org/papers/2601.00002/', '2026-01-29'],
      ['https://papers.example.org/papers/2601.00003/', '2026-01-28'],
    ]);
    const en = parse(site, 'en');
    expect(en.id).toBe('https://papers.example.org/feed.en.xml');
    expect(en.entries?.[0]?.links?.[0]?.href).toBe('https://papers.example.org/papers/2601.00001/en/');
    expect(en.entries?.[0]?.published?.slice(0, 10), 'the day it was first listed').toBe('2026-01-28');
  });

  it('carries the summary and key points as escaped HTML, with the standing and the arXiv link', () => {
    const entry = parse(site, 'ko').entries?.[1];
    expect(entry?.title?.type).toBe('html');
    expect(shown(entry?.title?.value)).toBe(HOSTILE_TITLE);
    const document = new DOMParser().parseFromString(entry?.content?.value ?? '', 'text/html');
    expect(document.querySelector('script'), 'text is never markup').toBeNull();
    expect(document.querySelector('strong')?.textContent).toBe('<script>');
    expect(document.body.textContent).toContain('요약 <script> ]]> 끝');
    expect(document.body.textContent).not.toContain('Not in the feed.');
    expect(document.querySelector('li a')?.getAttribute('href')).toBe('https://example.com/?a=1&b=2');
    expect(document.body.textContent).toContain('2026-01-29 다이제스트 2위 · 추천 20');
    expect([...document.querySelectorAll('a')].map((a) => a.href)).toContain('https://arxiv.org/abs/2601.00002');
  });

  it('of a site under a sub-path names the sub-path in every URL', () => {
    const feed = parse({ ...site, base: '/sub/path/' }, 'en');
    const urls = [
      feed.id,
      ...(feed.links ?? []).map((l) => l.href),
      ...(feed.entries ?? []).flatMap((e) => [e.id, ...(e.links ?? []).map((l) => l.href)]),
    ];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\/papers\.example\.org\/sub\/path\//);
  });
});
