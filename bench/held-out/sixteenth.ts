// A sixteenth held-out set (`npm run held-out -- --set sixteenth`), written on 2026-12-07 (begun 22:35 UTC by
// `date -u`), blind: without reading src/answers, test/answers or the earlier sets' questions (only expect.ts,
// score.ts, store.ts, ask.ts, run.ts and the opening lines of fifteenth.ts for the shape), and committed before the
// engine was run on any of it. Same store (five sample reports, four real text reports: 淮安市 2024, 洪泽区 2023 and
// 2024, 沐阳县 2025), same scoring. It spreads over every class of expect.ts, leans on table 二 and 四 rows of the real
// reports, shares of a sum, 纠正率 / 维持率, averages, changes between 洪泽区's two years, crossed organ–year pairs, two
// filters at once, counts and lists over the store, places the store lacks, typos and old names, Traditional, English
// and mixed questions, voice run-ons, and conversations of 4–6 turns with operations on earlier turns, pointers
// (它 / 前者 / 这家 / 刚才那个单位), a whole-store question in between and 重新开始.
// Every expected value was read off the printed report text (data/reports, test/fixtures/real-reports); sums, shares,
// quotients and changes are written as the arithmetic on the printed figures (the constants below are those figures).
//
// Readings: 去年 / 前年 are 2025 / 2024 by the clock (2026), or 2024 / 2023 with the store's latest year (2025) as this
// year: either is right. A close misspelling or an old name may be answered or asked back (issue 13 rule 8). A figure
// printed only in a report's prose may be stated or declined; a figure printed nowhere must be declined. A rate of a
// result column (纠正率 / 维持率) may be over the printed 总计 or over the cases settled (总计 − 尚未审结). A sum over two
// levels (淮安市 and 洪泽区) may be stated or asked back. Not asked: 洪泽区 2023's table 四 (garbled by the layout
// extraction); 龙华区数据局 2020's 总计 column below 新收 (printed 0 where 自然人 is 1); 沐阳县 2025's applicant columns
// below 新收 (the OCR re-heads them); 南山区 2020's "/" cells.
import { difference, list, orAsk, shareOf, sum } from './builders.js';
import type { Conversation, Expect, Expectation, SingleQuestion } from './expect.js';
import {
  ans,
  anyOf,
  CHAT,
  CLARIFY,
  changeShares,
  diff,
  type Figure,
  NO_DATA,
  questionsOf,
  ratio,
  SAFE,
  share,
  wan,
  yuan,
} from './expect.js';

const {
  lookup,
  figure,
  notInTables,
  relativeYear,
  arithmetic,
  crossed,
  filter,
  ranking,
  chat,
  traditional,
  misspelling,
  english,
  noData,
  outOfScope,
} = questionsOf;

/** A percentage change asked for (either sign); the two figures and the difference may be stated. */
const percentChange = (from: number, to: number, also: readonly Figure[] = []): Expect =>
  anyOf(...changeShares(from, to).map((c) => ans([c], [from, to, diff(to - from), ...also])));
/** A rate of one result column: over the printed 总计, or over the settled cases (总计 − 尚未审结). */
const rate = (part: number, total: number, pending: number, also: readonly Figure[] = []): Expect =>
  anyOf(
    shareOf(part, total, [pending, total - pending, ...also]),
    ans([share(part, total - pending)], [part, total, pending, total - pending, ...also]),
  );
/** A quotient a ÷ b (within half a percent): the operands may be stated. */
const quotient = (a: number, b: number, also: readonly Figure[] = []): Expectation =>
  ans([ratio(a / b)], [a, b, ...also]);
/** A reply that must state no figure: out of scope, answered in words or declined. */
const NO_FIGURE: Expect = anyOf(SAFE, CHAT);

// The printed figures (table 二, 三 total column, 四), per report.
/** 深圳市龙岗区人民政府 2022. */
const LG22 = {
  docsIssued: 46,
  docsRepealed: 11,
  docsValid: 136,
  permits: 16103,
  penalties: 34389,
  enforcement: 7749,
  fees: 2.22934, // 万元
  newApps: 552,
  natural: 489,
  business: 51,
  legal: 8,
  otherOrg: 4,
  carriedIn: 10,
  granted: 66,
  partial: 36,
  secret: 1,
  thirdParty: 7,
  internal: 8,
  process: 10,
  enforcementFile: 3,
  query: 1,
  withheld: 30, // 1+0+0+7+8+10+3+1
  notHeld: 283,
  mustCreate: 2,
  unavailable: 285, // 283+2+0
  lateFix: 2,
  otherOther: 116,
  otherHandling: 118, // 2+0+116
  total: 535,
  carriedOut: 27,
  review: [7, 2, 1, 5, 15],
  direct: [19, 0, 2, 11, 32],
  after: [4, 0, 0, 2, 6],
} as const;
/** 深圳市南山区人民政府 2020 (2019 template for table 二). */
const NS20 = {
  docs: 8,
  permits: 8759,
  permitsPrev: 220,
  otherServices: 199956,
  penalties: 1767,
  penaltiesPrev: 2078,
  enforcement: 159,
  purchaseProjects: 2502,
  purchaseWan: 170815.4,
  newApps: 262,
  natural: 236,
  business: 22,
  otherOrg: 4,
  carriedIn: 6,
  granted: 100,
  partial: 49,
  process: 4,
  notHeld: 51,
  mustCreate: 1,
  petition: 1,
  repeat: 4,
  otherHandling: 25,
  total: 235,
  carriedOut: 33,
  review: 5,
  direct: 2,
  after: 2,
} as const;
/** 淮安市人民政府 2024. */
const HA24 = {
  rules: [1, 0, 11],
  docs: [8, 26, 66],
  permits: 447228,
  penalties: 3985758,
  enforcement: 88283,
  fees: 96171.6, // 万元
  newApps: 3119,
  natural: 3001,
  business: 53,
  legal: 61,
  otherOrg: 4,
  carriedIn: 34,
  granted: 1362,
  partial: 454,
  withheldParts: [2, 31, 5, 6, 8, 12, 9, 105],
  withheld: 178,
  notHeld: 769,
  mustCreate: 11,
  unclear: 1,
  unavailable: 781,
  petition: 62,
  repeat: 25,
  confirm: 1,
  notHandled: 88,
  lateFix: 71,
  lateFee: 6,
  otherOther: 110,
  otherHandling: 187,
  total: 3050,
  carriedOut: 103,
  review: [72, 64, 178, 37, 351],
  direct: [13, 4, 8, 1, 26],
  after: [12, 1, 1, 6, 20],
} as const;
/** 淮安市洪泽区人民政府 2024. */
const HZ24 = {
  docs: [3, 0, 8],
  permits: 9487,
  penalties: 2776,
  enforcement: 84,
  fees: 7545, // 万元
  newApps: 95,
  granted: 50,
  partial: 9,
  withheld: 3, // 危及 1, 过程性 1, 执法案卷 1
  notHeld: 31,
  mustCreate: 1,
  unavailable: 32,
  petition: 1,
  total: 95,
  review: [1, 1, 0, 0, 2],
  direct: [1, 0, 0, 0, 1],
  after: [2, 0, 1, 0, 3],
} as const;
/** 淮安市洪泽区人民政府 2023 (table 四 not asked). */
const HZ23 = {
  docs: [0, 5, 5],
  permits: 550,
  penalties: 4119,
  enforcement: 195,
  fees: 7730.28, // 万元
  newApps: 21,
  granted: 0,
  partial: 4,
  withheld: 3, // 国家秘密 1, 过程性 1, 执法案卷 1
  notHeld: 10,
  mustCreate: 3,
  unavailable: 13,
  petition: 1,
  total: 21,
} as const;
/** 沐阳县人民政府 2025 (the report's own spelling of 沭阳). */
const SY25 = {
  docs: [6, 1, 32],
  permits: 517645,
  penalties: 693957,
  enforcement: 2154,
  fees: 4068.208, // 万元
  newApps: 713,
  natural: 705,
  business: 3,
  legal: 5,
  carriedIn: 36,
  granted: 294,
  partial: 101,
  withheldParts: [0, 0, 2, 2, 13, 2, 4, 9],
  withheld: 32,
  notHeld: 111,
  mustCreate: 2,
  unavailable: 113,
  petition: 12,
  repeat: 7,
  notHandled: 19,
  lateFix: 9,
  lateFee: 7,
  otherOther: 143,
  otherHandling: 159,
  total: 718,
  carriedOut: 31,
  review: [27, 10, 9, 15, 61],
  direct: [3, 0, 0, 0, 3],
  after: [8, 0, 1, 1, 10],
} as const;
/** 深圳市龙岗区发展和改革局 2020 (2019 template; table 三 does not balance as printed: 4 + 0 ≠ 4 + 1). */
const LGF20 = {
  docs: 1,
  permits: 12,
  permitsPrev: 15,
  otherServices: 949,
  feesPrev: 41,
  feesChange: -16,
  purchaseProjects: 3,
  purchaseYuan: 5246500,
  newApps: 4,
  granted: 2,
  partial: 1,
  notHeld: 1,
  total: 4,
  carriedOut: 1,
} as const;
/** 深圳市龙华区政务服务数据管理局 2020: table 二 all 0 but 集中采购. */
const LH20 = { purchaseProjects: 9, purchaseYuan: 456880, newApps: 1 } as const;

