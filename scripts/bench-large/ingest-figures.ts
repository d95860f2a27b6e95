// Store write and real-pipeline ingest throughput.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describeSources, writeCorpus } from '../../bench/corpus/generate-corpus.js';
import { listReportFiles, SAMPLE_REPORTS_DIR } from '../../src/store/index.js';
import type { WriteFigures } from './ingest-instance.js';

export type { WriteFigures } from './ingest-instance.js';

// The ingest runs compiled, as `nianbao ingest` runs: bin/build.js brings dist/ up to date first.
const BUILD = fileURLToPath(new URL('../../bin/build.js', import.meta.url));
const INGEST_INSTANCE = fileURLToPath(new URL('../../dist/scripts/bench-large/ingest-instance.js', import.meta.url));

/**
 * The real pipeline on `fileCount` generated report texts: parse and upsert, in the main thread and on
 * 1 and `workers` parse processes, each into a fresh store from `newLocation`, each run in a compiled process of
 * its own (scripts/bench-large/ingest-instance.ts).
 */
export async function measureIngest(
  fileCount: number,
  workers: number,
  newLocation: () => Promise<string>,
): Promise<Record<string, WriteFigures>> {
  const folder = await mkdtemp(join(tmpdir(), 'nianbao-bench-large-'));
  try {
    await writeCorpus(await describeSources(await listReportFiles([SAMPLE_REPORTS_DIR])), fileCount, folder);
    await promisify(execFile)(process.execPath, [BUILD]);
    const results: Record<string, WriteFigures> = {};
    for (const threads of [0, 1, workers]) {
      const { stdout } = await promisify(execFile)(process.execPath, [
        INGEST_INSTANCE,
        folder,
        await newLocation(),
        String(threads),
      ]);
      results[threads === 0 ? 'main thread' : `${threads} worker${threads > 1 ? 's' : ''}`] = JSON.parse(
        stdout,
      ) as WriteFigures;
    }
    return results;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
