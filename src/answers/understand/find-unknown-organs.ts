// Names in a question that look like an organ or region the store does not hold (福田区, 龙岗区教育局,
// "Futian District"), so that the reply is "no report for …" instead of a number for some other organ.

import {
  bodyForms,
  GOVERNMENT_BODIES,
  NOT_AFTER_REGION,
  NOT_NAME_CHARS,
  NOT_REGION_WORDS,
  ONE_CHARACTER_BODIES,
  ORGAN_NAME_ENDINGS,
  REGION_NAME_ENDINGS,
  soundsAlike,
  toPinyin,
} from '../../organ-names/index.js';
import { isPlaceName } from '../../parser/index.js';
import { orgsHolding, regionsOfProvince, type StoreIndex } from '../organs/index.js';
import { FILLER_EN } from '../vocabulary/filler.js';
import { BARE_PLACE_NAMES } from '../vocabulary/places.js';

const HAN = /\p{Script=Han}/u;
/**
 * Right after a known region, a street office or town with its own name (洪泽区岔河镇, 龙岗区龙城街道) is an organ too;
 * 街道 alone is the level (龙岗区的街道).
 */
const PLACE_BODIES = ['街道', '镇', '乡'];
/** Right after a known region, 政府 alone is a name too (龙华区政府 when the store has no report of that government). */
const BODIES_AFTER_REGION = [...ONE_CHARACTER_BODIES, '政府'];
const LONGEST_ENDING = Math.max(...[...ORGAN_NAME_ENDINGS, ...REGION_NAME_ENDINGS].map((ending) => ending.length));
const isNameChar = (char: string | undefined): boolean =>
  char !== undefined && HAN.test(char) && !NOT_NAME_CHARS.includes(char);

/**
 * Unknown Chinese names in the characters no known phrase covered (`free[i]` false where covered): each region or
 * organ ending, with the name characters before it. `福田区2022年` → ["福田区"].
 */
export function findUnknownChineseNames(chars: readonly string[], free: readonly boolean[]): string[] {
  const names: string[] = [];
  let laterStart = -1;
  for (let end = chars.length; end > 0; end -= 1) {
    const name = nameEndingAt(chars, free, end);
    if (!name) continue;
    // 北京市 + 海淀区 written together name one place.
    if (end === laterStart) names[0] = name + (names[0] ?? '');
    else names.unshift(name);
    laterStart = end - name.length;
    end = laterStart + 1;
  }
  return names;
}

function nameEndingAt(chars: readonly string[], free: readonly boolean[], end: number): string | null {
  const text = chars.slice(Math.max(0, end - LONGEST_ENDING), end).join('');
  const organEnding = ORGAN_NAME_ENDINGS.find((ending) => text.endsWith(ending));
  const regionEnding = REGION_NAME_ENDINGS.find((ending) => text.endsWith(ending));
  const ending = organEnding ?? regionEnding;
  // 市政 / 区长 make 市 / 区 part of a word; 区政府 / 县政府 is the region's government (a city's is found by its place).
  const next = chars[end];
  const isGovernment = chars[end - 1] !== '市' && chars.slice(end, end + 2).join('') === '政府';
  const isInWord = next !== undefined && NOT_AFTER_REGION.includes(next) && !isGovernment;
  if (!ending || (regionEnding && isInWord)) return null;
  let start = end - ending.length;
  const longest = organEnding ? 10 : 3;
  while (start > 0 && end - start < longest + ending.length && free[start - 1] && isNameChar(chars[start - 1]))
    start -= 1;
  // 北京市海淀区: the scan back stops after 3 characters, inside 北京市; a leading 市 belongs to that higher division.
  while (!organEnding && end - start > ending.length + 2 && REGION_NAME_ENDINGS.includes(chars[start] ?? ''))
    start += 1;
  // 北京海淀区 / 上海浦东新区: a city or province written bare before the name is part of it, not a name of 京海淀区.
  const higher = organEnding ? null : higherPlaceBefore(chars, free, end - ending.length - 2);
  if (higher !== null && end - start > ending.length + 2) start = higher;
  const name = chars.slice(start, end).join('');
  const isLongEnough = name.length - ending.length >= 2;
  const isCovered = free.slice(start, end).some((isFree) => !isFree);
  return isLongEnough && !isCovered && !NOT_REGION_WORDS.some((word) => name.endsWith(word)) ? name : null;
}

