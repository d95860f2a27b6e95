// argv and environment → calls into parser, store, answers and bot. The only place that exits.

import { realpathSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { type Answer, createEngine, createLlm, createStoreMemory } from './answers/index.js';
import type { NoChartReason } from './charts/index.js';
import { listSecrets, loadConfig } from './config.js';
import { ChartError, ConfigError, NianbaoError, StoreError } from './errors.js';
import { type ColumnRun, createFetcher, ingestUrls, isUrl, watchColumns } from './fetch/index.js';
import { formatChecks, formatReportLine, formatReportSummary } from './format-report.js';
import { createRedactor, redactWrites } from './redact.js';
import {
  copyStore,
  createParsePool,
  DEFAULT_STORE_PATH,
  type IngestOutcome,
  ingestFilesInParallel,
  isDatabaseUrl,
  listReportFiles,
  openSampleStore,
  openStore,
  redactUrl,
  storeExists,
} from './store/index.js';

/** Where the CLI writes and what it reads; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly isTTY: boolean;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  isTTY: Boolean(process.stderr.isTTY),
};

/** Runs one command and returns its exit code. A NianbaoError prints its message; anything else its stack. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof NianbaoError) {
      io.stderr(error.message);
      return 1;
    }
    io.stderr(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
  return exitCode;
}

/** Entry point of bin/nianbao.js. Whatever any command or library prints passes the one secret redaction. */
export async function run(argv: readonly string[]): Promise<void> {
  const redact = createRedactor(listSecrets(process.env));
  redactWrites(process.stdout, redact);
  redactWrites(process.stderr, redact);
  process.exitCode = await main(argv);
}

/** True when this module is the script node was started with (`node dist/src/cli.js …`), not an import of it. */
function isStartedScript(): boolean {
  const script = process.argv[1];
  try {
    return script !== undefined && pathToFileURL(realpathSync(script)).href === import.meta.url;
  } catch {
    return false; // no such file: node -e, a REPL
  }
}

if (isStartedScript()) await run(process.argv);

function buildProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  // NIANBAO_DATABASE_URL sends every command to Postgres; --store still picks another store for one command.
  const storePath = (options: { store?: string }): string =>
    options.store ?? io.env.NIANBAO_DATABASE_URL ?? io.env.NIANBAO_STORE ?? DEFAULT_STORE_PATH;
  const program = new Command('nianbao')
    .description(
      'Exact numbers from government information-disclosure annual reports (政府信息公开工作年度报告), and answers about them.',
    )
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout(text.trimEnd()), writeErr: (text) => io.stderr(text.trimEnd()) });
  const storeOption = [
    '--store <path>',
    `store file or postgres:// URL (default: $NIANBAO_DATABASE_URL, else $NIANBAO_STORE or ${DEFAULT_STORE_PATH})`,
  ] as const;

  program
    .command('parse')
    .description('parse one report and print a summary, or the canonical JSON with --json')
    .argument('<file>', 'report file (.txt, .html, .pdf, .docx, .doc)')
    .option('--json', 'print the canonical JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      // In a parse process of its own, so that a hostile file ends in a named failure, not in a crash or a hang.
      const pool = createParsePool(1, loadConfig(io.env).parse);
      const report = await pool.parse(file).finally(() => pool.close());
      io.stdout(options.json ? JSON.stringify(report, null, 2) : formatReportSummary(report));
    });

  program
    .command('ingest')
    .description('parse report files (folders are walked recursively) and report pages or files at URLs into the store')
    .argument('<paths...>', 'files, folders, or http(s) URLs of report pages, wrapper pages or PDF/Word files')
    .option(...storeOption)
    .option('--workers <n>', 'parse in n processes at once (default 1)', parseWorkerCount)
    .action(async (paths: string[], options: { store?: string; workers?: number }) => {
      const store = await openStore(storePath(options));
      const urls = paths.filter(isUrl);
      const files = await listReportFiles(paths.filter((path) => !isUrl(path)));
      const ingestOptions = {
        limits: loadConfig(io.env).parse,
        onProgress: progressPrinter(io, files.length),
        onCommit: commitPrinter(io, files.length),
      };
      // Always in parse processes, under the parse limits: no file can take the batch down.
      const outcomes = await ingestFilesInParallel(store, files, { ...ingestOptions, workers: options.workers ?? 1 });
      if (urls.length > 0) {
        const onProgress = progressPrinter(io, urls.length);
        const fetcher = createFetcher(loadConfig(io.env).fetch);
        outcomes.push(...(await ingestUrls(store, urls, { fetcher, limits: ingestOptions.limits, onProgress })));
      }
      await store.close();
      io.stdout(formatIngestSummary(outcomes));
      if (outcomes.some((entry) => entry.outcome === 'failed')) setExitCode(1);
    });

  program
    .command('watch')
    .description(
      "read sites' 政府信息公开工作年度报告 columns once and ingest the reports they list that the store has not seen",
    )
    .argument('[urls...]', 'list pages of the columns (default: $WATCH_URLS)')
    .option(...storeOption)
    .action(async (urls: string[], options: { store?: string }) => {
      const config = loadConfig(io.env);
      const columns = urls.length > 0 ? urls : config.watch.urls;
      if (columns.length === 0) {
        throw new ConfigError(
          'WATCH_URLS',
          'nianbao watch needs the list page of a 政府信息公开工作年度报告 column: name it, or set WATCH_URLS.',
        );
      }
      const store = await openStore(storePath(options));
      const fetcher = createFetcher(config.fetch);
      const runs = await watchColumns(store, columns, {
        fetcher,
        maxPages: config.watch.maxPages,
        limits: config.parse,
      });
      await store.close();
      io.stdout(runs.map(formatColumnRun).join('\n'));
      if (runs.some((run) => run.pageFailures.length > 0 || run.reports.some((entry) => entry.outcome === 'failed')))
        setExitCode(1);
    });

  program
    .command('list')
    .description(
      'list the reports in the store: organ, year, template, number of checks, source file, how well it was read',
    )
    .option(...storeOption)
    .action(async (options: { store?: string }) => {
      const store = await openStore(storePath(options));
      const reports = [...(await store.list())].sort((a, b) => a.org.localeCompare(b.org, 'zh') || a.year - b.year);
      await store.close();
      io.stdout(
        reports.length === 0
          ? 'The store is empty: run `nianbao ingest data/reports/`.'
          : reports.map(formatReportLine).join('\n'),
      );
    });

  program
    .command('check')
    .description('print every consistency finding (勾稽关系) in the store, per report')
    .option(...storeOption)
    .action(async (options: { store?: string }) => {
      const store = await openStore(storePath(options));
      const reports = await store.list();
      await store.close();
      io.stdout(
        reports.map((report) => `${report.id}  (${report.source.file})\n${formatChecks(report.checks)}`).join('\n\n'),
      );
    });

  program
    .command('ask')
    .description('answer a question about the reports in the store')
    .argument('<question...>', 'e.g. 龙岗区2022年收到多少政府信息公开申请？')
    .option('--json', 'print { status, answer, facts, via } as JSON')
    .option('--chart <file.png>', "write the answer's chart (a ranking, trend, breakdown or comparison) as a PNG")
    .option(...storeOption)
    .action(async (words: string[], options: { json?: boolean; store?: string; chart?: string }) => {
      const llm = createLlm(loadConfig(io.env).llm, { log: io.stderr });
      const store = await openSampleStore(storePath(options));
      const engine = createEngine({ store, llm });
      const reply = await engine.answer(words.join(' '), { conversationId: 'cli' });
      await store.close();
      io.stdout(
        options.json
          ? JSON.stringify({ status: reply.status, answer: reply.answer, facts: reply.facts, via: reply.via }, null, 2)
          : reply.answer,
      );
      // On stderr with --json, so that stdout stays one JSON document.
      if (options.chart !== undefined) (options.json ? io.stderr : io.stdout)(await writeChart(reply, options.chart));
    });

  program
    .command('serve')
    .description('run the bot: WeChat, Slack and the daily digest as configured, else a console chat')
    .option(...storeOption)
    .action(async (options: { store?: string }) => {
      const config = loadConfig(io.env);
      const location = storePath(options);
      const store = await openSampleStore(location);
      const { serve } = await loadBot();
      // On Postgres, follow-ups live in the database so that any bot instance can take the next question.
      const memory = isDatabaseUrl(location) ? createStoreMemory(store) : undefined;
      await serve({
        config,
        store,
        engine: createEngine({ store, memory, llm: createLlm(config.llm, { log: io.stderr }) }),
      });
      await store.close();
    });

  program
    .command('digest')
    .description("print today's digest (--dry-run, the default) or send it now to the configured channels (--send)")
    .option('--dry-run', 'print the digest without sending')
    .option('--send', 'send the digest now')
    .option(...storeOption)
    .action(async (options: { store?: string; send?: boolean }) => {
      const config = loadConfig(io.env);
      const store = await openSampleStore(storePath(options));
      const { buildDigest, sendDigest } = await loadBot();
      if (!options.send) {
        const digest = await buildDigest(store, new Date(), config.digest);
        io.stdout(digest.text);
        if (digest.kind === 'unchanged') io.stdout(`\n${NOTHING_NEW}`);
        return;
      }
      const result = await sendDigest({ config, store });
      io.stdout(
        result.skipped
          ? NOTHING_NEW
          : `sent to ${result.sent.length} destination(s)${result.failed.length ? `; failed: ${result.failed.join(', ')}` : ''}`,
      );
      if (result.failed.length > 0) setExitCode(1);
    });

  program
    .command('migrate')
    .description(
      'copy a store (reports with their ingestion times, and meta) into another, e.g. a lowdb file into Postgres',
    )
    .requiredOption('--to <url>', 'destination: a postgres:// URL (or another store file)')
    .option('--store <path>', `source store file (default: $NIANBAO_STORE or ${DEFAULT_STORE_PATH})`)
    .action(async (options: { to: string; store?: string }) => {
      const sourcePath = options.store ?? io.env.NIANBAO_STORE ?? DEFAULT_STORE_PATH;
      if (!isDatabaseUrl(sourcePath) && !(await storeExists(sourcePath))) {
        throw new StoreError(`${sourcePath}: no store file to copy; name it with --store <path> or NIANBAO_STORE.`);
      }
      const [source, destination] = [await openStore(sourcePath), await openStore(options.to)];
      const copied = await copyStore(source, destination);
      await Promise.all([source.close(), destination.close()]);
      const { added, replaced, unchanged } = copied.reports;
      io.stdout(
        `copied ${sourcePath} → ${redactUrl(options.to)}: added ${added}, replaced ${replaced}, unchanged ${unchanged}; ${copied.metaKeys} meta keys`,
      );
    });

  return program;
}

