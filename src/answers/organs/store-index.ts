// What understanding and lookups need from the store, derived once per store version: organs with their reports
// by year, every organ's aliases, regions, years. Cached by the store's report array, so a question costs a lookup.
// `indexOrgs` builds the same vocabulary from the store's organ list alone (reports left out, fetched per question).

import {
  deriveOrganAliases,
  type OrganAlias,
  type OrganTier,
  type OrgNameParts,
  regionKeyOf,
  splitOrgName,
  tierOfParts,
} from '../../organ-names/index.js';
import type { Report } from '../../parser/index.js';
import type { OrgEntry as StoredOrg } from '../../store/index.js';
import type { PhraseDictionary } from '../text/index.js';
import type { Lang } from '../types.js';
import { misprintedPlaceAliases } from './misprinted-places.js';
import { OrgsByName, type OrgsByPrefix, RegionsByKey, sortedByName } from './organ-list.js';

/** One organ and its reports, oldest first. */
export interface OrgEntry {
  readonly org: string;
  readonly parts: OrgNameParts;
  /** The region as its latest report names it (龙岗区). */
  readonly region: string | null;
  /** The region with its higher divisions (深圳市龙岗区), distinguishing regions of the same name. */
  readonly regionKey: string | null;
  readonly isGovernment: boolean;
  /** The tier of the organ's region (淮安市 city, 洪泽区 district, 龙城街道 town); null when its name says none. */
  readonly tier: OrganTier | null;
  /** The years the store holds for the organ, oldest first, whether or not `reports` was fetched. */
  readonly years: readonly number[];
  /** The organ's reports, oldest first; empty in an index built from the organ list alone. */
  readonly reports: readonly Report[];
}

/** What an alias names. `needsChoice`: several organs, or a region without its own government report. */
export interface AliasTarget {
  readonly orgs: readonly string[];
  readonly regionKey: string | null;
  readonly needsChoice: boolean;
  /** Named as of the place its region misprints (沭阳县 for the printed 沐阳县): an answer says which organ it read. */
  readonly isMisprint?: boolean;
  /**
   * Of a name whose organs the store gave cut (a body's short name every region's organ holds: 发改局 names 62,500
   * organs nationally), its first organs and how many it names, read without its others (`orgs` reads them all).
   */
  readonly cut?: CutOrgans;
}

/** The organs of a name read in part: its first ones, and a count. */
export interface CutOrgans {
  /** The first `count` organs it names, in code-point order. */
  first(count: number): readonly string[];
  /** How many organs it names, counted up to `upTo`. */
  countUpTo(upTo: number): number;
  /** Which of `orgs` it names, in code-point order. */
  among(orgs: readonly string[]): readonly string[];
}

/** The first `count` organs a name names (code-point order), reading no more of a cut name's organs. */
export const firstOrgsOf = (target: AliasTarget, count: number): readonly string[] =>
  target.cut ? target.cut.first(count) : target.orgs.slice(0, count);

/** How many organs a name names, counted up to `upTo` (2 tells one from many), without reading a cut name's all. */
export const countOrgsOf = (target: AliasTarget, upTo: number): number =>
  target.cut ? target.cut.countUpTo(upTo) : Math.min(target.orgs.length, upTo);

/** Which of `orgs` a name names, in its order (code point), asking a cut name about those organs only. */
export function amongOrgsOf(target: AliasTarget, orgs: Iterable<string>): readonly string[] {
  if (target.cut) return target.cut.among([...orgs]);
  const wanted = new Set(orgs);
  return target.orgs.filter((org) => wanted.has(org));
}

export interface StoreIndex {
  readonly reports: readonly Report[];
  readonly orgs: ReadonlyMap<string, OrgEntry>;
  readonly aliases: Readonly<Record<Lang, PhraseDictionary<AliasTarget>>>;
  /** Organs of each region key. */
  readonly regions: ReadonlyMap<string, readonly OrgEntry[]>;
  readonly years: readonly number[];
  /** How many organs hold a report of each year, the latest year first: what a comparison of every organ reads. */
  readonly yearCounts: readonly YearCount[];
  readonly latestYear: number | null;
  /** Each organ's latest report, and the reports of each year: what rankings over the whole store scan. */
  readonly latestReports: readonly Report[];
  readonly reportsByYear: ReadonlyMap<number, readonly Report[]>;
}

