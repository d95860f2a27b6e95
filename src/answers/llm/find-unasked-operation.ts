// A model's query is run only for the answer the question asks: its operation (a sum, a difference, a ratio, a
// share, a change), its ranking and direction (最多 / 最少, 前三), its list (哪些单位), breakdown and level must be what
// the question's own words state, read by the engine's vocabulary. Right organs, years and figures in the wrong
// operation still make a wrong number: 南山区和龙岗区哪个多 as their sum, 最少 as 最多, 区县 as every organ.
import type { StoreIndex } from '../organs/index.js';
import type { Aggregation, Query } from '../query.js';
import type { NormalizedQuestion } from '../text/index.js';
import { operandsOf, readStatedShape, type StatedShape } from '../understand/index.js';

/** Rankings that name one place (最多的是谁): their limit may be 1 where the question says none. */
const ONE_PLACE: ReadonlySet<Aggregation> = new Set(['max', 'min', 'shareTop', 'shareBottom', 'top', 'bottom']);

/**
 * Why the query's aggregation, limit, breakdown or level is not what the question's words state, or undefined when
 * it is. Where the words state no operation, only a plain lookup (value) or a plain list (top, every entry) is taken.
 */
export function findUnaskedOperation(
  query: Query,
  question: NormalizedQuestion,
  index: StoreIndex,
): string | undefined {
  const metrics = query.metric === null ? [] : [query.metric, ...query.moreMetrics];
  const stated = readStatedShape(question, index, metrics);
  if (stated.isLevelUnmatched) return 'the level the question names is none the store knows';
  if (query.level !== stated.level)
    return `the query's level ${query.level ?? '(every organ)'} is not the question's ${stated.level ?? '(every organ)'}`;
  const allowed = allowedAggregations(stated, query);
  if (!allowed.has(query.aggregation))
    return `the question does not ask for ${query.aggregation} (its words ask for ${[...allowed].join(' or ')})`;
  return findUnaskedLimit(query, stated) ?? findUnaskedBreakdown(query, stated);
}

/** The aggregations the question's words ask for, given the operands the query (checked already) holds. */
function allowedAggregations(stated: StatedShape, query: Query): Set<Aggregation> {
  const { operations, aggregations } = stated;
  const { operands } = operandsOf(query);
  const rankings = rankingsAsked(stated, operands);
  const allowed = new Set(rankings);
  const isOneCell =
    operands <= 1 && query.moreMetrics.length === 0 && query.level === null && query.regions.length === 0;
  if (operations.has('sum')) allowed.add('sum');
  // 龙岗区2022年一共收到多少: 一共 is also the total column, so a sum of one cell is that cell.
  if (operations.has('sum') && isOneCell) allowed.add('value');
  if (operations.has('difference')) allowed.add('difference').add('change');
  if (operations.has('ratio') || stated.saysAverage) allowed.add('ratio');
  if (aggregations.has('change')) allowed.add('change');
  // 比 / 对比: figures side by side, their difference, or one organ's change over the years compared; side by side
  // only where no arithmetic is said (比南山区多几份 asks the difference).
  if (stated.compares) allowed.add('difference').add('change');
  if (stated.compares && operations.size === 0 && !aggregations.has('change')) allowed.add('value');
  if (aggregations.has('share')) allowed.add('share').add('ratio');
  if (aggregations.has('position')) allowed.add('position');
  // 哪个单位最少 asks the fewest, not every organ with the figure (a ranking word outranks the list, as in the rules).
  if ((aggregations.has('nonzero') || stated.countsOrgans) && rankings.size === 0)
    allowed.add(stated.saysZero ? 'zero' : 'nonzero');
  if (stated.countsOrgans && query.metric === null) allowed.add('reports');
  if (aggregations.has('reports')) allowed.add('reports');
  if (aggregations.has('checks')) allowed.add('checks');
  if (allowed.size === 0) allowed.add('value').add('top');
  return allowed;
}

/** The rankings the words ask for, at the end they name (最少, 从少到多, 倒数前二 the fewest; else the most). */
function rankingsAsked(stated: StatedShape, operands: number): Set<Aggregation> {
  const { aggregations, limit } = stated;
  const allowed = new Set<Aggregation>();
  const namesOnePlace = aggregations.has('max') || aggregations.has('min');
  const saysFewest = aggregations.has('min') || aggregations.has('bottom');
  if (!namesOnePlace && !saysFewest && !aggregations.has('top') && limit === null) return allowed;
  // 申请最少的……前两名 / 排名倒数第一: the fewest end unless 最多 is said too (as the rules read it).
  const isFewest = (limit?.isBottom ?? false) || (saysFewest && !aggregations.has('max'));
  allowed.add(isFewest ? 'bottom' : 'top');
  if (aggregations.has('share')) allowed.add(isFewest ? 'shareBottom' : 'shareTop');
  if (namesOnePlace && (limit?.count ?? 1) === 1) allowed.add(isFewest ? 'min' : 'max');
  // 南山区和龙岗区谁多: two operands compared, both figures with their difference (as the rules answer pairs).
  if (namesOnePlace && operands === 2) allowed.add('difference');
  return allowed;
}

/** A ranking's length: the question's 前N, else every entry (or one, for a ranking word naming one place). */
function findUnaskedLimit(query: Query, stated: StatedShape): string | undefined {
  if (stated.limit !== null) {
    return query.limit === stated.limit.count
      ? undefined
      : `the query lists ${query.limit ?? 'every'} entries where the question asks ${stated.limit.count}`;
  }
  if (query.limit === null) return undefined;
  const namesOnePlace = ['max', 'min'].some((key) => stated.aggregations.has(key as 'max' | 'min'));
  return query.limit === 1 && namesOnePlace && ONE_PLACE.has(query.aggregation)
    ? undefined
    : `the query lists ${query.limit} entries where the question asks for no number of them`;
}

/** The parts listed: those the question's words ask for (办理结果, 分别是), none where they ask none. */
function findUnaskedBreakdown(query: Query, stated: StatedShape): string | undefined {
  const asked = stated.breakdown ?? (stated.wantsAllFields ? 'fields' : null);
  if (asked === null) {
    return query.breakdown === null
      ? undefined
      : `the question asks for no breakdown, the query for ${query.breakdown}`;
  }
  // 南山区和龙岗区分别是多少: 分别 over several operands asks each one's figure, not its parts.
  if (query.breakdown === null && !(asked === 'detail' && operandsOf(query).operands > 1))
    return `the query leaves out the breakdown ${asked} the question asks for`;
  if (query.breakdown === null) return undefined;
  return asked === 'detail' || query.breakdown === asked || query.breakdown === 'detail'
    ? undefined
    : `the query's breakdown ${query.breakdown} is not the question's ${asked}`;
}
