// A sum over every organ of a scope (全部单位合计, 龙岗区各单位合计): the store adds the figure up where the
// reports are (one SQL query on Postgres) and gives the first reports to state beside it and every report lacking
// the figure; the engine fetches no year's reports. Never a partial sum: a report without the figure is said.
import type { FigureScope, FigureSum } from '../../store/index.js';
import { getMetric, UNIT_WORDS } from '../metrics.js';
import { LIST_LIMIT, type OrgEntry } from '../organs/index.js';
import type { Query } from '../query.js';
import type { LookupResult, Missing } from '../result.js';
import type { Fact, Lang } from '../types.js';
import { exactSum } from './exact-sum.js';
import { type FigureSource, figureOf } from './figure-source.js';
import { computedFact } from './lookup-arithmetic.js';
import { makeFact } from './make-fact.js';

/** The organs a sum covers, read only as far as the question needs: a sum of a year asked reads none of them. */
export interface SumScope {
  /** The organs named when they share no year (of a scope of the store, its first). */
  entries(): Promise<readonly Pick<OrgEntry, 'org' | 'years'>[]>;
  /** The latest year every organ of the scope holds, or null when they share none. */
  latestCommonYear(): Promise<number | null>;
}

/**
 * The query's figures summed over `scope` (the organs of the regions and level asked, or of the store) in the
 * years asked, else in the latest year they all hold; `fieldOf` gives the store's scope for those years.
 */
export async function sumAcross(
  figures: FigureSource,
  query: Query,
  scope: SumScope,
  fieldOf: (years: readonly number[]) => FigureScope,
  lang: Lang,
): Promise<LookupResult> {
  const specs = [query.metric, ...query.moreMetrics].flatMap((id) => (id === null ? [] : [getMetric(id)]));
  // With no year: the latest year every organ of the scope holds; with none shared, which year is asked.
  const common = query.years.length > 0 ? null : await scope.latestCommonYear();
  if (query.years.length === 0 && common === null) {
    const orgs = (await scope.entries()).map((entry) => ({ org: entry.org, years: [...entry.years] }));
    return { kind: 'chooseYear', orgs };
  }
  const field = { ...fieldOf(common === null ? query.years : [common]), ties: 'organ' } as const;
  const sums = await Promise.all(
    specs.map((spec) => figures.sumFigures(figureOf(spec), field, { listed: LIST_LIMIT })),
  );
  const missing = lackingOf(
    sums,
    specs.map((spec) => spec.id),
  );
  if (missing.length > 0) return { kind: 'no_data', missing };
  const [first] = sums;
  if (!first || first.count === 0) return { kind: 'no_data', missing: [] };
  if (new Set(specs.map((spec) => UNIT_WORDS[spec.unit].zh)).size > 1) return { kind: 'not_understood', examples: [] };
  // Report by report, each figure asked: the operands as a sum over the reports themselves would list them.
  const operands = first.rows.flatMap(({ report }) => specs.flatMap((spec) => makeFact(spec, report, lang) ?? []));
  const value = exactSum(sums.map((sum) => ({ value: sum.sum, sign: 1 })));
  const base = operands[0] as Fact;
  return {
    kind: 'arithmetic',
    operation: 'sum',
    items: [
      {
        result: computedFact(base, 'sum', value, base.unit, lang),
        operands,
        operandCount: first.count * specs.length,
      },
    ],
    chosenYear: common,
    scope: { regions: query.regions, level: query.level, compared: first.count, years: yearsOf(first) },
    missing: [],
  };
}

/** Each report lacking a figure, report by report (by organ, then year), then figure by figure as asked. */
function lackingOf(sums: readonly FigureSum[], metricIds: readonly string[]): Missing[] {
  const lacking = sums.flatMap((sum, at) => sum.lacking.map((lack) => ({ ...lack, at })));
  lacking.sort((a, b) => (a.org < b.org ? -1 : a.org > b.org ? 1 : a.year - b.year || a.at - b.at));
  return lacking.map(({ org, year, template, at }) => ({
    kind: 'column',
    org,
    year,
    metric: metricIds[at] as string,
    template,
    instead: [],
  }));
}

/** The years added, in the order the listed reports first show them, then any other in order. */
function yearsOf(sum: FigureSum): number[] {
  const listed = sum.rows.map((row) => row.report.year);
  return [...new Set([...listed, ...sum.years.map((entry) => entry.year)])];
}
