// The daily digest, read as the head of a disclosure office would: what changed since the last one, then one
// report year compared like with like (never a sum across years), and what stands out.
import { CHECK_LABELS, citationOf, citeReports, type Fact } from '../answers/index.js';
import type { ChartSpec } from '../charts/index.js';
import type { Check, Report } from '../parser/index.js';
import type { Store } from '../store/index.js';
import { type DigestChanges, type DigestState, isFailing, isUnchanged, readChanges } from './digest-changes.js';
import { buildDigestCharts } from './digest-charts.js';
import {
  chooseDigestYear,
  factOf,
  HEADLINE_METRICS,
  isJump,
  JUMP_FACTOR,
  JUMP_MIN_SIZE,
  jumpSize,
  percentChange,
  RISE_MIN,
  RISING_METRICS,
  totalOf,
  type YearOnYear,
  yearOnYear,
} from './digest-figures.js';
import { formatDay, formatTime, isWeekday } from './digest-time.js';

export { DIGEST_LAST_SENT_KEY, DIGEST_STATE_KEY, readLastSentAt } from './digest-changes.js';

/** At most this many lines per list, then a count and the command that lists the rest. */
const LIST_LIMIT = 10;
const TOP_COUNT = 5;

export interface DigestOptions {
  /** Time zone for the dates printed in the digest. */
  readonly timeZone?: string;
  /** An unchanged day sends nothing (default true)… */
  readonly skipUnchanged?: boolean;
  /** …except on this weekday (1 = Monday … 7 = Sunday), when a short weekly digest goes out instead. */
  readonly weeklyDay?: number | null;
}

/**
 * `daily`: the full digest (something changed, the first digest, or DIGEST_SKIP_UNCHANGED off); `weekly`: the
 * short one of an unchanged weekly day; `unchanged`: nothing to send today (the text still says what it would).
 */
export interface Digest {
  readonly kind: 'daily' | 'weekly' | 'unchanged';
  readonly text: string;
  /** The pictures to attach where a channel can: top organs and the year trend (none for a weekly digest). */
  readonly charts: readonly ChartSpec[];
  /** The year every figure is of; null for an empty store. */
  readonly year: number | null;
  /** What to remember once the digest went out (recordDigestSent). */
  readonly state: DigestState;
}

/** Builds today's digest from the store and what the last digest saw. */
export async function buildDigest(store: Store, now: Date, options: DigestOptions = {}): Promise<Digest> {
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const all = await store.list();
  const changes = await readChanges(store, all);
  const year = chooseDigestYear(all);
  const isQuiet = isUnchanged(changes) && (options.skipUnchanged ?? true);
  if (isQuiet && options.weeklyDay != null && isWeekday(now, options.weeklyDay, timeZone)) {
    return { kind: 'weekly', text: composeWeekly(all, year, now, timeZone), charts: [], year, state: changes.next };
  }
  const title = `【政府信息公开年报日报】${formatDay(now, timeZone)}${year === null ? '' : ` · ${year}年度`}`;
  const text =
    year === null
      ? `${title}\n库中还没有报告。`
      : [
          title,
          describeScope(all, year),
          describeChanges(changes, timeZone),
          listLeaders(all, year),
          listReviewAndLitigation(all, year),
          listAnomalies(all, year),
          describeFailing(all, year),
          citeChanges(changes),
        ]
          .filter((section) => section !== '')
          .join('\n\n');
  const charts = year === null ? [] : buildDigestCharts(all, year);
  return { kind: isQuiet ? 'unchanged' : 'daily', text, charts, year, state: changes.next };
}

/** The digest's text (what `nianbao digest --dry-run` prints). */
export async function composeDigest(store: Store, now: Date, options: DigestOptions = {}): Promise<string> {
  return (await buildDigest(store, now, options)).text;
}

function describeScope(all: readonly Report[], year: number): string {
  const organs = new Set(all.map((report) => report.org)).size;
  const filed = all.filter((report) => report.year === year).length;
  const hasPrevious = all.some((report) => report.year === year - 1);
  return (
    `库中 ${organs} 个单位的 ${all.length} 份报告。以下数字均为 ${year} 年度（${filed} 个单位已报送）` +
    (hasPrevious ? `，同比为与同一单位 ${year - 1} 年度报告相比。` : '。')
  );
}

