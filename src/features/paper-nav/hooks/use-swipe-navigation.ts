import { useEffect } from 'react';

const TOUCH_EVENTS = ['touchstart', 'touchmove', 'touchend', 'touchcancel'] as const;
/** Touch events kept while the swipe code loads (a gesture is a few dozen). */
const MAX_BUFFERED = 200;

/** Follows the pager's link, as a tap on it would. */
function goTo(direction: 'next' | 'previous'): void {
  const link = document.querySelector<HTMLElement>(
    `[data-shortcut="${direction === 'next' ? 'next-paper' : 'previous-paper'}"]`,
  );
  link?.click();
}

/**
 * On a paper page, a horizontal swipe opens the next or previous paper of the list. The
 * swipe code loads when the screen is first touched; the events of that first gesture are
 * kept meanwhile and handed over, so the first swipe counts too. (The edge swipes of the
 * system, outside the page, stay the system's.)
 */
export function useSwipeNavigation(): void {
  useEffect(() => {
    let handle: ((event: TouchEvent) => void) | null = null;
    let loading = false;
    let active = true;
    const buffered: TouchEvent[] = [];
    const onTouch = (event: TouchEvent) => {
      if (handle !== null) {
        handle(event);
        return;
      }
      if (buffered.length < MAX_BUFFERED) buffered.push(event);
      if (loading) return;
      loading = true;
      import('../swipe.ts')
        .then(({ createSwipeDetector }) => {
          if (!active) return;
          handle = createSwipeDetector(goTo);
          for (const event of buffered.splice(0)) handle(event);
        })
        .catch(() => {
          // Offline, say: the next touch tries again.
          loading = false;
          buffered.length = 0;
        });
    };
    for (const type of TOUCH_EVENTS) document.addEventListener(type, onTouch, { passive: true });
    // A sideways stroke is ours here: the browser's own overscroll gesture (Back and Forward
    // in Chrome) would make it two navigations at once.
    const root = document.documentElement.style;
    const overscroll = root.overscrollBehaviorX;
    root.overscrollBehaviorX = 'none';
    return () => {
      active = false;
      for (const type of TOUCH_EVENTS) document.removeEventListener(type, onTouch);
      root.overscrollBehaviorX = overscroll;
    };
  }, []);
}
