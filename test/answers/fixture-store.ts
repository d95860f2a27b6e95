// Test stores for the answer engine: the sample reports' expected JSON (test/fixtures/expected) made into
// canonical reports, in a store on a temp file.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Report } from '../../src/parser/index.js';
import { openStore, type Store } from '../../src/store/index.js';

const EXPECTED_DIR = 'test/fixtures/expected';

type Expected = Omit<Report, 'id' | 'source' | 'checks' | 'printed'> & { checkRules: string[] };

/** A canonical report from an expected JSON file: id, source and checks added as the parser would. */
export function reportFromExpected(name: string, expected: Expected): Report {
  const { checkRules, ...rest } = expected;
  return {
    ...rest,
    id: `${expected.org}/${expected.year}`,
    source: { file: `data/reports/${name}.txt`, sha256: 'x', format: 'text' },
    checks: checkRules.map((rule) => ({ rule, severity: 'error' as const, message: rule })),
    printed: { activeDisclosure: null, applications: null, reviewLitigation: null },
  };
}

/** Every expected report as a canonical report. */
export async function readExpectedReports(): Promise<Report[]> {
  const files = (await readdir(EXPECTED_DIR)).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(files.map(async (file) => reportFromExpected(basename(file, '.json'), JSON.parse(await readFile(join(EXPECTED_DIR, file), 'utf8')) as Expected)));
}

/** A store on a fresh temp file holding the given reports. */
export async function storeWith(reports: readonly Report[]): Promise<Store> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-answers-'));
  const store = await openStore(join(dir, 'store.json'));
  await store.put(reports);
  return store;
}
