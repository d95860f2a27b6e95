// Understanding: when the rules give up, the model may fill the engine's Query; the engine still finds every number.
import { z } from 'zod';
import { METRICS, metricLabel } from '../metrics.js';
import type { StoreIndex } from '../organs/index.js';
import { type Query, QuerySchema } from '../query.js';
import { normalizeQuestion } from '../text/index.js';
import { describeLlmError, type LlmClient } from './create-llm.js';
import { findUnaskedOperation } from './find-unasked-operation.js';
import { findUnaskedPart } from './find-unasked-part.js';
import { buildQueryMessages, type QueryContext } from './prompts.js';

/**
 * The model answers `{ "query": null }` for a question outside the schema. Unknown keys are rejected, not
 * stripped: a model that adds `"value": 552` has misread its task.
 */
const LlmQueryReplySchema = z.strictObject({ query: z.strictObject(QuerySchema.shape).nullable() });
const LLM_QUERY_JSON_SCHEMA = z.toJSONSchema(LlmQueryReplySchema) as Record<string, unknown>;

/** Aggregations that need no metric: they are about the store itself. */
const METRICLESS_AGGREGATIONS: ReadonlySet<Query['aggregation']> = new Set(['reports', 'checks']);

/**
 * What the store holds, the model's vocabulary; built once per store vocabulary (the engine's, rebuilt only when
 * the store's revision changes), never from the reports.
 */
interface StoreVocabulary {
  readonly context: QueryContext;
  readonly organs: ReadonlySet<string>;
  readonly regions: ReadonlySet<string>;
  readonly years: ReadonlySet<number>;
}

const vocabularies = new WeakMap<StoreIndex, StoreVocabulary>();

/**
 * Asks the model to fill the engine's Query for a question the rules did not understand. Returns the
 * query when it validates against the schema and the store (organs, regions, years it holds) and names only
 * what the question names (findUnaskedPart) in the operation its words state (findUnaskedOperation), else undefined with the reason logged: the caller answers as the
 * rules did (not_understood, or a clarify of the closest figures).
 */
export async function understandWithLlm(
  llm: LlmClient,
  question: string,
  store: StoreIndex,
): Promise<Query | undefined> {
  const vocabulary = readVocabulary(store);
  let content: string;
  try {
    content = await llm.complete(buildQueryMessages(question, vocabulary.context), {
      name: 'nianbao_query',
      schema: LLM_QUERY_JSON_SCHEMA,
    });
  } catch (error) {
    llm.log(`llm-understanding failed: ${describeLlmError(error)}; not understood: ${JSON.stringify(question)}`);
    return undefined;
  }
  const checked = parseLlmQuery(content, vocabulary);
  // A query that fits the store may still answer what nobody asked: its organs, years and figures must be the
  // question's own, and so must its operation, ranking, breakdown and level.
  const normalized = normalizeQuestion(question);
  const rejection =
    'rejection' in checked
      ? checked.rejection
      : (findUnaskedPart(checked.query, normalized, store) ?? findUnaskedOperation(checked.query, normalized, store));
  if (rejection !== undefined || 'rejection' in checked) {
    llm.log(`llm-understanding rejected: ${rejection}; not understood: ${JSON.stringify(question)}`);
    return undefined;
  }
  return checked.query;
}

/** Reads the model's JSON and checks it against the schema and the store; says why when it does not fit. */
export function parseLlmQuery(
  content: string,
  vocabulary: Pick<StoreVocabulary, 'organs' | 'regions' | 'years'>,
): { query: Query } | { rejection: string } {
  let json: unknown;
  try {
    json = JSON.parse(stripCodeFence(content));
  } catch {
    return { rejection: `not JSON: ${JSON.stringify(content.slice(0, 80))}` };
  }
  const parsed = LlmQueryReplySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      rejection: `does not match the query schema at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  const { query } = parsed.data;
  if (query === null) return { rejection: 'the model found no query for it' };
  const problem = findStoreMismatch(query, vocabulary);
  return problem === undefined ? { query } : { rejection: problem };
}

function findStoreMismatch(
  query: Query,
  vocabulary: Pick<StoreVocabulary, 'organs' | 'regions' | 'years'>,
): string | undefined {
  const unknownOrgan = query.organs.find((organ) => !vocabulary.organs.has(organ) && !vocabulary.regions.has(organ));
  if (unknownOrgan !== undefined) return `organ ${JSON.stringify(unknownOrgan)} is not in the store`;
  const unknownRegion = query.regions.find((region) => !vocabulary.regions.has(region));
  if (unknownRegion !== undefined) return `region ${JSON.stringify(unknownRegion)} is not in the store`;
  const unknownYear = query.years.find((year) => !vocabulary.years.has(year));
  if (unknownYear !== undefined) return `year ${unknownYear} is not in the store`;
  const unknownPair = query.pairs.find(
    (pair) =>
      (!vocabulary.organs.has(pair.organ) && !vocabulary.regions.has(pair.organ)) || !vocabulary.years.has(pair.year),
  );
  if (unknownPair !== undefined) return `pair ${JSON.stringify(unknownPair)} is not in the store`;
  if (query.aggregation === 'help') return 'help is not an answer to a question';
  if (query.metric === null && query.breakdown === null && !METRICLESS_AGGREGATIONS.has(query.aggregation)) {
    return `aggregation ${query.aggregation} needs a metric`;
  }
  return undefined;
}

/** Models often wrap JSON in ```json fences even when asked not to. */
function stripCodeFence(content: string): string {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/u.exec(content);
  return (fenced?.[1] ?? content).trim();
}

function readVocabulary(store: StoreIndex): StoreVocabulary {
  const cached = vocabularies.get(store);
  if (cached !== undefined) return cached;
  const organs = new Set(store.orgs.keys());
  const regions = new Set([...store.orgs.values()].flatMap((entry) => (entry.region === null ? [] : [entry.region])));
  const years = new Set(store.years);
  const context: QueryContext = {
    jsonSchema: LLM_QUERY_JSON_SCHEMA,
    organs: [...organs].sort((a, b) => a.localeCompare(b, 'zh')),
    regions: [...regions].sort((a, b) => a.localeCompare(b, 'zh')),
    years: [...years].sort((a, b) => a - b),
    metrics: [...METRICS.values()].map((spec) => ({ id: spec.id, label: metricLabel(spec, 'zh') })),
  };
  const vocabulary = { context, organs, regions, years };
  vocabularies.set(store, vocabulary);
  return vocabulary;
}
