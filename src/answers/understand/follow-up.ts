// Follow-ups: what a question leaves out filled from the conversation's previous query, else from defaults.

import { findMetric, getMetric, partTotals } from '../metrics.js';
import type { StoreIndex } from '../organs/index.js';
import { lookupAlias } from '../organs/index.js';
import type { Aggregation, Breakdown, Query } from '../query.js';
import { ABOUT_THE_DATA, CROSS_ORGAN, RANKINGS, SHARE_RANKINGS } from './aggregation-kinds.js';
import { type Asked, namesScopeOfItsOwn } from './asked.js';
import { columnMetrics, findMetricOrTwin } from './read-metrics.js';
import { operandsOf, operationOnPrevious } from './read-operation.js';
import { isOneFigure } from './read-turns.js';

/** The share ranking a plain ranking word turns into after one (最低的呢？). */
const SHARE_OF_RANKING: Partial<Record<Aggregation, Aggregation>> = {
  max: 'shareTop',
  top: 'shareTop',
  min: 'shareBottom',
  bottom: 'shareBottom',
};

/** 增长了多少倍 / 是几倍 after one organ's two years: the later over the earlier, as a year's growth is said. */
const laterFirst = (years: readonly number[]): number[] => [...years].sort((a, b) => b - a);

/**
 * 复议后起诉呢 after 直接起诉尚未审结占直接起诉总计的几成: another row named alone after a column's share of its own
 * row's total is that column's share in the row named (尚未审结 of 复议后起诉), never the row's total as the part.
 * Null unless the last query was such a share and the question names one row of that table, no column.
 */
function shareInOtherRow(asked: Asked, previous: Query): string[] | null {
  const own = asked.query;
  const [wholeId] = previous.moreMetrics;
  if (previous.aggregation !== 'share' || previous.metric === null || wholeId === undefined) return null;
  if (previous.moreMetrics.length !== 1 || own.metric === null || own.moreMetrics.length > 0) return null;
  if (own.aggregation !== 'value' || own.breakdown !== null || asked.columnsOnly.length > 0) return null;
  const part = getMetric(previous.metric);
  const whole = getMetric(wholeId);
  const named = getMetric(own.metric);
  if (part.row !== whole.row || part.column === 'total' || whole.column !== 'total') return null;
  if (named.section !== part.section || named.column !== 'total' || named.row === part.row) return null;
  const partInRow = findMetric(named.section, named.row, part.column);
  return partInRow ? [partInRow.id, named.id] : null;
}

/**
 * The figures of the last sum (or quotient) of one report and the one figure this question names of another
 * organ-year, as pairs each with its figure; null unless the question adds (再加上) exactly one figure of exactly
 * one organ in one year.
 */
function addsReportFigure(asked: Asked, previous: Query, isOfOneReport: boolean): Query | null {
  const own = asked.query;
  const addsToPrevious = previous.aggregation === 'sum' || asked.operationWord === 'sum';
  if (!asked.addsToLast || !addsToPrevious || !isOfOneReport || previous.metric === null) return null;
  if (own.metric === null || own.moreMetrics.length > 0 || own.organs.length > 1 || own.pairs.length > 1) return null;
  const [organ] = previous.organs;
  const [year] = previous.years;
  const [ownPair] = own.pairs;
  const ownOrgan = ownPair?.organ ?? own.organs[0] ?? organ;
  const ownYear = ownPair?.year ?? own.years[0] ?? year;
  if (organ === undefined || year === undefined || ownOrgan === undefined || ownYear === undefined) return null;
  if (ownOrgan === organ && ownYear === year) return null;
  const figures = [previous.metric, ...previous.moreMetrics];
  const pairs = [
    ...figures.map((metric) => ({ organ, year, metric })),
    { organ: ownOrgan, year: ownYear, metric: own.metric },
  ];
  const { largerFirst: _direction, ...sum } = previous;
  return {
    ...sum,
    organs: [...new Set(pairs.map((pair) => pair.organ))],
    years: [],
    pairs,
    metric: previous.metric,
    moreMetrics: [...new Set([...previous.moreMetrics, own.metric])],
    aggregation: 'sum',
  };
}

