// The store's only door: reports in and out of the embedded lowdb file.
import { ingestFiles, listReportFiles } from './ingest.js';
import { openLowdbStore, storeExists } from './lowdb-store.js';
import type { Store } from './types.js';

export * from './types.js';
export { ingestFiles, listReportFiles, type IngestOutcome, type IngestOptions } from './ingest.js';
export { storeExists } from './lowdb-store.js';

/** The store file used when neither --store nor NIANBAO_STORE says otherwise. */
export const DEFAULT_STORE_PATH = 'data/store.json';
/** Where the bundled sample reports live. */
export const SAMPLE_REPORTS_DIR = 'data/reports';

/** Opens the store file at `path` (created on first write). */
export async function openStore(path: string): Promise<Store> {
  return openLowdbStore(path);
}

/** Opens the store, first building it from the sample reports when the file does not exist yet. */
export async function openSampleStore(path: string, reportsDir: string = SAMPLE_REPORTS_DIR): Promise<Store> {
  const isNew = !(await storeExists(path));
  const store = await openLowdbStore(path);
  if (isNew) await ingestFiles(store, await listReportFiles([reportsDir]));
  return store;
}
