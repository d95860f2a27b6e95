// The samples' known values printed back in layouts no sample uses (another organ, Word cells / PDF rows /
// pipe rows, number styles, page breaks, extra sections): each parse must give the same values and checks.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/parser/index.js';
import { type Expected, parseText, readExpected, ruleSet, SAMPLE_NAMES } from './read-report.js';
import { type Layout, renderReport, yuanToWan } from './render-report.js';

const BASE: Layout = {
  title: ['杭州市西湖区教育局2023年政府信息公开工作年度报告'],
  signature: ['杭州市西湖区教育局', '2024年1月18日'],
  cells: 'rows',
  review: 'line',
};

const FULL_WIDTH_ZERO = 0xff10;
const toFullWidth = (value: number): string =>
  String(value).replace(/\d/g, (digit) => String.fromCharCode(FULL_WIDTH_ZERO + Number(digit)));
const zeroAs = (printed: string) => (value: number) => (value === 0 ? printed : String(value));

const LAYOUTS: Record<string, Partial<Layout>> = {
  'Word cells': { cells: 'word' },
  'PDF rows with numbers above their labels': { numbersAbove: true },
  'PDF rows with numbers above their wrapped labels': { numbersAbove: true, wrap: { width: 9, numbersOn: 'first' } },
  'PDF rows with numbers above their labels, （六）其他处理 as one row': {
    numbersAbove: true,
    otherHandlingAsOneRow: true,
  },
  'pipe rows': { cells: 'pipe' },
  'table 四 as three lines of five': { review: 'groups' },
  'table 四 one cell per line': { review: 'cells' },
  'Word cells, table 四 as three small tables': { cells: 'word', review: 'groups' },
  'thousands separators': { number: (value) => value.toLocaleString('en-US', { maximumFractionDigits: 20 }) },
  'full-width digits': { number: toFullWidth },
  'count words after numbers (12件)': { number: (value, money) => (money ? String(value) : `${value}件`) },
  'signs as words apart from the number (减少 19, 增加 5)': {
    number: (value) => (value < 0 ? `减少 ${-value}` : String(value)),
  },
  'zero as /': { number: zeroAs('/') },
  'zero as —': { number: zeroAs('—') },
  'zero as -': { number: zeroAs('-') },
  'zero as 无': { number: zeroAs('无') },
  'zero as a blank Word cell': { cells: 'word', review: 'cells', number: zeroAs('') },
  'zero as a blank pipe cell': { cells: 'pipe', review: 'cells', number: zeroAs('') },
  'zero as a blank PDF cell: all-blank rows print their label alone': {
    cells: 'rows',
    review: 'cells',
    number: zeroAs(''),
  },
  'zero as a blank PDF cell, labels wrapped at 9': {
    cells: 'rows',
    review: 'cells',
    number: zeroAs(''),
    wrap: { width: 9, numbersOn: 'last' },
  },
  'PDF page breaks with page count and running title': {
    pageBreak: { lines: ['第 3 页 共 8 页', '杭州市西湖区教育局2023年政府信息公开工作年度报告'], every: 7 },
  },
  'Word page breaks with running title inside rows': {
    cells: 'word',
    pageBreak: { lines: ['', '— 3 —', '杭州市西湖区教育局 2023 年', '政府信息公开工作年度报告', ''], every: 11 },
  },
  'page footers holding the title and the page number, one cell per line': {
    cells: 'word',
    pageBreak: {
      lines: [
        '杭州市西湖区教育局2023年政府信息公开工作年度报告 — 3 —',
        '杭州市西湖区教育局 2023 年政府信息公开工作年度报告 第 4 页 共 9 页',
      ],
      every: 8,
    },
  },
  'pipe page breaks with running title': {
    cells: 'pipe',
    pageBreak: { lines: ['第3页 共8页', '杭州市西湖区教育局2023年政府信息公开工作年度报告'], every: 6 },
  },
  'tables before 一、总体情况': { proseAfterTables: true },
  'PDF labels wrapped at 6, numbers after the last line': { wrap: { width: 6, numbersOn: 'last' } },
  'PDF labels wrapped at 12, numbers after the last line': { wrap: { width: 12, numbersOn: 'last' } },
  'PDF labels wrapped at 6 (narrow cells), numbers after the first line': { wrap: { width: 6, numbersOn: 'first' } },
  'PDF labels wrapped at 7 (narrow cells), numbers after the first line': { wrap: { width: 7, numbersOn: 'first' } },
  'PDF labels wrapped at 8 (narrow cells), numbers after the first line': { wrap: { width: 8, numbersOn: 'first' } },
  'PDF labels wrapped at 8, numbers after the first line, blank cells as /': {
    wrap: { width: 8, numbersOn: 'first' },
    number: zeroAs('/'),
  },
  'PDF labels wrapped at 10, numbers after the first line': { wrap: { width: 10, numbersOn: 'first' } },
  'PDF labels wrapped at 12, numbers after the first line': { wrap: { width: 12, numbersOn: 'first' } },
  'PDF labels wrapped at 16, numbers after the first line': { wrap: { width: 16, numbersOn: 'first' } },
  'table 三 with 总计 first': { totalFirst: true },
  'table 三 with 总计 first, Word cells': { totalFirst: true, cells: 'word' },
  '（七）合计 for （七）总计': { totalRowLabel: '（七）合计' },
  'sections 五 and 六 with numbers in prose': {
    extraSections: [
      '五、存在的主要问题及改进情况',
      '一是 12 3 45 6 7 8 9 。二是 2023年收到申请15件。',
      '六、其他需要报告的事项',
      '本年度收取信息处理费0元。 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15',
    ],
  },
};

