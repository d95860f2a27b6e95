// Parse throughput, single process, against the baseline of reading the same files and normalizing the text.
import { readFile } from 'node:fs/promises';
import { NianbaoError } from '../../src/errors.js';
// The baseline is the parser's own normalization step (NFKC, pinyin removal, Traditional → Simplified).
import { normalizeText, parseFile } from '../../src/parser/index.js';
import { listReportFiles } from '../../src/store/index.js';
import { readPhaseArgs, writePhaseResult } from '../phase-io.js';

export interface ParseResult {
  readonly reports: number;
  readonly bytes: number;
  readonly baselineMs: number;
  readonly parseMs: number;
  readonly failed: number;
}

const WARM_UP_FILES = 50;
const decoder = new TextDecoder('utf-8');

async function readAndNormalize(files: readonly string[]): Promise<number> {
  let bytes = 0;
  for (const file of files) {
    const content = await readFile(file);
    bytes += content.byteLength;
    normalizeText(decoder.decode(content));
  }
  return bytes;
}

async function parseAll(files: readonly string[]): Promise<number> {
  let failed = 0;
  for (const file of files) {
    try {
      await parseFile(file);
    } catch (error) {
      if (!(error instanceof NianbaoError)) throw error;
      failed += 1;
    }
  }
  return failed;
}

async function measure(folder: string): Promise<ParseResult> {
  const files = await listReportFiles([folder]);
  // Both paths run once on a few files first, so neither pays for the JIT and the converters' set-up alone.
  await readAndNormalize(files.slice(0, WARM_UP_FILES));
  await parseAll(files.slice(0, WARM_UP_FILES));
  const baselineStart = performance.now();
  const bytes = await readAndNormalize(files);
  const parseStart = performance.now();
  const failed = await parseAll(files);
  const parseEnd = performance.now();
  return {
    reports: files.length,
    bytes,
    baselineMs: parseStart - baselineStart,
    parseMs: parseEnd - parseStart,
    failed,
  };
}

writePhaseResult(await measure(readPhaseArgs<{ folder: string }>().folder));
