// Real reports from other places, with no expected JSON: every check passes in print, so every check must
// pass when parsed; a failing one points at a misread cell.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parser/index.js';
import { type Expected, expectedFieldsOf, parseText, REAL_REPORTS_DIR, ruleSet } from './read-report.js';

function parseReal(file: string) {
  return parseText(readFileSync(join(REAL_REPORTS_DIR, file), 'utf8'), file);
}

describe.each([
  ['huaian-city-2024-pdftext.txt', '淮安市人民政府', '淮安市'],
  ['hongze-district-2024-pdftext.txt', '淮安市洪泽区人民政府', '洪泽区'],
  ['shuyang-county-2025-ocr.txt', '沐阳县人民政府', '沐阳县'],
])('%s', (file, org, region) => {
  const report = parseReal(file);

  it('has all three tables and passes every check', () => {
    expect(report.activeDisclosure).not.toBeNull();
    expect(report.applications).not.toBeNull();
    expect(report.reviewLitigation).not.toBeNull();
    expect(report.checks).toEqual([]);
  });

  it('names the organ as printed, a whole government on the 2021 template', () => {
    expect([report.org, report.region, report.level, report.template]).toEqual([org, region, 'government', '2021']);
  });
});

describe('values as printed', () => {
  it('huaian: page numbers, a vertical label, wrapped sub-rows and one line of 15 numbers', () => {
    const report = parseReal('huaian-city-2024-pdftext.txt');
    expect(report.year).toBe(2024);
    expect(report.publishedOn).toBeNull();
    expect(report.activeDisclosure).toEqual({
      regulations: { issued: 1, repealed: 0, inForce: 11 },
      normativeDocuments: { issued: 8, repealed: 26, inForce: 66 },
      licensing: { decisions: 447228 },
      punishment: { decisions: 3985758 },
      enforcement: { decisions: 88283 },
      fees: { amountYuan: 961716000 },
    });
    const rows = report.applications ?? {};
    expect(rows.newReceived).toEqual({
      natural: 3001,
      commercial: 53,
      research: 0,
      social: 0,
      legal: 61,
      other: 4,
      total: 3119,
    });
    expect(rows['unavailable.notHeld']?.total).toBe(769);
    expect(rows['unavailable.needsCreation']?.total).toBe(11);
    expect(rows['otherHandling.overdueCorrection']).toEqual({
      natural: 67,
      commercial: 3,
      research: 0,
      social: 0,
      legal: 1,
      other: 0,
      total: 71,
    });
    expect(rows['otherHandling.overdueFee']?.total).toBe(6);
    expect(rows['otherHandling.other']?.total).toBe(110);
    expect(rows.otherHandling?.total).toBe(187);
    expect(rows.total?.total).toBe(3050);
    expect(rows.carriedForward?.total).toBe(103);
    expect(report.reviewLitigation).toEqual({
      review: { upheld: 72, corrected: 64, other: 178, pending: 37, total: 351 },
      litigationDirect: { upheld: 13, corrected: 4, other: 8, pending: 1, total: 26 },
      litigationAfterReview: { upheld: 12, corrected: 1, other: 1, pending: 6, total: 20 },
    });
  });

  it('hongze: （六）其他处理 printed as one row, a label with missing characters', () => {
    const report = parseReal('hongze-district-2024-pdftext.txt');
    const rows = report.applications ?? {};
    expect(rows.otherHandling).toEqual({
      natural: 0,
      commercial: 0,
      research: 0,
      social: 0,
      legal: 0,
      other: 0,
      total: 0,
    });
    expect(rows['otherHandling.other']).toBeUndefined();
    expect(rows['denied.lawForbidden']?.total).toBe(0);
    expect(rows['denied.threeSafety']?.total).toBe(1);
    expect(rows.granted?.total).toBe(50);
    expect(rows.total?.total).toBe(95);
    expect(report.activeDisclosure?.fees).toEqual({ amountYuan: 75450000 });
    expect(report.reviewLitigation?.litigationAfterReview).toEqual({
      upheld: 2,
      corrected: 0,
      other: 1,
      pending: 0,
      total: 3,
    });
  });

  it('shuyang: small OCR pipe tables with placeholder and garbled headers', () => {
    const report = parseReal('shuyang-county-2025-ocr.txt');
    expect(report.year).toBe(2025);
    expect(report.publishedOn).toBe('2026-01-23');
    const rows = report.applications ?? {};
    expect(rows.newReceived).toEqual({
      natural: 705,
      commercial: 3,
      research: 0,
      social: 0,
      legal: 5,
      other: 0,
      total: 713,
    });
    expect(rows['otherHandling.overdueFee']?.total).toBe(7);
    expect(rows['otherHandling.other']).toEqual({
      natural: 142,
      commercial: 1,
      research: 0,
      social: 0,
      legal: 0,
      other: 0,
      total: 143,
    });
    expect(rows.total).toEqual({ natural: 710, commercial: 3, research: 0, social: 0, legal: 5, other: 0, total: 718 });
    expect(rows.carriedForward?.total).toBe(31);
    expect(report.activeDisclosure?.fees).toEqual({ amountYuan: 40682080 });
    expect(report.reviewLitigation?.review).toEqual({ upheld: 27, corrected: 10, other: 9, pending: 15, total: 61 });
  });
});