/** The tables of an expected JSON as a layout prints them: without its （六） sub-rows when printed as one row. */
function expectedTables(
  expected: Expected,
  layout: Layout,
): Pick<Report, 'template' | 'activeDisclosure' | 'applications' | 'reviewLitigation'> {
  const applications =
    layout.otherHandlingAsOneRow && expected.applications
      ? Object.fromEntries(Object.entries(expected.applications).filter(([key]) => !key.startsWith('otherHandling.')))
      : expected.applications;
  return {
    template: expected.template,
    activeDisclosure: expected.activeDisclosure,
    applications,
    reviewLitigation: expected.reviewLitigation,
  };
}

function expectRendered(name: string, layout: Layout): void {
  const expected = readExpected(name);
  const report = parseText(renderReport(expected, layout));
  const { template, activeDisclosure, applications, reviewLitigation } = report;
  expect({ template, activeDisclosure, applications, reviewLitigation }).toEqual(expectedTables(expected, layout));
  expect([report.org, report.region, report.level, report.year, report.publishedOn]).toEqual([
    '杭州市西湖区教育局',
    '西湖区',
    'department',
    2023,
    '2024-01-18',
  ]);
  expect(ruleSet(report)).toEqual([...expected.checkRules].sort());
}

describe.each(Object.entries(LAYOUTS))('%s', (_, change) => {
  it.each(SAMPLE_NAMES)('%s', (name) => expectRendered(name, { ...BASE, ...change }));
});

describe('（六）其他处理 printed as one row on the 2021 template', () => {
  it.each(['longgang-district-2022', 'longgang-data-bureau-2021'])('%s', (name) => {
    const layout = { ...BASE, otherHandlingAsOneRow: true };
    expectRendered(name, layout);
    expect(parseText(renderReport(readExpected(name), layout)).applications?.['otherHandling.other']).toBeUndefined();
  });
});

describe('rows without cells', () => {
  const district = (): string => renderReport(readExpected('longgang-district-2022'), BASE);

  it('a row that lost some of its cells stays missing, never read as blank', () => {
    const text = district().replace('（一）予以公开 63 1 0 0 1 1 66', '（一）予以公开 63 1 1 1 66');
    const report = parseText(text);
    expect(report.applications?.granted).toBeUndefined();
    expect(report.applications?.partial?.total).toBe(36);
    expect(report.checks.find((check) => check.rule === 'table.missing')?.message).toContain('予以公开');
  });

  it('labels printed without cells between read rows are blank rows', () => {
    const text = district().replace(
      /\n2\.其他法律行政法规禁止公开 [^\n]*\n3\.危及“三安全一稳定” [^\n]*/,
      '\n2.其他法律行政法规禁止公开\n3.危及“三安全一稳定”',
    );
    const report = parseText(text);
    expect(report.printed.applications?.['denied.lawForbidden']?.natural).toBe('');
    expect(report.applications?.['denied.threeSafety']).toEqual({
      natural: 0,
      commercial: 0,
      research: 0,
      social: 0,
      legal: 0,
      other: 0,
      total: 0,
    });
    expect(report.checks).toEqual([]);
  });

  it('（六）其他处理 heading its sub-rows is not a blank row', () => {
    const report = parseText(district());
    expect(report.printed.applications?.otherHandling).toBeUndefined();
    expect(report.applications?.otherHandling?.total).toBe(118);
  });
});

