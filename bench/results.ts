// The figures of one bench run, the targets they are held to, and the printed table.
import type { AskResult } from './phases/ask.js';
import type { IngestResult } from './phases/ingest.js';
import type { JsonBaselineResult } from './phases/json-baseline.js';
import type { ParseResult } from './phases/parse.js';
import type { StartupResult } from './phases/startup.js';

/** Everything measured on one corpus size. */
export interface SizeResults {
  readonly reports: number;
  readonly generateMs: number;
  readonly verified: { readonly sampled: number; readonly problems: readonly string[] };
  readonly parse: ParseResult;
  /** As `nianbao ingest` does it (store writes spaced by their cost), within the bench's time budget. */
  readonly ingest: IngestResult;
  /** All reports in one store write: the store the start-up and ask figures use. */
  readonly ingestOneWrite: IngestResult;
  readonly startup: StartupResult;
  readonly jsonBaseline: JsonBaselineResult;
  readonly ask: AskResult;
}

/** Figures derived from the raw ones, as printed. */
export interface DerivedFigures {
  readonly reportsPerSecond: number;
  readonly megabytesPerSecond: number;
  readonly parseToBaseline: number;
  readonly loadAndAnswerMs: number;
  readonly loadToJsonParse: number;
  readonly loadAndAnswerToJsonParse: number;
}

/** Throughput, ratios to the baselines and start-up totals of one corpus size. */
export function deriveFigures(size: SizeResults): DerivedFigures {
  const { parse, startup, jsonBaseline } = size;
  const loadAndAnswerMs = startup.loadMs + startup.firstAnswerMs;
  return {
    reportsPerSecond: parse.reports / (parse.parseMs / 1000),
    megabytesPerSecond: parse.bytes / 1e6 / (parse.parseMs / 1000),
    parseToBaseline: parse.parseMs / parse.baselineMs,
    loadAndAnswerMs,
    loadToJsonParse: startup.loadMs / jsonBaseline.parseMs,
    loadAndAnswerToJsonParse: loadAndAnswerMs / jsonBaseline.parseMs,
  };
}

/** One target of issue 8, checked on the largest corpus. */
export interface TargetOutcome {
  readonly name: string;
  readonly value: number;
  readonly limit: string;
  readonly met: boolean;
}

/** The targets (2 cores): parse ≥500 reports/s and ≤3× baseline; ask p99 <5 ms; load <2 s, <500 MB, ≤2× JSON.parse. */
export function checkTargets(size: SizeResults): TargetOutcome[] {
  const figures = deriveFigures(size);
  const target = (name: string, value: number, limit: string, met: boolean): TargetOutcome => ({
    name,
    value: round(value),
    limit,
    met,
  });
  return [
    target('parse reports/s', figures.reportsPerSecond, '≥ 500', figures.reportsPerSecond >= 500),
    target('parse ÷ normalization baseline', figures.parseToBaseline, '≤ 3×', figures.parseToBaseline <= 3),
    target('ask p99 (ms)', size.ask.all.p99, '< 5', size.ask.all.p99 < 5),
    target('load + first answer (ms)', figures.loadAndAnswerMs, '< 2000', figures.loadAndAnswerMs < 2000),
    target(
      'RSS after load + first answer (MB)',
      size.startup.rssAfterAnswerMegabytes,
      '< 500',
      size.startup.rssAfterAnswerMegabytes < 500,
    ),
    target(
      'load + first answer ÷ JSON.parse',
      figures.loadAndAnswerToJsonParse,
      '≤ 2×',
      figures.loadAndAnswerToJsonParse <= 2,
    ),
  ];
}

/** Rounds for printing and results.json: 3 significant figures, at most 2 decimals from 1 up. */
export function round(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  if (Math.abs(value) < 1) return Number(value.toPrecision(3));
  const digits = Math.max(0, Math.min(2, 2 - Math.floor(Math.log10(Math.abs(value) || 1))));
  return Number(value.toFixed(digits));
}

