// Ingest a corpus into a fresh store: time, store file size, peak resident memory.
import { stat } from 'node:fs/promises';
import { ingestFiles, listReportFiles, openStore } from '../../src/store/index.js';
import { peakRssMegabytes, readPhaseArgs, toMegabytes, writePhaseResult } from '../phase-io.js';

export interface IngestResult {
  readonly reports: number;
  readonly added: number;
  readonly failed: number;
  readonly ingestMs: number;
  readonly storeMegabytes: number;
  readonly peakRssMegabytes: number;
}

async function measure(folder: string, storePath: string): Promise<IngestResult> {
  const files = await listReportFiles([folder]);
  const started = performance.now();
  const store = await openStore(storePath);
  const outcomes = await ingestFiles(store, files);
  await store.close();
  const ingestMs = performance.now() - started;
  return {
    reports: files.length,
    added: outcomes.filter((entry) => entry.outcome === 'added').length,
    failed: outcomes.filter((entry) => entry.outcome === 'failed').length,
    ingestMs,
    storeMegabytes: toMegabytes((await stat(storePath)).size),
    peakRssMegabytes: peakRssMegabytes(),
  };
}

const args = readPhaseArgs<{ folder: string; store: string }>();
writePhaseResult(await measure(args.folder, args.store));
