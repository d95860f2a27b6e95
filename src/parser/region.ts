// Administrative places in an organ's name: 深圳市龙岗区政务服务数据管理局 → 深圳市 + 龙岗区.
import { isCityName } from './places.js';

/** The province, city and county/district an organ's name starts with, and how many characters they take. */
export interface RegionParts {
  readonly province: string | null;
  readonly city: string | null;
  readonly county: string | null;
  readonly length: number;
}

// Place names are short and cannot contain another level's suffix: "龙岗区城市管理局" is no city.
// Autonomous counties carry long names of peoples: 双江拉祜族佤族布朗族傣族自治县.
// Provinces include autonomous regions (广西壮族自治区), cities autonomous prefectures, 地区 and 盟.
const REGION_PARTS =
  /^([^\s区县市省]{2,3}省|[^\s区县市省]{2,6}?自治区)?([^\s区县市省]{2,4}市|[^\s区县市省]{2,10}?自治州|[^\s区县市省]{2,4}(?:地区|盟))?([^\s区县市省]{2,14}?族自治[县旗]|[^\s区县市省]{1,5}?(?:自治县|区|县|旗))?/u;

/** Splits the leading place names off an organ's name. */
export function regionParts(org: string): RegionParts {
  const match = REGION_PARTS.exec(org);
  const [whole = '', province, city, county] = match ?? [];
  return { province: province ?? null, city: city ?? null, county: county ?? null, length: whole.length };
}

/** The most specific place an organ belongs to: "龙岗区" for 深圳市龙岗区发展和改革局, "淮安市" for 淮安市人民政府. */
export function parseRegion(org: string): string | null {
  const parts = regionParts(org);
  return parts.county ?? parts.city ?? parts.province;
}

/** Development zones are places of their own: 杭州经济技术开发区管委会 → 杭州经济技术开发区. */
const ZONE = /^[^\s区县市省]{2,12}?(?:开发区|新区|园区|高新区|试验区|实验区|示范区|合作区)/u;
/** Zones governed as a whole area by their 管委会 (平潭综合实验区): their report is a government's. */
const GOVERNED_ZONE = /(?:综合实验区|综合试验区)$/;
/** The governing body of a zone: 管委会 or 管理委员会. */
const ZONE_BODY = /(?:管委会|管理委员会)$/;

/** The zone a name starts with, or null: "平潭综合实验区管委会" → "平潭综合实验区". */
export function zoneIn(name: string): string | null {
  return ZONE.exec(name)?.[0] ?? null;
}

/** Whether a name is only a development zone or experimental zone ("平潭综合实验区"), as a title may print it. */
export function isZoneOnly(name: string): boolean {
  return zoneIn(name) === name;
}

/** Whether the organ governs a whole zone (平潭综合实验区管委会), as a people's government governs its place. */
export function isZoneGovernment(org: string): boolean {
  const zone = zoneIn(org);
  return zone !== null && GOVERNED_ZONE.test(zone) && (org === zone || ZONE_BODY.test(org.slice(zone.length)));
}
/** A town or street office's name: 三墩镇人民政府 → 三墩镇. */
const TOWN = /^[^\s区县市省]{1,8}?(?:镇|乡|街道)/u;
/** The county printed before a town ("西湖区三墩镇"): the place a town's organ belongs to. */
const COUNTY_BEFORE = /([^\s\p{P}区县市省]{1,5}?(?:区|县|旗))$/u;

/**
 * The place an organ belongs to, using the text where the name alone does not say: its county, city or
 * province; a development zone itself; a town's county as the text prints it before the town.
 */
export function regionIn(org: string, text: string): string | null {
  const region = parseRegion(org);
  if (region !== null) return region;
  const zone = zoneIn(org);
  if (zone !== null) return zone;
  const town = TOWN.exec(org)?.[0];
  if (town === undefined) return null;
  for (let at = text.indexOf(town); at >= 0; at = text.indexOf(town, at + 1)) {
    const county = COUNTY_BEFORE.exec(text.slice(Math.max(0, at - 6), at));
    if (county) return county[1] ?? null;
  }
  return null;
}

/** Drops a province before a city, so an organ keeps one name across years: 浙江省杭州市西湖区教育局 → 杭州市西湖区教育局. */
export function withoutProvince(org: string): string {
  const parts = regionParts(org);
  return parts.province !== null && parts.city !== null ? org.slice(parts.province.length) : org;
}

/** Whether a name is only a place ("南山区", "深圳市龙岗区"), as titles of a whole government's report are. */
export function isPlaceOnly(name: string): boolean {
  const parts = regionParts(name);
  return parts.length > 0 && parts.length === name.length;
}

/** Length of the province and city at the start of a name (0 when it starts with its county). */
export function cityPrefixLength(org: string): number {
  const parts = regionParts(org);
  return parts.length - (parts.county?.length ?? 0);
}

/**
 * Adds the city where the name starts with a district or county and the text names that place with its
 * city ("深圳市龙岗区"): 龙岗区发展和改革局 → 深圳市龙岗区发展和改革局.
 */
export function withCityPrefix(org: string, text: string): string {
  const parts = regionParts(org);
  if (parts.county === null || parts.city !== null || parts.province !== null || !org.startsWith(parts.county))
    return org;
  // indexOf first: one regex over the whole text per report costs more than the rest of the metadata.
  let unknown: string | null = null;
  for (let at = text.indexOf(parts.county); at >= 0; at = text.indexOf(parts.county, at + 1)) {
    const city = cityEndingAt(text, at);
    if (city !== null && isCityName(city)) return city + org;
    unknown ??= city;
  }
  return unknown === null ? org : unknown + org;
}

/** Names of cities are two to four characters before 市. */
const CITY_LENGTHS = [3, 4, 5];
const CITY_CHARACTER = /[^\s\p{P}区县市省]/u;
const HAN_CHARACTER = /\p{Script=Han}/u;

/**
 * The city printed just before `at`: a known city's name ("请与淮安市|洪泽区" → 淮安市, never 与淮安市); failing that, a
 * name the gazetteer lacks only where nothing Chinese precedes it (a line's start, punctuation), else null.
 */
function cityEndingAt(text: string, at: number): string | null {
  if (text[at - 1] !== '市') return null;
  let unknown: string | null = null;
  for (const length of CITY_LENGTHS) {
    const start = at - length;
    const name = text.slice(Math.max(0, start), at);
    if (start < 0 || ![...name.slice(0, -1)].every((char) => CITY_CHARACTER.test(char))) break;
    if (isCityName(name)) return name;
    if (!HAN_CHARACTER.test(text[start - 1] ?? '')) unknown = name;
  }
  return unknown;
}