/** Writes the answer's chart to `file` and says where, or says why there is none (not an error: exit 0). */
async function writeChart(answer: Answer, file: string): Promise<string> {
  const { planChart, renderChart } = await import('./charts/index.js');
  const plan = planChart(answer, { isRequested: true });
  if (plan.kind === 'none') return `no chart written: ${NO_CHART_REASONS[plan.reason]}`;
  const image = await renderChart(plan.chart.spec);
  try {
    await writeFile(file, image.png);
  } catch (error) {
    throw new ChartError(`${file}: cannot write the chart (${(error as Error).message})`, { cause: error });
  }
  return `chart saved: ${file} (${plan.chart.spec.kind}, ${image.width}×${image.height}, ${plan.chart.facts.length} numbers)`;
}

const NO_CHART_REASONS: Readonly<Record<NoChartReason, string>> = {
  'no-numbers': 'the answer states no numbers',
  'one-number': 'the answer states a single number; a chart needs two or more (ask for a ranking or several years)',
  'too-many-dimensions': 'the numbers vary by organ, year and figure at once; ask for one of them at a time',
  'not-wanted': 'the answer has nothing to draw',
};

const NOTHING_NEW = 'nothing new since the last digest: none is sent today (DIGEST_SKIP_UNCHANGED=off sends it anyway)';

