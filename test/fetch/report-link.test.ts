// Which list entries are annual reports, by title: the rule the watch follows links by.
import { describe, expect, it } from 'vitest';
import { isReportLink } from '../../src/fetch/index.js';

describe('isReportLink', () => {
  it.each([
    ['深圳市南山区人民政府2020年政府信息公开工作年度报告', '', true],
    ['龙岗区发展和改革局2021年度政府信息公开工作年度报告', '', true],
    ['深圳市龙华区政务服务数据管理局政府信息公开工作年度报告（2022年）', '', true],
    ['2023年政府信息公开年报', '', true],
    // The list cuts the text short; the title attribute holds the whole.
    ['深圳市龙岗区…', '深圳市龙岗区人民政府2022年政府信息公开工作年度报告', true],
    ['关于做好2023年政务公开工作的通知', '', false],
    ['政府信息公开工作年度报告', '', false], // no year: the column's own name
    ['图解：南山区2022年政府信息公开工作年度报告', '', false],
    ['南山区2022年政府信息公开工作年度报告解读', '', false],
    ['2022年政务服务工作总结', '', false],
  ])('%s (title %s) → %s', (text, title, expected) => {
    expect(isReportLink({ text, title })).toBe(expected);
  });
});
