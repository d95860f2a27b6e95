// 最近一年 / 最新一年 / 最新的 beside an organ is that organ's latest report, not the store's latest year (洪泽区's
// reports end in 2024 while the store's latest year is 沐阳县's 2025), beside a region its organs' latest year; across
// every organ it stays the store's latest year, and 今年 / 去年 still count back from it.
import { describe, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG, NANSHAN } from '../sample-store.js';
import { HONGZE, HUAIAN, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const RECEIVED = 'applications.newReceived.total';

describe('the latest year of an organ named', () => {
  table.run([
    ['洪泽区最近一年收到多少申请', { organs: [HONGZE], metric: RECEIVED }],
    ['洪泽区最新一年的行政复议', { organs: [HONGZE], metric: 'reviewLitigation.review.total' }],
    ['南山区最新的报告收到多少申请', { organs: [NANSHAN], metric: RECEIVED }],
    ['龙岗区最近一年的行政诉讼', { organs: [LONGGANG], metric: 'reviewLitigation.litigation.total' }],
    ['Hongze latest year applications received', { organs: [HONGZE], metric: RECEIVED }],
    ['淮安市和洪泽区最近一年收到申请分别多少', { organs: [HUAIAN, HONGZE], metric: RECEIVED }],
    // A region's organs: the latest year the comparison can use, said in the reply (深圳's 2022, not 2025).
    [
      '深圳最近一年哪个区行政复议最多',
      { regions: ['深圳'], level: 'district', metric: 'reviewLitigation.review.total', aggregation: 'max' },
    ],
    // Across every organ: the store's latest year.
    ['最近一年哪个单位收到申请最多', { years: [2025], metric: RECEIVED, aggregation: 'max' }],
    ['最新一年各单位收到多少申请', { years: [2025], metric: RECEIVED, aggregation: 'top' }],
    // 今年 / 去年 are counted from the store's latest year, beside an organ too.
    ['洪泽区去年收到多少申请', { organs: [HONGZE], years: [2024], metric: RECEIVED }],
    ['洪泽区今年收到多少申请', { organs: [HONGZE], years: [2025], metric: RECEIVED }],
  ]);

  it('深圳最近一年 ranks the 2022 report of 深圳, saying which year and the organ left out', async () => {
    await expectExactly(table.engine, '深圳最近一年哪个区行政复议最多', {
      status: 'answered',
      facts: [[LONGGANG, 2022, 'reviewLitigation.review.total', 15]],
      says: ['按最新的 2022 年度比较'],
      saysNot: ['2025'],
    });
  });

  it('洪泽区最近一年 answers its 2024 report and says the year taken', async () => {
    await expectExactly(table.engine, '洪泽区最近一年收到多少申请', {
      status: 'answered',
      facts: [[HONGZE, 2024, RECEIVED, 95]],
      says: ['使用该单位最新的 2024 年报告'],
      saysNot: ['2025'],
    });
  });
});
