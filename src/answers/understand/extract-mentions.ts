// Step one of understanding: everything a question names, before any follow-up or defaults are applied.
import { ENGLISH_NUMBER_WORDS, isPlaceName, readChineseInteger } from '../../parser/index.js';
import { type AliasTarget, amongOrgsOf, type StoreIndex } from '../organs/index.js';
import type { NormalizedQuestion } from '../text/index.js';
import { findPhrases, type PhraseMatch, pickLongest, tokenize, tokenizeEnglish } from '../text/index.js';
import { BOTTOM_N_PATTERNS, TOP_N_PATTERNS, TOP_N_PLACE_GROUPS } from '../vocabulary/intents.js';
import {
  bodiesOfRegion,
  findBarePlaces,
  findHeldPlaceByPinyin,
  findHeldPlaces,
  findOrganAfterRegion,
  findSlippedBody,
  findSlippedEnding,
  findUnknownChineseNames,
  findUnknownEnglishNames,
  precedesUnknownRegion,
} from './find-unknown-organs.js';
import { findYears, type YearPlace } from './find-years.js';
import { findEnglishMisspelling, findMisspelling, type Misspelling } from './misspellings.js';
import { readAsWhetherAny } from './read-existence.js';
import { readThreshold, type Threshold } from './read-threshold.js';
import { TERM_DICTIONARIES, type Term } from './term-dictionary.js';
import { readUnreadWords } from './unread-words.js';

/** An organ as the question names it: a known alias with what it names, or an unknown name. */
export interface OrganMention {
  readonly name: string;
  readonly target: AliasTarget | null;
  /** Where the name starts in the question (Chinese questions), to pair each organ with its own year. */
  readonly at?: number;
}

/** What a question names, in question order. */
export interface Mentions {
  readonly organs: readonly OrganMention[];
  readonly years: readonly number[];
  /** Where each year was written, in question order. */
  readonly yearPlaces: readonly YearPlace[];
  readonly relativeYears: readonly number[];
  readonly terms: readonly Term[];
  /** Where each vocabulary word starts (in the question's characters; tokens in English), with what it names. */
  readonly termPlaces: readonly { readonly at: number; readonly text: string; readonly terms: readonly Term[] }[];
  /** A ranking cut to `count` entries; `isPlace`: 第N名 / 第N多 asks about the Nth alone (它 after it is that organ). */
  readonly limit: { readonly count: number; readonly isBottom: boolean; readonly isPlace: boolean } | null;
  /** Words no organ, year, vocabulary or filler explains (人口, 还没审完), in question order: never ignored. */
  readonly unreadWords: readonly string[];
  /** A figure word but for one unread character (行政附议), when words are left unread. */
  readonly misspelling: Misspelling | null;
  /** Two figures of different tables written as one (上年结转的行政复议): no table holds such a figure. */
  readonly figureOfFigure: string | null;
  /** Places the store's organs are named after, named bare (深圳各区): a region to compare within. */
  readonly heldPlaces: readonly string[];
  /** Words for something no table holds (平均答复时间): out of scope even beside a figure. */
  readonly isOutOfScope: boolean;
  /** 超过500件: the number a listed organ's figure must exceed. */
  readonly threshold: Threshold | null;
}

type Found = {
  readonly start: number;
  readonly end: number;
  readonly organ?: PhraseMatch<AliasTarget>;
  readonly term?: PhraseMatch<Term>;
};

/** The question as its organ names are looked up in: its threshold (超过500件), 有没有 and years read, blank. */
function readBeforeNames(question: NormalizedQuestion) {
  const { threshold, text: unthresholded } = readThreshold(question.text, question.lang);
  const spoken = question.lang === 'zh' ? readAsWhetherAny(unthresholded) : unthresholded;
  return { threshold, ...findYears(spoken, question.lang) };
}

