// The organs of a store that answers for them (Postgres: organs by name, a region's by the start of their names,
// the list's first by name), read question by question instead of held: a bot never reads the whole organ list to
// start, and keeps only the first organs of it. A question's steps read organs synchronously, so each read of an
// organ not fetched yet is noted as a need and reads as absent; the needs are fetched and the step run again
// (question-names), so the run that notes none saw exactly what the whole list would have given it.

import { placeOfOrgan } from '../../organ-names/index.js';
import type {
  NamedOrgans,
  OrgListing,
  OrgListOptions,
  OrgRequest,
  OrgEntry as StoredOrg,
  TextRuns,
} from '../../store/index.js';
import { MapView } from './map-view.js';
import { makeEntry, type OrgEntry } from './store-index.js';

/**
 * What a step read that its question had not fetched: organs by name, by prefix, by a text inside, the region
 * keys of provinces (by the start of their names), the organs in no one province, the rest.
 */
export interface OrgNeeds {
  readonly names: Set<string>;
  /** The names are runs of these texts (a question's): asked of the store as the texts when nothing else is. */
  runs?: TextRuns;
  readonly prefixes: Set<string>;
  readonly containing: Set<string>;
  readonly provinces: Set<string>;
  /** Scopes over the whole store (a level, years; their store filters, as JSON): the first organs and their count. */
  readonly levels: Set<string>;
  unplaced: boolean;
  rest: boolean;
}

export const noOrgNeeds = (): OrgNeeds => ({
  names: new Set(),
  prefixes: new Set(),
  containing: new Set(),
  provinces: new Set(),
  levels: new Set(),
  unplaced: false,
  rest: false,
});

export const countOrgNeeds = (needs: OrgNeeds): number =>
  needs.names.size +
  needs.prefixes.size +
  needs.containing.size +
  needs.provinces.size +
  needs.levels.size +
  (needs.unplaced ? 1 : 0) +
  (needs.rest ? 1 : 0);

/** How a question asks the store for organs: by an OrgRequest, and a province's region keys when the store keeps them. */
export interface OrgFinder {
  readonly find: (request: OrgRequest) => Promise<readonly StoredOrg[]>;
  readonly findProvinceRegions?: (name: string) => Promise<readonly string[]>;
  /**
   * The first organs of a level over the whole store (by name), of the years when given, and how many there are,
   * when the store counts them.
   */
  readonly listAtLevel?: (filter: LevelOrgsFilter, limit: number) => Promise<OrgListing>;
}

/** A level as the store filters its organs (their kind and tier), and the years they hold a report of (any, for none). */
export type LevelOrgsFilter = Pick<OrgListOptions, 'level' | 'tier'> & { readonly years?: readonly number[] };

/** The organs of a level a question reads at most: one more than a list names, so it knows there are more. */
export const LEVEL_ORGS_READ = 31;

/** The organs in no one province a question reads at most: a few misprinted places, not a list to walk. */
export const UNPLACED_READ = 200;

const byName = (a: StoredOrg, b: StoredOrg): number => (a.org < b.org ? -1 : a.org > b.org ? 1 : 0);

/** The first place in a list sorted by name whose name is not before `name`. */
function firstAtOrAfter(sorted: readonly StoredOrg[], name: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as StoredOrg).org < name) low = middle + 1;
    else high = middle;
  }
  return low;
}

function startingWithIn(sorted: readonly StoredOrg[], prefix: string): StoredOrg[] {
  const found: StoredOrg[] = [];
  for (let at = firstAtOrAfter(sorted, prefix); at < sorted.length; at += 1) {
    const stored = sorted[at] as StoredOrg;
    if (!stored.org.startsWith(prefix)) break;
    found.push(stored);
  }
  return found;
}

/**
 * What one question (or the vocabulary) has fetched of a store's organ list: the list's first organs by name (the
 * head, the whole list once `isWhole`), organs by name (null: asked, not in the store), the organs of each prefix
 * and of each text inside a name asked. Entries are made once, so a question reads the same entry object throughout.
 */
