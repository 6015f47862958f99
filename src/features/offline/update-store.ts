/**
 * Whether a new build is ready: the service worker's registration (register-service-worker.ts,
 * loaded after the page) offers a way to switch to it, and the update prompt shows while one
 * is on offer. An external store for `useSyncExternalStore`; nothing here loads the worker.
 */
type Listener = () => void;

let apply: (() => void) | null = null;
const listeners = new Set<Listener>();

function set(next: (() => void) | null): void {
  apply = next;
  for (const listener of listeners) listener();
}

export const updateStore = {
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** The function that switches to the new build and reloads, or null when there is none. */
  getSnapshot: (): (() => void) | null => apply,
  offer: (switchToNewBuild: () => void): void => set(switchToNewBuild),
  /** The reader closed the prompt: the new build is used on the next visit. */
  dismiss: (): void => set(null),
};
