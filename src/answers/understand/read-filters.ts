// Filters a question puts on the organs it compares: a level (部门, 区县, 乡镇街道), a count of organs (龙岗区三个单位,
// 四个区县). A count is checked against the store's organs in that scope: a count the store does not match is
// asked about, never ignored.
import { readChineseInteger } from '../../parser/index.js';
import {
  LIST_LIMIT,
  levelOrgsUpTo,
  type OrgEntry,
  orgsInScope,
  resolveRegions,
  type StoreIndex,
} from '../organs/index.js';
import { LEVEL_SPECS, LEVELS, type Level, type Query, type TierFilter } from '../query.js';
import type { NormalizedQuestion } from '../text/index.js';
import { COUNTED_BODIES } from '../vocabulary/operations.js';
import type { Mentions } from './extract-mentions.js';
import type { Term } from './term-dictionary.js';

/** How many organs a question says, and the level its body names (三个部门 → departments). */
export interface OrganCount {
  readonly count: number;
  readonly level: Level | null;
  /** Counted as reports (两份报告): as many organs only in one year, else perhaps one organ's years. */
  readonly isOfReports?: boolean;
}

/** 两份 / 两份2024年报告: a count of reports (份 is the measure of a document). */
const REPORT_COUNT = /(?<![0-9零一二三四五六七八九十两])([0-9]+|[一二三四五六七八九十两]+)\s*份/u;

const COUNT = new RegExp(
  `(?<![0-9零一二三四五六七八九十两])([0-9]+|[一二三四五六七八九十两]+)\\s*[个家所]\\s*(${COUNTED_BODIES.map(([body]) => body).join('|')})`,
  'u',
);

/** 龙岗区三个单位 → 3 organs; 四个区县 → 4 county governments; null when the question counts no organs. */
export function readOrganCount(question: NormalizedQuestion): OrganCount | null {
  if (question.lang !== 'zh') return null;
  const reports = COUNT.exec(question.text) ? null : REPORT_COUNT.exec(question.text);
  const counted = reports?.[1] ? readChineseInteger(reports[1]) : undefined;
  if (counted !== undefined && counted >= 2) return { count: counted, level: null, isOfReports: true };
  const match = COUNT.exec(question.text);
  const count = match?.[1] ? (/^[0-9]+$/u.test(match[1]) ? Number(match[1]) : readChineseInteger(match[1])) : null;
  if (!match || !count || count < 2) return null;
  const level = COUNTED_BODIES.find(([body]) => body === match[2])?.[1] ?? null;
  return { count, level };
}

/** Tiers inside another tier (区 and 县 are parts of 区县): the narrower of two tiers named wins. */
const NARROWER: Readonly<Partial<Record<TierFilter, TierFilter>>> = { district: 'county', countyProper: 'county' };

/**
 * The level a question limits its organs to: its level words combined (区级 + 部门 = districtDepartment; 区县政府
 * says the tier and 政府), else the body of its count (三个部门). `isUnmatched`: the words name a kind and tier no
 * level holds (乡镇的部门), which is asked about, never dropped.
 */
export function readLevel(
  terms: readonly Term[],
  count: OrganCount | null,
): { readonly level: Level | null; readonly isUnmatched: boolean } {
  // 几个区 / 多少个部门: the body a count question counts is a level too.
  const specs = terms.flatMap((term) =>
    term.kind === 'level'
      ? [LEVEL_SPECS[term.key]]
      : term.kind === 'count' && term.level !== null
        ? [LEVEL_SPECS[term.level]]
        : [],
  );
  if (specs.length === 0) return { level: count?.level ?? null, isUnmatched: false };
  // A department word makes any tier's organs its departments (区政府 + 部门); 市本级 names either kind.
  const kinds = specs.map((spec) => spec.kind);
  const kind = kinds.includes('department') ? 'department' : kinds.includes('government') ? 'government' : null;
  const tier = specs.reduce<TierFilter | null>(
    (narrowest, spec) =>
      spec.tier === null || (narrowest !== null && NARROWER[narrowest] === spec.tier) ? narrowest : spec.tier,
    null,
  );
  const level = LEVELS.find((key) => LEVEL_SPECS[key].tier === tier && LEVEL_SPECS[key].kind === kind);
  return level === undefined ? { level: null, isUnmatched: true } : { level, isUnmatched: false };
}

/** Words for the reports themselves (深圳市的部门有哪些报告, 市政府一级的报告有哪些). */
const REPORT_WORDS = /报告|年报/u;

/**
 * 市政府一级的报告有哪些 / 深圳市的部门 / 区县政府的报告: a level named with no figure, ranking or breakdown asks
 * which organs of that level the store holds, so their reports are listed (never not understood). In a
 * conversation a level alone (区县政府呢) narrows the last question instead, unless it names the reports.
 */
export function listsLevelReports(
  level: Level | null,
  isShapeless: boolean,
  text: string,
  isFirstTurn: boolean,
): boolean {
  return level !== null && isShapeless && (isFirstTurn || REPORT_WORDS.test(text));
}

