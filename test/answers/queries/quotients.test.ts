// Quotients the work groups ask for: an amount per item (平均每个项目多少钱: 采购总金额 ÷ 采购项目数量 of one report, in
// yuan to the fen, both operands stated), and how many times a year's figure is the year before's (翻了几倍 /
// 是上年的几倍: the two years' ratio, said as 2024年 是 2023年 的 17.25 倍, never a change), how many times it doubled
// (翻了几番: log2 of that ratio, beside it), and a year's figure per month or per day (÷ 12, ÷ the days of the
// report's year, the divisor said), and a sum over organs per organ (平均每家: the sum ÷ the reports added, both
// said). Where no amount has a count to divide by, or several reports are asked, or the figure divided is not one
// figure of one report (or one sum of one year), nothing is answered.
import { describe, expect, it } from 'vitest';
import type { Query } from '../../../src/answers/index.js';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG_DRC, LONGHUA_DATA, NANSHAN } from '../sample-store.js';
import { HONGZE, SHUYANG, useUnderstandingTable } from './understanding-table.js';

// 洪泽区 with its 2023 report, so that 上年 has a year to find.
const table = useUnderstandingTable(['hongze-district-2023-layout.txt']);
const AMOUNT = 'activeDisclosure.procurement.amountYuan';
const ITEMS = 'activeDisclosure.procurement.items';
const LICENSING = 'activeDisclosure.licensing.decisions';
const PER_ITEM: Partial<Query> = { metric: AMOUNT, moreMetrics: [ITEMS], aggregation: 'ratio' };

describe('an amount per item', () => {
  table.run([
    ['南山区2020年集中采购平均每个项目多少钱', { organs: [NANSHAN], years: [2020], ...PER_ITEM }],
    ['龙岗发改局2020年集中采购平均每个项目花了多少钱', { organs: [LONGGANG_DRC], years: [2020], ...PER_ITEM }],
    ['龙华数据局2020年采购项目平均每项多少钱', { organs: [LONGHUA_DATA], years: [2020], ...PER_ITEM }],
    ['南山区2020年政府采购平均一个项目多少钱', { organs: [NANSHAN], years: [2020], ...PER_ITEM }],
    ['南山区2020年集中采购项目的平均金额', { organs: [NANSHAN], years: [2020], ...PER_ITEM }],
    ['Nanshan 2020 procurement average amount per item', { organs: [NANSHAN], years: [2020], ...PER_ITEM }],
    // Traps: no amount with a count (fees have none), several reports, no figure at all.
    ['南山区2020年行政事业性收费平均每项多少钱', 'not_understood'],
    ['2020年各单位集中采购平均每个项目多少钱', 'not_understood'],
    ['南山区2020年和龙华数据局2020年采购平均每个项目多少钱', 'not_understood'],
    // 平均每个单位 with no figure of an amount is an average per organ (below), not per item.
    ['平均每个单位收到多少申请', { metric: 'applications.newReceived.total', aggregation: 'perOrgan' }],
    ['南山区2020年集中采购金额多少', { organs: [NANSHAN], years: [2020], metric: AMOUNT }],
  ]);

  it('南山区 2020: 170,815.4 万元 ÷ 2,502 项 = 682,715.43 元 a project, both operands stated', async () => {
    await expectExactly(table.engine, '南山区2020年集中采购平均每个项目多少钱', {
      status: 'answered',
      facts: [
        [NANSHAN, 2020, `${AMOUNT}:perItem`, 682715.43],
        [NANSHAN, 2020, AMOUNT, 1708154000],
        [NANSHAN, 2020, ITEMS, 2502],
      ],
      says: ['政府集中采购金额 ÷ 政府集中采购采购项目数量 = 平均每项 682,715.43 元', '170,815.4 万元', '2,502 项'],
    });
  });

  it('平均每个多少钱 after the items and the amount of one report', async () => {
    const conversation = 'per-item-follow-up';
    await table.engine.answer('龙华数据局2020年采购了几个项目', { conversationId: conversation });
    await table.engine.answer('金额呢', { conversationId: conversation });
    await expectExactly(
      table.engine,
      '平均每个多少钱',
      {
        status: 'answered',
        facts: [
          [LONGHUA_DATA, 2020, `${AMOUNT}:perItem`, 50764.44],
          [LONGHUA_DATA, 2020, AMOUNT, 456880],
          [LONGHUA_DATA, 2020, ITEMS, 9],
        ],
      },
      conversation,
    );
  });

  it('平均每个多少钱 after a figure with no count to divide by is not understood', async () => {
    const conversation = 'per-item-trap';
    await table.engine.answer('南山区2020年收到多少申请', { conversationId: conversation });
    await expectExactly(table.engine, '平均每个多少钱', { status: 'not_understood', facts: [] }, conversation);
  });
});

