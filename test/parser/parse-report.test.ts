import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  expectedFieldsOf,
  PARSER_FIXTURES_DIR,
  parseText,
  readExpected,
  readSample,
  ruleSet,
  SAMPLE_NAMES,
} from './read-report.js';

describe('parseReport on the sample reports', () => {
  it('finds all five samples', () => {
    expect(SAMPLE_NAMES).toHaveLength(5);
  });

  it.each(SAMPLE_NAMES)('%s equals its expected JSON', (name) => {
    const report = parseText(readSample(name), `data/reports/${name}.txt`);
    const expected = readExpected(name);
    expect(expectedFieldsOf(report)).toEqual(expectedFieldsOf(expected));
    expect(ruleSet(report)).toEqual([...expected.checkRules].sort());
    expect(report.id).toBe(`${expected.org}/${expected.year}`);
    expect(report.source.file).toBe(`data/reports/${name}.txt`);
  });
});

describe('printed cells', () => {
  it('keeps slashes, signs and units as printed (nanshan, Word text)', () => {
    const { printed } = parseText(readSample('nanshan-district-2020'));
    expect(printed.applications?.['denied.stateSecret']?.natural).toBe('/');
    expect(printed.applications?.newReceived?.natural).toBe('236');
    expect(printed.activeDisclosure?.licensing?.change).toBe('减19');
    expect(printed.activeDisclosure?.licensing?.decisions).toBe('8,759');
    expect(printed.activeDisclosure?.procurement?.amountYuan).toBe('170,815.4万元');
    expect(printed.reviewLitigation?.review.corrected).toBe('/');
  });

  it('keeps blank cells as empty strings (development-reform, Word text with blank cells)', () => {
    const report = parseText(readSample('longgang-development-reform-2020'));
    expect(report.printed.applications?.newReceived?.commercial).toBe('');
    expect(report.applications?.newReceived?.commercial).toBe(0);
    expect(report.printed.applications?.['denied.stateSecret']?.total).toBe('');
    expect(report.printed.activeDisclosure?.otherServices?.change).toBe('+928');
  });

  it('keeps the bare number of a 万元 column (longgang 2022)', () => {
    const report = parseText(readSample('longgang-district-2022'));
    expect(report.printed.activeDisclosure?.fees?.amountYuan).toBe('2.22934');
    expect(report.activeDisclosure?.fees?.amountYuan).toBe(22293.4);
  });

  it('leaves a computed （六）其他处理 out of printed (2021 template prints only its sub-rows)', () => {
    const report = parseText(readSample('longgang-district-2022'));
    expect(report.applications?.otherHandling?.total).toBe(118);
    expect(report.printed.applications?.otherHandling).toBeUndefined();
    expect(report.printed.applications?.['otherHandling.other']?.total).toBe('116');
  });
});

describe('checks', () => {
  it('reports a broken balance with both sides, never repairing the numbers', () => {
    const report = parseText(readSample('longgang-development-reform-2020'));
    const total = report.checks.find((check) => check.rule === 'applications.balance' && check.column === 'total');
    expect(total).toEqual({
      rule: 'applications.balance',
      severity: 'error',
      column: 'total',
      message: '总计：新收 4 + 上年结转 0 ≠ 总计 4 + 结转下年度 1',
      expected: 4,
      actual: 5,
    });
    expect(report.applications?.carriedForward?.total).toBe(1);
  });

  it('reports each row whose total disagrees with its applicant columns', () => {
    const report = parseText(readSample('longhua-data-bureau-2020'));
    const rows = report.checks.filter((check) => check.rule === 'applications.rowTotal').map((check) => check.row);
    expect(rows).toEqual(['unavailable.notHeld', 'total']);
    expect(report.applications?.total).toEqual({
      natural: 1,
      commercial: 0,
      research: 0,
      social: 0,
      legal: 0,
      other: 0,
      total: 0,
    });
  });

  it('checks a printed （六）其他处理 against its three sub-rows', () => {
    const printedRow = '| 三、本年度办理结果 | （六）其他处理 | （六）其他处理 | 99 | 18 | 0 | 0 | 1 | 0 | 117 |';
    const text = readFileSync(join(PARSER_FIXTURES_DIR, 'pipe-rows.txt'), 'utf8').replace(
      /^(?=\| 三、本年度办理结果 \| （六）其他处理 \| 1\.)/m,
      `${printedRow}\n`,
    );
    const report = parseText(text);
    expect(report.applications?.otherHandling?.total).toBe(117);
    expect(report.printed.applications?.otherHandling?.total).toBe('117');
    expect(ruleSet(report)).toEqual([
      'applications.columnTotal',
      'applications.otherHandlingTotal',
      'applications.rowTotal',
    ]);
    const check = report.checks.find((finding) => finding.rule === 'applications.otherHandlingTotal');
    expect(check).toMatchObject({ column: 'total', row: 'otherHandling', expected: 118, actual: 117 });
  });
});
