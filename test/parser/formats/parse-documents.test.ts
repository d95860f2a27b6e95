// End to end: every document fixture parses (parseFile) to its sample's expected JSON (the merged-values ones
// print numbers merged across columns: colspan, gridSpan, PDF cells without inner borders), and the real
// Huai'an PDF to the same report as its extracted text.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/parser/index.js';
import { expectedFieldsOf, readExpected, ruleSet } from '../read-report.js';
import { DOCUMENTS_DIR, FIXTURE_NAMES, REAL_REPORTS_DIR } from './documents.js';

const FORMAT_OF_EXTENSION: Record<string, string> = { html: 'html', docx: 'docx', pdf: 'pdf', doc: 'doc' };
const FILES = readdirSync(DOCUMENTS_DIR)
  .filter((file) => /\.(html|docx|pdf|doc)$/.test(file))
  .sort();

describe('document fixtures', () => {
  it('cover the five samples as HTML, DOCX and PDF, and two with numbers merged across columns', () => {
    expect(FILES).toHaveLength(24);
    for (const name of FIXTURE_NAMES)
      expect(FILES).toEqual(expect.arrayContaining([`${name}.html`, `${name}.docx`, `${name}.pdf`]));
    for (const name of ['nanshan-district-2020', 'longgang-district-2022'])
      for (const extension of ['html', 'docx', 'pdf']) expect(FILES).toContain(`${name}.merged-values.${extension}`);
  });

  it.each(FILES)('%s parses to the expected JSON', async (file) => {
    const [name = ''] = file.split('.');
    const extension = file.split('.').at(-1) ?? '';
    const report = await parseFile(join(DOCUMENTS_DIR, file));
    const expected = readExpected(name);
    expect(report.source.format).toBe(FORMAT_OF_EXTENSION[extension]);
    expect(expectedFieldsOf(report)).toEqual(expectedFieldsOf(expected));
    expect(ruleSet(report)).toEqual([...expected.checkRules].sort());
  });
});

describe("Huai'an 2024: the PDF and its extracted text", async () => {
  const [fromPdf, fromText] = await Promise.all([
    parseFile(join(REAL_REPORTS_DIR, 'huaian-city-2024.pdf')),
    parseFile(join(REAL_REPORTS_DIR, 'huaian-city-2024-pdftext.txt')),
  ]);

  it('parse to the same report, every check passing', () => {
    expect(expectedFieldsOf(fromPdf)).toEqual(expectedFieldsOf(fromText));
    expect([fromPdf.org, fromPdf.year, fromPdf.source.format]).toEqual(['淮安市人民政府', 2024, 'pdf']);
    expect(fromPdf.checks).toEqual([]);
  });
});
