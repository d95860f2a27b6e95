// Plain-text views of reports for the terminal (`nianbao parse`, `list`, `check`).
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  type Check,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  type Report,
  summarizeReading,
} from './parser/index.js';

/** A human summary of one report: organ, year, template, the three tables and the checks. */
export function formatReportSummary(report: Report): string {
  const lines = [
    `${report.org}  ${report.year}年  (template ${report.template}, ${report.level}, region ${report.region ?? '—'})`,
    `published ${report.publishedOn ?? '—'}  source ${report.source.file} [${report.source.format}]`,
    '',
    '表二 主动公开',
    ...Object.entries(report.activeDisclosure ?? {}).map(
      ([row, fields]) =>
        `  ${row.padEnd(20)} ${
          fields
            ? Object.entries(fields)
                .map(([k, v]) => `${k}=${v ?? '—'}`)
                .join('  ')
            : '—'
        }`,
    ),
    '',
    `表三 依申请公开  ${APPLICANT_COLUMNS.join(' ')}`,
    ...APPLICATION_ROWS.flatMap((row) => {
      const cells = report.applications?.[row];
      return cells ? [`  ${row.padEnd(32)} ${APPLICANT_COLUMNS.map((column) => cells[column]).join(' ')}`] : [];
    }),
    '',
    `表四 复议诉讼  ${REVIEW_COLUMNS.join(' ')}`,
    ...REVIEW_GROUPS.map((group) => {
      const cells = report.reviewLitigation?.[group];
      return `  ${group.padEnd(24)} ${cells ? REVIEW_COLUMNS.map((column) => cells[column]).join(' ') : '—'}`;
    }),
    '',
    `read: ${formatReadSummary(report)}`,
    formatChecks(report.checks),
  ];
  return lines.join('\n');
}

/** The checks of one report, one per line, or a line saying all pass. */
export function formatChecks(checks: readonly Check[]): string {
  if (checks.length === 0) return 'checks: all consistent';
  return [
    `checks: ${checks.length}`,
    ...checks.map((check) => `  [${check.severity}] ${check.rule}: ${check.message}`),
  ].join('\n');
}

/** One line per report for `nianbao list`, its read summary last. */
export function formatReportLine(report: Report): string {
  return [
    report.org,
    String(report.year),
    report.template,
    `${report.checks.length} checks`,
    report.source.file,
    formatReadSummary(report),
  ].join('\t');
}

/** "217 cells read, 0 missing · 0 checks failed · text: 3 of 3 figures agree": how well the report was read. */
export function formatReadSummary(report: Report): string {
  const summary = summarizeReading(report);
  const { narrative } = summary;
  const text =
    narrative === null
      ? 'not compared'
      : narrative.compared === 0
        ? 'no figures stated'
        : narrative.disagreeing > 0
          ? `${narrative.disagreeing} of ${narrative.compared} figures disagree`
          : `${narrative.agreeing} of ${narrative.compared} figures agree`;
  return `${summary.cellsRead} cells read, ${summary.cellsMissing} missing · ${summary.checksFailed} checks failed · text: ${text}`;
}
