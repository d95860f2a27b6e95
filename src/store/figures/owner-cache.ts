// Bounded caches that live as long as what they were derived from (a store's report list, an index): when the
// store changes, its lists are replaced, and their caches go with them.
import { LRUCache } from 'lru-cache';

/** Per owner, a cache of at most `max` entries, the least recently used forgotten first. */
export function createOwnerCache<K extends {}, V extends {}>(max: number): (owner: object) => LRUCache<K, V> {
  const caches = new WeakMap<object, LRUCache<K, V>>();
  return (owner) => {
    let cache = caches.get(owner);
    if (!cache) {
      cache = new LRUCache({ max });
      caches.set(owner, cache);
    }
    return cache;
  };
}

/** The cached value for `key`, made and kept on first use. */
export function getOrMake<K extends {}, V extends {}>(cache: LRUCache<K, V>, key: K, make: () => V): V {
  const found = cache.get(key);
  if (found !== undefined) return found;
  const made = make();
  cache.set(key, made);
  return made;
}
