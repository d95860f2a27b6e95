// Acceptance of issue 6 through createEngine over the five sample reports, with the model played by a local
// OpenAI-compatible stand-in on 127.0.0.1.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Answer, createEngine, EMPTY_QUERY, type Engine, type Query } from '../../../src/answers/index.js';
import type { Store } from '../../../src/store/index.js';
import { openSampleReportsStore } from './sample-store.js';
import {
  type ChatRequest,
  createStandInLlm,
  type StandIn,
  type StandInReply,
  startStandIn,
} from './stand-in-openai.js';

const QUESTION = '龙岗区2022年收到多少政府信息公开申请？';
const TEMPLATE =
  '深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件（来源：表三“本年新收政府信息公开申请数量”总计，data/reports/longgang-district-2022.txt）';
const GOOD =
  '2022年，深圳市龙岗区人民政府共收到政府信息公开申请552件（来源：表三“本年新收政府信息公开申请数量”总计，data/reports/longgang-district-2022.txt）。';
/** Colloquial: the rules do not know 告上法庭 (checked below), a model reads it as 行政诉讼. */
const COLLOQUIAL = '被人告上法庭最多的是谁';
const LITIGATION_MAX: Query = { ...EMPTY_QUERY, metric: 'reviewLitigation.litigation.total', aggregation: 'max' };

let standIn: StandIn;
let store: Store;
let logged: string[];
let engine: Engine;

/** The stand-in answers query requests (they carry response_format) and phrasing requests differently. */
function standInReplies(replies: { query?: StandInReply; phrasing?: StandInReply }): void {
  standIn.reply(
    (request: ChatRequest) =>
      (request.response_format ? replies.query : replies.phrasing) ?? {
        status: 500,
        message: 'not expected in this test',
      },
  );
}

beforeAll(async () => {
  [standIn, store] = await Promise.all([startStandIn(), openSampleReportsStore()]);
});
afterAll(async () => {
  await Promise.all([standIn.close(), store.close()]);
});
beforeEach(() => {
  standIn.requests.length = 0;
  logged = [];
  const llm = createStandInLlm(standIn, (line) => logged.push(line), 1000);
  engine = createEngine({ store, llm });
});

describe('phrasing through the engine', () => {
  it('sends a phrasing that passes the guard (via llm), having given the model the facts and the template', async () => {
    standInReplies({ phrasing: { content: GOOD } });
    const reply = await engine.answer(QUESTION, { conversationId: 'a' });
    expect(reply).toMatchObject({ status: 'answered', answer: GOOD, via: 'llm', lang: 'zh' });
    expect(reply.facts.map((fact) => fact.value)).toEqual([552]);
    const prompt = standIn.requests[0]?.messages[1]?.content ?? '';
    expect(prompt).toContain(`Template reply:\n${TEMPLATE}`);
    expect(prompt).toContain('"value":552');
  });

  it.each([
    ['one number changed', GOOD.replace('552', '562')],
    ['one number added', GOOD.replace('552件', '552件，其中自然人490件')],
    ['the fact dropped', '2022年，深圳市龙岗区人民政府收到了大量政府信息公开申请。'],
    ['a rounded number', GOOD.replace('552件', '约550件')],
  ])('sends the template (via llm-fallback) when the phrasing has %s, and logs why', async (_name, content) => {
    standInReplies({ phrasing: { content } });
    const reply = await engine.answer(QUESTION);
    expect(reply).toMatchObject({ status: 'answered', answer: TEMPLATE, via: 'llm-fallback' });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^llm-fallback: guard: /u);
  });

  it('falls back to the template when the model is slower than the timeout', async () => {
    standInReplies({ phrasing: { content: GOOD, delayMs: 3000 } });
    const reply = await engine.answer(QUESTION);
    expect(reply).toMatchObject({ answer: TEMPLATE, via: 'llm-fallback' });
    expect(logged).toEqual([`llm-fallback: timeout; sent the template reply to "${QUESTION}"`]);
  });

  it('falls back to the template on an error status', async () => {
    standInReplies({ phrasing: { status: 429, message: 'rate limited' } });
    const reply = await engine.answer(QUESTION);
    expect(reply).toMatchObject({ answer: TEMPLATE, via: 'llm-fallback' });
    expect(logged[0]).toMatch(/^llm-fallback: HTTP 429 /u);
  });

  it('does not ask the model about an answer without facts', async () => {
    const reply = await engine.answer('福田区2022年收到多少申请？');
    expect(reply).toMatchObject({ status: 'no_data', via: 'template' });
    expect(standIn.requests).toHaveLength(0);
  });
});

describe('understanding through the engine', () => {
  it('does not understand the colloquial question without a model', async () => {
    const reply = await createEngine({ store }).answer(COLLOQUIAL);
    expect(reply).toMatchObject({ status: 'not_understood', facts: [], via: 'template' });
  });

  it('answers it through the query the model fills, the numbers found by the engine', async () => {
    standInReplies({
      query: { content: JSON.stringify({ query: LITIGATION_MAX }) },
      phrasing: { status: 503, message: 'phrasing is down' },
    });
    const reply = await engine.answer(COLLOQUIAL, { conversationId: 'b' });
    expect(reply.status).toBe('answered');
    expect(reply.facts.map((fact) => [fact.org, fact.year, fact.metric, fact.value])).toEqual([
      ['深圳市龙岗区人民政府', 2022, 'reviewLitigation.litigation.total', 38],
    ]);
    expect(reply.answer).toContain('深圳市龙岗区人民政府（2022年）：38 件');
    expect(reply.via).toBe('llm-fallback');
    expect(logged).toEqual([
      `llm-fallback: HTTP 503 (503 phrasing is down); sent the template reply to "${COLLOQUIAL}"`,
    ]);
    expect(standIn.requests[0]?.messages.at(-1)?.content).toContain(`Question: ${COLLOQUIAL}`);
  });

  it("remembers the model's query for a follow-up the rules understand", async () => {
    standInReplies({
      query: {
        content: JSON.stringify({
          query: { ...LITIGATION_MAX, aggregation: 'value', organs: ['深圳市南山区人民政府'], years: [2020] },
        }),
      },
    });
    await engine.answer(COLLOQUIAL, { conversationId: 'c' });
    standIn.reply(() => ({ status: 500, message: 'the follow-up must not need the model to understand it' }));
    const followUp = await engine.answer('那龙岗区2022年呢？', { conversationId: 'c' });
    expect(followUp.facts.map((fact) => [fact.org, fact.metric, fact.value])).toEqual([
      ['深圳市龙岗区人民政府', 'reviewLitigation.litigation.total', 38],
    ]);
  });

  it.each([
    [
      'an organ the store lacks',
      { query: { ...LITIGATION_MAX, aggregation: 'value', organs: ['深圳市福田区人民政府'] } },
    ],
    ['no query', { query: null }],
    ['prose', '被告最多的是龙岗区，38件。'],
  ])('answers not_understood when the model returns %s', async (_name, content) => {
    standInReplies({ query: { content: typeof content === 'string' ? content : JSON.stringify(content) } });
    const reply: Answer = await engine.answer(COLLOQUIAL);
    expect(reply).toMatchObject({ status: 'not_understood', facts: [], via: 'template' });
    expect(logged[0]).toMatch(/^llm-understanding rejected: /u);
    expect(standIn.requests).toHaveLength(1);
  });
});
