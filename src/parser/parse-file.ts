import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ParseError } from '../errors.js';
import { extractText } from './formats/index.js';
import { parseReport } from './parse-report.js';
import type { Report } from './report.js';

/** Reads a report file of any supported format and parses it; errors name the file. */
export async function parseFile(path: string): Promise<Report> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new ParseError(path, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      cause: error,
    });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { text, format } = await extractText(bytes, path);
  return parseReport(text, { file: path, sha256, format });
}
