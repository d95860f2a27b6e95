// `npm run bench:large`: the Postgres store at 100,000 synthetic reports beside lowdb at a size it still holds.
// Store load, indexed query latency (p50/p99), ask latency through the engine, and real ingest throughput on
// worker threads. Uses NIANBAO_BENCH_DATABASE_URL (a superuser URL; a database per run is created) or starts a
// throwaway PostgreSQL with fsync on. Prints a table and writes scripts/bench-large/results.json.
//   npm run bench:large -- --reports 100000 --lowdb 10000 --files 3000 --workers 2
import { rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { parseFile } from '../src/parser/index.js';
import { listReportFiles, openStore, SAMPLE_REPORTS_DIR } from '../src/store/index.js';
import { type Cluster, startThrowawayCluster } from '../test/setup/throwaway-cluster.js';
import { formatFigures, type LargeBenchResults } from './bench-large/format-figures.js';
import { fileMegabytes, measureIngest, putInBatches } from './bench-large/ingest-figures.js';
import { keysOf, measureAsk, measureQueries, time } from './bench-large/measure-queries.js';
import { synthesizeReports } from './bench-large/synthesize-reports.js';

const SERVER_SETTINGS = { shared_buffers: '1GB' };
const RESULTS_FILE = fileURLToPath(new URL('./bench-large/results.json', import.meta.url));

function log(message: string): void {
  process.stderr.write(`[bench:large ${(performance.now() / 1000).toFixed(1)}s] ${message}\n`);
}

function readOptions(): { reports: number; lowdb: number; files: number; workers: number } {
  const { values } = parseArgs({
    options: {
      reports: { type: 'string', default: '100000' },
      lowdb: { type: 'string', default: '10000' },
      files: { type: 'string', default: '3000' },
      workers: { type: 'string', default: '2' },
    },
  });
  const numbers = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, Number(value)]));
  for (const [key, value] of Object.entries(numbers))
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`--${key} takes a whole number (got ${values[key as keyof typeof values]})`);
  return numbers as { reports: number; lowdb: number; files: number; workers: number };
}

/** A new empty database on the server for each measurement, so none sees another's rows. */
function databaseMaker(serverUrl: string): () => Promise<string> {
  let count = 0;
  const run = `nianbao_bench_${Date.now().toString(36)}`;
  return async () => {
    const name = `${run}_${++count}`;
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
}

async function timeMs(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return Math.round(performance.now() - started);
}

async function tableMegabytes(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ bytes: string }>("SELECT pg_total_relation_size('reports') AS bytes");
  await client.end();
  return Math.round(Number(rows[0]?.bytes ?? 0) / 1e4) / 100;
}

async function main(): Promise<void> {
  const options = readOptions();
  // Other work on the machine skews every figure (worker threads most): the load is recorded beside them.
  const loadAtStart = loadavg()[0] ?? 0;
  const given = process.env.NIANBAO_BENCH_DATABASE_URL;
  // fsync on, and shared buffers sized as for a server of its own (PostgreSQL's 128 MB default is for a laptop).
  const cluster: Cluster | undefined = given
    ? undefined
    : await startThrowawayCluster({ durable: true, settings: SERVER_SETTINGS });
  const newDatabase = databaseMaker(given ?? (cluster as Cluster).url);
  try {
    const samples = await Promise.all((await listReportFiles([SAMPLE_REPORTS_DIR])).map((file) => parseFile(file)));
    // One extra batch for "another instance writes"; only keys are kept once the reports are stored.
    let all = synthesizeReports(samples, options.reports + 1000);
    const [extra, lowdbReports] = [all.slice(options.reports), all.slice(0, options.lowdb)];
    log(`${options.reports} synthetic reports made; loading Postgres`);
    const url = await newDatabase();
    const postgres = await openStore(url);
    const postgresWrite = await putInBatches(postgres, all.slice(0, options.reports), 1000, log);
    const keys = keysOf(all.slice(0, options.reports));
    all = [];
    log(`Postgres: ${postgresWrite.reportsPerSecond} reports/s; queries`);
    const postgresQueries = await measureQueries(postgres, keys);
    const listColdMs = await timeMs(() => postgres.list());
    postgresQueries['list(): unchanged store'] = await time(500, () => postgres.list());
    // Another instance ingests a batch: this one's list() fetches only those rows.
    const other = await openStore(url);
    await other.put(extra);
    await other.close();
    const listAfterWriteMs = await timeMs(() => postgres.list());
    log('Postgres: ask through the engine');
    const postgresAsk = await measureAsk(postgres, keys);
    await postgres.close();

    log(`lowdb at ${options.lowdb} reports`);
    const lowdbPath = join(tmpdir(), `nianbao-bench-large-${Date.now()}.json`);
    const lowdb = await openStore(lowdbPath);
    const lowdbWrite = await putInBatches(lowdb, lowdbReports, 1000, log);
    const openStarted = performance.now();
    const lowdbReopened = await openStore(lowdbPath);
    const lowdbOpenMs = Math.round(performance.now() - openStarted);
    const lowdbQueries = await measureQueries(lowdbReopened, keysOf(lowdbReports));
    lowdbQueries['list(): unchanged store'] = await time(500, () => lowdbReopened.list());
    const lowdbAsk = await measureAsk(lowdbReopened, keysOf(lowdbReports));
    const lowdbMegabytes = await fileMegabytes(lowdbPath);
    await rm(lowdbPath, { force: true });

    log(`ingest of ${options.files} report files into Postgres: main thread, 1 and ${options.workers} workers`);
    const ingest = await measureIngest(options.files, options.workers, newDatabase);
    const results: LargeBenchResults = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        node: process.version,
        server: cluster
          ? `throwaway PostgreSQL, fsync on, shared_buffers ${SERVER_SETTINGS.shared_buffers}`
          : 'NIANBAO_BENCH_DATABASE_URL',
        loadAverage: `${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end`,
      },
      postgres: {
        reports: options.reports,
        tableMegabytes: await tableMegabytes(url),
        write: postgresWrite,
        listColdMs,
        listAfterWriteMs,
        queries: postgresQueries,
        ask: postgresAsk,
      },
      lowdb: {
        reports: lowdbReports.length,
        fileMegabytes: lowdbMegabytes,
        openMs: lowdbOpenMs,
        write: lowdbWrite,
        queries: lowdbQueries,
        ask: lowdbAsk,
      },
      ingest: { files: options.files, workers: options.workers, runs: ingest },
    };
    process.stdout.write(`${formatFigures(results)}\n`);
    await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote ${RESULTS_FILE}`);
  } finally {
    await cluster?.stop();
  }
}

await main();
