// Conversation context: a follow-up takes what it leaves out from the asker's last question and says so; questions
// about the whole store or every organ take nothing of it. Each row is one conversation, turn by turn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, createEngine, type Engine } from '../../../src/answers/index.js';
import type { Store } from '../../../src/store/index.js';
import { LONGGANG, LONGHUA_DATA, NANSHAN, openSampleAnswerStore } from '../sample-store.js';

/** A turn: the question, its status, values that must be among its facts, and the reply's first line if it is a note. */
type Turn = readonly [question: string, status: Answer['status'], values: readonly number[], note: string | null];

let store: Store;
let engine: Engine;
beforeAll(async () => {
  store = await openSampleAnswerStore();
  engine = createEngine({ store });
});
afterAll(async () => store.close());

let conversations = 0;
async function converse(turns: readonly Turn[]): Promise<Answer[]> {
  conversations += 1;
  const conversationId = `context-${conversations}`;
  const answers: Answer[] = [];
  for (const [question, status, values, note] of turns) {
    const answer = await engine.answer(question, { conversationId });
    const why = `${question}\n${answer.answer}`;
    expect(answer.status, why).toBe(status);
    expect(
      answer.facts.map((fact) => fact.value),
      why,
    ).toEqual(expect.arrayContaining([...values]));
    const first = answer.answer.split('\n')[0] ?? '';
    if (note === null) expect(first, why).not.toMatch(/沿用上一问|as in your last question/u);
    else expect(first, why).toBe(note);
    answers.push(answer);
  }
  return answers;
}

describe('questions about the whole store or every organ never inherit an organ or a year', () => {
  it.each<[string, readonly Turn[]]>([
    [
      '你有哪些报告？ after a 2020 question lists all five',
      [
        ['南山区2020年收到多少申请', 'answered', [262], null],
        ['你有哪些报告？', 'answered', [], null],
      ],
    ],
    [
      '你有哪些报告？ after a year nobody filed',
      [
        ['2023年哪个单位收到的申请最多', 'no_data', [], null],
        ['你有哪些报告？', 'answered', [], null],
      ],
    ],
    [
      'a place named after an organ: the place is asked now, which organ of it (never the last organ)',
      [
        ['南山区2020年收到多少申请', 'answered', [262], null],
        ['广东2022年呢', 'clarify', [], null],
        ['深圳2022年行政复议多少件', 'clarify', [], null],
      ],
    ],
    [
      '哪些报告的数据不一致？ after an organ and year',
      [
        ['龙岗区发改局2020年收到多少申请', 'answered', [4], null],
        ['哪些报告的数据不一致？', 'answered', [], null],
      ],
    ],
    [
      '哪些单位有行政诉讼？ after an organ and year',
      [
        ['南山区2020年行政诉讼多少件', 'answered', [4], null],
        ['哪些单位有行政诉讼？', 'answered', [38, 4], null],
      ],
    ],
    [
      '全部单位… after an organ and year: the year all organs are compared in, not the year inherited',
      [
        ['南山区2020年收到多少申请', 'answered', [262], null],
        ['全部单位收到的申请', 'answered', [262, 4, 1], null],
      ],
    ],
    [
      'which agencies… in English after an organ and year',
      [
        ['How many lawsuits did Nanshan have in 2020?', 'answered', [4], null],
        ['Which agencies had litigation?', 'answered', [38, 4], null],
      ],
    ],
  ])('%s', async (_, turns) => {
    const answers = await converse(turns);
    const last = answers.at(-1) as Answer;
    if (last.answer.startsWith('我有')) expect(last.answer.split('\n')[0]).toBe('我有 5 个单位的 5 份报告：');
    if (last.answer.includes('数据不一致')) expect(last.answer).toMatch(/^5 份报告中有 2 份/u);
  });
});

describe('a follow-up that takes an organ or a year says so first', () => {
  it.each<[string, readonly Turn[]]>([
    [
      'another figure of the same organ and year',
      [
        ['龙岗区2022年收到多少申请', 'answered', [552], null],
        ['行政诉讼呢？', 'answered', [38], `（沿用上一问：${LONGGANG} 2022年）`],
      ],
    ],
    [
      'another organ, the same year',
      [
        ['龙岗区2022年收到多少申请', 'answered', [552], null],
        ['那南山区呢？', 'no_data', [], '（沿用上一问：2022年）'],
        ['2020年呢？', 'answered', [262], `（沿用上一问：${NANSHAN}）`],
        ['其中自然人多少？', 'answered', [236], `（沿用上一问：${NANSHAN} 2020年）`],
      ],
    ],
    [
      'a ranking after a value keeps the year and says so',
      [
        ['南山区2020年收到多少申请', 'answered', [262], null],
        ['最多的是谁？', 'answered', [262], '（沿用上一问：2020年）'],
      ],
    ],
    [
      'a question that says organ and year takes nothing, and says nothing',
      [
        ['龙岗区2022年收到多少申请', 'answered', [552], null],
        ['南山区2020年行政复议多少件', 'answered', [5], null],
      ],
    ],
    [
      '前者 / 后者: one of the two organ-years stated, asked as the last question was',
      [
        ['龙岗区2022年和南山区2020年的行政复议各多少', 'answered', [15, 5], null],
        ['后者的行政诉讼呢', 'answered', [4], `（沿用上一问：${NANSHAN} 2020年）`],
        ['前者呢', 'answered', [38], `（沿用上一问：${LONGGANG} 2022年）`],
      ],
    ],
    [
      '这家 after a ranking is the organ it named, not the ranking again',
      [
        ['2020年哪个单位收到的申请最少', 'answered', [1], null],
        ['这家的行政复议呢', 'answered', [0], `（沿用上一问：${LONGHUA_DATA} 2020年）`],
      ],
    ],
    [
      '最少的那家 after the same ranking is the organ it named: its figure, not a ranking of the new figure',
      [
        ['2020年哪个单位收到的申请最少', 'answered', [1], null],
        ['最少的那家行政复议呢', 'answered', [0], `（沿用上一问：${LONGHUA_DATA} 2020年）`],
      ],
    ],
    [
      '后者 after one organ is asked back',
      [
        ['龙岗区2022年行政诉讼多少件', 'answered', [38], null],
        ['后者呢', 'clarify', [], null],
      ],
    ],
    [
      'in English',
      [
        ['How many applications did Longgang receive in 2022?', 'answered', [552], null],
        ['and litigation?', 'answered', [38], `(as in your last question: ${LONGGANG}, 2022)`],
      ],
    ],
  ])('%s', async (_, turns) => {
    await converse(turns);
  });
});

it('context is per conversation: another conversation, or one after 重新开始 is forgotten, takes nothing', async () => {
  await engine.answer('南山区2020年行政诉讼多少件', { conversationId: 'mike' });
  const mary = await engine.answer('行政复议呢？', { conversationId: 'mary' });
  expect(mary.status).toBe('clarify');
  await engine.forget('mike');
  const mike = await engine.answer('行政复议呢？', { conversationId: 'mike' });
  expect(mike.status).toBe('clarify');
});
