// pdfjs-dist's legacy build replaces JSON.parse and JSON.stringify with core-js polyfills (15–25× slower
// stringify on Node 20): the parser must load it only to read a PDF, and put the native functions back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// Taken before any parser module loads; the parser is imported dynamically below for that reason.
const nativeJson = { parse: JSON.parse, stringify: JSON.stringify };
const PDF = join(import.meta.dirname, '../../fixtures/documents/nanshan-district-2020.pdf');

it('keeps the native JSON functions when the parser loads and after it reads a PDF', async () => {
  const { extractText } = await import('../../../src/parser/formats/index.js');
  expect(JSON.stringify).toBe(nativeJson.stringify);
  const { format } = await extractText(new Uint8Array(readFileSync(PDF)), 'report.pdf');
  expect(format).toBe('pdf');
  expect([JSON.parse, JSON.stringify]).toEqual([nativeJson.parse, nativeJson.stringify]);
});
