// Arithmetic on report figures: the difference or ratio of two operands, the sum of several. An operand is one
// figure of one organ's report of one year; the result is computed exactly and carries its operands, so the reply
// states each with its organ, year and source. Never a partial result: an operand missing is said, not skipped.
import type { Report } from '../../parser/index.js';
import { getMetric } from '../metrics.js';
import { type OrgEntry, resolveOrgan, type StoreIndex } from '../organs/index.js';
import type { Query } from '../query.js';
import type { Computation, LookupResult, Missing } from '../result.js';
import type { Fact, Lang } from '../types.js';
import type { Operation, Period } from '../vocabulary/operations.js';
import { exactSum, roundedRatio } from './exact-sum.js';
import { derivedFact, makeFact } from './make-fact.js';
import { latestCommonYear } from './one-year.js';

/**
 * The reports a query's pairs name, in order, and the pairs the store lacks; `figures` holds each report's own
 * figure when its pair names one (洪泽区2023年行政处罚和沐阳县2025年行政强制), in the same order.
 */
export function reportsOfPairs(
  pairs: Query['pairs'],
  index: StoreIndex,
): { reports: Report[]; figures: (string | undefined)[]; missing: Missing[]; choose?: LookupResult } {
  const reports: Report[] = [];
  const figures: (string | undefined)[] = [];
  const missing: Missing[] = [];
  for (const pair of pairs) {
    const resolution = resolveOrgan(pair.organ, index);
    if (resolution.kind === 'choose')
      return {
        reports,
        figures,
        missing,
        choose: {
          kind: 'clarify',
          name: pair.organ,
          candidates: resolution.candidates,
          ...(resolution.more ? { more: resolution.more } : {}),
        },
      };
    if (resolution.kind === 'unknown') {
      missing.push({
        kind: 'organ',
        name: pair.organ,
        nearby: resolution.nearby,
        isRegionKnown: resolution.isRegionKnown,
        orgCount: index.orgs.size,
      });
      continue;
    }
    const { entry } = resolution;
    const report = entry.reports.find((candidate) => candidate.year === pair.year);
    if (report) {
      reports.push(report);
      figures.push(pair.metric);
    } else missing.push({ kind: 'year', org: entry.org, year: pair.year, available: [...entry.years] });
  }
  return { reports, figures, missing };
}

/**
 * Runs a difference, sum or ratio of the organs the question named (or its pairs); a sum over a scope of organs
 * is the store's (sumAcross).
 */
export function lookupArithmetic(
  query: Query,
  named: readonly OrgEntry[],
  index: StoreIndex,
  lang: Lang,
): LookupResult {
  const operation: Operation =
    query.aggregation === 'sum'
      ? 'sum'
      : query.aggregation === 'difference' || query.aggregation === 'relativeDifference'
        ? 'difference'
        : 'ratio';
  const period = PERIOD_OF[query.aggregation];
  const metricIds = [query.metric, ...query.moreMetrics].filter((id): id is string => id !== null);
  const operands = chooseOperands(query, named, index);
  if ('kind' in operands) return operands;
  const { reports, figures, chosenYear, missing } = operands;
  if (missing.length > 0) return { kind: 'no_data', missing };
  const cells: Fact[][] = [];
  for (const [at, report] of reports.entries()) {
    const row: Fact[] = [];
    const own = figures[at];
    for (const id of own === undefined ? metricIds : [own]) {
      const fact = makeFact(getMetric(id), report, lang);
      if (fact) row.push(fact);
      else
        missing.push({
          kind: 'column',
          org: report.org,
          year: report.year,
          metric: id,
          template: report.template,
          instead: [],
        });
    }
    cells.push(row);
  }
  if (missing.length > 0) return { kind: 'no_data', missing };
  if (cells.length === 0) return { kind: 'no_data', missing: [] };
  const groups = operation === 'sum' ? [cells.flat()] : period ? oneFigure(cells) : pairsToCompare(cells);
  if (
    groups === null ||
    groups.some((group) => new Set(group.map((fact) => fact.unit)).size > 1 && !isPerItem(operation, group))
  )
    return { kind: 'not_understood', examples: [] };
  // 差几倍: the larger figure over the smaller, whichever the question named first.
  const ordered =
    query.largerFirst && operation === 'ratio'
      ? groups.map((group) => (group.length === 2 ? [...group].sort((a, b) => b.value - a.value) : group))
      : groups;
  const items = ordered.map((group) =>
    period
      ? perPeriod(group[0] as Fact, period, lang)
      : query.aggregation === 'doublings'
        ? withDoublings(compute(operation, group, lang))
        : query.aggregation === 'relativeDifference'
          ? withRelative(compute(operation, group, lang))
          : compute(operation, group, lang),
  );
  return { kind: 'arithmetic', operation, items, chosenYear, scope: null, missing: [] };
}

