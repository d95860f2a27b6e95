// One ingest in a process of its own, as `nianbao ingest` runs: the report files of a folder parsed and upserted
// into the store at a database URL, in the main thread (0) or in `threads` parse processes; prints the figures as
// JSON. bench:large runs it compiled, as bin/nianbao.js runs the CLI when the build is current (`npm run build`
// emits it into dist/), so the parse processes load compiled modules too, not TypeScript through tsx:
//   node dist/scripts/bench-large/ingest-instance.js <folder> <database url> <threads>
import { readFile } from 'node:fs/promises';
import { ingestFiles, ingestFilesInParallel, listReportFiles, openStore } from '../../src/store/index.js';

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

/** Linux's USER_HZ, the unit of /proc's CPU times, on every architecture nianbao runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU ms of this process and its ended children (Linux /proc; undefined elsewhere). */
async function cpuMilliseconds(): Promise<number | undefined> {
  const stat = await readFile('/proc/self/stat', 'utf8').catch(() => undefined);
  if (stat === undefined) return undefined;
  // Fields after the command's closing parenthesis; utime, stime, cutime, cstime are the 14th to 17th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = [11, 12, 13, 14].reduce((total, at) => total + Number(fields[at]), 0);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

const [folder, url, threadsText] = process.argv.slice(2);
if (!folder || !url) throw new Error('usage: ingest-instance.ts <folder> <database url> <threads>');
const threads = Number(threadsText ?? 0);
const files = await listReportFiles([folder]);
const store = await openStore(url);
const cpuBefore = await cpuMilliseconds();
const started = performance.now();
const outcomes =
  threads === 0 ? await ingestFiles(store, files) : await ingestFilesInParallel(store, files, { workers: threads });
const seconds = (performance.now() - started) / 1000;
const cpuAfter = await cpuMilliseconds(); // the pool's processes have ended and been waited for
await store.close();
const added = outcomes.filter((entry) => entry.outcome === 'added').length;
if (added !== files.length) throw new Error(`ingest added ${added} of ${files.length} files`);
const round = (value: number): number => Math.round(value * 100) / 100;
const figures: WriteFigures = {
  reports: added,
  seconds: round(seconds),
  reportsPerSecond: Math.round(added / seconds),
  ...(cpuBefore === undefined || cpuAfter === undefined
    ? {}
    : { cpuMsPerReport: round((cpuAfter - cpuBefore) / added) }),
};
process.stdout.write(`${JSON.stringify(figures)}\n`);
