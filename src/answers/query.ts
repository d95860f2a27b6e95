// The structured question: what understanding produces and executeQuery runs. A language model may fill the
// same schema when the rules do not understand a question, so every field is required and nullable (strict JSON).
import { z } from 'zod';
import type { TierFilter } from '../organ-names/index.js';
import { METRICS } from './metrics.js';

/**
 * What to do with the metric across organs and years; `position` = the named organs' places in a ranking of all;
 * `nonzero` / `zero` = the organs whose figure is not 0 / is 0; `shareTop` / `shareBottom` = organs ranked by a share.
 * Arithmetic on the figures asked (the operands: organ–year pairs × metrics): `difference` = the first minus the
 * second (A比B多多少), `sum` = all of them added (一共, 合计; with no organ named, every organ of the scope in one
 * year), `ratio` = the first divided by the second (A是B的几倍, 占B的百分之几); `shareOfSum` = the first organ-year's
 * figure as a share of all the organ-years added (洪泽区的占多少 after 两个一共: 95 of 3,214); `sumShare` = the figures
 * of one report before the last added, as a share of the last (维持加纠正占总计的比例: (72 + 64) ÷ 351);
 * `shareOfJoined` = the first figure of one report as a share of the others added (结转下年度占（新收+上年结转）的比例:
 * 31 ÷ (713 + 36)); `perMonth` / `perDay` = one
 * report's figure divided by the 12 months or the days of its year (平均每月); `doublings` = a ratio said as how many
 * times the figure doubled, log2 of the ratio (翻了几番); `perOrgan` = a sum over organs divided by the count of
 * reports added (平均每家); `relativeDifference` = a difference said with its share of the second operand (A比B多百分之
 * 几: (A − B) ÷ B).
 */
export const AGGREGATIONS = [
  'value',
  'max',
  'min',
  'top',
  'bottom',
  'position',
  'nonzero',
  'zero',
  'change',
  'share',
  'shareTop',
  'shareBottom',
  'difference',
  'sum',
  'ratio',
  'shareOfSum',
  'sumShare',
  'shareOfJoined',
  'perMonth',
  'perDay',
  'doublings',
  'relativeDifference',
  'perOrgan',
  'reports',
  'checks',
  'help',
] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/**
 * Parts to list beside a figure: outcome groups of table 三, applicant columns, results of table 四, the rows a
 * group sums (不予公开 → its 8 reasons), the fields of a table 二 row; `detail` = whichever fits the metric.
 */
export const BREAKDOWNS = ['outcomes', 'applicants', 'results', 'parts', 'fields', 'detail'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/**
 * Which organs a ranking, list or sum compares: governments or departments, the governments of one tier — `city`
 * (市), `county` (区县: districts and counties), `district` (区 only), `countyProper` (县 and 旗 only), `town`
 * (乡镇、街道) — the departments of one tier (`cityDepartment` 市属部门, `countyDepartment` 区县级部门,
 * `districtDepartment` 区级部门), or every organ of the city tier (`cityLevel`, 市本级). LEVEL_SPECS says which.
 */
export const LEVELS = [
  'government',
  'department',
  'city',
  'county',
  'district',
  'countyProper',
  'town',
  'cityDepartment',
  'countyDepartment',
  'districtDepartment',
  'cityLevel',
] as const;
export type Level = (typeof LEVELS)[number];
export type { TierFilter };

/** What a level holds: organs of one kind (null: either) in one tier (null: any). */
export interface LevelSpec {
  readonly kind: 'government' | 'department' | null;
  readonly tier: TierFilter | null;
}

/** Every level as its kind and tier: the one definition that filters organs and combines a question's words. */
export const LEVEL_SPECS: Readonly<Record<Level, LevelSpec>> = {
  government: { kind: 'government', tier: null },
  department: { kind: 'department', tier: null },
  city: { kind: 'government', tier: 'city' },
  county: { kind: 'government', tier: 'county' },
  district: { kind: 'government', tier: 'district' },
  countyProper: { kind: 'government', tier: 'countyProper' },
  town: { kind: 'government', tier: 'town' },
  cityDepartment: { kind: 'department', tier: 'city' },
  countyDepartment: { kind: 'department', tier: 'county' },
  districtDepartment: { kind: 'department', tier: 'district' },
  cityLevel: { kind: null, tier: 'city' },
};

/** A level as the store's columns filter it: the reports' kind (government or department) and their organs' tier. */
export function levelFilterOf(level: Level): {
  readonly level?: 'government' | 'department';
  readonly tier?: TierFilter;
} {
  const { kind, tier } = LEVEL_SPECS[level];
  return { ...(kind === null ? {} : { level: kind }), ...(tier === null ? {} : { tier }) };
}

const metricIds = [...METRICS.keys()] as [string, ...string[]];

/** The structured question. Organs and regions are names as a person writes them; the executor resolves them. */
export const QuerySchema = z.object({
  organs: z
    .array(z.string())
    .describe(
      'organs asked about: full names (深圳市龙岗区人民政府), short names (龙岗区发改局) or a region alone (龙岗区 = its government)',
    ),
  regions: z
    .array(z.string())
    .describe('regions that limit a ranking or list across organs (龙岗区哪个部门…); empty = all'),
  level: z
    .enum(LEVELS)
    .nullable()
    .describe(
      'limit a ranking, list or sum to governments, departments, governments of one tier (city 市, county 区县, district 区 only, countyProper 县 only, town 乡镇街道), departments of one tier (cityDepartment 市属部门, countyDepartment 区县级部门, districtDepartment 区级部门) or every city-level organ (cityLevel 市本级)',
    ),
  years: z.array(z.number().int()).describe('report years; empty = the latest report of each organ'),
  pairs: z
    .array(
      z.strictObject({
        organ: z.string(),
        year: z.number().int(),
        metric: z
          .enum(metricIds)
          .optional()
          .describe(
            "this pair's own figure when each pair names its own (洪泽区2023年行政处罚和沐阳县2025年行政强制), instead of metric and moreMetrics; absent otherwise",
          ),
      }),
    )
    .describe(
      'organs each asked with its own year (龙岗区2022年比南山区2020年): these pairs, in question order, instead of organs × years; empty otherwise',
    ),
  metric: z.enum(metricIds).nullable().describe('canonical path of the figure, e.g. applications.newReceived.total'),
  moreMetrics: z.array(z.enum(metricIds)).describe('further figures asked in the same question (行政复议和行政诉讼)'),
  breakdown: z.enum(BREAKDOWNS).nullable(),
  aggregation: z.enum(AGGREGATIONS),
  limit: z.number().int().positive().nullable().describe('how many entries a top/bottom ranking lists; null = all'),
  largerFirst: z
    .boolean()
    .optional()
    .describe(
      'a ratio asked with no direction (A和B差几倍): the larger operand divided by the smaller; absent otherwise',
    ),
  countsOrgans: z
    .boolean()
    .optional()
    .describe('a list of reports asked as a count of organs (有几个区政府 / how many agencies); absent otherwise'),
  above: z
    .number()
    .nonnegative()
    .optional()
    .describe(
      'a nonzero list of the organs whose figure exceeds this value (超过500件), in 元 for money; absent otherwise',
    ),
});

/** A structured question, as understanding produces it or a model fills it. */
export type Query = z.infer<typeof QuerySchema>;

/** A query with nothing set, for building one field by field. */
export const EMPTY_QUERY: Query = {
  organs: [],
  regions: [],
  level: null,
  years: [],
  pairs: [],
  metric: null,
  moreMetrics: [],
  breakdown: null,
  aggregation: 'value',
  limit: null,
};
