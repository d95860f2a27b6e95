// The model's structured query, played by the local stand-in, through the engine: a hostile query (a figure, organ,
// region or year the store lacks or the question did not name) never reaches a number. The reply is the rules' own:
// a clarify of the closest figures or not_understood, with no facts, and the rejection logged.
import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY, type Query } from '../../../src/answers/query.js';
import { useStandInEngine } from './stand-in-engine.js';
import type { StandInReply } from './stand-in-openai.js';

const setUp = useStandInEngine();

/** Colloquial: the rules read 龙岗 and 22年 but not 申请单子, so the model is asked. */
const QUESTION = '龙岗那边22年一共来了几份公开申请单子';
const ASKED: Query = {
  ...EMPTY_QUERY,
  organs: ['深圳市龙岗区人民政府'],
  years: [2022],
  metric: 'applications.newReceived.total',
};
/** Names no organ and no year: the organ with the most lawsuits is asked, over every organ. */
const RANKING_QUESTION = '被人告上法庭最多的是谁';

/** The stand-in answers query requests (they carry response_format) with `query`, phrasing requests with an error. */
function answerQueriesWith(reply: unknown): void {
  setUp.standIn.reply(
    (request): StandInReply =>
      request.response_format
        ? { content: typeof reply === 'string' ? reply : JSON.stringify(reply) }
        : { status: 503, message: 'no phrasing in this test' },
  );
}

describe("the model's query is run only for what the question asks", () => {
  it('answers through a query of the organ, year and figure the question names', async () => {
    answerQueriesWith({ query: ASKED });
    const reply = await setUp.engine.answer(QUESTION);
    expect(reply.facts.map((fact) => [fact.org, fact.year, fact.metric, fact.value])).toEqual([
      ['深圳市龙岗区人民政府', 2022, 'applications.newReceived.total', 552],
    ]);
    expect(setUp.logged.filter((line) => line.startsWith('llm-understanding'))).toEqual([]);
  });

  it.each<[string, string, unknown, string]>([
    [
      'a metric outside the schema',
      QUESTION,
      { query: { ...ASKED, metric: 'applications.invented.total' } },
      'does not match the query schema at query.metric',
    ],
    ['a value smuggled in', QUESTION, { query: { ...ASKED, value: 552 } }, 'does not match the query schema at query'],
    [
      'an organ the store lacks',
      QUESTION,
      { query: { ...ASKED, organs: ['深圳市福田区人民政府'] } },
      'organ "深圳市福田区人民政府" is not in the store',
    ],
    ['a year the store lacks', QUESTION, { query: { ...ASKED, years: [2019] } }, 'year 2019 is not in the store'],
    [
      'an organ of the store the question did not name',
      QUESTION,
      { query: { ...ASKED, organs: ['深圳市南山区人民政府'] } },
      'the question does not name the organ "深圳市南山区人民政府"',
    ],
    [
      'an organ added to the one named',
      QUESTION,
      { query: { ...ASKED, organs: ['深圳市龙岗区人民政府', '南山区'] } },
      'the question does not name the organ "南山区"',
    ],
    [
      'an organ for a question that names none',
      RANKING_QUESTION,
      {
        query: {
          ...EMPTY_QUERY,
          organs: ['深圳市南山区人民政府'],
          years: [2020],
          metric: 'reviewLitigation.litigation.total',
        },
      },
      'the question does not name the organ "深圳市南山区人民政府"',
    ],
    [
      'a region the question did not name',
      RANKING_QUESTION,
      {
        query: {
          ...EMPTY_QUERY,
          regions: ['南山区'],
          metric: 'reviewLitigation.litigation.total',
          aggregation: 'max',
        },
      },
      'the question does not name the region "南山区"',
    ],
    [
      'a year of the store the question did not name',
      QUESTION,
      { query: { ...ASKED, years: [2021] } },
      'the question does not name the year 2021',
    ],
    [
      'a year for a question that names none',
      RANKING_QUESTION,
      { query: { ...EMPTY_QUERY, years: [2022], metric: 'reviewLitigation.litigation.total', aggregation: 'max' } },
      'the question does not name the year 2022',
    ],
    [
      'a pair of an organ and a year nobody asked',
      QUESTION,
      { query: { ...ASKED, organs: [], years: [], pairs: [{ organ: '深圳市南山区人民政府', year: 2020 }] } },
      'the question does not name the organ "深圳市南山区人民政府"',
    ],
    [
      'a metric the question did not name',
      QUESTION,
      { query: { ...ASKED, metric: 'reviewLitigation.review.total' } },
      'the question does not name the figure reviewLitigation.review.total',
    ],
    [
      'a further metric the question did not name',
      QUESTION,
      { query: { ...ASKED, moreMetrics: ['applications.granted.total'] } },
      'the question does not name the figure applications.granted.total',
    ],
    [
      'a figure of another table for a ranking',
      RANKING_QUESTION,
      { query: { ...EMPTY_QUERY, metric: 'applications.newReceived.total', aggregation: 'max' } },
      'the question does not name the figure applications.newReceived.total',
    ],
    [
      "the question's organ left out: a ranking of every organ",
      QUESTION,
      { query: { ...ASKED, organs: [], aggregation: 'max' } },
      'the query leaves out the organ 深圳市龙岗区人民政府 the question names',
    ],
    [
      "the question's year left out",
      QUESTION,
      { query: { ...ASKED, years: [] } },
      'the query leaves out the year 2022 the question names',
    ],
    ['no query', QUESTION, { query: null }, 'the model found no query for it'],
    ['prose with a number', QUESTION, '龙岗区2022年收到553件。', 'not JSON'],
  ])('%s: no number, the rejection logged', async (_name, question, reply, reason) => {
    answerQueriesWith(reply);
    const answer = await setUp.engine.answer(question);
    expect(answer.facts).toEqual([]);
    expect(['clarify', 'not_understood']).toContain(answer.status);
    expect(answer.answer).not.toMatch(/552|553|262|\b4 件|38 件/u);
    expect(setUp.logged).toEqual([expect.stringContaining(`llm-understanding rejected: ${reason}`)]);
  });

  it('states no number for a year the store holds but the organ asked does not', async () => {
    answerQueriesWith({ query: { ...ASKED, years: [2020] } });
    const answer = await setUp.engine.answer('龙岗那边20年一共来了几份公开申请单子');
    expect(answer).toMatchObject({ status: 'no_data', facts: [] });
    expect(answer.answer).toContain('2020');
    expect(answer.answer).not.toMatch(/552|262/u);
  });
});
