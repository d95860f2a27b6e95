import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LlmClient } from '../../../src/answers/llm/create-llm.js';
import { understandWithLlm } from '../../../src/answers/llm/understand-with-llm.js';
import { indexStore, type StoreIndex } from '../../../src/answers/organs/index.js';
import { EMPTY_QUERY, type Query } from '../../../src/answers/query.js';
import { openSampleReportsStore } from './sample-store.js';
import { createStandInLlm, type StandIn, startStandIn } from './stand-in-openai.js';

let vocabulary: StoreIndex;
const QUESTION = '龙岗那边22年一共来了几份公开申请单子';
const GOOD_QUERY: Query = {
  ...EMPTY_QUERY,
  organs: ['深圳市龙岗区人民政府'],
  years: [2022],
  metric: 'applications.newReceived.total',
};

let standIn: StandIn;
let logged: string[];
let llm: LlmClient;

beforeAll(async () => {
  standIn = await startStandIn();
  const store = await openSampleReportsStore();
  vocabulary = indexStore(await store.list());
  await store.close();
});
afterAll(async () => {
  await standIn.close();
});
beforeEach(() => {
  standIn.requests.length = 0;
  logged = [];
  llm = createStandInLlm(standIn, (line) => logged.push(line));
});

describe('understandWithLlm', () => {
  it("returns the query the model fills, asking with the schema and the store's organs and years", async () => {
    standIn.reply(() => ({ content: JSON.stringify({ query: GOOD_QUERY }) }));
    expect(await understandWithLlm(llm, QUESTION, vocabulary)).toEqual(GOOD_QUERY);
    const [request] = standIn.requests;
    expect(request?.response_format?.type).toBe('json_schema');
    expect(request?.response_format?.json_schema?.name).toBe('nianbao_query');
    expect(request?.messages[1]?.content).toContain('深圳市龙岗区政务服务数据管理局\n');
    expect(request?.messages[1]?.content).toContain('Years in the store: 2020, 2021, 2022');
    expect(request?.messages[1]?.content).toContain('applications.newReceived.total: 收到政府信息公开申请');
    expect(logged).toEqual([]);
  });

  it('accepts JSON wrapped in a code fence and a region for an organ', async () => {
    const query = { ...GOOD_QUERY, organs: ['南山区'], years: [2020] };
    standIn.reply(() => ({ content: `\`\`\`json\n${JSON.stringify({ query })}\n\`\`\`` }));
    expect(await understandWithLlm(llm, '南山那边20年一共来了几份公开申请单子', vocabulary)).toEqual(query);
  });

  it('accepts a difference of organ–year pairs, in the same schema the rules fill', async () => {
    const query: Query = {
      ...GOOD_QUERY,
      organs: ['深圳市龙岗区人民政府', '深圳市南山区人民政府'],
      years: [],
      pairs: [
        { organ: '深圳市龙岗区人民政府', year: 2022 },
        { organ: '深圳市南山区人民政府', year: 2020 },
      ],
      aggregation: 'difference',
    };
    standIn.reply(() => ({ content: JSON.stringify({ query }) }));
    expect(await understandWithLlm(llm, '龙岗区22年比南山区20年多了多少份申请单', vocabulary)).toEqual(query);
  });

  it.each([
    [
      'a pair of a year the store lacks',
      { query: { ...GOOD_QUERY, pairs: [{ organ: '深圳市龙岗区人民政府', year: 2019 }] } },
      'pair {"organ":"深圳市龙岗区人民政府","year":2019} is not in the store',
    ],
    [
      'a pair with a key of its own',
      { query: { ...GOOD_QUERY, pairs: [{ organ: '深圳市龙岗区人民政府', year: 2022, value: 552 }] } },
      'does not match the query schema at query.pairs.0',
    ],
    [
      'an organ the store lacks',
      { query: { ...GOOD_QUERY, organs: ['深圳市福田区人民政府'] } },
      'organ "深圳市福田区人民政府" is not in the store',
    ],
    ['a year the store lacks', { query: { ...GOOD_QUERY, years: [2019] } }, 'year 2019 is not in the store'],
    [
      'a metric outside the schema',
      { query: { ...GOOD_QUERY, metric: 'applications.received' } },
      'does not match the query schema at query.metric',
    ],
    [
      'a value smuggled into the query',
      { query: { ...GOOD_QUERY, value: 552 } },
      'does not match the query schema at query',
    ],
    ['a missing field', { query: { organs: ['深圳市龙岗区人民政府'] } }, 'does not match the query schema at query.'],
    ['no metric for a plain value', { query: { ...GOOD_QUERY, metric: null } }, 'aggregation value needs a metric'],
    ['help', { query: { ...GOOD_QUERY, aggregation: 'help' } }, 'help is not an answer to a question'],
    ['null, for a question outside the reports', { query: null }, 'the model found no query for it'],
    ['prose', '我认为您问的是龙岗区的申请数量。', 'not JSON'],
  ])('returns undefined for %s, logging why', async (_name, reply, reason) => {
    standIn.reply(() => ({ content: typeof reply === 'string' ? reply : JSON.stringify(reply) }));
    expect(await understandWithLlm(llm, QUESTION, vocabulary)).toBeUndefined();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(`llm-understanding rejected: ${reason}`);
    expect(logged[0]).toContain(`not understood: "${QUESTION}"`);
  });

  it('returns undefined on a timeout or an error status', async () => {
    standIn.reply(() => ({ content: JSON.stringify({ query: GOOD_QUERY }), delayMs: 8000 }));
    expect(await understandWithLlm(llm, QUESTION, vocabulary)).toBeUndefined();
    standIn.reply(() => ({ status: 500, message: 'boom' }));
    expect(await understandWithLlm(llm, QUESTION, vocabulary)).toBeUndefined();
    expect(logged.map((line) => line.split(';')[0])).toEqual([
      'llm-understanding failed: timeout',
      'llm-understanding failed: HTTP 500 (500 boom)',
    ]);
  });
});