export class OrgFetches {
  private head: readonly StoredOrg[];
  private isWhole: boolean;
  private readonly byName = new Map<string, StoredOrg | null>();
  private readonly prefixes = new Map<string, readonly StoredOrg[]>();
  private readonly containing = new Map<string, readonly StoredOrg[]>();
  private readonly made = new Map<string, OrgEntry>();
  private readonly provinceRegions = new Map<string, readonly string[]>();
  private unplacedOrgs: { readonly list: readonly StoredOrg[]; readonly isWhole: boolean } | undefined;
  private readonly levelOrgs = new Map<string, { readonly list: readonly StoredOrg[]; readonly count: number }>();

  /** `count`: how many organs the store holds (the head is the whole list when it holds them all). */
  constructor(
    head: readonly StoredOrg[],
    readonly count: number,
    isSorted = false,
  ) {
    this.head = isSorted ? head : [...head].sort(byName);
    this.isWhole = head.length >= count;
  }

  /** A question's fetches, starting from the vocabulary's head (sorted already: sorting it again cost each question). */
  startQuestion(): OrgFetches {
    return new OrgFetches(this.head, this.count, true);
  }

  /** The stored organ of a name: null when the store has none, undefined when not known without a fetch. */
  lookup(org: string): StoredOrg | null | undefined {
    const known = this.byName.get(org);
    if (known !== undefined) return known;
    const last = this.head.at(-1);
    if (this.isWhole || (last !== undefined && org <= last.org)) return this.inList(this.head, org);
    for (const [prefix, list] of this.prefixes) if (org.startsWith(prefix)) return this.inList(list, org);
    return undefined;
  }

  /** The organs whose names begin with `prefix`, in name order; undefined when not known without a fetch. */
  withPrefix(prefix: string): readonly StoredOrg[] | undefined {
    if (this.isWhole) return startingWithIn(this.head, prefix);
    for (const [fetched, list] of this.prefixes)
      if (prefix.startsWith(fetched)) return fetched === prefix ? list : startingWithIn(list, prefix);
    return undefined;
  }

  /** The organs whose names hold `text`, in name order; undefined when not known without a fetch. */
  holding(text: string): readonly StoredOrg[] | undefined {
    if (this.isWhole) return this.head.filter((stored) => stored.org.includes(text));
    return this.containing.get(text);
  }

  /** The region keys of the provinces whose names begin with `name`; undefined when not known without a fetch. */
  regionsOfProvince(name: string): readonly string[] | undefined {
    return this.provinceRegions.get(name);
  }

  /** The first organs in no one province (`isWhole`: all of them); undefined when not known without a fetch. */
  unplaced(): { readonly list: readonly StoredOrg[]; readonly isWhole: boolean } | undefined {
    return this.unplacedOrgs;
  }

  /** A level's first organs (LEVEL_ORGS_READ) and their count; undefined when not known without a fetch. */
  atLevel(key: string): { readonly list: readonly StoredOrg[]; readonly count: number } | undefined {
    return this.levelOrgs.get(key);
  }

  /** The organs known in name order: the whole list, or its head (`isWhole` false: more follow). */
  ordered(): { readonly list: readonly StoredOrg[]; readonly isWhole: boolean } {
    return { list: this.head, isWhole: this.isWhole };
  }

  entry(stored: StoredOrg): OrgEntry {
    let entry = this.made.get(stored.org);
    if (!entry) {
      entry = makeEntry(stored.org, stored.region, stored.level, stored.years, []);
      this.made.set(stored.org, entry);
    }
    return entry;
  }

