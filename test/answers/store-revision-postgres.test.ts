// The vocabulary a bot holds on PostgreSQL (the organs' counts and first organs, the years) is checked against the
// store's revision by each question's first read of names, not by a query of its own (issue 18): no revision()
// round trip a question, and a write through another store handle — another instance's ingest — is seen by the
// very next question.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEngine } from '../../src/answers/index.js';
import type { Report } from '../../src/parser/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { createTestSchema, type TestSchema } from '../store/postgres-schema.js';
import { openSampleAnswerStore, variantOf } from './sample-store.js';

const HONGZE = '淮安市洪泽区人民政府';
const SHUYANG = '沭阳县人民政府';

let schema: TestSchema;
let writer: Store;
let reader: Store;
let base: Report;
beforeAll(async () => {
  const sample = await openSampleAnswerStore();
  base = (await sample.get('深圳市龙岗区人民政府/2022')) as Report;
  schema = await createTestSchema();
  writer = await openStore(schema.url);
  reader = await openStore(schema.url);
  await writer.put([
    variantOf(base, { org: HONGZE, region: '洪泽区', year: 2023, newReceivedTotal: 101 }),
    variantOf(base, { org: HONGZE, region: '洪泽区', year: 2024, newReceivedTotal: 102 }),
  ]);
}, 60_000);
afterAll(async () => {
  await Promise.all([writer.close(), reader.close()]);
  await schema.drop();
});

/** The reader's handle with its revision() calls counted. */
function countingRevisions(inner: Store): { store: Store; revisions: () => number } {
  let calls = 0;
  const revision = inner.revision;
  if (!revision) throw new Error('the Postgres store has revision()');
  return {
    store: {
      ...inner,
      revision: async () => {
        calls += 1;
        return revision.call(inner);
      },
    },
    revisions: () => calls,
  };
}

it("asks no revision of its own a question, and the next question after another handle's write sees it", async () => {
  const { store, revisions } = countingRevisions(reader);
  const engine = createEngine({ store });
  // The first question builds the vocabulary (one revision asked).
  expect((await engine.answer('洪泽区2024年收到多少申请')).facts.map((fact) => fact.value)).toEqual([102]);
  expect(revisions()).toBe(1);
  for (const question of ['洪泽区2023年收到多少申请', '沭阳县2024年收到多少申请', '哪个单位收到的申请最多'])
    await engine.answer(question);
  expect(revisions()).toBe(1);
  expect((await engine.answer('沭阳县2024年收到多少申请')).status).toBe('no_data');

  // An organ the vocabulary does not hold, written through the other handle: the next question answers it.
  await writer.put([variantOf(base, { org: SHUYANG, region: '沭阳县', year: 2024, newReceivedTotal: 103 })]);
  const shuyang = await engine.answer('沭阳县2024年收到多少申请');
  expect(shuyang.status).toBe('answered');
  expect(shuyang.facts.map((fact) => [fact.org, fact.value])).toEqual([[SHUYANG, 103]]);
  expect(revisions()).toBe(2); // the vocabulary built again, once

  // A year the vocabulary does not hold: a ranking with no year compares the latest year the store holds now.
  const before = await engine.answer('哪个单位收到的申请最多');
  expect(before.facts.map((fact) => fact.year)).toEqual([2024]);
  await writer.put([
    variantOf(base, { org: HONGZE, region: '洪泽区', year: 2025, newReceivedTotal: 201 }),
    variantOf(base, { org: SHUYANG, region: '沭阳县', year: 2025, newReceivedTotal: 202 }),
  ]);
  const after = await engine.answer('哪个单位收到的申请最多');
  expect(after.facts.map((fact) => [fact.org, fact.year, fact.value])).toEqual([[SHUYANG, 2025, 202]]);
  expect(revisions()).toBe(3);
  expect((await engine.answer('洪泽区2025年收到多少申请')).facts.map((fact) => fact.value)).toEqual([201]);
  expect(revisions()).toBe(3);
});

it('checks the vocabulary of a chat reply too: its examples are of the organs held now', async () => {
  const { store } = countingRevisions(reader);
  const engine = createEngine({ store });
  await engine.answer('洪泽区2024年收到多少申请');
  await writer.put([
    variantOf(base, { org: '南京市鼓楼区人民政府', region: '鼓楼区', year: 2025, newReceivedTotal: 7 }),
  ]);
  const fresh = createEngine({ store: reader });
  expect((await engine.answer('你好')).answer).toBe((await fresh.answer('你好')).answer);
});
