/**
 * Clicks made on a prerendered page before the app has started. The page is readable, and its
 * buttons clickable, long before its code has run; without the app a button does nothing.
 * index.html's script records each click on a control marked `data-replay` (and marks the
 * control `data-pending`, which the styles show); the app takes the record once it handles
 * clicks itself, and clicks each control again once it has drawn the page.
 */

declare global {
  interface Window {
    /** The clicks recorded by index.html's script, oldest first, until the app takes them. */
    earlyClicks?: Element[];
  }
}

/** Ends the recording and returns what it recorded. */
export function takeEarlyClicks(): Element[] {
  const clicks = window.earlyClicks ?? [];
  window.earlyClicks = undefined;
  return clicks;
}

/**
 * Clicks each recorded control again, in order: the very element when the app has hydrated
 * it, else (the page was drawn afresh) the one with the same `data-replay` key, if any.
 */
export function replayClicks(clicks: readonly Element[], root: ParentNode = document): void {
  for (const clicked of clicks) {
    clicked.removeAttribute('data-pending');
    const key = clicked.getAttribute('data-replay');
    const target =
      clicked.isConnected || key === null
        ? clicked
        : [...root.querySelectorAll('[data-replay]')].find((element) => element.getAttribute('data-replay') === key);
    if (target instanceof HTMLElement && target.isConnected) target.click();
  }
}
