// A store's organ list as the vocabulary's organs and regions, without building a map of every organ: an organ is
// found by binary search in the list (sorted by name), its entry made when it is read, and a region's organs are
// the run of names that begin with the region (深圳市龙岗区…), since every organ's name begins with its region key.
// So the vocabulary costs one pass over the list at start, not an entry per organ.
import { LRUCache } from 'lru-cache';
import type { OrgEntry as StoredOrg } from '../../store/index.js';
import { MapView } from './map-view.js';
import { makeEntry, type OrgEntry } from './store-index.js';

/** Entries and regions kept made: what recent questions read, a small part of a national store. */
const ENTRIES_KEPT = 20_000;
const REGIONS_KEPT = 2_000;

const entryOf = (stored: StoredOrg): OrgEntry => makeEntry(stored.org, stored.region, stored.level, stored.years, []);

const byName = (a: StoredOrg, b: StoredOrg): number => (a.org < b.org ? -1 : a.org > b.org ? 1 : 0);

/** The list sorted by name as JavaScript compares strings (the store's order, unless a name is outside the BMP). */
export function sortedByName(stored: readonly StoredOrg[]): readonly StoredOrg[] {
  for (let at = 1; at < stored.length; at += 1)
    if (byName(stored[at - 1] as StoredOrg, stored[at] as StoredOrg) > 0) return [...stored].sort(byName);
  return stored;
}

/**
 * The organs of a sorted list by name. An entry is made on first read and kept among the recent ones; a question
 * that reads every organ (a sum over all, the store's list) makes all entries once, kept from then on.
 */
export class OrgsByName extends MapView<string, OrgEntry> implements OrgsByPrefix {
  private readonly made = new LRUCache<string, OrgEntry>({ max: ENTRIES_KEPT });
  private all: readonly OrgEntry[] | undefined;

  constructor(private readonly sorted: readonly StoredOrg[]) {
    super();
  }

  get size(): number {
    return this.sorted.length;
  }

  get(org: string): OrgEntry | undefined {
    const at = this.firstAtOrAfter(org);
    return this.sorted[at]?.org === org ? this.entryAt(at) : undefined;
  }

  has(org: string): boolean {
    return this.sorted[this.firstAtOrAfter(org)]?.org === org;
  }

  /** The organs whose names begin with `prefix`, in order. */
  *startingWith(prefix: string): Generator<OrgEntry> {
    for (let at = this.firstAtOrAfter(prefix); at < this.sorted.length; at += 1) {
      if (!(this.sorted[at] as StoredOrg).org.startsWith(prefix)) return;
      yield this.entryAt(at);
    }
  }

  *keys(): MapIterator<string> {
    for (const stored of this.sorted) yield stored.org;
  }

  *values(): MapIterator<OrgEntry> {
    yield* this.every();
  }

  *entries(): MapIterator<[string, OrgEntry]> {
    for (const entry of this.every()) yield [entry.org, entry];
  }

  private every(): readonly OrgEntry[] {
    this.all ??= this.sorted.map((stored) => this.made.peek(stored.org) ?? entryOf(stored));
    return this.all;
  }

  private entryAt(at: number): OrgEntry {
    if (this.all) return this.all[at] as OrgEntry;
    const stored = this.sorted[at] as StoredOrg;
    let entry = this.made.get(stored.org);
    if (!entry) {
      entry = entryOf(stored);
      this.made.set(stored.org, entry);
    }
    return entry;
  }

  /** The first place whose name is not before `name`. */
  private firstAtOrAfter(name: string): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.sorted[middle] as StoredOrg).org < name) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Organs by name that also gives the organs whose names begin with a prefix (a region key), in name order. */
export interface OrgsByPrefix extends ReadonlyMap<string, OrgEntry> {
  startingWith(prefix: string): Iterable<OrgEntry>;
}

const hasPrefixes = (orgs: ReadonlyMap<string, OrgEntry>): orgs is OrgsByPrefix =>
  typeof (orgs as Partial<OrgsByPrefix>).startingWith === 'function';

/** The organs whose names begin with `prefix`, in the map's order: a search by prefix when it has one, else a walk. */
export function orgsStartingWith(orgs: ReadonlyMap<string, OrgEntry>, prefix: string): OrgEntry[] {
  if (hasPrefixes(orgs)) return [...orgs.startingWith(prefix)];
  return [...orgs.values()].filter((entry) => entry.org.startsWith(prefix));
}

/** The organs of each region key, found among the names that begin with it. */
export class RegionsByKey extends MapView<string, readonly OrgEntry[]> {
  // A map, emptied when full: a question's view makes one of these per run, and an LRU cache's arrays of
  // REGIONS_KEPT entries, made each time, cost more than the few regions a question reads.
  private readonly found = new Map<string, readonly OrgEntry[]>();

  constructor(private readonly orgs: OrgsByPrefix) {
    super();
  }

  get size(): number {
    return new Set(this.keys()).size;
  }

  get(regionKey: string): readonly OrgEntry[] | undefined {
    let members = this.found.get(regionKey);
    if (!members) {
      members = [...this.orgs.startingWith(regionKey)].filter((entry) => entry.regionKey === regionKey);
      if (this.found.size >= REGIONS_KEPT) this.found.clear();
      this.found.set(regionKey, members);
    }
    return members.length > 0 ? members : undefined;
  }

  has(regionKey: string): boolean {
    return this.get(regionKey) !== undefined;
  }

  /** Every region key once, in the order of the organs' names: a walk of every organ. */
  *keys(): MapIterator<string> {
    const seen = new Set<string>();
    for (const entry of this.orgs.values()) {
      if (entry.regionKey === null || seen.has(entry.regionKey)) continue;
      seen.add(entry.regionKey);
      yield entry.regionKey;
    }
  }

  *values(): MapIterator<readonly OrgEntry[]> {
    for (const key of this.keys()) yield this.get(key) ?? [];
  }

  *entries(): MapIterator<[string, readonly OrgEntry[]]> {
    for (const key of this.keys()) yield [key, this.get(key) ?? []];
  }
}