describe('how many times the year before', () => {
  const HONGZE_24_23: Partial<Query> = { organs: [HONGZE], years: [2024, 2023], aggregation: 'ratio' };
  table.run([
    ['洪泽区2024年行政许可比上年翻了几倍', { ...HONGZE_24_23, metric: LICENSING }],
    ['洪泽区2024年行政许可比上年翻了多少倍', { ...HONGZE_24_23, metric: LICENSING }],
    ['洪泽区2024年行政许可比2023年翻了几倍', { ...HONGZE_24_23, metric: LICENSING }],
    ['洪泽区2024年行政许可是上一年的几倍', { ...HONGZE_24_23, metric: LICENSING }],
    ['洪泽区2024年收到申请是上年的几倍', { ...HONGZE_24_23, metric: 'applications.newReceived.total' }],
    [
      '洪泽区2024年行政许可比前年翻了几倍',
      { organs: [HONGZE], years: [2024, 2022], metric: LICENSING, aggregation: 'ratio' },
    ],
    // Traps: 比上年 with a change word is the change; 上年结转 is a row.
    [
      '洪泽区2024年行政许可比上年增加了多少',
      { organs: [HONGZE], years: [2024], metric: LICENSING, aggregation: 'change' },
    ],
    ['洪泽区2024年上年结转是多少', { organs: [HONGZE], years: [2024], metric: 'applications.carriedOver.total' }],
  ]);

  it.each([
    ['比上年翻了几倍', LICENSING, [9487, 550], 17.25],
    ['是上年的几倍', LICENSING, [9487, 550], 17.25],
    ['是上一年的多少倍', 'applications.newReceived.total', [95, 21], 4.52],
  ] as const)('%s after one figure of 2024 is its ratio to 2023', async (question, metric, [first, second], ratio) => {
    const conversation = `year-before-${question}-${metric}`;
    const asked = metric === LICENSING ? '洪泽区2024年行政许可多少' : '洪泽区2024年收到多少申请';
    await table.engine.answer(asked, { conversationId: conversation });
    await expectExactly(
      table.engine,
      question,
      {
        status: 'answered',
        facts: [
          [HONGZE, 2024, `${metric}:ratio`, ratio],
          [HONGZE, 2024, metric, first],
          [HONGZE, 2023, metric, second],
        ],
        says: ['沿用上一问：淮安市洪泽区人民政府 2024年）'],
      },
      conversation,
    );
  });

  it('比上年多多少 after one figure is its change from the year before, not a question back', async () => {
    const conversation = 'year-before-change';
    await table.engine.answer('洪泽区2024年收到多少申请', { conversationId: conversation });
    const answer = await table.engine.answer('比上年多多少', { conversationId: conversation });
    expect(answer.status, answer.answer).toBe('answered');
    expect(answer.answer).toContain('2023年 21 件，2024年 95 件，变化 +74 件');
  });

  it('翻了几倍 says which quotient it is: 2024年 是 2023年 的 17.25 倍 (9,487 ÷ 550)', async () => {
    await expectExactly(table.engine, '洪泽区2024年行政许可比上年翻了几倍', {
      status: 'answered',
      facts: [
        [HONGZE, 2024, `${LICENSING}:ratio`, 17.25],
        [HONGZE, 2024, LICENSING, 9487],
        [HONGZE, 2023, LICENSING, 550],
      ],
      says: ['淮安市洪泽区人民政府 2024年 是 淮安市洪泽区人民政府 2023年 的 17.25 倍'],
    });
  });
});

