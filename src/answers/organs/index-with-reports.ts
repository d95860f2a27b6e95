// A per-question view of a store's vocabulary (indexOrgs) holding only the reports fetched for that question.
// Organs and regions are looked up lazily, so a lookup costs what it touches, not the store's organ count.
import type { Report } from '../../parser/index.js';
import { markView, type OrgEntry, type StoreIndex } from './store-index.js';

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
  const orgs = new LazyMap(
    vocabulary.orgs,
    (entry: OrgEntry) => ({ ...entry, reports: (byOrg.get(entry.org) as Report[]).sort((a, b) => a.year - b.year) }),
    (org) => byOrg.has(org),
  );
  const regions = new LazyMap(
    vocabulary.regions,
    (members: readonly OrgEntry[]) => members.map((member) => orgs.get(member.org) ?? member),
    (regionKey) => vocabulary.regions.get(regionKey)?.some((member) => byOrg.has(member.org)) ?? false,
  );
  const latestReports = [...byOrg.keys()].flatMap((org) => orgs.get(org)?.reports.slice(-1) ?? []);
  const view = { ...vocabulary, reports, orgs, regions, reportsByYear, latestReports };
  markView(view, vocabulary);
  fetchedOf.set(view, byOrg);
  return view;
}

/** The organs each view holds reports of. */
const fetchedOf = new WeakMap<StoreIndex, ReadonlyMap<string, unknown>>();

/**
 * Entries of the vocabulary a view was made from (a list kept per vocabulary) as the view holds them: those of
 * organs with fetched reports replaced by the view's.
 */
export function entriesInView(index: StoreIndex, entries: readonly OrgEntry[]): readonly OrgEntry[] {
  const fetched = fetchedOf.get(index);
  if (!fetched || fetched.size === 0) return entries;
  return entries.map((entry) => (fetched.has(entry.org) ? (index.orgs.get(entry.org) ?? entry) : entry));
}

/**
 * A read-only map whose values of the keys that `changes` are derived from another map's on first read, and kept;
 * the others are the other map's, so reading every value copies only the few a question fetched reports of.
 */
class LazyMap<K, V> implements ReadonlyMap<K, V> {
  private readonly derived = new Map<K, V>();

  constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly derive: (value: V) => V,
    private readonly changes: (key: K) => boolean,
  ) {}

  get size(): number {
    return this.base.size;
  }

  get(key: K): V | undefined {
    const original = this.base.get(key);
    return original === undefined ? undefined : this.valueOf(key, original);
  }

  has(key: K): boolean {
    return this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, original] of this.base.entries()) yield [key, this.valueOf(key, original)];
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

  private valueOf(key: K, original: V): V {
    if (!this.changes(key)) return original;
    let value = this.derived.get(key);
    if (value === undefined) {
      value = this.derive(original);
      this.derived.set(key, value);
    }
    return value;
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
