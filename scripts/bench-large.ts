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
import { startThrowawayCluster, type Cluster } from '../test/setup/throwaway-cluster.js';
import { fileMegabytes, measureIngest, putInBatches } from './bench-large/ingest-figures.js';
import { measureAsk, measureQueries } from './bench-large/measure-queries.js';
import { formatFigures, type LargeBenchResults } from './bench-large/format-figures.js';
import { synthesizeReports } from './bench-large/synthesize-reports.js';

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
  for (const [key, value] of Object.entries(numbers)) if (!Number.isInteger(value) || value < 1) throw new Error(`--${key} takes a whole number (got ${values[key as keyof typeof values]})`);
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
  const cluster: Cluster | undefined = given ? undefined : await startThrowawayCluster({ durable: true });
  const newDatabase = databaseMaker(given ?? (cluster as Cluster).url);
  try {
    const samples = await Promise.all((await listReportFiles([SAMPLE_REPORTS_DIR])).map((file) => parseFile(file)));
    const reports = synthesizeReports(samples, options.reports);
    log(`${reports.length} synthetic reports made; loading Postgres`);
    const url = await newDatabase();
    const postgres = await openStore(url);
    const postgresWrite = await putInBatches(postgres, reports, 1000, log);
    log(`Postgres: ${postgresWrite.reportsPerSecond} reports/s; queries`);
    const listColdMs = await timeMs(() => postgres.list());
    const postgresQueries = await measureQueries(postgres, reports);
    // Another instance ingests a batch: this one's list() fetches only those rows.
    const other = await openStore(url);
    await other.put(synthesizeReports(samples, reports.length + 1000).slice(reports.length));
    await other.close();
    const listAfterWriteMs = await timeMs(() => postgres.list());
    log('Postgres: ask through the engine');
    const postgresAsk = await measureAsk(postgres, reports);
    await postgres.close();

    log(`lowdb at ${options.lowdb} reports`);
    const lowdbPath = join(tmpdir(), `nianbao-bench-large-${Date.now()}.json`);
    const lowdbReports = reports.slice(0, options.lowdb);
    const lowdb = await openStore(lowdbPath);
    const lowdbWrite = await putInBatches(lowdb, lowdbReports, 1000, log);
    const openStarted = performance.now();
    const lowdbReopened = await openStore(lowdbPath);
    const lowdbOpenMs = Math.round(performance.now() - openStarted);
    const lowdbQueries = await measureQueries(lowdbReopened, lowdbReports);
    const lowdbAsk = await measureAsk(lowdbReopened, lowdbReports);
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
        server: cluster ? 'throwaway PostgreSQL, fsync on, default settings' : 'NIANBAO_BENCH_DATABASE_URL',
        loadAverage: `${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end`,
      },
      postgres: {
        reports: reports.length,
        tableMegabytes: await tableMegabytes(url),
        write: postgresWrite,
        listColdMs,
        listAfterWriteMs,
        queries: postgresQueries,
        ask: postgresAsk,
      },
      lowdb: { reports: lowdbReports.length, fileMegabytes: lowdbMegabytes, openMs: lowdbOpenMs, write: lowdbWrite, queries: lowdbQueries, ask: lowdbAsk },
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