describe('table 四 printed as headers alone: a blank table or a lost line of numbers, so missing (issue 19)', () => {
  const allBlank = SAMPLE_NAMES.filter((name) =>
    Object.values(readExpected(name).reviewLitigation ?? {}).every((group) =>
      Object.values(group).every((value) => value === 0),
    ),
  );

  it('is found in three samples', () => expect(allBlank).toHaveLength(3));

  const layout: Layout = {
    ...BASE,
    review: 'line',
    number: zeroAs(''),
    extraSections: ['五、存在的主要问题及改进情况', '无。'],
  };

  /** Table 四 is missing, never fifteen zeros; the other tables keep their values. */
  function expectReviewMissing(name: string, text: string): void {
    const expected = readExpected(name);
    const report = parseText(text);
    expect(report.reviewLitigation).toBeNull();
    expect([report.activeDisclosure, report.applications]).toEqual([expected.activeDisclosure, expected.applications]);
    expect(report.checks.filter((check) => check.rule === 'table.missing').map((check) => check.table)).toEqual(['四']);
  }

  it.each(allBlank)('%s', (name) => {
    const text = renderReport(readExpected(name), layout);
    expect(text).toMatch(/复议后起诉\n+五、/);
    expectReviewMissing(name, text);
  });

  it.each(['五、存在问题及改进措施', '五、工作中存在的不足及改进方向', '五、下一步工作打算'])(
    'ends at the next section, however it is worded, and takes no prose number: %s',
    (heading) => {
      const prose = [heading, '一是 1 2 3 4 5 二是 6 7 8 9 10 三是 11 12 13 14 15 16'];
      for (const name of allBlank)
        expectReviewMissing(name, renderReport(readExpected(name), { ...layout, extraSections: prose }));
    },
  );

  it('is missing when the text ends after its headers (cut off)', () => {
    const text = renderReport(readExpected('longgang-data-bureau-2021'), layout);
    const cut = text.slice(0, text.indexOf('复议后起诉') + 5);
    expect(parseText(cut).reviewLitigation).toBeNull();
  });

  it.each(SAMPLE_NAMES)('is missing when the one line of numbers is lost: %s', (name) => {
    const text = renderReport(readExpected(name), BASE);
    const lines = text.split('\n');
    const numbers = lines.findIndex(
      (line, i) => i > lines.findIndex((l) => l.includes('复议后起诉')) && /^[\d ]+$/.test(line),
    );
    expect(numbers).toBeGreaterThan(0);
    expectReviewMissing(name, lines.filter((_, i) => i !== numbers).join('\n'));
  });
});

describe('prose with numbers inside the table sections', () => {
  const PROSE: Record<string, [string, string]> = {
    "after table 三's heading": [
      '三、收到和处理政府信息公开申请情况',
      '本年度共收到申请 56 件，其中自然人 50 件；予以公开 20 件，部分公开 5 件，其他处理 1 件，总计 7 8 9 件。',
    ],
    "after table 二's heading": [
      '二、主动公开政府信息情况',
      '本年度制发规章 0 件，行政规范性文件 3 件，行政许可 120 件，行政强制 1 2 3 件。',
    ],
    "after table 四's heading": ['四、政府信息公开行政复议、行政诉讼情况', '本年度发生行政复议 5 件，行政诉讼 2 件。'],
  };

  describe.each(Object.entries(PROSE))('%s', (_, [heading, prose]) => {
    it.each(SAMPLE_NAMES)('%s', (name) => {
      for (const layout of [BASE, { ...BASE, review: 'groups' } as const, { ...BASE, cells: 'word' } as const]) {
        const expected = readExpected(name);
        const text = renderReport(expected, layout).replace(heading, `${heading}\n${prose}`);
        expect(text).toContain(prose);
        const report = parseText(text);
        expect([report.activeDisclosure, report.applications, report.reviewLitigation]).toEqual([
          expected.activeDisclosure,
          expected.applications,
          expected.reviewLitigation,
        ]);
      }
    });
  });
});

