import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLlm, type LlmClient } from '../../../src/answers/llm/create-llm.js';
import { rephrase } from '../../../src/answers/llm/rephrase.js';
import { indexStore, type StoreIndex } from '../../../src/answers/organs/index.js';
import type { Answer } from '../../../src/answers/types.js';
import { LONGGANG_RECEIVED_TEMPLATE, longgangReceived } from './facts.js';
import { openSampleReportsStore } from './sample-store.js';
import { createStandInLlm, type StandIn, startStandIn } from './stand-in-openai.js';

const QUESTION = '龙岗区2022年收到多少政府信息公开申请？';
const TEMPLATE_ANSWER: Answer = {
  status: 'answered',
  answer: LONGGANG_RECEIVED_TEMPLATE,
  facts: [longgangReceived],
  lang: 'zh',
  via: 'template',
};
/** The model's reply, in placeholders, and what the user reads once nianbao fills them. */
const GOOD = '{{year1}}，{{org1}}{{metric1}}共{{v1}}{{src1}}。';
const FILLED =
  '2022年，深圳市龙岗区人民政府收到政府信息公开申请共552 件（表三“本年新收政府信息公开申请数量”总计）。\n来源：《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》';

let standIn: StandIn;
let logged: string[];
let llm: LlmClient;
let vocabulary: StoreIndex;

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

