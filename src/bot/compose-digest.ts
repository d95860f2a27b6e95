// The daily digest, read as the head of a disclosure office would: what changed since the last one, then one
// report year compared like with like (never a sum across years), and what stands out. Every figure is asked of
// the store (counts, rankings, sums, changes since a time), never read from a list of every report.
import { CHECK_LABELS, citationOf, citeReports, type Fact } from '../answers/index.js';
import type { ChartSpec } from '../charts/index.js';
import type { Check, Report } from '../parser/index.js';
import type { ReportCounts, ReportSample, Store, YearPair } from '../store/index.js';
import { type DigestChanges, type DigestState, isUnchanged, readChanges } from './digest-changes.js';
import { buildDigestCharts } from './digest-charts.js';
import {
  chooseDigestYear,
  factOf,
  figureOfMetric,
  HEADLINE_METRICS,
  JUMP_FACTOR,
  JUMP_MIN_SIZE,
  jumpSize,
  percentChange,
  RISE_MIN,
  RISING_METRICS,
  requireQuery,
  topReports,
  type YearOnYear,
  yearOnYearOf,
} from './digest-figures.js';
import { formatDay, formatTime, isWeekday } from './digest-time.js';

export { DIGEST_LAST_SENT_KEY, DIGEST_STATE_KEY, readLastSentAt } from './digest-changes.js';

/** At most this many lines per list, then a count and the command that lists the rest. */
const LIST_LIMIT = 10;
const TOP_COUNT = 5;
const RECEIVED = 'applications.newReceived.total';

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
  const counts = await requireQuery(store, 'countReports')();
  const changes = await readChanges(store, counts, LIST_LIMIT);
  const year = chooseDigestYear(counts);
  const isQuiet = isUnchanged(changes) && (options.skipUnchanged ?? true);
  if (isQuiet && options.weeklyDay != null && isWeekday(now, options.weeklyDay, timeZone)) {
    return { kind: 'weekly', text: composeWeekly(counts, year, now, timeZone), charts: [], year, state: changes.next };
  }
  const title = `【政府信息公开年报日报】${formatDay(now, timeZone)}${year === null ? '' : ` · ${year}年度`}`;
  const text =
    year === null
      ? `${title}\n库中还没有报告。`
      : [
          title,
          describeScope(counts, year),
          describeChanges(changes, counts, timeZone),
          await listLeaders(store, year),
          await listReviewAndLitigation(store, year),
          await listAnomalies(store, year),
          describeFailing(counts, year),
          citeChanges(changes),
        ]
          .filter((section) => section !== '')
          .join('\n\n');
  const charts = year === null ? [] : await buildDigestCharts(store, year);
  return { kind: isQuiet ? 'unchanged' : 'daily', text, charts, year, state: changes.next };
}

/** The digest's text (what `nianbao digest --dry-run` prints). */
export async function composeDigest(store: Store, now: Date, options: DigestOptions = {}): Promise<string> {
  return (await buildDigest(store, now, options)).text;
}

const reportsOf = (counts: ReportCounts, year: number): number =>
  counts.years.find((entry) => entry.year === year)?.reports ?? 0;

function describeScope(counts: ReportCounts, year: number): string {
  const hasPrevious = reportsOf(counts, year - 1) > 0;
  return (
    `库中 ${counts.organs} 个单位的 ${counts.reports} 份报告。以下数字均为 ${year} 年度（${reportsOf(counts, year)} 个单位已报送）` +
    (hasPrevious ? `，同比为与同一单位 ${year - 1} 年度报告相比。` : '。')
  );
}

function describeChanges(changes: DigestChanges, counts: ReportCounts, timeZone: string): string {
  const { added, replaced, newlyFailing } = changes;
  if (changes.isFirst) {
    const years = counts.years.map((entry) => entry.year);
    const failing = newlyFailing.count > 0 ? `，其中 ${newlyFailing.count} 份数据不一致` : '';
    return `首次日报：库中共有 ${added.count} 份报告（${Math.min(...years)}–${Math.max(...years)}年）${failing}。以后每期列出新增、更新和新发现问题的报告。`;
  }
  const since = `自上次日报（${formatTime(changes.since, timeZone)}）以来`;
  if (isUnchanged(changes)) return `${since}没有新增或更新的报告，也没有新发现的数据问题。`;
  return [
    `${since}：`,
    ...section(`新增报告 ${added.count} 份：`, linesOf(added, describeNewReport), 'nianbao list'),
    ...section(
      `更新报告 ${replaced.count} 份（新文件替换了同一单位同一年度的旧文件）：`,
      linesOf(replaced, (report) => `· ${nameOf(report)}`),
      'nianbao list',
    ),
    ...section(
      `新发现数据不一致的报告 ${newlyFailing.count} 份：`,
      linesOf(newlyFailing, describeFailingReport),
      'nianbao check',
    ),
  ].join('\n');
}