/** Fills what a question leaves out from the conversation's previous query (那南山区呢？ / 2020年呢？ / 其中自然人多少？). */
export function followUp(asked: Asked, previous: Query, index: StoreIndex, isAllOrgans: boolean): Query {
  const own = asked.query;
  // 再加上行政复议的总计呢 after 两者加起来 of one report: its figures and the one named, added.
  const isOneReport = previous.pairs.length === 0 && previous.organs.length === 1 && previous.years.length <= 1;
  // 再加上行政强制一共多少 after 处罚是许可的几倍: the figures just divided, and the one named, added.
  const addsAfterOperation =
    (previous.aggregation === 'ratio' || previous.aggregation === 'difference') &&
    previous.moreMetrics.length > 0 &&
    asked.operationWord === 'sum';
  const addsFigure =
    asked.addsToLast &&
    (previous.aggregation === 'sum' || addsAfterOperation) &&
    isOneReport &&
    previous.metric !== null &&
    own.metric !== null &&
    own.organs.length === 0 &&
    own.years.length === 0 &&
    own.pairs.length === 0;
  if (addsFigure) {
    const added = [...new Set([previous.metric, ...previous.moreMetrics, own.metric, ...own.moreMetrics])].filter(
      (id): id is string => id !== null,
    );
    const { largerFirst: _direction, ...sum } = previous;
    return { ...sum, metric: added[0] ?? null, moreMetrics: added.slice(1), aggregation: 'sum' };
  }
  // 再加上洪泽24年的复议总计 after 淮安2024年…两项加起来: each figure added so far of its report, and the one named of
  // the organ-year named, added as pairs — never the named figure of both organs, the sum dropped.
  const addsOtherReport = addsReportFigure(asked, previous, isOneReport || addsAfterOperation);
  if (addsOtherReport) return addsOtherReport;
  // 第二多的呢 / 最少的呢 after 不予公开里最多的是哪一项: the same report's parts ranked again, never every organ; 其中最多的
  // 是哪项 after 沐阳县2025年不予公开一共: the parts of the figure just stated, of its one report.
  const isOneGroup =
    previous.metric !== null && previous.moreMetrics.length === 0 && partTotals(previous.metric) !== null;
  const ranksPartsOfLast =
    asked.asksWhichPart && isOneGroup && previous.organs.length === 1 && previous.pairs.length === 0;
  const ranksPartsAgain =
    ((previous.breakdown === 'parts' && RANKINGS.has(previous.aggregation)) || ranksPartsOfLast) &&
    RANKINGS.has(own.aggregation) &&
    own.organs.length === 0 &&
    own.regions.length === 0 &&
    own.metric === null &&
    asked.columnsOnly.length === 0;
  if (ranksPartsAgain)
    return {
      ...previous,
      years: own.years.length > 0 ? own.years : previous.years,
      breakdown: 'parts',
      aggregation: own.aggregation,
      limit: own.limit,
    };
  const isPureFollowUp = !asked.hasShape;
  // 行政诉讼呢？ after a ranking: only the figure changes, so the ranking (or list, share, change) stays.
  // 2023年的行政强制呢 after a change over two years: a figure of one year named is that figure, no change of it.
  const namesFigureOfOneYear = previous.aggregation === 'change' && own.metric !== null && own.years.length === 1;
  const swapsFigureOnly =
    own.aggregation === 'value' &&
    own.breakdown === null &&
    own.organs.length === 0 &&
    own.regions.length === 0 &&
    !namesFigureOfOneYear &&
    !ABOUT_THE_DATA.has(previous.aggregation);
  // 那淮安2024年呢 after 洪泽区 2023 → 2024's change: the organ's figure of the one year written, not its change
  // against a year before it may not hold.
  const asksOneYearAfterChange = previous.aggregation === 'change' && own.years.length === 1 && own.organs.length > 0;
  const keepsAggregation = (isPureFollowUp && !asksOneYearAfterChange) || swapsFigureOnly;
  // 龙岗区呢 after 哪个部门最多 / 龙岗区有几个单位 (南山区呢): a region narrows a ranking of a level, or takes the place
  // of the region a list or ranking was narrowed to.
  const narrowsToRegion =
    isPureFollowUp &&
    (previous.level !== null || previous.regions.length > 0) &&
    own.organs.length === 1 &&
    isRegionWord(asked.organWords[0], index);
  // 南山区呢 after 哪个单位最多 / 哪些单位有…: the organ named, its place or its figure, never the ranking again.
  const aboutNamed =
    isPureFollowUp && own.organs.length > 0 && !asked.saysScope && !narrowsToRegion
      ? ABOUT_NAMED[previous.aggregation]
      : undefined;
  // 其中2024年的行政许可 after 有几个区政府的报告: the figure of each organ listed (those of the level or places listed).
  const ofListed =
    previous.aggregation === 'reports' &&
    (previous.level !== null || previous.regions.length > 0) &&
    asked.isFollowUp &&
    own.metric !== null &&
    own.aggregation === 'value' &&
    own.organs.length + own.regions.length + own.pairs.length === 0 &&
    own.level === null;
  const kept = ofListed ? 'top' : (aboutNamed ?? (keepsAggregation ? previous.aggregation : own.aggregation));
  // 那没有的呢？ after 哪些单位有行政诉讼: the same list, of the organs without.
  const listed = kept === 'nonzero' && asked.saysZero ? 'zero' : kept;
  // 最低的呢？ after 哪个单位公开率最高: the same share ranked the other way.
  const flipsShare =
    SHARE_RANKINGS.has(previous.aggregation) &&
    own.metric === null &&
    asked.columnsOnly.length === 0 &&
    SHARE_OF_RANKING[own.aggregation] !== undefined;
  // 两者相差多少 / 加起来呢 after two figures: the operation on them.
  const onPrevious =
    own.organs.length === 0 && own.pairs.length === 0 ? operationOnPrevious(asked.operationWord, previous) : null;
  const aggregation = onPrevious ?? (flipsShare ? (SHARE_OF_RANKING[own.aggregation] as Aggregation) : listed);
  const isCrossOrgan = CROSS_ORGAN.has(aggregation);
  const inLastColumn = inColumnOfPrevious(asked, previous);
  const metrics =
    shareInOtherRow(asked, previous) ??
    inLastColumn ??
    (own.metric
      ? [own.metric, ...own.moreMetrics]
      : (columnMetrics(asked.columnsOnly, [previous.metric, ...previous.moreMetrics]) ??
        (startsOwnFigure(own.breakdown) ? [] : [previous.metric, ...previous.moreMetrics])));
  // 最少的呢 after 它们中哪个最多: the same organs ranked the other way.
  const ranksSameOrgans = RANKINGS.has(aggregation) && RANKINGS.has(previous.aggregation) && previous.organs.length > 1;
  // 深圳2022年呢 after 淮安市政府: a place named is what is asked now, never the last organ in it or outside it.
  const keepsOrgans =
    own.organs.length === 0 &&
    own.regions.length === 0 &&
    (!isCrossOrgan || ranksSameOrgans) &&
    !namesScopeOfItsOwn(asked) &&
    !isAllOrgans;
  // Same organs, same figure or the same ranking of another figure (行政诉讼是多少 after 2024年哪个单位…最多), no year
  // of its own (维持了几件？ / 最多的是谁？ after 南山区2020年…): the same years too, never a ranking's year of its own;
  // a question about every organ (哪些单位有…) only when it says it continues the last one (全部单位合计呢).
  const keepsYears =
    (!isAllOrgans || asked.isFollowUp) &&
    (keepsAggregation ||
      asked.isFollowUp ||
      keepsOrgans ||
      (own.metric === null && asked.columnsOnly.length === 0 && !startsOwnFigure(own.breakdown)));
  const query: Query = {
    organs: keepsOrgans || narrowsToRegion ? previous.organs : answerToChoice(asked, previous.organs, index),
    regions: narrowsToRegion
      ? [...asked.organWords]
      : ofListed
        ? previous.regions
        : own.regions.length > 0 || !keepsAggregation || isAllOrgans
          ? own.regions
          : previous.regions,
    level: own.level ?? (keepsAggregation || ofListed ? previous.level : null),
    years:
      own.years.length > 0 || own.pairs.length > 0 || !keepsYears
        ? own.years
        : onPrevious === 'ratio'
          ? laterFirst(previous.years)
          : previous.years,
    pairs:
      own.pairs.length > 0 || !keepsOrgans || own.years.length > 0
        ? own.pairs
        : own.metric === null && asked.columnsOnly.length === 0
          ? previous.pairs
          : withoutOwnFigures(previous.pairs),
    metric: metrics[0] ?? null,
    moreMetrics: metrics.slice(1).filter((id): id is string => id !== null),
    breakdown: inLastColumn ? null : (own.breakdown ?? (isPureFollowUp ? previous.breakdown : null)),
    aggregation,
    limit:
      own.limit ??
      (keepsAggregation && aboutNamed === undefined
        ? previous.limit
        : flipsShare && (own.aggregation === 'max' || own.aggregation === 'min')
          ? 1
          : null),
  };
  // 龙岗区呢 after 2020年哪个单位最多, 龙岗区 holding no 2020 report: its own latest figure (the reply says the year),
  // never "no report of 2020" for a year only the ranking chose.
  const isYearUnheld =
    aboutNamed !== undefined &&
    previous.organs.length === 0 &&
    own.years.length === 0 &&
    query.years.length > 0 &&
    query.organs.length > 0 &&
    query.organs.every((org) => index.orgs.get(org)?.years.every((year) => !query.years.includes(year)) === true);
  // 2022年呢 after 超过500件的单位: the same threshold, while the figure keeps its unit.
  const above = own.above ?? (keepsAggregation ? keptThreshold(previous, query.metric) : undefined);
  const thresholded = above === undefined ? query : { ...query, above };
  const answered = isYearUnheld ? { ...query, years: [], aggregation: 'value' as const } : thresholded;
  return (
    againstPrevious(asked, previous, answered, index) ?? againstPreviousFigure(asked, previous, answered) ?? answered
  );
}