/**
 * The first operand of a sum as a share of it (洪泽区的占多少 after 两个一共: 95 of 3,214 = 3.0%; 规章 of 规章 + 行政规范性文件
 * 现行有效: 11 of 77). The whole is named by the organs added, or by the figures added of one report, not restated
 * one by one (the last answer stated them); a sum of 0 has no share.
 */
export function shareOfSum(summed: Extract<LookupResult, { kind: 'arithmetic' }>, lang: Lang): LookupResult {
  const [item] = summed.items;
  const part = item?.operands[0];
  if (!item?.result || !part || item.result.value === 0 || item.operands.length < 2)
    return { kind: 'no_data', missing: [] };
  const years = new Set(item.operands.map((fact) => fact.year));
  const list = (words: readonly string[]): string => words.join(lang === 'zh' ? '、' : ', ');
  const isOneReport = item.operands.every((fact) => fact.org === part.org && fact.year === part.year);
  const added = item.operands.map((fact) => (years.size === 1 ? fact.org : `${fact.org} ${yearWord(fact.year, lang)}`));
  const oneYear = years.size === 1 ? ` ${yearWord(part.year, lang)}` : '';
  // 规章 of 规章 + 行政规范性文件: the figures added are named, of the one report.
  const label = isOneReport
    ? `${part.org} ${yearWord(part.year, lang)} ${list(item.operands.map((fact) => fact.label))}${lang === 'zh' ? '合计' : ' in total'}`
    : `${list(added)}${oneYear} ${item.result.label}`;
  const whole = { ...item.result, label };
  const share = derivedFact(part, 'share', (part.value / item.result.value) * 100, lang);
  return { kind: 'shares', shares: [{ part, whole, share }], missing: [] };
}

/**
 * Figures of one report added, as a share of another (维持加纠正占总计的比例: 72 + 64 = 136 of 351 = 38.7%), from the sum
 * of the whole and the figures (the whole its first operand). The sum is the part, named by the figures added; a
 * whole of 0 has no share.
 */
export function sumInWhole(summed: Extract<LookupResult, { kind: 'arithmetic' }>, lang: Lang): LookupResult {
  const [whole, ...added] = summed.items[0]?.operands ?? [];
  const part = whole && isOneReportsFigures([whole, ...added]) ? addedUp(added, lang) : null;
  return whole && part ? shareIn(part, whole, lang) : { kind: 'no_data', missing: [] };
}

/**
 * One figure of a report as a share of others added (结转下年度占（新收+上年结转）的比例: 31 of 713 + 36 = 749, 4.1%),
 * from the sum of the figure and the others (the part its first operand). The sum is the whole, named by the figures
 * added; a whole of 0 has no share.
 */
export function partOfJoined(summed: Extract<LookupResult, { kind: 'arithmetic' }>, lang: Lang): LookupResult {
  const [part, ...joined] = summed.items[0]?.operands ?? [];
  const whole = part && isOneReportsFigures([part, ...joined]) ? addedUp(joined, lang) : null;
  return part && whole ? shareIn(part, whole, lang) : { kind: 'no_data', missing: [] };
}

/** A share's figure and two or more to add, all of one report and one unit: what a share of a sum is of. */
function isOneReportsFigures(facts: readonly Fact[]): boolean {
  const [first] = facts;
  return (
    facts.length >= 3 &&
    facts.every((fact) => fact.org === first?.org && fact.year === first.year && fact.unit === first.unit)
  );
}

/** The figures added, as one fact named by them (规章、行政规范性文件合计). */
function addedUp(facts: readonly Fact[], lang: Lang): Fact | null {
  const [first] = facts;
  if (!first || facts.length < 2) return null;
  const value = exactSum(facts.map((fact) => ({ value: fact.value, sign: 1 })));
  const list = facts.map((fact) => fact.label).join(lang === 'zh' ? '、' : ', ');
  return {
    ...computedFact(first, 'sum', value, first.unit, lang),
    label: `${list}${lang === 'zh' ? '合计' : ' in total'}`,
  };
}

function shareIn(part: Fact, whole: Fact, lang: Lang): LookupResult {
  if (whole.value === 0)
    return { kind: 'no_data', missing: [{ kind: 'zeroWhole', org: whole.org, year: whole.year, whole: whole.label }] };
  const share = derivedFact(part, 'share', (part.value / whole.value) * 100, lang);
  return { kind: 'shares', shares: [{ part, whole, share }], missing: [] };
}

const yearWord = (year: number, lang: Lang): string => (lang === 'zh' ? `${year}年` : String(year));

type Operands = {
  reports: Report[];
  /** Each report's own figure, where its pair names one. */
  figures: readonly (string | undefined)[];
  chosenYear: number | null;
  missing: Missing[];
};

