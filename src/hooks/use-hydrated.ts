import { useSyncExternalStore } from 'react';

const noop = () => () => undefined;

/**
 * False while rendering on the server and while hydrating, true afterwards: for output
 * that needs the browser (measurements, inline styles the CSP would refuse in HTML).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}
