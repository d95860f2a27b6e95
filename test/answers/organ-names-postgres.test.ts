// Organ names on PostgreSQL, where a bot holds only the first organs of the store and looks every other name
// and organ up question by question: the same answers as the whole organ list in memory gives, slips of one
// character (沐阳县 for 沭阳县, 淮按市 for 淮安市) included.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/answers/index.js';
import type { Report } from '../../src/parser/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { createTestSchema, type TestSchema } from '../store/postgres-schema.js';
import { listOnlyStore, openSampleAnswerStore, variantOf } from './sample-store.js';

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

const QUESTIONS = [
  '淮安2024年收到多少申请',
  '淮安市政府2024年收到多少申请',
  '洪泽区2024年收到多少申请',
  '淮安洪泽2024年收到多少申请',
  '沭阳2024年收到多少申请',
  '沭阳县人民政府2024年收到多少申请',
  '福田区人社局2024年收到多少申请',
  '福田人社局2024年收到多少申请',
  '福田区住建局2024年收到多少申请',
  '市场监管局2024年收到多少申请',
  '深圳市场监管局2024年收到多少申请',
  'How many applications did Hongze receive in 2024?',
  'Shuyang County applications in 2024',
  '南京鼓楼区2024年收到多少申请',
  '鼓楼区2024年收到多少申请',
  '福田区2024年收到多少申请',
  '福田区哪个单位收到申请最多',
  '福田区教育局2024年收到多少申请',
  // Slips of one character: asked back (您是想问 沭阳县 吗？), never answered and never "no such organ".
  '沐阳县2024年收到多少申请',
  '淮按市2024年收到多少申请',
  '洪择区2024年收到多少申请',
  '南京市鼓楼去人民政府2024年收到多少申请',
  // A body's character typed by its sound, after a held place: asked back alike.
  '福田区人社具2024年收到多少申请',
  '福田区人力资源和社会保障据2024年收到多少申请',
  '淮安市政付2024年收到多少申请',
  '淮安市范围内2024年的报告都有哪些',
  // A province is no organ's name: its organs are found by the places they are named after (every organ read).
  '江苏有哪些报告',
  '江苏2024年哪个单位收到的申请最多',
  '广东有哪些报告',
];

let schema: TestSchema;
let store: Store;
let engine: Engine;
let memory: Engine;
beforeAll(async () => {
  const sample = await openSampleAnswerStore();
  const base = (await sample.get('深圳市龙岗区人民政府/2022')) as Report;
  const reports = ORGANS.map((organ) => variantOf(base, { ...organ, year: 2024, newReceivedTotal: organ.received }));
  schema = await createTestSchema();
  store = await openStore(schema.url);
  await store.put(reports);
  // The first 2 organs by name held: 南京市鼓楼区 and 沭阳县; the others are looked up.
  engine = createEngine({ store, organsHeld: 2 });
  memory = createEngine({ store: listOnlyStore(reports) });
}, 60_000);
afterAll(async () => {
  await store.close();
  await schema.drop();
});

it.each(QUESTIONS)('%s is answered as over the whole organ list', async (question) => {
  expect(await engine.answer(question)).toEqual(await memory.answer(question));
});

it('asks back about a slip of one character', async () => {
  const answer = await engine.answer('沐阳县2024年收到多少申请');
  expect(answer.status).toBe('clarify');
  expect(answer.answer).toContain('沭阳县');
});

it.each([
  ['福田区人社具2024年收到多少申请', '您是想问 福田区人社局 吗？'],
  ['淮安市政付2024年收到多少申请', '您是想问 淮安市政府 吗？'],
])('asks back about a slip of one character in a body: %s', async (question, asked) => {
  const answer = await engine.answer(question);
  expect(answer.status).toBe('clarify');
  expect(answer.answer).toContain(asked);
});
