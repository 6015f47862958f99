// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSwipeDetector, type SwipeDirection } from './swipe.ts';

type Point = [x: number, y: number];

/** What the detector reads of a touch event. */
function touch(type: string, points: Point[], timeStamp: number, ended: Point[] = []): TouchEvent {
  const list = (ps: Point[]) => ps.map(([clientX, clientY]) => ({ clientX, clientY }));
  return {
    type,
    target: document.body,
    timeStamp,
    touches: list(points),
    changedTouches: list(ended),
  } as unknown as TouchEvent;
}

/** One finger from `from` to `to` over `ms`; the directions recognised. */
function gesture(from: Point, to: Point, ms = 200): SwipeDirection[] {
  const seen: SwipeDirection[] = [];
  const handle = createSwipeDetector((direction) => seen.push(direction));
  handle(touch('touchstart', [from], 0));
  handle(touch('touchmove', [to], ms / 2));
  handle(touch('touchend', [], ms, [to]));
  return seen;
}

afterEach(() => {
  window.getSelection()?.removeAllRanges();
  document.body.replaceChildren();
});

describe('createSwipeDetector', () => {
  it('takes a quick stroke to the left for the next paper, to the right for the previous one', () => {
    expect(gesture([300, 400], [80, 420])).toEqual(['next']);
    expect(gesture([60, 400], [300, 380])).toEqual(['previous']);
  });

  it('leaves scrolling, short strokes and slow drags alone', () => {
    expect(gesture([200, 600], [150, 200]), 'mostly down: a scroll').toEqual([]);
    expect(gesture([200, 400], [100, 340]), 'not twice as far across as down').toEqual([]);
    expect(gesture([200, 400], [160, 400]), 'too short').toEqual([]);
    expect(gesture([300, 400], [60, 400], 1500), 'too slow').toEqual([]);
  });

  it('leaves a second finger and a text selection alone', () => {
    const onSwipe = vi.fn();
    const handle = createSwipeDetector(onSwipe);
    handle(touch('touchstart', [[300, 400]], 0));
    handle(
      touch(
        'touchmove',
        [
          [250, 400],
          [100, 300],
        ],
        50,
      ),
    );
    handle(touch('touchend', [], 100, [[80, 400]]));
    expect(onSwipe).not.toHaveBeenCalled();

    const text = document.createElement('p');
    text.textContent = 'selected words';
    document.body.append(text);
    window.getSelection()?.selectAllChildren(text);
    expect(gesture([300, 400], [60, 400])).toEqual([]);
  });
});