/** `--workers` takes a whole number of processes; more than 64 is surely a typo. */
function parseWorkerCount(text: string): number {
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1 || count > 64)
    throw new InvalidArgumentError('expected a whole number of processes from 1 to 64.');
  return count;
}

/** The bot pulls in wechaty and bolt: load it only for the commands that need it, to keep `ask` fast. */
async function loadBot(): Promise<typeof import('./bot/index.js')> {
  return import('./bot/index.js');
}

/** A progress bar on a terminal, plain lines otherwise; silent for a handful of files. */
function progressPrinter(io: CliIo, total: number): ((done: number, total: number, file: string) => void) | undefined {
  if (total <= 5) return undefined;
  if (!io.isTTY) return (done, all, file) => io.stderr(`[${done}/${all}] ${file}`);
  return (done, all) => {
    const width = 30;
    const filled = Math.round((done / all) * width);
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${all}${done === all ? '\n' : ''}`,
    );
  };
}

/** Without a terminal, a line after each store write, so a log shows what a stopped batch kept. */
function commitPrinter(io: CliIo, total: number): ((committed: number) => void) | undefined {
  if (total <= 5 || io.isTTY) return undefined;
  return (committed) => io.stderr(`committed ${committed} report(s) to the store`);
}

/** The end-of-batch summary: counts per outcome, then each failure with its reason. */
export function formatIngestSummary(outcomes: readonly IngestOutcome[]): string {
  const count = (outcome: IngestOutcome['outcome']): number =>
    outcomes.filter((entry) => entry.outcome === outcome).length;
  const lines = [
    `ingested ${count('added')}, replaced ${count('replaced')}, unchanged ${count('unchanged')}, failed ${count('failed')}`,
  ];
  for (const entry of outcomes) {
    if (entry.outcome === 'failed') lines.push(`  failed: ${entry.reason}`);
    else if (entry.outcome === 'replaced') lines.push(`  replaced: ${entry.id} ← ${entry.file}`);
  }
  return lines.join('\n');
}

/** One column's run: pages read, then the reports' summary and each failure (pages first) with its reason. */
export function formatColumnRun(run: ColumnRun): string {
  const lines = [
    `${run.column}: read ${run.pages.length} list page(s), ${run.reports.length} report link(s) new or retried`,
  ];
  if (run.reports.length > 0)
    lines.push(
      ...formatIngestSummary(run.reports)
        .split('\n')
        .map((line) => `  ${line}`),
    );
  for (const entry of run.reports) if (entry.outcome === 'added') lines.push(`  new: ${entry.id} ← ${entry.file}`);
  for (const failure of run.pageFailures) lines.push(`  failed: ${failure.reason}`);
  return lines.join('\n');
}