/** The text a question's organ names are looked up in (its years blanked): fetched before understanding reads it. */
export const namesTextOf = (question: NormalizedQuestion): string => readBeforeNames(question).rest;

/** Finds organs, years, vocabulary and a top-N limit in a normalized question. */
export function extractMentions(question: NormalizedQuestion, index: StoreIndex): Mentions {
  const { threshold, years, rest, places } = readBeforeNames(question);
  const tokens = tokenize(rest, question.lang);
  const termMatches = findPhrases(tokens, TERM_DICTIONARIES[question.lang]);
  const chosen = pickLongest<Found>(
    [
      ...findPhrases(tokens, index.aliases[question.lang]).map((organ) => ({
        start: organ.start,
        end: organ.end,
        organ,
      })),
      ...(question.lang === 'zh' ? pinyinOrgans(rest, index) : []),
      ...termMatches.map((term) => ({
        start: term.start,
        end: term.end,
        term,
      })),
    ],
    (match) => match,
  );
  const english = question.lang === 'en' ? findEnglishHeldPlaces(tokens, chosen, index) : [];
  // Jiangsu Province, Shenzhen City: the kind read with the place is no level of the organs asked; 浦东新区政府: the
  // 区政府 after a place no phrase read ends that place's name, no level.
  const found = chosen.filter(
    (match) =>
      !match.term ||
      (!english.some((place) => place.start <= match.start && match.end <= place.end) &&
        !(question.lang === 'zh' && endsUnknownRegion(tokens, chosen, match.term)) &&
        !(question.lang === 'zh' && endsPlaceName(tokens, chosen, match))),
  );
  const terms = found.flatMap((match) => match.term?.values ?? []);
  const organs =
    question.lang === 'zh'
      ? chineseOrgans(tokens, found, index, places)
      : englishOrgans(question.raw, found, index, question.text, english);
  const limitMatch = findLimit(question);
  const limitText = limitMatch ? [limitMatch.text] : [];
  const placesHeld = question.lang === 'zh' ? heldPlacesIn(tokens, found, index) : english.map((held) => held.place);
  // 广东省政府 when the store holds organs in 广东 but not its government: one organ the store lacks, not the place.
  const governments = question.lang === 'zh' ? governmentsOfPlaces(tokens, placesHeld) : [];
  if (governments.length > 0)
    organs.splice(0, organs.length, ...[...organs, ...governments].sort((a, b) => (a.at ?? 0) - (b.at ?? 0)));
  const heldPlaces = placesHeld.filter((place) => !governments.some((government) => government.name.startsWith(place)));
  const unknownNames = [...organs.flatMap((organ) => (organ.target ? [] : [organ.name])), ...limitText, ...heldPlaces];
  const unread = readUnreadWords(
    tokens,
    [...found, ...sameTermOverlaps(termMatches, found), ...english, ...wholeOfPlaceWords(tokens, found, organs, index)],
    unknownNames,
    question.lang,
  );
  const misspelling =
    unread.words.length > 0 && question.lang === 'zh'
      ? findMisspelling(tokens, (at) =>
          Math.max(
            0,
            ...found.flatMap((match) => (match.start <= at && at < match.end ? [match.end - match.start] : [])),
          ),
        )
      : question.lang === 'en'
        ? findEnglishMisspelling(unread.words)
        : null;
  return {
    organs,
    years,
    yearPlaces: places,
    relativeYears: terms.flatMap((term) => (term.kind === 'relativeYear' ? [term.offset] : [])),
    terms,
    termPlaces: found.flatMap((match) =>
      match.term ? [{ at: match.start, text: match.term.text, terms: match.term.values }] : [],
    ),
    limit: limitMatch ? { count: limitMatch.count, isBottom: limitMatch.isBottom, isPlace: limitMatch.isPlace } : null,
    unreadWords: unread.words,
    misspelling,
    figureOfFigure: findFigureOfFigure(tokens, found),
    heldPlaces,
    isOutOfScope: unread.isOutOfScope,
    threshold,
  };
}

