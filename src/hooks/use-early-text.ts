import { type RefObject, useEffectEvent, useLayoutEffect } from 'react';

/**
 * A controlled text field of a prerendered page can be typed into before the app starts. When
 * the app hydrates the field it keeps what is in it, but its state does not have it, and its
 * next render would put the state's value back. Once the field is hydrated, this hands what it
 * holds to `adopt`, as if just typed; the field itself, its caret and its selection are left
 * as they are. A field the app rendered itself holds its state's value: nothing happens.
 */
export function useEarlyText(
  field: RefObject<HTMLInputElement | null>,
  value: string,
  adopt: (text: string) => void,
): void {
  const adoptTyped = useEffectEvent(() => {
    const typed = field.current?.value;
    if (typed !== undefined && typed !== value) adopt(typed);
  });
  // Before the browser paints the hydrated page, and before any later render could reset the field.
  useLayoutEffect(() => adoptTyped(), []);
}
