// Names in a query → organs in the store. Shared by understood and model-filled queries alike.

import { isInTier, provinceOfParts } from '../../organ-names/index.js';
import { isPlaceName } from '../../parser/index.js';
import { createOwnerCache, getOrMake } from '../../store/index.js';
import { LEVEL_SPECS, type Level, levelFilterOf } from '../query.js';
import type { MoreCandidates } from '../result.js';
import { findPhrases, pickLongest, soundsAlike, tokenizeEnglish } from '../text/index.js';
import { FetchedOrgs, LEVEL_ORGS_READ } from './fetched-orgs.js';
import { entriesInView } from './index-with-reports.js';
import { orgsStartingWith } from './organ-list.js';
import {
  type AliasTarget,
  askCloseNames,
  countOrgsOf,
  firstOrgsOf,
  type OrgEntry,
  questionOrgansOf,
  type StoreIndex,
  vocabularyOf,
} from './store-index.js';

/** What one name resolved to. */
export type Resolution =
  | {
      readonly kind: 'found';
      readonly entry: OrgEntry;
      /** Found by the place its printed name misprints (沭阳县 for 沐阳县人民政府): the reply says so. */
      readonly isMisprint?: boolean;
    }
  | {
      readonly kind: 'choose';
      readonly name: string;
      readonly candidates: readonly string[];
      /** The names one character from the name asked (淮安市 for 淮按市): a slip, asked back as 您是想问 淮安市 吗？ */
      readonly meant?: readonly string[];
      /** How many more organs the name names than the candidates listed. */
      readonly more?: MoreCandidates;
    }
  | {
      readonly kind: 'unknown';
      readonly name: string;
      readonly nearby: readonly string[];
      readonly isRegionKnown: boolean;
    };

/** How many organs a "what is available" list names before it says "and N more". */
export const LIST_LIMIT = 30;

/** How far the organs a name names are counted for a question back: past it, "at least" that many. */
export const NAMED_COUNTED = 1000;

/** The alias target a name stands for: a full name, a Chinese alias or an English one. */
export function lookupAlias(name: string, index: StoreIndex): AliasTarget | undefined {
  const exact = index.orgs.get(name);
  if (exact) return { orgs: [exact.org], regionKey: null, needsChoice: false };
  return index.aliases.zh.entries.get(name)?.[0] ?? index.aliases.en.entries.get(tokenizeEnglish(name).join(' '))?.[0];
}

/**
 * Resolves one organ name; an unknown one comes with the organs of the region it names, if any. A name of several
 * organs is asked back with its first LIST_LIMIT and how many it names (counted up to NAMED_COUNTED), never read
 * whole: 发改局 names 62,500 organs in a national store.
 */
export function resolveOrgan(name: string, index: StoreIndex): Resolution {
  const target = lookupAlias(name, index);
  if (!target) return unknownOrgan(name, index);
  const [only] = firstOrgsOf(target, 1);
  const entry = only === undefined ? undefined : index.orgs.get(only);
  if (target.needsChoice || countOrgsOf(target, 2) !== 1 || !entry) {
    const candidates = firstOrgsOf(target, LIST_LIMIT);
    const organs = countOrgsOf(target, NAMED_COUNTED);
    return organs > candidates.length
      ? {
          kind: 'choose',
          name,
          candidates,
          more: { count: organs - candidates.length, isAtLeast: organs === NAMED_COUNTED },
        }
      : { kind: 'choose', name, candidates };
  }
  return target.isMisprint ? { kind: 'found', entry, isMisprint: true } : { kind: 'found', entry };
}

/**
 * Region keys for names that limit a ranking (龙岗区 → 深圳市龙岗区); a place the organs are named after (深圳) gives
 * the regions of those organs; unknown names give none.
 */
export function resolveRegions(names: readonly string[], index: StoreIndex): string[] {
  return names.flatMap(
    (name) => lookupAlias(name, index)?.regionKey ?? regionInside(name, index) ?? regionsNamed(name, index),
  );
}

