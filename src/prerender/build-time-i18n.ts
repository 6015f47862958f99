/**
 * The i18next instance the app is handed when prerendering (src/entry-server.tsx): a view
 * that inherits everything from the real one, without two costs of a server render that
 * together were ~40% of the time a page took:
 * - react-i18next copies each own property of its instance in every useTranslation call (its
 *   memo does not survive a server render), and an i18next instance has ~40 (bound methods);
 *   the view has one or two.
 * - i18next copies all its options in every `t` call. No string can change during a build, so
 *   each `t` here remembers its result for a key with options of plain values (the same call
 *   gives the same string); any other call goes to i18next as it is.
 */
import type { i18n } from 'i18next';

/** A `t` function as the app calls it; i18next's own type is a deep generic, not needed to forward a call. */
type Translate = (key: unknown, options?: unknown) => unknown;

export function buildTimeI18n(instance: i18n): i18n {
  const view = Object.create(instance) as i18n;
  const fixed = new Map<string, Translate>();
  const getFixedT = (...args: Parameters<i18n['getFixedT']>) => {
    // A key selector function is no cache key (JSON would drop it): such a `t` is not remembered.
    if (args.some((arg) => typeof arg === 'function')) return instance.getFixedT(...args);
    const id = JSON.stringify(args);
    let remembered = fixed.get(id);
    if (!remembered) {
      // tsc cannot instantiate i18next's type of `t` over all the messages (too deep), lint can.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- see above
      remembered = rememberResults(instance.getFixedT(...args) as unknown as Translate);
      fixed.set(id, remembered);
    }
    return remembered;
  };
  view.getFixedT = getFixedT as unknown as i18n['getFixedT'];
  return view;
}

function rememberResults(t: Translate): Translate {
  const results = new Map<string, string>();
  const remembered: Translate = (key, options) => {
    const id = typeof key === 'string' ? cacheKey(key, options) : null;
    if (id === null) return t(key, options);
    let result = results.get(id);
    if (result === undefined) {
      const value = t(key, options);
      if (typeof value !== 'string') return value;
      if (results.size >= 20_000) results.clear(); // titles and dates vary per page: stay small
      results.set(id, (result = value));
    }
    return result;
  };
  return Object.assign(remembered, t); // its `lng`, `ns`, `keyPrefix`
}

/** `key` with options of strings, numbers and booleans only (else null: not remembered). */
function cacheKey(key: string, options: unknown): string | null {
  if (options === undefined) return key;
  if (typeof options !== 'object' || options === null) return null;
  for (const value of Object.values(options)) {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return null;
  }
  return `${key}\u0000${JSON.stringify(options)}`;
}
