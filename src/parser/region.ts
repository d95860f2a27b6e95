// Administrative places in an organ's name: 深圳市龙岗区政务服务数据管理局 → 深圳市 + 龙岗区.

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
const ZONE = /^[^\s区县市省]{2,12}?(?:开发区|新区|园区|高新区|试验区|示范区|合作区)/u;
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
  const zone = ZONE.exec(org)?.[0];
  if (zone !== undefined) return zone;
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
  for (let at = text.indexOf(parts.county); at >= 0; at = text.indexOf(parts.county, at + 1)) {
    const city = CITY_BEFORE.exec(text.slice(Math.max(0, at - 5), at));
    if (city) return city[1] + org;
  }
  return org;
}

const CITY_BEFORE = /([^\s\p{P}区县市省]{2,4}市)$/u;