function regionsNamed(place: string, index: StoreIndex): string[] {
  const keys = new Set<string>();
  for (const entry of orgsHolding(index, place)) if (entry.regionKey) keys.add(entry.regionKey);
  return keys.size > 0 ? [...keys] : regionsOfProvince(place, index);
}

/** The organs whose names hold `text` (深圳), in name order: asked of the store when a question fetches its organs. */
export function orgsHolding(index: StoreIndex, text: string): OrgEntry[] {
  const fetched = questionOrgansOf(index);
  if (fetched instanceof FetchedOrgs) return fetched.holding(text);
  return [...index.orgs.keys()].flatMap((org) => (org.includes(text) ? (index.orgs.get(org) ?? []) : []));
}

/** Scopes kept per vocabulary (a few dozen shapes of question), as lists of the vocabulary's entries. */
const SCOPES_KEPT = 32;
const scopesOf = createOwnerCache<string, readonly OrgEntry[]>(SCOPES_KEPT);

/** A vocabulary's organs by the province their place lies in, and those whose place the gazetteer does not know. */
interface ProvincePlaces {
  readonly regionsByProvince: ReadonlyMap<string, readonly string[]>;
  readonly unplaced: readonly OrgEntry[];
}

const provincePlaces = new WeakMap<object, ProvincePlaces>();

/**
 * One walk of every organ per vocabulary held whole (lowdb), on the first question naming a place no organ's name
 * holds; of a question's fetched organs once they are the store's whole list, one walk per question, kept with them.
 */
function provincePlacesOf(index: StoreIndex): ProvincePlaces {
  const fetched = questionOrgansOf(index);
  const vocabulary = vocabularyOf(index);
  const owner = fetched ?? vocabulary;
  let found = provincePlaces.get(owner);
  if (!found) {
    const regionsByProvince = new Map<string, Set<string>>();
    const unplaced: OrgEntry[] = [];
    for (const entry of (fetched ?? vocabulary.orgs).values()) {
      const province = provinceOfParts(entry.parts);
      if (province === null) unplaced.push(entry);
      else if (entry.regionKey !== null)
        regionsByProvince.set(province, (regionsByProvince.get(province) ?? new Set()).add(entry.regionKey));
    }
    found = {
      regionsByProvince: new Map([...regionsByProvince].map(([province, keys]) => [province, [...keys]])),
      unplaced,
    };
    provincePlaces.set(owner, found);
  }
  return found;
}

/**
 * 江苏 / 江苏省 / 广东: the regions of the store's organs that lie in the province named, by the place their region
 * starts with (淮安市洪泽区 → 淮安市 → 江苏省). An organ whose place is no name of the gazetteer (the OCR's 沐阳县) lies
 * in no province it can be found under. Asked of the store when a question fetches its organs (its kept places),
 * never by reading the organ list.
 */
export function regionsOfProvince(name: string, index: StoreIndex): string[] {
  if ([...name].length < 2) return [];
  const fetched = questionOrgansOf(index);
  const asked = fetched instanceof FetchedOrgs ? fetched.regionsOfProvince(name) : null;
  if (asked !== null) return [...asked];
  const keys = [...provincePlacesOf(index).regionsByProvince].flatMap(([province, regionKeys]) =>
    province.startsWith(name) ? regionKeys : [],
  );
  return [...new Set(keys)];
}

/** Organs a province's list may miss: the first names, and whether there are more than those. */
export interface UnplacedOrgs {
  readonly province: string;
  readonly orgs: readonly string[];
  readonly more: boolean;
}

/** How many unplaced organs a reply names. */
const UNPLACED_NAMED = 5;

/**
 * The organs a province named may hold unseen at the level, with a report of the years (any, for none): organs
 * whose place is no name of the gazetteer (沐阳县), so that 江苏的报告 cannot tell whether they are in it. Null when
 * no name is read as a province or none may be missed. Of a store read question by question, its first unplaced
 * organs are read: more than that and none of them at the level is still unsure (`more`), never a walk of the list.
 */