describe('how many times it doubled', () => {
  const DOUBLINGS: Partial<Query> = { organs: [HONGZE], years: [2024, 2023], aggregation: 'doublings' };
  table.run([
    ['洪泽区2024年行政许可比上年翻了几番', { ...DOUBLINGS, metric: LICENSING }],
    ['洪泽区2024年行政许可比2023年翻了几番', { ...DOUBLINGS, metric: LICENSING }],
    ['洪泽区2024年行政许可是2023年的几番', { ...DOUBLINGS, metric: LICENSING }],
    ['洪泽区2024年收到申请比上年翻了多少番', { ...DOUBLINGS, metric: 'applications.newReceived.total' }],
    [
      '龙岗区2022年比南山区2020年收到申请翻了几番',
      {
        organs: ['深圳市龙岗区人民政府', NANSHAN],
        pairs: [
          { organ: '深圳市龙岗区人民政府', year: 2022 },
          { organ: NANSHAN, year: 2020 },
        ],
        metric: 'applications.newReceived.total',
        aggregation: 'doublings',
      },
    ],
    // Traps: 几番 of one figure alone, or of an amount per item, is no ratio asked.
    ['洪泽区2024年行政许可翻了几番', 'not_understood'],
    ['南山区2020年集中采购平均每个项目翻了几番', 'not_understood'],
  ]);

  it('翻了几番 states the ratio and log2 of it: 17.25 倍, 约翻了 4.1 番 (9,487 ÷ 550)', async () => {
    await expectExactly(table.engine, '洪泽区2024年行政许可比上年翻了几番', {
      status: 'answered',
      facts: [
        [HONGZE, 2024, `${LICENSING}:ratio`, 17.25],
        [HONGZE, 2024, `${LICENSING}:doublings`, 4.1],
        [HONGZE, 2024, LICENSING, 9487],
        [HONGZE, 2023, LICENSING, 550],
      ],
      says: ['淮安市洪泽区人民政府 2024年 是 淮安市洪泽区人民政府 2023年 的 17.25 倍，约翻了 4.1 番'],
    });
  });

  it('a figure that fell did not double: the ratio alone, no doublings stated', async () => {
    await expectExactly(table.engine, '南山区2020年比龙岗区2022年收到申请翻了几番', {
      status: 'answered',
      facts: [
        [NANSHAN, 2020, 'applications.newReceived.total:ratio', 47.5],
        [NANSHAN, 2020, 'applications.newReceived.total', 262],
        ['深圳市龙岗区人民政府', 2022, 'applications.newReceived.total', 552],
      ],
      says: ['的 47.5%'],
    });
  });

  it('比上年翻了几番 after one figure of 2024 doubles against 2023', async () => {
    const conversation = 'doublings-follow-up';
    await table.engine.answer('洪泽区2024年行政许可多少', { conversationId: conversation });
    await expectExactly(
      table.engine,
      '比上年翻了几番',
      {
        status: 'answered',
        facts: [
          [HONGZE, 2024, `${LICENSING}:ratio`, 17.25],
          [HONGZE, 2024, `${LICENSING}:doublings`, 4.1],
          [HONGZE, 2024, LICENSING, 9487],
          [HONGZE, 2023, LICENSING, 550],
        ],
      },
      conversation,
    );
  });
});

