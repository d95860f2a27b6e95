// The ReadonlyMap protocol for the organ maps made on read (OrgsByName, RegionsByKey, FetchedOrgs): each says how
// it looks a key up and walks its entries; iteration and forEach follow from entries().
export abstract class MapView<K, V> implements ReadonlyMap<K, V> {
  abstract get size(): number;
  abstract get(key: K): V | undefined;
  abstract has(key: K): boolean;
  abstract keys(): MapIterator<K>;
  abstract values(): MapIterator<V>;
  abstract entries(): MapIterator<[K, V]>;

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}