export function unplacedOrgsOf(
  names: readonly string[],
  index: StoreIndex,
  level: Level | null,
  years: readonly number[],
): UnplacedOrgs | null {
  const province = names.find(
    (name) =>
      !lookupAlias(name, index) &&
      regionInside(name, index) === null &&
      orgsHolding(index, name).length === 0 &&
      regionsOfProvince(name, index).length > 0,
  );
  if (province === undefined) return null;
  const fetched = questionOrgansOf(index);
  const read = fetched instanceof FetchedOrgs ? fetched.unplaced() : null;
  const { list, isWhole } = read ?? { list: provincePlacesOf(index).unplaced, isWhole: true };
  const matches = list.filter(
    (entry) => isAtLevel(entry, level) && (years.length === 0 || entry.years.some((year) => years.includes(year))),
  );
  if (matches.length === 0 && isWhole) return null;
  return {
    province,
    orgs: matches.slice(0, UNPLACED_NAMED).map((entry) => entry.org),
    more: matches.length > UNPLACED_NAMED || !isWhole,
  };
}

/**
 * The organs of the regions (and the regions within them: 淮安市 holds 淮安市洪泽区) at a level; every organ for
 * no region and no level. A region's organs are those named after it (their names begin with its key).
 */
export function orgsInScope(index: StoreIndex, regionKeys: readonly string[], level: Level | null): OrgEntry[] {
  if (regionKeys.length === 0 && level === null) return [...index.orgs.values()];
  // A question's fetched organs are its own: a scope read from them is never kept for the next question.
  const fetched = questionOrgansOf(index);
  const vocabulary = vocabularyOf(index);
  const scope = fetched
    ? scopeIn(fetched, regionKeys, level)
    : getOrMake(scopesOf(vocabulary), JSON.stringify([level, [...regionKeys].sort()]), () =>
        scopeIn(vocabulary.orgs, regionKeys, level),
      );
  return [...entriesInView(index, scope)];
}

function scopeIn(orgs: ReadonlyMap<string, OrgEntry>, regionKeys: readonly string[], level: Level | null): OrgEntry[] {
  const inRegions =
    regionKeys.length === 0
      ? orgs.values()
      : [...new Set(regionKeys)]
          .flatMap((key) => orgsStartingWith(orgs, key))
          .filter((entry) => regionKeys.some((key) => (entry.regionKey ?? '').startsWith(key)));
  const found = new Map<string, OrgEntry>();
  for (const entry of inRegions) if (isAtLevel(entry, level)) found.set(entry.org, entry);
  return [...found.values()].sort((a, b) => (a.org < b.org ? -1 : a.org > b.org ? 1 : 0));
}

/**
 * Up to LEVEL_ORGS_READ organs of a level over the whole store, by name, and how many there are: of a store read
 * question by question, its first organs of the level and their count asked of the store, never the list walked.
 */
export function levelOrgsUpTo(index: StoreIndex, level: Level): { entries: readonly OrgEntry[]; count: number } {
  return scopeOrgsUpTo(index, [], level, []);
}

/**
 * Up to LEVEL_ORGS_READ organs of a scope (regions, a level: orgsInScope's) with a report of one of the years (any,
 * for none), by name, and how many there are (2020年三个单位, 三个区政府). Over the whole store (no region) of a
 * store read question by question, its first organs and their count are asked of the store (listOrgsOfYears),
 * never the organ list walked; a region's organs are those fetched for it.
 */
export function scopeOrgsUpTo(
  index: StoreIndex,
  regionKeys: readonly string[],
  level: Level | null,
  years: readonly number[],
): { entries: readonly OrgEntry[]; count: number } {
  const fetched = questionOrgansOf(index);
  const filter = {
    ...(level === null ? {} : levelFilterOf(level)),
    ...(years.length === 0 ? {} : { years: [...new Set(years)].sort((a, b) => a - b) }),
  };
  const asked = regionKeys.length === 0 && fetched instanceof FetchedOrgs ? fetched.atLevel(filter) : null;
  if (asked) return { entries: [...entriesInView(index, asked.entries)], count: asked.count };
  const all = orgsInScope(index, regionKeys, level).filter(
    (entry) => years.length === 0 || entry.years.some((year) => years.includes(year)),
  );
  return { entries: all.slice(0, LEVEL_ORGS_READ), count: all.length };
}

