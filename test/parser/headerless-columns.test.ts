// Tables 三 and 四 printed without the header that names their columns: the numbers alone must say the order, and
// a row (or table 四) whose totals do not add up in the template's order is left unread with a check, never stored.
import { describe, expect, it } from 'vitest';
import { parseText, readExpected } from './read-report.js';
import { type Layout, renderReport } from './render-report.js';

const BASE: Layout = {
  title: ['杭州市西湖区教育局2023年政府信息公开工作年度报告'],
  signature: ['杭州市西湖区教育局', '2024年1月18日'],
  cells: 'rows',
  review: 'line',
};

/** The report's text without the lines that head table 三's or 四's columns. */
function withoutHeaders(text: string, words: string): string {
  return text
    .split('\n')
    .filter((line) => !line.includes(words))
    .join('\n');
}

describe('table 三 without its header', () => {
  const expected = readExpected('longgang-district-2022');

  it('reads every row that adds up, in the template order', () => {
    const text = withoutHeaders(renderReport(expected, BASE), '申请人情况');
    expect(text).not.toContain('商业企业');
    expect(parseText(text).applications).toEqual(expected.applications);
  });

  it('reads 总计 printed first where the numbers say so', () => {
    const text = withoutHeaders(renderReport(expected, { ...BASE, totalFirst: true }), '申请人情况');
    expect(parseText(text).applications).toEqual(expected.applications);
  });

  it('leaves a row whose 总计 is not the sum of the others unread, with a check naming it', () => {
    const granted = expected.applications?.granted;
    if (granted === undefined) throw new Error('no granted row');
    const misadded = { ...expected, applications: { ...expected.applications, granted: { ...granted, total: 67 } } };
    const report = parseText(withoutHeaders(renderReport(misadded, BASE), '申请人情况'));
    expect(report.applications?.granted).toBeUndefined();
    expect(report.applications?.partial).toEqual(expected.applications?.partial);
    const missing = report.checks.find((check) => check.rule === 'table.missing' && check.table === '三');
    expect(missing?.message).toContain('予以公开');
  });

  it('under a header naming every column, keeps the row as printed, its check failing', () => {
    const granted = expected.applications?.granted;
    if (granted === undefined) throw new Error('no granted row');
    const misadded = { ...expected, applications: { ...expected.applications, granted: { ...granted, total: 67 } } };
    const report = parseText(renderReport(misadded, BASE));
    expect(report.applications?.granted?.total).toBe(67);
    expect(report.checks.map((check) => [check.rule, check.row])).toContainEqual(['applications.rowTotal', 'granted']);
  });
});

describe('table 四 without its header', () => {
  const expected = readExpected('longgang-district-2022');
  const review = expected.reviewLitigation;
  if (review === null) throw new Error('sample without table 四');

  it('reads the fifteen numbers in the template order where they add up so', () => {
    const text = withoutHeaders(renderReport(expected, BASE), '结果维持');
    expect(text).not.toContain('尚未审结');
    expect(parseText(text).reviewLitigation).toEqual(review);
  });

  it('is left unread with a check where the totals add up only in another order (总计 first)', () => {
    const totalFirst = [review.review, review.litigationDirect, review.litigationAfterReview]
      .flatMap((group) => [group.total, group.upheld, group.corrected, group.other, group.pending])
      .join(' ');
    const extraSections = [
      '四、政府信息公开行政复议、行政诉讼情况',
      totalFirst,
      '五、存在的主要问题及改进情况',
      '无。',
    ];
    const text = renderReport({ ...expected, reviewLitigation: null }, { ...BASE, extraSections });
    expect(text).toContain(totalFirst);
    const report = parseText(text);
    expect(report.reviewLitigation).toBeNull();
    expect(report.checks.map((check) => [check.rule, check.table])).toContainEqual(['table.missing', '四']);
  });
});
