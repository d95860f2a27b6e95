// Organ names are derived from whatever organs the store holds, by rules: other cities, counties, departments.
import { beforeAll, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/answers/index.js';
import type { Report } from '../../src/parser/index.js';
import { listOnlyStore, openSampleAnswerStore, variantOf } from './sample-store.js';

let engine: Engine;
let base: Report;

/** Organs of other places, each with its own count of new applications so that answers tell them apart. */
const ORGANS: readonly { org: string; region: string | null; level: Report['level']; received: number }[] = [
  { org: '淮安市人民政府', region: '淮安市', level: 'government', received: 101 },
  { org: '淮安市洪泽区人民政府', region: '洪泽区', level: 'government', received: 102 },
  { org: '沭阳县人民政府', region: '沭阳县', level: 'government', received: 103 },
  { org: '深圳市福田区人力资源和社会保障局', region: '福田区', level: 'department', received: 104 },
  { org: '深圳市福田区住房和城乡建设局', region: null, level: 'department', received: 105 },
  { org: '深圳市市场监督管理局', region: null, level: 'department', received: 106 },
  { org: '南京市鼓楼区人民政府', region: '鼓楼区', level: 'government', received: 107 },
  { org: '福州市鼓楼区人民政府', region: '鼓楼区', level: 'government', received: 108 },
];

beforeAll(async () => {
  const sample = await openSampleAnswerStore();
  base = (await sample.get('深圳市龙岗区人民政府/2022')) as Report;
  const reports = ORGANS.map((organ) => variantOf(base, { ...organ, year: 2024, newReceivedTotal: organ.received }));
  engine = createEngine({ store: listOnlyStore(reports) });
});

it.each([
  ['淮安2024年收到多少申请', 101, '淮安市人民政府'],
  ['淮安市政府2024年收到多少申请', 101, '淮安市人民政府'],
  ['洪泽区2024年收到多少申请', 102, '淮安市洪泽区人民政府'],
  ['淮安洪泽2024年收到多少申请', 102, '淮安市洪泽区人民政府'],
  ['沭阳2024年收到多少申请', 103, '沭阳县人民政府'],
  ['沭阳县人民政府2024年收到多少申请', 103, '沭阳县人民政府'],
  ['福田区人社局2024年收到多少申请', 104, '深圳市福田区人力资源和社会保障局'],
  ['福田人社局2024年收到多少申请', 104, '深圳市福田区人力资源和社会保障局'],
  ['福田区住建局2024年收到多少申请', 105, '深圳市福田区住房和城乡建设局'],
  ['市场监管局2024年收到多少申请', 106, '深圳市市场监督管理局'],
  ['深圳市场监管局2024年收到多少申请', 106, '深圳市市场监督管理局'],
  ['How many applications did Hongze receive in 2024?', 102, '淮安市洪泽区人民政府'],
  ['Shuyang County applications in 2024', 103, '沭阳县人民政府'],
  ['南京鼓楼区2024年收到多少申请', 107, '南京市鼓楼区人民政府'],
])('%s → %i', async (question, value, org) => {
  const answer = await engine.answer(question);
  expect(answer.status, answer.answer).toBe('answered');
  expect(answer.facts.map((fact) => [fact.org, fact.value])).toEqual([[org, value]]);
});

it('asks which organ when a name fits several (两个鼓楼区)', async () => {
  const answer = await engine.answer('鼓楼区2024年收到多少申请');
  expect(answer.status).toBe('clarify');
  expect(answer.answer).toContain('南京市鼓楼区人民政府');
  expect(answer.answer).toContain('福州市鼓楼区人民政府');
  expect(answer.facts).toEqual([]);
});

it('asks which organ for a region that has departments but no government report', async () => {
  const answer = await engine.answer('福田区2024年收到多少申请');
  expect(answer.status).toBe('clarify');
  expect(answer.answer).toContain('深圳市福田区人力资源和社会保障局');
  expect(answer.answer).toContain('深圳市福田区住房和城乡建设局');
});

it('ranks within a region named in the question', async () => {
  const answer = await engine.answer('福田区哪个单位收到申请最多');
  expect(answer.facts.map((fact) => [fact.org, fact.value])).toEqual([['深圳市福田区住房和城乡建设局', 105]]);
});

it('says no report for an organ of a known region the store lacks, listing that region', async () => {
  const answer = await engine.answer('福田区教育局2024年收到多少申请');
  expect(answer.status).toBe('no_data');
  expect(answer.answer).toContain('深圳市福田区人力资源和社会保障局');
  expect(answer.answer).not.toContain('沭阳县人民政府');
});
