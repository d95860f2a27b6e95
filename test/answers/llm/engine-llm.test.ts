// Acceptance of issue 6 through createEngine over the five sample reports, with the model played by a local
// OpenAI-compatible stand-in on 127.0.0.1.
import { describe, expect, it } from 'vitest';
import { type Answer, createEngine, EMPTY_QUERY, type Query } from '../../../src/answers/index.js';
import { useStandInEngine } from './stand-in-engine.js';
import type { ChatRequest, StandInReply } from './stand-in-openai.js';

const QUESTION = '龙岗区2022年收到多少政府信息公开申请？';
const TEMPLATE =
  '深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件（表三“本年新收政府信息公开申请数量”总计）\n来源：《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》';
/** The model's reply, in placeholders, and what the user reads once nianbao fills them. */
const GOOD = '{{year1}}，{{org1}}{{metric1}}共{{v1}}{{src1}}。';
const FILLED =
  '2022年，深圳市龙岗区人民政府收到政府信息公开申请共552 件（表三“本年新收政府信息公开申请数量”总计）。\n来源：《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》';
/** Colloquial: the rules do not know 告上法庭 (checked below), a model reads it as 行政诉讼. */
const COLLOQUIAL = '被人告上法庭最多的是谁';
const LITIGATION_MAX: Query = { ...EMPTY_QUERY, metric: 'reviewLitigation.litigation.total', aggregation: 'max' };

const setUp = useStandInEngine();

/** The stand-in answers query requests (they carry response_format) and phrasing requests differently. */
function standInReplies(replies: { query?: StandInReply; phrasing?: StandInReply }): void {
  setUp.standIn.reply(
    (request: ChatRequest) =>
      (request.response_format ? replies.query : replies.phrasing) ?? {
        status: 500,
        message: 'not expected in this test',
      },
  );
}

describe('phrasing through the engine', () => {
  it('sends a phrasing that passes the guard (via llm), filled, having given the model the template in placeholders', async () => {
    standInReplies({ phrasing: { content: GOOD } });
    const reply = await setUp.engine.answer(QUESTION, { conversationId: 'a' });
    expect(reply).toMatchObject({ status: 'answered', answer: FILLED, via: 'llm', lang: 'zh' });
    expect(reply.facts.map((fact) => fact.value)).toEqual([552]);
    const prompt = setUp.standIn.requests[0]?.messages[1]?.content ?? '';
    expect(prompt).toContain('Template reply with placeholders:\n{{org1}} {{year1}} {{metric1}} {{v1}}{{src1}}');
    expect(prompt).toContain('{{v1}} = 552 件');
    expect(prompt).not.toContain(TEMPLATE);
  });

  it.each([
    ['one number changed', GOOD.replace('{{v1}}', '562件')],
    ['one number added', GOOD.replace('{{v1}}', '{{v1}}，其中自然人490件')],
    ['the fact dropped', '{{year1}}，{{org1}}收到了大量{{metric1}}{{src1}}。'],
    ['a rounded number', GOOD.replace('{{v1}}', '约550件')],
    ['an approximation beside the placeholder', GOOD.replace('{{v1}}', '约{{v1}}')],
  ])('sends the template (via llm-fallback) when the phrasing has %s, and logs why', async (_name, content) => {
    standInReplies({ phrasing: { content } });
    const reply = await setUp.engine.answer(QUESTION);
    expect(reply).toMatchObject({ status: 'answered', answer: TEMPLATE, via: 'llm-fallback' });
    expect(setUp.logged).toHaveLength(1);
    expect(setUp.logged[0]).toMatch(/^llm-fallback: guard: /u);
  });

  it('falls back to the template when the model is slower than the timeout', async () => {
    standInReplies({ phrasing: { content: GOOD, delayMs: 8000 } });
    const reply = await setUp.engine.answer(QUESTION);
    expect(reply).toMatchObject({ answer: TEMPLATE, via: 'llm-fallback' });
    expect(setUp.logged).toEqual([`llm-fallback: timeout; sent the template reply to "${QUESTION}"`]);
  });

  it('falls back to the template on an error status', async () => {
    standInReplies({ phrasing: { status: 429, message: 'rate limited' } });
    const reply = await setUp.engine.answer(QUESTION);
    expect(reply).toMatchObject({ answer: TEMPLATE, via: 'llm-fallback' });
    expect(setUp.logged[0]).toMatch(/^llm-fallback: HTTP 429 /u);
  });

  it('does not ask the model about an answer without facts', async () => {
    const reply = await setUp.engine.answer('福田区2022年收到多少申请？');
    expect(reply).toMatchObject({ status: 'no_data', via: 'template' });
    expect(setUp.standIn.requests).toHaveLength(0);
  });
});

describe('understanding through the engine', () => {
  it('does not answer the colloquial question without a model: it asks which figure, stating none', async () => {
    const reply = await createEngine({ store: setUp.store }).answer(COLLOQUIAL);
    expect(reply).toMatchObject({ status: 'clarify', facts: [], via: 'template' });
    expect(reply.answer).toContain('行政诉讼');
  });

  it('answers it through the query the model fills, the numbers found by the engine', async () => {
    standInReplies({
      query: { content: JSON.stringify({ query: LITIGATION_MAX }) },
      phrasing: { status: 503, message: 'phrasing is down' },
    });
    const reply = await setUp.engine.answer(COLLOQUIAL, { conversationId: 'b' });
    expect(reply.status).toBe('answered');
    expect(reply.facts.map((fact) => [fact.org, fact.year, fact.metric, fact.value])).toEqual([
      ['深圳市南山区人民政府', 2020, 'reviewLitigation.litigation.total', 4],
    ]);
    expect(reply.answer).toContain('深圳市南山区人民政府（2020年）：4 件');
    expect(reply.via).toBe('llm-fallback');
    expect(setUp.logged).toEqual([
      `llm-fallback: HTTP 503 (503 phrasing is down); sent the template reply to "${COLLOQUIAL}"`,
    ]);
    expect(setUp.standIn.requests[0]?.messages.at(-1)?.content).toContain(`Question: ${COLLOQUIAL}`);
  });

  it("remembers the model's query for a follow-up the rules understand", async () => {
    standInReplies({
      query: {
        content: JSON.stringify({ query: LITIGATION_MAX }),
      },
    });
    await setUp.engine.answer(COLLOQUIAL, { conversationId: 'c' });
    setUp.standIn.reply(() => ({ status: 500, message: 'the follow-up must not need the model to understand it' }));
    const followUp = await setUp.engine.answer('那龙岗区2022年呢？', { conversationId: 'c' });
    expect(followUp.facts.map((fact) => [fact.org, fact.metric, fact.value])).toEqual([
      ['深圳市龙岗区人民政府', 'reviewLitigation.litigation.total', 38],
    ]);
  });

  it.each([
    [
      'an organ the setUp.store lacks',
      { query: { ...LITIGATION_MAX, aggregation: 'value', organs: ['深圳市福田区人民政府'] } },
    ],
    ['no query', { query: null }],
    ['prose', '被告最多的是龙岗区，38件。'],
  ])("keeps the rules' clarifying question when the model returns %s", async (_name, content) => {
    standInReplies({ query: { content: typeof content === 'string' ? content : JSON.stringify(content) } });
    const reply: Answer = await setUp.engine.answer(COLLOQUIAL);
    expect(reply).toMatchObject({ status: 'clarify', facts: [], via: 'template' });
    expect(setUp.logged[0]).toMatch(/^llm-understanding rejected: /u);
    expect(setUp.standIn.requests).toHaveLength(1);
  });
});
