// A fourteenth held-out set (`npm run held-out -- --set fourteenth`), written on 2026-12-07 (begun 18:20 UTC by
// `date -u`), blind: without reading src/answers, test/answers or the earlier sets' questions (only expect.ts,
// score.ts, store.ts, run.ts and the opening lines of thirteenth.ts for the shape), and before the engine was run on
// any of it. Same store (five sample reports, four real text reports: 淮安市 2024, 洪泽区 2023 and 2024, 沐阳县 2025),
// same scoring. Every expected value was read off the report text (data/reports, test/fixtures/real-reports); sums,
// shares, quotients and changes are written as the arithmetic on the printed figures. The set leans on follow-up
// conversations (arithmetic over two or three turns, organ and year switches, pointers, 重新开始) and, in its single
// questions, on the real reports and tables 二 and 四.
//
// Readings: 去年 / 前年 are 2025 / 2024 by the clock (2026), or 2024 / 2023 with the store's latest year (2025) as this
// year; either is right. A close misspelling or an old name (洪泽县, 淮阴市, 沭阳 for the OCR's 沐阳) may be answered or
// asked back (issue 13 rule 8). A figure printed only in a report's prose may be stated or declined; a figure printed
// nowhere must be declined. A rate of a result column (纠正率 / 维持率) may be over the printed 总计 or over the cases
// settled (总计 − 尚未审结). Not asked: 洪泽区 2023's table 四 (garbled by the layout extraction); 龙华区数据局 2020's
// 总计 column below 新收 (0 where 自然人 is 1); 沐阳县 2025's applicant columns below 新收 (the OCR re-heads them).
// 洪泽区 2024's prose says 区政府办 受理 17 件 where its table's 新收 is 95: a question on 受理 may state either.
//
// First-run fixes (set errors only, each marked "first-run fix"; first run on main at 576ae25: 90.0%, 289/321, 9
// wrong numbers): the pass words of a 勾稽 check lacked 通过 / passes (Q-E04, Q-E08, Q-G01, Q-V15.4); an all-zero reply
// may state the count of reports it looked at (Q-G04); an equality reply may state the difference 0 (Q-G07); a
// zero-list may print the row's other figures (Q-G11); 有几个区政府的报告 may count reports (Q-L02); an English
// reply may name the organ in Chinese (Q-E05); 江苏省 may be asked back (Q-D16).
import { difference, shareOf, sum } from './builders.js';
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
  NOT_UNDERSTOOD,
  pct,
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

/** A quotient a ÷ b (operands may be stated). */
const quot = (a: number, b: number, also: readonly Figure[] = []): Expectation => ans([ratio(a / b)], [a, b, ...also]);
/** A change between two years: the difference, or the percentage, or both. */
const change = (from: number, to: number): Expect =>
  anyOf(difference(to, from), ...changeShares(from, to).map((c) => ans([c], [from, to, diff(to - from)])));
/** A percentage change asked for. */
const percentChange = (from: number, to: number): Expect =>
  anyOf(...changeShares(from, to).map((c) => ans([c], [from, to, diff(to - from)])));
/** A rate of one result column: over the printed 总计, or over the settled cases. */
const rate = (part: number, total: number, pending: number): Expect =>
  anyOf(shareOf(part, total, [pending]), ans([share(part, total - pending)], [part, total, pending, total - pending]));
// First-run fix: 通过 / passes were missing from the pass words (a reply saying the check passes was judged a miss).
const PASS_WORDS = ['一致', '相符', '成立', '相等', '平衡', '符合', '通过', 'balance', 'consistent', 'holds', 'pass'];
const FAIL_WORDS = [
  '不一致',
  '不相符',
  '不成立',
  '不相等',
  '不平衡',
  '不符',
  '不等',
  '未通过',
  '不通过',
  "doesn't",
  'does not',
  'not ',
  'fail',
];
/** A check (勾稽) that passes: the sum both sides come to, or a reply saying it passes. */
const balances = (total: number, parts: readonly number[]): Expect =>
  anyOf(
    ans([total], parts, { mustNotContain: FAIL_WORDS }),
    ...PASS_WORDS.map((word) => ans([], [total, ...parts], { mustContain: [word], mustNotContain: FAIL_WORDS })),
  );
/** A check (勾稽) that fails: the reply must say so. */
const fails = (figures: readonly number[]): Expect =>
  anyOf(...FAIL_WORDS.map((word) => ans([], figures, { mustContain: [word] })));
/** 去年 / 前年 read from the clock (2026) or with the store's latest year (2025) as this year. */
const eitherYear = (clock: Expect, store: Expect): Expect => {
  const flat = (e: Expect): readonly Expectation[] => ('anyOf' in e ? e.anyOf : [e]);
  return anyOf(...flat(clock), ...flat(store));
};
/** A misspelled or old name: answered with the figure, or asked back. */
const orAsk = (expectation: Expect): Expect =>
  anyOf(...('anyOf' in expectation ? expectation.anyOf : [expectation]), CLARIFY);
const ZERO_WORDS = [
  '没有',
  '都是0',
  '全是0',
  '全部为0',
  '均为0',
  '全为0',
  '都为0',
  '全部是0',
  '均为零',
  '都是零',
  '全为零',
];
/** Every figure asked about is 0: a reply that says so (it may state the 0). */
// First-run fix: the count of reports looked at ("在 1 份报告中") may be stated.
const allZero: Expect = anyOf(...ZERO_WORDS.map((word) => ans([], [0, 1], { mustContain: [word] })), ans([0], [1]));

