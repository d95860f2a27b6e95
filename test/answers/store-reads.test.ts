// The engine asks a store with indexed methods for what a question needs (issue 9): an organ-year lookup reads
// that organ's reports, a one-year ranking that year's, never every report; answers are the same as over list().
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answers/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { createTestSchema, type TestSchema } from '../store/postgres-schema.js';
import { listOnlyStore, openSampleAnswerStore, variantOf } from './sample-store.js';

const LONGGANG = '深圳市龙岗区人民政府';

/** The store with its reads logged: `list` for list(), `find {…}` for find(filter). */
function countingStore(inner: Store): { store: Store; calls: string[] } {
  const calls: string[] = [];
  const store: Store = {
    ...inner,
    list: async () => {
      calls.push('list');
      return inner.list();
    },
    find: async (filter) => {
      calls.push(`find ${JSON.stringify(filter)}`);
      return inner.find(filter);
    },
  };
  return { store, calls };
}

async function sampleEngines(): Promise<{
  counted: ReturnType<typeof createEngine>;
  plain: ReturnType<typeof createEngine>;
  calls: string[];
  inner: Store;
}> {
  const inner = await openSampleAnswerStore();
  const { store, calls } = countingStore(inner);
  return {
    counted: createEngine({ store }),
    plain: createEngine({ store: listOnlyStore(await inner.list()) }),
    calls,
    inner,
  };
}

describe('reading only what a question needs (lowdb underneath)', () => {
  it.each([
    ['龙岗区2022年收到多少政府信息公开申请？', [`find {"org":"${LONGGANG}"}`]],
    ['龙岗区收到多少申请？', [`find {"org":"${LONGGANG}"}`]],
    ['2020年哪个单位收到的申请最多？', ['find {"year":2020}']],
    ['2021年哪些单位有行政诉讼？', ['find {"year":2021}']],
    ['你有哪些报告？', []],
    // Across organs without a year reads each organ's latest report: list() is the fallback.
    ['哪个单位收到的申请最多？', ['list']],
  ])('%s reads %j and answers as over list()', async (question, reads) => {
    const { counted, plain, calls } = await sampleEngines();
    const answer = await counted.answer(question);
    expect(calls).toEqual(reads);
    expect(answer).toEqual(await plain.answer(question));
  });

  it('answers every shared question as over list(), without list() where a year or organ is named', {
    timeout: 60_000,
  }, async () => {
    const questions = JSON.parse(await readFile('test/fixtures/questions.json', 'utf8')) as { q: string }[];
    const { counted, plain, calls } = await sampleEngines();
    for (const { q } of questions) {
      calls.length = 0;
      expect(await counted.answer(q), q).toEqual(await plain.answer(q));
      if (/20\d\d年/.test(q)) expect(calls, q).not.toContain('list');
    }
  });

  it('keeps a year fetched for a ranking until the store changes', async () => {
    const { counted, calls, inner } = await sampleEngines();
    const question = '2020年哪个单位收到的申请最多？';
    const first = await counted.answer(question);
    expect((await counted.answer(question)).answer).toBe(first.answer);
    expect(calls).toEqual(['find {"year":2020}']);
    const nanshan = (await inner.find({ org: '深圳市南山区人民政府', year: 2020 }))[0];
    if (!nanshan) throw new Error('sample store lacks 南山区 2020');
    await inner.put([variantOf(nanshan, { org: '深圳市宝安区人民政府', region: '宝安区', newReceivedTotal: 99999 })]);
    const after = await counted.answer(question);
    expect(calls).toEqual(['find {"year":2020}', 'find {"year":2020}']);
    expect(after.facts[0]?.org).toBe('深圳市宝安区人民政府');
  });

  it('sees a report put after the first question (the vocabulary follows the store revision)', async () => {
    const { counted, inner } = await sampleEngines();
    const question = '宝安区2022年收到多少申请？';
    expect((await counted.answer(question)).status).toBe('no_data');
    const longgang = (await inner.find({ org: LONGGANG, year: 2022 }))[0];
    if (!longgang) throw new Error('sample store lacks 龙岗区 2022');
    await inner.put([variantOf(longgang, { org: '深圳市宝安区人民政府', region: '宝安区', newReceivedTotal: 1234 })]);
    const answer = await counted.answer(question);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => [fact.org, fact.value])).toEqual([['深圳市宝安区人民政府', 1234]]);
  });
});

describe('reading only what a question needs (Postgres)', () => {
  const schemas: TestSchema[] = [];
  afterAll(async () => {
    await Promise.all(schemas.map((schema) => schema.drop()));
  });

  it('answers the 552 question and a one-year ranking from find(), never list()', async () => {
    const schema = await createTestSchema();
    schemas.push(schema);
    const postgres = await openStore(schema.url);
    try {
      const samples = await openSampleAnswerStore();
      await postgres.put(await samples.list());
      const { store, calls } = countingStore(postgres);
      const engine = createEngine({ store });
      const answer = await engine.answer('龙岗区2022年收到多少政府信息公开申请？');
      expect(answer.answer).toBe(
        '深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件（来源：表三“本年新收政府信息公开申请数量”总计，data/reports/longgang-district-2022.txt）',
      );
      const ranking = await engine.answer('2020年哪个单位收到的申请最多？');
      expect(ranking).toEqual(await createEngine({ store: samples }).answer('2020年哪个单位收到的申请最多？'));
      expect(calls).toEqual([`find {"org":"${LONGGANG}"}`, 'find {"year":2020}']);
    } finally {
      await postgres.close();
    }
  });
});