/** The sample's listed reports in words, and how many there are in all. */
const linesOf = (sample: ReportSample, describe: (report: Report) => string): Lines => ({
  lines: sample.reports.map(describe),
  count: sample.count,
});

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
  const { added, replaced, newlyFailing } = changes;
  // A newly failing report was added or replaced since (its failure came with its file): the reports named are
  // the added and the replaced ones, the first of which are listed.
  const named = [...added.reports, ...replaced.reports, ...newlyFailing.reports];
  return citeReports(named.map(citationOf), 'zh', added.count + replaced.count);
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

async function listLeaders(store: Store, year: number): Promise<string> {
  const figure = figureOfMetric(RECEIVED);
  const total = await requireQuery(store, 'sumFigures')(figure, { years: [year] });
  if (total.count === 0) return '';
  const ranked = await topReports(store, figure, year, TOP_COUNT);
  const rows = (await Promise.all(ranked.map((row) => yearOnYearOf(store, row.report, RECEIVED)))).filter(
    (row): row is YearOnYear => row !== null,
  );
  const lines = rows.map((row, at) => `${at + 1}. ${row.current.org} ${amount(row.current)}${versus(row)}`);
  const pairs = await requireQuery(store, 'compareYears')(figure, year, {});
  const sum = `合计：${year} 年度 ${total.count} 份报告共收到申请 ${total.sum} 件`;
  const like =
    pairs.pairs === 0
      ? '。'
      : `；其中 ${pairs.pairs} 个单位两年都有报告：${year - 1}年 ${pairs.previousSum} 件 → ${year}年 ${pairs.currentSum} 件${bracket(percentChange(pairs.previousSum, pairs.currentSum))}。`;
  return [`${year} 年度收到政府信息公开申请最多：`, ...lines, sum + like].join('\n');
}

async function listReviewAndLitigation(store: Store, year: number): Promise<string> {
  const [review, litigation] = HEADLINE_METRICS.slice(1).map(({ id }) => figureOfMetric(id).cells);
  // Both figures added up per report: the organs with most cases, and how many have any (a value above 0).
  const figure = { cells: [...(review ?? []), ...(litigation ?? [])] };
  const place = await requireQuery(store, 'placeFigures')(figure, { years: [year] }, [{ id: '', value: 0 }]);
  const cases = place.above[0] ?? 0;
  if (cases === 0) return `${year} 年度没有单位报告行政复议或行政诉讼。`;
  const top = (await topReports(store, figure, year, TOP_COUNT)).filter((row) => row.value > 0);
  const lines = top.map(({ report }) => {
    const [reviewed, sued] = HEADLINE_METRICS.slice(1).map(({ id }) => factOf(report, id));
    return `· ${report.org}：行政复议 ${reviewed?.value ?? 0} 件，行政诉讼 ${sued?.value ?? 0} 件`;
  });
  const more = cases > TOP_COUNT ? [`……共 ${cases} 个单位有行政复议或行政诉讼`] : [];
  return [`${year} 年度行政复议、行政诉讼最多：`, ...lines, ...more].join('\n');
}

async function listAnomalies(store: Store, year: number): Promise<string> {
  const compare = requireQuery(store, 'compareYears');
  const { rows } = await compare(figureOfMetric(RECEIVED), year, {
    jump: { factor: JUMP_FACTOR, minSize: JUMP_MIN_SIZE },
  });
  const jumps = [...rows].sort((a, b) => jumpSize(b) - jumpSize(a) || byValue(a, b));
  const narrative = await requireQuery(store, 'listChecks')(year, 'narrative.', { limit: LIST_LIMIT });
  const lines = [
    ...section(`收到申请比上年变化最大（≥${JUMP_FACTOR} 倍或 ≤1/${JUMP_FACTOR}，且至少 ${JUMP_MIN_SIZE} 件）：`, {
      lines: await Promise.all(
        jumps.slice(0, LIST_LIMIT).map(async (row) => `· ${row.org}：${await fromTo(store, row.org, year, RECEIVED)}`),
      ),
      count: jumps.length,
    }),
    ...section('行政诉讼或结果纠正比上年增加：', await listRising(store, year)),
    ...section(
      '数字与报告正文说法不一致：',
      {
        lines: narrative.rows.map((row) => `· ${row.org} ${row.year}年：${row.check.message}`),
        count: narrative.count,
      },
      'nianbao check',
    ),
  ];
  return lines.length === 0 ? '' : ['值得注意：', ...lines].join('\n');
}

