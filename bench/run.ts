// `npm run bench`: generates synthetic corpora from the sample reports, measures parse, ingest, start-up and
// ask latency against same-run baselines, prints the figures and writes bench/results.json.
//   npm run bench -- --sizes 1000,10000 --sample 50 --questions 150 --rounds 3 --ingest-budget 90 --profile --keep
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listReportFiles, SAMPLE_REPORTS_DIR } from '../src/store/index.js';
import { type CorpusEntry, type CorpusSource, describeSources, writeCorpus } from './corpus/generate-corpus.js';
import { sampleEntries, verifyEntries } from './corpus/verify-corpus.js';
import { type PhaseOptions, runPhase } from './phase-io.js';
import type { AskResult } from './phases/ask.js';
import type { IngestResult } from './phases/ingest.js';
import type { JsonBaselineResult } from './phases/json-baseline.js';
import type { ParseResult } from './phases/parse.js';
import type { StartupResult } from './phases/startup.js';
import { makeQuestions } from './questions.js';
import { checkTargets, deriveFigures, formatTable, formatTargets, type SizeResults } from './results.js';

const RESULTS_FILE = fileURLToPath(new URL('./results.json', import.meta.url));
const PROFILE_DIR = fileURLToPath(new URL('./profiles', import.meta.url));

interface BenchOptions {
  readonly sizes: readonly number[];
  readonly sampleSize: number;
  readonly rounds: number;
  readonly questionsPerKind: number;
  readonly ingestBudgetMs: number;
  readonly phase: PhaseOptions;
  readonly keep: boolean;
}

function readOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      sample: { type: 'string', default: '50' },
      rounds: { type: 'string', default: '3' },
      questions: { type: 'string', default: '150' },
      'ingest-budget': { type: 'string', default: '90' },
      profile: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 5))
    throw new Error(`--sizes takes whole numbers of at least 5, e.g. 1000,10000 (got ${values.sizes})`);
  return {
    sizes,
    sampleSize: Number(values.sample),
    rounds: Number(values.rounds),
    questionsPerKind: Number(values.questions),
    ingestBudgetMs: Number(values['ingest-budget']) * 1000,
    phase: values.profile ? { profileDir: PROFILE_DIR } : {},
    keep: values.keep,
  };
}

function log(message: string): void {
  process.stderr.write(`[bench ${(performance.now() / 1000).toFixed(1)}s] ${message}\n`);
}

async function measureSize(
  sources: readonly CorpusSource[],
  size: number,
  workDir: string,
  options: BenchOptions,
): Promise<SizeResults> {
  const phase = (name: string): PhaseOptions => ({ ...options.phase, profileName: `${name}-${size}` });
  const folder = join(workDir, `corpus-${size}`);
  const generateStart = performance.now();
  const entries = await writeCorpus(sources, size, folder);
  const generateMs = performance.now() - generateStart;
  log(`N=${size}: corpus written to ${folder} in ${Math.round(generateMs)} ms; verifying a sample`);
  const verified = await verifySample(entries, options.sampleSize);
  log(`N=${size}: parse throughput`);
  const parse = await runPhase<ParseResult>('parse', { folder }, phase('parse'));
  log(
    `N=${size}: ingest as the CLI does (store writes spaced by their cost), for at most ${options.ingestBudgetMs / 1000} s`,
  );
  const ingest = await runPhase<IngestResult>(
    'ingest',
    { folder, store: join(workDir, `store-${size}-cli.json`), budgetMs: options.ingestBudgetMs },
    phase('ingest'),
  );
  log(`N=${size}: ingest with one store write`);
  const store = join(workDir, `store-${size}.json`);
  const ingestOneWrite = await runPhase<IngestResult>(
    'ingest',
    { folder, store, batchSize: size },
    phase('ingest-one-write'),
  );
  const questions = makeQuestions(entries, options.questionsPerKind);
  const questionsFile = join(workDir, `questions-${size}.json`);
  await writeFile(questionsFile, JSON.stringify(questions));
  log(
    `N=${size}: start-up, JSON.parse baseline, ask latency (${questions.length} questions × ${options.rounds} rounds)`,
  );
  const startup = await runPhase<StartupResult>(
    'startup',
    { store, question: questions[0]?.text ?? '' },
    phase('startup'),
  );
  const jsonBaseline = await runPhase<JsonBaselineResult>('json-baseline', { store }, phase('json-baseline'));
  const ask = await runPhase<AskResult>(
    'ask',
    { store, questions: questionsFile, rounds: options.rounds },
    phase('ask'),
  );
  return { reports: size, generateMs, verified, parse, ingest, ingestOneWrite, startup, jsonBaseline, ask };
}

async function verifySample(entries: readonly CorpusEntry[], sampleSize: number): Promise<SizeResults['verified']> {
  const sample = sampleEntries(entries, sampleSize);
  const problems = await verifyEntries(sample);
  for (const problem of problems.slice(0, 5)) log(`  verify: ${problem.slice(0, 400)}`);
  return { sampled: sample.length, problems };
}

/** Prints the table and the targets, and writes everything to bench/results.json. */
async function report(sizes: readonly SizeResults[], loadAtStart: number): Promise<void> {
  const targets = checkTargets(sizes.at(-1) as SizeResults);
  process.stdout.write(`\n${formatTable(sizes)}\n\n${formatTargets(targets)}\n`);
  const loadAverage = { atStart: loadAtStart, atEnd: loadavg()[0] ?? 0 };
  // Other processes on the machine slow every figure down; say so rather than let a busy run pass as typical.
  if (Math.max(loadAverage.atStart, loadAverage.atEnd) > cpus().length) {
    log(
      `warning: load average ${loadAverage.atStart.toFixed(1)} → ${loadAverage.atEnd.toFixed(1)} on ${cpus().length} cores; other processes skewed these timings`,
    );
  }
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    platform: process.platform,
    loadAverage,
  };
  const results = {
    date: new Date().toISOString(),
    machine,
    sizes: sizes.map((size) => ({ ...size, derived: deriveFigures(size) })),
    targets,
  };
  await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${RESULTS_FILE}`);
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  if (options.phase.profileDir) await mkdir(options.phase.profileDir, { recursive: true });
  const loadAtStart = loadavg()[0] ?? 0;
  const workDir = await mkdtemp(join(tmpdir(), 'nianbao-bench-'));
  try {
    const sources = await describeSources(await listReportFiles([SAMPLE_REPORTS_DIR]));
    const sizes: SizeResults[] = [];
    for (const size of options.sizes) sizes.push(await measureSize(sources, size, workDir, options));
    await report(sizes, loadAtStart);
    if (options.phase.profileDir) log(`CPU profiles in ${options.phase.profileDir}`);
  } finally {
    if (options.keep) log(`kept ${workDir}`);
    else await rm(workDir, { recursive: true, force: true });
  }
}

await main();