describe('table headers repeated on a new page, and rows no template has', () => {
  const HEADER_ROW = '申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他';
  const EDITS: Record<string, [Partial<Layout>, (text: string) => string]> = {
    'table 三 header before （四）': [
      {},
      (text) => text.replace('（四）无法提供', `第 3 页 共 8 页\n${HEADER_ROW}\n（四）无法提供`),
    ],
    'table 三 header before （七）总计': [{}, (text) => text.replace('（七）总计', `${HEADER_ROW}\n（七）总计`)],
    'table 三 header, numbers on the first label line': [
      { wrap: { width: 16, numbersOn: 'first' } },
      (text) => text.replace('（四）无法提供', `${HEADER_ROW}\n（四）无法提供`),
    ],
    'subtotal rows under （三）（四）（五） (local templates)': [
      {},
      (text) =>
        text
          .replace('（三）不予公开 1.', '（三）不予公开 9 9 9 9 9 9 54\n1.')
          .replace('（四）无法提供 1.', '（四）无法提供 8 8 8 8 8 8 48\n1.')
          .replace('（五）不予处理 1.', '（五）不予处理 小计 7 7 7 7 7 7 42\n1.'),
    ],
    'table 四 header between its groups': [
      { review: 'groups' },
      (text) =>
        text.replace(
          '行政诉讼 复议后起诉',
          '行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计\n行政诉讼 复议后起诉',
        ),
    ],
  };

  describe.each(Object.entries(EDITS))('%s', (_, [change, edit]) => {
    it.each(SAMPLE_NAMES)('%s', (name) => {
      const expected = readExpected(name);
      const original = renderReport(expected, { ...BASE, ...change });
      const text = edit(original);
      expect(text).not.toBe(original);
      const report = parseText(text);
      expect([report.activeDisclosure, report.applications, report.reviewLitigation]).toEqual([
        expected.activeDisclosure,
        expected.applications,
        expected.reviewLitigation,
      ]);
      expect(ruleSet(report)).toEqual([...expected.checkRules].sort());
    });
  });
});

describe('report years on each template', () => {
  const CASES: [string, number][] = [
    ['nanshan-district-2020', 2019],
    ['longhua-data-bureau-2020', 2020],
    ['longgang-district-2022', 2023],
    ['longgang-data-bureau-2021', 2024],
    ['longgang-district-2022', 2025],
  ];

  it.each(CASES)('%s printed as a report on %i', (name, year) => {
    const layout: Layout = {
      ...BASE,
      title: [`某某市公安局${year}年政府信息公开工作年度报告`],
      signature: ['某某市公安局', `${year + 1}年1月18日`],
    };
    const expected = readExpected(name);
    const report = parseText(renderReport(expected, layout));
    expect([report.org, report.year, report.template, report.publishedOn]).toEqual([
      '某某市公安局',
      year,
      expected.template,
      `${year + 1}-01-18`,
    ]);
    expect(report.applications).toEqual(expected.applications);
  });

  it.each(CASES)('%s without its column headers: the year tells the template (%i)', (name, year) => {
    const layout: Layout = { ...BASE, title: [`某某市公安局${year}年政府信息公开工作年度报告`] };
    const expected = readExpected(name);
    const text = renderReport(expected, layout).replace(/^信息内容.*$/gm, '信息内容');
    expect(text).not.toMatch(/本年制发件数|本年新制作数量/);
    const report = parseText(text);
    expect([report.template, report.activeDisclosure]).toEqual([expected.template, expected.activeDisclosure]);
  });
});

describe('money units named in the header or the cell', () => {
  const fees = (header: string, cell: string): number | null | undefined => {
    const text = renderReport(readExpected('longgang-district-2022'), BASE)
      .replace('本年收费金额（单位：万元）', header)
      .replace('行政事业性收费 2.22934', `行政事业性收费 ${cell}`);
    return parseText(text).activeDisclosure?.fees?.amountYuan;
  };

  it.each([
    ['本年收费金额（元）', '22293.4'],
    ['本年收费金额(单位:元)', '22,293.4'],
    ['本年收费金额（单位：万元）', '2.22934万元'],
    ['本年收费金额（单位：万元）', '22293.4元'],
    ['本年收费金额', '2.22934'],
    ['本年收费金额（单位：亿元）', '0.000222934'],
    ['本年收费金额', '0.000222934亿元'],
  ])('%s, printed %s', (header, cell) => expect(fees(header, cell)).toBe(22293.4));

  it.each([
    ['采购总金额（万元）', '170815.4'],
    ['采购总金额（元）', '1,708,154,000.00'],
    ['采购总金额', '17.08154亿元'],
  ])('2019 procurement under %s, printed %s', (header, cell) => {
    const text = renderReport(readExpected('nanshan-district-2020'), BASE)
      .replace('采购总金额', header)
      .replace(/政府集中采购 2502 \S+/, `政府集中采购 2502 ${cell}`);
    expect(parseText(text).activeDisclosure?.procurement).toEqual({ items: 2502, amountYuan: 1708154000 });
  });
});

describe('yuanToWan (the renderer prints 2021 fees in 万元)', () => {
  it.each([
    [22293.4, '2.22934'],
    [961716000, '96171.6'],
    [0, '0'],
    [50, '0.005'],
  ])('%s yuan', (yuan, wan) => expect(yuanToWan(yuan)).toBe(wan));
});
