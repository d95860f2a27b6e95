// Fixtures named after the defect they carry, each printing a sample's known values in another organ's
// report: the parse must give the sample's values and check rules, and the fixture's own metadata.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedFieldsOf, PARSER_FIXTURES_DIR, parseText, readExpected, ruleSet } from './read-report.js';

interface DefectFixture {
  /** The sample whose values the fixture prints. */
  readonly values: string;
  readonly org: string;
  readonly region: string;
  readonly level: 'government' | 'department';
  readonly year: number;
  readonly publishedOn: string;
  /** Tables the fixture cannot show (null, with a `table.missing` check) where the sample has them. */
  readonly missingTables?: readonly ('二' | '三' | '四')[];
}

const FIXTURES: Record<string, DefectFixture> = {
  // Word cells with every 0 left blank: 行政许可's one cell and all of table 四 are blank.
  'blank-cells-word.txt': {
    values: 'longgang-data-bureau-2021',
    org: '成都市武侯区人民政府办公室',
    region: '武侯区',
    level: 'department',
    year: 2021,
    publishedOn: '2022-01-18',
  },
  // PDF page breaks leave the page count and the report's title (wrapped after its year) inside the tables.
  'running-title-in-tables.txt': {
    values: 'nanshan-district-2020',
    org: '北京市海淀区人民政府',
    region: '海淀区',
    level: 'government',
    year: 2020,
    publishedOn: '2021-01-19',
  },
  // Table 三 prints 总计 as its first column; the signature date is in full-width digits.
  'total-column-first.txt': {
    values: 'longgang-district-2022',
    org: '某某县人民政府',
    region: '某某县',
    level: 'government',
    year: 2022,
    publishedOn: '2023-01-20',
  },
  // Fees in a column headed （单位：元）, thousands separators; the title is a notice forwarding the report.
  'fees-in-yuan-header.txt': {
    values: 'longgang-district-2022',
    org: '杭州市西湖区人民政府',
    region: '西湖区',
    level: 'government',
    year: 2022,
    publishedOn: '2023-01-20',
  },
  // PDF text printing each row's numbers after the first line of its wrapped label.
  'pdf-numbers-on-first-label-line.txt': {
    values: 'longgang-district-2022',
    org: '北京市海淀区人民政府',
    region: '海淀区',
    level: 'government',
    year: 2022,
    publishedOn: '2023-01-20',
  },
  // PDF text dropping blank cells: all-blank rows print their labels alone, table 四 its headers alone (which a
  // lost line of numbers also leaves, so table 四 is missing).
  'pdf-blank-rows-label-only.txt': {
    values: 'longhua-data-bureau-2020',
    missingTables: ['四'],
    org: '长阳土家族自治县人民政府',
    region: '长阳土家族自治县',
    level: 'government',
    year: 2020,
    publishedOn: '2021-01-19',
  },
  // Tables before 一、总体情况; numbers in prose under the headings of tables 三 and 四 and in sections 五 and 六.
  'prose-numbers-under-headings.txt': {
    values: 'longgang-data-bureau-2021',
    org: '某某市公安局',
    region: '某某市',
    level: 'department',
    year: 2021,
    publishedOn: '2022-01-18',
  },
  // The official 2021 template (test/fixtures/real-reports/official-template-2021-blank.docx through extractText), filled in.
  // A web table copied as text: every cell on its own line, blank cells as empty lines; a street office under a title with its province.
  'web-table-one-cell-per-line-blank-lines.txt': {
    values: 'longgang-district-2022',
    org: '杭州市余杭区良渚街道办事处',
    region: '余杭区',
    level: 'department',
    year: 2023,
    publishedOn: '2024-01-18',
  },
  // PDF text printing each row's numbers on the line above its label; a development zone's 管委会.
  'pdf-numbers-above-labels.txt': {
    values: 'nanshan-district-2020',
    org: '杭州经济技术开发区管委会',
    region: '杭州经济技术开发区',
    level: 'department',
    year: 2020,
    publishedOn: '2021-01-19',
  },
  // PDF text of narrow label cells (7 characters) with each row's numbers after the first line; the province only in the title.
  'pdf-narrow-cells-numbers-on-first-label-line.txt': {
    values: 'longgang-district-2022',
    org: '杭州市西湖区人民政府',
    region: '西湖区',
    level: 'government',
    year: 2022,
    publishedOn: '2023-01-20',
  },
  'official-template-2021-filled.txt': {
    values: 'longgang-district-2022',
    org: '杭州市西湖区人民政府',
    region: '西湖区',
    level: 'government',
    year: 2022,
    publishedOn: '2023-01-20',
  },
};

describe.each(Object.entries(FIXTURES))('%s', (file, fixture) => {
  const report = parseText(readFileSync(join(PARSER_FIXTURES_DIR, file), 'utf8'), file);
  const expected = readExpected(fixture.values);

  it(`has the values and check rules of ${fixture.values}`, () => {
    const { template, activeDisclosure, applications, reviewLitigation } = expectedFieldsOf(report);
    const missing = new Set(fixture.missingTables ?? []);
    expect({ template, activeDisclosure, applications, reviewLitigation }).toEqual({
      template: expected.template,
      activeDisclosure: missing.has('二') ? null : expected.activeDisclosure,
      applications: missing.has('三') ? null : expected.applications,
      reviewLitigation: missing.has('四') ? null : expected.reviewLitigation,
    });
    const rules = missing.size > 0 ? [...expected.checkRules, 'table.missing'] : expected.checkRules;
    expect(ruleSet(report)).toEqual([...rules].sort());
    const missingChecks = report.checks.filter((check) => check.rule === 'table.missing');
    expect(missingChecks.map((check) => check.table)).toEqual([...missing]);
  });

  it('names its own organ, year and date', () => {
    const { org, region, level, year, publishedOn } = report;
    expect({ org, region, level, year, publishedOn }).toEqual({
      org: fixture.org,
      region: fixture.region,
      level: fixture.level,
      year: fixture.year,
      publishedOn: fixture.publishedOn,
    });
  });
});

describe('blank cells keep their printed text', () => {
  it('prints "" for a blank 行政许可 and a blank table 四', () => {
    const report = parseText(readFileSync(join(PARSER_FIXTURES_DIR, 'blank-cells-word.txt'), 'utf8'));
    expect(report.printed.activeDisclosure?.licensing?.decisions).toBe('');
    expect(report.printed.reviewLitigation?.review.total).toBe('');
  });
});
