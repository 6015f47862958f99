/**
 * The search boxes' ids, and how to focus the one on screen (for a keyboard shortcut):
 * the search page's own box where it is open, else the header's (shown on wide screens).
 */
export const HEADER_SEARCH_ID = 'site-search';
export const PAGE_SEARCH_ID = 'search-query';

/**
 * Focuses and selects the search box on screen. False when none is (a phone, off the search
 * page: the header's Search link opens the page, whose box is focused when it opens).
 */
export function focusSearchBox(): boolean {
  for (const id of [PAGE_SEARCH_ID, HEADER_SEARCH_ID]) {
    const box = document.getElementById(id);
    if (box instanceof HTMLInputElement && box.getClientRects().length > 0) {
      box.focus();
      box.select();
      return true;
    }
  }
  return false;
}