describe("a year's figure per month or per day", () => {
  const NEW = 'applications.newReceived.total';
  table.run([
    ['南山区2020年平均每月收到多少申请', { organs: [NANSHAN], years: [2020], metric: NEW, aggregation: 'perMonth' }],
    ['南山区2020年每月平均收到多少申请', { organs: [NANSHAN], years: [2020], metric: NEW, aggregation: 'perMonth' }],
    ['南山区2020年月均收到多少申请', { organs: [NANSHAN], years: [2020], metric: NEW, aggregation: 'perMonth' }],
    ['南山区2020年平均每天收到多少申请', { organs: [NANSHAN], years: [2020], metric: NEW, aggregation: 'perDay' }],
    ['南山区2020年日均收到多少申请', { organs: [NANSHAN], years: [2020], metric: NEW, aggregation: 'perDay' }],
    [
      'How many requests per month did Nanshan receive in 2020?',
      { organs: [NANSHAN], years: [2020], metric: NEW, aggregation: 'perMonth' },
    ],
    [
      '洪泽区2024年行政许可平均每个月多少件',
      { organs: [HONGZE], years: [2024], metric: LICENSING, aggregation: 'perMonth' },
    ],
    // Traps: a sum over a scope, two figures, two reports or no figure is not divided (never one of them).
    ['2020年全部单位平均每月收到多少申请', 'not_understood'],
    ['南山区2020年平均每月收到和办结多少申请', 'not_understood'],
    ['洪泽区2023年和2024年平均每月收到多少申请', 'not_understood'],
    ['南山区2020年平均每月多少', 'not_understood'],
  ]);

  it.each([
    ['南山区2020年平均每月收到多少申请', NANSHAN, 2020, 'perMonth', 262, 21.8, '262 件 ÷ 12 个月 ≈ 21.8 件/月'],
    [
      '龙岗区2022年每月平均收到多少申请',
      '深圳市龙岗区人民政府',
      2022,
      'perMonth',
      552,
      46,
      '552 件 ÷ 12 个月 = 46 件/月',
    ],
    // 2020 is a leap year: 366 days.
    ['南山区2020年平均每天收到多少申请', NANSHAN, 2020, 'perDay', 262, 0.7, '262 件 ÷ 366 天 ≈ 0.7 件/天'],
    ['洪泽区2023年平均每天收到多少申请', HONGZE, 2023, 'perDay', 21, 0.1, '21 件 ÷ 365 天 ≈ 0.1 件/天'],
  ] as const)(
    '%s: the divisor said, the figure as printed beside it',
    async (question, organ, year, kind, figure, quotient, says) => {
      await expectExactly(table.engine, question, {
        status: 'answered',
        facts: [
          [organ, year, `${NEW}:${kind}`, quotient],
          [organ, year, NEW, figure],
        ],
        says: [says],
      });
    },
  );
});

