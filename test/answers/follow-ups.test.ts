// Follow-up questions reuse the conversation's last organ, year, figure and aggregation; conversations are apart.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Answer, createEngine, createInMemoryMemory, type Engine } from '../../src/answers/index.js';
import type { Store } from '../../src/store/index.js';
import { openSampleAnswerStore } from './sample-store.js';

type Turn = readonly [question: string, status: Answer['status'], values: readonly number[]];

let store: Store;
let engine: Engine;
beforeAll(async () => {
  store = await openSampleAnswerStore();
  engine = createEngine({ store });
});
afterAll(async () => store.close());

async function converse(conversationId: string, turns: readonly Turn[]): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (const [question, status, values] of turns) {
    const answer = await engine.answer(question, { conversationId });
    expect(answer.status, `${question}\n${answer.answer}`).toBe(status);
    expect(
      answer.facts.map((fact) => fact.value),
      `${question}\n${answer.answer}`,
    ).toEqual(expect.arrayContaining([...values]));
    answers.push(answer);
  }
  return answers;
}

it('reuses organ, year and figure: 那南山区呢？ / 2020年呢？ / 其中自然人多少？', async () => {
  const answers = await converse('a', [
    ['龙岗区2022年收到多少政府信息公开申请？', 'answered', [552]],
    ['那南山区呢？', 'no_data', []],
    ['2020年呢？', 'answered', [262]],
    ['其中自然人多少？', 'answered', [236]],
    ['法人或其他组织呢？', 'answered', [26]],
    ['行政诉讼呢？', 'answered', [4]],
  ]);
  expect(answers[1]?.answer).toContain('现有年份：2020年');
  expect(answers[2]?.answer).toContain('深圳市南山区人民政府 2020年');
});

it('keeps a breakdown for another organ and year', async () => {
  await converse('b', [
    ['龙岗区2022年申请的办理结果', 'answered', [66, 36, 30, 285, 118, 535]],
    ['南山区2020年呢？', 'answered', [100, 49, 4, 52, 5, 25, 235]],
  ]);
});

it('keeps a ranking and its year, changing only what is asked', async () => {
  await converse('c', [
    ['2020年哪个单位收到的申请最多？', 'answered', [262]],
    ['最少呢？', 'answered', [1]],
  ]);
});

it('follows up in English', async () => {
  await converse('d', [
    ['How many applications did Longgang receive in 2022?', 'answered', [552]],
    ['What about natural persons?', 'answered', [489]],
    ['And lawsuits?', 'answered', [38]],
  ]);
});

it('reads "And Nanshan District in 2020?" as the organ, not an unknown "And Nanshan District"', async () => {
  const answers = await converse('and-organ', [
    ['How many applications did Longgang receive in 2022?', 'answered', [552]],
    ['And Nanshan District in 2020?', 'answered', [262]],
  ]);
  expect(answers[1]?.answer).not.toContain('no report');
});

it('reads a column named alone in every row asked before: 维持的一共多少 after two lawsuits sums both', async () => {
  const answers = await converse('lawsuits', [
    ['南山区2020年直接起诉和复议后起诉各几件', 'answered', [2, 2]],
    ['维持的一共多少', 'answered', [3, 1, 2]],
  ]);
  expect(answers[1]?.facts.map((fact) => fact.value)).toEqual([3, 1, 2]);
});

it('takes a region as the answer to "which one?"', async () => {
  const answers = await converse('h', [
    ['数据局2020年收到多少申请', 'clarify', []],
    ['龙华区的', 'answered', [1]],
  ]);
  expect(answers[1]?.facts[0]?.org).toBe('深圳市龙华区政务服务数据管理局');
});

it('keeps conversations apart', async () => {
  await converse('e', [['龙岗区2022年收到多少申请', 'answered', [552]]]);
  await converse('f', [['其中自然人多少？', 'clarify', []]]);
});

it('takes its memory from the caller, so another store of conversations can replace the default', async () => {
  const memory = createInMemoryMemory();
  const first = createEngine({ store, memory });
  const second = createEngine({ store, memory });
  await first.answer('南山区2020年行政复议多少件', { conversationId: 'g' });
  const answer = await second.answer('其中维持的呢？', { conversationId: 'g' });
  expect(answer.facts.map((fact) => fact.value)).toEqual([5]);
  expect((await memory.get('g'))?.last).toMatchObject({ metric: 'reviewLitigation.review.upheld', years: [2020] });
});

it('forgets the least recently used conversation beyond its size', async () => {
  const memory = createInMemoryMemory(2);
  const bounded = createEngine({ store, memory });
  for (const id of ['x', 'y', 'z']) await bounded.answer('南山区2020年收到多少申请', { conversationId: id });
  expect(await memory.get('x')).toBeUndefined();
  expect(await memory.get('z')).toBeDefined();
});