/** The figures table: one row per figure, one column per corpus size. */
export function formatTable(sizes: readonly SizeResults[]): string {
  const rows: (readonly [string, (size: SizeResults) => number | string])[] = [
    ['corpus generated (ms)', (size) => size.generateMs],
    ['verified sample: reports / problems', (size) => `${size.verified.sampled} / ${size.verified.problems.length}`],
    ['corpus size (MB)', (size) => size.parse.bytes / 1e6],
    ['parse: reports/s', (size) => deriveFigures(size).reportsPerSecond],
    ['parse: MB/s', (size) => deriveFigures(size).megabytesPerSecond],
    ['parse: failed reports', (size) => size.parse.failed],
    ['baseline read+normalize (ms)', (size) => size.parse.baselineMs],
    ['parse (ms)', (size) => size.parse.parseMs],
    ['parse ÷ baseline', (size) => deriveFigures(size).parseToBaseline],
    ['ingest as the CLI (ms)', (size) => formatIngestTime(size.ingest)],
    ['ingest as the CLI: peak RSS (MB)', (size) => size.ingest.peakRssMegabytes],
    ['ingest in one write (ms)', (size) => formatIngestTime(size.ingestOneWrite)],
    ['ingest in one write: added / failed', (size) => `${size.ingestOneWrite.added} / ${size.ingestOneWrite.failed}`],
    ['ingest in one write: peak RSS (MB)', (size) => size.ingestOneWrite.peakRssMegabytes],
    ['store file (MB)', (size) => size.ingestOneWrite.storeMegabytes],
    ['start-up: import modules (ms)', (size) => size.startup.importMs],
    ['start-up: load store (ms)', (size) => size.startup.loadMs],
    ['start-up: first answer (ms)', (size) => size.startup.firstAnswerMs],
    ['start-up: load + first answer (ms)', (size) => deriveFigures(size).loadAndAnswerMs],
    ['start-up: process start → answer (ms)', (size) => size.startup.processToAnswerMs],
    ['RSS after load (MB)', (size) => size.startup.rssAfterLoadMegabytes],
    ['RSS after first answer (MB)', (size) => size.startup.rssAfterAnswerMegabytes],
    ['baseline JSON.parse of store (ms)', (size) => size.jsonBaseline.parseMs],
    ['baseline RSS after JSON.parse (MB)', (size) => size.jsonBaseline.rssAfterParseMegabytes],
    ['load ÷ JSON.parse', (size) => deriveFigures(size).loadToJsonParse],
    ['load + first answer ÷ JSON.parse', (size) => deriveFigures(size).loadAndAnswerToJsonParse],
    ['ask: questions timed', (size) => size.ask.all.count],
    ['ask p50 (ms)', (size) => size.ask.all.p50],
    ['ask p99 (ms)', (size) => size.ask.all.p99],
    ['ask max (ms)', (size) => size.ask.all.max],
    ...askKindRows(sizes),
  ];
  const header = ['figure', ...sizes.map((size) => `N = ${size.reports.toLocaleString('en-US')}`)];
  const body = rows.map(([label, read]) => [label, ...sizes.map((size) => formatValue(read(size)))]);
  return alignColumns([header, ...body]);
}

/** The time, or how far an ingest got before the budget ran out: `> 90,000 (4,850 of 10,000)`. */
function formatIngestTime(ingest: IngestResult): string {
  const time = formatValue(ingest.ingestMs);
  return ingest.finished
    ? time
    : `> ${time} (${ingest.done.toLocaleString('en-US')} of ${ingest.reports.toLocaleString('en-US')})`;
}

function askKindRows(sizes: readonly SizeResults[]): (readonly [string, (size: SizeResults) => string])[] {
  const kinds = [...new Set(sizes.flatMap((size) => Object.keys(size.ask.byKind)))] as (keyof AskResult['byKind'])[];
  return kinds.map((kind) => [
    `ask ${kind}: p50 / p99 ms, correct`,
    (size: SizeResults) => {
      const result = size.ask.byKind[kind];
      if (!result) return '-';
      const correct =
        result.withExpected > 0
          ? `${result.correct}/${result.withExpected}`
          : `${result.answered}/${result.count} answered`;
      return `${formatValue(result.p50)} / ${formatValue(result.p99)}, ${correct}`;
    },
  ]);
}

/** Checked targets as rows: name, value, limit, met. */
export function formatTargets(outcomes: readonly TargetOutcome[]): string {
  return alignColumns([
    ['target (largest corpus)', 'value', 'limit', ''],
    ...outcomes.map((outcome) => [
      outcome.name,
      formatValue(outcome.value),
      outcome.limit,
      outcome.met ? 'met' : 'MISSED',
    ]),
  ]);
}

function formatValue(value: number | string): string {
  return typeof value === 'number' ? round(value).toLocaleString('en-US', { maximumFractionDigits: 4 }) : value;
}

function alignColumns(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
        .join('  '),
    )
    .join('\n');
}
