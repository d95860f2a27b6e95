// The sample reports transformed into layouts and scripts the parser has not seen must give the same JSON.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/parser/index.js';
import {
  expectedFieldsOf,
  parseText,
  REAL_REPORTS_DIR,
  readExpected,
  readSample,
  ruleSet,
  SAMPLE_NAMES,
} from './read-report.js';
import { type Layout, renderReport } from './render-report.js';
import {
  addBarePageNumbers,
  addFooters,
  cellsToRows,
  dropLabelCharacters,
  rewrap,
  rowsToCells,
  simplifiedToTraditional,
  toFullWidth,
  toHalfWidth,
  traditionalToSimplified,
} from './transforms.js';

const PDF_SAMPLE = 'longhua-data-bureau-2020';
const PIPE_LAYOUT: Layout = {
  title: ['某某市公安局2023年政府信息公开工作年度报告'],
  signature: ['某某市公安局', '2024年1月18日'],
  cells: 'pipe',
  review: 'line',
};
/** Word text: one cell per line, rows separated by empty lines. */
const WORD_SAMPLES = ['nanshan-district-2020', 'longgang-development-reform-2020', 'longgang-data-bureau-2021'];

function expectSameAsExpected(name: string, text: string): void {
  const report = parseText(text, `${name}.txt`);
  const expected = readExpected(name);
  expect(expectedFieldsOf(report)).toEqual(expectedFieldsOf(expected));
  expect(ruleSet(report)).toEqual([...expected.checkRules].sort());
}

describe('re-wrapping the PDF-style report at other widths', () => {
  it.each([12, 16, 20, 28, 40, 60, 90, 140])('width %i', (width) => {
    const text = rewrap(readSample(PDF_SAMPLE), width);
    expect(text).not.toBe(readSample(PDF_SAMPLE));
    expectSameAsExpected(PDF_SAMPLE, text);
  });
});

describe('Simplified ⇄ Traditional', () => {
  it.each(SAMPLE_NAMES)('%s in Traditional characters', (name) => {
    expectSameAsExpected(name, simplifiedToTraditional(readSample(name)));
  });

  it.each(SAMPLE_NAMES)('%s through Traditional and back', (name) => {
    expectSameAsExpected(name, traditionalToSimplified(simplifiedToTraditional(readSample(name))));
  });
});

describe('full-width ⇄ half-width digits and brackets', () => {
  it.each(SAMPLE_NAMES)('%s with full-width digits and brackets', (name) => {
    const text = toFullWidth(readSample(name));
    expect(text).toMatch(/０/);
    expectSameAsExpected(name, text);
  });

  it.each(SAMPLE_NAMES)('%s with half-width brackets', (name) => {
    expectSameAsExpected(name, toHalfWidth(readSample(name)));
  });
});

describe('one cell per line ⇄ rows with spaces', () => {
  it.each(WORD_SAMPLES)('%s as rows with spaces', (name) => {
    expectSameAsExpected(name, cellsToRows(readSample(name)));
  });

  it.each(WORD_SAMPLES)('%s as rows and back to one cell per line', (name) => {
    expectSameAsExpected(name, rowsToCells(cellsToRows(readSample(name))));
  });

  it('the PDF-style report as one cell per line', () => {
    expectSameAsExpected(PDF_SAMPLE, rowsToCells(readSample(PDF_SAMPLE)));
  });
});

describe('blank lines and page footers between rows', () => {
  it.each(SAMPLE_NAMES)('%s', (name) => {
    const text = addFooters(readSample(name));
    expect(text).toContain('第 4 页');
    expectSameAsExpected(name, text);
  });

  it.each([1, 2, 5])('the PDF-style report, a footer after every %i lines', (every) => {
    expectSameAsExpected(PDF_SAMPLE, addFooters(readSample(PDF_SAMPLE), every));
  });

  it.each([1, 3])('the PDF-style report, bare page numbers after every %i rows', (every) => {
    const text = addBarePageNumbers(readSample(PDF_SAMPLE), every);
    expectSameAsExpected(PDF_SAMPLE, text);
  });

  it('huaian, its page footers printed as bare numbers', () => {
    const original = readFileSync(join(REAL_REPORTS_DIR, 'huaian-city-2024-pdftext.txt'), 'utf8');
    const bare = original.replace(/^- (\d+) -$/gm, '$1');
    expect(bare).not.toBe(original);
    const report = parseText(bare, 'huaian.txt');
    expect(expectedFieldsOf(report)).toEqual(expectedFieldsOf(parseText(original, 'huaian.txt')));
    expect(report.checks).toEqual([]);
  });
});

