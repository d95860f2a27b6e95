// The store the held-out questions run over: the five sample reports and the four real text reports of the
// test fixtures (淮安市 2024, 洪泽区 2023 and 2024, 沐阳县 2025), ingested through the store's door into a temp file.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFiles, listReportFiles, openStore, type Store } from '../../src/store/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const REPORT_PATHS: readonly string[] = [
  'data/reports',
  'test/fixtures/real-reports/huaian-city-2024-pdftext.txt',
  'test/fixtures/real-reports/hongze-district-2024-pdftext.txt',
  'test/fixtures/real-reports/shuyang-county-2025-ocr.txt',
  'test/fixtures/real-reports/hongze-district-2023-layout.txt',
];
/** Five sample reports and four real ones. */
export const EXPECTED_REPORTS = 9;

export interface HeldOutStore {
  readonly store: Store;
  readonly files: readonly string[];
  dispose(): Promise<void>;
}

/** Builds the store in a fresh temp folder; throws when a report fails to ingest or one is missing. */
export async function buildHeldOutStore(): Promise<HeldOutStore> {
  const folder = await mkdtemp(join(tmpdir(), 'nianbao-held-out-'));
  const store = await openStore(join(folder, 'store.json'));
  const dispose = async (): Promise<void> => {
    await store.close();
    await rm(folder, { recursive: true, force: true });
  };
  try {
    const files = await listReportFiles(REPORT_PATHS.map((path) => join(ROOT, path)));
    const outcomes = await ingestFiles(store, files);
    const failed = outcomes.flatMap((o) => (o.outcome === 'failed' ? [`${o.file}: ${o.reason}`] : []));
    if (failed.length > 0) throw new Error(`held-out reports failed to ingest:\n${failed.join('\n')}`);
    const reports = (await store.list()).length;
    if (reports !== EXPECTED_REPORTS) {
      throw new Error(`held-out store holds ${reports} reports, expected ${EXPECTED_REPORTS}`);
    }
    return { store, files, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
