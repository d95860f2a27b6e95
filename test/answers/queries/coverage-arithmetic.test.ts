// Coverage, arithmetic in chat words: two rows of one report joined by 加 / 加上 / 减去 / plus are added or taken
// apart (the result and each operand with its row); a year compared with 上一年 / 去年 / 前年 counts back from the
// year written before it (2024年比上一年 = 2024 over 2023), never from the store's latest year; 增加了多少 of a table 二
// item row (事项 / 项目 / 几项) is the row's own 本年增/减 column.
import { beforeAll, describe, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/answers/index.js';
import type { Report } from '../../../src/parser/index.js';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG, LONGGANG_DRC, listOnlyStore, NANSHAN, openSampleAnswerStore, variantOf } from '../sample-store.js';
import { HONGZE, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const LG22 = { organs: [LONGGANG], years: [2022] };
const NS20 = { organs: [NANSHAN], years: [2020] };
const RECEIVED = 'applications.newReceived.total';
const CARRIED_OVER = 'applications.carriedOver.total';
const REVIEW = 'reviewLitigation.review.total';
const LITIGATION = 'reviewLitigation.litigation.total';
const HANDLED = 'applications.total.total';

describe('two rows of one report joined by 加 / 减去 / plus', () => {
  table.run([
    ['龙岗区2022年复议加诉讼合计多少件', { ...LG22, metric: REVIEW, moreMetrics: [LITIGATION], aggregation: 'sum' }],
    ['龙岗区2022年复议加诉讼多少件', { ...LG22, metric: REVIEW, moreMetrics: [LITIGATION], aggregation: 'sum' }],
    [
      '龙岗区2022年行政复议加上行政诉讼一共几件',
      { ...LG22, metric: REVIEW, moreMetrics: [LITIGATION], aggregation: 'sum' },
    ],
    [
      '龙岗区2022年上年结转加上新收一共多少件',
      { ...LG22, metric: CARRIED_OVER, moreMetrics: [RECEIVED], aggregation: 'sum' },
    ],
    // 加上年结转: the row 上年结转 is read whole, the 加 before it joins.
    [
      '龙岗区2022年新收加上年结转一共多少',
      { ...LG22, metric: RECEIVED, moreMetrics: [CARRIED_OVER], aggregation: 'sum' },
    ],
    ['南山区2020年新收再加上上年结转', { ...NS20, metric: RECEIVED, moreMetrics: [CARRIED_OVER], aggregation: 'sum' }],
    [
      '龙岗区2022年新收减去办结是多少',
      { ...LG22, metric: RECEIVED, moreMetrics: [HANDLED], aggregation: 'difference' },
    ],
    ['龙岗区2022年新收比办结多多少', { ...LG22, metric: RECEIVED, moreMetrics: [HANDLED], aggregation: 'difference' }],
    ['Longgang 2022 reviews plus lawsuits', { ...LG22, metric: REVIEW, moreMetrics: [LITIGATION], aggregation: 'sum' }],
    [
      'Longgang 2022 new requests minus handled',
      { ...LG22, metric: RECEIVED, moreMetrics: [HANDLED], aggregation: 'difference' },
    ],
  ]);
});

describe('a year compared with the one before counts back from the year written', () => {
  table.run([
    [
      '洪泽区2024年比上一年多收了多少件申请',
      { organs: [HONGZE], years: [2024], metric: RECEIVED, aggregation: 'change' },
    ],
    [
      '洪泽区2024年与上年相比收到申请增加了多少',
      { organs: [HONGZE], years: [2024], metric: RECEIVED, aggregation: 'change' },
    ],
    ['龙岗区2022年较上一年度行政复议多了几件', { ...LG22, metric: REVIEW, aggregation: 'change' }],
    ['龙岗区2022年比去年多收了多少申请', { ...LG22, metric: RECEIVED, aggregation: 'change' }],
    // 前年 of a year written is two before it, not two before the store's latest year (2025).
    [
      '洪泽区2024年比前年多收了多少件申请',
      { organs: [HONGZE], years: [2024, 2022], metric: RECEIVED, aggregation: 'change' },
    ],
    ['南山区2020年较前年行政复议多了几件', { ...NS20, years: [2020, 2018], metric: REVIEW, aggregation: 'change' }],
    // Row words keep their year: 比上年结转 names the row 上年结转.
    [
      '龙岗区2022年新收比上年结转多多少',
      { ...LG22, metric: RECEIVED, moreMetrics: [CARRIED_OVER], aggregation: 'difference' },
    ],
  ]);
});

describe('增加了多少 of a table 二 item row is its 本年增/减', () => {
  table.run([
    ['南山区2020年其他对外管理服务事项增加了多少', { ...NS20, metric: 'activeDisclosure.otherServices.change' }],
    ['南山区2020年行政许可事项增加了多少', { ...NS20, metric: 'activeDisclosure.licensing.change' }],
    ['南山区2020年行政许可项目增加了几项', { ...NS20, metric: 'activeDisclosure.licensing.change' }],
    ['南山区2020年行政处罚项目减少了多少', { ...NS20, metric: 'activeDisclosure.punishment.change' }],
    ['南山区2020年行政事业性收费项目增加了多少', { ...NS20, metric: 'activeDisclosure.fees.change' }],
    [
      '龙岗发改局2020年行政许可事项增加了几项',
      { organs: [LONGGANG_DRC], years: [2020], metric: 'activeDisclosure.licensing.change' },
    ],
    ['南山区2020年收费事项增加了多少', { ...NS20, metric: 'activeDisclosure.fees.change' }],
    // 事项 alone names no column: never the row's default figure (处理决定数量) nor a summary.
    ['南山区2020年行政许可事项有多少', { clarify: ['activeDisclosure.licensing.lastYearItems'], query: NS20 }],
    ['龙岗区2022年有多少事项', 'not_understood'],
    // 项目增减 is the one column, not 上一年项目数量 beside it.
    ['南山区2020年收费项目增减了多少', { ...NS20, metric: 'activeDisclosure.fees.change' }],
    ['南山区2020年行政许可项目增减多少', { ...NS20, metric: 'activeDisclosure.licensing.change' }],
    ['南山区2020年行政处罚本年增减多少', { ...NS20, metric: 'activeDisclosure.punishment.change' }],
    // Without items, or compared with another year, it is the change of the row's figure over two reports.
    [
      '南山区2020年行政许可增加了多少',
      { ...NS20, metric: 'activeDisclosure.licensing.decisions', aggregation: 'change' },
    ],
    [
      '南山区2020年行政许可比2019年增加了多少',
      { organs: [NANSHAN], years: [2020, 2019], metric: 'activeDisclosure.licensing.decisions', aggregation: 'change' },
    ],
  ]);
});

describe('the answers state the result and each operand', () => {
  it('复议加诉讼 adds the two groups of table 四', async () => {
    await expectExactly(table.engine, '龙岗区2022年复议加诉讼合计多少件', {
      status: 'answered',
      facts: [
        [LONGGANG, 2022, `${REVIEW}:sum`, 53],
        [LONGGANG, 2022, REVIEW, 15],
        [LONGGANG, 2022, LITIGATION, 38],
      ],
      says: ['53'],
    });
  });
  it('上年结转加上新收 adds the two rows of table 三', async () => {
    await expectExactly(table.engine, '龙岗区2022年上年结转加上新收一共多少件', {
      status: 'answered',
      facts: [
        [LONGGANG, 2022, `${CARRIED_OVER}:sum`, 562],
        [LONGGANG, 2022, CARRIED_OVER, 10],
        [LONGGANG, 2022, RECEIVED, 552],
      ],
    });
  });
  it('新收减去办结 takes one row from the other', async () => {
    await expectExactly(table.engine, '龙岗区2022年新收减去办结是多少', {
      status: 'answered',
      facts: [
        [LONGGANG, 2022, `${RECEIVED}:difference`, 17],
        [LONGGANG, 2022, RECEIVED, 552],
        [LONGGANG, 2022, HANDLED, 535],
      ],
    });
  });
  it('其他对外管理服务事项增加了多少 reads the printed 本年增/减', async () => {
    await expectExactly(table.engine, '南山区2020年其他对外管理服务事项增加了多少', {
      status: 'answered',
      facts: [[NANSHAN, 2020, 'activeDisclosure.otherServices.change', -124]],
    });
  });
});

describe('a relative year alone counts back from the store’s latest year, and the reply says so', () => {
  it('前年 of a store whose latest year is 2025 is 2023', async () => {
    await expectExactly(table.engine, '洪泽区前年收了几件申请', {
      status: 'no_data',
      facts: [],
      says: ['按库中最新的 2025 年度推算，指 2023年'],
      saysMissing: true,
    });
  });
  it('去年 in English', async () => {
    await expectExactly(table.engine, 'Hongze last year new requests', {
      status: 'answered',
      facts: [[HONGZE, 2024, RECEIVED, 95]],
      says: ['counted from the latest year held, 2025: 2024'],
    });
  });
  it('a year written says no rule', async () => {
    await expectExactly(table.engine, '洪泽区2024年收了几件申请', {
      status: 'answered',
      facts: [[HONGZE, 2024, RECEIVED, 95]],
      saysNot: ['推算'],
    });
  });
});

describe('years counted back from the year written, over a store with three years of one organ', () => {
  let engine: Engine;
  beforeAll(async () => {
    const store = await openSampleAnswerStore();
    const reports = await store.list();
    await store.close();
    const nanshan = reports.find((report) => report.org === NANSHAN) as Report;
    engine = createEngine({
      store: listOnlyStore([
        ...reports,
        variantOf(nanshan, { year: 2019, newReceivedTotal: 200 }),
        variantOf(nanshan, { year: 2018, newReceivedTotal: 150 }),
      ]),
    });
  });
  it('2020年比上一年 is 2020 over 2019', async () => {
    await expectExactly(engine, '南山区2020年比上一年多收了多少件申请', {
      status: 'answered',
      facts: [
        [NANSHAN, 2019, RECEIVED, 200],
        [NANSHAN, 2020, RECEIVED, 262],
        [NANSHAN, 2020, `${RECEIVED}:change`, 62],
        [NANSHAN, 2020, `${RECEIVED}:changePercent`, 31],
      ],
    });
  });
  it('2020年比前年 is 2020 over 2018', async () => {
    await expectExactly(engine, '南山区2020年比前年多收了多少件申请', {
      status: 'answered',
      facts: [
        [NANSHAN, 2018, RECEIVED, 150],
        [NANSHAN, 2020, RECEIVED, 262],
        [NANSHAN, 2020, `${RECEIVED}:change`, 112],
        [NANSHAN, 2020, `${RECEIVED}:changePercent`, 74.7],
      ],
    });
  });
});