function describeChanges(changes: DigestChanges, timeZone: string): string {
  const { added, replaced, newlyFailing } = changes;
  if (changes.isFirst) {
    const years = added.map((report) => report.year);
    const failing = newlyFailing.length > 0 ? `，其中 ${newlyFailing.length} 份数据不一致` : '';
    return `首次日报：库中共有 ${added.length} 份报告（${Math.min(...years)}–${Math.max(...years)}年）${failing}。以后每期列出新增、更新和新发现问题的报告。`;
  }
  const since = `自上次日报（${formatTime(changes.since, timeZone)}）以来`;
  if (isUnchanged(changes)) return `${since}没有新增或更新的报告，也没有新发现的数据问题。`;
  return [
    `${since}：`,
    ...section(`新增报告 ${added.length} 份：`, added.map(describeNewReport), 'nianbao list'),
    ...section(
      `更新报告 ${replaced.length} 份（新文件替换了同一单位同一年度的旧文件）：`,
      replaced.map((report) => `· ${nameOf(report)}`),
      'nianbao list',
    ),
    ...section(
      `新发现数据不一致的报告 ${newlyFailing.length} 份：`,
      newlyFailing.map(describeFailingReport),
      'nianbao check',
    ),
  ].join('\n');
}

function describeNewReport(report: Report): string {
  const figures = HEADLINE_METRICS.map(({ id, name }) => {
    const fact = factOf(report, id);
    return fact === null ? null : `${name} ${fact.value} ${fact.unit}`;
  }).filter((text) => text !== null);
  return `· ${nameOf(report)}：${figures.length > 0 ? figures.join('，') : '未读到表三、表四'}`;
}

/**
 * The digest's source footer: each report its changes name (new, replaced, newly failing) once, by its title and
 * its page when it was fetched from one; the first digest names none one by one, so it has none.
 */
function citeChanges(changes: DigestChanges): string {
  if (changes.isFirst) return '';
  const named = [...changes.added, ...changes.replaced, ...changes.newlyFailing];
  return citeReports(named.map(citationOf), 'zh');
}

function describeFailingReport(report: Report): string {
  const errors = report.checks.filter((check) => check.severity === 'error');
  const more = errors.length > 1 ? `（另有 ${errors.length - 1} 处）` : '';
  return `· ${nameOf(report)}：${describeCheck(errors[0] as Check)}${more}`;
}

/** A check in words: `表三平衡关系（新收＋上年结转＝…）不成立：总计：新收 4 + 上年结转 0 ≠ 总计 4 + 结转下年度 1`. */
function describeCheck(check: Check): string {
  const label = (CHECK_LABELS as Readonly<Record<string, { zh: string } | undefined>>)[check.rule]?.zh;
  return label === undefined ? check.message : `${label}不成立：${check.message}`;
}

function listLeaders(all: readonly Report[], year: number): string {
  const rows = yearOnYear(all, year, 'applications.newReceived.total');
  if (rows.length === 0) return '';
  const ranked = [...rows].sort(byValue).slice(0, TOP_COUNT);
  const lines = ranked.map((row, at) => `${at + 1}. ${row.current.org} ${amount(row.current)}${versus(row)}`);
  const pairs = rows.filter((row): row is YearOnYear & { previous: Fact } => row.previous !== null);
  const total = `合计：${year} 年度 ${rows.length} 份报告共收到申请 ${totalOf(rows.map((row) => row.current))} 件`;
  const like =
    pairs.length === 0
      ? '。'
      : `；其中 ${pairs.length} 个单位两年都有报告：${year - 1}年 ${totalOf(pairs.map((row) => row.previous))} 件 → ${year}年 ${totalOf(pairs.map((row) => row.current))} 件${bracket(percentChange(totalOf(pairs.map((row) => row.previous)), totalOf(pairs.map((row) => row.current))))}。`;
  return [`${year} 年度收到政府信息公开申请最多：`, ...lines, total + like].join('\n');
}

function listReviewAndLitigation(all: readonly Report[], year: number): string {
  const cases = all
    .filter((report) => report.year === year)
    .map((report) => ({ report, figures: HEADLINE_METRICS.slice(1).map(({ id }) => factOf(report, id)) }))
    .map((entry) => ({ ...entry, sum: totalOf(entry.figures.filter((fact) => fact !== null)) }))
    .filter((entry) => entry.sum > 0)
    .sort((a, b) => b.sum - a.sum || a.report.org.localeCompare(b.report.org, 'zh'));
  if (cases.length === 0) return `${year} 年度没有单位报告行政复议或行政诉讼。`;
  const lines = cases.slice(0, TOP_COUNT).map(({ report, figures }) => {
    const [review, litigation] = figures;
    return `· ${report.org}：行政复议 ${review?.value ?? 0} 件，行政诉讼 ${litigation?.value ?? 0} 件`;
  });
  const more = cases.length > TOP_COUNT ? [`……共 ${cases.length} 个单位有行政复议或行政诉讼`] : [];
  return [`${year} 年度行政复议、行政诉讼最多：`, ...lines, ...more].join('\n');
}

