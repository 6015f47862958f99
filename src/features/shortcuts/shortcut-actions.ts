/**
 * What the shortcuts do, on the page as it is drawn. The pages mark the controls a shortcut
 * stands for with `data-shortcut` (the next paper, the day links, a bookmark toggle, the
 * summary language); a shortcut presses that control, so it does exactly what a click does,
 * and a page without it simply has no such shortcut.
 */

/** The control a shortcut presses. */
export type ShortcutTarget =
  'next-paper' | 'previous-paper' | 'list' | 'previous-day' | 'next-day' | 'bookmark' | 'language';

function marked(target: ShortcutTarget, within: ParentNode = document): HTMLElement | null {
  return within.querySelector<HTMLElement>(`[data-shortcut="${target}"]`);
}

/** Presses the control marked `target` on the page; false when there is none. */
export function press(target: ShortcutTarget): boolean {
  const control = marked(target, document.querySelector('main') ?? document);
  if (control === null || control.matches(':disabled')) return false;
  control.click();
  return true;
}

/** A paper page (rather than a grid of cards) is on screen. */
export function onPaperPage(): boolean {
  return document.getElementById('paper-title') !== null;
}

/** The title links of the cards drawn, in order. */
function cardLinks(): HTMLAnchorElement[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('main article :is(h2, h3) a[href]')];
}

function focusedCard(links: readonly HTMLAnchorElement[]): number {
  const active = document.activeElement;
  return links.findIndex((link) => active !== null && link.closest('article')?.contains(active) === true);
}

/**
 * Moves focus to the next (`step` 1) or previous (-1) card, the first one when no card has
 * it, and scrolls it to the middle of the screen (clear of the sticky header). Returns the
 * card's place in its list ("2 / 5"), or null when there is no card that way.
 */
export function moveCard(step: 1 | -1): { position: number; total: number } | null {
  const links = cardLinks();
  const current = focusedCard(links);
  const index = current === -1 ? 0 : current + step;
  const link = links[index];
  if (link === undefined || index === current) return null;
  link.focus({ preventScroll: true });
  (link.closest('article') ?? link).scrollIntoView({ block: 'center' });
  // A long list is drawn a few rows at a time: its items know their place in the whole.
  const item = link.closest('[aria-posinset]');
  const position = Number(item?.getAttribute('aria-posinset') ?? index + 1);
  const total = Number(item?.getAttribute('aria-setsize') ?? links.length);
  return { position, total };
}

/** Opens the card that has focus; false when none has. */
export function openCard(): boolean {
  const links = cardLinks();
  const link = links[focusedCard(links)];
  link?.click();
  return link !== undefined;
}

/**
 * Toggles the bookmark of the paper on screen, or of the card that has focus. Returns
 * whether the paper is now saved, or null when there is nothing to toggle.
 */
export function toggleBookmark(): boolean | null {
  let within: ParentNode | null = document.querySelector('main');
  if (!onPaperPage()) {
    const links = cardLinks();
    within = links[focusedCard(links)]?.closest('article') ?? null;
  }
  const button = within ? marked('bookmark', within) : null;
  if (button === null || button.matches(':disabled')) return null;
  const wasSaved = button.getAttribute('aria-pressed') === 'true';
  button.click();
  return !wasSaved;
}

/** Switches the summary language to the switch's next one; returns its name, or null. */
export function switchLanguage(): string | null {
  const group = marked('language', document.querySelector('main') ?? document);
  const buttons = group ? [...group.querySelectorAll<HTMLButtonElement>('button')] : [];
  if (buttons.length < 2) return null;
  const current = buttons.findIndex((button) => button.getAttribute('aria-pressed') === 'true');
  const next = buttons[(current + 1) % buttons.length];
  next?.click();
  return next?.textContent ?? null;
}

/** A search box: the header's where there is one, else the search page's. */
const SEARCH_BOX = 'header [role="search"] input, main [role="search"] input';
const SEARCH_WAIT_MS = 5000;

/** The first search box on screen (the header's is hidden on narrow screens). */
function shownSearchBox(): HTMLInputElement | null {
  const boxes = document.querySelectorAll<HTMLInputElement>(SEARCH_BOX);
  return [...boxes].find((box) => box.getClientRects().length > 0) ?? null;
}

/**
 * Focuses the search box; when the page has none, `openSearch` (navigating to the search
 * page) is called and its box focused once it is drawn.
 */
export function focusSearch(openSearch: () => void): void {
  const box = shownSearchBox();
  if (box !== null) {
    box.focus();
    box.select();
    return;
  }
  const observer = new MutationObserver(() => {
    const shown = shownSearchBox();
    if (shown === null) return;
    observer.disconnect();
    shown.focus();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  window.setTimeout(() => observer.disconnect(), SEARCH_WAIT_MS);
  openSearch();
}