describe('rephrase against a local OpenAI-compatible stand-in', () => {
  it('sends a phrasing that passes the guard, via llm', async () => {
    standIn.reply(() => ({ content: GOOD }));
    const reply = await rephrase(llm, QUESTION, TEMPLATE_ANSWER, vocabulary);
    expect(reply).toEqual({ ...TEMPLATE_ANSWER, answer: FILLED, via: 'llm' });
    expect(standIn.requests).toHaveLength(1);
    expect(standIn.requests[0]?.model).toBe('stand-in-model');
    expect(standIn.requests[0]?.messages[1]?.content).toContain('{{org1}} {{year1}} {{metric1}} {{v1}}{{src1}}');
    expect(standIn.requests[0]?.messages[1]?.content).toContain('{{v1}} = 552 件');
    expect(logged).toEqual([]);
  });

  it.each([
    ['one number changed', GOOD.replace('{{v1}}', '562件'), 'guard: the numeral "562" stands outside the placeholders'],
    [
      'one number added',
      GOOD.replace('{{v1}}', '{{v1}}，比上年增加48件'),
      'guard: the numeral "48" stands outside the placeholders',
    ],
    ['the fact dropped', '{{year1}}，{{org1}}{{metric1}}{{src1}}。', 'guard: the reply drops {{v1}} (552 件)'],
    [
      'the template, not placeholders',
      LONGGANG_RECEIVED_TEMPLATE,
      'guard: the numeral "2022" stands outside the placeholders',
    ],
  ])('falls back to the template when the phrasing has %s', async (_name, content, reason) => {
    standIn.reply(() => ({ content }));
    const reply = await rephrase(llm, QUESTION, TEMPLATE_ANSWER, vocabulary);
    expect(reply).toEqual({ ...TEMPLATE_ANSWER, via: 'llm-fallback' });
    expect(logged).toEqual([`llm-fallback: ${reason}; sent the template reply to "${QUESTION}"`]);
  });

  it('falls back on a server slower than the timeout', async () => {
    standIn.reply(() => ({ content: GOOD, delayMs: 8000 }));
    const started = Date.now();
    const reply = await rephrase(llm, QUESTION, TEMPLATE_ANSWER, vocabulary);
    expect(Date.now() - started).toBeLessThan(8000); // the client gave up; it did not wait for the reply
    expect(reply.via).toBe('llm-fallback');
    expect(reply.answer).toBe(LONGGANG_RECEIVED_TEMPLATE);
    expect(logged).toEqual([`llm-fallback: timeout; sent the template reply to "${QUESTION}"`]);
  });

  it('falls back on an error status, without retrying', async () => {
    standIn.reply(() => ({ status: 503, message: 'overloaded' }));
    const reply = await rephrase(llm, QUESTION, TEMPLATE_ANSWER, vocabulary);
    expect(reply.via).toBe('llm-fallback');
    expect(standIn.requests).toHaveLength(1);
    expect(logged[0]).toMatch(/^llm-fallback: HTTP 503 \(503 .*overloaded.*\); sent the template reply/u);
  });

  it('falls back on an empty reply', async () => {
    standIn.reply(() => ({ content: '  ' }));
    const reply = await rephrase(llm, QUESTION, TEMPLATE_ANSWER, vocabulary);
    expect(reply.via).toBe('llm-fallback');
    expect(logged).toEqual([`llm-fallback: the model returned no text; sent the template reply to "${QUESTION}"`]);
  });

  it('caches an accepted phrasing per question and facts', async () => {
    standIn.reply(() => ({ content: GOOD }));
    await rephrase(llm, QUESTION, TEMPLATE_ANSWER, vocabulary);
    const second = await rephrase(llm, QUESTION, TEMPLATE_ANSWER, vocabulary);
    expect(second.answer).toBe(FILLED);
    expect(standIn.requests).toHaveLength(1);
    await rephrase(llm, '龙岗区2022年收到几件申请？', TEMPLATE_ANSWER, vocabulary);
    expect(standIn.requests).toHaveLength(2);
  });

  it('caches a rejection too, but not a failed call', async () => {
    standIn.reply(() => ({ content: GOOD.replace('{{v1}}', '553件') }));
    await rephrase(llm, QUESTION, TEMPLATE_ANSWER, vocabulary);
    const again = await rephrase(llm, QUESTION, TEMPLATE_ANSWER, vocabulary);
    expect(again.via).toBe('llm-fallback');
    expect(standIn.requests).toHaveLength(1);
    expect(logged[1]).toContain('(cached)');

    standIn.reply(() => ({ status: 500, message: 'boom' }));
    await rephrase(llm, '南山区呢？', TEMPLATE_ANSWER, vocabulary);
    standIn.reply(() => ({ content: GOOD }));
    expect((await rephrase(llm, '南山区呢？', TEMPLATE_ANSWER, vocabulary)).via).toBe('llm');
    expect(standIn.requests).toHaveLength(3);
  });

  it('asks no model when the template does not state its facts where the phrase book writes them', async () => {
    const unplaceable: Answer = {
      ...TEMPLATE_ANSWER,
      answer:
        '深圳市龙岗区人民政府 2022年 收到申请五百五十二件\n来源：《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》',
    };
    expect(await rephrase(llm, QUESTION, unplaceable, vocabulary)).toEqual({ ...unplaceable, via: 'llm-fallback' });
    expect(standIn.requests).toHaveLength(0);
    expect(logged).toEqual([
      `llm-fallback: no placeholders: the template does not state 552 (深圳市龙岗区人民政府 2022 收到政府信息公开申请); sent the template reply to "${QUESTION}"`,
    ]);
  });

  it('leaves an answer without facts alone and asks nothing', async () => {
    const notUnderstood: Answer = {
      status: 'not_understood',
      answer: '我能回答…',
      facts: [],
      lang: 'zh',
      via: 'template',
    };
    expect(await rephrase(llm, '今天天气怎么样？', notUnderstood, vocabulary)).toBe(notUnderstood);
    expect(standIn.requests).toHaveLength(0);
  });
});

describe('createLlm', () => {
  it('is null without settings, so nothing reaches for the network without a key', () => {
    expect(createLlm(null)).toBeNull();
    expect(createLlm(undefined)).toBeNull();
  });

  it('asks for a JSON Schema reply, and for json_object after a service refuses json_schema with 400', async () => {
    standIn.reply((request) =>
      request.response_format?.type === 'json_schema'
        ? { status: 400, message: 'response_format json_schema is unsupported' }
        : { content: '{"query":null}' },
    );
    const format = { name: 'query', schema: { type: 'object' } };
    expect(await llm.complete([{ role: 'user', content: 'x' }], format)).toBe('{"query":null}');
    expect(await llm.complete([{ role: 'user', content: 'x' }], format)).toBe('{"query":null}');
    expect(standIn.requests.map((request) => request.response_format?.type)).toEqual([
      'json_schema',
      'json_object',
      'json_object',
    ]);
  });
});
