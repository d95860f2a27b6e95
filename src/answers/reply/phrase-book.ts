// The words of replies, one book per language. phrase.ts decides what to say; a book says it.
import type { Check } from '../../parser/index.js';
import type { Level } from '../query.js';
import type { ChosenYear, ReportsScope } from '../result.js';
import type { Fact, FactSource, Lang } from '../types.js';
import type { ChatKind } from '../vocabulary/chat.js';
import type { Period } from '../vocabulary/operations.js';
import { describeChecks } from './describe-check.js';
import { groupDigits, inMoneyUnit } from './format-number.js';

/** What writing a number needs of a fact: its value, unit and the money unit it was printed in. */
export type Amount = Pick<Fact, 'value' | 'unit' | 'printedUnit'>;

/** Everything a reply says that depends on the language. */
export interface PhraseBook {
  readonly listSeparator: string;
  /** Between items that contain list separators themselves (checks with their messages). */
  readonly itemSeparator: string;
  /** `8,759 件`, `170,815.4 万元` (as printed), `12.5%`: exact, digits grouped. */
  number(amount: Amount): string;
  /** Where a number stands in its report: `（表三“本年新收政府信息公开申请数量”总计）`; the report is the footer's. */
  source(source: FactSource): string;
  /** `（表三）`: a row of several figures. */
  tableSource(table: string): string;
  /** `深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件` */
  statement(org: string, year: number, label: string, amount: string): string;
  part(label: string, amount: string): string;
  withParts(statement: string, parts: string): string;
  /** A row's fields without a total: `深圳市南山区人民政府 2020年 政府集中采购：采购项目数量 2502 项，…` */
  listing(statement: string, parts: string): string;
  instead(parts: string): string;
  latestNote(year: number): string;
  printedNote(printed: string): string;
  twinNote(asked: string, used: string, template: string): string;
  failedCheck(checks: readonly [Check, ...Check[]]): string;
  /** The same warning for one report of a ranking, named since the ranking lists several. */
  rankedFailedCheck(org: string, year: number, checks: readonly [Check, ...Check[]]): string;
  /** Checks of one rule in one report in words: `表三总计列不平：新收 1 + 上年结转 0 = 1，但总计 0 + 结转下年度 0 = 0`. */
  checkGroup(checks: readonly [Check, ...Check[]]): string;
  rankingHead(
    label: string,
    aggregation: 'max' | 'min' | 'top' | 'bottom',
    years: readonly number[],
    compared: number,
    tied: number,
  ): string;
  rankingLine(position: number, org: string, year: number, amount: string): string;
  /** The single organ with the most or fewest: `2020年，收到…最多的是 X（2020年）：262 件（共比较 3 份报告）` */
  extreme(
    label: string,
    isMax: boolean,
    years: readonly number[],
    org: string,
    year: number,
    amount: string,
    compared: number,
  ): string;
  listLine(org: string, year: number, amount: string): string;
  nonzeroHead(label: string, years: readonly number[], matched: number, compared: number): string;
  /** A ranking or list of years the store holds no report of (去年哪个区最多 when no one filed that year). */
  noReportsOf(years: readonly number[]): string;
  zeroHead(label: string, years: readonly number[], matched: number, compared: number): string;
  /** 超过500件的单位: `above` as written with its unit (500 件, 1 亿元). */
  aboveHead(label: string, years: readonly number[], above: string, matched: number, compared: number): string;
  eachSource(source: FactSource): string;
  /** `深圳市南山区人民政府 2020年 收到政府信息公开申请 262 件，在 3 份报告中从多到少排第 1 位` */
  position(statement: string, position: number, compared: number): string;
  change(
    org: string,
    label: string,
    from: [number, string],
    to: [number, string],
    delta: string,
    percent: string | null,
  ): string;
  share(org: string, year: number, part: [string, string], whole: [string, string], share: string): string;
  /** `2020年，收到政府信息公开申请（自然人）占收到政府信息公开申请的比例从高到低（共比较 3 份报告）：` */
  shareRankingHead(
    part: string,
    whole: string,
    isDescending: boolean,
    years: readonly number[],
    compared: number,
  ): string;
  /** A difference as its direction and size: `多 290 件`, `少 3 件`, `相差 0 件`. */
  difference(amount: Amount): string;
  /** `深圳市龙岗区人民政府 2022年 比 深圳市南山区人民政府 2020年 多 290 件` */
  differenceLine(first: string, second: string, difference: string, isSame: boolean): string;
  /** `深圳市龙岗区人民政府 2022年、深圳市南山区人民政府 2022年 收到政府信息公开申请合计 814 件` */
  sumLine(subject: string, label: string, total: string): string;
  /** `深圳市龙岗区人民政府 2022年 是 深圳市南山区人民政府 2020年 的 2.11 倍` */
  ratioLine(first: string, second: string, ratio: string): string;
  /** An amount divided by a count: `政府集中采购金额 ÷ 采购项目数量 = 平均每项 682,715.43 元`. */
  perItemLine(amount: string, count: string, perItem: string): string;
  /** 南山区 2020年 713 件 ÷ 12 个月 ≈ 59.4 件/月: the subject, its figure, the divisor and the rounded quotient. */
  perPeriodLine(
    subject: string,
    figure: string,
    divisor: { count: number; per: Period },
    quotient: string,
    isExact: boolean,
  ): string;
  /** ，÷ 3 家 = 平均每家 89 件: after a sum asked per organ. */
  perOrganNote(count: number, quotient: string, isExact: boolean): string;
  /** ，÷ 2 年 = 平均每年 3,447.5 件: after one organ's sum over its years, asked as an average. */
  perYearNote(count: number, quotient: string, isExact: boolean): string;
  /** ，约翻了 4.1 番: after a ratio asked as doublings. */
  doublingsNote(doublings: string): string;
  /** （多 15.7%）: after a difference asked as a percentage of the second figure. */
  relativeNote(isMore: boolean, percent: string): string;
  ratioOfZero(first: string, second: string): string;
  /** `2020年 全部单位（共 3 份报告）`, `2020年 龙岗区 的单位（共 3 份报告）` */
  scopeSubject(year: string, regions: readonly string[], level: Level | null, compared: number): string;
  /** The one year read when none was asked: the named organs' latest common year, or the scope's latest. */
  chosenYearNote(year: number, isScope: boolean): string;
  /** A ranking of one year when none was asked: `（未指定年份，按最新的 2022 年度比较；未比较没有 2022 年报告的 1 个单位：…（2020年））` */
  oneYearNote(year: number, leftOut: ChosenYear['leftOut'], leftOutCount: number, reason: ChosenYear['reason']): string;
  /** Organs that share no year: `这些单位没有同一年度的报告…` (each organ's years follow). */
  chooseYearHead(example: string): string;
  /** An operand under its result: `- 深圳市龙岗区人民政府 2022年 收到… 552 件（来源…）` */
  operandLine(statement: string, source: string): string;
  /**
   * `我有 8 个单位的 8 份报告：`; narrowed: `2022年 龙岗区的部门：我有 2 个部门的 2 份报告：` (what the store holds, never
   * read as how many the place has: 沐阳县全县多少家单位公开了年报).
   */
  reportsHead(reportCount: number, orgCount: number, scope: ReportsScope | null, countsOrgans: boolean): string;
  reportsLine(org: string, years: readonly number[]): string;
  /** `8 份报告中有 2 份数据不一致…`; one report (`only`): named, `…的报告勾稽检查全部通过。` */
  /** `tables`: the tables alone checked, as printed (三); none for every check. */
  checksHead(
    failing: number,
    checked: number,
    only: { readonly org: string; readonly year: number } | null,
    tables: readonly string[],
  ): string;
  /** `- 深圳市龙岗区发展和改革局 2020年：表三总计列不平：…` */
  checksLine(org: string, year: number, checks: string): string;
  more(count: number): string;
  /** A list cut where the rest was counted only so far: at least `count` more. */
  atLeastMore(count: number): string;
  clarify(name: string): string;
  /** The head of the organs in scope when the question counted another number of them. */
  whichCounted(count: number, held: number): string;
  /** An operation on the last turns' figures that do not give exactly two of them. */
  whichOperands(): string;
  /** 复议和诉讼算一下: how the two figures named are computed. */
  whichOperation(): string;
  /** A share of several figures added (这两项占不予公开的比例): not computed; what to ask instead. */
  shareOfSummed(): string;
  /** 占多少 after A比B多多少: a share of which of the two organ-years listed after it? */
  whichShareWhole(): string;
  /** 它占多少 after 最多: the ranking listed only the organs after it, no whole to take a share of. */
  rankedShareUnlisted(): string;
  /** 两个加起来占多少: a sum is no share; which part of it, listed after? */
  sumShareWhich(): string;
  /** 两年加起来 with no years said: `您说的 2 年是哪几年？…现有年份：2023年、2024年` */
  whichYears(count: number, org: string | null, years: readonly number[]): string;
  /** 您是想问 行政复议 吗？ */
  didYouMean(meant: readonly string[]): string;
  /** The head of a list of figures the unread words may mean (none: the figures the last clarify offered). */
  whichFigure(unread: readonly string[], isAgain: boolean): string;
  /** A share with no whole named: `“因保护第三方合法权益不予公开”是占哪个总数的比例？` */
  whichWhole(part: string): string;
  /** One whole offered for it: `占不予公开的比例` */
  shareOfWhole(whole: string): string;
  /** `- 尚未审结（行政复议）：深圳市龙岗区人民政府 2022年 0 件` */
  figureOption(label: string, values: readonly (readonly [org: string, year: number, amount: string])[]): string;
  unknownOrgan(name: string, isRegionKnown: boolean): string;
  missingYear(org: string, year: number, available: readonly number[]): string;
  /** No organ is named so; the one whose report misprints the place was answered for. */
  answeredForMisprint(name: string, org: string): string;
  /** 江苏的报告 while some organs cannot be placed in a province: why no list is given. */
  unplacedOrgs(province: string): string;
  /** After a list cut short without a count. */
  andOthers(): string;
  missingColumn(org: string, year: number, label: string, template: string): string;
  /** A share over a whole of 0: no share exists (never a 0% nor the figures alone). */
  zeroWhole(org: string, year: number, whole: string): string;
  noData(): string;
  help(): string;
  /** A follow-up's first line: the organs and years it took from the previous question. */
  inheritedNote(organs: readonly string[], years: readonly number[], isPastUnanswered: boolean): string;
  /** How 去年 / 前年 were read: counted back from the latest year the store holds. */
  relativeYearsNote(latest: number, years: readonly number[]): string;
  /** The first line of a reply to chat; example questions follow. */
  chat(kind: ChatKind): string;
  notUnderstood(): string;
}

