// The guard over a store that answers for its organs (PostgreSQL) with only its first organ held: a model's
// reply is checked against every name the store keeps that its text may hold, fetched for that reply.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answers/index.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { createTestSchema, type TestSchema } from '../../store/postgres-schema.js';
import { openSampleReportsStore } from './sample-store.js';
import { createStandInLlm, type StandIn, startStandIn } from './stand-in-openai.js';

const QUESTION = '龙岗区2022年收到多少政府信息公开申请？';
const GOOD = '{{year1}}，{{org1}}{{metric1}}共{{v1}}{{src1}}。';
/** 龙华区 is none of the reply's facts: the organ list's first organ (南山区) is all the vocabulary holds of it. */
const STRAY = '{{year1}}，{{org1}}与龙华区{{metric1}}共{{v1}}{{src1}}。';

let standIn: StandIn;
let schema: TestSchema;
let store: Store;
beforeAll(async () => {
  [standIn, schema] = await Promise.all([startStandIn(), createTestSchema()]);
  store = await openStore(schema.url);
  const samples = await openSampleReportsStore();
  await store.put(await samples.list());
  await samples.close();
}, 60_000);
afterAll(async () => {
  await store.close();
  await Promise.all([standIn.close(), schema.drop()]);
});

describe('the guard over PostgreSQL, holding one organ', () => {
  it.each([
    [GOOD, 'llm'],
    [STRAY, 'llm-fallback'],
  ])('checks %s against the names its text holds: via %s', async (content, via) => {
    standIn.requests.length = 0;
    standIn.reply(() => ({ content }));
    const logged: string[] = [];
    const engine = createEngine({
      store,
      organsHeld: 1,
      llm: createStandInLlm(standIn, (line) => logged.push(line), 2000),
    });
    const reply = await engine.answer(QUESTION);
    expect(reply).toMatchObject({ status: 'answered', via });
    expect(reply.facts.map((fact) => fact.value)).toEqual([552]);
    if (via === 'llm-fallback') expect(logged.join('\n')).toContain('龙华区');
    else expect(logged).toEqual([]);
  });
});
