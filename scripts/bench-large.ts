// `npm run bench:large`: the Postgres store at national scale (1,000,000 synthetic reports by default), every kind
// of question through the engine in a bot instance of its own (first question after start, p50/p99 of each kind,
// resident memory) beside the plain store query the engine issues for it (the same-run baseline), and the real
// ingest pipeline's rate. Uses NIANBAO_BENCH_DATABASE_URL (a superuser URL; a database per run is created) or
// starts a throwaway PostgreSQL with fsync on. Prints a table and writes scripts/bench-large/results.json.
// `--keep DIR` keeps the server's data in DIR and leaves it running, so the store of N reports is generated once
// (resumed where a killed run stopped) and every later run with the same --reports and --keep reuses it;
// `--store-only` stops after the store is ready; `--ingest-only` measures only the ingest of `--files` files (no
// store of `--reports` is made) and prints its figures as JSON.
//   npm run bench:large -- --reports 1000000 --files 3000 --workers 2 --rounds 200 [--keep DIR] [--store-only]
//   npm run bench:large -- --ingest-only --files 2000
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import pg from 'pg';
import { summarize } from '../bench/stats.js';
import { parseFile } from '../src/parser/index.js';
import { listReportFiles, openStore, SAMPLE_REPORTS_DIR, type Store } from '../src/store/index.js';
import { type Cluster, startThrowawayCluster } from '../test/setup/throwaway-cluster.js';
import { type BotFigures, formatFigures, type LargeBenchResults } from './bench-large/format-figures.js';
import { measureIngest, type WriteFigures } from './bench-large/ingest-figures.js';
import { startKeptCluster } from './bench-large/kept-cluster.js';
import { makePicker, QUESTION_KINDS, type ReportKey } from './bench-large/question-kinds.js';
import { generateReports } from './bench-large/synthesize-reports.js';

const SERVER_SETTINGS = { shared_buffers: '1GB' };
const RESULTS_FILE = fileURLToPath(new URL('./bench-large/results.json', import.meta.url));
// The bot instance runs compiled, as `npm start` runs the bot: bin/build.js brings dist/ up to date first.
const BUILD = fileURLToPath(new URL('../bin/build.js', import.meta.url));
const BOT_INSTANCE = fileURLToPath(new URL('../dist/scripts/bench-large/bot-instance.js', import.meta.url));
const BATCH = 1000;

function log(message: string): void {
  process.stderr.write(`[bench:large ${(performance.now() / 1000).toFixed(1)}s] ${message}\n`);
}

interface Options {
  readonly reports: number;
  readonly files: number;
  readonly workers: number;
  readonly rounds: number;
  readonly keep: string | undefined;
  readonly storeOnly: boolean;
  readonly ingestOnly: boolean;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      reports: { type: 'string', default: '1000000' },
      files: { type: 'string', default: '3000' },
      workers: { type: 'string', default: '2' },
      rounds: { type: 'string', default: '200' },
      keep: { type: 'string' },
      'store-only': { type: 'boolean', default: false },
      'ingest-only': { type: 'boolean', default: false },
    },
  });
  const counts = { reports: values.reports, files: values.files, workers: values.workers, rounds: values.rounds };
  const numbers = Object.fromEntries(Object.entries(counts).map(([key, value]) => [key, Number(value)]));
  for (const [key, value] of Object.entries(numbers))
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`--${key} takes a whole number (got ${counts[key as keyof typeof counts]})`);
  return {
    ...(numbers as { reports: number; files: number; workers: number; rounds: number }),
    keep: values.keep,
    storeOnly: values['store-only'],
    ingestOnly: values['ingest-only'],
  };
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new empty database on the server for each measurement, so none sees another's rows; `drop` removes them. */
function databaseMaker(serverUrl: string): { make: () => Promise<string>; drop: () => Promise<void> } {
  const made: string[] = [];
  const run = `nianbao_bench_${Date.now().toString(36)}`;
  return {
    async make() {
      const name = `${run}_${made.length + 1}`;
      await sql(serverUrl, `CREATE DATABASE ${name}`);
      made.push(name);
      return databaseUrl(serverUrl, name);
    },
    async drop() {
      for (const name of made.splice(0)) await sql(serverUrl, `DROP DATABASE IF EXISTS ${name}`);
    },
  };
}