// Every cell of each real report, checked by hand against the printed report, is asserted whole: the files in
// test/fixtures/real-reports/expected/ hold the tables as printed (and the check rules their numbers imply).
describe.each([
  ['hongze-district-2023-layout.txt', 'hongze-district-2023'],
  ['hongze-district-2023.pdf', 'hongze-district-2023'],
  ['hongze-district-2024-pdftext.txt', 'hongze-district-2024'],
  ['huaian-city-2024-pdftext.txt', 'huaian-city-2024'],
  ['huaian-city-2024.pdf', 'huaian-city-2024'],
  ['shuyang-county-2025-ocr.txt', 'shuyang-county-2025'],
])('%s, cell by cell', (file, name) => {
  it(`equals ${name}.json`, async () => {
    const report = await parseFile(join(REAL_REPORTS_DIR, file));
    const expected = JSON.parse(readFileSync(join(REAL_REPORTS_DIR, 'expected', `${name}.json`), 'utf8')) as Expected;
    expect(expectedFieldsOf(report)).toEqual(expectedFieldsOf(expected));
    expect(ruleSet(report)).toEqual(expected.checkRules);
  });
});

describe('hongze 2023: a report whose table 四 contradicts itself', async () => {
  const [fromPdf, fromLayout, next] = await Promise.all([
    parseFile(join(REAL_REPORTS_DIR, 'hongze-district-2023.pdf')),
    parseFile(join(REAL_REPORTS_DIR, 'hongze-district-2023-layout.txt')),
    parseFile(join(REAL_REPORTS_DIR, 'hongze-district-2024-pdftext.txt')),
  ]);

  it.each([
    ['PDF', fromPdf],
    ['pdftotext -layout', fromLayout],
  ])('%s: 总计 0 beside 10 + 1 and 5 fails reviewLitigation.total, the printed numbers kept', (_, report) => {
    expect(report.reviewLitigation?.review).toEqual({ upheld: 10, corrected: 1, other: 0, pending: 0, total: 0 });
    expect(report.reviewLitigation?.litigationAfterReview).toEqual({
      upheld: 5,
      corrected: 0,
      other: 0,
      pending: 0,
      total: 0,
    });
    expect(report.checks.map(({ rule, row, expected, actual }) => ({ rule, row, expected, actual }))).toEqual([
      { rule: 'reviewLitigation.total', row: 'review', expected: 11, actual: 0 },
      { rule: 'reviewLitigation.total', row: 'litigationAfterReview', expected: 5, actual: 0 },
    ]);
  });

  it('is the same organ as its 2024 report, though the title prints 洪泽区人民政府 and the body 本报告由淮安市…', () => {
    expect([fromPdf.id, fromLayout.id, next.id]).toEqual([
      '淮安市洪泽区人民政府/2023',
      '淮安市洪泽区人民政府/2023',
      '淮安市洪泽区人民政府/2024',
    ]);
    expect([fromPdf.level, fromPdf.region, fromPdf.publishedOn]).toEqual(['government', '洪泽区', null]);
  });
});