/** How many organs (each with one report a year) hold a year. */
export interface YearCount {
  readonly year: number;
  readonly reports: number;
}

const cache = new WeakMap<readonly Report[], StoreIndex>();

/** The vocabulary each view of it was made from (a question's names, its fetched reports). */
const bases = new WeakMap<StoreIndex, StoreIndex>();

/** The organs each view of a question reads through (fetched for that question), when it reads them so. */
const questionOrgans = new WeakMap<StoreIndex, ReadonlyMap<string, OrgEntry>>();

/** Records that `view` was made from `index` (itself a view or not), so caches of the vocabulary serve its views. */
export function markView(view: StoreIndex, index: StoreIndex): void {
  bases.set(view, vocabularyOf(index));
  const organs = questionOrgans.get(index);
  if (organs) questionOrgans.set(view, organs);
  const closeNames = closeNameAsks.get(index);
  if (closeNames) closeNameAsks.set(view, closeNames);
}

/** Where each view of a question notes that a step looks for the names one character from a name. */
const closeNameAsks = new WeakMap<StoreIndex, (name: string) => void>();

/** Records that a question's view fetches the names close to a name when a step looks for them. */
export function markCloseNameAsks(view: StoreIndex, ask: (name: string) => void): void {
  closeNameAsks.set(view, ask);
}

/**
 * Notes that a step looks for the names one character from `name` (a slip): a question's view then fetches them
 * and runs the step again, so its dictionary holds every such name; the vocabulary's own dictionary holds all.
 */
export function askCloseNames(index: StoreIndex, name: string): void {
  closeNameAsks.get(index)?.(name);
}

/**
 * Records that a question's view reads its organs through `organs` (fetched for the question), which caches kept
 * per vocabulary must not outlive: what they derive from them is the question's.
 */
export function markQuestionOrgans(view: StoreIndex, organs: ReadonlyMap<string, OrgEntry>): void {
  questionOrgans.set(view, organs);
}

/** The organs a question's view reads through, when it was made so (else its vocabulary's organs serve). */
export const questionOrgansOf = (index: StoreIndex): ReadonlyMap<string, OrgEntry> | undefined =>
  questionOrgans.get(index);

/** The vocabulary a view was made from (the index itself when it is no view). */
export const vocabularyOf = (index: StoreIndex): StoreIndex => bases.get(index) ?? index;

/** The index of a store's reports; built on first use of this array and reused until the store changes. */
export function indexStore(reports: readonly Report[]): StoreIndex {
  let index = cache.get(reports);
  if (!index) {
    index = buildIndex(reports);
    cache.set(reports, index);
  }
  return index;
}

/** The vocabulary of a store from its organ list (`store.listOrgs()`): organs, aliases, regions, years; no reports. */
export function indexOrgs(storedOrgs: readonly StoredOrg[]): StoreIndex {
  return indexOrgMap(new OrgsByName(sortedByName(storedOrgs)), countYears(storedOrgs));
}

/**
 * The vocabulary of organs read through a map that finds them by name and by prefix (a region key), with the
 * store's counts of organs per year (the latest first); no reports.
 */
export function indexOrgMap(orgs: OrgsByPrefix, yearCounts: readonly YearCount[]): StoreIndex {
  const years = yearCounts.map((count) => count.year).reverse();
  return assemble(orgs, new RegionsByKey(orgs), [], new Map(), years, yearCounts);
}

function buildIndex(reports: readonly Report[]): StoreIndex {
  const reportsByYear = new Map<number, Report[]>();
  for (const report of reports) pushTo(reportsByYear, report.year, report);
  const years = [...reportsByYear.keys()].sort((a, b) => a - b);
  const orgs = groupByOrg(reports);
  const regions = new Map<string, OrgEntry[]>();
  for (const entry of orgs.values()) {
    if (entry.regionKey) pushTo(regions, entry.regionKey, entry);
  }
  return assemble(orgs, regions, reports, reportsByYear, years, countYears(orgs.values()));
}