/** Whether an organ is of a level: its kind (government or department) and its tier. */
export function isAtLevel(entry: OrgEntry, level: Level | null): boolean {
  if (level === null) return true;
  const { kind, tier } = LEVEL_SPECS[level];
  if (kind !== null && entry.isGovernment !== (kind === 'government')) return false;
  return tier === null || isInTier(entry.tier, tier);
}

/**
 * What is available instead: an organ whose name differs from the one asked in one character (沭阳县 for a store's
 * 沐阳县, a slip of the eye or the input method; 龙华区数剧局 for 龙华区数据局, a body typed by its sound) is asked
 * about, never answered; else the organs of a region named inside the name (龙岗区教育局), else any organs.
 */
function unknownOrgan(name: string, index: StoreIndex): Resolution {
  // 洪泽县 holds the region 洪泽 and is still a slip of its ending, asked about as the other names one character off;
  // a name holding a known region (龙华区数剧局) may be a slip of its body only.
  const close = closeNames(name, index, regionInside(name, index) !== null && !isEndingSlip(name));
  const orgs = [...new Set(close.flatMap((entry) => entry.orgs))];
  if (orgs.length > 0 && orgs.length <= MOST_CLOSE)
    return { kind: 'choose', name, candidates: orgs, meant: [...new Set(close.map((entry) => entry.alias))] };
  const regionKey = regionInside(name, index);
  const nearby = regionKey ? (index.regions.get(regionKey) ?? []).map((entry) => entry.org) : firstOrgs(index);
  return {
    kind: 'unknown',
    name,
    nearby: nearby.slice(0, LIST_LIMIT),
    isRegionKnown: regionKey !== null,
  };
}

/**
 * The organs a question reads without asking the store for more: every organ where the list is held whole, else
 * the list's first (the vocabulary's head); for a sample of the store's organs, never a count.
 */
export function orgsHeld(index: StoreIndex): Iterable<OrgEntry> {
  const orgs = questionOrgansOf(index) ?? index.orgs;
  return orgs instanceof FetchedOrgs ? orgs.held() : orgs.values();
}

/** The first LIST_LIMIT organs of the store, without reading the others. */
export function firstOrgs(index: StoreIndex): string[] {
  const orgs: string[] = [];
  // Stops at the last one wanted: asking the iterator for one more would read past a fetched list's head.
  for (const org of index.orgs.keys()) {
    orgs.push(org);
    if (orgs.length === LIST_LIMIT) break;
  }
  return orgs;
}

function regionInside(name: string, index: StoreIndex): string | null {
  const matches = pickLongest(findPhrases([...name], index.aliases.zh), (match) => match);
  for (const match of matches) {
    // A body alias several regions hold (数据局) names no region: never the first one's.
    const target = match.values[0];
    const only = target && countOrgsOf(target, 2) === 1 ? firstOrgsOf(target, 1)[0] : undefined;
    const regionKey = target?.regionKey ?? (only ? index.orgs.get(only)?.regionKey : undefined);
    if (regionKey) return regionKey;
  }
  return null;
}

/**
 * A character of a name's body (after its last place ending before `at`) typed for another of the same sound, the
 * body written being no body the store holds: 数剧局 for 数据局, 政付 for 政府.
 */
function isBodySlip(chars: readonly string[], at: number, meant: string, index: StoreIndex): boolean {
  let bodyStart = at;
  while (bodyStart > 0 && !PLACE_ENDINGS.includes(chars[bodyStart - 1] as string)) bodyStart -= 1;
  const written = chars[at] as string;
  const isEnding = PLACE_ENDINGS.includes(written) || PLACE_ENDINGS.includes(meant);
  if (bodyStart === 0 || isEnding || !soundsAlike(written, meant)) return false;
  return !index.aliases.zh.entries.has(chars.slice(bodyStart).join(''));
}

