// A megabyte of table junk is read in linear time: the numbers-above reader measured every suffix of a run of
// cells, and the row matcher searched the whole label text gathered so far, at every run (a 1 MB line of `|`
// took over 200 s). Each case would run for minutes if quadratic; linear, it takes about a second.

import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/errors.js';
import { parseText, readSample } from './read-report.js';

const MEGABYTE = 1_000_000;
/** Far more than a linear parse of a megabyte takes on a busy machine, far less than a quadratic one. */
const LINEAR_TIMEOUT_MS = 25_000;

/** The sample with `junk` put on its own line just before table 三's first row. */
function withJunkInTable(name: string, junk: string): string {
  const lines = readSample(name).split('\n');
  const at = lines.findIndex((line) => line.includes('本年新收'));
  expect(at).toBeGreaterThan(0);
  return [...lines.slice(0, at), junk, ...lines.slice(at)].join('\n');
}

/** Parses the text: a report or a ParseError, anything else is a bug. */
function parseOrFailure(text: string): { org: string; year: number } | ParseError {
  try {
    return parseText(text);
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
}

describe.each([
  ['a megabyte line of `|`', 'longgang-data-bureau-2021', '|'.repeat(MEGABYTE)],
  [
    'half a megabyte of label words with short runs of numbers',
    'nanshan-district-2020',
    '申请 1 2 3 '.repeat(MEGABYTE / 20),
  ],
  ['a megabyte of one number per line', 'longgang-district-2022', '1\n'.repeat(MEGABYTE / 2)],
])('%s in table 三', (_shape, name, junk) => {
  it(
    'is read in linear time, the organ and year still found',
    () => {
      const result = parseOrFailure(withJunkInTable(name, junk));
      const plain = parseText(readSample(name));
      if (result instanceof ParseError) expect(result.reason).not.toBe('');
      else expect([result.org, result.year]).toEqual([plain.org, plain.year]);
    },
    LINEAR_TIMEOUT_MS,
  );
});