function assemble(
  orgs: ReadonlyMap<string, OrgEntry>,
  regions: ReadonlyMap<string, readonly OrgEntry[]>,
  reports: readonly Report[],
  reportsByYear: ReadonlyMap<number, readonly Report[]>,
  years: readonly number[],
  yearCounts: readonly YearCount[],
): StoreIndex {
  // English names need pinyin, the slowest part of the build: made on the first English question only.
  const aliases = lazyRecord<Lang, PhraseDictionary<AliasTarget>>({
    zh: () => dictionaryWithMisprints(orgs, regions, 'zh'),
    en: () => dictionaryWithMisprints(orgs, regions, 'en'),
  });
  const latestReports = reports.length === 0 ? [] : [...orgs.values()].flatMap((entry) => entry.reports.slice(-1));
  return {
    reports,
    orgs,
    aliases,
    regions,
    years,
    yearCounts,
    latestYear: years.at(-1) ?? null,
    latestReports,
    reportsByYear,
  };
}

/** The organs' names in a language, with those of the places their regions misprint (沭阳县 for 沐阳县). */
function dictionaryWithMisprints(
  orgs: ReadonlyMap<string, OrgEntry>,
  regions: ReadonlyMap<string, readonly OrgEntry[]>,
  lang: Lang,
): PhraseDictionary<AliasTarget> {
  const own = aliasTargets(namesOf(orgs, lang), regions);
  return dictionaryOf(new Map([...own, ...misprintedPlaceAliases(orgs.values(), own, lang)]), lang);
}

