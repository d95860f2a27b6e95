// The answer engine's only door.

export { createEngine, type Engine, type EngineOptions } from './engine.js';
export { type ExecuteOptions, executeQuery } from './execute-query.js';
export * from './llm/index.js';
export { makeFact } from './make-fact.js';
export { type ConversationMemory, createInMemoryMemory, createStoreMemory } from './memory.js';
export { getMetric, METRICS, type MetricSpec, metricLabel } from './metrics.js';
export { type NormalizedQuestion, normalizeQuestion } from './normalize-question.js';
export { factsOf, phrase, statusOf } from './phrase.js';
export {
  AGGREGATIONS,
  type Aggregation,
  BREAKDOWNS,
  type Breakdown,
  EMPTY_QUERY,
  type Query,
  QuerySchema,
} from './query.js';
export type { LookupResult } from './result.js';
export * from './types.js';
export { CHECK_LABELS } from './vocabulary/checks.js';