/** Where a bare city or province (北京, 上海, 广东) ends at `end` in free characters: its start, else null. */
function higherPlaceBefore(chars: readonly string[], free: readonly boolean[], end: number): number | null {
  for (const length of [3, 2]) {
    const start = end - length;
    if (start < 0 || !free.slice(start, end).every(Boolean)) continue;
    const word = chars.slice(start, end).join('');
    if (BARE_PLACE_NAMES.includes(word) || isGazetteerPlace(word)) return start;
  }
  return null;
}

/** Free name characters that no phrase read right before `at`, enough for a region's name (浦东新 + 区政府) or a street office's (龙城 + 街道). */
export function precedesUnknownRegion(chars: readonly string[], covered: readonly boolean[], at: number): boolean {
  let start = at;
  while (start > 0 && !covered[start - 1] && isNameChar(chars[start - 1])) start -= 1;
  const name = chars.slice(start, at).join('');
  // 龙城 + 街道: a street office's own name before the body, which alone is the level (街道的报告).
  const body = PLACE_BODIES.find((word) => chars.slice(at, at + word.length).join('') === word);
  if (body && at - start >= 2) return true;
  // Right after a phrase (区政府办代表区政府) the characters continue that phrase's words: no name of their own; a
  // place with its ending (江苏省县级政府, 深圳市区政府) is the region of the level, and a bare place (深圳) too.
  const startsFree = start === 0 || !covered[start - 1];
  const isPlace = BARE_PLACE_NAMES.includes(name) || REGION_NAME_ENDINGS.includes(chars[at - 1] ?? '');
  return startsFree && at - start >= 2 && REGION_NAME_ENDINGS.includes(chars[at] ?? '') && !isPlace;
}

/**
 * The name of an unknown organ right after a known region or organ (龙岗区 + 教育局, 龙岗区人民政府 + 办公室): Han
 * characters, optionally after 的 or a year, up to the last organ ending, none of them covered by vocabulary.
 */
export function findOrganAfterRegion(
  chars: readonly string[],
  free: readonly boolean[],
  regionEnd: number,
): { body: string; end: number } | null {
  let start = regionEnd;
  // 龙岗区2022年教育局: the year is blanked to spaces before this step.
  while (chars[start] === ' ' || chars[start] === '的') start += 1;
  let found: { body: string; end: number } | null = null;
  for (let end = start + 1; end <= Math.min(chars.length, start + 12); end += 1) {
    if (!free[end - 1] || !HAN.test(chars[end - 1] ?? '')) break;
    const body = chars.slice(start, end).join('');
    // The longest: 街道办事处 rather than 街道办.
    if (
      (BODIES_AFTER_REGION.includes(body) && !opensDisclosureWord(chars, end - body.length)) ||
      (body.length >= 2 && ORGAN_NAME_ENDINGS.some((ending) => body.endsWith(ending))) ||
      PLACE_BODIES.some((ending) => body.endsWith(ending) && body.length - ending.length >= 2)
    )
      found = { body, end };
  }
  return found;
}

/** The bodies of a region's organs as people write them after its name (政府, 人民政府, 发改局), longest first. */
export function bodiesOfRegion(regionKey: string, index: StoreIndex): string[] {
  const bodies = (index.regions.get(regionKey) ?? []).flatMap((entry) =>
    entry.isGovernment ? GOVERNMENT_BODIES : bodyForms(entry.parts.body),
  );
  return [...new Set(bodies)].sort((a, b) => [...b].length - [...a].length);
}

/**
 * Right after a known region, free characters that are one of its organs' bodies but for one character of the same
 * sound (淮安市 + 政付: 政府 typed by its sound): the characters written, a name of no organ that resolving asks about
 * (您是想问 淮安市政府 吗？); null when there are none.
 */
export function findSlippedBody(
  chars: readonly string[],
  free: readonly boolean[],
  regionEnd: number,
  bodies: readonly string[],
): { body: string; end: number } | null {
  for (const body of bodies) {
    const meant = [...body];
    const end = regionEnd + meant.length;
    const written = chars.slice(regionEnd, end);
    if (written.length < meant.length || !free.slice(regionEnd, end).every(Boolean)) continue;
    if (!written.every((char) => isNameChar(char) || char === '的')) continue;
    const differing = meant.flatMap((char, at) => (char === written[at] ? [] : [at]));
    const [at] = differing;
    if (differing.length === 1 && at !== undefined && soundsAlike(written[at] as string, meant[at] as string))
      return { body: written.join(''), end };
  }
  return null;
}

