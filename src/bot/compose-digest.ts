// The daily digest: what arrived since the last one, headline figures and failing checks, in Chinese.
import type { Report } from '../parser/index.js';
import type { Store } from '../store/index.js';

/** Store meta key holding the ISO time the last digest went out. */
export const DIGEST_LAST_SENT_KEY = 'digest.lastSentAt';

/** At most this many lines per section, so the digest stays readable in a chat window. */
const LIST_LIMIT = 10;
const TOP_COUNT = 3;

export interface DigestOptions {
  /** Time zone for the dates printed in the digest. */
  readonly timeZone?: string;
}

/**
 * Composes the digest text. Headline figures cover the reports added since the last digest, or the whole
 * store when none were added, so each day's message is useful on its own.
 */
export async function composeDigest(store: Store, now: Date, options: DigestOptions = {}): Promise<string> {
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const since = await readLastSentAt(store);
  const added = (await store.listIngestedSince(since)).map((entry) => entry.report);
  const all = await store.list();
  const scope = added.length > 0 ? added : all;
  const title = `【政府信息公开年报日报】${formatDay(now, timeZone)}`;
  if (all.length === 0) return `${title}\n库中还没有报告。`;
  return [
    title,
    describeArrivals(added, all, since, timeZone),
    listRequestLeaders(scope),
    listReviewAndLitigation(scope),
    describeTotals(scope),
    listFailingChecks(scope),
  ]
    .filter((section) => section !== '')
    .join('\n\n');
}

/** The time the last digest went out, or null when none has. */
export async function readLastSentAt(store: Store): Promise<Date | null> {
  const value = await store.getMeta(DIGEST_LAST_SENT_KEY);
  const time = value === undefined ? NaN : Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time);
}

function describeArrivals(
  added: readonly Report[],
  all: readonly Report[],
  since: Date | null,
  timeZone: string,
): string {
  if (added.length === 0) {
    return `自上次日报（${formatTime(since, timeZone)}）以来没有新增报告；以下是库中全部 ${all.length} 份报告的概况。`;
  }
  const heading =
    since === null
      ? `库中共有 ${added.length} 份报告：`
      : `自上次日报（${formatTime(since, timeZone)}）以来新增 ${added.length} 份报告：`;
  return [heading, ...limitLines(added.map((report) => `· ${nameOf(report)}`))].join('\n');
}

function listRequestLeaders(reports: readonly Report[]): string {
  const ranked = reports
    .map((report) => ({ report, count: requestsOf(report) }))
    .filter((entry): entry is { report: Report; count: number } => entry.count !== undefined)
    .sort((a, b) => b.count - a.count || a.report.org.localeCompare(b.report.org))
    .slice(0, TOP_COUNT);
  if (ranked.length === 0) return '';
  const lines = ranked.map((entry, at) => `${at + 1}. ${nameOf(entry.report)} ${entry.count} 件`);
  return ['收到政府信息公开申请最多：', ...lines].join('\n');
}

function listReviewAndLitigation(reports: readonly Report[]): string {
  const cases = reports
    .map((report) => ({ report, review: reviewsOf(report), litigation: litigationsOf(report) }))
    .filter((entry) => entry.review + entry.litigation > 0)
    .sort((a, b) => b.review + b.litigation - (a.review + a.litigation) || a.report.org.localeCompare(b.report.org));
  if (cases.length === 0) return '没有单位报告行政复议或行政诉讼。';
  const lines = cases.map(
    (entry) => `· ${nameOf(entry.report)}：行政复议 ${entry.review} 件，行政诉讼 ${entry.litigation} 件`,
  );
  return [`有行政复议或行政诉讼的单位（${cases.length} 个）：`, ...limitLines(lines)].join('\n');
}

function describeTotals(reports: readonly Report[]): string {
  const sum = (count: (report: Report) => number): number =>
    reports.reduce((total, report) => total + count(report), 0);
  return (
    `合计（${reports.length} 份报告）：收到申请 ${sum((report) => requestsOf(report) ?? 0)} 件，` +
    `行政复议 ${sum(reviewsOf)} 件，行政诉讼 ${sum(litigationsOf)} 件。`
  );
}

function listFailingChecks(reports: readonly Report[]): string {
  const failing = reports
    .map((report) => ({ report, errors: report.checks.filter((check) => check.severity === 'error') }))
    .filter((entry) => entry.errors.length > 0);
  if (failing.length === 0) return '所有报告都通过了勾稽关系检查。';
  const lines = failing.map(({ report, errors }) => {
    const more = errors.length > 1 ? `（另有 ${errors.length - 1} 处）` : '';
    return `· ${nameOf(report)}：${errors[0]?.message ?? ''}${more}`;
  });
  return [`数据不一致的报告（${failing.length} 份）：`, ...limitLines(lines)].join('\n');
}

const nameOf = (report: Report): string => `${report.org} ${report.year}年`;
const requestsOf = (report: Report): number | undefined => report.applications?.newReceived?.total;
const reviewsOf = (report: Report): number => report.reviewLitigation?.review.total ?? 0;
const litigationsOf = (report: Report): number =>
  (report.reviewLitigation?.litigationDirect.total ?? 0) + (report.reviewLitigation?.litigationAfterReview.total ?? 0);

function limitLines(lines: readonly string[]): string[] {
  if (lines.length <= LIST_LIMIT) return [...lines];
  return [...lines.slice(0, LIST_LIMIT), `……等共 ${lines.length} 项`];
}

function formatDay(date: Date, timeZone: string): string {
  const parts = partsOf(date, timeZone);
  return `${parts.year}年${parts.month}月${parts.day}日`;
}

function formatTime(date: Date | null, timeZone: string): string {
  if (date === null) return '从未发送';
  const parts = partsOf(date, timeZone);
  return `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`;
}

function partsOf(date: Date, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
  };
}
