// The large benchmark's figures as a Markdown table, and the issue's targets met or missed.
import type { WriteFigures } from './ingest-figures.js';

type Latency = { count: number; p50: number; p99: number; max: number };

/** What the bot instance measured in its own process. */
export interface BotFigures {
  readonly firstMs: number;
  readonly firstStatus: string;
  readonly rssMegabytes: number;
  readonly heapMegabytes: number;
  /** The heap left after a full collection at the end: what the bot keeps. */
  readonly keptHeapMegabytes?: number;
  readonly kinds: Record<string, Latency & { answered: number; example: string; queriesPerQuestion?: number }>;
}

/** Everything one run measured (also written to results.json). */
export interface LargeBenchResults {
  readonly date: string;
  readonly machine: Readonly<Record<string, string | number>>;
  readonly reports: number;
  readonly organs: number;
  readonly tableMegabytes: number;
  readonly indexMegabytes: number;
  /** null when a kept store already held every report. */
  readonly write: WriteFigures | null;
  readonly vacuumSeconds: number;
  readonly baseline: Record<string, Latency>;
  readonly bot: BotFigures;
  readonly ingest: { readonly files: number; readonly workers: number; readonly runs: Record<string, WriteFigures> };
}

const latency = (entry: Latency | undefined): string => (entry ? `${entry.p50} / ${entry.p99}` : '—');

/** The side-by-side table, the ingest runs and the issue's targets met or missed. */
export function formatFigures(results: LargeBenchResults): string {
  const { bot, baseline, ingest } = results;
  const lines = [
    `Machine: ${Object.values(results.machine).join('; ')}`,
    `Store: ${results.reports} reports of ${results.organs} organs; table ${results.tableMegabytes} MB, indexes ${results.indexMegabytes} MB; ${results.write ? `written at ${results.write.reportsPerSecond} reports/s (batches of 1,000), VACUUM ANALYZE ${results.vacuumSeconds} s` : 'reused from --keep'}`,
    '',
    '| p50 / p99 ms | through the engine (bot instance) | store query alone (baseline) | answered | queries a question |',
    '|---|---|---|---|---|',
    ...Object.entries(bot.kinds).map(
      ([name, entry]) =>
        `| ${name} | ${latency(entry)} | ${latency(baseline[name])} | ${entry.answered}/${entry.count} | ${entry.queriesPerQuestion ?? '—'} |`,
    ),
    `| first question after start (open, vocabulary, answer) | ${bot.firstMs} ms (${bot.firstStatus}) | — | | |`,
    `| bot instance resident memory (peak, compiled) | ${bot.rssMegabytes} MB (heap ${bot.heapMegabytes} MB${bot.keptHeapMegabytes === undefined ? '' : `, ${bot.keptHeapMegabytes} MB kept after a full collection`}) | — | | |`,
    '',
    'Examples:',
    ...Object.values(bot.kinds).map((entry) => `- ${entry.example}`),
    '',
    `Ingest of ${ingest.files} generated report files into Postgres (parse + upsert):`,
    ...Object.entries(ingest.runs).map(
      ([name, run]) =>
        `- ${name}: ${run.reportsPerSecond} reports/s (${run.seconds} s${run.cpuMsPerReport === undefined ? '' : `, ${run.cpuMsPerReport} ms of CPU per report outside the database`})`,
    ),
    '',
    ...formatTargets(results),
  ];
  return lines.join('\n');
}

function formatTargets({ bot, ingest, reports }: LargeBenchResults): string[] {
  const worst = Math.max(...Object.values(bot.kinds).map((entry) => entry.p99));
  const withWorkers =
    Object.entries(ingest.runs).find(([name]) => name === `${ingest.workers} workers`)?.[1]?.reportsPerSecond ?? 0;
  const targets: [string, boolean][] = [
    [`every question p99 < 50 ms at ${reports} reports: worst ${worst} ms`, worst < 50],
    [`first question < 1 s: ${bot.firstMs} ms`, bot.firstMs < 1000],
    [`bot resident memory < 300 MB: ${bot.rssMegabytes} MB`, bot.rssMegabytes < 300],
    [`ingest ≥ 300 reports/s with ${ingest.workers} workers: ${withWorkers}`, withWorkers >= 300],
  ];
  return targets.map(([text, isMet]) => `${isMet ? 'met   ' : 'MISSED'} ${text}`);
}