  /**
   * Fetches what the needs ask that is not known yet, in one request (and one for each province asked); the request
   * is empty when all is known. A store that keeps no places gives a province's regions from the whole list.
   */
  async fetch(needs: OrgNeeds, finder: OrgFinder): Promise<void> {
    const { findProvinceRegions, listAtLevel } = finder;
    const provinces = [...needs.provinces].filter((name) => !this.provinceRegions.has(name));
    const levels = [...needs.levels].filter((key) => !this.levelOrgs.has(key));
    const isWholeNeeded =
      (findProvinceRegions === undefined && provinces.length > 0) || (listAtLevel === undefined && levels.length > 0);
    await Promise.all([
      this.fetchOrgs(needs, finder.find, isWholeNeeded),
      ...(findProvinceRegions
        ? provinces.map(async (name) => this.provinceRegions.set(name, await findProvinceRegions(name)))
        : []),
      ...(listAtLevel
        ? levels.map(async (key) => {
            const listing = await listAtLevel(JSON.parse(key) as LevelOrgsFilter, LEVEL_ORGS_READ);
            this.levelOrgs.set(key, { list: [...listing.orgs].sort(byName), count: listing.organs });
          })
        : []),
    ]);
  }

  /**
   * What a store gave with a question's names (NamedOrgans): the organs of `names` (each a run of the question or an
   * organ a name found names: those not among `named` are no organs) and each region key's organs, as fetch would
   * have recorded them.
   */
  record(names: Iterable<string>, { named, under }: NamedOrgans): void {
    for (const name of names) this.byName.set(name, null);
    for (const stored of named) this.byName.set(stored.org, stored);
    for (const { prefix, orgs } of under) {
      const sorted = [...orgs].sort(byName);
      for (const stored of sorted) this.byName.set(stored.org, stored);
      this.prefixes.set(prefix, sorted);
    }
  }

  private async fetchOrgs(
    needs: OrgNeeds,
    find: (request: OrgRequest) => Promise<readonly StoredOrg[]>,
    isWholeNeeded: boolean,
  ): Promise<void> {
    const names = [...needs.names].filter((name) => this.lookup(name) === undefined);
    const prefixes = [...needs.prefixes].filter((prefix) => this.withPrefix(prefix) === undefined);
    const containing = [...needs.containing].filter((text) => this.holding(text) === undefined);
    const rest = (needs.rest || isWholeNeeded) && !this.isWhole;
    const unplaced = needs.unplaced && this.unplacedOrgs === undefined && !this.isWhole && !rest;
    if (names.length + prefixes.length + containing.length === 0 && !rest && !unplaced) return;
    const after = this.head.at(-1)?.org ?? null;
    // By runs, the rows of runs known already are left out: the same rows as asking the names.
    const { runs } = needs;
    const isByRuns = runs !== undefined && prefixes.length + containing.length === 0 && !rest && !unplaced;
    const asked = new Set(names);
    const found = await find({
      ...(names.length > 0 ? (isByRuns ? { runs } : { names }) : {}),
      ...(prefixes.length > 0 ? { prefixes } : {}),
      ...(containing.length > 0 ? { containing } : {}),
      ...(rest ? { page: { after, limit: this.count } } : {}),
      ...(unplaced ? { unplaced: { limit: UNPLACED_READ } } : {}),
    });
    const rows = isByRuns ? found.filter((row) => asked.has(row.org)) : found;
    const sorted = [...rows].sort(byName);
    for (const name of names) this.byName.set(name, null);
    for (const stored of sorted) this.byName.set(stored.org, stored);
    for (const prefix of prefixes) this.prefixes.set(prefix, startingWithIn(sorted, prefix));
    for (const text of containing)
      this.containing.set(
        text,
        sorted.filter((stored) => stored.org.includes(text)),
      );
    if (rest) {
      this.head = [...this.head, ...sorted.filter((stored) => after === null || stored.org > after)];
      this.isWhole = true;
    }
    if (unplaced) {
      const list = sorted.filter((stored) => placeOfOrgan(stored.org, stored.region).province === null);
      this.unplacedOrgs = { list, isWhole: list.length < UNPLACED_READ };
    }
  }

  private inList(sorted: readonly StoredOrg[], org: string): StoredOrg | null {
    const found = sorted[firstAtOrAfter(sorted, org)];
    return found?.org === org ? found : null;
  }
}