/** What the organs of a level are called in a reply. */
/** Why a comparison read the year it did (ChosenYear.reason), as the note says it. */
const ZH_YEAR_REASONS: Readonly<Record<ChosenYear['reason'], (year: number) => string>> = {
  latest: (year) => `按最新的 ${year} 年度比较`,
  mostOrgans: (year) => `按多数单位已有报告的最新年度 ${year} 年比较`,
  mostReports: (year) => `按报告最多的 ${year} 年度比较`,
};
const EN_YEAR_REASONS: Readonly<Record<ChosenYear['reason'], string>> = {
  latest: 'the latest year',
  mostOrgans: 'the latest year most organs have a report of',
  mostReports: 'the year with the most reports',
};

const LEVEL_WORDS: Readonly<Record<Lang, Readonly<Record<Level | 'all', string>>>> = {
  zh: {
    government: '政府',
    department: '部门',
    city: '市政府',
    county: '区县政府',
    district: '区政府',
    countyProper: '县政府',
    town: '乡镇街道',
    cityDepartment: '市级部门',
    countyDepartment: '区县级部门',
    districtDepartment: '区级部门',
    cityLevel: '市本级单位',
    all: '单位',
  },
  en: {
    government: 'the governments',
    department: 'the departments',
    city: 'the city governments',
    county: 'the district and county governments',
    district: 'the district governments',
    countyProper: 'the county governments',
    town: 'the town and subdistrict governments',
    cityDepartment: 'the city departments',
    countyDepartment: 'the district and county departments',
    districtDepartment: 'the district departments',
    cityLevel: 'the city-level organs',
    all: 'all organs',
  },
};