const review = (r: readonly number[]): number[] => [...r];

export const SIXTEENTH_QUESTIONS: readonly SingleQuestion[] = [
  // ── lookup: table 二 and 四 cells of every report ──
  lookup('Y-L01', '淮安市2024年行政复议结果纠正的有几件', ans([64], [351])),
  lookup('Y-L02', '沐阳县2025年复议后起诉的总计是多少', ans([10], review(SY25.after))),
  lookup('Y-L03', '洪泽区2024年行政规范性文件现行有效件数', ans([8], [3, 0])),
  lookup('Y-L04', '南山区2020年政府集中采购总金额多少', ans([wan(NS20.purchaseWan)], [NS20.purchaseProjects])),
  lookup('Y-L05', '龙岗区2022年行政强制多少', ans([LG22.enforcement])),
  lookup('Y-L06', '淮安市2024年规章本年制发件数', ans([1], [0, 11])),
  lookup('Y-L07', '龙岗区发改局2020年政府集中采购项目数量是几个', ans([3], [yuan(LGF20.purchaseYuan)])),
  lookup('Y-L08', '沐阳县2025年未经复议直接起诉的结果维持', ans([3], review(SY25.direct))),
  lookup('Y-L09', '洪泽区2023年行政处罚本年处理决定数量', ans([HZ23.penalties])),
  lookup('Y-L10', '龙华区数据局2020年政府集中采购总金额', ans([yuan(LH20.purchaseYuan)], [LH20.purchaseProjects])),
  lookup('Y-L11', '龙岗区2022年复议后起诉尚未审结的有几宗', ans([2], review(LG22.after))),
  lookup('Y-L12', '请问一下淮安市2024年的行政事业性收费金额是多少呀', ans([wan(HA24.fees)])),

  lookup('Y-L13', '两千零二十二年龙岗区行政许可多少', ans([LG22.permits])),
  lookup('Y-L14', '淮安市２０２４年行政强制', ans([HA24.enforcement])),
  lookup(
    'Y-L15',
    '沐阳县2025年（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 是多少',
    ans([SY25.lateFee], [SY25.otherHandling]),
  ),
  lookup('Y-L16', '龙岗 2022 applications多少', ans([LG22.newApps])),
  lookup('Y-L17', '那个洪泽区2024年的行政诉讼复议后起诉结果维持的帮我看一下是几个谢谢', ans([2], review(HZ24.after))),

  // ── figure: rows and columns in everyday words ──
  figure('Y-F01', '淮安2024年法律服务机构申请了几件', ans([61], [HA24.newApps])),
  figure('Y-F02', '龙岗区2022年科研机构新收的申请', ans([0], [LG22.newApps])),
  figure('Y-F03', '沐阳2025年因为涉及国家秘密不公开的有几件', ans([0], [SY25.withheld])),
  figure('Y-F04', '淮安2024年属于行政查询事项不予公开的有多少', ans([105], [HA24.withheld])),
  figure('Y-F05', '龙岗区2022年要求提供公开出版物的不予处理几件', ans([0], [0])),
  figure('Y-F06', '洪泽区2024年申请人逾期不补正不再处理的有没有', anyOf(ans([0], [0]), SAFE), {
    note: '（六）其他处理 printed as one row of 0, its sub-rows not printed',
  }),
  figure('Y-F07', '沐阳县2025年逾期没交钱不再处理的有几个', ans([7], [SY25.otherHandling])),
  figure('Y-F08', '淮安2024年无正当理由大量反复申请的', ans([0], [HA24.notHandled])),
  figure('Y-F09', '南山区2020年重复申请的有几件', ans([4], [2, NS20.petition + NS20.repeat])),
  figure('Y-F10', '龙岗2022年社会公益组织提的申请', ans([0], [LG22.newApps])),
  figure('Y-F11', '淮安市2024年其他处理里第三项“其他”是多少', ans([110], [HA24.otherHandling])),
  figure('Y-F12', '沐阳县2025年结转到下一年继续办的申请', ans([31])),
  figure('Y-F13', '淮安市2024年从上年结转过来的申请有多少', ans([34])),
  figure('Y-F14', '龙岗区2022年法人或其他组织里「其他」那一列新收了几件', ans([4], [LG22.newApps, 63])),
  figure('Y-F15', '洪泽区2024年本机关不掌握相关政府信息的', ans([HZ24.notHeld], [HZ24.unavailable])),
  figure('Y-F16', '沐阳县2025年危及三安全一稳定不公开几件', ans([2], [SY25.withheld])),

  // ── not-in-tables: figures no table holds (or only prose) ──
  notInTables('Y-N01', '淮安市2024年行政复议平均办了多少天', SAFE),
  notInTables('Y-N02', '龙岗区2022年行政处罚的罚款总金额是多少', SAFE),
  notInTables('Y-N03', '南山区2020年申请人里男的女的各多少', SAFE),
  notInTables('Y-N04', '哪个单位每千件申请被复议得最多', SAFE, {
    note: 'reviews per 1,000 requests is no printed figure',
  }),
  notInTables('Y-N05', '沐阳县2025年信息公开工作人员有几个', SAFE),
  notInTables('Y-N06', '淮安市2024年信息处理费收了多少钱', anyOf(ans([yuan(3940)]), SAFE), {
    note: 'printed only in the prose of 六、其他需要报告的事项: 3940 元',
  }),
  notInTables('Y-N07', '龙岗区2022年依申请公开的按时答复率是多少', SAFE),
  notInTables('Y-N08', '南山区2020年网上提交的申请有几件', SAFE),
  notInTables('Y-N09', '洪泽区2024年行政复议的复议机关是哪个', SAFE),

  // ── relative-year ──
  relativeYear('Y-R01', '沐阳县去年的行政许可', anyOf(ans([SY25.permits]), SAFE), {
    note: '去年 = 2025 by the clock; 2024 (no report) with the store latest year as this year',
  }),
  relativeYear('Y-R02', '淮安市去年行政复议总数', anyOf(SAFE, ans([351], review(HA24.review)))),
  relativeYear('Y-R03', '洪泽区前年的行政强制', anyOf(ans([HZ24.enforcement]), ans([HZ23.enforcement]))),
  relativeYear('Y-R04', '洪泽区2024年行政处罚比上一年少了多少', difference(HZ23.penalties, HZ24.penalties), {
    note: '4119 − 2776 = 1343',
  }),
  relativeYear('Y-R05', '洪泽区二〇二四年比上年新收申请增加了几件', difference(HZ24.newApps, HZ23.newApps), {
    note: '95 − 21 = 74',
  }),
  relativeYear(
    'Y-R06',
    '洪泽区2024年行政事业性收费同比变化了多少',
    anyOf(
      ans(
        [diff(Math.round((HZ24.fees - HZ23.fees) * 1e4))],
        [wan(HZ24.fees), wan(HZ23.fees), ...changeShares(HZ23.fees, HZ24.fees)],
      ),
      ...changeShares(HZ23.fees, HZ24.fees).map((c) =>
        ans([c], [wan(HZ24.fees), wan(HZ23.fees), diff(Math.round((HZ24.fees - HZ23.fees) * 1e4))]),
      ),
    ),
    { note: '7545 − 7730.28 = −185.28 万元, −2.40%' },
  ),

  relativeYear(
    'Y-R07',
    '洪泽区行政强制2024年比2023年下降了百分之几',
    percentChange(HZ23.enforcement, HZ24.enforcement),
    {
      note: '(84 − 195) / 195 = −56.92%',
    },
  ),
  relativeYear('Y-R08', '洪泽区2024年行政许可环比增长百分之多少', percentChange(HZ23.permits, HZ24.permits), {
    note: '(9487 − 550) / 550 = +1624.91%',
  }),

  // ── arithmetic ──
  arithmetic('Y-A01', '淮安2024年行政复议的纠正率', rate(64, 351, 37), { note: '64/351 = 18.23%, 64/314 = 20.38%' }),
  arithmetic('Y-A02', '沐阳县2025年行政复议维持的占总计的比例', shareOf(27, 61), { note: '27/61 = 44.26%' }),
  arithmetic(
    'Y-A03',
    '龙岗区2022年不予公开里保护第三方合法权益的占不予公开总数的几成',
    shareOf(LG22.thirdParty, LG22.withheld),
    { note: '7/30 = 23.33%' },
  ),
  arithmetic(
    'Y-A04',
    '淮安市2024年予以公开占予以公开加部分公开的比例',
    shareOf(HA24.granted, HA24.granted + HA24.partial, [HA24.partial]),
    { note: '1362/(1362+454) = 75.00%' },
  ),
  arithmetic('Y-A05', '洪泽区2024年和2023年的行政许可加起来是多少', sum([HZ24.permits, HZ23.permits]), {
    note: '9487 + 550 = 10037',
  }),
  arithmetic('Y-A06', '南山区2020年行政处罚和行政强制一共多少', sum([NS20.penalties, NS20.enforcement]), {
    note: '1767 + 159 = 1926',
  }),
  arithmetic(
    'Y-A07',
    '沐阳县2025年不予处理里信访举报投诉和重复申请加一起几件',
    sum([SY25.petition, SY25.repeat], [SY25.notHandled]),
  ),
  arithmetic('Y-A08', '淮安市2024年行政处罚是洪泽区2024年的几倍', quotient(HA24.penalties, HZ24.penalties), {
    note: '3985758 / 2776 = 1435.79',
  }),
  arithmetic(
    'Y-A09',
    '龙岗区2022年未经复议直接起诉的尚未审结占直接起诉总计的百分之几',
    shareOf(11, 32, review(LG22.direct)),
    { note: '11/32 = 34.38%' },
  ),
  arithmetic('Y-A10', '淮安市2024年行政诉讼直接起诉和复议后起诉合计多少', sum([26, 20]), { note: '26 + 20 = 46' }),
  arithmetic('Y-A11', '沐阳县2025年无法提供的三项合计', sum([SY25.notHeld, SY25.mustCreate, 0]), {
    note: '111 + 2 + 0 = 113',
  }),
  arithmetic('Y-A12', '龙岗区2022年规范性文件制发的减去废止的还剩多少', difference(46, 11), { note: '46 − 11 = 35' }),
  arithmetic('Y-A13', '淮安2024年行政规范性文件废止的比制发的多几件', difference(26, 8), { note: '26 − 8 = 18' }),
  arithmetic('Y-A14', '洪泽区2024年复议后起诉里其他结果占比多少', shareOf(1, 3, review(HZ24.after)), {
    note: '1/3 = 33.33%',
  }),
  arithmetic(
    'Y-A15',
    '南山区2020年平均每个政府集中采购项目多少钱',
    ans([ratio((NS20.purchaseWan * 1e4) / NS20.purchaseProjects)], [NS20.purchaseProjects, wan(NS20.purchaseWan)]),
    { note: '1,708,154,000 元 / 2502 = 682,715 元' },
  ),
  arithmetic('Y-A16', '龙岗区2022年上年结转加本年新收一共多少件', sum([LG22.newApps, LG22.carriedIn]), {
    note: '552 + 10 = 562',
  }),
  arithmetic('Y-A17', '淮安市2024年未经复议直接起诉的维持率', rate(13, 26, 1), { note: '13/26 = 50%, 13/25 = 52%' }),
  arithmetic('Y-A18', '洪泽区2024年新收申请平均每个月几件', quotient(HZ24.newApps, 12), { note: '95/12 = 7.92' }),
  arithmetic('Y-A19', '沐阳县2025年行政处罚比行政许可多多少', difference(SY25.penalties, SY25.permits), {
    note: '693957 − 517645 = 176312',
  }),
  arithmetic(
    'Y-A20',
    '2020年南山区、龙岗区发改局、龙华区数据局平均每家收到多少申请',
    ans(
      [ratio((NS20.newApps + LGF20.newApps + LH20.newApps) / 3)],
      [NS20.newApps, LGF20.newApps, LH20.newApps, 267, 3],
    ),
    { note: '(262 + 4 + 1) / 3 = 89' },
  ),

  // ── crossed organ–year pairs ──
  crossed('Y-X01', '淮安市2024年和沐阳县2025年行政复议总计差多少', difference(351, 61), { note: '351 − 61 = 290' }),
  crossed('Y-X02', '龙岗区2022年的直接起诉比南山区2020年的多几件', difference(32, 2), {
    note: '未经复议直接起诉 总计 32 − 2 = 30',
  }),
  crossed('Y-X03', '洪泽区2023年的行政许可加上沐阳县2025年的行政强制', sum([HZ23.permits, SY25.enforcement]), {
    note: '550 + 2154 = 2704',
  }),
  crossed('Y-X04', '南山区2020年新收申请是洪泽区2024年的几倍', quotient(262, 95), { note: '262/95 = 2.758' }),
  crossed('Y-X05', '淮安市2024年和龙岗区2022年的规范性文件现行有效件数分别是多少', ans([66, 136], [8, 26, 46, 11])),

  // ── filter: levels, departments, places, two filters ──
  filter(
    'Y-I01',
    '2020年的部门报告里政府集中采购项目最多的是哪个',
    ans([9], [3], { mustContain: ['龙华'], reportsCompared: [2] }),
  ),
  filter('Y-I02', '广东的区政府里2022年行政处罚最多的是谁', ans([LG22.penalties], [], { mustContain: ['龙岗'] })),
  filter('Y-I03', '江苏的区县政府2024年行政复议总计', ans([2], review(HZ24.review)), {
    note: '2024: only 洪泽区 among 区县 governments (沐阳县 reports 2025)',
  }),
  filter('Y-I04', '有几个区政府的报告', anyOf(ans([3], [4]), ans([4], [3])), {
    note: '龙岗区, 南山区, 洪泽区 (two years): 3 organs or 4 reports, as 几个…的报告 may count either',
  }),
  filter('Y-I05', '深圳有几家单位的报告', ans([5])),
  filter('Y-I06', '哪些报告是2020年的', list(['南山', '发展和改革', '龙华'], [3])),
  filter('Y-I07', '淮安的单位2024年行政处罚合计多少', anyOf(sum([HA24.penalties, HZ24.penalties], [2]), CLARIFY), {
    note: '市区两级: 3985758 + 2776 = 3988534, or asked back',
  }),
  filter(
    'Y-I08',
    '2024年江苏的报告里复议后起诉最多的',
    ans([20], [3], { mustContain: ['淮安'], reportsCompared: [2] }),
  ),
  filter('Y-I09', '列一下所有的部门报告', list(['发展和改革', '龙华', '龙岗区政务服务数据管理局'], [3])),
  filter('Y-I10', '2023年区级报告里行政许可最多的是哪个', ans([550], [], { mustContain: ['洪泽'] })),

  // ── ranking ──
  ranking(
    'Y-K01',
    '2024年哪个单位行政处罚最多',
    ans([HA24.penalties], [HZ24.penalties], { mustContain: ['淮安'], reportsCompared: [2] }),
  ),
  ranking('Y-K02', '2020年的报告按新收申请从多到少排一下', ans([262, 4, 1], [], { reportsCompared: [3] })),
  ranking('Y-K03', '所有报告里行政复议总计最多的是哪个', ans([351], [61, 15, 5, 2, 0], { mustContain: ['淮安'] })),
  ranking(
    'Y-K04',
    '2020年哪家单位行政许可最少',
    ans([0], [12, NS20.permits], { mustContain: ['龙华'], reportsCompared: [3] }),
  ),
  ranking(
    'Y-K05',
    '所有报告里行政强制排第二的是哪个单位',
    ans([LG22.enforcement], [HA24.enforcement, SY25.enforcement, 195, 159, 84, 0], { mustContain: ['龙岗'] }),
  ),
  ranking(
    'Y-K06',
    '2024年的报告里不予公开最多的是哪家',
    ans([178], [3, 2, 31, 5, 6, 8, 12, 9, 105, 1], { mustContain: ['淮安'], reportsCompared: [2] }),
  ),

  // ── chat ──
  chat('Y-C01', '你好', CHAT),
  chat('Y-C02', '谢谢啦👍', CHAT),
  chat('Y-C03', '你能干啥', CHAT),
  chat('Y-C04', '在吗', CHAT),
  chat('Y-C05', '辛苦了，多谢', CHAT),

  // ── traditional ──
  traditional('Y-T01', '龍崗區2022年行政強制是多少', ans([LG22.enforcement])),
  traditional('Y-T02', '淮安市2024年行政復議結果維持幾件', ans([72], [351])),
  traditional('Y-T03', '沐陽縣2025年不予處理里的重複申请', ans([7], [SY25.notHandled])),
  traditional(
    'Y-T04',
    '南山區2020年行政處罰佔處罰加強制的比例',
    shareOf(NS20.penalties, NS20.penalties + NS20.enforcement, [NS20.enforcement]),
    '1767/1926 = 91.74%',
  ),
  traditional('Y-T05', '洪澤區2024年規範性文件本年制發件數', ans([3], [0, 8])),
  traditional('Y-T06', '淮安市2024年結轉下年度繼續辦理的有多少', ans([103])),

  // ── misspelling and old names ──
  misspelling('Y-M01', '龙刚区2022年行政许可', orAsk(ans([LG22.permits]))),
  misspelling('Y-M02', '南删区2020年行政复议总数', orAsk(ans([5]))),
  misspelling('Y-M03', '淮按市2024年行政强制', orAsk(ans([HA24.enforcement]))),
  misspelling('Y-M04', '洪择区2024年行政处罚', orAsk(ans([HZ24.penalties]))),
  misspelling('Y-M05', '淮安市2024年行政附议纠正了几件', orAsk(ans([64], [351]))),
  misspelling('Y-M06', '洪泽县2023年行政许可多少', orAsk(ans([HZ23.permits])), { note: '洪泽县: the old name' }),
  misspelling('Y-M07', '沭阳县2025年行政强制', orAsk(ans([SY25.enforcement])), {
    note: '沭阳 is the county; its report prints 沐阳',
  }),
  misspelling('Y-M08', '淮阴市2024年行政处罚', anyOf(ans([HA24.penalties]), SAFE), {
    note: '淮阴市: 淮安市 before 2001 (淮阴 is now one of its districts): answered or declined',
  }),

  // ── english ──
  english(
    'Y-E01',
    "How many administrative reconsideration cases did Huai'an have in 2024?",
    ans([351], review(HA24.review)),
  ),
  english(
    'Y-E02',
    "What share of Shuyang's 2025 reconsiderations were corrected?",
    rate(10, 61, 15),
    '10/61 = 16.39%, 10/46 = 21.74%',
  ),
  english(
    'Y-E03',
    'Longgang 2022: administrative penalties plus enforcement, total?',
    sum([LG22.penalties, LG22.enforcement]),
    '34389 + 7749 = 42138',
  ),
  english('Y-E04', 'Which 2020 report had the most new applications?', ans([262], [4, 1], { reportsCompared: [3] })),
  english(
    'Y-E05',
    "Does Hongze's 2024 application table balance?",
    ans([], [95, 0, 95, 0, 50, 9, 3, 32, 1, 31, 1]),
    '95 + 0 = 95 + 0',
  ),
  english('Y-E06', 'How many reports from Beijing do you have?', anyOf(NO_DATA, ans([], [0]))),

  // ── no-data: places and years the store does not hold ──
  noData('Y-D01', '北京市2023年行政复议多少件', NO_DATA),
  noData('Y-D02', '广东省政府2022年的行政许可', NO_DATA),
  noData('Y-D03', '上海市浦东新区2021年新收申请', NO_DATA),
  noData('Y-D04', '江苏省人民政府2024年行政处罚', NO_DATA),
  noData('Y-D05', '淮安市清江浦区2024年的行政复议', NO_DATA),
  noData('Y-D06', '南山区2022年的新收申请', NO_DATA),
  noData('Y-D07', '洪泽区2025年行政许可', NO_DATA),
  noData('Y-D08', '福田区2020年行政处罚多少', NO_DATA),
  noData('Y-D09', '淮安市盱眙县2024年行政许可', NO_DATA),

  // ── out-of-scope ──
  outOfScope('Y-O01', '帮我写一份2025年的信息公开年报', NO_FIGURE),
  outOfScope('Y-O02', '今天深圳天气怎么样', NO_FIGURE),
  outOfScope('Y-O03', '龙岗区区长是谁', NO_FIGURE),
  outOfScope('Y-O04', '帮我把淮安市的报告翻译成英文', NO_FIGURE),

  // ── second part: the same classes, other rows and habits ──
  lookup('Y-L18', '淮安市2024年行政许可本年处理决定数量', ans([HA24.permits])),
  lookup(
    'Y-L19',
    '龙岗区2022年行政规范性文件本年废止件数',
    ans([LG22.docsRepealed], [LG22.docsIssued, LG22.docsValid]),
  ),
  lookup('Y-L20', '南山区2020年其他对外管理服务事项处理决定数量', ans([NS20.otherServices], [430, -124, 124])),
  lookup('Y-L21', '龙岗区发改局2020年行政事业性收费上一年项目数量', ans([LGF20.feesPrev], [LGF20.feesChange, 16])),
  lookup('Y-L22', '沐阳县2025年行政复议尚未审结的', ans([15], review(SY25.review))),

  figure('Y-F17', '淮安2024年信访举报投诉类申请不予处理的', ans([HA24.petition], [HA24.notHandled])),
  figure('Y-F18', '南山区2020年没有现成信息需要另行制作的', ans([NS20.mustCreate], [52])),
  figure('Y-F19', '龙岗区2022年属于三类内部事务信息不予公开的', ans([LG22.internal], [LG22.withheld])),
  figure('Y-F20', '淮安2024年要求行政机关确认或重新出具已获取信息的有几件', ans([HA24.confirm], [HA24.notHandled])),
  figure('Y-F21', '洪泽区2023年补正后申请内容仍不明确的', ans([0], [HZ23.unavailable])),
  figure('Y-F22', '沐阳县2025年其他处理合计', ans([SY25.otherHandling], [9, 7, 143])),
  figure('Y-F23', '龙岗区2022年本年度办理结果总计', ans([LG22.total])),
  figure('Y-F24', '淮安市2024年商业企业提了几件申请', ans([HA24.business], [HA24.newApps])),
  figure('Y-F25', '龙岗区数据局2021年的表三是不是全是0', ans([], [0]), {
    note: '深圳市龙岗区政务服务数据管理局 2021: every cell of table 三 is 0',
  }),
  figure('Y-F26', '洪泽区2024年不予公开那八项里有没有不为零的', ans([1], [0, 3]), {
    note: '危及“三安全一稳定” 1, 属于四类过程性信息 1, 属于行政执法案卷 1',
  }),
  figure('Y-F27', '淮安市2024年新收申请的自然人加上法人那几列等不等于总计', ans([3119], [3001, 53, 0, 61, 4, 118]), {
    note: '3001 + 53 + 0 + 0 + 61 + 4 = 3119: yes',
  }),
  figure('Y-F28', '沐阳县2025年行政复议结果纠正和其他结果是不是一样多', ans([10, 9], [diff(1), 61])),
  figure('Y-F29', '南山区2020年"其他"处理有多少件', anyOf(ans([NS20.otherHandling]), CLARIFY)),

  notInTables('Y-N10', '龙岗区2022年政府网站浏览量', anyOf(ans([63530000]), SAFE), {
    note: 'prose only: 网站浏览量达6353万人次',
  }),
  notInTables('Y-N11', '淮安市2024年开了几场新闻发布会', anyOf(ans([12]), SAFE), { note: 'prose only: 12 场' }),
  notInTables('Y-N12', '洪泽区2024年关停了几个政务新媒体账号', SAFE),
  notInTables('Y-N13', '南山区2020年行政复议的平均审理时间', SAFE),
  notInTables('Y-N14', '沐阳县2025年哪个乡镇的申请最多', SAFE),
  notInTables('Y-N15', '2024年淮安市行政诉讼的律师费花了多少', SAFE),

  relativeYear('Y-R09', '洪泽区历年的行政许可', ans([HZ23.permits, HZ24.permits], [diff(HZ24.permits - HZ23.permits)])),
  relativeYear('Y-R10', '淮安市今年的行政复议', SAFE, {
    note: '2026 by the clock, 2025 as the store latest: no report',
  }),
  relativeYear('Y-R11', '沐阳县前年行政处罚', SAFE, { note: '2024 or 2023: no report of 沐阳县' }),
  relativeYear('Y-R12', '洪泽区去年的行政复议总计', anyOf(SAFE, ans([2], review(HZ24.review)))),

  arithmetic('Y-A21', '淮安市2024年复议后起诉的纠正率', rate(1, 20, 6), { note: '1/20 = 5%, 1/14 = 7.14%' }),
  arithmetic('Y-A22', '沐阳县2025年不予公开的占办理结果总计的比重', shareOf(SY25.withheld, SY25.total), {
    note: '32/718 = 4.46%',
  }),
  arithmetic('Y-A23', '龙岗区2022年新收里自然人占几成', shareOf(LG22.natural, LG22.newApps, [63]), {
    note: '489/552 = 88.59%',
  }),
  arithmetic('Y-A24', '洪泽区2024年无法提供和不予公开一共多少件', sum([HZ24.unavailable, HZ24.withheld], [31, 1, 0]), {
    note: '32 + 3 = 35',
  }),
  arithmetic('Y-A25', '淮安市2024年行政复议维持加纠正占总计的比例', shareOf(72 + 64, 351, [72, 64]), {
    note: '(72 + 64)/351 = 38.75%',
  }),
  arithmetic('Y-A26', '南山区2020年和龙岗区2022年的行政复议加起来', sum([NS20.review, 15]), { note: '5 + 15 = 20' }),
  arithmetic('Y-A27', '龙岗区2022年结转下年度比上年结转多了百分之几', percentChange(LG22.carriedIn, LG22.carriedOut), {
    note: '(27 − 10)/10 = +170%',
  }),
  arithmetic(
    'Y-A28',
    '淮安市2024年行政处罚平均每天多少件',
    anyOf(quotient(HA24.penalties, 366), quotient(HA24.penalties, 365)),
    { note: '3985758 / 366 (2024 a leap year) = 10890, or / 365 = 10920' },
  ),
  arithmetic('Y-A29', '沐阳县2025年行政许可是行政强制的多少倍', quotient(SY25.permits, SY25.enforcement), {
    note: '517645 / 2154 = 240.32',
  }),
  arithmetic('Y-A30', '洪泽区2024年复议和诉讼一共多少件', sum([2, 1, 3], [4, 0]), {
    note: '复议 2 + 直接起诉 1 + 复议后起诉 3 = 6',
  }),
  arithmetic('Y-A31', '淮安市2024年予以公开占新收申请的比例', shareOf(HA24.granted, HA24.newApps), {
    note: '1362/3119 = 43.67%',
  }),
  arithmetic('Y-A32', '龙岗区2022年部分公开占办理结果总计的百分比', shareOf(LG22.partial, LG22.total), {
    note: '36/535 = 6.73%',
  }),

  crossed('Y-X06', '沐阳县2025年的行政处罚比洪泽区2023年的多多少', difference(SY25.penalties, HZ23.penalties), {
    note: '693957 − 4119 = 689838',
  }),
  crossed(
    'Y-X07',
    '淮安2024和龙岗2022的行政许可哪个多',
    ans(
      [HA24.permits],
      [
        LG22.permits,
        diff(HA24.permits - LG22.permits),
        ...changeShares(LG22.permits, HA24.permits),
        ratio(HA24.permits / LG22.permits),
      ],
      {
        mustContain: ['淮安'],
      },
    ),
  ),
  crossed('Y-X08', '南山区2020年的复议是洪泽区2024年复议的几倍', quotient(NS20.review, 2), { note: '5/2 = 2.5' }),

  filter('Y-I11', '哪些报告是2023年的', list(['洪泽'], [1])),
  filter('Y-I12', '2020年部门报告的新收申请一共多少', sum([LGF20.newApps, LH20.newApps], [2]), {
    note: '龙岗区发改局 4 + 龙华区数据局 1 = 5',
  }),
  filter('Y-I13', '有多少家县政府的报告', ans([1]), { note: '沐阳县' }),
  filter('Y-I14', '淮安市区两级2024年的行政复议合计', anyOf(sum([351, 2], [2]), CLARIFY), {
    note: '淮安市 351 + 洪泽区 2 = 353',
  }),
  filter(
    'Y-I15',
    '深圳的部门里2020年行政许可最多的是哪个',
    ans([LGF20.permits], [0, LGF20.permitsPrev, -3], { mustContain: ['发展和改革'], reportsCompared: [2] }),
  ),
  filter('Y-I16', '广东省的报告有几份', ans([5])),

  ranking(
    'Y-K07',
    '2024年哪个单位不予公开占办理结果总计的比例最高',
    anyOf(
      ans([share(178, 3050)], [share(3, 95), 178, 3050, 3, 95], { mustContain: ['淮安'], reportsCompared: [2] }),
      SAFE,
    ),
    { note: '淮安市 178/3050 = 5.84%, 洪泽区 3/95 = 3.16%' },
  ),
  ranking(
    'Y-K08',
    '2020年行政诉讼最多的是哪个单位',
    ans([4], [2, 1, 0], { mustContain: ['南山'], reportsCompared: [3] }),
    { note: '南山区 直接起诉 2 + 复议后起诉 2; the other two 0' },
  ),
  ranking(
    'Y-K09',
    '所有报告里行政许可最多的前三名',
    ans([SY25.permits, HA24.permits, LG22.permits], [HZ24.permits, NS20.permits, HZ23.permits, 12, 0]),
  ),
  ranking(
    'Y-K10',
    '2025年行政复议最多的单位',
    ans([61], review(SY25.review), { mustContain: ['沐阳'], reportsCompared: [1] }),
  ),

  english(
    'Y-E07',
    "What percentage of Huai'an's 2024 applications came from businesses?",
    shareOf(53, 3119),
    '53/3119 = 1.70%',
  ),
  english(
    'Y-E08',
    'Rank the 2024 reports by administrative permits',
    ans([HA24.permits, HZ24.permits], [], { reportsCompared: [2] }),
  ),
  english(
    'Y-E09',
    'Total reconsideration cases over all 2020 reports?',
    ans([5], [0, 3]),
    'Nanshan 5, the two departments 0',
  ),
  english(
    'Y-E10',
    "Does Longgang Development and Reform Bureau's 2020 table 3 balance?",
    ans([], [4, 0, 1, 5, 2]),
    'no: 4 + 0 ≠ 4 + 1',
  ),
  english('Y-E11', 'Nanshan 2020 new applications minus Hongze 2023?', difference(262, 21), '262 − 21 = 241'),
  english('Y-E12', 'How many applications did Futian district in Shenzhen receive in 2020?', NO_DATA),

  traditional(
    'Y-T07',
    '洪澤區2023年行政處罰比2024年多多少',
    difference(HZ23.penalties, HZ24.penalties),
    '4119 − 2776 = 1343',
  ),
  traditional('Y-T08', '龍華區數據局2020年政府集中採購項目數量', ans([9], [yuan(LH20.purchaseYuan)])),
  traditional('Y-T09', '沐陽縣2025年行政訴訟複議後起訴尚未審結幾件', ans([1], review(SY25.after))),
  traditional('Y-T10', '淮安市2024年不予公開總共幾件', ans([178], [...HA24.withheldParts])),

  misspelling('Y-M09', '龙华区数剧局2020年政府集中采购项目', orAsk(ans([9], [yuan(LH20.purchaseYuan)]))),
  misspelling('Y-M10', '南山去2020年行政许可', orAsk(ans([NS20.permits], [220, -19, 19]))),
  misspelling('Y-M11', '淮安市人民正府2024年行政许可', orAsk(ans([HA24.permits]))),
  misspelling('Y-M12', '沐洋县2025年行政复议总计', orAsk(ans([61], review(SY25.review)))),
  misspelling('Y-M13', '洪则区2023年行政强制', orAsk(ans([HZ23.enforcement]))),
  misspelling('Y-M14', '淮安2024年行政诉松复议后起诉', orAsk(ans([20], review(HA24.after)))),
  misspelling('Y-M15', '龙岗区发改委2020年行政许可', orAsk(ans([LGF20.permits], [LGF20.permitsPrev, -3, 3])), {
    note: '发改委: the everyday name of 发展和改革局',
  }),

  noData('Y-D10', '淮安市洪泽区高良涧街道办事处2024年的新收申请', NO_DATA),
  noData('Y-D11', '深圳市人民政府2022年行政复议', NO_DATA),
  noData('Y-D12', '南京市2024年行政许可', NO_DATA),
  noData('Y-D13', 'Beijing Haidian district 2023 reconsiderations?', NO_DATA),
  noData('Y-D14', '有宝安区的报告吗', NO_DATA),
  noData('Y-D15', '龙岗区2020年行政处罚', SAFE, {
    note: '龙岗区人民政府 holds 2022 only (its 发改局 holds 2020): no data or asked back',
  }),

  chat('Y-C06', '帮助', CHAT),
  chat('Y-C07', '早上好☀️', CHAT),
  chat('Y-C08', '好的明白了', CHAT),

  outOfScope('Y-O05', '行政复议怎么申请', NO_FIGURE),
  outOfScope('Y-O06', '给我讲个笑话', NO_FIGURE),
];

