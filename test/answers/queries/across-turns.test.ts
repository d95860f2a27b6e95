// Arithmetic over the last two turns: 两个加起来多少 / 差了多少 / 相差几件 / 一共多少 compute on the figures the last
// two answers stated — two figures of one report, or one figure of two reports — and state the result with each
// operand. When the last two turns do not give exactly two figures to compute with (one figure, a figure and a
// list, two figures of two reports), which two is asked, never a sum of one figure or a change nobody asked for.
import { describe, expect, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG, LONGGANG_DRC, LONGHUA_DATA, NANSHAN, useSampleEngine } from '../sample-store.js';
import { METRIC, type QueryRow, runConversations, useSampleIndex } from './query-table.js';

const index = useSampleIndex();
const sample = useSampleEngine();
const PARTIAL = 'applications.partial.total';
const DENIED = 'applications.denied.total';
const LG22 = { organs: [LONGGANG], years: [2022] };

describe('two figures of one report, asked in two turns', () => {
  const conversations: QueryRow[][] = [
    [
      ['龙岗区2022年部分公开多少', { ...LG22, metric: PARTIAL }],
      ['那不予公开呢', { ...LG22, metric: DENIED }],
      ['两个加起来多少', { ...LG22, metric: PARTIAL, moreMetrics: [DENIED], aggregation: 'sum' }],
    ],
    [
      ['龙岗区2022年部分公开多少', { ...LG22, metric: PARTIAL }],
      ['那不予公开呢', { ...LG22, metric: DENIED }],
      ['差了多少', { ...LG22, metric: PARTIAL, moreMetrics: [DENIED], aggregation: 'difference' }],
    ],
    [
      ['龙岗区2022年行政复议多少', { ...LG22, metric: METRIC.review }],
      ['行政诉讼呢', { ...LG22, metric: METRIC.litigation }],
      ['一共多少', { ...LG22, metric: METRIC.review, moreMetrics: [METRIC.litigation], aggregation: 'sum' }],
    ],
    [
      ['龙岗区2022年行政复议多少', { ...LG22, metric: METRIC.review }],
      ['行政诉讼呢', { ...LG22, metric: METRIC.litigation }],
      ['相差几件', { ...LG22, metric: METRIC.review, moreMetrics: [METRIC.litigation], aggregation: 'difference' }],
      // The difference's own two operands, added.
      ['加起来呢', { ...LG22, metric: METRIC.review, moreMetrics: [METRIC.litigation], aggregation: 'sum' }],
    ],
    // Two turns of one figure each, the second of another organ and year: one figure of two reports (as before).
    [
      ['龙岗区2022年部分公开多少', { ...LG22, metric: PARTIAL }],
      ['南山区2020年呢', { organs: [NANSHAN], years: [2020], metric: PARTIAL }],
      [
        '一共多少',
        {
          organs: [LONGGANG, NANSHAN],
          pairs: [
            { organ: LONGGANG, year: 2022 },
            { organ: NANSHAN, year: 2020 },
          ],
          metric: PARTIAL,
          aggregation: 'sum',
        },
      ],
    ],
    // A scope's figure summed keeps its own rule: every organ of the year.
    [
      ['2020年各单位收到申请排名', { years: [2020], metric: METRIC.received, aggregation: 'top' }],
      ['一共多少', { years: [2020], metric: METRIC.received, aggregation: 'sum' }],
    ],
  ];
  runConversations(index, conversations);
});

