// The large benchmark's figures as a Markdown table, and its targets.
import type { WriteFigures } from './ingest-figures.js';
import type { Latency } from './measure-queries.js';

type AskLatency = Latency & { answered: number; firstMs: number };

/** Everything one run measured (also written to results.json). */
export interface LargeBenchResults {
  readonly date: string;
  readonly machine: Readonly<Record<string, string | number>>;
  readonly postgres: {
    readonly reports: number;
    readonly tableMegabytes: number;
    readonly write: WriteFigures;
    readonly listColdMs: number;
    readonly listAfterWriteMs: number;
    readonly queries: Record<string, Latency>;
    readonly ask: Record<string, AskLatency>;
  };
  readonly lowdb: {
    readonly reports: number;
    readonly fileMegabytes: number;
    readonly openMs: number;
    readonly write: WriteFigures;
    readonly queries: Record<string, Latency>;
    readonly ask: Record<string, AskLatency>;
  };
  readonly ingest: { readonly files: number; readonly workers: number; readonly runs: Record<string, WriteFigures> };
}

const latency = (entry: Latency | undefined): string => (entry ? `${entry.p50} / ${entry.p99}` : '—');

/** The side-by-side table, the ingest runs and the targets met or missed. */
export function formatFigures(results: LargeBenchResults): string {
  const { postgres, lowdb, ingest } = results;
  const lines = [
    `Machine: ${Object.values(results.machine).join('; ')}`,
    '',
    `| p50 / p99 ms | Postgres, ${postgres.reports} reports | lowdb, ${lowdb.reports} reports |`,
    '|---|---|---|',
    ...Object.keys(postgres.queries).map(
      (name) => `| ${name} | ${latency(postgres.queries[name])} | ${latency(lowdb.queries[name])} |`,
    ),
    ...Object.keys(postgres.ask).map((name) => {
      const [pgAsk, lowdbAsk] = [postgres.ask[name], lowdb.ask[name]];
      const note = (entry: AskLatency | undefined) =>
        entry ? `${latency(entry)} (answered ${entry.answered}/${entry.count}, first ${entry.firstMs} ms)` : '—';
      return `| ${name} | ${note(pgAsk)} | ${note(lowdbAsk)} |`;
    }),
    `| load: reports/s (batches of 1,000) | ${postgres.write.reportsPerSecond} | ${lowdb.write.reportsPerSecond} |`,
    `| size on disk | ${postgres.tableMegabytes} MB | ${lowdb.fileMegabytes} MB |`,
    `| open + first list() | ${postgres.listColdMs} ms (list() loads every report) | ${lowdb.openMs} ms |`,
    `| list() after another instance added 1,000 | ${postgres.listAfterWriteMs} ms (fetches only those) | — |`,
    '',
    `Ingest of ${ingest.files} generated report files into Postgres (parse + upsert):`,
    ...Object.entries(ingest.runs).map(
      ([name, run]) => `- ${name}: ${run.reportsPerSecond} reports/s (${run.seconds} s)`,
    ),
    '',
    ...formatTargets(results),
  ];
  return lines.join('\n');
}

function formatTargets({ postgres, ingest }: LargeBenchResults): string[] {
  const worst = (prefix: string) =>
    Math.max(
      ...Object.entries(postgres.queries)
        .filter(([name]) => name.startsWith(prefix))
        .map(([, entry]) => entry.p99),
    );
  const withWorkers =
    Object.entries(ingest.runs).find(([name]) => name === `${ingest.workers} workers`)?.[1]?.reportsPerSecond ?? 0;
  const targets: [string, boolean][] = [
    [`lookups p99 < 50 ms at ${postgres.reports}: ${worst('lookup')} ms`, worst('lookup') < 50],
    [`rankings p99 < 200 ms at ${postgres.reports}: ${worst('ranking')} ms`, worst('ranking') < 200],
    [`ingest ≥ 300 reports/s with ${ingest.workers} workers: ${withWorkers}`, withWorkers >= 300],
  ];
  return targets.map(([text, isMet]) => `${isMet ? 'met   ' : 'MISSED'} ${text}`);
}
