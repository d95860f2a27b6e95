// Store write and real-pipeline ingest throughput.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
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
  /**
   * CPU time of this process and its parse processes per report (the database's not counted): what a machine's
   * cores cap the rate at whatever else runs on it (2 cores: 2,000 ÷ this reports/s at most).
   */
  readonly cpuMsPerReport?: number;
}

/** CPU ms of this process and its ended children (Linux /proc; undefined elsewhere). */
async function cpuMilliseconds(): Promise<number | undefined> {
  const stat = await readFile('/proc/self/stat', 'utf8').catch(() => undefined);
  if (stat === undefined) return undefined;
  // Fields after the command's closing parenthesis; utime, stime, cutime, cstime are the 14th to 17th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = [11, 12, 13, 14].reduce((total, at) => total + Number(fields[at]), 0);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Linux's USER_HZ, the unit of /proc's CPU times, on every architecture nianbao runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

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
      const cpuBefore = await cpuMilliseconds();
      const started = performance.now();
      const outcomes =
        threads === 0
          ? await ingestFiles(store, files)
          : await ingestFilesInParallel(store, files, { workers: threads });
      const seconds = (performance.now() - started) / 1000;
      const cpuAfter = await cpuMilliseconds(); // the pool's processes have ended and been waited for
      await store.close();
      const added = outcomes.filter((entry) => entry.outcome === 'added').length;
      if (added !== files.length) throw new Error(`ingest added ${added} of ${files.length} files`);
      results[threads === 0 ? 'main thread' : `${threads} worker${threads > 1 ? 's' : ''}`] = {
        reports: added,
        seconds: round(seconds),
        reportsPerSecond: Math.round(added / seconds),
        ...(cpuBefore === undefined || cpuAfter === undefined
          ? {}
          : { cpuMsPerReport: round((cpuAfter - cpuBefore) / added) }),
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