function listAnomalies(all: readonly Report[], year: number): string {
  const jumps = yearOnYear(all, year, 'applications.newReceived.total')
    .filter(isJump)
    .sort((a, b) => jumpSize(b) - jumpSize(a) || byValue(a, b));
  const rising = listRising(all, year);
  const narrative = all
    .filter((report) => report.year === year)
    .flatMap((report) =>
      report.checks.filter((check) => check.rule.startsWith('narrative.')).map((check) => ({ report, check })),
    );
  const lines = [
    ...section(
      `收到申请比上年变化最大（≥${JUMP_FACTOR} 倍或 ≤1/${JUMP_FACTOR}，且至少 ${JUMP_MIN_SIZE} 件）：`,
      jumps.map((row) => `· ${row.current.org}：${fromTo(row)}`),
    ),
    ...section('行政诉讼或结果纠正比上年增加：', rising),
    ...section(
      '数字与报告正文说法不一致：',
      narrative.map(({ report, check }) => `· ${nameOf(report)}：${check.message}`),
      'nianbao check',
    ),
  ];
  return lines.length === 0 ? '' : ['值得注意：', ...lines].join('\n');
}

/** Organs whose lawsuits or 纠正 results rose by RISE_MIN or more, all such figures of an organ on one line. */
function listRising(all: readonly Report[], year: number): string[] {
  const byOrg = new Map<string, string[]>();
  for (const { id, name } of RISING_METRICS) {
    for (const row of yearOnYear(all, year, id)) {
      if (row.previous === null || row.current.value - row.previous.value < RISE_MIN) continue;
      const parts = byOrg.get(row.current.org) ?? [];
      byOrg.set(row.current.org, [...parts, `${name} ${fromTo(row)}`]);
    }
  }
  return [...byOrg].map(([org, parts]) => `· ${org}：${parts.join('；')}`);
}

function describeFailing(all: readonly Report[], year: number): string {
  const failing = all.filter((report) => report.year === year && isFailing(report)).length;
  if (failing === 0) return `${year} 年度报告都通过了勾稽关系检查。`;
  return `${year} 年度有 ${failing} 份报告数据不一致（未通过勾稽关系检查），用 nianbao check 查看全部。`;
}

function composeWeekly(all: readonly Report[], year: number | null, now: Date, timeZone: string): string {
  const organs = new Set(all.map((report) => report.org)).size;
  const filed =
    year === null ? '' : `，${year} 年度已有 ${all.filter((report) => report.year === year).length} 个单位报送`;
  return [
    `【政府信息公开年报周报】${formatDay(now, timeZone)}`,
    `本周没有新增或更新的报告。库中 ${organs} 个单位的 ${all.length} 份报告${filed}。有新报告时恢复日报。`,
  ].join('\n');
}

/** A titled list: every line up to LIST_LIMIT, then how many more (and the command that lists them); none → []. */
function section(heading: string, lines: readonly string[], command?: string): string[] {
  if (lines.length === 0) return [];
  if (lines.length <= LIST_LIMIT) return [heading, ...lines];
  const rest = `……另有 ${lines.length - LIST_LIMIT} 项${command === undefined ? '' : `，用 ${command} 查看全部`}`;
  return [heading, ...lines.slice(0, LIST_LIMIT), rest];
}

const nameOf = (report: Report): string => `${report.org} ${report.year}年`;
const amount = (fact: Fact): string => `${fact.value} ${fact.unit}`;
const bracket = (text: string | null): string => (text === null ? '' : `（${text}）`);
const byValue = (a: YearOnYear, b: YearOnYear): number =>
  b.current.value - a.current.value || a.current.org.localeCompare(b.current.org, 'zh');

/** `（2022年 262 件，+1164%）` beside a figure whose organ filed the year before. */
function versus({ current, previous }: YearOnYear): string {
  if (previous === null) return '';
  const percent = percentChange(previous.value, current.value);
  return `（${previous.year}年 ${amount(previous)}${percent === null ? '' : `，${percent}`}）`;
}

/** `2022年 262 件 → 2023年 3312 件（+1164%）` */
function fromTo({ current, previous }: YearOnYear): string {
  const before = previous as Fact;
  return `${before.year}年 ${amount(before)} → ${current.year}年 ${amount(current)}${bracket(percentChange(before.value, current.value))}`;
}
