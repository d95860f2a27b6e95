// Where an organ lies, from its name: its region key (深圳市龙岗区) and the province of the place its name starts
// with (淮安市洪泽区 → 淮安市 → 江苏省). One rule for the store, which keeps each organ's place on ingest, and the
// answers, which read a province's regions by it.
import { provincesOf } from '../parser/index.js';
import { type OrgNameParts, splitOrgName } from './derive-aliases.js';
import { meantPlaceOf } from './misprinted-place.js';

/** An organ's region with its higher divisions, and the one province it lies in (null: none, or several). */
export interface OrganPlace {
  readonly regionKey: string | null;
  readonly province: string | null;
}

/** The region key of a split name: 深圳市 + 龙岗区; null when the name holds no region. */
export const regionKeyOf = (parts: OrgNameParts): string | null => (parts.region ? parts.prefix + parts.region : null);

/**
 * The one province the place a name starts with lies in; a region the gazetteer lacks, the place it misprints
 * (the OCR's 沐阳县 → 沭阳县 → 江苏省), so 江苏的报告 lists it. Null when the gazetteer gives none (no place one
 * look-alike character away either) or several (a name two provinces' places share).
 */
export function provinceOfParts(parts: OrgNameParts): string | null {
  const printed = parts.prefix || parts.region;
  const place = printed && !parts.prefix && provincesOf(printed).size === 0 ? meantPlaceOf(printed) : printed;
  const provinces = place ? [...provincesOf(place)] : [];
  return provinces.length === 1 ? (provinces[0] as string) : null;
}

/** Where an organ lies, from its full name and its latest report's region. */
export function placeOfOrgan(org: string, region: string | null): OrganPlace {
  const parts = splitOrgName(org, region);
  return { regionKey: regionKeyOf(parts), province: provinceOfParts(parts) };
}
