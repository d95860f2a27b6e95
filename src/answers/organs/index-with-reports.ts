// A per-question view of a store's vocabulary (indexOrgs) holding only the reports fetched for that question.
// Organs and regions are looked up lazily, so a lookup costs what it touches, not the store's organ count.
import type { Report } from '../../parser/index.js';
import type { OrgEntry, StoreIndex } from './store-index.js';

/**
 * The vocabulary with `reports` filled in: each organ's entry holds those of its reports among them (oldest
 * first), the years lists hold them by year. Aliases, regions, years and organ names stay the vocabulary's.
 * Each organ's latest report is what its fetched reports end with: fetch all of an organ's reports for that.
 */
export function indexWithReports(vocabulary: StoreIndex, reports: readonly Report[]): StoreIndex {
  const byOrg = new Map<string, Report[]>();
  const reportsByYear = new Map<number, Report[]>();
  for (const report of reports) {
    pushTo(byOrg, report.org, report);
    pushTo(reportsByYear, report.year, report);
  }
  const orgs = new LazyMap(vocabulary.orgs, (entry: OrgEntry) => {
    const own = byOrg.get(entry.org);
    return own ? { ...entry, reports: own.sort((a, b) => a.year - b.year) } : entry;
  });
  const regions = new LazyMap(vocabulary.regions, (members: readonly OrgEntry[]) =>
    members.some((member) => byOrg.has(member.org)) ? members.map((member) => orgs.get(member.org) ?? member) : members,
  );
  const latestReports = [...byOrg.keys()].flatMap((org) => orgs.get(org)?.reports.slice(-1) ?? []);
  return { ...vocabulary, reports, orgs, regions, reportsByYear, latestReports };
}

/**
 * A read-only map whose values are derived from another map's on first read, and kept; a value `derive` leaves as it
 * was is not kept, so reading every value (a scope of every organ) copies only the few a question fetched reports of.
 */
class LazyMap<K, V> implements ReadonlyMap<K, V> {
  private readonly derived = new Map<K, V>();

  constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly derive: (value: V) => V,
  ) {}

  get size(): number {
    return this.base.size;
  }

  get(key: K): V | undefined {
    const derived = this.derived.get(key);
    if (derived !== undefined) return derived;
    const original = this.base.get(key);
    if (original === undefined) return undefined;
    const value = this.derive(original);
    if (value !== original) this.derived.set(key, value);
    return value;
  }

  has(key: K): boolean {
    return this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const key of this.base.keys()) yield [key, this.get(key) as V];
  }

  keys(): MapIterator<K> {
    return this.base.keys();
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