/** Organs whose lawsuits or 纠正 results rose by RISE_MIN or more, all such figures of an organ on one line. */
async function listRising(store: Store, year: number): Promise<Lines> {
  const compare = requireQuery(store, 'compareYears');
  const byOrg = new Map<string, string[]>();
  for (const { id } of RISING_METRICS) {
    for (const row of (await compare(figureOfMetric(id), year, { rise: RISE_MIN })).rows) {
      byOrg.set(row.org, [...(byOrg.get(row.org) ?? []), id]);
    }
  }
  const listed = [...byOrg].slice(0, LIST_LIMIT);
  const lines = await Promise.all(
    listed.map(async ([org, metrics]) => {
      const parts = await Promise.all(
        metrics.map(async (id) => `${RISING_NAMES.get(id)} ${await fromTo(store, org, year, id)}`),
      );
      return `· ${org}：${parts.join('；')}`;
    }),
  );
  return { lines, count: byOrg.size };
}

const RISING_NAMES = new Map<string, string>(RISING_METRICS.map(({ id, name }) => [id, name]));

function describeFailing(counts: ReportCounts, year: number): string {
  const failing = counts.years.find((entry) => entry.year === year)?.failing ?? 0;
  if (failing === 0) return `${year} 年度报告都通过了勾稽关系检查。`;
  return `${year} 年度有 ${failing} 份报告数据不一致（未通过勾稽关系检查），用 nianbao check 查看全部。`;
}

function composeWeekly(counts: ReportCounts, year: number | null, now: Date, timeZone: string): string {
  const filed = year === null ? '' : `，${year} 年度已有 ${reportsOf(counts, year)} 个单位报送`;
  return [
    `【政府信息公开年报周报】${formatDay(now, timeZone)}`,
    `本周没有新增或更新的报告。库中 ${counts.organs} 个单位的 ${counts.reports} 份报告${filed}。有新报告时恢复日报。`,
  ].join('\n');
}

/** The first lines of a list, and how many lines it has in all. */
interface Lines {
  readonly lines: readonly string[];
  readonly count: number;
}

/** A titled list: every line up to LIST_LIMIT, then how many more (and the command that lists them); none → []. */
function section(heading: string, { lines, count }: Lines, command?: string): string[] {
  if (count === 0) return [];
  if (count <= LIST_LIMIT) return [heading, ...lines];
  const rest = `……另有 ${count - LIST_LIMIT} 项${command === undefined ? '' : `，用 ${command} 查看全部`}`;
  return [heading, ...lines.slice(0, LIST_LIMIT), rest];
}

const nameOf = (report: Report): string => `${report.org} ${report.year}年`;
const amount = (fact: Fact): string => `${fact.value} ${fact.unit}`;
const bracket = (text: string | null): string => (text === null ? '' : `（${text}）`);
const byValue = (a: YearPair, b: YearPair): number => b.current - a.current || a.org.localeCompare(b.org, 'zh');

/** `（2022年 262 件，+1164%）` beside a figure whose organ filed the year before. */
function versus({ current, previous }: YearOnYear): string {
  if (previous === null) return '';
  const percent = percentChange(previous.value, current.value);
  return `（${previous.year}年 ${amount(previous)}${percent === null ? '' : `，${percent}`}）`;
}

/** `2022年 262 件 → 2023年 3312 件（+1164%）`: the organ's figure in `year` and the year before, as its reports state them. */
async function fromTo(store: Store, org: string, year: number, metric: string): Promise<string> {
  const [before, current] = await Promise.all(
    [year - 1, year].map(async (at) => {
      const report = await store.get(`${org}/${at}`);
      return report ? factOf(report, metric) : null;
    }),
  );
  if (!before || !current)
    throw new Error(`${org}: the ${metric} of ${year - 1} and ${year} were compared but are not both stored`);
  return `${before.year}年 ${amount(before)} → ${current.year}年 ${amount(current)}${bracket(percentChange(before.value, current.value))}`;
}
