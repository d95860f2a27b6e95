// What the bot says about reports it took in: the reply to a file or link sent in chat, the refusal for others,
// and the watch's announcement. One place, so every channel words it alike.
import type { Report } from '../parser/index.js';
import type { PutOutcome } from '../store/index.js';

/** Findings named one by one before "and N more". */
const LISTED = 3;

const OUTCOME_WORDS: Readonly<Record<PutOutcome, string>> = {
  added: '已收录',
  replaced: '已更新（替换了库中旧的一份）',
  unchanged: '库中已有这一份（内容相同，未改动）',
};

/** The reply to a report read in chat: organ, year, template, the checks that failed and the cells missing. */
export function describeIngested(report: Report, outcome: PutOutcome): string {
  const missing = report.checks.filter((check) => check.rule === 'table.missing');
  const failed = report.checks.filter((check) => check.rule !== 'table.missing');
  return [
    `${OUTCOME_WORDS[outcome]}：${report.org} ${report.year}年政府信息公开工作年度报告（${report.template}年版表格）`,
    failed.length === 0 ? '勾稽检查：全部一致' : `勾稽检查：${failed.length} 项未通过：${listMessages(failed)}`,
    missing.length === 0 ? '缺失单元格：无' : `缺失单元格：${listMessages(missing)}`,
    `来源：${report.source.url ?? report.source.file}`,
  ].join('\n');
}

/** A file or link that could not be read: its name and the reason, and that nothing was stored. */
export function describeIngestFailure(reason: string): string {
  return `未能读入，库中未作改动：${reason}`;
}

/** The reply to someone not in INGEST_ALLOWED_USERS who sent a report. */
export const INGEST_REFUSAL =
  '谢谢！不过只有管理员指定的用户（INGEST_ALLOWED_USERS）可以向我提交年报。请把文件或链接转给他们；您仍可以随时向我提问。';

/** The watch's announcement of reports it found on the watched sites. */
export function describeNewReports(reports: readonly Report[]): string {
  const lines = reports.map((report) => {
    const checks = report.checks.length === 0 ? '勾稽检查全部一致' : `${report.checks.length} 项检查未通过`;
    return `• ${report.org} ${report.year}年（${report.template}年版表格，${checks}）${report.source.url ?? report.source.file}`;
  });
  return [`网站上发现新的年报 ${reports.length} 份，已收录：`, ...lines].join('\n');
}

function listMessages(checks: readonly Report['checks'][number][]): string {
  const named = checks.slice(0, LISTED).map((check) => check.message);
  return `${named.join('；')}${checks.length > LISTED ? `；另有 ${checks.length - LISTED} 项` : ''}`;
}
