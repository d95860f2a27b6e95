// Shares whose whole is named beside figures added (issue 13): a whole that groups the part (予以公开 占 予以公开加
// 部分公开, the 公开 row people add up) divides the part by it, never by the part's own total; a share of a sum over
// organs (两家加起来 → 占两家不予公开总数的比例) and two operations in one question (等不等于办结加结转) are no query the
// engine holds — asked back or not understood, never the figures of one side; money of a row that prints none (How
// much in fines) is asked back, never the row's count.
import { describe, expect, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG, NANSHAN } from '../sample-store.js';
import { HUAIAN, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const GRANTED = 'applications.granted.total';
const DISCLOSED = 'applications.disclosed.total';

describe('a whole named that groups the part', () => {
  table.run([
    [
      '淮安市2024年予以公开占予以公开加部分公开的比例',
      { organs: [HUAIAN], years: [2024], metric: GRANTED, moreMetrics: [DISCLOSED], aggregation: 'ratio' },
    ],
    // A part's own whole stays its share of it, no second operand.
    [
      '淮安市2024年自然人申请占全部申请多少',
      { organs: [HUAIAN], years: [2024], metric: 'applications.newReceived.natural', aggregation: 'share' },
    ],
  ]);

  it('divides by the whole named: 1,362 of 1,362 + 454 = 75%, never 44.7% of 办理总计', async () => {
    await expectExactly(table.engine, '淮安市2024年予以公开占予以公开加部分公开的比例', {
      status: 'answered',
      facts: [
        [HUAIAN, 2024, `${GRANTED}:ratio`, 75],
        [HUAIAN, 2024, GRANTED, 1362],
        [HUAIAN, 2024, DISCLOSED, 1816],
      ],
    });
  });
});

describe('a whole named after 占 with the amount asked', () => {
  const PARTIAL = 'applications.partial.total';
  const hz = { organs: [HUAIAN], years: [2024] };
  table.run([
    // 占…的多少 asks a share as 占…的比例 does: of the sum of the figures joined, when the part is one of them.
    [
      '淮安市2024年予以公开占予以公开和部分公开之和的多少',
      { ...hz, metric: GRANTED, moreMetrics: [PARTIAL], aggregation: 'shareOfSum' },
    ],
    [
      '淮安市2024年予以公开占部分公开与予以公开合计的比例',
      { ...hz, metric: GRANTED, moreMetrics: [PARTIAL], aggregation: 'shareOfSum' },
    ],
    // A part the sum does not add: its share of the others added (shareOfJoined), never the sum stated as the answer.
    [
      '淮安市2024年予以公开占部分公开和不予公开之和的多少',
      { ...hz, metric: GRANTED, moreMetrics: [PARTIAL, 'applications.denied.total'], aggregation: 'shareOfJoined' },
    ],
    // One figure named after 占: the part's share of it, a ratio when it is no whole of the part.
    [
      '淮安市2024年予以公开占予以公开加部分公开的多少',
      { ...hz, metric: GRANTED, moreMetrics: [DISCLOSED], aggregation: 'ratio' },
    ],
    [
      '淮安市2024年行政诉讼占行政复议的多少',
      {
        ...hz,
        metric: 'reviewLitigation.litigation.total',
        moreMetrics: ['reviewLitigation.review.total'],
        aggregation: 'ratio',
      },
    ],
  ]);

  it('states the share of the sum: 1,362 of 1,362 + 454 = 75%', async () => {
    await expectExactly(table.engine, '淮安市2024年予以公开占予以公开和部分公开之和的多少', {
      status: 'answered',
      facts: [
        [HUAIAN, 2024, GRANTED, 1362],
        [HUAIAN, 2024, `${GRANTED}:sum`, 1816],
        [HUAIAN, 2024, `${GRANTED}:share`, 75],
      ],
    });
  });
});

describe('two operations in one question', () => {
  table.run([
    // Table 三's balance written out is its check, never one of the operations on part of the figures.
    [
      '淮安市2024年新收加上年结转等不等于办结加结转下年度',
      {
        organs: [HUAIAN],
        years: [2024],
        metric: 'applications.newReceived.total',
        moreMetrics: [
          'applications.carriedOver.total',
          'applications.total.total',
          'applications.carriedForward.total',
        ],
        aggregation: 'checks',
      },
    ],
    ['淮安市2024年新收加上年结转比办理结果总计多多少', 'not_understood'],
    // (A+B)÷C, A和B加起来是C的几倍, (A−B)÷B: never the ratio of A to B with the rest dropped (552 ÷ 10 = 55.2).
    ['龙岗区2022年（新收+上年结转）÷ 总计', 'not_understood'],
    ['龙岗区2022年新收和上年结转加起来是总计的几倍', 'not_understood'],
    ['龙岗区2022年新收减上年结转除以上年结转', 'not_understood'],
    // + alone is the sum it writes.
    [
      '龙岗区2022年新收+上年结转',
      {
        organs: [LONGGANG],
        years: [2022],
        metric: 'applications.newReceived.total',
        moreMetrics: ['applications.carriedOver.total'],
        aggregation: 'sum',
      },
    ],
    // One operation on figures joined by 和 stays that operation.
    [
      '淮安市2024年行政复议比行政诉讼多多少',
      {
        organs: [HUAIAN],
        years: [2024],
        metric: 'reviewLitigation.review.total',
        moreMetrics: ['reviewLitigation.litigation.total'],
        aggregation: 'difference',
      },
    ],
  ]);

  it('等不等于 X 加 Y after a sum is not the difference of X and Y', async () => {
    const conversation = 'two-sums';
    await table.engine.answer('淮安市2024年新收申请多少', { conversationId: conversation });
    await table.engine.answer('上年结转呢', { conversationId: conversation });
    await table.engine.answer('这两个加起来', { conversationId: conversation });
    const answer = await table.engine.answer('等不等于办理结果总计加结转下年度', { conversationId: conversation });
    expect(answer.status, answer.answer).not.toBe('answered');
    expect(answer.facts).toEqual([]);
  });
});

describe('a figure as a share of others added', () => {
  it('结转下年度占（新收+上年结转）的比例: 31 of 713 + 36 = 749, 4.1%, never not understood', async () => {
    const answer = await table.engine.answer('沐阳县2025年结转下年度占（新收+上年结转）的比例');
    expect(answer.facts.map((fact) => fact.value)).toEqual([31, 749, 4.1]);
  });

  it('办结的占新收加上年结转的多少: 3,050 of 3,153', async () => {
    const answer = await table.engine.answer('淮安市2024年办结的占新收加上年结转的多少');
    expect(answer.facts.map((fact) => fact.value)).toEqual([3050, 3153, 96.7]);
  });
});

describe('figures of one report added, as a share of a whole', () => {
  const UPHELD = 'reviewLitigation.review.upheld';
  const CORRECTED = 'reviewLitigation.review.corrected';
  const REVIEW = 'reviewLitigation.review.total';
  table.run([
    [
      '淮安市2024年行政复议维持加纠正占总计的比例',
      { organs: [HUAIAN], years: [2024], metric: UPHELD, moreMetrics: [CORRECTED, REVIEW], aggregation: 'sumShare' },
    ],
    [
      '淮安市2024年维持和纠正一共占行政复议的百分之几',
      { organs: [HUAIAN], years: [2024], metric: UPHELD, moreMetrics: [CORRECTED, REVIEW], aggregation: 'sumShare' },
    ],
  ]);

  const upheldAndCorrected = {
    status: 'answered' as const,
    facts: [
      [HUAIAN, 2024, `${UPHELD}:sum`, 136],
      [HUAIAN, 2024, REVIEW, 351],
      [HUAIAN, 2024, `${UPHELD}:sum:share`, 38.7],
    ] as const,
    says: ['合计 136 件，占行政复议 351 件 的 38.7%'],
  };

  it('维持加纠正占总计的比例: (72 + 64) ÷ 351 = 38.7%, never 72 ÷ 64 or a refusal', async () => {
    await expectExactly(table.engine, '淮安市2024年行政复议维持加纠正占总计的比例', upheldAndCorrected);
  });

  it('占复议总数的比例 after 回到淮安，维持加纠正一共多少: the sum just stated, in the whole named', async () => {
    const conversationId = 'sum-in-whole';
    await table.engine.answer('淮安市2024年行政复议结果维持多少', { conversationId });
    await table.engine.answer('有几份报告是2024年的', { conversationId });
    await expectExactly(
      table.engine,
      '回到淮安，维持加纠正一共多少',
      {
        status: 'answered',
        facts: [
          [HUAIAN, 2024, `${UPHELD}:sum`, 136],
          [HUAIAN, 2024, UPHELD, 72],
          [HUAIAN, 2024, CORRECTED, 64],
        ],
      },
      conversationId,
    );
    await expectExactly(table.engine, '占复议总数的比例', upheldAndCorrected, conversationId);
  });

  it('三个加起来 → 占不予公开总数的比例: 2 + 31 + 5 = 38 of 178', async () => {
    const conversationId = 'sum-in-named-whole';
    await table.engine.answer('淮安市2024年属于国家秘密不予公开的', { conversationId });
    await table.engine.answer('那其他法律行政法规禁止公开的呢', { conversationId });
    await table.engine.answer('危及三安全一稳定的呢', { conversationId });
    await table.engine.answer('三个加起来', { conversationId });
    const answer = await table.engine.answer('占不予公开总数的比例', { conversationId });
    expect(answer.facts.map((fact) => fact.value)).toEqual([38, 178, 21.3]);
  });
});

describe('a share of a sum over organs', () => {
  /** 保护第三方合法权益 of 龙岗区 2022, then of 南山区 2020, then the two added: the sum's answer. */
  const addTwoOrgans = async (conversationId: string) => {
    await table.engine.answer('龙岗区2022年不予公开里保护第三方合法权益多少', { conversationId });
    await table.engine.answer('南山区2020年呢', { conversationId });
    return table.engine.answer('两家加起来', { conversationId });
  };

  it('占两家不予公开总数的比例 after 两家加起来 is asked back, never each organ’s own share', async () => {
    const conversation = 'share-of-two';
    const sum = await addTwoOrgans(conversation);
    expect(sum.status, sum.answer).toBe('answered');
    const answer = await table.engine.answer('占两家不予公开总数的比例', { conversationId: conversation });
    expect(answer.status, answer.answer).toBe('clarify');
    expect(answer.facts).toEqual([]);
  });

  it('各自占不予公开的比例 asks each organ’s own share, as it says', async () => {
    const conversation = 'each-share';
    await addTwoOrgans(conversation);
    const answer = await table.engine.answer('各自占不予公开的比例', { conversationId: conversation });
    expect(answer.status, answer.answer).toBe('answered');
    expect(new Set(answer.facts.map((fact) => fact.org))).toEqual(new Set([LONGGANG, NANSHAN]));
  });
});

describe('money of a row that prints none', () => {
  it('How much in fines is asked back, never the count of penalty decisions', async () => {
    const answer = await table.engine.answer('How much in fines did Longgang collect in 2022?');
    expect(answer.status, answer.answer).toBe('clarify');
    expect(answer.facts.map((fact) => fact.metric)).not.toContain('activeDisclosure.punishment.decisions');
  });
});

describe('a whole written with +', () => {
  table.run([
    // The part among the figures added: its share of their sum; a part outside them: its share of them added.
    [
      '淮安市2024年予以公开占（予以公开+部分公开）的比例',
      {
        organs: [HUAIAN],
        years: [2024],
        metric: GRANTED,
        moreMetrics: ['applications.partial.total'],
        aggregation: 'shareOfSum',
      },
    ],
    [
      '淮安市2024年结转下年度占（新收+上年结转）的比例',
      {
        organs: [HUAIAN],
        years: [2024],
        metric: 'applications.carriedForward.total',
        moreMetrics: ['applications.newReceived.total', 'applications.carriedOver.total'],
        aggregation: 'shareOfJoined',
      },
    ],
  ]);
});

describe('a share over a whole of 0', () => {
  it('胜诉率 of an organ with no lawsuits says there is no share, stating no figure', async () => {
    await expectExactly(table.engine, '龙华区数据局2020年行政诉讼胜诉率', {
      status: 'no_data',
      facts: [],
      says: ['深圳市龙华区政务服务数据管理局 2020年 行政诉讼 为 0，没有可计算的比例'],
    });
  });
  it('a whole above 0 still gives the share', async () => {
    const answer = await table.engine.answer('龙岗区2022年行政复议纠正率');
    expect(answer.status, answer.answer).toBe('answered');
    expect(answer.facts.map((fact) => fact.value)).toContain(13.3);
  });
});