/** A place's name with an ending no gazetteer place has (洪泽县, 龙岗县): another ending may be meant. */
const isEndingSlip = (name: string): boolean =>
  [...name].length >= 3 && !isPlaceName(name) && PLACE_ENDINGS.includes([...name].at(-1) as string);

/** More organs than this one character away are no slip worth asking about. */
const MOST_CLOSE = 3;
const HAN = /\p{Script=Han}/u;
const PLACE_ENDINGS: readonly string[] = ['省', '市', '区', '县', '旗', '镇', '乡'];

/**
 * The store's Chinese names as long as `name` that differ from it in exactly one character, a Chinese one and not the
 * last (县 for 区 is another kind of place, not a slip), within the name of the place, with their organs; names
 * shorter than 3 characters are too short to tell a slip from another place. Where some of them differ by a
 * character of the same sound (龙刚区: 龙岗区, not 龙华区), a slip of the input method, only those. In the body after
 * the place (龙华区数剧局 / 数据局, 淮安市政付 / 政府) only a character of the same sound is a slip, and only when the
 * body written is none the store holds (体育局 is a body of its own); `inBodyOnly` for a name whose place is known.
 */
function closeNames(
  name: string,
  index: StoreIndex,
  inBodyOnly: boolean,
): { alias: string; orgs: string[]; isHeard: boolean }[] {
  const chars = [...name];
  if (chars.length < 3 || !chars.every((char) => HAN.test(char))) return [];
  askCloseNames(index, name);
  const close: { alias: string; orgs: string[]; isHeard: boolean }[] = [];
  // 洪泽县 for a store's 洪泽区: a place no gazetteer holds, written with another place's ending — its old name or a
  // slip, asked about, never answered; a real place (龙岗县 is none, 南山县 neither) stays another place.
  const endingSlip = isEndingSlip(name);
  for (const [alias, targets] of index.aliases.zh.entries) {
    const other = [...alias];
    if (other.length !== chars.length) continue;
    const endsAlike = other.at(-1) === chars.at(-1);
    const isOtherEnding = !endsAlike && endingSlip && PLACE_ENDINGS.includes(other.at(-1) as string);
    if (!endsAlike && !isOtherEnding) {
      // 淮安市政付 / 政府: the body's last character may be the one typed by its sound.
      const last = chars.length - 1;
      const isLastOnly = other.slice(0, last).join('') === chars.slice(0, last).join('');
      if (isLastOnly && isBodySlip(chars, last, other[last] as string, index))
        close.push({ alias, orgs: targets.flatMap((target) => target.orgs), isHeard: true });
      continue;
    }
    if (isOtherEnding) {
      if (other.slice(0, -1).join('') === chars.slice(0, -1).join('') && isPlaceName(alias))
        close.push({ alias, orgs: targets.flatMap((target) => target.orgs), isHeard: true });
      continue;
    }
    const differing = other.flatMap((char, at) => (char === chars[at] ? [] : [at]));
    const [at] = differing;
    if (differing.length !== 1 || at === undefined || !HAN.test(other[at] as string)) continue;
    // Inside a place's name (沭阳县 / 沐阳县), or a body's character typed by its sound; 教育局 and 体育局 of one city
    // are two bodies, not a slip; two real places (龙华区 / 龙岗区) are two places.
    const ending = chars.findIndex((char, after) => after > at && PLACE_ENDINGS.includes(char));
    if (ending < 0) {
      if (isBodySlip(chars, at, other[at] as string, index))
        close.push({ alias, orgs: targets.flatMap((target) => target.orgs), isHeard: true });
      continue;
    }
    if (inBodyOnly) continue;
    const place = (written: readonly string[]): string => written.slice(0, ending + 1).join('');
    if (isPlaceName(place(chars)) && isPlaceName(place(other))) continue;
    const orgs = targets.flatMap((target) => target.orgs);
    close.push({ alias, orgs, isHeard: soundsAlike(chars[at] as string, other[at] as string) });
  }
  return close.some((entry) => entry.isHeard) ? close.filter((entry) => entry.isHeard) : close;
}