/** Organ endings of one character (局, 委): the last of a short form a bare form leaves off (福田区人社 + 局). */
const ONE_CHARACTER_ENDINGS = ORGAN_NAME_ENDINGS.filter((ending) => [...ending].length === 1);

/**
 * Right after an organ's name without its ending (a bare form: 福田区人社), a free character of the same sound as the
 * ending that would make it a name the store holds (具 for 局: 福田区人社局): that character, a name resolving asks
 * about; null otherwise.
 */
export function findSlippedEnding(
  chars: readonly string[],
  free: readonly boolean[],
  name: { readonly text: string; readonly end: number },
  isName: (text: string) => boolean,
): { body: string; end: number } | null {
  const written = chars[name.end];
  if (written === undefined || !free[name.end] || !isNameChar(written)) return null;
  const isSlip = ONE_CHARACTER_ENDINGS.some(
    (ending) => ending !== written && soundsAlike(written, ending) && isName(name.text + ending),
  );
  return isSlip ? { body: written, end: name.end + 1 } : null;
}

/** 龙岗区人民政府2022年度政府信息公开…: the 政府 of 政府信息 opens what is disclosed, it names no organ. */
const opensDisclosureWord = (chars: readonly string[], start: number): boolean =>
  chars.slice(start, start + 4).join('') === '政府信息';

/**
 * Words that open an English question before a name (And Hongze District…, What about Futian…, Does Longgang
 * district's…): these and the filler of English questions.
 */
const SENTENCE_WORDS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'so',
  'or',
  'then',
  'also',
  'what',
  'how',
  'now',
  ...FILLER_EN,
]);