/** The reports operated on: the pairs, or the named organs in the years asked (else their latest common year). */
function chooseOperands(query: Query, named: readonly OrgEntry[], index: StoreIndex): Operands | LookupResult {
  if (query.pairs.length > 0) {
    const found = reportsOfPairs(query.pairs, index);
    return found.choose ?? { reports: found.reports, figures: found.figures, chosenYear: null, missing: found.missing };
  }
  const common = query.years.length > 0 ? null : latestCommonYear(named);
  if (query.years.length === 0 && common === null)
    return { kind: 'chooseYear', orgs: named.map((entry) => ({ org: entry.org, years: [...entry.years] })) };
  const years = common === null ? query.years : [common];
  const reports: Report[] = [];
  const missing: Missing[] = [];
  for (const entry of named) {
    for (const year of years) {
      const report = entry.reports.find((candidate) => candidate.year === year);
      if (report) reports.push(report);
      else missing.push({ kind: 'year', org: entry.org, year, available: [...entry.years] });
    }
  }
  return { reports, figures: [], chosenYear: common, missing };
}

/**
 * The operands of each difference or ratio: two reports, each figure of the first against the same of the second;
 * or one report, its first figure against its second. Null for any other shape (three organs, 2 × 2).
 */
function pairsToCompare(cells: readonly (readonly Fact[])[]): Fact[][] | null {
  const [first, second] = cells;
  if (cells.length === 2 && first && second) return first.map((fact, at) => [fact, second[at] as Fact]);
  if (cells.length === 1 && first?.length === 2) return [[...first]];
  return null;
}

/** The figure divided over a period: one report's one figure, else no such quotient (null). */
function oneFigure(cells: readonly (readonly Fact[])[]): Fact[][] | null {
  const [first] = cells;
  return cells.length === 1 && first?.length === 1 ? [[...first]] : null;
}

/** The period each divided aggregation averages over. */
const PERIOD_OF: Partial<Record<Query['aggregation'], Period>> = { perMonth: 'month', perDay: 'day' };

/** How many of a period a report's year holds: 12 months; 365 days, 366 in a leap year (2020, 2024). */
function periodsInYear(period: Period, year: number): number {
  if (period === 'month') return 12;
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return isLeap ? 366 : 365;
}

/** Labels of a figure over a period. */
const PER_PERIOD_LABEL: Readonly<Record<Period, Readonly<Record<Lang, string>>>> = {
  month: { zh: '平均每月', en: 'per month' },
  day: { zh: '平均每天', en: 'per day' },
};

/**
 * A year's figure over the months or days of the report's year (713 件 ÷ 12 ≈ 59.4): rounded to one place (money
 * to the fen), so the reply says ≈ and the divisor; the report prints no such figure, so none of its units is kept.
 */
function perPeriod(figure: Fact, period: Period, lang: Lang): Computation {
  const count = periodsInYear(period, figure.year);
  const { printedUnit: _printed, ...base } = figure;
  const value = roundedRatio(figure.value, count, figure.unit === '元' ? 2 : 1) as number;
  const label = `${figure.label}${lang === 'zh' ? '' : ' '}${PER_PERIOD_LABEL[period][lang]}`;
  const result = { ...base, metric: `${figure.metric}:per${period === 'month' ? 'Month' : 'Day'}`, label, value };
  return { result, operands: [figure], divisor: { count, per: period } };
}

/**
 * 翻了几番: the ratio with how many times the figure doubled, log2 of the exact quotient to one place (9,487 of 550:
 * 17.25 倍, 约 4.1 番); none where it did not grow (a ratio below 1) or cannot be computed.
 */
function withDoublings(computation: Computation): Computation {
  const [first, second] = computation.operands as [Fact, Fact];
  const { result } = computation;
  if (!result || first.value <= 0 || second.value <= 0 || first.value < second.value) return computation;
  const value = Math.round(Math.log2(first.value / second.value) * 10) / 10;
  return { ...computation, doublings: { ...result, metric: `${first.metric}:doublings`, value, unit: '番' } };
}

/**
 * 平均每家 of a sum over organs (2020年三家单位 → 267 件 ÷ 3 = 89): the sum divided by the count of reports added, one
 * year's, both stated; one organ over several years is its average per year (6,895 件 ÷ 2 年); a sum of several
 * organs over several years, or of several figures, is no one average (not understood).
 */
