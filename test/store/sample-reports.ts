// Reports for store tests: the five sample reports' expected figures, and small synthetic ones.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/parser/index.js';

const EXPECTED_DIR = 'test/fixtures/expected';
const REPORTS_DIR = 'data/reports';

/** The sample reports as the parser should store them: expected figures, id, and the source file's sha256. */
export function loadSampleReports(): Report[] {
  return readdirSync(EXPECTED_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const expected = JSON.parse(readFileSync(join(EXPECTED_DIR, name), 'utf8')) as Omit<
        Report,
        'id' | 'source' | 'checks' | 'printed'
      >;
      const file = join(REPORTS_DIR, name.replace(/\.json$/, '.txt'));
      const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
      return {
        ...expected,
        id: `${expected.org}/${expected.year}`,
        source: { file, sha256, format: 'text' },
        checks: [],
        printed: { activeDisclosure: null, applications: null, reviewLitigation: null },
      };
    });
}

/** A report as the parser would make it; only the fields the store looks at matter here. */
export function makeReport(org: string, year: number, sha256: string, region = '龙岗区'): Report {
  return {
    id: `${org}/${year}`,
    org,
    region,
    level: 'government',
    year,
    template: '2021',
    publishedOn: null,
    source: { file: `${org}-${year}.txt`, sha256, format: 'text' },
    activeDisclosure: null,
    applications: null,
    reviewLitigation: null,
    checks: [],
    printed: { activeDisclosure: null, applications: null, reviewLitigation: null },
  };
}

/**
 * The n-th of a deterministic series of large reports (about 20 kB of JSON each, like a report with every
 * printed cell), so a batch of them takes long enough to write that a kill can land in the middle.
 */
export function makeLargeReport(n: number): Report {
  const base = makeReport(`第${n}号测试机关`, 2022, `sha-${n}`, `第${n % 7}区`);
  const cells = Object.fromEntries(
    Array.from({ length: 200 }, (_, at) => [
      `row${at}`,
      { total: `${n * 1000 + at}`, note: '此栏按原文照录'.repeat(4) },
    ]),
  );
  return { ...base, printed: { activeDisclosure: cells, applications: null, reviewLitigation: null } };
}