/** The previous list's threshold, for a follow-up asking the same list of a figure in the same unit. */
function keptThreshold(previous: Query, metric: string | null): number | undefined {
  if (previous.above === undefined || previous.metric === null || metric === null) return undefined;
  return getMetric(previous.metric).unit === getMetric(metric).unit ? previous.above : undefined;
}

/**
 * 比处罚少多少 / 是处罚的几倍 after one figure of one report (他们的行政强制呢): the difference or ratio of that figure
 * and the one this question names, in the same report, the previous figure first (it is what 比 compares); never
 * the change of the named figure over years, which its words alone would read. Null when the question names an
 * organ, a year or more than one figure of its own, or the figure asked before.
 */
function againstPreviousFigure(asked: Asked, previous: Query, query: Query): Query | null {
  const own = asked.query;
  const word = asked.operationWord;
  const operation =
    word === 'ratio'
      ? 'ratio'
      : asked.comparesFigures && (word === 'difference' || own.aggregation === 'change')
        ? 'difference'
        : null;
  if (operation === null || own.metric === null || own.moreMetrics.length > 0) return null;
  if (own.organs.length > 0 || own.years.length > 0 || own.pairs.length > 0 || own.regions.length > 0) return null;
  if (!isOneFigure(previous) || previous.metric === null || previous.metric === own.metric) return null;
  return { ...query, metric: previous.metric, moreMetrics: [own.metric], aggregation: operation };
}

