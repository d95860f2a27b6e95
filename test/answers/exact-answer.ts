// The strict answer check of issue 13: a reply states exactly the facts asked — each [organ, year, metric, value],
// in order, none more — and no "没有…的报告" line unless the question asked for a report the store lacks.
import { expect } from 'vitest';
import type { Answer, Engine } from '../../src/answers/index.js';

/** One fact a reply must state: organ, year, metric path and value. */
export type StatedFact = readonly [org: string, year: number, metric: string, value: number];

/** What a reply must be: its status, exactly its facts, and words it must (and must not) contain. */
export interface ExactAnswer {
  readonly status: Answer['status'];
  readonly facts: readonly StatedFact[];
  readonly says?: readonly string[];
  readonly saysNot?: readonly string[];
  /** The question asks for a report the store lacks: a "没有…的报告" line is expected. */
  readonly saysMissing?: boolean;
}

/** Asks `question` (in `conversationId`, when given) and asserts the reply exactly. */
export async function expectExactly(
  engine: Engine,
  question: string,
  expected: ExactAnswer,
  conversationId?: string,
): Promise<Answer> {
  const answer = await engine.answer(question, conversationId === undefined ? {} : { conversationId });
  const why = `${question}\n${answer.answer}`;
  expect(answer.status, why).toBe(expected.status);
  expect(
    answer.facts.map((fact) => [fact.org, fact.year, fact.metric, fact.value] as const),
    why,
  ).toEqual(expected.facts);
  for (const words of expected.says ?? []) expect(answer.answer, why).toContain(words);
  for (const words of expected.saysNot ?? []) expect(answer.answer, why).not.toContain(words);
  if (!expected.saysMissing) expect(answer.answer, why).not.toMatch(/没有[^。\n]*的报告|no \d{4} report/u);
  return answer;
}
