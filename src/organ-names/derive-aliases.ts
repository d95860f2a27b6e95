// The names people use for an organ, derived from its full name by the rules in vocabulary/organs.ts:
// 深圳市龙岗区发展和改革局 → 龙岗区发展和改革局, 龙岗发改局, 发改局, "Longgang development and reform bureau".
import { pinyin } from 'pinyin-pro';
import {
  BARE_FORM_EXCLUDED,
  BODY_ENGLISH,
  DIVISION_SUFFIXES,
  GOVERNMENT_BODIES,
  NAME_DIVISION_SUFFIXES,
  ORG_SHORTENINGS,
} from './organ-words.js';

/** An organ's full name split around its region: 深圳市 | 龙岗区 | 发展和改革局. */
export interface OrgNameParts {
  readonly prefix: string;
  readonly region: string | null;
  readonly body: string;
}

/** One name for an organ; `isRegion` when it names the region alone (龙岗区, Longgang). */
export interface Alias {
  readonly text: string;
  readonly isRegion: boolean;
}

const DIVISION = new RegExp(`^\\p{Script=Han}{2,4}?(?:${NAME_DIVISION_SUFFIXES.join('|')})`, 'u');

/** Splits a full name around the report's region, or around the leading divisions when the region is unknown. */
export function splitOrgName(org: string, region: string | null): OrgNameParts {
  const at = region ? org.indexOf(region) : -1;
  if (region && at >= 0) return { prefix: org.slice(0, at), region, body: org.slice(at + region.length) };
  const { divisions, rest } = leadingDivisions(org, true);
  const last = divisions.pop() ?? null;
  return { prefix: divisions.join(''), region: last, body: rest };
}

/** 广东省深圳市龙岗区发改局 → [广东省, 深圳市, 龙岗区] + 发改局; `keepRest` leaves at least one character. */
function leadingDivisions(text: string, keepRest: boolean): { divisions: string[]; rest: string } {
  const divisions: string[] = [];
  let rest = text;
  for (
    let match = DIVISION.exec(rest);
    match && (!keepRest || match[0].length < rest.length);
    match = DIVISION.exec(rest)
  ) {
    divisions.push(match[0]);
    rest = rest.slice(match[0].length);
  }
  return { divisions, rest };
}

/** The division directly above the region (深圳市 for 深圳市龙岗区…), if the name has one. */
function parentDivision(parts: OrgNameParts): string | null {
  return leadingDivisions(parts.prefix, false).divisions.at(-1) ?? null;
}

/** A division name without its suffix when at least two characters remain: 龙岗区 → 龙岗, 沭阳县 → 沭阳. */
export function stemOf(division: string): string | null {
  const suffix = DIVISION_SUFFIXES.find(
    ([ending]) => division.endsWith(ending) && division.length - ending.length >= 2,
  );
  return suffix ? division.slice(0, -suffix[0].length) : null;
}

const withStems = (division: string): string[] =>
  [division, stemOf(division)].filter((name): name is string => name !== null);

/**
 * Regions remembered at most: a few thousand counties in all of China fit, and a store of more (the 125,000 of
 * the generated national store: 1.3 kB each, 160 MB of heap kept through a derivation of every organ's names)
 * starts again past it.
 */
const MEMO_REGIONS = 5000;

/**
 * Remembers a value per region: many organs share one, and pinyin is slow. Forgets every region once
 * MEMO_REGIONS are remembered; organs are derived in name order, so the organs of one region come together.
 */