/** Money as the report printed it (7,545 万元) when that unit writes it exactly, else in yuan. */
function money(amount: Amount): { readonly digits: string; readonly unit: string } {
  const printed = amount.printedUnit ? inMoneyUnit(amount.value, amount.printedUnit) : null;
  return printed !== null && amount.printedUnit
    ? { digits: groupDigits(printed), unit: amount.printedUnit }
    : { digits: groupDigits(amount.value), unit: '元' };
}

const tableNumber = (table: string): string => ({ 二: '2', 三: '3', 四: '4' })[table] ?? table;
const titleCase = (name: string): string => name.replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
const yearList = (years: readonly number[], unit: string, separator: string): string =>
  years.map((year) => `${year}${unit}`).join(separator);

/** Replies in Simplified Chinese. */
const zh: PhraseBook = {
  listSeparator: '，',
  itemSeparator: '；',
  number: (amount) => {
    if (amount.unit === '%') return `${groupDigits(amount.value)}%`;
    const { digits, unit } =
      amount.unit === '元' ? money(amount) : { digits: groupDigits(amount.value), unit: amount.unit };
    return `${digits} ${unit}`;
  },
  source: (source) => `（表${source.table}“${source.row}”${source.column}）`,
  tableSource: (table) => `（表${table}）`,
  statement: (org, year, label, amount) => `${org} ${year}年 ${label} ${amount}`,
  part: (label, amount) => `${label} ${amount}`,
  withParts: (statement, parts) => `${statement}，其中：${parts}`,
  listing: (statement, parts) => `${statement}：${parts}`,
  instead: (parts) => `；该项有：${parts}`,
  latestNote: (year) => `（未指定年份，使用该单位最新的 ${year} 年报告）`,
  printedNote: (printed) =>
    printed === '' ? '（报告中此格为空白，按 0 计）' : `（报告中此格印为“${printed}”，按 0 计）`,
  twinNote: (asked, used, template) => `（该报告为 ${template} 版模板，没有“${asked}”一栏，此处为对应的“${used}”）`,
  failedCheck: (checks) => `注意：该报告数字不一致，${zh.checkGroup(checks)}`,
  rankedFailedCheck: (org, year, checks) => `注意：${org} ${year}年的报告数字不一致，${zh.checkGroup(checks)}`,
  checkGroup: (checks) => describeChecks(checks, 'zh'),
  rankingHead: (label, aggregation, years, compared, tied) => {
    const scope = years.length > 0 ? `${yearList(years, '年', '、')}，` : '按各单位最新年度报告，';
    const word = { max: '最多', min: '最少', top: '从多到少排名', bottom: '从少到多排名' }[aggregation];
    const ties = tied > 1 ? `（并列 ${tied} 个）` : '';
    return `${scope}${label}${word}${aggregation === 'max' || aggregation === 'min' ? `的是${ties}` : ''}（共比较 ${compared} 份报告）：`;
  },
  rankingLine: (position, org, year, amount) => `${position}. ${org}（${year}年）：${amount}`,
  extreme: (label, isMax, years, org, year, amount, compared) =>
    `${years.length > 0 ? `${yearList(years, '年', '、')}，` : '按各单位最新年度报告，'}${label}${isMax ? '最多' : '最少'}的是 ${org}（${year}年）：${amount}（共比较 ${compared} 份报告）`,
  listLine: (org, year, amount) => `- ${org}（${year}年）：${amount}`,
  noReportsOf: (years) =>
    years.length > 0 ? `${yearList(years, '年', '、')}没有可比较的报告。` : '没有可比较的报告。',
  nonzeroHead: (label, years, matched, compared) =>
    matched === 0
      ? `在 ${compared} 份报告${years.length > 0 ? `（${yearList(years, '年', '、')}）` : ''}中，没有单位的${label}不为 0。`
      : `${years.length > 0 ? `${yearList(years, '年', '、')}，` : ''}有${label}的单位（${label}不为 0，共 ${matched} 份报告，比较了 ${compared} 份）：`,
  aboveHead: (label, years, above, matched, compared) =>
    matched === 0
      ? `在 ${compared} 份报告${years.length > 0 ? `（${yearList(years, '年', '、')}）` : ''}中，没有单位的${label}超过 ${above}。`
      : `${years.length > 0 ? `${yearList(years, '年', '、')}，` : ''}${label}超过 ${above}的单位（共 ${matched} 份报告，比较了 ${compared} 份）：`,
  zeroHead: (label, years, matched, compared) =>
    matched === 0
      ? `在 ${compared} 份报告${years.length > 0 ? `（${yearList(years, '年', '、')}）` : ''}中，每个单位的${label}都不为 0。`
      : `${years.length > 0 ? `${yearList(years, '年', '、')}，` : ''}${label}为 0 的单位（共 ${matched} 份报告，比较了 ${compared} 份）：`,
  eachSource: (source) => `（各报告表${source.table}“${source.row}”${source.column}）`,
  position: (statement, position, compared) => `${statement}，在 ${compared} 份报告中从多到少排第 ${position} 位`,
  change: (org, label, from, to, delta, percent) =>
    `${org} ${label}：${from[0]}年 ${from[1]}，${to[0]}年 ${to[1]}，变化 ${delta}${percent ? `（${percent}）` : ''}`,
  share: (org, year, part, whole, share) =>
    `${org} ${year}年 ${part[0]} ${part[1]}，占${whole[0]} ${whole[1]} 的 ${share}`,
  shareRankingHead: (part, whole, isDescending, years, compared) =>
    `${years.length > 0 ? `${yearList(years, '年', '、')}，` : '按各单位最新年度报告，'}${part}占${whole}的比例${isDescending ? '从高到低' : '从低到高'}（共比较 ${compared} 份报告）：`,
  difference: (amount) =>
    amount.value > 0
      ? `多 ${zh.number(amount)}`
      : amount.value < 0
        ? `少 ${zh.number({ ...amount, value: -amount.value })}`
        : `相差 ${zh.number(amount)}`,
  differenceLine: (first, second, difference, isSame) =>
    isSame ? `${first} 与 ${second} 相同，${difference}` : `${first} 比 ${second} ${difference}`,
  sumLine: (subject, label, total) => `${subject} ${label}合计 ${total}`,
  ratioLine: (first, second, ratio) => `${first} 是 ${second} 的 ${ratio}`,
  perItemLine: (amount, count, perItem) => `${amount} ÷ ${count} = 平均每项 ${perItem}`,
  perPeriodLine: (subject, figure, { count, per }, quotient, isExact) =>
    `${subject} ${figure} ÷ ${count} ${per === 'month' ? '个月' : '天'} ${isExact ? '=' : '≈'} ${quotient}/${per === 'month' ? '月' : '天'}`,
  perOrganNote: (count, quotient, isExact) => `，÷ ${count} 家 ${isExact ? '=' : '≈'} 平均每家 ${quotient}`,
  perYearNote: (count, quotient, isExact) => `，÷ ${count} 年 ${isExact ? '=' : '≈'} 平均每年 ${quotient}`,
  doublingsNote: (doublings) => `，约翻了 ${doublings}`,
  relativeNote: (isMore, percent) => `（${isMore ? '多' : '少'} ${percent}）`,
  ratioOfZero: (first, second) => `${second} 为 0，无法计算 ${first} 与它的比值`,
  scopeSubject: (year, regions, level, compared) =>
    `${year} ${regions.length > 0 ? `${regions.join('、')}的` : '全部'}${LEVEL_WORDS.zh[level ?? 'all']}（共 ${compared} 份报告）`,
  chosenYearNote: (year, isScope) =>
    isScope
      ? `（未指定年份，按各单位都有的最新年度 ${year} 年）`
      : `（未指定年份，按这些单位共有的最新年度 ${year} 年）`,
  oneYearNote: (year, leftOut, leftOutCount, reason) =>
    `（未指定年份，${ZH_YEAR_REASONS[reason](year)}${leftOutCount > 0 ? `；未比较没有 ${year} 年报告的 ${leftOutCount} 个单位：${leftOut.map((entry) => `${entry.org}（${yearList(entry.years, '年', '、')}）`).join('、')}${leftOutCount > leftOut.length ? ' 等' : ''}` : ''}）`,
  chooseYearHead: (example) => `这些单位没有同一年度的报告，请指明年份（可以各自指定，例如“${example}”）。现有年份：`,
  operandLine: (statement, source) => `- ${statement}${source}`,
  reportsHead: (reportCount, orgCount, scope, countsOrgans) => {
    // 有几个区政府: the organs' count alone where the reports' differs, as either read as the other's.
    const ofOrgans = countsOrgans && orgCount !== reportCount;
    if (scope === null)
      return ofOrgans ? `我有 ${orgCount} 个单位的报告：` : `我有 ${orgCount} 个单位的 ${reportCount} 份报告：`;
    const body = LEVEL_WORDS.zh[scope.level ?? 'all'];
    const years = scope.years.map((year) => `${year}年`).join('、');
    const regions = scope.regions.length > 0 ? `${scope.regions.join('、')}的` : '';
    const scoped = `${years}${years && (regions || scope.level) ? ' ' : ''}${regions}${regions || scope.level ? body : ''}`;
    if (reportCount === 0) return `没有${scoped}的报告。`;
    // Two different counts in a narrowed head were read as the place's count of organs: the one asked alone.
    const held =
      orgCount === reportCount
        ? `${orgCount} 个${body}的 ${reportCount} 份报告`
        : ofOrgans
          ? `${orgCount} 个${body}的报告`
          : `${reportCount} 份报告`;
    return `${scoped}：我有 ${held}：`;
  },
  reportsLine: (org, years) => `- ${org}：${yearList(years, '年', '、')}`,
  checksHead: (failing, checked, only, tableNumbers) => {
    const tables = tableNumbers.map((table) => `表${table}`).join('、');
    if (only)
      return failing === 0
        ? `${only.org} ${only.year}年的报告${tables}勾稽检查全部通过。`
        : `${only.org} ${only.year}年的报告${tables}有数据不一致（未通过勾稽检查）：`;
    if (checked === 0) return '没有符合条件的报告，没有检查任何报告。';
    return failing === 0
      ? `全部 ${checked} 份报告${tables}都通过了勾稽检查。`
      : `${checked} 份报告中有 ${failing} 份${tables}数据不一致（未通过勾稽检查）：`;
  },
  checksLine: (org, year, checks) => `- ${org} ${year}年：${checks}`,
  more: (count) => `……另有 ${count} 项未列出`,
  atLeastMore: (count) => `……另有至少 ${count} 项未列出`,
  clarify: (name) => (name ? `“${name}”可能指以下单位，请说明是哪一个：` : '请问是哪个单位？例如：'),
  didYouMean: (meant) => `您是想问 ${meant.join(' 还是 ')} 吗？`,
  shareOfSummed: () =>
    '这几项合起来占另一个数字的比例，我只会算同一份报告里在一句话中写明的几项（例如“淮安市2024年行政复议维持加纠正占总计的比例”）。也可以分别问每一项的占比（例如“保护第三方合法权益的占不予公开的比例”），或问它们的合计（“这两项加起来多少”）。',
  whichOperands: () =>
    '要算哪两个数？前两问没有恰好给出两个可以一起计算的数字（同一份报告的两个数字，或两份报告的同一个数字）。请在一句话里写明单位、年份和数字，例如“龙岗区2022年比南山区2020年多收了多少申请”或“龙岗区2022年部分公开和不予公开一共多少”。',
  whichOperation: () =>
    '要怎么算这两个数？请说“加起来”“相差多少”“是几倍”或“占…的比例”，例如“淮安市2024年复议和诉讼加起来多少”。',
  whichShareWhole: () => '是占哪一方的百分比？请说占哪个单位或哪一年的百分之几，上一问的两方是：',
  sumShareWhich: () =>
    '合计没有可以算占比的总数。要算其中一方占两者合计的比例，请说“某单位的占多少”；合计数请问“两个加起来多少”。上一问的是：',
  rankedShareUnlisted: () =>
    '上一问的排名只列出了下面的单位，没有可以算占比的合计。请先问各单位的这个数字（例如“2020年各单位收到多少申请”），再问“某单位的占多少”。只列出了：',
  whichYears: (count, org, years) =>
    `您说的 ${count} 年是哪几年？请写明年份${years.length >= count ? `，例如“${yearList(years.slice(-count), '年', '、')}加起来多少”` : ''}。${org ?? ''}现有年份：${yearList(years, '年', '、')}`,
  whichCounted: (count, held) => `您说的是 ${count} 个单位，我这里有 ${held} 个单位的报告，请说明是哪几个：`,
  whichFigure: (unread, isAgain) =>
    isAgain
      ? '上一问还没有确定是报告表格里的哪个数字，您是想问：'
      : unread.length > 0
        ? `不确定“${unread.join('')}”指报告表格里的哪个数字，您是想问：`
        : '没有说是报告表格里的哪个数字，您是想问：',
  whichWhole: (part) => `“${part}”是占哪个总数的比例？您是想问：`,
  shareOfWhole: (whole) => `占${whole}的比例`,
  figureOption: (label, values) =>
    `- ${label}${values.length > 0 ? `：${values.map(([org, year, amount]) => `${org} ${year}年 ${amount}`).join('；')}` : ''}`,
  unknownOrgan: (name, isRegionKnown) =>
    isRegionKnown ? `没有“${name}”的报告。该地区现有以下单位的报告：` : `没有“${name}”的报告。现有报告的单位：`,
  missingYear: (org, year, available) => `没有${org} ${year}年的报告；现有年份：${yearList(available, '年', '、')}。`,
  answeredForMisprint: (name, org) => `（按${org}回答：库中无“${name}”，该单位报告所印名称与之一字之差）`,
  unplacedOrgs: (province) =>
    `无法列出“${province}”的全部报告：库中有单位所印地名不在地名表中，无法确定是否属于${province}，为免遗漏不作统计。这些单位是：`,
  andOthers: () => '- ……等',
  missingColumn: (org, year, label, template) => `${org} ${year}年的报告（${template} 版模板）没有“${label}”这一项`,
  zeroWhole: (org, year, whole) => `${org} ${year}年 ${whole} 为 0，没有可计算的比例`,
  noData: () => '报告中没有这一数据。',
  help: () => '我可以回答政府信息公开工作年度报告里的数字，每个数字都注明出处。例如：',
  relativeYearsNote: (latest, years) => `（按库中最新的 ${latest} 年度推算，指 ${yearList(years, '年', '、')}）`,
  inheritedNote: (organs, years, isPastUnanswered) =>
    `（${isPastUnanswered ? '上一问没有数据，沿用再前一问' : '沿用上一问'}：${[organs.join('、'), yearList(years, '年', '、')].filter((part) => part !== '').join(' ')}）`,
  chat: (kind) =>
    ({
      greeting: '你好！我能查政府信息公开工作年度报告里的数字，每个都注明出处。可以这样问：',
      thanks: '不客气！还想查什么，可以这样问：',
      help: '我能查政府信息公开工作年度报告里的数字，每个都注明出处。可以这样问：',
    })[kind],
  notUnderstood: () => '抱歉，没有理解这个问题。我能回答政府信息公开工作年度报告里的数字，例如：',
};

