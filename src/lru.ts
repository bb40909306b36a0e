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
