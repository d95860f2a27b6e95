// Table 四 printed transposed: five rows (结果维持 … 总计), each with its three cells 行政复议, 未经复议直接起诉,
// 复议后起诉. The parse must give the sample's table 四 in the usual order.
import { describe, expect, it } from 'vitest';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '../../src/parser/index.js';
import { type Expected, parseText, readExpected, ruleSet } from './read-report.js';
import { type Layout, renderReport } from './render-report.js';

const RESULT_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const SIGNATURE = ['某某县人民政府', '2024年1月18日'];

/** Table 四 as five rows of three cells, in Word cells, PDF rows or pipe rows; the rows in `order` (result indexes). */
function transposedReview(
  review: NonNullable<Expected['reviewLitigation']>,
  cells: Layout['cells'],
  order: readonly number[] = [0, 1, 2, 3, 4],
): string[] {
  const header = ['', '行政复议', '行政诉讼 未经复议直接起诉', '行政诉讼 复议后起诉'];
  const rows = order.map((r) => [
    RESULT_LABELS[r] ?? '',
    ...REVIEW_GROUPS.map((group) => String(review[group][REVIEW_COLUMNS[r] ?? 'total'])),
  ]);
  const lines = ['四、政府信息公开行政复议、行政诉讼情况'];
  for (const row of [header, ...rows]) {
    if (cells === 'pipe') lines.push(`| ${row.join(' | ')} |`);
    else if (cells === 'rows') lines.push(row.join(' ').trim());
    else lines.push('', ...row.map((cell) => `\t${cell}`));
  }
  return lines;
}

describe('table 四 transposed (five rows of three)', () => {
  describe.each(['longgang-district-2022', 'nanshan-district-2020', 'longgang-data-bureau-2021'])('%s', (name) => {
    it.each<Layout['cells']>(['word', 'rows', 'pipe'])('%s', (cells) => {
      const expected = readExpected(name);
      const review = expected.reviewLitigation;
      if (review === null) throw new Error('sample without table 四');
      const layout: Layout = {
        title: ['某某县人民政府2023年政府信息公开工作年度报告'],
        signature: [],
        cells,
        review: 'line',
      };
      const text = [
        renderReport({ ...expected, reviewLitigation: null }, layout),
        ...transposedReview(review, cells),
        '',
        ...SIGNATURE,
      ].join('\n');
      const report = parseText(text);
      expect(report.reviewLitigation).toEqual(review);
      expect(report.applications).toEqual(expected.applications);
      expect(ruleSet(report)).toEqual([...expected.checkRules].sort());
    });
  });

  // Each row's label says which result it holds: 总计 printed first is still 总计.
  it.each<Layout['cells']>(['word', 'rows', 'pipe'])('rows in another order, read by their labels (%s)', (cells) => {
    const expected = readExpected('longgang-district-2022');
    const review = expected.reviewLitigation;
    if (review === null) throw new Error('sample without table 四');
    const layout: Layout = {
      title: ['某某县人民政府2023年政府信息公开工作年度报告'],
      signature: [],
      cells,
      review: 'line',
    };
    const text = [
      renderReport({ ...expected, reviewLitigation: null }, layout),
      ...transposedReview(review, cells, [4, 0, 1, 3, 2]),
      '',
      ...SIGNATURE,
    ].join('\n');
    expect(parseText(text).reviewLitigation).toEqual(review);
  });

  it('a result row printed twice is no transposed table (never the second row read as another result)', () => {
    const expected = readExpected('longgang-district-2022');
    const review = expected.reviewLitigation;
    if (review === null) throw new Error('sample without table 四');
    const layout: Layout = {
      title: ['某某县人民政府2023年政府信息公开工作年度报告'],
      signature: [],
      cells: 'pipe',
      review: 'line',
    };
    const text = [
      renderReport({ ...expected, reviewLitigation: null }, layout),
      ...transposedReview(review, 'pipe', [0, 0, 1, 2, 3]),
      '',
      ...SIGNATURE,
    ].join('\n');
    const report = parseText(text);
    expect(report.reviewLitigation).toBeNull();
    expect(report.checks.map((check) => [check.rule, check.table])).toContainEqual(['table.missing', '四']);
  });
});
