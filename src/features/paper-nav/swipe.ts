/**
 * A horizontal swipe on a touch screen, told apart from scrolling and selecting: one finger,
 * mostly sideways (at least twice as far across as down), far enough and quick enough. The
 * listeners are passive and nothing sets `touch-action`, so the browser scrolls and zooms as
 * always; a swipe is only recognised once the finger has left the screen.
 */

export type SwipeDirection = 'next' | 'previous';

/** How far across a swipe goes at least, in CSS pixels. */
const MIN_DISTANCE = 60;
/** How much longer across than down it is at least. */
const MIN_RATIO = 2;
const MAX_DURATION_MS = 800;

interface Start {
  x: number;
  y: number;
  time: number;
}

/** An element a sideways drag belongs to: a field, or something that scrolls sideways itself. */
function ownsSideways(target: EventTarget | null): boolean {
  for (let node = target instanceof Element ? target : null; node !== null; node = node.parentElement) {
    if (node.matches('input, textarea, select, [contenteditable]')) return true;
    if (node.scrollWidth > node.clientWidth) {
      const overflow = getComputedStyle(node).overflowX;
      if (overflow === 'auto' || overflow === 'scroll') return true;
    }
  }
  return false;
}

/** The page is zoomed in: a sideways drag pans it. */
function zoomedIn(): boolean {
  return (window.visualViewport?.scale ?? 1) > 1.01;
}

/** Some text is selected: the finger is moving a selection handle, or has just done so. */
function selecting(): boolean {
  const selection = window.getSelection();
  return selection !== null && !selection.isCollapsed;
}

/**
 * Returns a handler for the page's touch events (`touchstart`, `touchmove`, `touchend`,
 * `touchcancel`), which calls `onSwipe` for each swipe: towards the left for the next paper,
 * as one turns a page, towards the right for the previous one.
 */
export function createSwipeDetector(onSwipe: (direction: SwipeDirection) => void): (event: TouchEvent) => void {
  let start: Start | null = null;
  return (event) => {
    switch (event.type) {
      case 'touchstart': {
        const touch = event.touches.length === 1 ? event.touches[0] : undefined;
        start =
          touch && !ownsSideways(event.target) && !zoomedIn()
            ? { x: touch.clientX, y: touch.clientY, time: event.timeStamp }
            : null;
        return;
      }
      case 'touchmove':
        if (event.touches.length !== 1) start = null;
        return;
      case 'touchend': {
        const touch = event.changedTouches[0];
        if (start === null || touch === undefined || event.touches.length > 0) return;
        const dx = touch.clientX - start.x;
        const dy = touch.clientY - start.y;
        const quick = event.timeStamp - start.time <= MAX_DURATION_MS;
        start = null;
        if (quick && Math.abs(dx) >= MIN_DISTANCE && Math.abs(dx) >= MIN_RATIO * Math.abs(dy) && !selecting()) {
          onSwipe(dx < 0 ? 'next' : 'previous');
        }
        return;
      }
      default:
        start = null;
    }
  };
}