/** A capitalized name and its kind, which people also write in lower case (Futian district). */
const ENGLISH_NAME =
  /\b([A-Z][a-z]+(?:[-' ][A-Z][a-z]+)?)(\s+(?:[Dd]istrict|[Cc]ounty|[Cc]ity|[Pp]rovince|[Nn]ew [Aa]rea))?\b/g;

/** Capitalized names in an English question that are not known words: "Futian District", "Luohu". */
export function findUnknownEnglishNames(raw: string, isKnown: (lowerCaseName: string) => boolean): string[] {
  const names: string[] = [];
  for (const match of raw.matchAll(ENGLISH_NAME)) {
    // "And Hongze District in the same year?": a capitalized word opening the sentence is no part of the name.
    const [first, ...rest] = (match[1] ?? '').split(' ');
    const opensWithWord = rest.length > 0 && SENTENCE_WORDS.has((first ?? '').toLowerCase());
    const name = opensWithWord ? match[0].slice((first ?? '').length + 1) : match[0];
    const isSentenceStart = !opensWithWord && (match.index === 0 || /[.?!]\s*$/.test(raw.slice(0, match.index)));
    // A capital opening a sentence is a name only with its kind (Futian District) or as a place, alone or before a
    // place inside it (Beijing 2022 …, Beijing Haidian 2023 …).
    const opensWithPlace = isPlacePinyin(name) || isPlacePinyin(name.split(/[-' ]/u)[0] ?? '');
    if (isKnown(name.toLowerCase()) || (isSentenceStart && !match[2] && !opensWithPlace)) continue;
    names.push(name);
  }
  return names;
}

/** Per store version: whether some organ's name or province holds the place (深圳, 江苏), so it is no unknown. */
const heldPlaces = new WeakMap<StoreIndex['orgs'], Map<string, boolean>>();

function isHeldPlace(place: string, index: StoreIndex): boolean {
  let held = heldPlaces.get(index.orgs);
  if (!held) {
    held = new Map();
    heldPlaces.set(index.orgs, held);
  }
  let isHeld = held.get(place);
  if (isHeld === undefined) {
    // Asked of the store (or one scan of the organ names) per place and store version, only for questions that
    // name such a place. 江苏: a province holds the organs of its places though no name says it.
    isHeld = orgsHolding(index, place).length > 0 || regionsOfProvince(place, index).length > 0;
    held.set(place, isHeld);
  }
  return isHeld;
}

/** Bare place names the store's organs are named after (深圳 in 深圳各区): places asked about, not unknown words. */
export function findHeldPlaces(text: string, free: readonly boolean[], index: StoreIndex): string[] {
  return BARE_PLACE_NAMES.filter((place) => {
    const at = text.indexOf(place);
    return at >= 0 && free.slice(at, at + place.length).every(Boolean) && isHeldPlace(place, index);
  });
}

/** Each bare place name by its pinyin, as English questions write it (shenzhen → 深圳, huaian → 淮安). */
let placesByPinyin: ReadonlyMap<string, string> | undefined;

const placeOfPinyin = (word: string): string | undefined => {
  placesByPinyin ??= new Map(BARE_PLACE_NAMES.map((place) => [toPinyin(place).toLowerCase(), place] as const));
  return placesByPinyin.get(word);
};
const isPlacePinyin = (name: string): boolean => placeOfPinyin(name.toLowerCase().replace(/[-' ]/g, '')) !== undefined;

/** The bare place a pinyin word names (shenzhen → 深圳) when the store's organs lie in it, else null. */
export function findHeldPlaceByPinyin(word: string, index: StoreIndex): string | null {
  const place = placeOfPinyin(word);
  return place !== undefined && isHeldPlace(place, index) ? place : null;
}

/**
 * Bare place names (宝安, 广州; 淮安, 泰州: a city or province of the gazetteer without its 市 / 省) in characters no
 * phrase covered, that no organ of the store is named after: 淮安下面的区县 on a store without 淮安 is no list of
 * every district.
 */
export function findBarePlaces(text: string, free: readonly boolean[], index: StoreIndex): string[] {
  const named = BARE_PLACE_NAMES.filter((place) => {
    const at = text.indexOf(place);
    return at >= 0 && free.slice(at, at + place.length).every(Boolean);
  });
  const places = named.length > 0 ? named : gazetteerBarePlaces(text, free);
  return places.filter((place) => !isHeldPlace(place, index)).map((place) => withNameAfter(place, text, free));
}

/** The endings a bare place is written with (盐城 + 市). */
const PLACE_ENDINGS: readonly string[] = ['省', '市', '区', '县'];

/** The most name characters a place written right after a bare one (上海 + 浦东) is read with. */
const NAME_AFTER_PLACE = 4;

/**
 * 上海浦东2022年…: free name characters right after a bare place the store lacks are a place inside it, one name with
 * it (no organ of the store either way) — never a word left unread beside it.
 */
function withNameAfter(place: string, text: string, free: readonly boolean[]): string {
  const start = text.indexOf(place) + place.length;
  // 盐城市: the place's own ending written after it is its name, never a word left unread.
  const ending = text[start];
  if (ending !== undefined && free[start] && PLACE_ENDINGS.includes(ending)) return place + ending;
  let end = start;
  while (end - start < NAME_AFTER_PLACE && free[end] && isNameChar(text[end])) end += 1;
  const after = text.slice(start, end);
  const isName = after.length >= 2 && !WITHIN_PLACE_WORDS.some((word) => after.startsWith(word));
  return isName ? place + after : place;
}

/** Words after a place that say what lies within it (淮安下面的区县, 江苏下辖), no name of a place inside. */
const WITHIN_PLACE_WORDS = [
  '下面',
  '下属',
  '下辖',
  '所辖',
  '以下',
  '里面',
  '辖区',
  '地区',
  '区域',
  '境内',
  '范围',
  '全市',
  '全省',
  '本级',
  '当地',
];

/** What a city's or province's name ends with in the gazetteer. */
const GAZETTEER_SUFFIXES = ['市', '省'];

/** A city's or province's name without its 市 / 省 (淮安, 江苏): the gazetteer holds it with one. */
const isGazetteerPlace = (word: string): boolean => GAZETTEER_SUFFIXES.some((suffix) => isPlaceName(word + suffix));

/** Runs of two or three free Han characters that are a city's or province's name once 市 or 省 is added. */
function gazetteerBarePlaces(text: string, free: readonly boolean[]): string[] {
  const chars = [...text];
  const found: string[] = [];
  for (let start = 0; start < chars.length; start += 1)
    for (const length of [3, 2]) {
      const word = chars.slice(start, start + length);
      const isFree = word.length === length && word.every((char, at) => free[start + at] && isNameChar(char));
      if (!isFree || !isGazetteerPlace(word.join(''))) continue;
      found.push(word.join(''));
      start += length - 1;
      break;
    }
  return found;
}