/**
 * Term matches the longest match left out but which name what an overlapping chosen match names: 结转下年度继续办理
 * is read as 下年度继续办理, and its 结转 is read too (one figure, two words for it), not left unread.
 */
function sameTermOverlaps(matches: readonly PhraseMatch<Term>[], found: readonly Found[]): PhraseMatch<Term>[] {
  return matches.filter((match) =>
    found.some(
      (chosen) =>
        chosen.term &&
        chosen.term !== match &&
        chosen.start < match.end &&
        match.start < chosen.end &&
        match.values.some((value) => chosen.term?.values.some((named) => sameTerm(named, value))),
    ),
  );
}

/** 广东省…全省 / 淮安市…全市: the place named before as a whole, its ending said again after 全. */
const WHOLE_OF_PLACE = /全([省市区县])/gu;

/**
 * 广东省2022年全省的行政处罚 / 淮安市2024年全市的…: 全 and the ending of a place named before it (the organ's own region,
 * or a name the store lacks) say the place as a whole, what its own report covers — read, as the place's name is.
 */
function wholeOfPlaceWords(
  chars: readonly string[],
  found: readonly Found[],
  organs: readonly OrganMention[],
  index: StoreIndex,
): { start: number; end: number }[] {
  const text = chars.join('');
  return [...text.matchAll(WHOLE_OF_PLACE)].flatMap((match) => {
    const start = [...text.slice(0, match.index)].length;
    const isFree = !found.some((span) => span.start < start + 2 && start < span.end);
    const ending = match[1] as string;
    const saysPlace = organs.some(
      (organ) => (organ.at ?? Number.POSITIVE_INFINITY) < start && placeEnding(organ, index) === ending,
    );
    return isFree && saysPlace ? [{ start, end: start + 2 }] : [];
  });
}

/** The last character of the place an organ is named by: its region's (淮安 → 淮安市), else the name's. */
function placeEnding(organ: OrganMention, index: StoreIndex): string | undefined {
  const [only] = organ.target?.orgs ?? [];
  const region = only === undefined ? undefined : index.orgs.get(only)?.region;
  return [...(region ?? organ.name)].at(-1);
}

/** The sections a match names rows of, strongly (申请 alone names no section here). */
const strongSections = (match: Found): Set<string> =>
  new Set((match.term?.values ?? []).flatMap((term) => (term.kind === 'row' && !term.isWeak ? [term.section] : [])));

/**
 * 上年结转的行政复议 / 不予公开的行政诉讼: a row of one table right before a row of another (nothing or 的 between):
 * one figure asked as a kind of the other, which no table holds. The words as written, or null.
 */
function findFigureOfFigure(tokens: readonly string[], found: readonly Found[]): string | null {
  const rows = found.filter((match) => strongSections(match).size > 0).sort((a, b) => a.start - b.start);
  for (let at = 1; at < rows.length; at += 1) {
    const [first, second] = [rows[at - 1] as Found, rows[at] as Found];
    const between = tokens.slice(first.end, second.start).join('').trim();
    const shared = [...strongSections(first)].some((section) => strongSections(second).has(section));
    if ((between === '' || between === '的') && !shared) return tokens.slice(first.start, second.end).join('');
  }
  return null;
}

function heldPlacesIn(tokens: readonly string[], found: readonly Found[], index: StoreIndex): string[] {
  const free = tokens.map(() => true);
  for (const match of found) for (let at = match.start; at < match.end; at += 1) free[at] = false;
  return findHeldPlaces(tokens.join(''), free, index);
}

/** A place's government as people write it after the place's name: 广东省政府, 江苏省人民政府, 淮安市政府. */
const GOVERNMENT_AFTER_PLACE = /^[省市区县]?(?:人民)?政府/u;