/**
 * The organs of an OrgFetches as the vocabulary's map of organs. With `note`, a read of an organ not fetched is
 * noted (and reads as absent); without, it reads as absent (the vocabulary outside a question: its head only).
 */
export class FetchedOrgs extends MapView<string, OrgEntry> {
  constructor(
    private readonly fetches: OrgFetches,
    private readonly note: ((need: (needs: OrgNeeds) => void) => void) | null,
  ) {
    super();
  }

  get size(): number {
    return this.fetches.count;
  }

  get(org: string): OrgEntry | undefined {
    const stored = this.fetches.lookup(org);
    if (stored === undefined) this.note?.((needs) => needs.names.add(org));
    return stored ? this.fetches.entry(stored) : undefined;
  }

  has(org: string): boolean {
    return this.get(org) !== undefined;
  }

  /** The organs whose names begin with `prefix` (a region key), in name order. */
  startingWith(prefix: string): OrgEntry[] {
    const found = this.fetches.withPrefix(prefix);
    if (found === undefined) this.note?.((needs) => needs.prefixes.add(prefix));
    return (found ?? []).map((stored) => this.fetches.entry(stored));
  }

  /** The organs whose names hold `text` (a place: 深圳), in name order. */
  holding(text: string): OrgEntry[] {
    const found = this.fetches.holding(text);
    if (found === undefined) this.note?.((needs) => needs.containing.add(text));
    return (found ?? []).map((stored) => this.fetches.entry(stored));
  }

  /**
   * The region keys of the provinces whose names begin with `name`, or null when the question knows the whole list
   * (the caller then walks it); a need when not fetched.
   */
  regionsOfProvince(name: string): readonly string[] | null {
    if (this.fetches.ordered().isWhole) return null;
    const found = this.fetches.regionsOfProvince(name);
    if (found === undefined) this.note?.((needs) => needs.provinces.add(name));
    return found ?? [];
  }

  /** The first organs in no one province and whether they are all, or null when the whole list is known. */
  unplaced(): { readonly list: readonly OrgEntry[]; readonly isWhole: boolean } | null {
    if (this.fetches.ordered().isWhole) return null;
    const found = this.fetches.unplaced();
    if (found === undefined)
      this.note?.((needs) => {
        needs.unplaced = true;
      });
    return {
      list: (found?.list ?? []).map((stored) => this.fetches.entry(stored)),
      isWhole: found?.isWhole ?? false,
    };
  }

  /**
   * A level's first organs by name (LEVEL_ORGS_READ), of the years when given (every organ for no level), and how
   * many there are, or null when the whole list is known
   * (the caller then walks it); a need when not fetched (none, meanwhile).
   */
  atLevel(filter: LevelOrgsFilter): { readonly entries: readonly OrgEntry[]; readonly count: number } | null {
    if (this.fetches.ordered().isWhole) return null;
    const key = JSON.stringify(filter);
    const found = this.fetches.atLevel(key);
    if (found === undefined) this.note?.((needs) => needs.levels.add(key));
    return { entries: (found?.list ?? []).map((stored) => this.fetches.entry(stored)), count: found?.count ?? 0 };
  }

  /** The organs known in name order without a fetch: the whole list, or its head. */
  held(): OrgEntry[] {
    return this.fetches.ordered().list.map((stored) => this.fetches.entry(stored));
  }

  *keys(): MapIterator<string> {
    for (const entry of this.values()) yield entry.org;
  }

  /** Every organ in name order: past the head, the rest of the list is a need (fetched once, for this question). */
  *values(): MapIterator<OrgEntry> {
    const { list, isWhole } = this.fetches.ordered();
    for (const stored of list) yield this.fetches.entry(stored);
    if (!isWhole)
      this.note?.((needs) => {
        needs.rest = true;
      });
  }

  *entries(): MapIterator<[string, OrgEntry]> {
    for (const entry of this.values()) yield [entry.org, entry];
  }
}
