// The store's only door: reports in and out of the embedded lowdb file, or a PostgreSQL database.
import { ingestFiles, listReportFiles } from './ingest.js';
import { type LowdbStoreOptions, openLowdbStore, storeExists } from './lowdb-store.js';
import { isDatabaseUrl } from './postgres/database-url.js';
import type { PostgresStoreOptions } from './postgres/postgres-store.js';
import type { Store } from './types.js';

export { type CopySummary, copyStore } from './copy-store.js';
export { hasFailedCheck } from './figures/memory-digest.js';
export {
  checksInSections,
  countFiguresIn,
  listFailingIn,
  placeFiguresIn,
  rankFiguresIn,
  reportsInScope,
  sumFiguresIn,
} from './figures/memory-figures.js';
export { createOwnerCache, getOrMake } from './figures/owner-cache.js';
export {
  type IngestOptions,
  type IngestOutcome,
  ingestDocument,
  ingestFiles,
  isReportFileName,
  listReportFiles,
} from './ingest.js';
export { ingestFilesInParallel } from './ingest-in-parallel.js';
export { listOrgsOfYearsIn } from './list-orgs.js';
export { type LowdbStoreOptions, storeExists } from './lowdb-store.js';
export { metricPath } from './metric-path.js';
export { createParsePool, type ParsePool } from './parse-pool.js';
export { isDatabaseUrl, redactUrl } from './postgres/database-url.js';
export { reportSource } from './report-source.js';
export { textRuns } from './text-runs.js';
export * from './types.js';

/** The store file used when neither --store nor NIANBAO_STORE says otherwise. */
export const DEFAULT_STORE_PATH = 'data/store.json';
/** Where the bundled sample reports live. */
export const SAMPLE_REPORTS_DIR = 'data/reports';

/**
 * Opens the store at `location`: a postgres:// URL (schema migrated on open), else a lowdb file created on first
 * write. `lowdb` options apply to a file only (tests shorten its timings), `postgres` ones to a database.
 */
export async function openStore(
  location: string,
  options: { lowdb?: LowdbStoreOptions; postgres?: PostgresStoreOptions } = {},
): Promise<Store> {
  return isDatabaseUrl(location)
    ? openPostgresStore(location, options.postgres)
    : openLowdbStore(location, options.lowdb);
}

/** The pg client is loaded only when a database is used, so lowdb commands start as fast as before. */
async function openPostgresStore(url: string, options?: PostgresStoreOptions): Promise<Store> {
  const { openPostgresStore: open } = await import('./postgres/postgres-store.js');
  return open(url, options);
}

/**
 * Opens the store, first building it from the sample reports when the file does not exist yet. A database is
 * opened as it is: samples are never mixed into a shared store.
 */
export async function openSampleStore(path: string, reportsDir: string = SAMPLE_REPORTS_DIR): Promise<Store> {
  if (isDatabaseUrl(path)) return openPostgresStore(path);
  const isNew = !(await storeExists(path));
  const store = await openLowdbStore(path);
  if (isNew) await ingestFiles(store, await listReportFiles([reportsDir]));
  return store;
}
