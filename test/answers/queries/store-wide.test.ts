// Questions about the store as a whole (issue 13): 库里 / 库中 / 整个库 is every organ the store holds, as 全部单位
// is, and whose report is the latest (最新的年报是哪个单位的) lists the reports of the store's latest year. A sum
// over the store with no year asks which year — its organs share none — and never adds different years.
import { describe, expect, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { NANSHAN } from '../sample-store.js';
import { HONGZE, HUAIAN, SHUYANG, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const RECEIVED = 'applications.newReceived.total';
const REVIEW = 'reviewLitigation.review.total';

describe('the store itself', () => {
  table.run([
    ['库中一共收到多少申请', { metric: RECEIVED, aggregation: 'sum' }],
    ['库里2024年行政复议合计', { years: [2024], metric: REVIEW, aggregation: 'sum' }],
    ['整个库2020年收到的申请加起来', { years: [2020], metric: RECEIVED, aggregation: 'sum' }],
    // 哪些报告…是0: the reports whose figure is 0 (was each organ's figure, the 是0 dropped).
    ['库里哪些报告的行政复议总计是0', { metric: REVIEW, aggregation: 'zero' }],
    ['哪些报告的行政复议是零', { metric: REVIEW, aggregation: 'zero' }],
    // 库里有哪些单位: what the store holds, a question about the data.
    ['库里有哪些单位', { aggregation: 'reports' }],
  ]);
  it('库里有哪些单位 after a figure lists the organs held, never the organs with that figure', async () => {
    const conversationId = 'store-organs-after-figure';
    await table.engine.answer('洪泽区2024年予以公开', { conversationId });
    const answer = await table.engine.answer('库里有哪些单位', { conversationId });
    expect(answer.status, answer.answer).toBe('answered');
    expect(answer.facts, answer.answer).toEqual([]);
    expect(answer.answer).toContain('我有 8 个单位的 8 份报告');
  });
});

describe('whose report', () => {
  table.run([
    // The sample and real reports: the latest year held is 沐阳县's 2025.
    ['最新的年报是哪个单位的', { years: [2025], aggregation: 'reports' }],
    ['2024年的报告是谁的', { years: [2024], aggregation: 'reports' }],
    ['Whose report is the most recent?', { years: [2025], aggregation: 'reports' }],
  ]);
});

describe('answers about the store', () => {
  it('最新的年报是哪个单位的 lists the one report of 2025', async () => {
    await expectExactly(table.engine, '最新的年报是哪个单位的', {
      status: 'answered',
      facts: [],
      says: [`${SHUYANG}：2025年`],
      saysNot: [HUAIAN, NANSHAN],
    });
  });

  it('数据库里2024年收到的申请一共多少 adds the two reports of 2024', async () => {
    const answer = await table.engine.answer('数据库里2024年收到的申请一共多少');
    expect(answer.status, answer.answer).toBe('answered');
    expect(answer.answer).toContain('3,214');
    expect(answer.facts.map((fact) => [fact.org, fact.year, fact.value])).toEqual([
      [HUAIAN, 2024, 3214],
      [HUAIAN, 2024, 3119],
      [HONGZE, 2024, 95],
    ]);
  });

  it('库里一共多少申请 with no year asks which year, after another organ’s question too: never years added', async () => {
    // 没有同一年度的报告 is what the clarify says, not a report said missing.
    const asksYear = {
      status: 'clarify',
      facts: [],
      says: ['请指明年份', `${SHUYANG}：2025年`],
      saysMissing: true,
    } as const;
    await expectExactly(table.engine, '库里一共多少申请', asksYear);
    await table.engine.answer('洪泽区2024年收到多少申请', { conversationId: 'store-wide' });
    await expectExactly(table.engine, '库里一共多少申请', asksYear, 'store-wide');
  });
});