/** The government words written from `end` on (省政府, 人民政府), or null. */
const governmentAfter = (chars: readonly string[], end: number): string | null =>
  GOVERNMENT_AFTER_PLACE.exec(chars.slice(end).join(''))?.[0] ?? null;

/** The governments named right after held places (their organs are not in the store, or an alias had read them). */
function governmentsOfPlaces(chars: readonly string[], places: readonly string[]): OrganMention[] {
  const text = chars.join('');
  return places.flatMap((place) => {
    const at = [...text.slice(0, text.indexOf(place))].length;
    const government = governmentAfter(chars, at + [...place].length);
    return government ? [{ name: place + government, target: null, at }] : [];
  });
}

/** A level word opening with a region's ending (区政府, 县政府) right after the name characters of no known phrase. */
function endsUnknownRegion(chars: readonly string[], chosen: readonly Found[], term: PhraseMatch<Term>): boolean {
  if (!term.values.every((value) => value.kind === 'level')) return false;
  const covered = chars.map(() => false);
  for (const match of chosen) for (let at = match.start; at < match.end; at += 1) covered[at] = true;
  return precedesUnknownRegion(chars, covered, term.start);
}

/** 浙江 + 省政府 when no phrase read 省政府: the unknown place's government, one name. */
function withGovernment(name: string, at: number, chars: readonly string[], free: readonly boolean[]): string {
  const end = at + name.length;
  const government = governmentAfter(chars, end);
  const isFree = government !== null && free.slice(end, end + government.length).every(Boolean);
  return isFree ? name + government : name;
}

/**
 * 盐城市2024年…: a table word (城市, the level of cities) that, with the one character before it no phrase read, is a
 * place's name (盐城市) is part of that name, which the store may not hold: no level asked.
 */
function endsPlaceName(tokens: readonly string[], chosen: readonly Found[], match: Found): boolean {
  const before = match.start - 1;
  const char = tokens[before];
  if (char === undefined || !/\p{Script=Han}/u.test(char)) return false;
  if (chosen.some((other) => other.start <= before && before < other.end)) return false;
  return isPlaceName(char + tokens.slice(match.start, match.end).join(''));
}

/** The endings a place's name takes (洪泽 + 区 / 县). */
const PLACE_NAME_ENDINGS: readonly string[] = ['市', '区', '县'];

const sameTerm = (a: Term, b: Term): boolean => JSON.stringify(a) === JSON.stringify(b);

