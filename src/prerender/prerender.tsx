/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * Prerendering, the last build step: every route of the app becomes a real HTML page with
 * its content already rendered (React's renderToString through src/entry-server.tsx), its
 * own title, description, canonical URL, Open Graph and Twitter Card tags, a strict CSP,
 * and the data it was rendered from for hydration.
 *
 *   tsx src/prerender/prerender.tsx [dist] [ssr-bundle]
 *
 * Pages: `/`, `/days`, `/days/<date>`, `/papers/<id>` and `/papers/<id>/<lang>` for each
 * further language, `/archive[/week|/month]`, and `404.html`. Leaf pages are written as
 * `<path>.html` (served for `<path>` by GitHub Pages, Netlify, `try_files $uri.html`).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { QueryKey } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { PAGE_ELEMENT_ID } from '../lib/page-data.ts';
import { jsonForHtml } from '../pipeline/vite-plugin.ts';
import { blockText } from '../pipeline/rich-text.ts';
import type { DayChunk, Lang, ListPage, PaperChunk, Root, YearIndex } from '../schema/digest.ts';
import { ROOT_ELEMENT_ID } from '../schema/digest.ts';
import type { RenderedPage, RenderInput } from '../entry-server.tsx';
import { isUiLanguage, type UiLanguage } from '../i18n/i18n.ts';
import { contentSecurityPolicy, inlineScripts } from './csp.ts';
import { Head, type PageMeta } from './head.tsx';

type RenderPage = (input: RenderInput) => Promise<RenderedPage>;

interface PageSpec {
  /** App path without the base: `/papers/2601.20614`. */
  path: string;
  /** Output file under dist. */
  file: string;
  queries: [QueryKey, unknown][];
  /** The page shows summaries in the reader's preferred language (a grid), not the URL's. */
  summaryByPreference?: boolean;
  meta: Omit<PageMeta, 'canonical' | 'siteName' | 'locale' | 'image'> & { image?: string | null; lang?: Lang };
}

const SITE_NAME = '데일리 페이퍼 · Daily Papers';
const LOCALES: Record<string, string> = { ko: 'ko_KR', en: 'en_US' };

/** The first sentence of a text, for a description: at most ~200 characters. */
export function firstSentence(text: string, limit = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const match = /^(.+?[.!?。])(?=\s|$)/u.exec(flat);
  const sentence = match?.[1] ?? flat;
  return sentence.length <= limit ? sentence : `${sentence.slice(0, limit - 1).trimEnd()}…`;
}

function summaryOf(paper: PaperChunk, lang: Lang): string {
  const text = paper.texts[lang];
  const section = text?.sections.find((s) => s.kind === 'summary') ?? text?.sections.find((s) => s.kind === 'abstract');
  return section ? firstSentence(blockText(section.blocks)) : paper.title;
}

export async function prerender(dist: string, ssrEntry: string, siteUrl: string, base: string) {
  const started = performance.now();
  const template = await readFile(path.join(dist, 'index.html'), 'utf8');
  if (template.includes(`id="${PAGE_ELEMENT_ID}"`)) {
    throw new Error(`${dist}/index.html is already prerendered: run the client build (vite build) again first`);
  }
  const rootJson = new RegExp(`<script type="application/json" id="${ROOT_ELEMENT_ID}">([\\s\\S]*?)</script>`).exec(
    template,
  )?.[1];
  if (!rootJson) throw new Error(`${dist}/index.html has no #${ROOT_ELEMENT_ID} block: build the client first`);
  const root = JSON.parse(rootJson) as Root;
  const csp = contentSecurityPolicy(inlineScripts(template));
  const { renderPage } = (await import(pathToFileURL(path.resolve(ssrEntry)).href)) as { renderPage: RenderPage };

  const cache = new Map<string, unknown>();
  const data = async <T,>(file: string): Promise<T> => {
    let value = cache.get(file);
    if (value === undefined) {
      value = JSON.parse(await readFile(path.join(dist, file), 'utf8'));
      cache.set(file, value);
    }
    return value as T;
  };
  const absolute = (p: string) => new URL(`${base}${p.replace(/^\//, '')}`, siteUrl).href;
  const primary = root.langs[0] ?? 'ko';
  const defaultUi: UiLanguage = isUiLanguage(primary) ? primary : 'ko';
  const defaultImage = absolute('/og-default.png');

  const pages: PageSpec[] = [];
  const latest = root.latest ? await data<DayChunk>(root.latest.file) : null;
  pages.push({
    path: '/',
    file: 'index.html',
    queries: latest ? [[['day', latest.date], latest]] : [],
    summaryByPreference: true,
    meta: {
      title: latest ? `${latest.date} Daily Papers · ${SITE_NAME}` : SITE_NAME,
      description: latest ? `Top ${latest.top}: ${latest.cards.map((c) => c.title).join(' · ')}` : SITE_NAME,
      type: 'website',
    },
  });
  const lastYear = root.years.at(-1);
  pages.push({
    path: '/days',
    file: 'days.html',
    queries: lastYear ? [[['year', lastYear.file], await data<YearIndex>(lastYear.file)]] : [],
    meta: {
      title: `모든 날짜 · ${SITE_NAME}`,
      description: `${root.dayCount}일, 논문 ${root.paperCount}편`,
      type: 'website',
    },
  });
  for (const scope of ['all', 'week', 'month'] as const) {
    const orders = scope === 'all' ? root.lists.all : root.lists[scope]?.orders;
    if (!orders) continue;
    const first = await data<ListPage>(orders.rank.first);
    pages.push({
      path: scope === 'all' ? '/archive' : `/archive/${scope}`,
      file: scope === 'all' ? 'archive.html' : `archive/${scope}.html`,
      queries: [[['list-page', orders.rank.first], first]],
      summaryByPreference: true,
      meta: {
        title: `${{ all: '전체 논문', week: '이번 주', month: '이번 달' }[scope]} · ${SITE_NAME}`,
        description: first.cards
          .slice(0, 5)
          .map((c) => c.title)
          .join(' · '),
        type: 'website',
      },
    });
  }

  for (const year of root.years) {
    const index = await data<YearIndex>(year.file);
    for (const day of index.days) {
      const chunk = await data<DayChunk>(day.file);
      pages.push({
        path: `/days/${day.date}`,
        file: `days/${day.date}.html`,
        queries: [[['day', day.date], chunk]],
        summaryByPreference: true,
        meta: {
          title: `${day.date} Daily Papers (Top ${chunk.top}) · ${SITE_NAME}`,
          description: chunk.cards.map((c) => c.title).join(' · '),
          image: chunk.cards[0]?.thumb ?? null,
          type: 'website',
        },
      });
      for (const card of chunk.cards) {
        if (cache.has(`paper:${card.id}`)) continue;
        cache.set(`paper:${card.id}`, true);
        const paper = await data<PaperChunk>(card.file);
        for (const lang of Object.keys(paper.texts)) {
          const isPrimary = lang === primary;
          pages.push({
            path: `/papers/${card.id}${isPrimary ? '' : `/${lang}`}`,
            file: `papers/${card.id}${isPrimary ? '' : `/${lang}`}.html`,
            queries: [
              [['paper-file', card.id], card.file],
              [['paper', card.id], paper],
            ],
            meta: {
              title: paper.title,
              description: summaryOf(paper, lang),
              image: paper.thumb,
              type: 'article',
              lang,
            },
          });
        }
        // A paper with no text in the primary language still has its bare page.
        if (!(primary in paper.texts)) {
          pages.push({
            path: `/papers/${card.id}`,
            file: `papers/${card.id}.html`,
            queries: [
              [['paper-file', card.id], card.file],
              [['paper', card.id], paper],
            ],
            meta: {
              title: paper.title,
              description: summaryOf(paper, Object.keys(paper.texts)[0] ?? primary),
              image: paper.thumb,
              type: 'article',
            },
          });
        }
      }
    }
  }
  pages.push({
    path: '/bookmarks',
    file: 'bookmarks.html',
    queries: [],
    summaryByPreference: true,
    meta: { title: `북마크 · ${SITE_NAME}`, description: '이 브라우저에 저장한 논문', type: 'website' },
  });
  pages.push({
    path: '/404',
    file: '404.html',
    queries: [],
    meta: { title: `찾을 수 없음 · ${SITE_NAME}`, description: '이 주소에는 페이지가 없습니다.', type: 'website' },
  });

  let written = 0;
  const total = pages.length;
  const writeOne = async (spec: PageSpec) => {
    const address = `${base}${spec.path.replace(/^\//, '')}`;
    const ui = isUiLanguage(spec.meta.lang) ? spec.meta.lang : defaultUi;
    const {
      html,
      head: hints,
      page,
    } = await renderPage({
      path: address,
      base,
      ui,
      queries: [[['root'], root], ...spec.queries],
    });
    const meta: PageMeta = {
      ...spec.meta,
      canonical: absolute(spec.path === '/404' ? '/' : spec.path),
      image: spec.meta.image ? absolute(`/${spec.meta.image}`) : defaultImage,
      locale: LOCALES[spec.meta.lang ?? primary] ?? 'ko_KR',
      siteName: SITE_NAME,
    };
    const head = renderToStaticMarkup(<Head meta={meta} csp={csp} />);
    // What index.html's script compares with the reader's address and choices (see there).
    const htmlTag = `<html lang="${ui}" data-path="${escapeAttribute(address)}"${spec.summaryByPreference ? ` data-summary="${ui}"` : ''}>`;
    const out = template
      .replace(/<html[^>]*>/, () => htmlTag)
      .replace(/<title>[\s\S]*?<\/title>/, () => head + hints)
      .replace('<div id="root"></div>', () => `<div id="root">${html}</div>`)
      .replace(
        '</body>',
        () => `<script type="application/json" id="${PAGE_ELEMENT_ID}">${jsonForHtml(page)}</script></body>`,
      );
    const file = path.join(dist, spec.file);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, out);
    written++;
    if (process.stdout.isTTY && written % 500 === 0) process.stdout.write(`\rprerender: ${written}/${total} pages`);
  };
  // A few pages at a time: rendering is synchronous, writing overlaps it.
  const queue = [...pages];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let spec = queue.shift(); spec; spec = queue.shift()) await writeOne(spec);
    }),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${process.stdout.isTTY ? '\r' : ''}prerender: ${written} pages in ${seconds} s`);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The site's address (for canonical and Open Graph URLs) and base path, from the environment. */
export function siteOptions(): { siteUrl: string; base: string } {
  const rawBase = process.env.BASE_PATH ?? '/';
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { siteUrl: process.env.SITE_URL ?? 'http://localhost:4173', base };
}
