/**
 * localStorage that never throws: disabled storage, private mode, a quota exceeded or a
 * sandboxed frame become results the caller can tell the user about.
 */
export type StorageRead = { ok: true; value: string | null } | { ok: false; error: unknown };
export type StorageWrite = { ok: true } | { ok: false; reason: 'unavailable' | 'quota'; error: unknown };

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function readStorage(key: string): StorageRead {
  try {
    const store = storage();
    if (store === null) return { ok: false, error: new Error('localStorage is not available') };
    return { ok: true, value: store.getItem(key) };
  } catch (error) {
    return { ok: false, error };
  }
}

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

export function writeStorage(key: string, value: string): StorageWrite {
  try {
    const store = storage();
    if (store === null) return { ok: false, reason: 'unavailable', error: new Error('localStorage is not available') };
    store.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable', error };
  }
}