/** How many of the organs hold each year, the latest year first. */
export function countYears(organs: Iterable<{ readonly years: readonly number[] }>): YearCount[] {
  const counts = new Map<number, number>();
  for (const entry of organs) for (const year of entry.years) counts.set(year, (counts.get(year) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => b - a).map(([year, reports]) => ({ year, reports }));
}

function groupByOrg(reports: readonly Report[]): Map<string, OrgEntry> {
  const byOrg = new Map<string, Report[]>();
  for (const report of reports) pushTo(byOrg, report.org, report);
  const entries = new Map<string, OrgEntry>();
  // Organs by name (code point), as listOrgs() gives them: lists read the same whichever way the index was built.
  for (const [org, list] of [...byOrg].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const sorted = list.sort((a, b) => a.year - b.year);
    const latest = sorted[sorted.length - 1] as Report;
    entries.set(
      org,
      makeEntry(
        org,
        latest.region,
        latest.level,
        sorted.map((report) => report.year),
        sorted,
      ),
    );
  }
  return entries;
}

/** One organ's entry; region and level are its latest report's. */
export function makeEntry(
  org: string,
  region: string | null,
  level: Report['level'],
  years: readonly number[],
  reports: readonly Report[],
): OrgEntry {
  const parts = splitOrgName(org, region);
  const regionKey = regionKeyOf(parts);
  return {
    org,
    parts,
    region,
    regionKey,
    isGovernment: level === 'government',
    tier: tierOfParts(parts),
    years,
    reports,
  };
}

/** One organ's name, as a store keeps it: what the name is, and which organ it belongs to. */
export interface OrganName extends OrganAlias {
  readonly org: string;
}

/** Every organ's names in a language, organ by organ in the index's order. */
function* namesOf(orgs: ReadonlyMap<string, OrgEntry>, lang: Lang): Generator<OrganName> {
  for (const entry of orgs.values())
    for (const alias of deriveOrganAliases(entry.org, entry.region, entry.isGovernment, [lang]))
      yield { ...alias, org: entry.org };
}

/**
 * What each name stands for, from organs' names listed organ by organ in code-point order (the order lists of
 * organs keep): the organs it names, or for a region's own name (龙岗区) the region's government or its organs.
 * The same whether names come from every organ in memory or from a store's names of the texts asked.
 */
export function aliasTargets(
  names: Iterable<OrganName>,
  regions: ReadonlyMap<string, readonly OrgEntry[]>,
): Map<string, AliasTarget> {
  // alias → organs (or region keys), in first-seen order; small arrays, since nearly every alias names one organ.
  const organNames = new Map<string, string[]>();
  const regionNames = new Map<string, string[]>();
  for (const name of names) {
    const into = name.regionKey === null ? organNames : regionNames;
    const key = name.regionKey ?? name.org;
    const list = into.get(name.text);
    if (!list) into.set(name.text, [key]);
    else addOnce(list, key);
  }
  const targets = new Map<string, AliasTarget>();
  for (const [text, keys] of regionNames) targets.set(text, regionTarget(keys, regions));
  const ownTargets = new Map<string, AliasTarget>(); // one shared target per organ
  for (const [text, names] of organNames) {
    const regionKey = targets.get(text)?.regionKey ?? null;
    const [only] = names;
    if (names.length === 1 && only !== undefined && regionKey === null) {
      let own = ownTargets.get(only);
      if (!own) {
        own = { orgs: names, regionKey: null, needsChoice: false };
        ownTargets.set(only, own);
      }
      targets.set(text, own);
    } else targets.set(text, { orgs: names, regionKey, needsChoice: names.length > 1 });
  }
  return targets;
}

/** The phrase dictionary of names already in their looked-up form (Chinese as written, English words joined). */
export function dictionaryOf(targets: ReadonlyMap<string, AliasTarget>, lang: Lang): PhraseDictionary<AliasTarget> {
  const entries = new Map<string, readonly AliasTarget[]>();
  const lengths = new Set<number>();
  for (const [text, target] of targets) {
    entries.set(text, [target]);
    lengths.add(lang === 'zh' ? [...text].length : text.split(' ').length);
  }
  return { entries, lengths: [...lengths].sort((a, b) => b - a), joiner: lang === 'zh' ? '' : ' ' };
}

/** Lists grown past a few entries, with a set of what they hold. */
const membersOf = new WeakMap<string[], Set<string>>();
const SCANNED_UP_TO = 8;

/**
 * Adds `key` unless the list holds it. A short name (发改局) or a region may name thousands of organs: past a few
 * entries a set answers, as a scan of the list for each organ made the vocabulary quadratic in the organs.
 */
function addOnce(list: string[], key: string): void {
  if (list.length < SCANNED_UP_TO) {
    if (!list.includes(key)) list.push(key);
    return;
  }
  let members = membersOf.get(list);
  if (!members) {
    members = new Set(list);
    membersOf.set(list, members);
  }
  if (members.has(key)) return;
  members.add(key);
  list.push(key);
}

/** A region alone names its government; without one, the user must choose among the region's organs. */
function regionTarget(regionKeys: readonly string[], regions: ReadonlyMap<string, readonly OrgEntry[]>): AliasTarget {
  const perRegion = regionKeys.map((key) => {
    const members = regions.get(key) ?? [];
    const governments = members.filter((entry) => entry.isGovernment);
    return governments.length > 0 ? { orgs: governments, isOwn: true } : { orgs: members, isOwn: false };
  });
  const orgs = perRegion.flatMap((entry) => entry.orgs.map((member) => member.org));
  const isOwnGovernment = perRegion.every((entry) => entry.isOwn);
  return {
    orgs,
    regionKey: regionKeys.length === 1 ? (regionKeys[0] as string) : null,
    needsChoice: orgs.length > 1 || !isOwnGovernment,
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A record whose values are computed on first read and kept. */
function lazyRecord<K extends string, V>(makers: Record<K, () => V>): Readonly<Record<K, V>> {
  const record = {} as Record<K, V>;
  for (const key of Object.keys(makers) as K[]) {
    let value: V | undefined;
    Object.defineProperty(record, key, { enumerable: true, get: () => (value ??= makers[key]()) });
  }
  return record;
}
