import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ParseError } from '../errors.js';
import { extractText } from './formats/index.js';
import { parseReport } from './parse-report.js';
import type { Report, SourceRef } from './report.js';

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
  return parseDocument(bytes, { file: path });
}

/** Where a document came from; the parser adds its sha256 and format. `file` names it in errors. */
export type DocumentSource = Omit<SourceRef, 'sha256' | 'format'>;

/** Parses a report's bytes of any supported format (a file read, a page or attachment fetched). */
export async function parseDocument(bytes: Uint8Array, source: DocumentSource): Promise<Report> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { text, format } = await extractText(bytes, source.file);
  return parseReport(text, { ...source, sha256, format });
}