/** The kept store of `reports` reports: its own database on the kept server, created the first time. */
async function keptDatabase(serverUrl: string, reports: number): Promise<string> {
  const name = `nianbao_large_${reports}`;
  const [found] = await sql(serverUrl, `SELECT 1 FROM pg_database WHERE datname = '${name}'`);
  if (!found) await sql(serverUrl, `CREATE DATABASE ${name}`);
  return databaseUrl(serverUrl, name);
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Generates and puts the reports in batches of 1,000 (one transaction each), after the first `held` ones (a
 * kept store a killed run left part-written; the reports come in the same order every time).
 */
async function load(store: Store, count: number, held: number): Promise<WriteFigures> {
  const samples = await Promise.all((await listReportFiles([SAMPLE_REPORTS_DIR])).map((file) => parseFile(file)));
  let made = 0;
  let batch = [];
  const started = performance.now();
  for (const report of generateReports(samples, count)) {
    made += 1;
    if (made <= held) continue;
    batch.push(report);
    if (batch.length === BATCH || made === count) {
      await store.put(batch);
      batch = [];
      if ((made / BATCH) % 50 === 0) log(`  ${made} reports written`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const written = count - held;
  return { reports: written, seconds: Math.round(seconds), reportsPerSecond: Math.round(written / seconds) };
}

/** The stored reports' keys, in insertion order (the order they were generated in). */
async function readKeys(url: string): Promise<ReportKey[]> {
  return sql<ReportKey>(url, 'SELECT id, org, year FROM reports ORDER BY put_number, put_position');
}

/** The plain store query behind each kind of question, p50/p99 over the same number of picks. */
async function measureBaseline(store: Store, keys: readonly ReportKey[], rounds: number) {
  const pick = makePicker(keys, 17);
  const figures: Record<string, ReturnType<typeof summarize>> = {};
  for (const kind of QUESTION_KINDS) {
    await kind.baseline(store, pick); // warm-up, as the bot's first question of a kind
    const samples: number[] = [];
    for (let at = 0; at < Math.min(rounds, kind.rounds ?? rounds); at += 1) {
      const begin = performance.now();
      await kind.baseline(store, pick);
      samples.push(Math.round((performance.now() - begin) * 100) / 100);
    }
    figures[kind.name] = summarize(samples);
  }
  return figures;
}

/** A bot instance in a process of its own (so its memory is its own), compiled, asking every kind of question. */
async function runBotInstance(url: string, keys: readonly ReportKey[], rounds: number): Promise<BotFigures> {
  const folder = await mkdtemp(join(tmpdir(), 'nianbao-bench-keys-'));
  try {
    const keysFile = join(folder, 'keys.json');
    // Every year of a sample of the organs is enough to draw questions from (changes need two years of one).
    const step = Math.max(1, Math.floor(keys.length / 20000));
    const organs = new Map<string, number>();
    for (const key of keys) if (!organs.has(key.org)) organs.set(key.org, organs.size);
    await writeFile(keysFile, JSON.stringify(keys.filter((key) => (organs.get(key.org) ?? 0) % step === 0)));
    await promisify(execFile)(process.execPath, [BUILD]);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      // The heap growth bin/nianbao.js sets at start, as `npm start` runs the bot.
      ['--expose-gc', '--heap-growing-percent=50', BOT_INSTANCE, url, keysFile, String(rounds)],
      { maxBuffer: 1e7 },
    );
    return JSON.parse(stdout) as BotFigures;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const options = readOptions();
  const loadAtStart = loadavg()[0] ?? 0;
  const given = process.env.NIANBAO_BENCH_DATABASE_URL;
  // fsync on, and shared buffers sized as for a server of its own (PostgreSQL's 128 MB default is for a laptop).
  const cluster: Cluster | undefined =
    given || options.keep ? undefined : await startThrowawayCluster({ durable: true, settings: SERVER_SETTINGS });
  const serverUrl = options.keep
    ? await startKeptCluster(options.keep, SERVER_SETTINGS)
    : (given ?? (cluster as Cluster).url);
  const databases = databaseMaker(serverUrl);
  try {
    if (options.ingestOnly) {
      log(`ingest of ${options.files} report files (parse + upsert): main thread, 1 and ${options.workers} workers`);
      const runs = await measureIngest(options.files, options.workers, databases.make);
      const load = `${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end`;
      process.stdout.write(`${JSON.stringify({ files: options.files, loadAverage: load, runs }, null, 2)}\n`);
      return;
    }
    const url = options.keep ? await keptDatabase(serverUrl, options.reports) : await databases.make();
    const store = await openStore(url);
    const [{ held = 0 } = {}] = await sql<{ held: number }>(url, 'SELECT count(*)::integer AS held FROM reports');
    if (held > options.reports) throw new Error(`the kept store holds ${held} reports, more than --reports`);
    let write: WriteFigures | null = null;
    if (held < options.reports) {
      log(`generating and writing ${options.reports - held} reports (${held} already held)`);
      write = await load(store, options.reports, held);
      log(`${write.reportsPerSecond} reports/s`);
    } else log(`reusing the kept store of ${held} reports at ${url}`);
    // Also on a kept store, which a killed run or a migration may have left unvacuumed (a no-op otherwise).
    log("VACUUM ANALYZE (autovacuum's work after a bulk load)");
    const vacuumStarted = performance.now();
    await sql(url, 'VACUUM ANALYZE reports');
    const vacuumSeconds = Math.round((performance.now() - vacuumStarted) / 1000);
    if (options.storeOnly) {
      await store.close();
      return;
    }
    const keys = await readKeys(url);
    const [size] = await sql<{ table: string; indexes: string; organs: string }>(
      url,
      `SELECT pg_table_size('reports') AS table, pg_indexes_size('reports') AS indexes,
              (SELECT count(*) FROM organs) AS organs`,
    );
    log('baseline: the store queries the engine issues');
    const baseline = await measureBaseline(store, keys, options.rounds);
    await store.close();
    log('a bot instance of its own: first question, every kind through the engine, memory');
    const bot = await runBotInstance(url, keys, options.rounds);
    log(`ingest of ${options.files} report files (parse + upsert): main thread, 1 and ${options.workers} workers`);
    const ingest = await measureIngest(options.files, options.workers, databases.make);
    const results: LargeBenchResults = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        node: process.version,
        server: given
          ? 'NIANBAO_BENCH_DATABASE_URL'
          : `${options.keep ? 'kept' : 'throwaway'} PostgreSQL, fsync on, shared_buffers ${SERVER_SETTINGS.shared_buffers}`,
        loadAverage: `${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end`,
      },
      reports: options.reports,
      organs: Number(size?.organs ?? 0),
      tableMegabytes: Math.round(Number(size?.table ?? 0) / 1e6),
      indexMegabytes: Math.round(Number(size?.indexes ?? 0) / 1e6),
      write,
      vacuumSeconds,
      baseline,
      bot,
      ingest: { files: options.files, workers: options.workers, runs: ingest },
    };
    process.stdout.write(`${formatFigures(results)}\n`);
    await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote ${RESULTS_FILE}`);
  } finally {
    await databases.drop();
    await cluster?.stop();
  }
}

await main();
