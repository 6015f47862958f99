/**
 * An in-memory Web Storage for tests: the real `Storage` shape, with a quota that throws a
 * `QuotaExceededError` DOMException like a browser, leaving the stored values as they were.
 */
export class MemoryStorage implements Storage {
  [name: string]: unknown;
  readonly #items = new Map<string, string>();
  /** Characters of keys and values allowed in all; `Infinity` by default. */
  quota: number;
  /** The keys of successful `setItem` calls, in order. */
  readonly writes: string[] = [];

  constructor(entries: Record<string, string> = {}, quota = Number.POSITIVE_INFINITY) {
    this.quota = quota;
    for (const [key, value] of Object.entries(entries)) this.#items.set(key, value);
  }

  get length(): number {
    return this.#items.size;
  }

  /** Characters in use. */
  get used(): number {
    let total = 0;
    for (const [key, value] of this.#items) total += key.length + value.length;
    return total;
  }

  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const previous = this.#items.get(key);
    const next = this.used - (previous === undefined ? 0 : key.length + previous.length) + key.length + value.length;
    if (next > this.quota) {
      throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError');
    }
    this.#items.set(key, value);
    this.writes.push(key);
  }

  removeItem(key: string): void {
    this.#items.delete(key);
  }

  clear(): void {
    this.#items.clear();
  }

  /** Every key and value, for assertions. */
  entries(): Record<string, string> {
    return Object.fromEntries(this.#items);
  }
}

/** A `storage` event as a browser dispatches it in the other tabs of the origin. */
export class FakeStorageEvent extends Event {
  readonly key: string | null;
  readonly newValue: string | null;
  readonly oldValue: string | null;

  constructor(init: { key: string | null; newValue: string | null; oldValue?: string | null }) {
    super('storage');
    this.key = init.key;
    this.newValue = init.newValue;
    this.oldValue = init.oldValue ?? null;
  }
}
