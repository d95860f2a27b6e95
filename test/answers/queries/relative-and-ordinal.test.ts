// 多百分之几 / 少了百分之多少 between two figures is their difference said with its share of the second ((A − B) ÷ B),
// never A's ratio to B; of one organ over two years it stays the change (with its percentage). 前者和后者 / 后者是前者的
// / 第一个比第二个 name the last two turns' figures in their order, as 两者 does; 差了几个 / 再算一下差多少 after two
// turns compute on them.
import { describe, expect, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import {
  LONGGANG,
  LONGGANG_DRC,
  METRIC,
  NANSHAN,
  runConversations,
  runQueries,
  useSampleIndex,
} from './query-table.js';
import { HONGZE, useUnderstandingTable } from './understanding-table.js';

const index = useSampleIndex();
const LICENSING = 'activeDisclosure.licensing.decisions';
const UPHELD = 'reviewLitigation.review.upheld';
const CORRECTED = 'reviewLitigation.review.corrected';
const table = useUnderstandingTable();
const PAIRS = [
  { organ: LONGGANG, year: 2022 },
  { organ: NANSHAN, year: 2020 },
];

describe('a difference asked as a percentage', () => {
  runQueries(index, [
    [
      '龙岗区2022年收到申请比南山区2020年多百分之几',
      { organs: [LONGGANG, NANSHAN], pairs: PAIRS, metric: METRIC.received, aggregation: 'relativeDifference' },
    ],
    [
      '龙岗区2022年的行政诉讼比南山区2020年高了百分之多少',
      { organs: [LONGGANG, NANSHAN], pairs: PAIRS, metric: METRIC.litigation, aggregation: 'relativeDifference' },
    ],
    [
      'What percent more requests did Longgang receive in 2022 than Nanshan in 2020?',
      { organs: [LONGGANG, NANSHAN], pairs: PAIRS, metric: METRIC.received, aggregation: 'relativeDifference' },
    ],
    // A share still asks the ratio.
    [
      '南山区2020年收到申请是龙岗区2022年的百分之几',
      {
        organs: [NANSHAN, LONGGANG],
        pairs: [...PAIRS].reverse(),
        metric: METRIC.received,
        aggregation: 'ratio',
      },
    ],
  ]);

  it('states the difference, its percentage of the second figure, and both figures', async () => {
    await expectExactly(table.engine, '龙岗区2022年收到申请比南山区2020年多百分之几', {
      status: 'answered',
      facts: [
        [LONGGANG, 2022, `${METRIC.received}:difference`, 290],
        // 290 ÷ 262 = 110.69%.
        [LONGGANG, 2022, `${METRIC.received}:difference:relative`, 110.7],
        [LONGGANG, 2022, METRIC.received, 552],
        [NANSHAN, 2020, METRIC.received, 262],
      ],
      says: ['多 290 件（多 110.7%）'],
    });
  });
});

describe('the last two turns by their places', () => {
  runConversations(index, [
    [
      ['龙岗区2022年收到多少申请', { organs: [LONGGANG], years: [2022], metric: METRIC.received }],
      ['南山区2020年呢', { organs: [NANSHAN], years: [2020], metric: METRIC.received }],
      [
        '前者比后者多多少',
        { organs: [LONGGANG, NANSHAN], pairs: PAIRS, metric: METRIC.received, aggregation: 'difference' },
      ],
    ],
    [
      ['龙岗区2022年收到多少申请', { organs: [LONGGANG], years: [2022], metric: METRIC.received }],
      ['南山区2020年呢', { organs: [NANSHAN], years: [2020], metric: METRIC.received }],
      // The later named first: its figure over the earlier's.
      [
        '后者是前者的百分之几',
        {
          organs: [NANSHAN, LONGGANG],
          pairs: [...PAIRS].reverse(),
          metric: METRIC.received,
          aggregation: 'ratio',
        },
      ],
    ],
    [
      ['龙岗区2022年行政复议几件', { organs: [LONGGANG], years: [2022], metric: METRIC.review }],
      ['行政诉讼呢', { organs: [LONGGANG], years: [2022], metric: METRIC.litigation }],
      [
        '第一个和第二个差了几个',
        {
          organs: [LONGGANG],
          years: [2022],
          metric: METRIC.review,
          moreMetrics: [METRIC.litigation],
          aggregation: 'difference',
        },
      ],
    ],
    [
      ['龙岗区2022年行政复议几件', { organs: [LONGGANG], years: [2022], metric: METRIC.review }],
      ['行政诉讼呢', { organs: [LONGGANG], years: [2022], metric: METRIC.litigation }],
      [
        '帮我再算一下差多少',
        {
          organs: [LONGGANG],
          years: [2022],
          metric: METRIC.review,
          moreMetrics: [METRIC.litigation],
          aggregation: 'difference',
        },
      ],
      // Then the same two as a percentage.
      [
        '多百分之几',
        {
          organs: [LONGGANG],
          years: [2022],
          metric: METRIC.review,
          moreMetrics: [METRIC.litigation],
          aggregation: 'relativeDifference',
        },
      ],
    ],
  ]);
});

describe('这家 with a figure of its own after a ranking', () => {
  it('这家的纠正率 after 2022年哪个单位行政诉讼最多 is that organ’s share of 纠正 in its own lawsuits, not the ranking’s', async () => {
    const conversation = 'pointed-share';
    await table.engine.answer('2022年哪个单位行政诉讼最多', { conversationId: conversation });
    const answer = await table.engine.answer('这家的纠正率', { conversationId: conversation });
    // 龙岗区 2022: 行政诉讼 38, of which 纠正 0 — the share is of 行政诉讼's own total, not of the ranking.
    expect(answer.status, answer.answer).toBe('answered');
    expect(answer.answer).toContain('深圳市龙岗区人民政府 2022年');
    expect(answer.answer).toContain('占');
    expect(answer.answer).not.toContain('没有可以算占比的合计');
  });
});

describe('总计呢 after a column of a row', () => {
  runConversations(index, [
    [
      [
        '龙岗区2022年行政复议结果维持几件',
        { organs: [LONGGANG], years: [2022], metric: 'reviewLitigation.review.upheld' },
      ],
      // The row's total column, not 维持 again.
      ['总计呢', { organs: [LONGGANG], years: [2022], metric: METRIC.review }],
    ],
    [
      ['南山区2020年新收自然人多少', { organs: [NANSHAN], years: [2020], metric: METRIC.natural }],
      ['总计呢', { organs: [NANSHAN], years: [2020], metric: METRIC.received }],
    ],
  ]);
});

describe('刚才 past a question about the whole store', () => {
  it('刚才那个单位 after 你有哪些报告 is the organ of the turn before it', async () => {
    const conversation = 'past-store';
    await table.engine.answer('龙岗区2022年收到多少申请', { conversationId: conversation });
    await table.engine.answer('你有哪些报告？', { conversationId: conversation });
    await expectExactly(
      table.engine,
      '刚才那个单位的结转下年度是多少',
      { status: 'answered', facts: [[LONGGANG, 2022, 'applications.carriedForward.total', 27]] },
      conversation,
    );
  });
  it('刚才两家相差多少 after a question about the store: the two organs of the turns before it', async () => {
    const conversation = 'past-store-two';
    await table.engine.answer('龙岗区2022年收到多少申请', { conversationId: conversation });
    await table.engine.answer('南山区2020年呢', { conversationId: conversation });
    await table.engine.answer('一共有几份报告', { conversationId: conversation });
    await expectExactly(
      table.engine,
      '刚才两家相差多少',
      {
        status: 'answered',
        facts: [
          [LONGGANG, 2022, `${METRIC.received}:difference`, 290],
          [LONGGANG, 2022, METRIC.received, 552],
          [NANSHAN, 2020, METRIC.received, 262],
        ],
      },
      conversation,
    );
  });
  it('a follow-up without 刚才 still follows the question about the store', async () => {
    const conversation = 'after-store';
    await table.engine.answer('龙岗区2022年收到多少申请', { conversationId: conversation });
    await table.engine.answer('你有哪些报告？', { conversationId: conversation });
    const answer = await table.engine.answer('2020年的呢', { conversationId: conversation });
    expect(answer.answer).toContain('2020年：我有');
  });
});

describe('前者 / 后者 with a figure of their own', () => {
  it('后者的行政诉讼呢 after two turns of one organ-year each: the later turn’s organ', async () => {
    const conversation = 'latter-of-turns';
    await table.engine.answer('龙岗区2022年收到多少申请', { conversationId: conversation });
    await table.engine.answer('南山区2020年呢', { conversationId: conversation });
    await expectExactly(
      table.engine,
      '后者的行政诉讼呢',
      { status: 'answered', facts: [[NANSHAN, 2020, METRIC.litigation, 4]] },
      conversation,
    );
  });
  it('那前者的呢 after 后者是前者的百分之几: 前者 is still the earlier turn’s organ, not the first the answer stated', async () => {
    const conversation = 'former-after-ratio';
    await table.engine.answer('龙岗区2022年收到多少申请', { conversationId: conversation });
    await table.engine.answer('南山区2020年呢', { conversationId: conversation });
    // The ratio states 南山区 first (后者 is named first).
    await table.engine.answer('后者是前者的百分之几', { conversationId: conversation });
    await expectExactly(
      table.engine,
      '那前者的行政复议呢',
      { status: 'answered', facts: [[LONGGANG, 2022, METRIC.review, 15]] },
      conversation,
    );
  });
});

describe('百分比呢 after a change', () => {
  const withTwoYears = useUnderstandingTable(['hongze-district-2023-layout.txt']);
  it('is the change again, which states its percentage (not a question which whole)', async () => {
    const conversation = 'percent-of-change';
    await withTwoYears.engine.answer('洪泽区2023年无法提供多少件', { conversationId: conversation });
    await withTwoYears.engine.answer('2024年的呢', { conversationId: conversation });
    await withTwoYears.engine.answer('增加了多少', { conversationId: conversation });
    const answer = await withTwoYears.engine.answer('百分比呢', { conversationId: conversation });
    expect(answer.status, answer.answer).toBe('answered');
    // 13 → 32: +19, +146.2%.
    expect(answer.answer).toContain('变化 +19 件（+146.2%）');
  });
});

describe('What share is that of the total? after a figure', () => {
  runConversations(index, [
    [
      [
        'How many requests did Nanshan receive from natural persons in 2020?',
        { organs: [NANSHAN], years: [2020], metric: METRIC.natural },
      ],
      // "the total" is the figure's own whole here, not a sum asked.
      [
        'What share is that of the total?',
        { organs: [NANSHAN], years: [2020], metric: METRIC.natural, aggregation: 'share' },
      ],
    ],
  ]);
});

describe('第一名的 / 排第二的那个单位 with a figure of its own after a ranking', () => {
  it('asks the new figure of the organ at that place, not a ranking of the new figure', async () => {
    const conversation = 'ranked-place';
    // 2020: 南山区 262, then 龙岗区发改局 4, 龙华区数据局 1.
    await table.engine.answer('2020年各单位收到申请排名', { conversationId: conversation });
    await expectExactly(
      table.engine,
      '排第二的那个单位的行政复议呢',
      { status: 'answered', facts: [[LONGGANG_DRC, 2020, METRIC.review, 0]] },
      conversation,
    );
  });
  it('第一名的 after 最多 is the organ the answer named', async () => {
    const conversation = 'ranked-first';
    await table.engine.answer('2020年哪个单位收到申请最多', { conversationId: conversation });
    await expectExactly(
      table.engine,
      '第一名的行政诉讼呢',
      { status: 'answered', facts: [[NANSHAN, 2020, METRIC.litigation, 4]] },
      conversation,
    );
  });
});

describe('两者 / 两家 with a figure of their own after two turns', () => {
  runConversations(index, [
    // The figure named, of the organ-year each turn asked: never the last organ's alone.
    [
      ['龙岗区2022年收到多少申请', { organs: [LONGGANG], years: [2022], metric: METRIC.received }],
      ['南山区2020年呢', { organs: [NANSHAN], years: [2020], metric: METRIC.received }],
      [
        '两家的行政诉讼差多少',
        { organs: [LONGGANG, NANSHAN], pairs: PAIRS, metric: METRIC.litigation, aggregation: 'difference' },
      ],
    ],
    [
      ['龙岗区2022年收到多少申请', { organs: [LONGGANG], years: [2022], metric: METRIC.received }],
      ['南山区2020年呢', { organs: [NANSHAN], years: [2020], metric: METRIC.received }],
      [
        '两者的行政复议加起来',
        { organs: [LONGGANG, NANSHAN], pairs: PAIRS, metric: METRIC.review, aggregation: 'sum' },
      ],
    ],
    // A column named alone is read in the row both turns asked: each organ-year's, never the last one's alone.
    [
      ['龙岗区2022年行政复议多少', { organs: [LONGGANG], years: [2022], metric: METRIC.review }],
      ['南山区2020年呢', { organs: [NANSHAN], years: [2020], metric: METRIC.review }],
      ['两者的维持加起来', { organs: [LONGGANG, NANSHAN], pairs: PAIRS, metric: UPHELD, aggregation: 'sum' }],
    ],
    [
      ['龙岗区2022年行政复议多少', { organs: [LONGGANG], years: [2022], metric: METRIC.review }],
      ['南山区2020年呢', { organs: [NANSHAN], years: [2020], metric: METRIC.review }],
      ['两家的纠正差多少', { organs: [LONGGANG, NANSHAN], pairs: PAIRS, metric: CORRECTED, aggregation: 'difference' }],
    ],
    // Two rows asked: which row's column is meant is asked back.
    [
      ['龙岗区2022年行政复议多少', { organs: [LONGGANG], years: [2022], metric: METRIC.review }],
      ['南山区2020年行政诉讼呢', { organs: [NANSHAN], years: [2020], metric: METRIC.litigation }],
      ['两者的维持加起来', null],
    ],
  ]);
});

describe('哪个多 naming nothing after two turns of one figure each', () => {
  runConversations(index, [
    // Two organs in their years: the two compared (both figures and their difference), never 2020's ranking.
    [
      ['龙岗区2022年收到多少申请', { organs: [LONGGANG], years: [2022], metric: METRIC.received }],
      ['南山区2020年呢', { organs: [NANSHAN], years: [2020], metric: METRIC.received }],
      ['哪个多', { organs: [LONGGANG, NANSHAN], pairs: PAIRS, metric: METRIC.received, aggregation: 'difference' }],
    ],
    // Two figures of one report: those two.
    [
      ['龙岗区2022年行政复议几件', { organs: [LONGGANG], years: [2022], metric: METRIC.review }],
      ['行政诉讼呢', { organs: [LONGGANG], years: [2022], metric: METRIC.litigation }],
      [
        '谁少',
        {
          organs: [LONGGANG],
          years: [2022],
          metric: METRIC.review,
          moreMetrics: [METRIC.litigation],
          aggregation: 'difference',
        },
      ],
    ],
    // After rankings there are no two figures to compare: a ranking again.
    [
      ['2020年哪个单位收到的申请最多', { years: [2020], metric: METRIC.received, aggregation: 'max' }],
      ['2022年呢', { years: [2022], metric: METRIC.received, aggregation: 'max' }],
      ['哪个少', { years: [2022], metric: METRIC.received, aggregation: 'min' }],
    ],
  ]);

  it('answers with both figures and their difference, never a ranking of the year', async () => {
    const conversation = 'bare-compare';
    await table.engine.answer('南山区2020年收到多少申请', { conversationId: conversation });
    await table.engine.answer('龙岗区发改局呢', { conversationId: conversation });
    // 南山区 2020 262 against 龙岗区发改局 2020 (the year carried over) 4: 258 more, never a ranking of 2020.
    await expectExactly(
      table.engine,
      '哪个多',
      {
        status: 'answered',
        facts: [
          [NANSHAN, 2020, `${METRIC.received}:difference`, 258],
          [NANSHAN, 2020, METRIC.received, 262],
          [LONGGANG_DRC, 2020, METRIC.received, 4],
        ],
      },
      conversation,
    );
  });
});

describe('增长了多少倍 after one organ’s figure of two years', () => {
  const withTwoYears = useUnderstandingTable(['hongze-district-2023-layout.txt']);
  it('is the later year over the earlier (9,487 ÷ 550 = 17.25), never 550 ÷ 9,487; so is the next figure asked', async () => {
    const conversation = 'growth-times';
    await withTwoYears.engine.answer('洪泽区2023年和2024年的行政许可', { conversationId: conversation });
    await expectExactly(
      withTwoYears.engine,
      '增长了多少倍',
      {
        status: 'answered',
        facts: [
          [HONGZE, 2024, `${LICENSING}:ratio`, 17.25],
          [HONGZE, 2024, LICENSING, 9487],
          [HONGZE, 2023, LICENSING, 550],
        ],
      },
      conversation,
    );
    const next = await withTwoYears.engine.answer('那行政处罚呢', { conversationId: conversation });
    // 2,776 ÷ 4,119 = 67.4%.
    expect(next.facts.map((fact) => fact.value)).toEqual([67.4, 2776, 4119]);
  });
});