function chineseOrgans(
  chars: readonly string[],
  found: readonly Found[],
  index: StoreIndex,
  years: readonly YearPlace[],
): OrganMention[] {
  const free = chars.map(() => true);
  for (const match of found) for (let at = match.start; at < match.end; at += 1) free[at] = false;
  const organs = found.flatMap((match) => (match.organ ? [match.organ] : []));
  const mentions: { at: number; mention: OrganMention }[] = [];
  for (let i = 0; i < organs.length; i += 1) {
    const match = organs[i] as PhraseMatch<AliasTarget>;
    const target = match.values[0] as AliasTarget;
    const shared = regionsSharingBody(chars, organs, i, index, years);
    if (shared) {
      mentions.push(...shared.mentions);
      i = shared.last;
      continue;
    }
    const next = organs[i + 1];
    const nextTarget = next?.values[0];
    if (
      target.regionKey &&
      next &&
      nextTarget?.regionKey === null &&
      isOnlyFiller(chars.slice(match.end, next.start))
    ) {
      // 龙岗区的数据局, 龙岗区2022年发改局: the body alias narrowed to the region.
      mentions.push({
        at: match.start,
        mention: { name: match.text + next.text, target: narrowToRegion(target, nextTarget, index) },
      });
      i += 1;
      continue;
    }
    // 洪泽县 where the store's place is 洪泽区 (its name before 2016): the place written with another ending is a name
    // of its own, which resolving asks about (您是想问 洪泽区 吗？), never the place beside a word left unread.
    const ending = chars[match.end];
    if (
      target.regionKey &&
      ending &&
      free[match.end] &&
      PLACE_NAME_ENDINGS.includes(ending) &&
      !/[省市区县旗]$/u.test(match.text)
    ) {
      free[match.end] = false;
      mentions.push({ at: match.start, mention: { name: match.text + ending, target: null } });
      continue;
    }
    // 淮安市政付 / 福田区人社具: a body of the region's organs, or an organ's ending, with one character typed by its
    // sound is a name resolving asks about.
    const unknownBody =
      findOrganAfterRegion(chars, free, match.end) ??
      (target.regionKey ? findSlippedBody(chars, free, match.end, bodiesOfRegion(target.regionKey, index)) : null) ??
      findSlippedEnding(chars, free, match, (name) => index.aliases.zh.entries.has(name));
    for (let at = match.end; unknownBody && at < unknownBody.end; at += 1) free[at] = false;
    mentions.push({
      at: match.start,
      mention: unknownBody ? { name: match.text + unknownBody.body, target: null } : { name: match.text, target },
    });
  }
  const text = chars.join('');
  const unknownNames = findUnknownChineseNames(chars, free);
  // 宝安2022年…: a bare place name counts only when the question names no organ at all (深圳龙岗区 names 龙岗区).
  if (mentions.length === 0 && unknownNames.length === 0) unknownNames.push(...findBarePlaces(text, free, index));
  const unknown = unknownNames.map((name) => {
    const at = text.indexOf(name);
    return { at, mention: { name: withGovernment(name, at, chars, free), target: null } };
  });
  return withinKnownRegions(mentions, unknown)
    .sort((a, b) => a.at - b.at)
    .map((entry) => ({ ...entry.mention, at: entry.at }));
}

/**
 * 淮安市清江浦区: an unknown name written right after a known region is a place inside it, one unknown name with the
 * region — never the region's organ beside a name that has no report; a body written right after an unknown place
 * (宝安区数据局) is that place's organ, unknown too.
 */
function withinKnownRegions(
  known: readonly { at: number; mention: OrganMention }[],
  unknown: readonly { at: number; mention: OrganMention }[],
): { at: number; mention: OrganMention }[] {
  const inside = new Set<number>();
  const merged = known.map((entry) => {
    const end = entry.at + entry.mention.name.length;
    const at = entry.mention.target?.regionKey ? unknown.findIndex((name) => name.at === end) : -1;
    const name = unknown[at];
    if (name === undefined) return entry;
    inside.add(at);
    return { at: entry.at, mention: { name: entry.mention.name + name.mention.name, target: null } };
  });
  const outside = unknown.filter((_, at) => !inside.has(at));
  // 宝安区数据局: a body the store holds in other regions (数据局), right after an unknown place, is that place's
  // organ — one unknown name, never a choice among the other regions' organs.
  const bodies = new Set<number>();
  const placed = outside.map((entry) => {
    const end = entry.at + entry.mention.name.length;
    const at = merged.findIndex(
      (body) => body.at === end && body.mention.target !== null && body.mention.target.regionKey === null,
    );
    const body = merged[at];
    if (body === undefined) return entry;
    bodies.add(at);
    return { at: entry.at, mention: { name: entry.mention.name + body.mention.name, target: null } };
  });
  return [...merged.filter((_, at) => !bodies.has(at)), ...placed];
}

