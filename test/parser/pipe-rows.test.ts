// The text the HTML/DOCX/PDF readers produce: each table row one line of pipe-separated cells, merged cells
// repeated. Made from the longgang-district-2022 sample with the official template's merged cells.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedFieldsOf, PARSER_FIXTURES_DIR, parseText, readExpected } from './read-report.js';

describe('pipe rows', () => {
  const report = parseText(readFileSync(join(PARSER_FIXTURES_DIR, 'pipe-rows.txt'), 'utf8'), 'pipe-rows.txt');

  it('parses to the sample expected JSON', () => {
    expect(expectedFieldsOf(report)).toEqual(expectedFieldsOf(readExpected('longgang-district-2022')));
    expect(report.checks).toEqual([]);
  });

  it('reads repeated merged value cells once and keeps slashes and blanks as printed', () => {
    expect(report.activeDisclosure?.licensing).toEqual({ decisions: 16103 });
    expect(report.printed.activeDisclosure?.regulations).toEqual({ issued: '/', repealed: '/', inForce: '/' });
    expect(report.printed.applications?.['unavailable.unclear']?.natural).toBe('');
    expect(report.printed.applications?.['denied.stateSecret']).toEqual({
      natural: '1',
      commercial: '/',
      research: '/',
      social: '/',
      legal: '/',
      other: '/',
      total: '1',
    });
  });
});

describe('a pipe row one cell short', () => {
  // The row's cells end on its line: the blank cells of the heading row after it (its merge written out as blank
  // cells) are the heading's.
  const text = readFileSync(join(PARSER_FIXTURES_DIR, 'pipe-rows.txt'), 'utf8')
    .replace(/^\| 行政规范性文件 \| (\S+) \| (\S+) \| (\S+) \|$/m, '| 行政规范性文件 | $1 | $2 |')
    .replace(/^\| 第二十条第（五）项 \|.*$/m, '| 第二十条第（五）项 |  |  |  |');
  const report = parseText(text, 'pipe-rows.txt');

  it('is left unread with a check naming it, its neighbours read', () => {
    expect(text).toContain('| 行政规范性文件 | 46 | 11 |\n| 第二十条第（五）项 |  |  |  |');
    expect(report.activeDisclosure?.normativeDocuments).toBeNull();
    expect(report.checks.map((check) => check.message)).toContainEqual(expect.stringContaining('行政规范性文件'));
    expect(report.activeDisclosure?.regulations).toEqual(
      readExpected('longgang-district-2022').activeDisclosure?.regulations,
    );
  });
});

describe('a pipe row whose label cannot be read', () => {
  // 新收's label lost, 上年结转's followed by more text than a label holds: neither row is named at its numbers.
  const text = readFileSync(join(PARSER_FIXTURES_DIR, 'pipe-rows.txt'), 'utf8')
    .replaceAll('一、本年新收政府信息公开申请数量', '一、■■■■■■■■■■■■■■')
    .replaceAll('二、上年结转政府信息公开申请数量', '二、上年结转政府信息公开申请数量 see annex one and two');
  const report = parseText(text, 'pipe-rows.txt');

  it('gives its numbers to no later row: both are unread, with a check naming them', () => {
    expect(text).toContain('| 一、■■■■■■■■■■■■■■ |');
    expect(report.applications?.newReceived).toBeUndefined();
    expect(report.applications?.carriedOver).toBeUndefined();
    const missing = report.checks.find((check) => check.rule === 'table.missing' && check.table === '三');
    expect(missing?.message).toContain('上年结转政府信息公开申请数量');
    expect(report.applications?.granted).toEqual(readExpected('longgang-district-2022').applications?.granted);
  });
});
