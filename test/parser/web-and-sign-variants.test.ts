// Variants of the samples' tables the first rounds did not print: web tables copied one cell per line with
// blank cells as empty lines, 2019 changes printed with words or signs, templates told by headers against the
// year, Hong Kong Traditional wording. Each parse must give the sample's values (blank cells read 0).
import { describe, expect, it } from 'vitest';
import { type Expected, parseText, readExpected, ruleSet } from './read-report.js';
import { type Layout, renderReport } from './render-report.js';
import { simplifiedToTraditional } from './transforms.js';

const BASE: Layout = {
  title: ['某某县人民政府2023年政府信息公开工作年度报告'],
  signature: ['某某县人民政府', '2024年1月18日'],
  cells: 'word',
  review: 'groups',
};

function expectValues(text: string, expected: Expected): void {
  const report = parseText(text);
  expect({
    template: report.template,
    activeDisclosure: report.activeDisclosure,
    applications: report.applications,
    reviewLitigation: report.reviewLitigation,
  }).toEqual({
    template: expected.template,
    activeDisclosure: expected.activeDisclosure,
    applications: expected.applications,
    reviewLitigation: expected.reviewLitigation,
  });
  expect(ruleSet(report)).toEqual([...expected.checkRules].sort());
}

/** A web table copied as text: every cell on its own line, nothing between cells, a blank cell an empty line. */
function asCopiedWebTable(wordText: string): string {
  const lines = wordText.split('\n');
  return lines
    .filter((line, i) => !(line === '' && lines[i + 1]?.startsWith('\t')))
    .map((line) => line.replace(/^\t/, ''))
    .join('\n');
}

describe('web table copied one cell per line, blank cells as empty lines', () => {
  it.each(['longgang-district-2022', 'longgang-data-bureau-2021', 'longhua-data-bureau-2020', 'nanshan-district-2020'])(
    '%s',
    (name) => {
      const expected = readExpected(name);
      const text = asCopiedWebTable(
        renderReport(expected, { ...BASE, review: 'cells', number: (value) => (value === 0 ? '' : String(value)) }),
      );
      expect(text).not.toContain('\t');
      expect(text).toMatch(/\n\n\n/);
      expectValues(text, expected);
    },
  );

  it('a spaced web text (an empty line after every cell) keeps its empty lines as separators', () => {
    const name = 'longgang-district-2022';
    const expected = readExpected(name);
    const spaced = asCopiedWebTable(renderReport(expected, BASE)).split('\n').join('\n\n');
    expectValues(spaced, expected);
  });
});

/** The 2019 template's rows with 上一年项目数量 and 本年增/减 cells (Word cells: label line, then one line per cell). */
const CHANGE_ROWS = ['行政许可', '其他对外管理服务事项', '行政处罚', '行政强制', '行政事业性收费'];

/** Reprints each 2019 change cell with `printChange` and leaves 上一年项目数量 blank. */
function reprintChanges(text: string, printChange: (value: number) => string): string {
  const lines = text.split('\n');
  for (const label of CHANGE_ROWS) {
    const at = lines.indexOf(`\t${label}`);
    if (at < 0) throw new Error(`no row ${label}`);
    lines[at + 1] = '\t';
    lines[at + 2] = `\t${printChange(Number(lines[at + 2]?.trim()))}`;
  }
  return lines.join('\n');
}

function withoutLastYearItems(expected: Expected): Expected {
  const disclosure = expected.activeDisclosure as Record<string, Record<string, number>>;
  const cleared = Object.fromEntries(
    Object.entries(disclosure).map(([key, row]) => [key, 'lastYearItems' in row ? { ...row, lastYearItems: 0 } : row]),
  );
  return { ...expected, activeDisclosure: cleared as Expected['activeDisclosure'] };
}

describe('2019 template: 本年增/减 printed with words or signs, 上一年项目数量 blank', () => {
  const STYLES: Record<string, (value: number) => string> = {
    '增加3 / 减少2': (value) => (value < 0 ? `减少${-value}` : value > 0 ? `增加${value}` : '0'),
    '+5 / -2': (value) => (value > 0 ? `+${value}` : String(value)),
    '增3 / 减2': (value) => (value < 0 ? `减${-value}` : value > 0 ? `增${value}` : '—'),
  };
  describe.each(['nanshan-district-2020', 'longgang-development-reform-2020'])('%s', (name) => {
    it.each(Object.entries(STYLES))('%s', (_, printChange) => {
      const expected = readExpected(name);
      const text = reprintChanges(
        renderReport(expected, { ...BASE, title: ['某某县人民政府2020年政府信息公开工作年度报告'] }),
        printChange,
      );
      const report = parseText(text);
      const cleared = withoutLastYearItems(expected);
      expect(report.activeDisclosure).toEqual(cleared.activeDisclosure);
      expect(report.applications).toEqual(expected.applications);
      expect(report.year).toBe(2020);
    });
  });
});

describe('the template is told by the headers, not the year', () => {
  it.each<[string, number]>([
    ['longgang-district-2022', 2020],
    ['longgang-data-bureau-2021', 2019],
    ['nanshan-district-2020', 2022],
    ['longgang-development-reform-2020', 2024],
  ])('%s printed as a report on %i', (name, year) => {
    const expected = readExpected(name);
    const text = renderReport(expected, { ...BASE, title: [`某某县人民政府${year}年政府信息公开工作年度报告`] });
    expect(parseText(text).year).toBe(year);
    expectValues(text, expected);
  });
});

describe('Hong Kong Traditional wording (資訊 for 信息, 裡 for 里)', () => {
  const toHongKong = (text: string): string =>
    simplifiedToTraditional(text).replace(/信息/g, '資訊').replace(/里/g, '裡');
  it.each<[string, Layout['cells']]>([
    ['longgang-district-2022', 'rows'],
    ['nanshan-district-2020', 'word'],
    ['longhua-data-bureau-2020', 'pipe'],
  ])('%s as %s', (name, cells) => {
    const expected = readExpected(name);
    const text = toHongKong(renderReport(expected, { ...BASE, cells }));
    expect(text).toContain('資訊');
    const report = parseText(text);
    expect(report.org).toBe('某某县人民政府');
    expectValues(text, expected);
  });
});

describe('table 三 header: one cell per line, 法人或其他组织 merged over its five columns', () => {
  const PRINTED = '申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他';
  const ORDERS: Record<string, string[]> = {
    'top row, then the sub-header row': [
      '申请人情况',
      '自然人',
      '法人或其他组织',
      '总计',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ],
    'column by column, 总计 last': [
      '申请人情况',
      '自然人',
      '法人或其他组织',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ],
    'narrow header cells wrapping their words': [
      '申请人情况',
      '自然人',
      '法人或其他',
      '组织',
      '商业',
      '企业',
      '科研',
      '机构',
      '社会公',
      '益组织',
      '法律服',
      '务机构',
      '其他',
      '总计',
    ],
  };
  describe.each(['longgang-district-2022', 'nanshan-district-2020'])('%s', (name) => {
    it.each(Object.entries(ORDERS))('%s', (_, order) => {
      const expected = readExpected(name);
      const rendered = renderReport(expected, { ...BASE, cells: 'rows', review: 'line' });
      const text = rendered.replace(PRINTED, `\n${order.join('\n')}`);
      expect(text).not.toBe(rendered);
      expectValues(text, expected);
    });
  });
});
