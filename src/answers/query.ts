// The structured question: what understanding produces and executeQuery runs. A language model may fill the
// same schema when the rules do not understand a question, so every field is required and nullable (strict JSON).
import { z } from 'zod';
import { METRICS } from './metrics.js';

/**
 * What to do with the metric across organs and years; `position` = the named organs' places in a ranking of all;
 * `nonzero` / `zero` = the organs whose figure is not 0 / is 0; `shareTop` / `shareBottom` = organs ranked by a share.
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
    .enum(['government', 'department'])
    .nullable()
    .describe('limit a ranking or list to whole governments or to departments'),
  years: z.array(z.number().int()).describe('report years; empty = the latest report of each organ'),
  metric: z.enum(metricIds).nullable().describe('canonical path of the figure, e.g. applications.newReceived.total'),
  moreMetrics: z.array(z.enum(metricIds)).describe('further figures asked in the same question (行政复议和行政诉讼)'),
  breakdown: z.enum(BREAKDOWNS).nullable(),
  aggregation: z.enum(AGGREGATIONS),
  limit: z.number().int().positive().nullable().describe('how many entries a top/bottom ranking lists; null = all'),
});

/** A structured question, as understanding produces it or a model fills it. */
export type Query = z.infer<typeof QuerySchema>;

/** A query with nothing set, for building one field by field. */
export const EMPTY_QUERY: Query = {
  organs: [],
  regions: [],
  level: null,
  years: [],
  metric: null,
  moreMetrics: [],
  breakdown: null,
  aggregation: 'value',
  limit: null,
};
