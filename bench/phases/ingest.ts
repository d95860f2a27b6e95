// Ingest a corpus into a fresh store: time, store file size, peak resident memory. With a time budget, a run
// that would take longer stops there and reports how far it got, so that the bench finishes in bounded time.
import { stat } from 'node:fs/promises';
import { type IngestOutcome, ingestFiles, listReportFiles, openStore } from '../../src/store/index.js';
import { peakRssMegabytes, readPhaseArgs, toMegabytes, writePhaseResult } from '../phase-io.js';

export interface IngestResult {
  /** Reports per store write; absent for the CLI's default. */
  readonly batchSize?: number;
  readonly reports: number;
  /** False when the time budget ran out first: `done` reports were parsed by then. */
  readonly finished: boolean;
  readonly done: number;
  readonly added: number;
  readonly failed: number;
  readonly ingestMs: number;
  readonly storeMegabytes: number;
  readonly peakRssMegabytes: number;
}

interface IngestArgs {
  readonly folder: string;
  readonly store: string;
  readonly batchSize?: number;
  readonly budgetMs?: number;
}

async function storeMegabytes(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  return toMegabytes(info?.size ?? 0);
}

async function measure({
  folder,
  store: storePath,
  batchSize,
  budgetMs = Infinity,
}: IngestArgs): Promise<IngestResult> {
  const files = await listReportFiles([folder]);
  const started = performance.now();
  const result = async (done: number, outcomes: readonly IngestOutcome[]): Promise<IngestResult> => ({
    ...(batchSize !== undefined && { batchSize }),
    reports: files.length,
    finished: done === files.length,
    done,
    added: outcomes.filter((entry) => entry.outcome === 'added').length,
    failed: outcomes.filter((entry) => entry.outcome === 'failed').length,
    ingestMs: performance.now() - started,
    storeMegabytes: await storeMegabytes(storePath),
    peakRssMegabytes: peakRssMegabytes(),
  });
  const store = await openStore(storePath);
  let isStopping = false;
  const onProgress = async (done: number): Promise<void> => {
    if (isStopping || performance.now() - started < budgetMs || done === files.length) return;
    isStopping = true;
    writePhaseResult(await result(done, []));
    process.exit(0);
  };
  const outcomes = await ingestFiles(store, files, {
    ...(batchSize !== undefined && { batchSize }),
    onProgress: (done) => void onProgress(done),
  });
  await store.close();
  return result(files.length, outcomes);
}

writePhaseResult(await measure(readPhaseArgs<IngestArgs>()));