const LATIN_RUN = /[a-z][a-z' -]*[a-z]/gi;

/**
 * Pinyin names inside a Chinese question (Longgang 2022年收到多少申请): each run of Latin letters looked up in the
 * English names, its longest name standing for the whole run. Only questions with Latin letters pay for this.
 */
function pinyinOrgans(text: string, index: StoreIndex): Found[] {
  if (!/[a-z]/i.test(text)) return [];
  return [...text.matchAll(LATIN_RUN)].flatMap((run) => {
    const [longest] = pickLongest(findPhrases(tokenizeEnglish(run[0]), index.aliases.en), (match) => match).sort(
      (a, b) => b.end - b.start - (a.end - a.start),
    );
    if (!longest) return [];
    const start = [...text.slice(0, run.index)].length;
    const end = start + [...run[0]].length;
    return [{ start, end, organ: { ...longest, start, end } }];
  });
}

/** Words joining names in a list: 龙岗区和龙华区, 龙岗、南山. */
const JOINERS: readonly string[] = ['和', '与', '及', '、', ',', '跟', '以及', '或'];

/**
 * Regions joined in a list before one body (龙岗区和龙华区的数据局): the body narrowed to each region, and the index of
 * the body; null when organs[i] does not start such a list.
 */
function regionsSharingBody(
  chars: readonly string[],
  organs: readonly PhraseMatch<AliasTarget>[],
  i: number,
  index: StoreIndex,
  years: readonly YearPlace[],
): { mentions: { at: number; mention: OrganMention }[]; last: number } | null {
  let last = i;
  // 龙岗区2022年、龙华数据局: a year between two names ends a list of regions sharing a body (its digits are blanked).
  const isJoined = (from: number, to: number): boolean =>
    JOINERS.includes(chars.slice(from, to).join('').trim()) && !years.some((year) => year.at >= from && year.at < to);
  while (
    organs[last]?.values[0]?.regionKey &&
    organs[last + 1]?.values[0]?.regionKey &&
    isJoined(organs[last]?.end ?? 0, organs[last + 1]?.start ?? 0)
  )
    last += 1;
  const next = organs[last + 1];
  if (!organs[last]?.values[0]?.regionKey || !next) return null;
  // 龙岗、龙华数据局: the last name may carry its own region; its body is shared all the same.
  const regionOfNext = isJoined(organs[last]?.end ?? 0, next.start) ? splitRegion(next.text, index) : null;
  const isBodyAfterList = last > i && isOnlyFiller(chars.slice(organs[last]?.end ?? 0, next.start));
  const body = regionOfNext ? regionOfNext.body : isBodyAfterList ? next.text : null;
  const bodyTarget = body ? index.aliases.zh.entries.get(body)?.[0] : undefined;
  if (!body || !bodyTarget || bodyTarget.regionKey !== null) return null;
  const regions = organs
    .slice(i, last + 1)
    .map((region) => ({ text: region.text, start: region.start, target: region.values[0] as AliasTarget }));
  if (regionOfNext) regions.push({ text: regionOfNext.region, start: next.start, target: regionOfNext.target });
  const mentions = regions.map((region, at) => {
    const narrowed = narrowToRegion(region.target, bodyTarget, index);
    // 南山区和龙岗区发改局: where a listed region has no such body, the region stands for itself.
    const standsAlone = narrowed === null && regionOfNext !== null && at < regions.length - 1;
    return {
      at: region.start,
      mention: standsAlone
        ? { name: region.text, target: region.target }
        : { name: region.text + body, target: narrowed },
    };
  });
  return { mentions, last: last + 1 };
}

/** A name that starts with a region name (龙华数据局 → 龙华 + 数据局), the longest region first; null otherwise. */
function splitRegion(name: string, index: StoreIndex): { region: string; target: AliasTarget; body: string } | null {
  for (let end = name.length - 1; end >= 2; end -= 1) {
    const target = index.aliases.zh.entries.get(name.slice(0, end))?.[0];
    if (target?.regionKey) return { region: name.slice(0, end), target, body: name.slice(end) };
  }
  return null;
}

const isOnlyFiller = (between: readonly string[]): boolean => between.every((char) => char === ' ' || char === '的');

/** The organs of `body` that belong to the region, or null (an organ the store lacks) when none does. */
function narrowToRegion(region: AliasTarget, body: AliasTarget, index: StoreIndex): AliasTarget | null {
  const members = new Set(
    (region.regionKey ? index.regions.get(region.regionKey) : undefined)?.map((entry) => entry.org),
  );
  // Only the region's organs are looked for among the body's (发改局 names thousands nationally).
  const orgs = amongOrgsOf(body, members);
  return orgs.length > 0 ? { orgs, regionKey: null, needsChoice: orgs.length > 1 } : null;
}

/** A place of the store's organs written in pinyin (Shenzhen, Jiangsu Province): its Chinese name and its words. */
interface EnglishPlace {
  readonly place: string;
  readonly start: number;
  readonly end: number;
  /** The words as tokenized (shenzhen, jiangsu province). */
  readonly text: string;
}

/** Words after a place's pinyin that are its kind, read with it: Jiangsu Province, Shenzhen City. */
const ENGLISH_PLACE_KINDS: ReadonlySet<string> = new Set(['province', 'city', 'municipality']);

/**
 * Places the store's organs lie in, written in pinyin where no organ's own English name covers the word (Shenzhen,
 * Guangdong, Jiangsu Province): read as the Chinese place (深圳), as 深圳 is in a Chinese question, never as an
 * organ the store lacks.
 */
function findEnglishHeldPlaces(tokens: readonly string[], found: readonly Found[], index: StoreIndex): EnglishPlace[] {
  const isFree = (at: number): boolean => !found.some((match) => match.start <= at && at < match.end);
  const isOrgan = (at: number): boolean => found.some((match) => match.organ && match.start <= at && at < match.end);
  return tokens.flatMap((token, at) => {
    const place = isFree(at) ? findHeldPlaceByPinyin(token, index) : null;
    if (place === null) return [];
    const end = ENGLISH_PLACE_KINDS.has(tokens[at + 1] ?? '') && !isOrgan(at + 1) ? at + 2 : at + 1;
    return [{ place, start: at, end, text: tokens.slice(at, end).join(' ') }];
  });
}

function englishOrgans(
  raw: string,
  found: readonly Found[],
  index: StoreIndex,
  text: string,
  places: readonly EnglishPlace[],
): OrganMention[] {
  const lower = text.toLowerCase();
  const known = found.flatMap((match) => {
    if (!match.organ) return [];
    const at = lower.indexOf(match.organ.text.split(' ')[0] ?? match.organ.text);
    return [{ name: match.organ.text, target: match.organ.values[0] as AliasTarget, ...(at >= 0 ? { at } : {}) }];
  });
  const isKnown = (name: string): boolean => {
    const key = tokenizeEnglish(name).join(' ');
    return (
      index.aliases.en.entries.has(key) ||
      TERM_DICTIONARIES.en.entries.has(key) ||
      known.some((mention) => mention.name.includes(key)) ||
      places.some((place) => place.text === key || place.text.startsWith(`${key} `))
    );
  };
  const unknown = findUnknownEnglishNames(raw, isKnown).map((name) => ({ name, target: null }));
  return [...known, ...unknown];
}

/** `3`, `三`, `十`, `十二`, `二十`, `three` → the number; null for anything else and for 0. */
function readSmallNumber(text: string): number | null {
  return (ENGLISH_NUMBER_WORDS[text] ?? readChineseInteger(text)) || null;
}

function findLimit(
  question: NormalizedQuestion,
): { count: number; isBottom: boolean; isPlace: boolean; text: string } | null {
  for (const [patterns, isBottom] of [
    [TOP_N_PATTERNS, false],
    [BOTTOM_N_PATTERNS, true],
  ] as const) {
    const match = patterns[question.lang].exec(question.text);
    const count = readSmallNumber(match?.slice(1).find((group) => group !== undefined) ?? '');
    // 第N名 / 排第N / 倒数第N are the pattern's last groups.
    if (match && count !== null) {
      const isPlace = TOP_N_PLACE_GROUPS.some((group) => match[group] !== undefined);
      return { count, isBottom, isPlace, text: match[0] };
    }
  }
  return null;
}
