// Test helpers for the document readers: the generated fixtures (scripts/make-fixtures.ts) and their rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from '../../../src/parser/formats/index.js';

export const DOCUMENTS_DIR = join(import.meta.dirname, '../../fixtures/documents');
export const BAD_DIR = join(DOCUMENTS_DIR, 'bad');
export const REAL_REPORTS_DIR = join(import.meta.dirname, '../../fixtures/real-reports');

/** The five sample reports, each rendered as .html, .docx and .pdf (longhua also as .doc). */
export const FIXTURE_NAMES = [
  'longgang-data-bureau-2021',
  'longgang-development-reform-2020',
  'longgang-district-2022',
  'longhua-data-bureau-2020',
  'nanshan-district-2020',
] as const;

export function readBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

/** The text a reader makes of a file, detected by content as parseFile does. */
export async function textOf(path: string, fileName = path): Promise<string> {
  return (await extractText(readBytes(path), fileName)).text;
}

/** The table rows (`| … |` lines) of a text. */
export function tableRowsOf(text: string): string[] {
  return text.split('\n').filter((line) => line.startsWith('|'));
}

/** The lines that are not table rows. */
export function paragraphsOf(text: string): string[] {
  return text.split('\n').filter((line) => !line.startsWith('|'));
}