/**
 * 深圳的报告 / 广东的单位 / 江苏有什么: a place the store's organs lie in, named with nothing else (no organ, figure,
 * ranking or level), asks which of its organs the store holds, so their reports are listed. In a conversation a
 * place alone (深圳呢) narrows the last question instead, unless it names the reports or the organs. A region named
 * after its government (淮安) lists its organs when the organs are asked for (淮安的单位), else it is that government.
 */
export function listsPlaceReports(
  mentions: Pick<Mentions, 'heldPlaces' | 'organs'>,
  isShapeless: boolean,
  text: string,
  isFirstTurn: boolean,
): boolean {
  if (!isShapeless) return false;
  // 淮安的单位 / 龙岗区有哪些机关: a region whose name is also its government's, with the organs asked for.
  // In a conversation (那龙岗区的单位呢) it narrows the last question instead.
  const namesRegionOrgans =
    isFirstTurn &&
    mentions.organs.length > 0 &&
    mentions.organs.every((organ) => organ.target?.regionKey) &&
    ORGAN_LIST_WORDS.test(text);
  return (
    namesRegionOrgans ||
    (mentions.heldPlaces.length > 0 &&
      mentions.organs.every((organ) => !organ.target && isHeldPlaceName(organ.name, mentions.heldPlaces)) &&
      (isFirstTurn || PLACE_LIST_WORDS.test(text)))
  );
}

/**
 * 2020年的报告 / 所有单位的年报: the reports named with no organ, place, level, figure or ranking ask for the list of
 * them (of the years named). In a conversation 2020年的报告 is the last organ's report of that year instead, unless
 * the question says every organ (`saysEveryOrgan`) or counts the reports (几份2024年的报告).
 */
export function listsStoreReports(
  mentions: Pick<Mentions, 'organs'>,
  isShapeless: boolean,
  text: string,
  isFirstTurn: boolean,
  saysEveryOrgan: boolean,
): boolean {
  const isOfStore = isFirstTurn || saysEveryOrgan || STORE_REPORT_WORDS.test(text);
  return isShapeless && mentions.organs.length === 0 && REPORT_WORDS.test(text) && isOfStore;
}

/**
 * 几份 / 库里 / 哪些 / 你这里有 beside the reports: reports counted, listed or held in the store, never one organ's
 * report of a year.
 */
const STORE_REPORT_WORDS = /几份|多少份|库里|库中|数据库|哪些|你这里|你这儿|你们这|你有|都有/u;

/**
 * 所有部门的报告 / 各单位的年报: a word for every organ (which alone ranks them) beside the reports and no figure or
 * count of places asks which reports there are, not a ranking of nothing.
 */
export function namesEveryOrgansReports(
  read: string | null,
  hasFigure: boolean,
  hasLimit: boolean,
  text: string,
): boolean {
  return read === 'top' && !hasFigure && !hasLimit && REPORT_WORDS.test(text);
}

/** Words for the organs themselves: beside a region (淮安的单位) they ask for its organs, not its government's report. */
const ORGAN_LIST_WORDS = /单位|机关/u;

/** Words for the reports or the organs that publish them (深圳的单位, 江苏的年报). */
const PLACE_LIST_WORDS = /报告|年报|单位|机关|部门/u;

/**
 * A province written with 省 that the store's organs lie in (广东省 when 广东 is held): a place, never an organ of
 * the store lacking a report, whatever is asked of it (a province files no report here under the name 广东省).
 */
export function isHeldProvinceName(name: string, heldPlaces: readonly string[]): boolean {
  return heldPlaces.some((place) => name === `${place}省`);
}

/** Places written with their ending that the store's organs are named after (深圳市 when 深圳 is held). */
export function isHeldPlaceName(name: string, heldPlaces: readonly string[]): boolean {
  return heldPlaces.some((place) => name.startsWith(place) && /^[省市区县]$/u.test(name.slice(place.length)));
}

const countedAll = (entries: readonly OrgEntry[]) => ({ entries, count: entries.length });

/**
 * 龙岗区的部门收了多少申请 (a level's figure, no ranking word, no year): when its organs' latest reports are of
 * different years, each organ's figure of its latest report, named one by one — a ranking of one year would leave
 * some of them out. Organs sharing their latest year, or more than a list holds, stay a ranking of one year.
 */
export function eachOrgansLatest(query: Query, index: StoreIndex): Query {
  if (query.aggregation !== 'top' || query.years.length > 0 || query.pairs.length > 0 || query.limit !== null)
    return query;
  const regionKeys = resolveRegions(query.regions, index);
  // Every organ of a store larger than a list: known from its count, without reading the organs.
  if (regionKeys.length === 0 && query.level === null && index.orgs.size > LIST_LIMIT) return query;
  // A level over the whole store: its first organs and their count, asked of the store, never its organs walked.
  const { entries: scope, count } =
    regionKeys.length === 0 && query.level !== null
      ? levelOrgsUpTo(index, query.level)
      : countedAll(orgsInScope(index, regionKeys, query.level));
  if (count < 2 || count > LIST_LIMIT) return query;
  if (new Set(scope.map((entry) => entry.years.at(-1))).size === 1) return query;
  return { ...query, organs: scope.map((entry) => entry.org), regions: [], level: null, aggregation: 'value' };
}
