// Issue 14, defect classes 4 and 5, end to end: whole reports of organs of every kind parse (none is refused),
// the organ is never a fragment of a sentence, the level follows from the organ, and 年度 titles give the year.
import { describe, expect, it } from 'vitest';
import { parseText, readExpected } from './read-report.js';
import { type Layout, renderReport } from './render-report.js';

type Row = [title: string[], signature: string[], org: string, level: 'government' | 'department', year: number];

const ROWS: Row[] = [
  [['平潭综合实验区2025年度政府信息公开工作年度报告'], [], '平潭综合实验区管委会', 'government', 2025],
  [
    ['平潭综合实验区2025年度政府信息公开工作年度报告'],
    ['平潭综合实验区管理委员会', '2026年1月20日'],
    '平潭综合实验区管理委员会',
    'government',
    2025,
  ],
  [['2024年度上海市浦东新区政府信息公开工作年度报告'], [], '上海市浦东新区人民政府', 'government', 2024],
  [
    ['苏州工业园区管委会2023年政府信息公开工作年度报告'],
    ['苏州工业园区管委会', '2024年1月20日'],
    '苏州工业园区管委会',
    'department',
    2023,
  ],
  [
    ['合肥高新技术产业开发区管理委员会2023年度政府信息公开工作年度报告'],
    [],
    '合肥高新技术产业开发区管理委员会',
    'department',
    2023,
  ],
  [['江苏省人民政府办公厅2023年政府信息公开工作年度报告'], [], '江苏省人民政府办公厅', 'department', 2023],
  [
    ['市科委2023年政府信息公开工作年度报告'],
    ['北京市科学技术委员会', '2024年1月20日'],
    '北京市科学技术委员会',
    'department',
    2023,
  ],
  [['淮安市公共资源交易中心2024年度政府信息公开工作年度报告'], [], '淮安市公共资源交易中心', 'department', 2024],
  [
    ['清河街道办事处2024年政府信息公开工作年度报告'],
    ['清河街道办事处', '2025年1月8日'],
    '清河街道办事处',
    'department',
    2024,
  ],
  [['沭阳县颜集乡人民政府2024年政府信息公开工作年度报告'], [], '沭阳县颜集乡人民政府', 'government', 2024],
  [['洪泽区人民政府', '2023 年政府信息公开工作年度报告'], [], '淮安市洪泽区人民政府', 'government', 2023],
];

/** The body's first sentence names the compiling office with its city, as 洪泽区's reports do. */
const FIRST_SENTENCE =
  '本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。如对本报告有疑问，请与淮安市洪泽区人民政府办公室联系。';

describe.each(ROWS)('%s', (title, signature, org, level, year) => {
  it(`is ${org} (${level}) on ${year}`, () => {
    const layout: Layout = { title: [...title, FIRST_SENTENCE], signature, cells: 'rows', review: 'line' };
    const report = parseText(renderReport(readExpected('longgang-district-2022'), layout));
    expect([report.org, report.level, report.year, report.id]).toEqual([org, level, year, `${org}/${year}`]);
    expect(report.org).not.toMatch(/^[告由请与]/);
  });
});
