/**
 * Draws the offline view (offline.html) in the reader's language and theme: what happened,
 * a way to try again, and links to every page this browser has kept for offline reading
 * (the pages the reader opened and the bookmarked papers the service worker saved), named
 * by their titles. Built with DOM calls and text nodes only: a cached title is data.
 */
import './offline.css';
import { CACHES, isPageUrl } from '../lib/offline-caches.ts';

const TEXT = {
  ko: {
    title: '오프라인입니다',
    lead: '이 페이지는 아직 이 기기에 저장되지 않았습니다. 연결되면 다시 시도해 주세요.',
    retry: '다시 시도',
    saved: '이 기기에 저장된 페이지',
    none: '아직 저장된 페이지가 없습니다. 온라인에서 연 페이지와 북마크한 논문은 여기에 저장되어 오프라인에서도 읽을 수 있습니다.',
    appName: '데일리 페이퍼',
  },
  en: {
    title: 'You are offline',
    lead: 'This page has not been saved on this device yet. Try again once you are connected.',
    retry: 'Try again',
    saved: 'Saved on this device',
    none: 'Nothing is saved yet. Pages you open online and papers you bookmark are kept here to read offline.',
    appName: 'Daily Papers',
  },
} as const;

type Language = keyof typeof TEXT;

/**
 * The reader's stored interface language and theme (src/lib/preferences.ts's key and values,
 * read here directly: that module brings React, which this page does not load).
 */
function storedChoices(): { ui?: unknown; theme?: unknown } {
  try {
    const value: unknown = JSON.parse(localStorage.getItem('daily-papers:preferences:v1') ?? '{}');
    return typeof value === 'object' && value !== null ? value : {};
  } catch {
    return {};
  }
}

const stored = storedChoices();
const language: Language =
  stored.ui === 'ko' || stored.ui === 'en'
    ? stored.ui
    : navigator.languages.some((tag) => tag.toLowerCase().startsWith('ko'))
      ? 'ko'
      : 'en';
if (stored.theme === 'light' || stored.theme === 'dark') document.documentElement.dataset.theme = stored.theme;
document.documentElement.lang = language;
const text = TEXT[language];
document.title = `${text.title} · ${text.appName}`;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

/** A cached page's title, without the app's name after it. */
async function pageTitle(response: Response, fallback: string): Promise<string> {
  const html = await response.text();
  const title = new DOMParser().parseFromString(html, 'text/html').title;
  return title.replace(/ · (데일리 페이퍼|Daily Papers).*$/, '').trim() || fallback;
}

/** Every kept page: URL and title, the saved bookmarks first, each title once (a paper's languages share it). */
async function keptPages(): Promise<{ url: string; title: string }[]> {
  const base = import.meta.env.BASE_URL;
  const pages = new Map<string, string>();
  for (const name of [CACHES.saved, CACHES.pages]) {
    if (!(await caches.has(name))) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (pages.has(url.pathname) || !isPageUrl(url, location.origin, base)) continue;
      const response = await cache.match(request);
      if (!response?.ok) continue;
      pages.set(url.pathname, await pageTitle(response, url.pathname));
    }
  }
  const byTitle = new Map<string, string>();
  for (const [url, title] of pages) if (!byTitle.has(title)) byTitle.set(title, url);
  return [...byTitle].map(([title, url]) => ({ url, title }));
}

async function draw(): Promise<void> {
  const retry = element(
    'button',
    'btn mt-5 self-start border-indigo-600 bg-indigo-600 text-white hover:bg-indigo-700 dark:border-indigo-500 dark:bg-indigo-500 dark:text-white',
    text.retry,
  );
  retry.type = 'button';
  retry.addEventListener('click', () => location.reload());

  const saved = await keptPages().catch(() => []);
  const list =
    saved.length === 0
      ? element('p', 'mt-2 text-sm text-stone-600 dark:text-stone-400', text.none)
      : element(
          'ul',
          'mt-2 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900',
          ...saved.map(({ url, title }) => {
            const link = element(
              'a',
              'block px-4 py-3 text-sm font-medium text-stone-800 hover:bg-stone-100 dark:text-stone-100 dark:hover:bg-stone-800',
              title,
            );
            link.href = url;
            return element('li', '', link);
          }),
        );

  const logo = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  logo.setAttribute('viewBox', '0 0 32 32');
  logo.setAttribute('class', 'size-10');
  logo.setAttribute('aria-hidden', 'true');
  for (const [tag, attrs] of [
    ['rect', { width: '32', height: '32', rx: '7', fill: '#4f46e5' }],
    ['path', { d: 'M9 8h9a6 6 0 0 1 0 12h-4v4H9z', fill: '#fff' }],
    ['circle', { cx: '17', cy: '14', r: '2.2', fill: '#4f46e5' }],
  ] as const) {
    const shape = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [name, value] of Object.entries(attrs)) shape.setAttribute(name, value);
    logo.append(shape);
  }

  document
    .getElementById('offline')
    ?.replaceChildren(
      logo,
      element('h1', 'mt-5 text-2xl font-semibold tracking-tight', text.title),
      element('p', 'mt-3 text-stone-600 dark:text-stone-300', text.lead),
      retry,
      element('h2', 'mt-10 text-sm font-semibold text-stone-500 dark:text-stone-400', text.saved),
      list,
    );
}

void draw();
