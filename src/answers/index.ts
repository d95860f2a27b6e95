// The answer engine's only door.
export * from './types.js';
export { createEngine, type Engine, type EngineOptions } from './engine.js';
export {
  QuerySchema,
  EMPTY_QUERY,
  AGGREGATIONS,
  BREAKDOWNS,
  type Query,
  type Aggregation,
  type Breakdown,
} from './query.js';
export { executeQuery, type ExecuteOptions } from './execute-query.js';
export { phrase, factsOf, statusOf } from './phrase.js';
export { normalizeQuestion, type NormalizedQuestion } from './normalize-question.js';
export { createInMemoryMemory, createStoreMemory, type ConversationMemory } from './memory.js';
export { METRICS, metricLabel, type MetricSpec } from './metrics.js';
export type { LookupResult } from './result.js';
export * from './llm/index.js';
