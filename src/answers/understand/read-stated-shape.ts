// The words of a question that say what kind of answer it wants, read as understanding reads them: its operation
// (一共, 相差, 几倍), ranking and direction (排名, 最多, 最少, 前三), list (哪些单位), change, share (占), breakdown
// (分别, 办理结果) and level (区县, 部门). Understanding builds its query from them; a model's query is checked
// against them (../llm).
import { isPartOf } from '../breakdown-specs.js';
import { getMetric } from '../metrics.js';
import type { StoreIndex } from '../organs/index.js';
import type { Breakdown, Level } from '../query.js';
import type { NormalizedQuestion } from '../text/index.js';
import type { NamedAggregation } from '../vocabulary/intents.js';
import type { Operation } from '../vocabulary/operations.js';
import { extractMentions, type Mentions } from './extract-mentions.js';
import { readLevel, readOrganCount } from './read-filters.js';
import { readMetrics } from './read-metrics.js';
import { withSpokenDifference, withSpokenShare } from './read-operation.js';
import type { Term } from './term-dictionary.js';

/** What the question's words state about the shape of its answer. */
export interface StatedShape {
  readonly operations: ReadonlySet<Operation>;
  readonly aggregations: ReadonlySet<NamedAggregation>;
  /** 比 / 对比 / 相比. */
  readonly compares: boolean;
  /** 没有 / 为零 beside a 'which organs' word: the organs without the figure. */
  readonly saysZero: boolean;
  /** 几个单位 / 多少个部门: a count of organs. */
  readonly countsOrgans: boolean;
  /** 平均每个项目: an amount per item. */
  readonly saysAverage: boolean;
  /** 前三 / 倒数两名: how many entries a ranking lists, from which end. */
  readonly limit: Mentions['limit'];
  /** The level its words limit the organs to (区县, 部门, 三个部门). */
  readonly level: Level | null;
  /** Level words that name no level (乡镇的部门). */
  readonly isLevelUnmatched: boolean;
  /** The breakdown its words ask of `metrics` (null when those figures are themselves its parts). */
  readonly breakdown: Breakdown | null;
  /** Every field of a table 二 row. */
  readonly wantsAllFields: boolean;
}

/** The shape `question` states, its breakdown judged for the figures `metrics` (a query's). */
export function readStatedShape(
  question: NormalizedQuestion,
  index: StoreIndex,
  metrics: readonly string[],
): StatedShape {
  const mentions = extractMentions(question, index);
  const terms = withSpokenShare(
    withSpokenDifference(mentions.terms, question.text),
    mentions.termPlaces,
    question.text,
  );
  // 前三个单位 counts places of a ranking, not the organs compared.
  const { level, isUnmatched } = readLevel(terms, mentions.limit ? null : readOrganCount(question));
  const has = (kind: Term['kind']): boolean => terms.some((term) => term.kind === kind);
  return {
    operations: new Set(terms.flatMap((term) => (term.kind === 'operation' ? [term.key] : []))),
    aggregations: new Set(terms.flatMap((term) => (term.kind === 'aggregation' ? [term.key] : []))),
    compares: has('compare'),
    saysZero: has('zero'),
    countsOrgans: has('count'),
    saysAverage: has('average'),
    limit: mentions.limit,
    level,
    isLevelUnmatched: isUnmatched,
    // The model's query says how many operands it has; the check accepts 分别 over several without a breakdown.
    breakdown: keptBreakdown(readBreakdown(terms, 1), metrics),
    wantsAllFields: readMetrics(terms).wantsAllFields,
  };
}

/**
 * The breakdown the question's words name: a specific one (办理结果) before `detail` (情况, 分别是). With several
 * `operands` (organs × years) 分别是 / 各多少 ask each one's figure, no breakdown.
 */
export function readBreakdown(terms: readonly Term[], operands: number): Breakdown | null {
  const named = terms.flatMap((term) =>
    term.kind === 'breakdown' && !(term.isEach && operands > 1) ? [term.key] : [],
  );
  return named.find((key) => key !== 'detail') ?? named[0] ?? null;
}

/**
 * The breakdown a question's word asks for, unless the figures named are themselves its parts (办理结果中予以公开多少,
 * 申请人里企业有多少: the word names the dimension) or several figures come with 分别是 (each of them, not their parts).
 */
export function keptBreakdown(named: Breakdown | null, metrics: readonly string[]): Breakdown | null {
  if (named === null || metrics.length === 0) return named;
  if (named === 'detail' && metrics.length > 1) return null;
  return metrics.every((id) => isPartOf(getMetric(id), named)) ? null : named;
}
