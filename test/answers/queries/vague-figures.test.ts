// Issue 13: the figures a report is summed up by (收到申请, 办理, 复议, 诉讼) answer only a question that asks for no
// figure at all (龙岗区2022年). A question asking how many / how much with no figure (龙岗区2022年有多少案件), or naming a
// column that several rows have (花了多少钱: 收费 or 采购?), is asked which figure, the figures offered with values.
import { describe, it } from 'vitest';
import { type ExactAnswer, expectExactly } from '../exact-answer.js';
import { LONGGANG, NANSHAN } from '../sample-store.js';
import { useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const SUMMARY = [
  'applications.newReceived.total',
  'applications.total.total',
  'reviewLitigation.review.total',
  'reviewLitigation.litigation.total',
];
const AMOUNTS = ['activeDisclosure.fees.amountYuan', 'activeDisclosure.procurement.amountYuan'];
const DECISIONS = [
  'activeDisclosure.licensing.decisions',
  'activeDisclosure.otherServices.decisions',
  'activeDisclosure.punishment.decisions',
  'activeDisclosure.enforcement.decisions',
];
const LONGGANG_2022 = { organs: [LONGGANG], years: [2022] };

describe('question → which figure, when none is named', () => {
  table.run([
    ['龙岗区2022年有多少案件', { clarify: SUMMARY, query: LONGGANG_2022 }],
    ['龙岗区2022年多少个', { clarify: SUMMARY, query: LONGGANG_2022 }],
    ['南山区2020年有几个', { clarify: SUMMARY, query: { organs: [NANSHAN], years: [2020] } }],
    ['龙岗区一共多少', { clarify: SUMMARY, query: { organs: [LONGGANG] } }],
    ['龙岗区和南山区分别是多少', { clarify: SUMMARY, query: { organs: [LONGGANG, NANSHAN] } }],
    ['How many did Longgang have in 2022?', { clarify: SUMMARY, query: LONGGANG_2022 }],
    ['龙岗区2022年花了多少钱', { clarify: AMOUNTS, query: LONGGANG_2022 }],
    ['南山区2020年金额是多少', { clarify: AMOUNTS, query: { organs: [NANSHAN], years: [2020] } }],
    ['How much money did Nanshan spend in 2020?', { clarify: AMOUNTS }],
    ['龙岗区2022年处理决定有多少', { clarify: DECISIONS, query: LONGGANG_2022 }],
    // A field the row named lacks (行政处罚 has no 金额): asked which amount, never the row's decisions.
    ['龙岗区2022年行政处罚罚款金额多少', { clarify: AMOUNTS, query: LONGGANG_2022 }],
    ['龙岗区2022年行政许可的金额', { clarify: AMOUNTS, query: LONGGANG_2022 }],
    // A name asked of a figure is no figure.
    ['龙岗区2022年行政复议的复议机关是哪个', 'not_understood'],
    ['南山区2020年的行政诉讼是谁', 'not_understood'],
    // No figure and no quantity asked: the summary of the report.
    ['龙岗区2022年', LONGGANG_2022],
    ['龙岗区2022年的数据', LONGGANG_2022],
    ['龙岗区2022年的情况', { ...LONGGANG_2022, breakdown: 'detail' }],
  ]);
});

describe('answers ask, stating no figure as the answer', () => {
  const asks = (says: readonly string[]): ExactAnswer => ({ status: 'clarify', facts: [], says });

  it('龙岗区2022年有多少案件 offers the summary figures with their values', async () => {
    await expectExactly(
      table.engine,
      '龙岗区2022年有多少案件',
      asks([
        '没有说是报告表格里的哪个数字',
        '行政复议：深圳市龙岗区人民政府 2022年 15 件',
        '行政诉讼：深圳市龙岗区人民政府 2022年 38 件',
      ]),
    );
  });

  it('花了多少钱 offers the amounts of table 二', async () => {
    await expectExactly(
      table.engine,
      '龙岗区2022年花了多少钱',
      asks(['不确定“金额”', '行政事业性收费金额', '政府集中采购金额']),
    );
  });

  it('a figure named next answers for the same organ and year', async () => {
    await expectExactly(table.engine, '龙岗区2022年有多少案件', asks(['行政复议']), 'vague-then-named');
    await expectExactly(
      table.engine,
      '行政复议的',
      { status: 'answered', facts: [[LONGGANG, 2022, 'reviewLitigation.review.total', 15]] },
      'vague-then-named',
    );
  });
});