/** The pairs without figures of their own: a follow-up naming another figure asks it of every pair. */
const withoutOwnFigures = (pairs: Query['pairs']): Query['pairs'] => pairs.map(({ organ, year }) => ({ organ, year }));

/**
 * 比南山区2020年多多少 after 龙岗区2022年…: the operation between the previous question's one figure and the one this
 * question names, as organ–year pairs (the previous first: it is what 比 compares). A year left out is the
 * previous one (the year carries over in speech) if the organ holds it, else the organ's latest.
 */
function againstPrevious(asked: Asked, previous: Query, query: Query, index: StoreIndex): Query | null {
  const own = asked.query;
  const word = asked.operationWord;
  const [organ] = own.organs;
  const [before] = previous.organs;
  if (word === null || organ === undefined || before === undefined) return null;
  if (own.organs.length !== 1 || own.years.length > 1 || own.pairs.length > 0) return null;
  // 沐阳县2025年新收和办结相差多少: two figures of the organ named are the operands, not the last organ's.
  if (operandsOf(own).metrics > 1) return null;
  if (operandsOf(previous).operands !== 1 || previous.organs.length !== 1) return null;
  const beforeYear = previous.years[0] ?? previous.pairs[0]?.year ?? index.orgs.get(before)?.years.at(-1);
  // 和淮安的差多少 after 沐阳2025年…: 淮安 holds no 2025 report, so its own latest (2024), which the reply states.
  const held = index.orgs.get(organ)?.years;
  const carried = beforeYear !== undefined && held && !held.includes(beforeYear) ? held.at(-1) : beforeYear;
  const year = own.years[0] ?? carried;
  if (beforeYear === undefined || year === undefined || (organ === before && year === beforeYear)) return null;
  const pairs = [
    { organ: before, year: beforeYear },
    { organ, year },
  ];
  // 淮安市是几倍 after 洪泽区: the organ named over the one before, the quotient its words ask.
  const ordered = word === 'ratio' && asked.organLeads ? pairs.reverse() : pairs;
  return {
    ...query,
    organs: [...new Set(ordered.map((pair) => pair.organ))],
    years: [],
    pairs: ordered,
    aggregation: word,
  };
}