// The figures, as printed (read off the report texts).
// 淮安市人民政府 2024 (huaian-city-2024-pdftext.txt)
const HA = {
  guizhang: [1, 0, 11], // 规章 本年制发 / 废止 / 现行有效
  guifan: [8, 26, 66], // 行政规范性文件
  xuke: 447228,
  chufa: 3985758,
  qiangzhi: 88283,
  shoufei: 96171.6, // 万元
  xinshou: 3119, // 3001 + 53 + 0 + 0 + 61 + 4
  ziranren: 3001,
  shangye: 53,
  falv: 61,
  qita: 4,
  jiezhuan: 34,
  yuyi: 1362,
  bufen: 454,
  buyu: [2, 31, 5, 6, 8, 12, 9, 105], // 不予公开 1–8: 178
  wufa: [769, 11, 1], // 781
  buchuli: [62, 25, 0, 0, 1], // 88
  qitachuli: [71, 6, 110], // 187
  zongji: 3050,
  xianian: 103,
  fuyi: [72, 64, 178, 37, 351], // 维持 纠正 其他 尚未审结 总计
  zhijie: [13, 4, 8, 1, 26],
  fuyihou: [12, 1, 1, 6, 20],
};
// 淮安市洪泽区人民政府 2024 (hongze-district-2024-pdftext.txt)
const HZ24 = {
  guifan: [3, 0, 8],
  xuke: 9487,
  chufa: 2776,
  qiangzhi: 84,
  shoufei: 7545, // 万元
  xinshou: 95,
  yuyi: 50,
  bufen: 9,
  buyu: [0, 0, 1, 0, 0, 1, 1, 0], // 3
  wufa: [31, 1, 0], // 32
  buchuli: [1, 0, 0, 0, 0], // 1
  zongji: 95,
  fuyi: [1, 1, 0, 0, 2],
  zhijie: [1, 0, 0, 0, 1],
  fuyihou: [2, 0, 1, 0, 3],
};
// 洪泽区人民政府 2023 (hongze-district-2023-layout.txt); table 四 not asked
const HZ23 = {
  guifan: [0, 5, 5],
  xuke: 550,
  chufa: 4119,
  qiangzhi: 195,
  shoufei: 7730.28, // 万元
  xinshou: 21,
  yuyi: 0,
  bufen: 4,
  buyu: [1, 0, 0, 0, 0, 1, 1, 0], // 3
  wufa: [10, 3, 0], // 13
  buchuli: [1, 0, 0, 0, 0], // 1
  zongji: 21,
};
// 沐阳县人民政府 2025 (shuyang-county-2025-ocr.txt; the county is 沭阳, the OCR writes 沐阳)
const SY = {
  guifan: [6, 1, 32],
  xuke: 517645,
  chufa: 693957,
  qiangzhi: 2154,
  shoufei: 4068.208, // 万元
  xinshou: 713, // 705 + 3 + 0 + 0 + 5 + 0
  ziranren: 705,
  jiezhuan: 36,
  yuyi: 294,
  bufen: 101,
  buyu: [0, 0, 2, 2, 13, 2, 4, 9], // 32
  wufa: [111, 2, 0], // 113
  buchuli: [12, 7, 0, 0, 0], // 19
  qitachuli: [9, 7, 143], // 159
  zongji: 718,
  xianian: 31,
  fuyi: [27, 10, 9, 15, 61],
  zhijie: [3, 0, 0, 0, 3],
  fuyihou: [8, 0, 1, 1, 10],
};
// 深圳市龙岗区 2022 (longgang-district-2022.txt, Traditional)
const LG = {
  guifan: [46, 11, 136],
  xuke: 16103,
  chufa: 34389,
  qiangzhi: 7749,
  shoufei: 2.22934, // 万元
  xinshou: 552, // 489 + 51 + 0 + 0 + 8 + 4
  ziranren: 489,
  shangye: 51,
  falv: 8,
  qita: 4,
  jiezhuan: 10,
  yuyi: 66,
  bufen: 36,
  buyu: [1, 0, 0, 7, 8, 10, 3, 1], // 30
  wufa: [283, 2, 0], // 285
  qitachuli: [2, 0, 116], // 118
  zongji: 535,
  xianian: 27,
  fuyi: [7, 2, 1, 5, 15],
  zhijie: [19, 0, 2, 11, 32],
  fuyihou: [4, 0, 0, 2, 6],
};
// 南山区 2020 (nanshan-district-2020.txt, the 2019 template; "/" is no figure)
const NS = {
  guifan: 8, // 本年新制作 8, 新公开 8, 对外公开总数量 8
  xuke: 8759, // 上一年 220, 减19
  qitaFuwu: 199956, // 其他对外管理服务事项; 上一年 430, 减124
  chufa: 1767, // 上一年 2,078, 增2,668
  qiangzhi: 159, // 上一年 96, 增89
  caigouItems: 2502,
  caigou: 170815.4, // 万元
  xinshou: 262, // 236 + 22 + 4
  ziranren: 236,
  shangye: 22,
  jiezhuan: 6,
  yuyi: 100,
  bufen: 49,
  guocheng: 4,
  buzhangwo: 51,
  lingxing: 1,
  xinfang: 1,
  chongfu: 4,
  qitachuli: 25,
  zongji: 235,
  xianian: 33,
  fuyi: 5, // 维持 5, 总计 5
  zhijie: [1, 1, 2], // 维持 1, 尚未审结 1, 总计 2
  fuyihou: 2, // 维持 2, 总计 2
};
// 龙岗区发展和改革局 2020 (2019 template): 4 + 0 ≠ 4 + 1, its 勾稽 fails
const FG = {
  guifan: 1,
  xuke: 12,
  xukePrev: 15,
  qitaFuwu: 949,
  caigouItems: 3,
  caigou: 5246500,
  xinshou: 4,
  yuyi: 2,
  bufen: 1,
  buzhangwo: 1,
  zongji: 4,
  xianian: 1,
  shoufeiPrev: 41,
};
// 龙华区政务服务数据管理局 2020: table 二 all 0 but 采购 9 项 456880 元; table 四 all 0
const LH = { xinshou: 1, caigouItems: 9, caigou: 456880 };
// 龙岗区政务服务数据管理局 2021: 行政规范性文件 1 / 0 / 1, every other figure 0
const add = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