describe('the answers state the result and both operands', () => {
  it('两个加起来多少 after 部分公开 and 不予公开 adds the two, never states one as the total', async () => {
    const id = 'across-sum';
    await sample.engine.answer('龙岗区2022年部分公开多少', { conversationId: id });
    await sample.engine.answer('那不予公开呢', { conversationId: id });
    await expectExactly(
      sample.engine,
      '两个加起来多少',
      {
        status: 'answered',
        facts: [
          [LONGGANG, 2022, `${PARTIAL}:sum`, 66],
          [LONGGANG, 2022, PARTIAL, 36],
          [LONGGANG, 2022, DENIED, 30],
        ],
        says: ['合计 66 件', '部分公开 36 件', '不予公开 30 件'],
      },
      id,
    );
  });
  it('差了多少 after them is their difference, not a change over years', async () => {
    const id = 'across-difference';
    await sample.engine.answer('龙岗区2022年部分公开多少', { conversationId: id });
    await sample.engine.answer('那不予公开呢', { conversationId: id });
    await expectExactly(
      sample.engine,
      '差了多少',
      {
        status: 'answered',
        facts: [
          [LONGGANG, 2022, `${PARTIAL}:difference`, 6],
          [LONGGANG, 2022, PARTIAL, 36],
          [LONGGANG, 2022, DENIED, 30],
        ],
        says: ['多 6 件'],
      },
      id,
    );
  });
  it('in Traditional, answered in Traditional', async () => {
    const id = 'across-traditional';
    await sample.engine.answer('龍崗區2022年部分公開多少', { conversationId: id });
    await sample.engine.answer('那不予公開呢', { conversationId: id });
    await expectExactly(
      sample.engine,
      '兩個加起來多少',
      {
        status: 'answered',
        facts: [
          [LONGGANG, 2022, `${PARTIAL}:sum`, 66],
          [LONGGANG, 2022, PARTIAL, 36],
          [LONGGANG, 2022, DENIED, 30],
        ],
        says: ['合計 66 件'],
      },
      id,
    );
  });
});

describe('no two figures to compute with: which two is asked', () => {
  it.each<readonly [string, readonly string[]]>([
    // Another organ, year and figure: no one figure of two reports, no two figures of one.
    ['crossed figures and reports', ['龙岗区2022年部分公开多少', '南山区2020年不予公开呢', '加起来多少']],
    // One figure only: nothing to add it to, no year to take it from.
    ['one figure', ['龙岗区2022年收到多少申请', '差了多少']],
    ['one figure, then 两个加起来', ['龙岗区2022年部分公开多少', '两个加起来多少']],
    // The same figure twice.
    ['the same figure twice', ['龙岗区2022年部分公开多少', '龙岗区2022年部分公开呢', '两个加起来一共多少']],
    // A question about the store between: no figure of its own.
    ['a list of the reports between', ['龙岗区2022年部分公开多少', '你有哪些报告', '加起来呢']],
  ])('%s', async (name, turns) => {
    const id = `across-unclear-${name}`;
    const last = turns.at(-1) as string;
    for (const turn of turns.slice(0, -1)) await sample.engine.answer(turn, { conversationId: id });
    await expectExactly(sample.engine, last, { status: 'clarify', facts: [], says: ['哪两个数'] }, id);
  });
});

describe('三个加起来 adds the last three turns', () => {
  const LICENSING = 'activeDisclosure.licensing.decisions';
  const PUNISHMENT = 'activeDisclosure.punishment.decisions';
  const ENFORCEMENT = 'activeDisclosure.enforcement.decisions';
  it('three figures of one report, one per turn', async () => {
    const id = 'three-figures';
    for (const turn of ['南山区2020年行政许可', '处罚呢', '强制呢'])
      await sample.engine.answer(turn, { conversationId: id });
    await expectExactly(
      sample.engine,
      '三个加起来',
      {
        status: 'answered',
        facts: [
          [NANSHAN, 2020, `${LICENSING}:sum`, 10685],
          [NANSHAN, 2020, LICENSING, 8759],
          [NANSHAN, 2020, PUNISHMENT, 1767],
          [NANSHAN, 2020, ENFORCEMENT, 159],
        ],
        says: ['合计 10,685 件'],
      },
      id,
    );
  });
  it('one figure of three reports, each in its year', async () => {
    const id = 'three-reports';
    for (const turn of ['龙岗区2022年部分公开多少', '南山区2020年呢', '龙岗区发改局2020年呢'])
      await sample.engine.answer(turn, { conversationId: id });
    await expectExactly(
      sample.engine,
      '这三个一共多少',
      {
        status: 'answered',
        facts: [
          [LONGGANG, 2022, `${PARTIAL}:sum`, 86],
          [LONGGANG, 2022, PARTIAL, 36],
          [NANSHAN, 2020, PARTIAL, 49],
          [LONGGANG_DRC, 2020, PARTIAL, 1],
        ],
        says: ['合计 86 件'],
      },
      id,
    );
  });
  it.each<readonly [string, readonly string[]]>([
    // Two figures held: three is never a sum of two.
    ['two turns only', ['南山区2020年行政许可', '处罚呢', '三个加起来']],
    // A figure of another report among them: neither one figure of three reports nor three of one.
    ['a crossed turn', ['南山区2020年行政许可', '处罚呢', '龙岗区2022年行政强制', '三个加起来']],
    // The same figure twice.
    ['a figure repeated', ['南山区2020年行政许可', '处罚呢', '南山区2020年行政许可', '三个加起来']],
    // Only a sum adds three figures.
    ['a difference of three', ['南山区2020年行政许可', '处罚呢', '强制呢', '这三个差多少']],
  ])('%s: which figures is asked', async (name, turns) => {
    const id = `three-unclear-${name}`;
    const last = turns.at(-1) as string;
    for (const turn of turns.slice(0, -1)) await sample.engine.answer(turn, { conversationId: id });
    await expectExactly(sample.engine, last, { status: 'clarify', facts: [], says: ['要算哪'] }, id);
  });
  it('the oldest turn is forgotten with the rest (重新开始 → engine.forget)', async () => {
    const id = 'three-after-reset';
    await sample.engine.answer('南山区2020年行政许可', { conversationId: id });
    await sample.engine.forget(id);
    for (const turn of ['南山区2020年行政处罚', '强制呢']) await sample.engine.answer(turn, { conversationId: id });
    await expectExactly(sample.engine, '三个加起来', { status: 'clarify', facts: [], says: ['要算哪'] }, id);
  });
});