function memoByRegion<T>(compute: (parts: OrgNameParts) => T): (parts: OrgNameParts) => T {
  const memo = new Map<string, T>();
  return (parts) => {
    const key = `${parts.prefix}|${parts.region ?? ''}`;
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(parts);
      if (memo.size >= MEMO_REGIONS) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}

/** Region names alone and with the higher divisions: 龙岗区, 龙岗, 深圳市龙岗区, 深圳龙岗区, 深圳龙岗. */
const regionForms = memoByRegion((parts: OrgNameParts): string[] => {
  if (!parts.region) return [];
  const own = withStems(parts.region);
  const parent = parentDivision(parts);
  const withParent = parent ? withStems(parent).flatMap((above) => own.map((name) => above + name)) : [];
  return [...new Set([...own, ...withParent, parts.prefix + parts.region])];
});

/** The body and its short forms: 发展和改革局 → 发展和改革局, 发改局. */
export function bodyForms(body: string): string[] {
  const shortened = ORG_SHORTENINGS.filter(([long]) => body.endsWith(long)).map(
    ([long, short]) => body.slice(0, -long.length) + short,
  );
  return [...new Set([body, ...shortened])];
}

/** Three-character short forms without their 局, said only after a region: 发改局 → 发改 (龙岗发改). */
function bareForms(body: string): string[] {
  return ORG_SHORTENINGS.flatMap(([long, short]) => {
    if (!body.endsWith(long) || !short.endsWith('局') || short.length !== 3) return [];
    const bare = short.slice(0, -1);
    return BARE_FORM_EXCLUDED.includes(bare) ? [] : [body.slice(0, -long.length) + bare];
  });
}

/**
 * Chinese names of an organ. Its region alone (isRegion) names the region's government, or asks to choose among
 * the region's organs when there is none; a department's body alone (发改局) names it too.
 */
export function deriveChineseAliases(org: string, parts: OrgNameParts, isGovernment: boolean): Alias[] {
  const regions = regionForms(parts);
  const bodies = isGovernment
    ? [...new Set([parts.body, ...GOVERNMENT_BODIES])].filter(Boolean)
    : bodyForms(parts.body);
  const afterRegion = isGovernment ? bodies : [...bodies, ...bareForms(parts.body)];
  const aliases: Alias[] = [{ text: org, isRegion: false }];
  for (const region of regions) {
    aliases.push(...afterRegion.map((body) => ({ text: region + body, isRegion: false })), {
      text: region,
      isRegion: true,
    });
  }
  if (!isGovernment)
    aliases.push(...bodies.filter((body) => body.length >= 3).map((text) => ({ text, isRegion: false })));
  return aliases;
}

/** Toneless pinyin in one word: 龙岗 → longgang. */
export const toPinyin = (han: string): string => pinyin(han, { toneType: 'none', type: 'array' }).join('');

/** The region's English names: Longgang, Longgang District, Shenzhen Longgang (lower case). */
const englishRegionForms = memoByRegion((parts: OrgNameParts): string[] => {
  if (!parts.region) return [];
  const stem = stemOf(parts.region) ?? parts.region;
  const suffix = DIVISION_SUFFIXES.find(([ending]) => parts.region?.endsWith(ending))?.[1];
  const own = [toPinyin(stem), ...(suffix ? [`${toPinyin(stem)} ${suffix}`] : [])];
  const parent = parentDivision(parts);
  const higherStem = parent ? (stemOf(parent) ?? parent) : null;
  return [...own, ...(higherStem ? own.map((name) => `${toPinyin(higherStem)} ${name}`) : [])];
});

/** English names: the region's pinyin with the body's English (Longgang data bureau), the region alone. */
export function deriveEnglishAliases(parts: OrgNameParts, isGovernment: boolean): Alias[] {
  const regions = englishRegionForms(parts);
  if (regions.length === 0) return [];
  const bodies = isGovernment ? englishBodies('人民政府') : englishBodies(parts.body);
  const aliases = regions.flatMap((region) => bodies.map((body) => ({ text: `${region} ${body}`, isRegion: false })));
  aliases.push(...regions.map((text) => ({ text, isRegion: true })));
  if (!isGovernment) aliases.push(...bodies.map((text) => ({ text, isRegion: false })));
  return aliases;
}

function englishBodies(body: string): readonly string[] {
  return BODY_ENGLISH.filter(([han]) => body.endsWith(han)).flatMap(([, names]) => names);
}