export const FOURTEENTH_QUESTIONS: readonly SingleQuestion[] = [
  // Table 二, the real reports.
  lookup('Q-A01', '淮安市政府2024年规章现行有效件数是多少', ans([11])),
  lookup('Q-A02', '淮安2024年行政规范性文件本年废止了几件？', ans([26])),
  lookup('Q-A03', '请问淮安市人民政府2024年度行政许可的本年处理决定数量', ans([HA.xuke])),
  lookup('Q-A04', '淮安市2024行政处罚多少件', ans([HA.chufa])),
  lookup('Q-A05', '淮安市 2024 行政强制处理决定', ans([HA.qiangzhi])),
  lookup('Q-A06', '淮安市2024年行政事业性收费金额是多少万元', ans([wan(HA.shoufei)])),
  lookup('Q-A07', '洪泽区2024年行政规范性文件现行有效多少件', ans([8])),
  lookup('Q-A08', '洪泽区政府2024年本年制发的规范性文件', ans([3])),
  lookup('Q-A09', '洪泽2024年行政强制', ans([HZ24.qiangzhi])),
  lookup('Q-A10', '洪泽区2024年收了多少行政事业性收费', ans([wan(HZ24.shoufei)])),
  lookup('Q-A11', '洪泽区2023年行政规范性文件废止件数', ans([5])),
  lookup('Q-A12', '洪泽区2023年的行政许可处理决定数量是多少呀', ans([HZ23.xuke])),
  lookup('Q-A13', '洪泽区2023行政事业性收费', ans([wan(HZ23.shoufei)])),
  lookup('Q-A14', '沐阳县2025年行政规范性文件现行有效件数', ans([32])),
  lookup('Q-A15', '沐阳县2025年行政许可多少', ans([SY.xuke])),
  lookup('Q-A16', '麻烦查下沐阳县2025年的行政强制数量，谢谢', ans([SY.qiangzhi])),
  lookup('Q-A17', '沐阳县2025年行政事业性收费是多少', ans([wan(SY.shoufei)])),
  lookup('Q-A18', '龙岗区2022年行政规范性文件现行有效件数', ans([136])),
  lookup('Q-A19', '龙岗区政府2022年行政事业性收费金额', ans([wan(LG.shoufei)])),
  lookup('Q-A20', '南山区2020年政府集中采购总金额', ans([wan(NS.caigou)])),
  lookup('Q-A21', '南山区2020年政府集中采购项目数量', ans([NS.caigouItems])),
  lookup('Q-A22', '龙华区数据局2020年政府集中采购了多少钱', ans([yuan(LH.caigou)])),
  lookup('Q-A23', '龙岗区发改局2020年其他对外管理服务事项处理决定数量', ans([FG.qitaFuwu])),
  lookup('Q-A24', '龙岗区政务服务数据管理局2021年行政规范性文件现行有效件数', ans([1])),
  lookup('Q-A25', '淮安市2024年规章本年制发几件', ans([1])),
  // Table 四, the result columns.
  figure('Q-F01', '淮安市2024年行政复议结果纠正多少件', ans([64])),
  figure('Q-F02', '淮安市2024年行政复议尚未审结的有几件', ans([37])),
  figure('Q-F03', '淮安市2024年行政复议其他结果', ans([178])),
  figure('Q-F04', '淮安市2024年未经复议直接起诉的结果维持', ans([13])),
  figure('Q-F05', '淮安市2024年复议后起诉尚未审结多少', ans([6])),
  figure('Q-F06', '淮安2024复议后起诉总计', ans([20])),
  figure('Q-F07', '洪泽区2024年复议后起诉结果维持几件', ans([2])),
  figure('Q-F08', '洪泽区2024年复议后起诉的其他结果', ans([1])),
  figure('Q-F09', '洪泽区2024年行政复议结果纠正', ans([1])),
  figure('Q-F10', '沐阳县2025年行政复议尚未审结', ans([15])),
  figure('Q-F11', '沐阳县2025年行政复议结果维持多少件', ans([27])),
  figure('Q-F12', '沐阳县2025年复议后起诉结果维持', ans([8])),
  figure('Q-F13', '沐阳县2025年未经复议直接起诉的总计', ans([3])),
  figure('Q-F14', '龙岗区2022年未经复议直接起诉尚未审结多少', ans([11])),
  figure('Q-F15', '龙岗区2022年直接起诉结果维持', ans([19])),
  figure('Q-F16', '龙岗区2022年复议后起诉总计', ans([6])),
  figure('Q-F17', '龙岗区2022年行政复议尚未审结', ans([5])),
  figure('Q-F18', '南山区2020年未经复议直接起诉的总计是多少', ans([2])),
  figure('Q-F19', '南山区2020年行政复议结果维持', ans([5])),
  figure('Q-F20', '淮安市2024年行政诉讼一共多少件', ans([46], [26, 20]), {
    note: '26 + 20; the prose says 46 too',
  }),
  // Table 三 sub-rows and applicant columns.
  figure('Q-S01', '淮安市2024年属于行政查询事项的不予公开有多少', ans([105])),
  figure('Q-S02', '淮安市2024年其他法律行政法规禁止公开的', ans([31])),
  figure('Q-S03', '淮安市2024年本机关不掌握相关政府信息多少件', ans([769])),
  figure('Q-S04', '淮安市2024年信访举报投诉类申请几件', ans([62])),
  figure('Q-S05', '淮安市2024年重复申请', ans([25])),
  figure('Q-S06', '淮安市2024年结转下年度继续办理多少', ans([HA.xianian])),
  figure('Q-S07', '淮安市2024年上年结转政府信息公开申请数量', ans([HA.jiezhuan])),
  figure('Q-S08', '淮安市2024年新收申请里法律服务机构有多少', ans([HA.falv])),
  figure('Q-S09', '淮安市2024年商业企业新收的申请', ans([HA.shangye])),
  figure('Q-S10', '淮安市2024年的申请人是“其他”的新收申请有几个', ans([HA.qita]), {
    note: 'the 其他 column under 法人或其他组织',
  }),
  figure('Q-S11', '淮安市2024年科研机构新收申请数', ans([0])),
  figure('Q-S12', '淮安市2024年社会公益组织新收多少', ans([0])),
  figure('Q-S13', '淮安市2024年（七）总计多少', ans([HA.zongji])),
  figure('Q-S14', '洪泽区2024年本机关不掌握相关政府信息', ans([31])),
  figure('Q-S15', '洪泽区2024年部分公开多少', ans([HZ24.bufen])),
  figure('Q-S16', '洪泽区2023年没有现成信息需要另行制作的有几件', ans([3])),
  figure('Q-S17', '洪泽区2023年部分公开', ans([HZ23.bufen])),
  figure('Q-S18', '洪泽区2023年属于国家秘密的不予公开', ans([1])),
  figure('Q-S19', '沐阳县2025年属于三类内部事务信息的有多少', ans([13])),
  figure('Q-S20', '沐阳县2025年结转下年度继续办理', ans([SY.xianian])),
  figure('Q-S21', '沐阳县2025年上年结转的申请数量', ans([SY.jiezhuan])),
  figure('Q-S22', '沐阳县2025年重复申请几件', ans([7])),
  figure('Q-S23', '龙岗区2022年保护第三方合法权益不予公开多少', ans([7])),
  figure('Q-S24', '龙岗区2022年其他处理里的“其他”一项', ans([116])),
  figure('Q-S25', '南山区2020年其他处理多少', ans([NS.qitachuli])),
  figure('Q-S26', '南山区2020年结转下年度继续办理', ans([NS.xianian])),
  figure('Q-S27', '南山区2020年新收申请中商业企业的数量', ans([NS.shangye])),
  // Printed labels, verbatim.
  figure(
    'Q-P01',
    '淮安市2024年“申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”是多少',
    ans([6]),
  ),
  figure('Q-P02', '淮安市2024年 要求行政机关确认或重新出具已获取信息 有几件', ans([1])),
  figure('Q-P03', '沐阳县2025年申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请的数量', ans([9])),
  figure('Q-P04', '龙岗区2022年（二）部分公开（区分处理的，只计这一情形，不计其他情形）总计多少', ans([LG.bufen])),
  figure('Q-P05', '洪泽区2024年 一、本年新收政府信息公开申请数量', ans([HZ24.xinshou])),
  // Arithmetic.
  arithmetic('Q-M01', '淮安市2024年重复申请和信访举报投诉类申请加起来多少', sum([25, 62])),
  arithmetic('Q-M02', '沐阳县2025年三类内部事务信息加四类过程性信息一共几件', sum([13, 2])),
  arithmetic('Q-M03', '淮安市2024年行政复议维持比纠正多几件', difference(72, 64)),
  arithmetic('Q-M04', '沐阳县2025年行政复议结果维持和结果纠正差多少', difference(27, 10)),
  arithmetic('Q-M05', '淮安市2024年予以公开占予以公开和部分公开之和的比例', shareOf(1362, 1816, [454]), {
    note: '1362 / (1362 + 454) = 75.00%',
  }),
  arithmetic('Q-M06', '淮安市2024年行政复议的纠正率是多少', rate(64, 351, 37), {
    note: '64/351 = 18.23%, 64/314 = 20.38%',
  }),
  arithmetic('Q-M07', '沐阳县2025年行政复议维持率', rate(27, 61, 15), { note: '27/61 = 44.26%, 27/46 = 58.70%' }),
  arithmetic('Q-M08', '淮安市2024年的行政复议是洪泽区2024年的几倍', quot(351, 2)),
  arithmetic(
    'Q-M09',
    '2024年两份报告的行政处罚平均每份多少',
    ans([1994267], [HA.chufa, HZ24.chufa, HA.chufa + HZ24.chufa]),
    {
      note: '(3985758 + 2776) / 2',
    },
  ),
  arithmetic('Q-M10', '洪泽区行政处罚2023到2024年变化了多少', change(4119, 2776)),
  arithmetic('Q-M11', '洪泽区2024年新收申请比2023年增长了百分之几', percentChange(21, 95), { note: '+352.38%' }),
  arithmetic('Q-M12', '沐阳县2025年予以公开占总计几成', shareOf(294, 718), { note: '40.95%' }),
  arithmetic('Q-M13', '2020年三家单位的新收申请一共多少', ans([267], [262, 4, 1], { reportsCompared: [3] }), {
    note: '南山 262 + 龙岗发改 4 + 龙华数据 1',
  }),
  arithmetic('Q-M14', '龙岗区2022年不予公开一共多少件', ans([30], LG.buyu), { note: '1+0+0+7+8+10+3+1' }),
  arithmetic('Q-M15', '淮安市2024年无法提供的三项加起来', sum(HA.wufa)),
  arithmetic('Q-M16', '淮安市2024年行政复议加上行政诉讼一共多少件', ans([397], [351, 46, 26, 20]), {
    note: '351 + 26 + 20',
  }),
  arithmetic('Q-M17', '洪泽区2024年行政处罚和行政强制的合计', sum([2776, 84])),
  arithmetic('Q-M18', '淮安市2024年规范性文件废止比制发多了几件', difference(26, 8)),
  arithmetic(
    'Q-M19',
    '洪泽区行政事业性收费2024年比2023年少了多少万元',
    anyOf(
      ans([diff(1852800)], [wan(7730.28), wan(7545), ...changeShares(7730.28, 7545)]),
      ans([yuan(1852800)], [wan(7730.28), wan(7545), ...changeShares(7730.28, 7545)]),
    ),
    {
      note: '7730.28 − 7545 = 185.28 万元',
    },
  ),
  arithmetic('Q-M20', '淮安市2024年不予公开占总计的比重', shareOf(178, 3050), { note: '5.84%' }),
  arithmetic('Q-M21', '沐阳县2025年复议和诉讼合计多少件', ans([74], [61, 3, 10, 13]), {
    note: '61 + 3 + 10, the prose says 74',
  }),
  arithmetic('Q-M22', '龙岗区2022年直接起诉的尚未审结占直接起诉总计的百分比', shareOf(11, 32), { note: '34.38%' }),
  arithmetic(
    'Q-M23',
    '南山区2020年平均每个政府集中采购项目多少钱',
    ans([ratio(1708154000 / 2502)], [wan(NS.caigou), 2502]),
    {
      note: '170815.4 万元 / 2502 ≈ 682715 元',
    },
  ),
  // Figures no table holds, and places or reports the store does not hold.
  notInTables('Q-N01', '淮安市2024年依申请公开的平均答复天数是多少', SAFE),
  notInTables('Q-N02', '洪泽区2024年行政复议平均审理了多久', SAFE),
  notInTables('Q-N03', '2024年哪个单位每千件申请的复议数最多', SAFE, { note: 'no table figure (brief)' }),
  notInTables('Q-N04', '龙岗区2022年信息公开工作人员有多少人', SAFE),
  notInTables('Q-N05', '沐阳县2025年行政诉讼的败诉金额', SAFE),
  notInTables('Q-N06', '淮安市2024年政府信息公开的预算经费多少', SAFE),
  noData('Q-D01', '北京市2023年政府信息公开申请多少件', NO_DATA),
  noData('Q-D02', '广东省政府2022年的行政复议数量', NO_DATA),
  noData('Q-D03', '上海市浦东新区2024年行政许可', NO_DATA),
  noData('Q-D04', '江苏省人民政府2024年新收申请', NO_DATA),
  noData('Q-D05', '淮安市2023年行政处罚多少', NO_DATA),
  noData('Q-D06', '洪泽区2022年的行政复议', NO_DATA),
  noData('Q-D07', '沐阳县2024年予以公开多少', NO_DATA),
  noData('Q-D08', '南山区2022年新收申请', NO_DATA),
  noData('Q-D09', '淮安市清江浦区2024年行政强制', NO_DATA),
  noData('Q-D10', '龙岗区2023年行政规范性文件', NO_DATA),
  // Chat.
  chat('Q-C01', '你好呀👋', CHAT),
  chat('Q-C02', '辛苦了，谢谢🙏', CHAT),
  chat('Q-C03', '你能帮我查些什么？', CHAT),
  // Traditional, English, misspellings and old names, relative years, rankings, filters, checks, zero-lists.
  traditional('Q-T01', '淮安市2024年行政復議結果糾正多少件', ans([64])),
  traditional('Q-T02', '龍崗區2022年未經復議直接起訴的總計是多少', ans([32])),
  traditional('Q-T03', '洪澤區2024年行政許可處理決定數量', ans([HZ24.xuke])),
  traditional('Q-T04', '沐陽縣2025年不予公開裡屬於行政查詢事項的有幾件', ans([9])),
  english(
    'Q-E01',
    "How many administrative reconsideration cases did Huai'an city government have in 2024?",
    ans([351]),
  ),
  english(
    'Q-E02',
    "What share of Hongze district's 2024 requests were fully disclosed?",
    shareOf(50, 95),
    '50 / 95 = 52.63%',
  ),
  english('Q-E03', 'Sum of administrative penalties of Hongze district in 2023 and 2024', sum([4119, 2776])),
  english(
    'Q-E04',
    "Does Longgang district's 2022 table 3 balance (new + carried over = handled + carried forward)?",
    balances(562, [552, 10, 535, 27]),
  ),
  misspelling('Q-Y01', '洪泽县2024年行政处罚多少', orAsk(ans([HZ24.chufa])), {
    note: '洪泽县 is the old name (before 2016)',
  }),
  misspelling('Q-Y02', '淮阴市2024年行政许可', orAsk(ans([HA.xuke])), { note: '淮阴市, 淮安市 before 2001' }),
  misspelling('Q-Y03', '沭阳县2025年行政复议总计', orAsk(ans([61])), {
    note: '沭阳 is the true name; the OCR writes 沐阳',
  }),
  misspelling('Q-Y04', '龙刚区2022年行政强制', orAsk(ans([LG.qiangzhi]))),
  misspelling('Q-Y05', '淮安市2024年行政复意结果纠正', orAsk(ans([64]))),
  relativeYear('Q-R01', '沐阳县去年的行政许可多少', eitherYear(ans([SY.xuke]), NO_DATA)),
  relativeYear('Q-R02', '洪泽区前年的行政处罚', eitherYear(ans([HZ24.chufa]), ans([HZ23.chufa]))),
  relativeYear('Q-R03', '淮安市去年行政复议总计', eitherYear(NO_DATA, ans([351]))),
  ranking('Q-K01', '2024年哪个单位行政复议最多', ans([351], [2], { mustContain: ['淮安'], reportsCompared: [2] })),
  ranking(
    'Q-K02',
    '2020年哪个部门政府集中采购金额最高',
    ans([yuan(FG.caigou)], [yuan(LH.caigou)], { mustContain: ['发展和改革'], reportsCompared: [2] }),
    {
      note: '部门 of 2020: 龙岗区发展和改革局 5246500 元, 龙华区数据局 456880 元',
    },
  ),
  filter(
    'Q-L01',
    '2020年区级部门里行政许可最多的是哪个',
    ans([FG.xuke], [0], { mustContain: ['发展和改革'], reportsCompared: [2] }),
  ),
  filter('Q-L02', '有几个区政府的报告', anyOf(ans([3], [4]), ans([4], [3])), {
    note: '龙岗, 南山, 洪泽 (洪泽 twice: 4 reports). First-run fix: the question may ask the organs (3) or their reports (4)',
  }),
  figure('Q-G01', '洪泽区2024年的表三勾稽关系对得上吗', balances(95, [95, 0])),
  figure('Q-G02', '龙岗区发改局2020年第一项加第二项等于第三项加第四项吗', fails([4, 0, 1, 5]), {
    note: '4 + 0 = 4 ≠ 4 + 1 = 5',
  }),
  figure('Q-G03', '龙华区数据局2020年的行政复议和行政诉讼是不是全是0', allZero),
  figure('Q-G04', '龙岗区数据局2021年表三有没有不为零的数', allZero),
  figure('Q-G05', '淮安市2024年不予处理里的数字加起来是多少', ans([add(HA.buchuli)], HA.buchuli)),
  crossed('Q-X01', '龙岗区2020年行政许可多少', SAFE, { note: '龙岗区政府 2020 not held (only its 发改局)' }),
  crossed('Q-X02', '南山区2024年和淮安市2020年的行政处罚', SAFE, { note: 'neither pair is held' }),
  outOfScope('Q-O01', '帮我写一首关于政务公开的诗', anyOf(NOT_UNDERSTOOD, CHAT, SAFE)),
  outOfScope('Q-O02', '明天深圳天气怎么样', anyOf(NOT_UNDERSTOOD, CHAT, SAFE)),
  arithmetic('Q-M24', '洪泽区2024年予以公开占新收的比例', ans([pct(52.63)], [50, 95])),
  // Second part. Table 二, more rows.
  lookup('Q-A26', '沐阳县2025年行政规范性文件本年制发件数', ans([6])),
  lookup('Q-A27', '沐阳县2025年规范性文件废止了几件', ans([1])),
  lookup('Q-A28', '沐阳县2025年行政处罚处理决定数量', ans([SY.chufa])),
  lookup('Q-A29', '龙岗区2022年行政许可本年处理决定数量', ans([LG.xuke])),
  lookup('Q-A30', '龙岗区2022年本年制发的行政规范性文件', ans([46])),
  lookup('Q-A31', '南山区2020年行政强制处理决定数量', ans([NS.qiangzhi])),
  lookup('Q-A32', '龙岗区发展和改革局2020年政府集中采购总金额', ans([yuan(FG.caigou)])),
  lookup('Q-A33', '龙华区政务服务数据管理局2020年政府集中采购项目数量', ans([LH.caigouItems])),
  lookup('Q-A34', '淮安市2024年行政规范性文件现行有效多少件', ans([66])),
  lookup('Q-A35', '洪泽区2023年行政强制多少', ans([HZ23.qiangzhi])),
  // Numbers written in Chinese, voice run-ons.
  lookup('Q-W01', '二〇二四年淮安市行政强制多少', ans([HA.qiangzhi])),
  lookup('Q-W02', '两千零二十二年龙岗区的行政处罚', ans([LG.chufa])),
  figure('Q-W03', '二零二五年沐阳县复议后起诉尚未审结的有几件', ans([1])),
  figure('Q-W04', '那个淮安市二零二四年的那个复议后起诉的结果纠正是多少来着我记不清了', ans([1])),
  lookup('Q-W05', '洪泽区二四年行政许可是多少啊然后那个行政处罚也说一下', ans([HZ24.xuke, HZ24.chufa])),
  // 同比 / 环比, 占比 / 比重 / 几成, 历年.
  arithmetic('Q-M25', '洪泽区2024年行政强制同比变化多少', change(195, 84)),
  arithmetic('Q-M26', '淮安市2024年行政许可同比增长多少', SAFE, { note: 'no 淮安市 2023 report' }),
  arithmetic('Q-M27', '龙岗区2022年申请量同比增长了多少', anyOf(ans([pct(187.5)]), SAFE), {
    note: 'printed only in the prose (同比去年增长187.5%); no 2021 report of 龙岗区',
  }),
  arithmetic('Q-M28', '龙岗区2022年无法提供占总计的比重', shareOf(285, 535, [283, 2, 0]), { note: '53.27%' }),
  arithmetic('Q-M29', '淮安市2024年自然人新收占新收总数的几成', shareOf(3001, 3119), { note: '96.22%' }),
  arithmetic('Q-M30', '沐阳县2025年不予处理占总计的占比', shareOf(19, 718, SY.buchuli), { note: '2.65%' }),
  arithmetic('Q-M31', '2024年市区两级的行政许可合计', anyOf(sum([HA.xuke, HZ24.xuke]), CLARIFY), {
    note: '淮安市 447228 + 洪泽区 9487 = 456715; the city figure may already hold the district',
  }),
  arithmetic('Q-M32', '淮安市2024年行政处罚是洪泽区2024年的多少倍', quot(HA.chufa, HZ24.chufa), { note: '1435.79' }),
  arithmetic('Q-M33', '淮安市2024年不予处理和其他处理加起来', sum([88, 187])),
  arithmetic('Q-M34', '南山区2020年予以公开和部分公开一共多少', sum([100, 49])),
  arithmetic('Q-M35', '洪泽区2023年和2024年的新收申请平均每年多少', ans([58], [21, 95, 116]), {
    note: '(21 + 95) / 2',
  }),
  lookup('Q-H01', '洪泽区历年的行政许可', ans([HZ23.xuke, HZ24.xuke], [diff(8937)])),
  lookup('Q-H02', '淮安市历年的行政复议总计', ans([351])),
  lookup('Q-H03', '沐阳县历年新收申请', ans([SY.xinshou])),
  // Lists and counts over the store; levels; two filters.
  filter('Q-L03', '库里有多少家单位的报告', ans([8], [9]), { note: '8 organs, 9 reports (洪泽区 twice)' }),
  filter('Q-L04', '哪些报告是2020年的', ans([], [3], { mustContain: ['南山', '发展和改革', '龙华'] })),
  filter('Q-L05', '2024年的报告有几份', ans([2])),
  filter('Q-L06', '列一下所有的部门报告', ans([], [3], { mustContain: ['发展和改革', '龙华', '数据'] })),
  filter('Q-L07', '有几个县的报告', ans([1])),
  filter('Q-L08', '深圳的报告有几份', ans([5])),
  filter('Q-L09', '淮安的报告有几份', anyOf(ans([3], [1, 2]), CLARIFY), { note: '淮安市 2024 and 洪泽区 2023, 2024' }),
  filter('Q-L10', '2024年区级政府里行政复议最多的是哪个', ans([2], [], { mustContain: ['洪泽'] })),
  filter('Q-L11', '2020年区政府里新收最多的', ans([262], [], { mustContain: ['南山'] })),
  ranking(
    'Q-K03',
    '淮安市2024年不予公开里最多的是哪一项',
    ans([105], [...HA.buyu, 178], { mustContain: ['行政查询'] }),
  ),
  ranking('Q-K04', '2020年哪家新收申请最少', ans([1], [262, 4], { mustContain: ['龙华'], reportsCompared: [3] })),
  ranking(
    'Q-K05',
    '2024年哪个单位不予公开的比重最高',
    anyOf(
      ans([share(178, 3050)], [178, 3050, 3, 95, share(3, 95)], { mustContain: ['淮安'] }),
      ans([share(178, 3119)], [178, 3119, 3, 95, share(3, 95)], { mustContain: ['淮安'] }),
      CLARIFY,
    ),
    { note: '淮安 178/3050 = 5.84% (or of 新收 5.71%), 洪泽 3/95 = 3.16%' },
  ),
  ranking(
    'Q-K06',
    '2024年哪个单位行政复议被纠正的比例最高',
    ans([pct(50)], [1, 2, 64, 351, 314, share(64, 351), share(64, 314)], { mustContain: ['洪泽'] }),
    {
      note: '洪泽 1/2 = 50%, 淮安 64/351 = 18.23% (64/314 = 20.38%)',
    },
  ),
  figure('Q-J01', '淮安市2024年政府打官司输了几次', anyOf(ans([5], [4, 1]), CLARIFY), { note: '诉讼 纠正: 4 + 1' }),
  // Equality, negation, quotes.
  figure('Q-G06', '淮安市2024年新收和总计是不是一样', ans([3119, 3050], [diff(69)], { mustContain: ['不'] })),
  figure(
    'Q-G07',
    '洪泽区2024年新收申请数等不等于办理总计',
    ans([95], [0, diff(0)], { mustNotContain: ['不一样', '不相等', '不等于'] }), // first-run fix: the difference 0 may be stated
  ),
  figure('Q-G08', '洪泽区2024年不予公开的各项不是全是0吧', ans([1], [0, 3])),
  figure('Q-G09', '龙岗区2022年「其他」处理一共多少', ans([118], LG.qitachuli)),
  figure('Q-G10', '淮安市2024年行政复议里"其他结果"有多少', ans([178])),
  figure(
    'Q-G11',
    '淮安2024年不予处理里哪些是0',
    ans([], [0, 88, ...HA.buchuli], { mustContain: ['公开出版物', '大量反复'] }),
    {
      note: "first-run fix: the row's other printed figures (88 = 62 + 25 + 0 + 0 + 1) may be listed beside the zeros",
    },
  ),
  // English, Traditional with Simplified mixed in.
  english(
    'Q-E05',
    'Which 2024 report had the most administrative licensing decisions?',
    anyOf(
      ans([HA.xuke], [HZ24.xuke], { mustContain: ['Huai'], reportsCompared: [2] }),
      ans([HA.xuke], [HZ24.xuke], { mustContain: ['淮安'], reportsCompared: [2] }),
    ), // first-run fix: the organ's name may be written as the store holds it (淮安市人民政府)
  ),
  english(
    'Q-E06',
    'What percentage of Muyang county reconsiderations in 2025 were corrected?',
    rate(10, 61, 15),
    '10/61 = 16.39%, 10/46 = 21.74%',
  ),
  english('Q-E07', 'How many information requests did Beijing receive in 2023?', NO_DATA),
  english('Q-E08', 'Is the Nanshan 2020 table 3 balanced?', balances(268, [262, 6, 235, 33])),
  english('Q-E09', 'Hongze 2024 lawsuits after reconsideration, how many were upheld?', ans([2])),
  traditional('Q-T05', '洪澤区2023年行政处罰多少', ans([HZ23.chufa])),
  traditional('Q-T06', '淮安市2024年結轉下年度繼續辦理', ans([HA.xianian])),
  traditional('Q-T07', '南山區2020年政府集中採購金額', ans([wan(NS.caigou)])),
  // Typos and old names.
  misspelling('Q-Y06', '淮按市2024年行政强制', orAsk(ans([HA.qiangzhi]))),
  misspelling('Q-Y07', '洪则区2024年行政许可', orAsk(ans([HZ24.xuke]))),
  misspelling('Q-Y08', '南删区2020年新收申请', orAsk(ans([NS.xinshou]))),
  misspelling('Q-Y09', '龙花区数据局2020年政府集中采购金额', orAsk(ans([yuan(LH.caigou)]))),
  misspelling('Q-Y10', '龙岗区发该局2020年行政许可', orAsk(ans([FG.xuke]))),
  misspelling('Q-Y11', '沐阳县2025年行政处法多少', orAsk(ans([SY.chufa]))),
  misspelling('Q-Y12', '淮安市2024年规范型文件废止', orAsk(ans([26]))),
  misspelling('Q-Y13', '南山区2020年政府集中采构金额', orAsk(ans([wan(NS.caigou)]))),
  // No data; figures no table holds; unclear.
  noData('Q-D11', '宝安区2022年行政许可', NO_DATA),
  noData('Q-D12', '深圳市政府2022年新收申请', NO_DATA),
  noData('Q-D13', '淮安市淮阴区2024年的行政复议', NO_DATA),
  noData('Q-D14', '淮安市洪泽区高良涧街道办事处2024年新收申请', NO_DATA),
  noData('Q-D15', '宿迁市2025年行政许可', NO_DATA),
  noData('Q-D16', '江苏省2024年行政复议总计', SAFE, {
    note: "first-run fix: 江苏省 may mean the province's government (not held) or the Jiangsu reports, so asking back is right too",
  }),
  noData('Q-D17', '龙华区政府2020年新收申请', SAFE, { note: 'only 龙华区政务服务数据管理局 is held' }),
  noData('Q-D18', '龙岗区数据局2022年的报告', NO_DATA),
  notInTables('Q-N07', '淮安市2024年政府网站访问量', SAFE),
  notInTables('Q-N08', '龙岗区2022年网上申请的数量', anyOf(ans([488]), SAFE), { note: 'prose only: 网络申请488件' }),
  notInTables('Q-N09', '淮安市2024年信息处理费收了多少', anyOf(ans([yuan(3940)]), SAFE), {
    note: 'prose only: 3940 元',
  }),
  notInTables('Q-N10', '洪泽区2024年复议纠错率在全省排第几', SAFE),
  notInTables('Q-N11', '沐阳县2025年每个工作人员办了多少件申请', SAFE),
  notInTables('Q-N12', '那个数是多少', SAFE),
  notInTables('Q-N13', '2024年的比例', SAFE),
  chat('Q-C04', '👍', CHAT),
  chat('Q-C05', '好的明白了', CHAT),
  chat('Q-C06', 'help', CHAT),
];