describe('a share after figures added', () => {
  it('占总计的比例 after 加起来 is the sum’s share (30 + 285 of 535), never each figure’s own', async () => {
    const id = 'share-after-sum';
    for (const turn of ['龙岗区2022年不予公开多少', '无法提供呢', '加起来呢'])
      await sample.engine.answer(turn, { conversationId: id });
    const answer = await sample.engine.answer('占总计的比例', { conversationId: id });
    expect(answer.facts.map((fact) => fact.value)).toEqual([315, 535, 58.9]);
    expect(answer.answer).toContain('不予公开、无法提供合计 315 件');
  });
  it('各占 asks each figure’s share, as it says', async () => {
    const id = 'each-share-after-sum';
    for (const turn of ['龙岗区2022年不予公开多少', '无法提供呢', '加起来呢'])
      await sample.engine.answer(turn, { conversationId: id });
    const answer = await sample.engine.answer('各占总计的比例', { conversationId: id });
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.value)).toEqual([30, 535, 5.6, 285, 535, 53.3]);
  });
});

describe('上一个: the turn before, against the last', () => {
  const turns = ['龙岗区2022年部分公开多少', '南山区2020年呢'];
  it.each<readonly [string, number, string]>([
    // 南山区 (49) against 龙岗区 (36), the one before it.
    ['比上一个多多少', 13, '多 13 件'],
    ['是前一个的几倍', 1.36, '1.36 倍'],
    // 上一个 as the subject keeps the order the turns were asked in.
    ['上一个比这个少多少', -13, '少 13 件'],
  ])('%s', async (question, value, said) => {
    const id = `earlier-turn-${question}`;
    for (const turn of turns) await sample.engine.answer(turn, { conversationId: id });
    const answer = await sample.engine.answer(question, { conversationId: id });
    expect(answer.status, answer.answer).toBe('answered');
    expect(answer.facts[0]?.value, answer.answer).toBe(value);
    expect(answer.answer).toContain(said);
  });
  it('a share of 上一个 is asked back, never a figure restated', async () => {
    const id = 'earlier-turn-share';
    for (const turn of turns) await sample.engine.answer(turn, { conversationId: id });
    await expectExactly(sample.engine, '占上一个的百分之几', { status: 'clarify', facts: [], says: ['要算哪'] }, id);
  });
});

describe('a name of several organs, one of them just talked of', () => {
  it('比龙华多多少 after 龙华区数据局 is that organ', async () => {
    const id = 'talked-of';
    for (const turn of ['龙华区数据局2020年收到多少申请', '龙岗区发改局2020年呢'])
      await sample.engine.answer(turn, { conversationId: id });
    const answer = await sample.engine.answer('比龙华多多少', { conversationId: id });
    expect(answer.status, answer.answer).toBe('answered');
    expect(answer.facts.map((fact) => [fact.org, fact.value])).toEqual([
      [LONGGANG_DRC, 3],
      [LONGGANG_DRC, 4],
      [LONGHUA_DATA, 1],
    ]);
  });
  it('neither of them talked of: which one is asked', async () => {
    const id = 'not-talked-of';
    await sample.engine.answer('南山区2020年收到多少申请', { conversationId: id });
    await expectExactly(sample.engine, '数据局2020年收到多少申请', { status: 'clarify', facts: [] }, id);
  });
});