describe('a character lost from every row label', () => {
  it.each(SAMPLE_NAMES)('%s', (name) => {
    const text = dropLabelCharacters(readSample(name));
    expect(text).not.toBe(readSample(name));
    expectSameAsExpected(name, text);
  });

  it.each(['huaian-city-2024-pdftext.txt', 'hongze-district-2024-pdftext.txt', 'shuyang-county-2025-ocr.txt'])(
    '%s',
    (file) => {
      const original = readFileSync(join(REAL_REPORTS_DIR, file), 'utf8');
      const report = parseText(dropLabelCharacters(original), file);
      expect(expectedFieldsOf(report)).toEqual(expectedFieldsOf(parseText(original, file)));
      expect(report.checks).toEqual([]);
    },
  );
});

describe('the real reports in other layouts and scripts', () => {
  const REAL_PDF_TEXTS = ['huaian-city-2024-pdftext.txt', 'hongze-district-2024-pdftext.txt'];
  const REAL_FILES = [...REAL_PDF_TEXTS, 'shuyang-county-2025-ocr.txt'];
  /** The report's title line, repeated as a running header at page breaks inside the tables. */
  const withRunningTitle = (text: string, every: number): string => {
    const title =
      text
        .split('\n')
        .find((line) => line.includes('年度报告'))
        ?.trim() ?? '';
    return text
      .split('\n')
      .flatMap((line, i) => (i % every === every - 1 ? [line, '第 2 页 共 6 页', title] : [line]))
      .join('\n');
  };

  function expectSameAsOriginal(file: string, change: (text: string) => string): void {
    const original = readFileSync(join(REAL_REPORTS_DIR, file), 'utf8');
    const changed = change(original);
    expect(changed).not.toBe(original);
    const report = parseText(changed, file);
    expect(expectedFieldsOf(report)).toEqual(expectedFieldsOf(parseText(original, file)));
    expect(report.checks).toEqual([]);
  }

  it.each(REAL_FILES)('%s in Traditional characters', (file) => expectSameAsOriginal(file, simplifiedToTraditional));
  it.each(REAL_FILES)('%s with full-width digits and brackets', (file) => expectSameAsOriginal(file, toFullWidth));
  it.each(REAL_FILES)('%s with a running title every 13 lines', (file) =>
    expectSameAsOriginal(file, (text) => withRunningTitle(text, 13)),
  );
  it.each(REAL_PDF_TEXTS)('%s re-wrapped at 30 characters (the page number joins the title line)', (file) =>
    expectSameAsOriginal(file, (text) => rewrap(text, 30)),
  );
});

describe('invisible format characters (Unicode Cf) are dropped before numbers are read (issue 19)', () => {
  const INVISIBLE = ['\uFEFF', '\u200B', '\u200E', '\u200F', '\u202B', '\u2066', '\u00AD', '\u2060'];

  it.each(SAMPLE_NAMES)('inside every number, and as the only content of extra pipe cells: %s', (name) => {
    const pipe = renderReport(readExpected(name), { ...PIPE_LAYOUT });
    let at = 0;
    const mangled = pipe
      .replace(/\d{2,}/g, (digits) => {
        at++;
        return `${digits.slice(0, 1)}${INVISIBLE[at % INVISIBLE.length]}${digits.slice(1)}`;
      })
      .replace(/\| (\d+) \|/g, (_, digits) => `| \u200F${digits}\u202C |`);
    expect(mangled).not.toBe(pipe);
    const report = parseText(mangled);
    const expected = readExpected(name);
    expect([report.activeDisclosure, report.applications, report.reviewLitigation]).toEqual([
      expected.activeDisclosure,
      expected.applications,
      expected.reviewLitigation,
    ]);
  });

  it('reads 456880 with a byte-order mark inside as 456880', () => {
    expect(normalizeText('行政许可 456\uFEFF880')).toBe('行政许可 456880');
  });
});