export function perOrganOf(summed: Extract<LookupResult, { kind: 'arithmetic' }>, lang: Lang): LookupResult {
  const [item] = summed.items;
  const total = item?.result;
  if (!item || !total || summed.items.length !== 1) return { kind: 'no_data', missing: [] };
  const years = summed.scope ? summed.scope.years : [...new Set(item.operands.map((fact) => fact.year))];
  const count = summed.scope ? summed.scope.compared : item.operands.length;
  // 洪泽区两年的行政处罚平均: one organ's figure over its years, divided by the years.
  const organs = new Set(item.operands.map((fact) => fact.org));
  const isOneOrgansYears = summed.scope === null && years.length > 1 && organs.size === 1;
  // 沐阳2025和洪泽2024的平均: organs named each with its own year, each once — a mean per organ of the years named.
  const isOrgansOwnYears = summed.scope === null && years.length > 1 && organs.size === item.operands.length;
  if (
    (years.length !== 1 && !isOneOrgansYears && !isOrgansOwnYears) ||
    new Set(item.operands.map((fact) => fact.metric)).size !== 1 ||
    count === 0
  )
    return { kind: 'not_understood', examples: [] };
  const { printedUnit: _printed, ...base } = total;
  const value = roundedRatio(total.value, count, total.unit === '元' ? 2 : 1) as number;
  const per = isOneOrgansYears ? 'year' : 'organ';
  const label = `${(item.operands[0] as Fact).label}${MEAN_LABELS[per][lang]}`;
  const result = { ...base, metric: `${(item.operands[0] as Fact).metric}:perOrgan`, label, value };
  return { ...summed, items: [{ ...item, result, total, divisor: { count, per } }] };
}

/** Labels of computed figures. */
const COMPUTED_LABELS = {
  difference: { zh: '之差', en: 'difference' },
  sum: { zh: '合计', en: 'total' },
  ratio: { zh: '之比', en: 'ratio' },
} as const;

/** Ratios are stated as a multiple (2.11 倍) from 1 up, below it as a percentage (47.5%). */
const RATIO_TIMES_FROM = 1;

/**
 * 多百分之几: the difference as a percentage of the second operand, to one place (70,417 of 447,228: 15.7%); none
 * when the second is 0.
 */
function withRelative(computation: Computation): Computation {
  const { result, operands } = computation;
  const [, second] = operands;
  if (!result || !second) return computation;
  const percent = roundedRatio(result.value * 100, second.value, 1);
  if (percent === null) return computation;
  return { ...computation, relative: { ...result, metric: `${result.metric}:relative`, value: percent, unit: '%' } };
}

/** An amount divided by a count (采购总金额 ÷ 采购项目数量): money per item, the one ratio of two units. */
function isPerItem(operation: Operation, operands: readonly Fact[]): boolean {
  const [first, second] = operands;
  return operation === 'ratio' && operands.length === 2 && first?.unit === '元' && second?.unit !== '元';
}

/** Labels of a mean: per organ added (平均每家), or per year of one organ (平均每年). */
const MEAN_LABELS = {
  organ: { zh: '平均每家', en: ' per organ' },
  year: { zh: '平均每年', en: ' per year' },
} as const;

/** Labels of an amount per item. */
const PER_ITEM_LABEL = { zh: '平均每项', en: 'per item' } as const;

function compute(operation: Operation, operands: readonly Fact[], lang: Lang): Computation {
  const [first, second] = operands as [Fact, Fact];
  if (isPerItem(operation, operands)) {
    // Yuan to the fen: the report prints no average, so none of its units is kept.
    const perItem = roundedRatio(first.value, second.value, 2);
    if (perItem === null) return { result: null, operands, isPerItem: true };
    const { printedUnit: _printed, ...base } = first;
    const label = `${first.label}${lang === 'zh' ? '' : ' '}${PER_ITEM_LABEL[lang]}`;
    const result = { ...base, metric: `${first.metric}:perItem`, label, value: perItem, unit: '元' };
    return { result, operands, isPerItem: true };
  }
  const value =
    operation === 'sum'
      ? exactSum(operands.map((fact) => ({ value: fact.value, sign: 1 })))
      : operation === 'difference'
        ? exactSum([
            { value: first.value, sign: 1 },
            { value: second.value, sign: -1 },
          ])
        : null;
  if (value !== null) return { result: computedFact(first, operation, value, first.unit, lang), operands };
  const times = roundedRatio(first.value, second.value, 2);
  if (times === null) return { result: null, operands };
  const result =
    times >= RATIO_TIMES_FROM
      ? computedFact(first, operation, times, '倍', lang)
      : computedFact(first, operation, roundedRatio(first.value * 100, second.value, 1) as number, '%', lang);
  return { result, operands };
}

/** A computed figure: the first operand's organ, year and source, its metric suffixed with the operation. */
export function computedFact(base: Fact, operation: Operation, value: number, unit: string, lang: Lang): Fact {
  return {
    ...base,
    metric: `${base.metric}:${operation}`,
    label: `${base.label}${lang === 'zh' ? '' : ' '}${COMPUTED_LABELS[operation][lang]}`,
    value,
    unit,
  };
}
