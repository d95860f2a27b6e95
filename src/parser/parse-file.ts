import { createHash } from 'node:crypto';
import { extractText } from './formats/index.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from './parse-limits.js';
import { parseReport } from './parse-report.js';
import { readRegularFile } from './read-regular-file.js';
import type { Report, SourceRef } from './report.js';

/**
 * Reads a report file of any supported format and parses it under `limits` (bytes read, unzipped, pages); errors
 * name the file. Time and memory are limited by the process that calls it (src/store/parse-pool.ts).
 */
export async function parseFile(path: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): Promise<Report> {
  return parseDocument(await readRegularFile(path, limits.maxFileBytes), { file: path }, limits);
}

/** Where a document came from; the parser adds its sha256 and format. `file` names it in errors. */
export type DocumentSource = Omit<SourceRef, 'sha256' | 'format'>;

/** Parses a report's bytes of any supported format (a file read, a page or attachment fetched). */
export async function parseDocument(
  bytes: Uint8Array,
  source: DocumentSource,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
): Promise<Report> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { text, format } = await extractText(bytes, source.file, limits);
  return parseReport(text, { ...source, sha256, format });
}
