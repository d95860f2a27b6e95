// Reports built from test/fixtures/expected/*.json, for tests that need a store's organs and years without the parser.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Report } from '../../../src/parser/index.js';

const EXPECTED_DIR = 'test/fixtures/expected';

/** The five sample reports as Report objects (printed cells left empty). */
export function loadFixtureReports(): Report[] {
  return readdirSync(EXPECTED_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const { checkRules, ...expected } = JSON.parse(readFileSync(join(EXPECTED_DIR, name), 'utf8')) as Omit<Report, 'id' | 'source' | 'checks' | 'printed'> & { checkRules?: string[] };
      return {
        ...expected,
        id: `${expected.org}/${expected.year}`,
        source: { file: `data/reports/${basename(name, '.json')}.txt`, sha256: 'x', format: 'text' },
        checks: (checkRules ?? []).map((rule) => ({ rule, severity: 'error', message: rule })),
        printed: { activeDisclosure: null, applications: null, reviewLitigation: null },
      } satisfies Report;
    });
}