const conversation = (id: string, turns: Conversation['turns'], note?: string): Conversation => ({
  id,
  class: 'conversation',
  turns,
  ...(note ? { note } : {}),
});

export const FOURTEENTH_CONVERSATIONS: readonly Conversation[] = [
  conversation('Q-V01', [
    { question: '淮安市2024年行政复议总计多少', expect: ans([351]) },
    { question: '其中结果纠正的呢', expect: ans([64]) },
    { question: '纠正率是多少', expect: rate(64, 351, 37) },
    { question: '那洪泽区呢', expect: anyOf(shareOf(1, 2), ans([1], [2])), note: '洪泽区 2024: 1 / 2' },
  ]),
  conversation('Q-V02', [
    { question: '洪泽区2023年行政处罚多少', expect: ans([4119]) },
    { question: '2024年呢', expect: ans([2776]) },
    { question: '差了几个', expect: difference(4119, 2776) },
    { question: '下降了百分之几', expect: percentChange(4119, 2776) },
  ]),
  conversation('Q-V03', [
    { question: '龙岗区2022年新收申请多少', expect: ans([552]) },
    { question: '其中法律服务机构的', expect: ans([8]) },
    { question: '占比多少', expect: shareOf(8, 552), note: '1.45%' },
    { question: '重新开始', expect: CHAT },
    { question: '差了几个', expect: SAFE, note: 'nothing carried after 重新开始' },
  ]),
  conversation('Q-V04', [
    { question: '沐阳县2025年复议后起诉总计', expect: ans([10]) },
    { question: '直接起诉呢', expect: ans([3]) },
    { question: '两者加起来', expect: sum([10, 3]) },
    { question: '再加上行政复议的总计呢', expect: sum([10, 3, 61], [13]) },
  ]),
  conversation('Q-V05', [
    { question: '南山区2020年政府集中采购金额', expect: ans([wan(NS.caigou)]) },
    { question: '项目数量呢', expect: ans([2502]) },
    { question: '平均每个项目多少钱', expect: ans([ratio(1708154000 / 2502)], [wan(NS.caigou), 2502]) },
  ]),
  conversation('Q-V06', [
    { question: '淮安市2024年规章现行有效多少', expect: ans([11]) },
    { question: '本年制发呢', expect: ans([1]) },
    { question: '那行政规范性文件的本年制发', expect: ans([8]) },
    {
      question: '前者是后者的百分之几',
      expect: anyOf(shareOf(1, 8), shareOf(11, 8), CLARIFY),
      note: '前者 = 规章制发 1 (or 11), 后者 = 8',
    },
  ]),
  conversation('Q-V07', [
    { question: '龙岗 2022 applications多少', expect: ans([552]) },
    { question: 'And Nanshan in 2020?', expect: ans([262]), replyIn: 'en' },
    { question: '差多少', expect: difference(552, 262) },
    { question: '前者是后者的几倍', expect: quot(552, 262) },
  ]),
  conversation('Q-V08', [
    { question: '洪泽区2024年行政许可多少', expect: ans([9487]) },
    { question: '上一年呢', expect: ans([550]) },
    { question: '增长了百分之多少', expect: percentChange(550, 9487), note: '+1624.91%' },
  ]),
  conversation('Q-V09', [
    { question: '淮安市2024年行政强制多少', expect: ans([88283]) },
    { question: '库里一共有几份报告', expect: ans([9], [8]) },
    { question: '那洪泽区2024年的行政强制呢', expect: ans([84]) },
    { question: '两个加起来', expect: sum([88283, 84]) },
  ]),
  conversation('Q-V10', [
    { question: '洪泽区2024年未经复议直接起诉总计', expect: ans([1]) },
    { question: '复议后起诉呢', expect: ans([3]) },
    { question: '加起来多少', expect: sum([1, 3]) },
    { question: '这两项的结果维持加起来呢', expect: sum([1, 2], [4]) },
  ]),
  conversation('Q-V11', [
    { question: "How many reconsideration cases were upheld for Huai'an in 2024?", expect: ans([72]), replyIn: 'en' },
    { question: '那纠正的呢', expect: ans([64]) },
    { question: '两者占复议总计的比重', expect: shareOf(136, 351, [72, 64]), note: '(72 + 64) / 351 = 38.75%' },
  ]),
  conversation('Q-V12', [
    { question: '淮安市2024年予以公开多少', expect: ans([1362]) },
    { question: '2023年呢', expect: NO_DATA },
    { question: '那洪泽区2024年的', expect: ans([50]) },
    { question: '和淮安的差多少', expect: difference(1362, 50) },
  ]),
  conversation('Q-V13', [
    { question: '龙岗区2022年直接起诉尚未审结多少', expect: ans([11]) },
    { question: '占直接起诉总计的几成', expect: shareOf(11, 32) },
    { question: '复议后起诉呢', expect: anyOf(shareOf(2, 6), ans([2], [6])), note: '2 / 6 = 33.33%' },
  ]),
  conversation('Q-V14', [
    { question: '沐阳县2025年不予公开多少', expect: ans([32], SY.buyu) },
    { question: '其中三类内部事务信息', expect: ans([13]) },
    { question: '其余几项加起来是多少', expect: ans([19], [32, 13, 0, 2, 4, 9]) },
  ]),
  conversation('Q-V15', [
    { question: '龙岗区发改局2020年新收申请', expect: ans([4]) },
    { question: '结转下年度继续办理呢', expect: ans([1]) },
    { question: '勾稽关系平衡吗', expect: fails([4, 0, 1, 5]) },
    { question: '那南山区2020年的呢', expect: balances(268, [262, 6, 235, 33]) },
  ]),
  conversation('Q-V16', [
    { question: '南山区2020年行政许可处理决定数量', expect: ans([8759]) },
    { question: '上一年项目数量呢', expect: ans([220]) },
    { question: '本年增减是多少', expect: ans([diff(-19)]) },
  ]),
  conversation('Q-V17', [
    { question: '2024年有哪些报告', expect: ans([], [2], { mustContain: ['淮安', '洪泽'] }) },
    { question: '它们的行政复议加起来', expect: sum([351, 2]) },
    { question: '前者占多少', expect: shareOf(351, 353, [2]), note: '99.43%' },
  ]),
  conversation('Q-V18', [
    { question: '洪泽区2023年无法提供多少', expect: ans([13], HZ23.wufa) },
    { question: '2024呢', expect: ans([32], HZ24.wufa) },
    { question: '变化百分比', expect: percentChange(13, 32), note: '+146.15%' },
    { question: '重新开始', expect: CHAT },
    { question: '那2024年的呢', expect: SAFE },
  ]),
  conversation('Q-V19', [
    { question: '淮安市2024年行政诉讼一共多少', expect: ans([46], [26, 20]) },
    { question: '维持的呢', expect: ans([25], [13, 12]) },
    { question: '维持率', expect: rate(25, 46, 7), note: '25/46 = 54.35%, 25/39 = 64.10%' },
  ]),
  conversation('Q-V20', [
    { question: '龙华区数据局2020年政府集中采购项目', expect: ans([9]) },
    { question: '金额呢', expect: ans([yuan(456880)]) },
    {
      question: '和龙岗发改局2020年比谁多',
      expect: ans([yuan(5246500)], [yuan(456880), 3, 9, diff(4789620)], { mustContain: ['龙岗'] }),
    },
    { question: '差多少', expect: difference(5246500, 456880) },
  ]),
  conversation('Q-V21', [
    { question: '洪泽区历年行政规范性文件本年制发', expect: ans([0, 3]) },
    { question: '废止呢', expect: ans([5, 0]) },
    { question: '那现行有效呢', expect: ans([5, 8]) },
  ]),
  conversation('Q-V22', [
    {
      question: '淮安市2024年不予公开里最多的是哪一项',
      expect: ans([105], [...HA.buyu, 178], { mustContain: ['行政查询'] }),
    },
    { question: '第二多的呢', expect: ans([31], [105, 178], { mustContain: ['禁止公开'] }) },
    { question: '两者加起来', expect: sum([105, 31]) },
    {
      question: 'In English: what share of all withheld (不予公开) is that?',
      expect: shareOf(136, 178, [105, 31]),
      replyIn: 'en',
      note: '76.40%',
    },
  ]),
  conversation('Q-V23', [
    { question: '沐阳县2025年行政处罚', expect: ans([SY.chufa]) },
    { question: '淮安市2024年呢', expect: ans([HA.chufa]) },
    {
      question: '这两家谁多',
      expect: ans([HA.chufa], [SY.chufa, diff(HA.chufa - SY.chufa)], { mustContain: ['淮安'] }),
    },
    {
      question: '差几倍',
      expect: anyOf(quot(HA.chufa, SY.chufa), ans([ratio(HA.chufa / SY.chufa - 1)], [HA.chufa, SY.chufa]), CLARIFY),
    },
  ]),
  conversation('Q-V24', [
    { question: '南山区2020年予以公开', expect: ans([100]) },
    { question: '部分公开呢', expect: ans([49]) },
    { question: '它们占总计的比例', expect: shareOf(149, 235, [100, 49]), note: '63.40%' },
    {
      question: '换成龙岗区2022年',
      expect: anyOf(shareOf(102, 535, [66, 36]), ans([66, 36]), CLARIFY),
      note: '(66 + 36) / 535 = 19.07%',
    },
  ]),
];
