/**
 * Insertion-ordered Maps as bounded caches: the first entry is the oldest, so setting an entry
 * anew moves it to the young end and the oldest go first when the bound is passed.
 */
export function setNewest<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) {
    const oldest = map.keys().next();
    if (oldest.done) break;
    map.delete(oldest.value);
  }
}

/**
 * Values worked out once and remembered, bounded the cheap way: emptied when full. For hot-path
 * memos (a scalar's serialised form) where an LRU's reordering on every hit costs more than
 * working a dropped value out again.
 */
export class ClearingMemo<K, V> {
  private readonly values = new Map<K, V>();

  constructor(private readonly maxEntries: number) {}

  get(key: K): V | undefined {
    return this.values.get(key);
  }

  set(key: K, value: V): void {
    if (this.values.size >= this.maxEntries) this.values.clear();
    this.values.set(key, value);
  }
}

/** How much a SizedLru may hold: both bounds hold after every `set`. */
export interface SizeBounds {
  maxEntries: number;
  /** In the unit its `sizeOf` counts (characters of documents, bytes of answers). */
  maxSize: number;
}

/** What a SizedLru holds now, for metrics and tests. */
export interface SizeStats {
  entries: number;
  size: number;
}

/**
 * A bounded cache that counts what its entries weigh as well as how many there are: an entry
 * count alone lets a thousand 1 MB documents hold a gigabyte. Least recently used first out: `get`
 * and `set` make an entry the newest. An entry heavier than the whole bound is not kept at all (and
 * drops what its key held), rather than emptying the cache for one guest.
 */
export class SizedLru<K, V> {
  private readonly entries = new Map<K, { value: V; size: number }>();
  private held = 0;

  constructor(
    private readonly bounds: SizeBounds,
    private readonly sizeOf: (key: K, value: V) => number,
  ) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Map order is insertion order: re-inserting moves the entry to the young end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value` as the newest entry; false when it alone weighs more than the bound. */
  set(key: K, value: V): boolean {
    this.delete(key);
    const size = this.sizeOf(key, value);
    if (size > this.bounds.maxSize) return false;
    this.entries.set(key, { value, size });
    this.held += size;
    while (this.entries.size > this.bounds.maxEntries || this.held > this.bounds.maxSize) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
    return true;
  }

  delete(key: K): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.held -= entry.size;
    return true;
  }

  stats(): SizeStats {
    return { entries: this.entries.size, size: this.held };
  }
}