/** Replies in English; organ names and printed labels stay in Chinese, as in the reports. */
const en: PhraseBook = {
  listSeparator: '; ',
  itemSeparator: '; ',
  number: ({ value, unit }) => {
    const digits = groupDigits(value);
    const words: Readonly<Record<string, string>> = { '%': '%', 元: ' yuan', 项: ' items', 倍: ' times' };
    return `${digits}${words[unit] ?? ''}`;
  },
  source: (source) => ` (table ${tableNumber(source.table)} "${source.row}", column ${source.column})`,
  tableSource: (table) => ` (table ${tableNumber(table)})`,
  statement: (org, year, label, amount) => `${org}, ${year}: ${label}${amount ? `: ${amount}` : ''}`,
  part: (label, amount) => `${label}: ${amount}`,
  withParts: (statement, parts) => `${statement}, of which ${parts}`,
  listing: (statement, parts) => `${statement}: ${parts}`,
  instead: (parts) => `; it has ${parts}`,
  latestNote: (year) => ` (no year given; using the latest report, ${year})`,
  printedNote: (printed) =>
    printed === ''
      ? ' (the cell is blank in the report, read as 0)'
      : ` (printed as "${printed}" in the report, read as 0)`,
  twinNote: (asked, used, template) =>
    ` (a template-${template} report has no "${asked}" column; this is its "${used}")`,
  failedCheck: (checks) => `Warning: this report's figures disagree: ${en.checkGroup(checks)}`,
  rankedFailedCheck: (org, year, checks) =>
    `Warning: the figures of the report of ${org}, ${year}, disagree: ${en.checkGroup(checks)}`,
  checkGroup: (checks) => describeChecks(checks, 'en'),
  rankingHead: (label, aggregation, years, compared, tied) => {
    const scope = years.length > 0 ? `In ${yearList(years, '', ', ')}` : "In each organ's latest report";
    const word = { max: 'the most', min: 'the fewest', top: 'ranked highest first', bottom: 'ranked lowest first' }[
      aggregation
    ];
    return `${scope}, ${label}: ${word}${tied > 1 ? ` (${tied} tied)` : ''} (${compared} reports compared):`;
  },
  rankingLine: (position, org, year, amount) => `${position}. ${org} (${year}): ${amount}`,
  extreme: (label, isMax, years, org, year, amount, compared) =>
    `${years.length > 0 ? `In ${yearList(years, '', ', ')}` : "In each organ's latest report"}, ${isMax ? 'the most' : 'the fewest'} ${label}: ${org} (${year}), ${amount} (${compared} reports compared)`,
  listLine: (org, year, amount) => `- ${org} (${year}): ${amount}`,
  noReportsOf: (years) =>
    years.length > 0
      ? `There are no reports to compare for ${yearList(years, '', ', ')}.`
      : 'There are no reports to compare.',
  nonzeroHead: (label, years, matched, compared) =>
    matched === 0
      ? `None of the ${compared} reports${years.length > 0 ? ` for ${yearList(years, '', ', ')}` : ''} has any ${label}.`
      : `Reports with ${label}${years.length > 0 ? ` in ${yearList(years, '', ', ')}` : ''} (${matched} of ${compared} reports):`,
  aboveHead: (label, years, above, matched, compared) =>
    matched === 0
      ? `None of the ${compared} reports${years.length > 0 ? ` for ${yearList(years, '', ', ')}` : ''} has ${label} above ${above}.`
      : `Reports with ${label} above ${above}${years.length > 0 ? ` in ${yearList(years, '', ', ')}` : ''} (${matched} of ${compared} reports):`,
  zeroHead: (label, years, matched, compared) =>
    matched === 0
      ? `Every one of the ${compared} reports${years.length > 0 ? ` for ${yearList(years, '', ', ')}` : ''} has some ${label}.`
      : `Reports with no ${label}${years.length > 0 ? ` in ${yearList(years, '', ', ')}` : ''} (${matched} of ${compared} reports):`,
  eachSource: (source) => `(each report's table ${tableNumber(source.table)} "${source.row}", column ${source.column})`,
  position: (statement, position, compared) =>
    `${statement}, ranked ${position} of ${compared} reports (highest first)`,
  change: (org, label, from, to, delta, percent) =>
    `${org}, ${label}: ${from[1]} in ${from[0]}, ${to[1]} in ${to[0]}, a change of ${delta}${percent ? ` (${percent})` : ''}`,
  share: (org, year, part, whole, share) =>
    `${org}, ${year}: ${part[0]} ${part[1]} of ${whole[0]} ${whole[1]}, a share of ${share}`,
  shareRankingHead: (part, whole, isDescending, years, compared) =>
    `${years.length > 0 ? `In ${yearList(years, '', ', ')}` : "In each organ's latest report"}, the share of ${part} in ${whole}, ${isDescending ? 'highest' : 'lowest'} first (${compared} reports compared):`,
  difference: (amount) =>
    amount.value === 0
      ? `a difference of ${en.number(amount)}`
      : `${en.number({ ...amount, value: Math.abs(amount.value) })} ${amount.value > 0 ? 'more' : 'fewer'}`,
  differenceLine: (first, second, difference, isSame) =>
    isSame ? `${first} and ${second} are the same, ${difference}` : `${first}: ${difference} than ${second}`,
  sumLine: (subject, label, total) => `${subject}, ${label}: ${total} in total`,
  ratioLine: (first, second, ratio) => `${first} is ${ratio}${ratio.endsWith('%') ? ' of' : ''} ${second}`,
  perItemLine: (amount, count, perItem) => `${amount} ÷ ${count} = ${perItem} per item on average`,
  perPeriodLine: (subject, figure, { count, per }, quotient, isExact) =>
    `${subject} ${figure} ÷ ${count} ${per === 'month' ? 'months' : 'days'} ${isExact ? '=' : '≈'} ${quotient} per ${per}`,
  perOrganNote: (count, quotient, isExact) =>
    `; ÷ ${count} ${count === 1 ? 'organ' : 'organs'} ${isExact ? '=' : '≈'} ${quotient} per organ`,
  perYearNote: (count, quotient, isExact) =>
    `; ÷ ${count} ${count === 1 ? 'year' : 'years'} ${isExact ? '=' : '≈'} ${quotient} per year`,
  doublingsNote: (doublings) => `, about ${doublings} doublings`,
  relativeNote: (isMore, percent) => ` (${percent} ${isMore ? 'more' : 'fewer'})`,
  ratioOfZero: (first, second) => `${second} is 0, so ${first} cannot be divided by it`,
  scopeSubject: (year, regions, level, compared) =>
    `${year}, ${LEVEL_WORDS.en[level ?? 'all']}${regions.length > 0 ? ` of ${regions.join(', ')}` : ''} (${compared} reports)`,
  chosenYearNote: (year, isScope) =>
    isScope
      ? ` (no year given; using the latest year, ${year})`
      : ` (no year given; using the latest year these organs all have, ${year})`,
  oneYearNote: (year, leftOut, leftOutCount, reason) =>
    ` (no year given; ${EN_YEAR_REASONS[reason]}, ${year}, is compared${leftOutCount > 0 ? `; not compared, with no ${year} report: ${leftOutCount} organ${leftOutCount > 1 ? 's' : ''}, ${leftOut.map((entry) => `${entry.org} (${yearList(entry.years, '', ', ')})`).join('; ')}${leftOutCount > leftOut.length ? ' and more' : ''}` : ''})`,
  chooseYearHead: (example) =>
    `These organs have no report of the same year; please name the years (each its own, e.g. "${example}"). Years available:`,
  operandLine: (statement, source) => `- ${statement}${source}`,
  reportsHead: (reportCount, orgCount, scope, countsOrgans) => {
    const ofOrgans = countsOrgans && orgCount !== reportCount;
    if (scope === null)
      return ofOrgans
        ? `I have reports from ${orgCount} organs:`
        : `I have ${reportCount} reports from ${orgCount} organs:`;
    const of = [
      ...(scope.level !== null ? [LEVEL_WORDS.en[scope.level]] : []),
      ...(scope.regions.length > 0 ? [`of ${scope.regions.join(', ')}`] : []),
      ...(scope.years.length > 0 ? [`for ${scope.years.join(', ')}`] : []),
    ].join(' ');
    const scoped = `${of.charAt(0).toUpperCase()}${of.slice(1)}`;
    if (reportCount === 0) return `${scoped}: I have no reports.`;
    const held =
      orgCount === reportCount
        ? `${reportCount} reports from ${orgCount} organs`
        : ofOrgans
          ? `reports from ${orgCount} organs`
          : `${reportCount} reports`;
    return `${scoped}: I have ${held}:`;
  },
  reportsLine: (org, years) => `- ${org}: ${yearList(years, '', ', ')}`,
  checksHead: (failing, checked, only, tableNumbers) => {
    const tables = tableNumbers.map((table) => `table ${tableNumber(table)}`).join(', ');
    const of = tables ? ` of ${tables}` : '';
    const inTables = tables ? ` in ${tables}` : '';
    if (only)
      return failing === 0
        ? `The ${only.year} report of ${only.org} passes every consistency check${of}.`
        : `The ${only.year} report of ${only.org} is inconsistent${inTables} (fails consistency checks):`;
    if (checked === 0) return 'No report matches, so none was checked.';
    return failing === 0
      ? `All ${checked} reports pass the consistency checks${of}.`
      : `${failing} of ${checked} reports are inconsistent${inTables} (fail consistency checks):`;
  },
  checksLine: (org, year, checks) => `- ${org} ${year}: ${checks}`,
  more: (count) => `… and ${count} more`,
  atLeastMore: (count) => `… and at least ${count} more`,
  clarify: (name) =>
    name ? `"${titleCase(name)}" could mean several organs; which one?` : 'Which organ do you mean? For example:',
  didYouMean: (meant) => `Did you mean ${meant.join(' or ')}?`,
  shareOfSummed: () =>
    'A share of several figures added together I compute only for figures of one report named in one Chinese question (e.g. 淮安市2024年行政复议维持加纠正占总计的比例). Ask for each figure\'s share on its own, or for their total ("both added together").',
  whichOperands: () =>
    'Which two figures? The last two questions did not give exactly two figures to compute with (two figures of one report, or one figure of two reports). Name the organs, years and figures in one question, e.g. "How many more applications did Longgang get in 2022 than Nanshan in 2020?"',
  whichOperation: () =>
    'How should the two figures be computed? Say "in total", "the difference", "how many times" or "what share of", e.g. "Huai\'an 2024 reviews and lawsuits in total".',
  whichShareWhole: () => 'A share of which of the two? Say "what share of <organ>"; the last question compared:',
  sumShareWhich: () =>
    'A total has no whole to be a share of. For one organ\'s share of the total, say "what share is <organ>?"; for the total, "both added together". The last question stated:',
  rankedShareUnlisted: () =>
    'The last ranking listed only the organs below, no total to take a share of. Ask each organ\'s figure first (e.g. "How many requests did each organ receive in 2020?"), then "what share is Nanshan?". Listed:',
  whichYears: (count, org, years) =>
    `Which ${count} years do you mean? Please name them${years.length >= count ? `, e.g. "${yearList(years.slice(-count), '', ' and ')} combined"` : ''}. Years ${org ? `of ${org} ` : ''}available: ${yearList(years, '', ', ')}`,
  whichCounted: (count, held) => `You counted ${count} organs; I have reports of ${held} here. Which ones do you mean?`,
  whichFigure: (unread, isAgain) =>
    isAgain
      ? 'Your last question did not settle which figure of the tables you mean. Did you mean:'
      : unread.length > 0
        ? `I am not sure which figure of the tables "${unread.join(' ')}" means. Did you mean:`
        : 'Which figure of the tables do you mean? For example:',
  whichWhole: (part) => `A share of which whole do you mean for "${part}"? Did you mean:`,
  shareOfWhole: (whole) => `its share of ${whole}`,
  figureOption: (label, values) =>
    `- ${label}${values.length > 0 ? `: ${values.map(([org, year, amount]) => `${org} ${year}: ${amount}`).join('; ')}` : ''}`,
  unknownOrgan: (name, isRegionKnown) =>
    `I have no report for "${titleCase(name)}". ${isRegionKnown ? 'For that region I have' : 'I have reports for'}:`,
  missingYear: (org, year, available) =>
    `I have no ${year} report for ${org}; available years: ${yearList(available, '', ', ')}.`,
  answeredForMisprint: (name, org) =>
    `(No organ is named "${titleCase(name)}"; answered for ${org} (${titleCase(name)}), whose report prints the place's name one character apart.)`,
  unplacedOrgs: (province) =>
    `I cannot list every report of ${titleCase(province)}: the store holds organs whose printed place is not in the gazetteer, so whether they lie in ${titleCase(province)} is unknown, and a list or sum might leave them out. They are:`,
  andOthers: () => '- and others',
  missingColumn: (org, year, label, template) =>
    `The ${year} report of ${org} (template ${template}) has no "${label}"`,
  zeroWhole: (org, year, whole) => `${org}, ${year}: ${whole} is 0, so there is no share to compute`,
  noData: () => 'The reports do not have this figure.',
  help: () =>
    'I answer questions about the numbers in government information disclosure annual reports, each with its source. For example:',
  relativeYearsNote: (latest, years) => `(counted from the latest year held, ${latest}: ${yearList(years, '', ', ')})`,
  inheritedNote: (organs, years, isPastUnanswered) =>
    `(${isPastUnanswered ? 'your last question found no data; as in the one before' : 'as in your last question'}: ${[organs.join(', '), yearList(years, '', ', ')].filter((part) => part !== '').join(', ')})`,
  chat: (kind) =>
    ({
      greeting:
        'Hello! I answer questions about the numbers in government information disclosure annual reports, each with its source. Try:',
      thanks: "You're welcome! Anything else? Try:",
      help: 'I answer questions about the numbers in government information disclosure annual reports, each with its source. Try:',
    })[kind],
  notUnderstood: () =>
    'Sorry, I did not understand that. I answer questions about the numbers in the annual reports, for example:',
};

/** The phrase book of each reply language. */
export const PHRASE_BOOKS: Readonly<Record<Lang, PhraseBook>> = { zh, en };
