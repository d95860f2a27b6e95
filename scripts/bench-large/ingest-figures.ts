// Store write and real-pipeline ingest throughput.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeSources, writeCorpus } from '../../bench/corpus/generate-corpus.js';
import {
  ingestFiles,
  ingestFilesInParallel,
  listReportFiles,
  openStore,
  SAMPLE_REPORTS_DIR,
} from '../../src/store/index.js';

export interface WriteFigures {
  readonly reports: number;
  readonly seconds: number;
  readonly reportsPerSecond: number;
}

/**
 * The real pipeline on `fileCount` generated report texts: parse and upsert, in the main thread and on
 * 1 and `workers` worker threads, each into a fresh store from `newLocation`.
 */
export async function measureIngest(
  fileCount: number,
  workers: number,
  newLocation: () => Promise<string>,
): Promise<Record<string, WriteFigures>> {
  const folder = await mkdtemp(join(tmpdir(), 'nianbao-bench-large-'));
  try {
    await writeCorpus(await describeSources(await listReportFiles([SAMPLE_REPORTS_DIR])), fileCount, folder);
    const files = await listReportFiles([folder]);
    const results: Record<string, WriteFigures> = {};
    for (const threads of [0, 1, workers]) {
      const store = await openStore(await newLocation());
      const started = performance.now();
      const outcomes =
        threads === 0
          ? await ingestFiles(store, files)
          : await ingestFilesInParallel(store, files, { workers: threads });
      const seconds = (performance.now() - started) / 1000;
      await store.close();
      const added = outcomes.filter((entry) => entry.outcome === 'added').length;
      if (added !== files.length) throw new Error(`ingest added ${added} of ${files.length} files`);
      results[threads === 0 ? 'main thread' : `${threads} worker${threads > 1 ? 's' : ''}`] = {
        reports: added,
        seconds: round(seconds),
        reportsPerSecond: Math.round(added / seconds),
      };
    }
    return results;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