/**
 * After "数据局 could be several organs", a reply naming a region (龙岗区的) picks the one of that region:
 * the region and the ambiguous name together are looked up as one name.
 */
function answerToChoice(asked: Asked, previousOrgans: readonly string[], index: StoreIndex): string[] {
  const organs = asked.query.organs;
  const [region] = asked.organWords;
  const ambiguous = previousOrgans.filter((name) => !index.orgs.has(name));
  if (organs.length !== 1 || !region || ambiguous.length !== 1 || !lookupAlias(region, index)?.regionKey)
    return [...organs];
  const combined = `${region}${ambiguous[0]}`;
  return lookupAlias(combined, index) ? [combined] : [...organs];
}

/** What a follow-up naming organs asks after a ranking or a list across organs: their place, figure or share. */
const ABOUT_NAMED: Partial<Record<Aggregation, Aggregation>> = {
  max: 'position',
  min: 'position',
  top: 'position',
  bottom: 'position',
  nonzero: 'value',
  zero: 'value',
  shareTop: 'share',
  shareBottom: 'share',
};

/** A name the question wrote that is a region of the store (龙岗区, 龙岗), not only an organ. */
const isRegionWord = (word: string | undefined, index: StoreIndex): boolean =>
  word !== undefined && Boolean(lookupAlias(word, index)?.regionKey);

/** Breakdowns that name their own figure (办理结果 = the outcomes of the applications), not the last one asked. */
export const startsOwnFigure = (breakdown: Breakdown | null): boolean =>
  breakdown === 'outcomes' || breakdown === 'applicants';

/** 南山区2020年排名第几 with no figure named: ranked by what a report is first read for, applications received. */
const DEFAULT_RANKED_METRIC = 'applications.newReceived.total';

/** Aggregations that need one figure and, with none named, take the one a report is first read for. */
const DEFAULT_METRIC_AGGREGATIONS: ReadonlySet<Aggregation> = new Set(['position', 'difference', 'sum', 'ratio']);

export function withDefaults(asked: Asked): Query {
  if (asked.query.metric) return asked.query;
  const metrics =
    columnMetrics(asked.columnsOnly, []) ??
    (DEFAULT_METRIC_AGGREGATIONS.has(asked.query.aggregation) ? [DEFAULT_RANKED_METRIC] : []);
  return { ...asked.query, metric: metrics[0] ?? null, moreMetrics: metrics.slice(1) };
}

/**
 * 规范性文件呢 after 沐阳县2025年规章制发了几件: one table 二 row named alone, read in the field the last question
 * asked of another row (规范性文件的制发), never every field listed. 复议后起诉的呢 after 直接起诉的结果纠正 asks the
 * same of it (its 纠正); 行政诉讼呢 after 行政复议纠正了几件 reads both ways (its total, or its 纠正): the total first
 * and the same column beside it. Table 三's applicant columns are no such reading (不予公开呢 after 自然人 is the
 * row's total).
 */
function inColumnOfPrevious(asked: Asked, previous: Query): string[] | null {
  const own = asked.query;
  const isFigureAlone = own.organs.length + own.regions.length + own.years.length + own.pairs.length === 0;
  if (!asked.isFollowUp || !isFigureAlone || own.aggregation !== 'value') return null;
  if (!asked.rowsAlone || own.metric === null || own.moreMetrics.length > 0 || previous.metric === null) return null;
  if (previous.moreMetrics.length > 0 || previous.pairs.length > 0) return null;
  // A table 二 row alone lists its fields (breakdown 'fields'); any other breakdown was asked in words.
  if (own.breakdown !== null && own.breakdown !== 'fields') return null;
  const [named, last] = [getMetric(own.metric), getMetric(previous.metric)];
  if (named.section !== last.section || named.section === 'applications' || named.row === last.row) return null;
  const cell = findMetricOrTwin(named.section, named.row, last.column);
  if (!cell) return null;
  if (named.section === 'activeDisclosure' || asked.asksSameOfRow) return [cell.id];
  return cell.id === own.metric ? null : [own.metric, cell.id];
}
