// 哪一年: which year a figure peaks in (issue 13: 历年…最多的是哪一年哪个单位 was a clarify about the word 一). Beside a
// figure and a ranking word every year the store holds is compared, and the answer names organ, year and value; a
// which-year with no figure or ranking of its own (这是哪一年的, 哪一年最多) reads nothing, never a ranking of its own.
import { describe, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { NANSHAN } from '../sample-store.js';
import { HUAIAN, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const EVERY_YEAR = [2020, 2021, 2022, 2024, 2025];
const RECEIVED = 'applications.newReceived.total';
const REVIEW = 'reviewLitigation.review.total';

describe('which year, beside a figure and a ranking: every year compared', () => {
  table.run([
    ['历年收到申请最多的是哪一年哪个单位', { years: EVERY_YEAR, metric: RECEIVED, aggregation: 'max' }],
    ['哪一年哪个单位收到的申请最多', { years: EVERY_YEAR, metric: RECEIVED, aggregation: 'max' }],
    ['历年行政复议最多的是哪一年哪个单位', { years: EVERY_YEAR, metric: REVIEW, aggregation: 'max' }],
    ['哪一年收到的申请最多', { years: EVERY_YEAR, metric: RECEIVED, aggregation: 'max' }],
    ['哪一年的行政诉讼最少', { years: EVERY_YEAR, metric: 'reviewLitigation.litigation.total', aggregation: 'min' }],
    ['哪个年份行政复议最多', { years: EVERY_YEAR, metric: REVIEW, aggregation: 'max' }],
    ['南山区哪年行政复议最多', { regions: ['南山区'], years: EVERY_YEAR, metric: REVIEW, aggregation: 'max' }],
    [
      'Which year and which agency received the most requests?',
      { years: EVERY_YEAR, metric: RECEIVED, aggregation: 'max' },
    ],
    [
      'Which year had the most lawsuits?',
      { years: EVERY_YEAR, metric: 'reviewLitigation.litigation.total', aggregation: 'max' },
    ],
    [
      'In which year did Nanshan receive the most requests?',
      { regions: ['nanshan'], years: EVERY_YEAR, metric: RECEIVED, aggregation: 'max' },
    ],
    // A comparative closing the question, with no 最, asks the same (洪泽区哪一年行政许可多).
    ['哪一年收到的申请多', { years: EVERY_YEAR, metric: RECEIVED, aggregation: 'max' }],
    ['哪年的行政诉讼比较少？', { years: EVERY_YEAR, metric: 'reviewLitigation.litigation.total', aggregation: 'min' }],
    ['南山区哪一年行政复议更多呢', { regions: ['南山区'], years: EVERY_YEAR, metric: REVIEW, aggregation: 'max' }],
    // A year written says which year: 哪一年 adds none.
    ['2022年哪一年哪个单位收到申请最多', { years: [2022], metric: RECEIVED, aggregation: 'max' }],
  ]);
});

// 所有报告里 / 所有单位中 beside a ranking compares every report, each organ's every year, as 哪一年 does; elsewhere it
// reads as 所有报告 alone, and a ranking without it keeps one year.
describe('every report, beside a ranking: every year compared', () => {
  table.run([
    ['所有报告里行政复议最多的是哪个', { years: EVERY_YEAR, metric: REVIEW, aggregation: 'max' }],
    ['全部报告中收到申请最少的是谁', { years: EVERY_YEAR, metric: RECEIVED, aggregation: 'min' }],
    ['所有单位里收到申请最多的是哪个', { years: EVERY_YEAR, metric: RECEIVED, aggregation: 'max' }],
    ['2022年所有单位里收到申请最多的是哪个', { years: [2022], metric: RECEIVED, aggregation: 'max' }],
    ['所有报告中有哪些单位', { aggregation: 'nonzero' }],
  ]);
  it('所有报告里行政复议最多的是哪个 names the organ and year of the most of every report', async () => {
    await expectExactly(table.engine, '所有报告里收到申请最多的是哪个', {
      status: 'answered',
      facts: [[HUAIAN, 2024, RECEIVED, 3119]],
      says: ['淮安市人民政府（2024年）：3,119 件', '共比较 8 份报告'],
    });
  });
});

describe('which year with nothing ranked reads nothing', () => {
  table.run([
    ['哪一年最多', 'not_understood'],
    ['这是哪一年的', 'not_understood'],
    // 多少 asks how many, no comparative: which year is still unread, so asked about, never ranked.
    ['哪一年收到的申请有多少', { clarify: [], query: { aggregation: 'value', years: [] } }],
    // Of the reports: the years held.
    ['你有哪一年的报告', { aggregation: 'reports' }],
    ['龙岗区有哪年的年报', { regions: ['龙岗区'], aggregation: 'reports' }],
    ['Which years do you have?', { aggregation: 'reports' }],
    ['What years do you have reports for?', { aggregation: 'reports' }],
  ]);
});

describe('the answer names organ, year and value of every report compared', () => {
  it('历年收到申请最多的是哪一年哪个单位', async () => {
    await expectExactly(table.engine, '历年收到申请最多的是哪一年哪个单位', {
      status: 'answered',
      facts: [[HUAIAN, 2024, RECEIVED, 3119]],
      says: ['淮安市人民政府（2024年）：3,119 件', '共比较 8 份报告'],
    });
  });
  it('南山区哪年行政复议最多', async () => {
    await expectExactly(table.engine, '南山区哪年行政复议最多', {
      status: 'answered',
      facts: [[NANSHAN, 2020, REVIEW, 5]],
    });
  });
  it('这是哪一年的 after an answer is no new ranking over every year, nor a 没有…的报告 line', async () => {
    await expectExactly(
      table.engine,
      '哪个单位收到申请最多',
      { status: 'answered', facts: [[NANSHAN, 2020, RECEIVED, 262]] },
      'which-year',
    );
    await expectExactly(table.engine, '是哪一年的', { status: 'not_understood', facts: [] }, 'which-year');
  });
});
