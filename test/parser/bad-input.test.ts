// Texts that are no report get a ParseError naming the file and the reason; a report with a table cut off
// is returned with a table.missing error, never as if complete.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/errors.js';
import { PARSER_FIXTURES_DIR, parseText, readSample } from './read-report.js';

function parseError(text: string, file: string): ParseError {
  try {
    parseText(text, file);
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error(`${file} parsed without error`);
}

/** Deterministic bytes, decoded as UTF-8 the way a binary file read as text arrives. */
function junkText(length: number): string {
  const bytes = new Uint8Array(length);
  let seed = 12345;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = seed >> 16;
  }
  return new TextDecoder().decode(bytes);
}

describe('not a report', () => {
  it.each([
    ['empty.txt', '', 'empty text'],
    ['blank.txt', ' \n\t\n  \n', 'empty text'],
    ['junk.bin', junkText(4000), 'binary or garbled content'],
    [
      'nul.txt',
      `深圳市南山区2020年政府信息公开工作年度报告\u0000\u0000${readSample('nanshan-district-2020')}`,
      'binary or garbled content',
    ],
    [
      'news-article.txt',
      readFileSync(join(PARSER_FIXTURES_DIR, 'news-article.txt'), 'utf8'),
      'no 政府信息公开 annual-report tables found',
    ],
    [
      'intro-only.txt',
      readSample('nanshan-district-2020').split('二、主动公开政府信息情况')[0] ?? '',
      'no 政府信息公开 annual-report tables found',
    ],
  ])('%s → ParseError', (file, text, reason) => {
    const error = parseError(text, file);
    expect(error.file).toBe(file);
    expect(error.reason).toContain(reason);
    expect(error.message).toBe(`${file}: ${error.reason}`);
  });

  it('a report without organ or title names what it looked for', () => {
    const text = readSample('nanshan-district-2020')
      .replace(/南山区2020年政府信息公开工作年度报告/g, '')
      .replace(/深圳市南山区人民政府/g, '');
    expect(parseError(text, 'untitled.txt').reason).toContain('publishing organ not found');
  });
});

describe('a report with table 三 cut off', () => {
  const full = readSample('nanshan-district-2020');
  const cut = full.slice(0, full.indexOf('7.属于行政执法案卷'));
  const report = parseText(cut, 'cut.txt');

  it('keeps table 二 and the rows read, and says what is missing', () => {
    // The city prefix came from the signature, which is cut off too; the body never says 深圳市南山区.
    expect(report.org).toBe('南山区人民政府');
    expect(report.activeDisclosure?.licensing).toEqual({ lastYearItems: 220, change: -19, decisions: 8759 });
    expect(report.applications?.['denied.process']?.total).toBe(4);
    const missing = report.checks.filter((check) => check.rule === 'table.missing');
    expect(missing.map((check) => [check.table, check.severity])).toEqual([
      ['三', 'error'],
      ['四', 'error'],
    ]);
    expect(missing[0]?.message).toContain('表三（收到和处理政府信息公开申请情况）缺少：');
    expect(missing[0]?.message).toContain('总计');
    expect(report.reviewLitigation).toBeNull();
  });

  it('runs no total checks on the incomplete table', () => {
    expect(report.checks.map((check) => check.rule)).toEqual(['table.missing', 'table.missing']);
  });
});
