// The tier of an organ's region from its name (淮安市 a city, 洪泽区 a district, 沭阳县 a county, 龙城街道 a town):
// one rule for the store, which keeps each report's tier (its organ's) on ingest, and the answers, which narrow a
// level (区县政府, 市属部门) by it.
import { createHash } from 'node:crypto';
import { type OrgNameParts, splitOrgName } from './derive-aliases.js';
import { ORGAN_ALIAS_RULES } from './organ-aliases.js';

/**
 * The tier of an organ's region. The county tier is split by the region's own name: `district` (洪泽区),
 * `countyProper` (沭阳县, 自治县, 旗) and `county` (the rest of it: 淮安市X市, a city inside a city).
 */
export type OrganTier = 'province' | 'city' | 'district' | 'countyProper' | 'county' | 'town';

/** A tier as a question narrows it: 区县 (county) holds 区 (district) and 县 (countyProper). */
export type TierFilter = 'city' | 'county' | 'district' | 'countyProper' | 'town';

/** The organ tiers each filter holds: the one definition the store's column and the engine's entries are read by. */
export const TIERS_OF_FILTER: Readonly<Record<TierFilter, readonly OrganTier[]>> = {
  city: ['city'],
  county: ['county', 'district', 'countyProper'],
  district: ['district'],
  countyProper: ['countyProper'],
  town: ['town'],
};

/** Region name endings by tier, longest first where they overlap (自治区 before 区). */
const TIER_ENDINGS: readonly (readonly [string, 'province' | 'city' | 'county' | 'town'])[] = [
  ['街道办事处', 'town'],
  ['街道', 'town'],
  ['镇', 'town'],
  ['乡', 'town'],
  ['自治区', 'province'],
  ['特别行政区', 'province'],
  ['省', 'province'],
  ['自治州', 'city'],
  ['地区', 'city'],
  ['盟', 'city'],
  ['自治县', 'county'],
  ['区', 'county'],
  ['县', 'county'],
  ['旗', 'county'],
  ['市', 'city'],
];

/** The tier of a split name's region: 淮安市 a city, but 淮安市X市 (a city inside a city) of the county tier. */
export function tierOfParts(parts: OrgNameParts): OrganTier | null {
  const region = parts.region;
  if (!region) return null;
  const ending = TIER_ENDINGS.find(([suffix]) => region.endsWith(suffix))?.[1] ?? null;
  const tier = ending === 'city' && /市/u.test(parts.prefix) ? 'county' : ending;
  if (tier !== 'county') return tier;
  if (region.endsWith('区')) return 'district';
  return region.endsWith('县') || region.endsWith('旗') ? 'countyProper' : 'county';
}

/** The tier of an organ from its full name and its latest report's region (what the engine's entry holds). */
export function tierOfOrgan(org: string, region: string | null): OrganTier | null {
  return tierOfParts(splitOrgName(org, region));
}

/** Whether an organ of `tier` is in the tier a question narrows to. */
export function isInTier(tier: OrganTier | null, filter: TierFilter): boolean {
  return tier !== null && TIERS_OF_FILTER[filter].includes(tier);
}

/**
 * Changes whenever an organ's tier may: the naming rules (which split the name) and this table. A store keeping
 * tiers derives them again when it differs; bump the version with any change to the code above.
 */
const TIER_RULES_VERSION = 1;
export const ORGAN_TIER_RULES: string = createHash('sha256')
  .update(JSON.stringify([TIER_RULES_VERSION, ORGAN_ALIAS_RULES, TIER_ENDINGS, TIERS_OF_FILTER]))
  .digest('hex')
  .slice(0, 16);
