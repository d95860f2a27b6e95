// The answer engine's only door. The pipeline, one folder a stage, each with its own door:
//   text/        normalize and tokenize a question; phrase dictionaries
//   understand/  question (+ the conversation's last query) → Query
//   organs/      the store's organs: aliases, regions, years; the reports a query reads
//   lookup/      Query → LookupResult, every number read from a report cell or computed from such numbers
//   reply/       LookupResult → the reply text
// Shared definitions beside them: query.ts (the Query), metrics.ts (every figure), result.ts, types.ts (Answer).

export { createEngine, type Engine, type EngineOptions } from './engine.js';
export * from './llm/index.js';
export { type ExecuteOptions, executeQuery, makeFact } from './lookup/index.js';
export { type ConversationMemory, createInMemoryMemory, createStoreMemory } from './memory.js';
export { getMetric, METRICS, type MetricSpec, metricLabel } from './metrics.js';
export {
  AGGREGATIONS,
  type Aggregation,
  BREAKDOWNS,
  type Breakdown,
  EMPTY_QUERY,
  type Query,
  QuerySchema,
} from './query.js';
export {
  type Citation,
  citationOf,
  citationsOf,
  citeReports,
  factsOf,
  phrase,
  reportTitle,
  statusOf,
} from './reply/index.js';
export type { LookupResult } from './result.js';
export { type NormalizedQuestion, normalizeQuestion } from './text/index.js';
export * from './types.js';
export { CHECK_LABELS } from './vocabulary/checks.js';