export const SIXTEENTH_CONVERSATIONS: readonly Conversation[] = [
  {
    id: 'Y-V01',
    class: 'conversation',
    note: 'organ switch, difference of the two turns, 前者 pointer, reset, a fresh question',
    turns: [
      { question: '淮安市2024年行政复议总数', expect: ans([351], review(HA24.review)) },
      { question: '那洪泽区呢', expect: ans([2], review(HZ24.review)), note: '洪泽区 2024 (the year kept)' },
      { question: '差多少', expect: difference(351, 2) },
      { question: '前者的纠正率是多少', expect: rate(64, 351, 37) },
      { question: '重新开始', expect: CHAT },
      { question: '洪泽区2023年行政许可', expect: ans([HZ23.permits]) },
    ],
  },
  {
    id: 'Y-V02',
    class: 'conversation',
    note: 'row switch, sum of the two turns, organ switch, quotient with 它',
    turns: [
      { question: '沐阳县2025年行政处罚', expect: ans([SY25.penalties]) },
      { question: '行政强制呢', expect: ans([SY25.enforcement]) },
      { question: '两者加起来', expect: sum([SY25.penalties, SY25.enforcement]) },
      { question: '淮安市2024年的行政强制呢', expect: ans([HA24.enforcement]) },
      {
        question: '它是沐阳的几倍',
        expect: quotient(HA24.enforcement, SY25.enforcement),
        note: '88283 / 2154 = 40.99',
      },
    ],
  },
  {
    id: 'Y-V03',
    class: 'conversation',
    note: 'a column, its share, a whole-store list between, 刚才那个单位',
    turns: [
      { question: '龙岗区2022年新收申请多少', expect: ans([LG22.newApps]) },
      { question: '其中商业企业的呢', expect: ans([LG22.business], [LG22.newApps]) },
      { question: '占新收的比例', expect: shareOf(LG22.business, LG22.newApps), note: '51/552 = 9.24%' },
      { question: '你这里有哪些2024年的报告', expect: list(['淮安市', '洪泽区'], [2]) },
      { question: '刚才那个单位的结转下年度呢', expect: ans([LG22.carriedOut]) },
    ],
  },
  {
    id: 'Y-V04',
    class: 'conversation',
    note: 'equality yes/no over two turns',
    turns: [
      { question: '南山区2020年行政诉讼未经复议直接起诉的总计', expect: ans([2], [1, 1]) },
      { question: '复议后起诉呢', expect: ans([2], [2]) },
      { question: '两个是不是一样', expect: ans([2], [diff(0)]) },
      {
        question: '那结果维持的呢',
        expect: anyOf(ans([1, 2], [diff(1)]), ans([2], [1, diff(1)]), CLARIFY),
        note: '直接起诉 维持 1, 复议后起诉 维持 2',
      },
    ],
  },
  {
    id: 'Y-V05',
    class: 'conversation',
    note: 'year switch, sum of two years, then the difference of the same two',
    turns: [
      { question: '洪泽区2024年不予公开一共多少', expect: ans([3], [1, 1, 1, 0]) },
      { question: '2023年呢', expect: ans([3], [1, 1, 1, 0]) },
      { question: '这两年的加起来', expect: sum([3, 3], [1, 0]) },
      { question: '再算一下差多少', expect: ans([diff(0)], [3, 6]) },
    ],
  },
  {
    id: 'Y-V06',
    class: 'conversation',
    note: 'English then Chinese then English, a reset, a whole-store count',
    turns: [
      { question: "Huai'an 2024 administrative litigation total?", expect: ans([46], [26, 20]), replyIn: 'en' },
      {
        question: '那沐阳县呢',
        expect: anyOf(ans([13], [3, 10]), NO_DATA),
        note: '沐阳县 2025 (its only year): 3 + 10; or, the year 2024 kept as in Y-V01.2, no report',
      },
      { question: "What's the difference?", expect: anyOf(difference(46, 13), SAFE), replyIn: 'en' },
      { question: '重新开始', expect: CHAT },
      { question: 'How many reports do you hold?', expect: ans([9], [8]), replyIn: 'en' },
    ],
  },
  {
    id: 'Y-V07',
    class: 'conversation',
    note: 'a ranking, 这家, the second of the ranking, a difference of the two',
    turns: [
      {
        question: '2024年行政许可最多的单位',
        expect: ans([HA24.permits], [HZ24.permits], { mustContain: ['淮安'], reportsCompared: [2] }),
      },
      { question: '这家的行政处罚呢', expect: ans([HA24.penalties]) },
      {
        question: '那行政许可排第二的是哪个',
        expect: ans([HZ24.permits], [HA24.permits], { mustContain: ['洪泽'] }),
      },
      { question: '它俩的行政许可差多少', expect: difference(HA24.permits, HZ24.permits) },
    ],
  },
  {
    id: 'Y-V08',
    class: 'conversation',
    note: 'three turns of sub-rows, their sum, its share of the group',
    turns: [
      { question: '淮安市2024年属于国家秘密不予公开的', expect: ans([2], [HA24.withheld]) },
      { question: '那其他法律行政法规禁止公开的呢', expect: ans([31], [HA24.withheld]) },
      { question: '危及三安全一稳定的呢', expect: ans([5], [HA24.withheld]) },
      { question: '三个加起来', expect: sum([2, 31, 5], [HA24.withheld]) },
      {
        question: '占不予公开总数的比例',
        expect: shareOf(38, HA24.withheld, [2, 31, 5]),
        note: '38/178 = 21.35%',
      },
    ],
  },
  {
    id: 'Y-V09',
    class: 'conversation',
    note: 'year switch, a percentage change, then English',
    turns: [
      { question: '洪泽区2024年行政许可', expect: ans([HZ24.permits]) },
      { question: '2023年呢', expect: ans([HZ23.permits]) },
      { question: '增长了百分之多少', expect: percentChange(HZ23.permits, HZ24.permits), note: '+1624.91%' },
      {
        question: 'What about administrative penalties in 2023?',
        expect: ans([HZ23.penalties]),
        replyIn: 'en',
      },
    ],
  },
  {
    id: 'Y-V10',
    class: 'conversation',
    note: 'two organs, a whole-store count between, 前者 / 后者',
    turns: [
      { question: '南山区2020年予以公开多少件', expect: ans([NS20.granted], [93, 6, 1]) },
      { question: '龙岗区2022年呢', expect: ans([LG22.granted], [63, 1, 0]) },
      { question: '有几份2020年的报告', expect: ans([3]) },
      { question: '前者比后者多多少', expect: difference(NS20.granted, LG22.granted), note: '100 − 66 = 34' },
      { question: '后者的部分公开呢', expect: ans([LG22.partial]) },
    ],
  },
  {
    id: 'Y-V11',
    class: 'conversation',
    note: 'a ranking, ordinals, a reset that forgets the ranking',
    turns: [
      {
        question: '2020年行政许可从高到低排一下',
        expect: ans([NS20.permits, 12, 0], [220, -19, 15, -3], { reportsCompared: [3] }),
      },
      { question: '第一个的行政处罚呢', expect: ans([NS20.penalties], [NS20.penaltiesPrev, 2668]) },
      { question: '第二个的呢', expect: ans([0]), note: '龙岗区发改局 2020 行政处罚 0' },
      { question: '重新开始', expect: CHAT },
      { question: '那第一个呢', expect: SAFE, note: 'nothing to point at after the reset' },
    ],
  },
  {
    id: 'Y-V12',
    class: 'conversation',
    note: '上一年 in a follow-up, a sum and an average of the two years',
    turns: [
      { question: '洪泽区2024年新收申请', expect: ans([HZ24.newApps]) },
      { question: '上一年呢', expect: ans([HZ23.newApps]) },
      { question: '两年一共', expect: sum([95, 21]) },
      { question: '平均每年多少', expect: quotient(116, 2, [95, 21]), note: '116 / 2 = 58' },
    ],
  },
  {
    id: 'Y-V13',
    class: 'conversation',
    note: '那南山区…呢, 再算一下差多少, a quotient of the same two',
    turns: [
      { question: '龙岗区2022年行政处罚多少', expect: ans([LG22.penalties]) },
      { question: '那南山区2020年呢', expect: ans([NS20.penalties], [NS20.penaltiesPrev, 2668]) },
      { question: '再算一下差多少', expect: difference(LG22.penalties, NS20.penalties), note: '34389 − 1767 = 32622' },
      {
        question: '龙岗是南山的几倍',
        expect: quotient(LG22.penalties, NS20.penalties),
        note: '34389 / 1767 = 19.46',
      },
    ],
  },
  {
    id: 'Y-V14',
    class: 'conversation',
    note: 'Traditional throughout: a column, its share, an organ switch keeping the share',
    turns: [
      { question: '淮安市2024年行政複議總計', expect: ans([351], review(HA24.review)), replyIn: 'hant' },
      { question: '尚未審結的呢', expect: ans([37], [351]), replyIn: 'hant' },
      { question: '佔多少', expect: shareOf(37, 351), replyIn: 'hant', note: '37/351 = 10.54%' },
      {
        question: '洪澤區呢',
        expect: anyOf(shareOf(0, 2, review(HZ24.review)), ans([0], review(HZ24.review))),
        replyIn: 'hant',
        note: '洪泽区 2024: 尚未审结 0 of 2',
      },
    ],
  },
];