describe('a sum over organs per organ', () => {
  const NEW = 'applications.newReceived.total';
  const PER_ORGAN: Partial<Query> = { metric: NEW, aggregation: 'perOrgan' };
  table.run([
    ['2020年平均每家收到多少申请', { years: [2020], ...PER_ORGAN }],
    ['2020年每个单位平均收到多少申请', { years: [2020], ...PER_ORGAN }],
    ['2020年各部门平均每家收到多少申请', { years: [2020], level: 'department', ...PER_ORGAN }],
    ['2024年区县政府平均每家收到多少申请', { years: [2024], level: 'county', ...PER_ORGAN }],
    [
      '南山区和龙岗区发改局2020年平均每家收到多少申请',
      { organs: [NANSHAN, LONGGANG_DRC], years: [2020], ...PER_ORGAN },
    ],
    ['How many requests per agency in 2020?', { years: [2020], ...PER_ORGAN }],
    // 平均 alone over several reports is their mean too: the departments of a year, the years of one organ.
    ['2020年各部门平均收到多少申请', { years: [2020], level: 'department', ...PER_ORGAN }],
    [
      '2020年三份报告的行政复议平均多少件',
      { years: [2020], metric: 'reviewLitigation.review.total', aggregation: 'perOrgan' },
    ],
    [
      '洪泽区2023年和2024年的行政处罚平均是多少',
      {
        organs: [HONGZE],
        years: [2023, 2024],
        metric: 'activeDisclosure.punishment.decisions',
        aggregation: 'perOrgan',
      },
    ],
    // Traps: one organ's one figure, two figures, organs each in its own year; 平均 of a duration no table holds.
    ['南山区2020年平均每家收到多少申请', 'not_understood'],
    ['南山区2020年收到申请平均多少', 'not_understood'],
    ['2020年平均每家收到和办结多少申请', 'not_understood'],
    ['龙岗区2022年和南山区2020年平均每家收到多少申请', 'not_understood'],
    ['龙岗区2022年办理申请平均用了几天', 'not_understood'],
  ]);

  it('洪泽区两年的行政处罚平均: 6,895 件 of the two years, ÷ 2 年 = 3,447.5, the sum and each year stated', async () => {
    await expectExactly(table.engine, '洪泽区2023年和2024年的行政处罚平均是多少', {
      status: 'answered',
      facts: [
        [HONGZE, 2023, 'activeDisclosure.punishment.decisions:perOrgan', 3447.5],
        [HONGZE, 2023, 'activeDisclosure.punishment.decisions:sum', 6895],
        [HONGZE, 2023, 'activeDisclosure.punishment.decisions', 4119],
        [HONGZE, 2024, 'activeDisclosure.punishment.decisions', 2776],
      ],
      says: ['合计 6,895 件，÷ 2 年 = 平均每年 3,447.5 件'],
    });
  });

  it('沐阳2025和洪泽2024的平均值: each organ in the year named, 696,733 ÷ 2 = 348,366.5, each operand stated', async () => {
    const PUNISHMENT = 'activeDisclosure.punishment.decisions';
    await expectExactly(table.engine, '沐阳2025和洪泽2024的行政处罚平均值', {
      status: 'answered',
      facts: [
        [SHUYANG, 2025, `${PUNISHMENT}:perOrgan`, 348366.5],
        [SHUYANG, 2025, `${PUNISHMENT}:sum`, 696733],
        [SHUYANG, 2025, PUNISHMENT, 693957],
        [HONGZE, 2024, PUNISHMENT, 2776],
      ],
      says: ['÷ 2 家 = 平均每家 348,366.5 件'],
    });
  });

  it('2020年平均每家: 267 件 of 3 reports, ÷ 3 = 89, the sum and each report stated', async () => {
    await expectExactly(table.engine, '2020年平均每家收到多少申请', {
      status: 'answered',
      facts: [
        [NANSHAN, 2020, `${NEW}:perOrgan`, 89],
        [NANSHAN, 2020, `${NEW}:sum`, 267],
        [NANSHAN, 2020, NEW, 262],
        [LONGHUA_DATA, 2020, NEW, 1],
        [LONGGANG_DRC, 2020, NEW, 4],
      ],
      says: ['2020年 全部单位（共 3 份报告） 收到政府信息公开申请合计 267 件，÷ 3 家 = 平均每家 89 件'],
    });
  });

  it('the departments of 2020: 5 件 ÷ 2 ≈ 2.5, the government left out', async () => {
    await expectExactly(table.engine, '2020年各部门平均每家收到多少申请', {
      status: 'answered',
      facts: [
        [LONGHUA_DATA, 2020, `${NEW}:perOrgan`, 2.5],
        [LONGHUA_DATA, 2020, `${NEW}:sum`, 5],
        [LONGHUA_DATA, 2020, NEW, 1],
        [LONGGANG_DRC, 2020, NEW, 4],
      ],
      says: ['÷ 2 家 = 平均每家 2.5 件'],
    });
  });

  it('平均每家多少 after a list of three organs divides their sum, and 南山区的占多少 is then its share of it', async () => {
    const conversation = 'per-organ-follow-up';
    await table.engine.answer('2020年三家单位收到的申请', { conversationId: conversation });
    await expectExactly(
      table.engine,
      '平均每家多少',
      {
        status: 'answered',
        facts: [
          [NANSHAN, 2020, `${NEW}:perOrgan`, 89],
          [NANSHAN, 2020, `${NEW}:sum`, 267],
          [NANSHAN, 2020, NEW, 262],
          [LONGHUA_DATA, 2020, NEW, 1],
          [LONGGANG_DRC, 2020, NEW, 4],
        ],
      },
      conversation,
    );
    const share = await table.engine.answer('南山区的占总数的比例', { conversationId: conversation });
    expect(share.status, share.answer).toBe('answered');
    expect(share.answer).toContain('98.1%');
  });
});
