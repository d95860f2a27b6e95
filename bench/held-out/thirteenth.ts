// A thirteenth held-out set (`npm run held-out -- --set thirteenth`), written on 2026-12-07 (begun 16:05 UTC by
// `date -u`), blind: without reading src/answers, test/answers or the earlier sets' questions (only expect.ts,
// score.ts, store.ts, run.ts and the opening lines of twelfth.ts for the shape), and before the engine was run on any
// of it. The first twelve sets have been fixed against; this one gives the honest figure. Same store (five sample
// reports, four real text reports: 淮安市 2024, 洪泽区 2023 and 2024, 沐阳县 2025), same scoring. Every expected value
// was read off the report text (data/reports, test/fixtures/real-reports); sums, shares, quotients and changes are
// written as the arithmetic on the printed figures.
//
// Readings: 去年 / 前年 are 2025 / 2024 by the clock (2026), or 2024 / 2023 with the store's latest year (2025) as this
// year (the first run showed the second reading; written at first as 2025 / 2024 either way, a set error). A
// close misspelling or an old name may be answered or asked back (issue 13 rule 8). A figure printed only in a
// report's prose may be stated or declined; a figure printed nowhere must be declined. A rate of a result column
// (纠正率 / 维持率) may be over the printed 总计 or over the cases settled (总计 − 尚未审结). Not asked: 洪泽区 2023's
// table 四 (garbled by the layout extraction); 龙华区数据局 2020's 总计 column below 新收 (0 where 自然人 is 1);
// 沐阳县 2025's applicant columns below 新收 (the OCR re-heads them); 龙岗区发展和改革局 2020's 勾稽 only as a check
// (4 + 0 ≠ 4 + 1).
//
// First-run fixes (set errors only, each marked "first-run fix"): the relative years above; 9 reports of 8 organs
// (the organ count is true); a passing 勾稽 check need not state the sum; a 呢 after a change or 同比 turn may carry the
// change; 哪个单位被纠正得最多 with no year may rank the year with most reports; 算一下 A 和 B may state both figures.
import { difference, eitherYear, orAsk, shareOf, sum } from './builders.js';
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

/** A quotient a ÷ b. */
const quot = (a: number, b: number): Figure => ratio(a / b);
/** A change between two years: the difference, or the percentage, or both. */
const change = (from: number, to: number): Expect =>
  anyOf(difference(to, from), ...changeShares(from, to).map((c) => ans([c], [from, to, diff(to - from)])));
/** A percentage change asked for. */
const percentChange = (from: number, to: number): Expect =>
  anyOf(...changeShares(from, to).map((c) => ans([c], [from, to, diff(to - from)])));
/** A rate of one result column: over the printed 总计, or over the settled cases. */
const rate = (part: number, total: number, pending: number): Expect =>
  anyOf(shareOf(part, total, [pending]), ans([share(part, total - pending)], [part, total, pending, total - pending]));
/** A check (勾稽): the sum both sides come to, or a reply that it passes. First-run fix: a passing check need not state the sum. */
const balances = (total: number, parts: readonly number[], passWord: string, failWords: readonly string[]): Expect =>
  anyOf(ans([total], parts), ans([], [total, ...parts], { mustContain: [passWord], mustNotContain: failWords }));

// The figures, as printed.
// 淮安市人民政府 2024
const HA = {
  xinshou: 3119,
  ziranren: 3001,
  shangye: 53,
  falv: 61,
  qita: 4,
  jiezhuan: 34,
  yuyi: 1362,
  bufen: 454,
  buyu: 178, // 2 + 31 + 5 + 6 + 8 + 12 + 9 + 105
  wufa: 781, // 769 + 11 + 1
  buchuli: 88, // 62 + 25 + 0 + 0 + 1
  qitachuli: 187, // 71 + 6 + 110
  zongji: 3050,
  xianian: 103,
  fuyi: [72, 64, 178, 37, 351],
  zhijie: [13, 4, 8, 1, 26],
  fuyihou: [12, 1, 1, 6, 20],
  xuke: 447228,
  chufa: 3985758,
  qiangzhi: 88283,
  shoufei: 96171.6,
};
// 洪泽区 2024
const HZ24 = {
  xinshou: 95,
  yuyi: 50,
  bufen: 9,
  buyu: 3, // 三安全 1 + 过程性 1 + 执法案卷 1
  buzhangwo: 31,
  linxing: 1,
  xinfang: 1,
  zongji: 95,
  fuyi: [1, 1, 0, 0, 2],
  zhijie: [1, 0, 0, 0, 1],
  fuyihou: [2, 0, 1, 0, 3],
  xuke: 9487,
  chufa: 2776,
  qiangzhi: 84,
  shoufei: 7545,
  guifan: [3, 0, 8],
};
// 洪泽区 2023 (table 四 not asked)
const HZ23 = {
  xinshou: 21,
  bufen: 4,
  guojia: 1,
  buzhangwo: 10,
  linxing: 3,
  zongji: 21,
  xuke: 550,
  chufa: 4119,
  qiangzhi: 195,
  shoufei: 7730.28,
  guifan: [0, 5, 5],
};
// 沐阳县 2025
const SY = {
  xinshou: 713,
  jiezhuan: 36,
  yuyi: 294,
  bufen: 101,
  buyu: 32, // 0 + 0 + 2 + 2 + 13 + 2 + 4 + 9
  neibu: 13,
  chaxun: 9,
  wufa: 113, // 111 + 2 + 0
  xinfang: 12,
  chongfu: 7,
  buchuli: 19,
  yuqi: 9,
  shoufeiChuli: 7,
  qitaSub: 143,
  qitachuli: 159, // 9 + 7 + 143
  zongji: 718,
  xianian: 31,
  fuyi: [27, 10, 9, 15, 61],
  zhijie: [3, 0, 0, 0, 3],
  fuyihou: [8, 0, 1, 1, 10],
  xuke: 517645,
  chufa: 693957,
  qiangzhi: 2154,
  shoufei: 4068.208,
  guifan: [6, 1, 32],
};
// 龙岗区 2022 (Traditional text)
const LG = {
  xinshou: 552,
  ziranren: 489,
  shangye: 51,
  falv: 8,
  qita: 4,
  jiezhuan: 10,
  yuyi: 66,
  bufen: 36,
  buyu: 30, // 1 + 0 + 0 + 7 + 8 + 10 + 3 + 1
  disanfang: 7,
  guocheng: 10,
  buzhangwo: 283,
  wufa: 285,
  qitaSub: 116,
  qitachuli: 118,
  zongji: 535,
  xianian: 27,
  fuyi: [7, 2, 1, 5, 15],
  zhijie: [19, 0, 2, 11, 32],
  fuyihou: [4, 0, 0, 2, 6],
  xuke: 16103,
  chufa: 34389,
  qiangzhi: 7749,
  shoufei: 2.22934,
  guifan: [46, 11, 136],
};
// 南山区 2020 ('/' cells are not asked as figures)
const NS = {
  xinshou: 262,
  ziranren: 236,
  shangye: 22,
  qita: 4,
  jiezhuan: 6,
  yuyi: 100,
  bufen: 49,
  guocheng: 4,
  buzhangwo: 51,
  xinfang: 1,
  chongfu: 4,
  qitachuli: 25,
  zongji: 235,
  xianian: 33,
  xuke: 8759,
  chufa: 1767,
  qiangzhi: 159,
  caigouItems: 2502,
  caigou: 170815.4, // 万元
};
// 龙岗区发展和改革局 2020
const FG = { xinshou: 4, yuyi: 2, bufen: 1, buzhangwo: 1, zongji: 4, xianian: 1, xuke: 12, caigou: 5246500 };
// 龙华区政务服务数据管理局 2020
const LH = { xinshou: 1, caigouItems: 9, caigou: 456880 };

export const THIRTEENTH_QUESTIONS: readonly SingleQuestion[] = [
  // —— table 二, every report
  lookup('R-L01', '淮安市政府2024年规章本年制发几件', ans([1])),
  lookup('R-L02', '淮安2024年现行有效的规章有多少件？', ans([11])),
  lookup('R-L03', '淮安市2024年行政规范性文件废止了多少件', ans([26])),
  lookup('R-L04', '洪泽区2024年行政规范性文件现行有效件数', ans([HZ24.guifan[2] as number])),
  lookup('R-L05', '洪泽区2023年废止了几件规范性文件', ans([5])),
  lookup('R-L06', '沐阳县2025年行政规范性文件本年制发件数是多少', ans([6])),
  lookup('R-L07', '龙岗区2022年规范性文件现行有效多少件', ans([136])),
  lookup('R-L08', '南山区2020年规范性文件本年新制作数量', ans([8])),
  lookup('R-L09', '淮安市2024年行政处罚决定多少', ans([HA.chufa])),
  lookup('R-L10', '洪泽区2023年行政强制处理决定数量', ans([HZ23.qiangzhi])),
  lookup('R-L11', '沐阳2025年行政强制多少件', ans([SY.qiangzhi])),
  lookup('R-L12', '龙岗区2022年行政强制是多少', ans([LG.qiangzhi])),
  lookup('R-L13', '南山区2020年行政强制的处理决定数量', ans([NS.qiangzhi], [96, 89])),
  lookup('R-L14', '淮安市2024年行政事业性收费金额', ans([wan(HA.shoufei)])),
  lookup('R-L15', '洪泽区2023年行政事业性收费多少万元', ans([wan(HZ23.shoufei)])),
  lookup('R-L16', '沐阳县2025年行政事业性收费收了多少钱', ans([wan(SY.shoufei)])),
  lookup('R-L17', '龙岗区2022年行政事业性收费金额是多少', ans([wan(LG.shoufei)])),
  lookup('R-L18', '龙岗区发改局2020年政府集中采购总金额', ans([yuan(FG.caigou)], [3])),
  lookup('R-L19', '龙华区数据局2020年政府集中采购项目数量', ans([LH.caigouItems], [yuan(LH.caigou)])),
  lookup('R-L20', '南山区2020年政府集中采购金额多少', ans([wan(NS.caigou)], [NS.caigouItems])),
  lookup('R-L21', '龙岗发改局2020年行政许可处理决定数量', ans([FG.xuke], [15, 3])),
  lookup('R-L22', '龙岗区政务服务数据管理局2021年行政规范性文件现行有效几件', ans([1])),
  // —— table 三: applicant columns and sub-rows
  figure('R-F01', '淮安市2024年商业企业新收申请多少', ans([HA.shangye])),
  figure('R-F02', '淮安2024年法律服务机构提的申请有几件', ans([HA.falv])),
  figure('R-F03', '淮安市2024年科研机构新收申请', ans([0])),
  figure('R-F04', '龙岗区2022年社会公益组织新收几件', ans([0])),
  figure('R-F05', '龙岗区2022年新收申请中法律服务机构的', ans([LG.falv])),
  figure('R-F06', '南山区2020年商业企业的新收申请数', ans([NS.shangye])),
  figure('R-F07', '淮安市2024年上年结转多少件', ans([HA.jiezhuan])),
  figure('R-F08', '沐阳县2025年上年结转政府信息公开申请数量', ans([SY.jiezhuan])),
  figure('R-F09', '南山区2020年结转下年度继续办理多少件', ans([NS.xianian])),
  figure('R-F10', '淮安2024年结转下年度的', ans([HA.xianian])),
  figure('R-F11', '淮安市2024年属于行政查询事项的不予公开有多少', ans([105])),
  figure('R-F12', '淮安市2024年不予公开里危及三安全一稳定的', ans([5])),
  figure('R-F13', '沐阳县2025年属于三类内部事务信息的有几件', ans([SY.neibu])),
  figure('R-F14', '龙岗区2022年保护第三方合法权益不予公开多少', ans([LG.disanfang])),
  figure('R-F15', '洪泽区2023年属于国家秘密的不予公开几件', ans([HZ23.guojia])),
  figure('R-F16', '淮安市2024年没有现成信息需要另行制作的有多少', ans([11])),
  figure('R-F17', '洪泽区2023年没有现成信息需要另行制作', ans([HZ23.linxing])),
  figure('R-F18', '淮安市2024年补正后申请内容仍不明确的', ans([1])),
  figure('R-F19', '沐阳县2025年信访举报投诉类申请多少件', ans([SY.xinfang])),
  figure('R-F20', '淮安市2024年重复申请多少', ans([25])),
  figure('R-F21', '南山区2020年重复申请几件', ans([NS.chongfu])),
  figure('R-F22', '淮安市2024年要求提供公开出版物的申请', ans([0])),
  figure('R-F23', '沐阳县2025年逾期不补正行政机关不再处理的有多少', ans([SY.yuqi])),
  figure('R-F24', '淮安2024年申请人逾期未缴费不再处理的多少件', ans([6])),
  figure('R-F25', '龙岗区2022年其他处理合计多少', ans([LG.qitachuli], [2, 0, LG.qitaSub])),
  figure('R-F26', '南山区2020年其他处理多少件', ans([NS.qitachuli])),
  figure('R-F27', '淮安市2024年办理结果总计', ans([HA.zongji])),
  figure('R-F28', '洪泽区2024年无法提供合计多少', ans([32], [31, 1, 0])),
  figure('R-F29', '淮安市2024年不予处理一共几件', ans([HA.buchuli], [62, 25, 0, 1])),
  figure('R-F30', '沐阳县2025年部分公开多少', ans([SY.bufen])),
  // —— table 四: results columns
  figure('R-F31', '淮安市2024年行政复议结果纠正多少件', ans([64])),
  figure('R-F32', '淮安2024年行政复议尚未审结的有几件', ans([37])),
  figure('R-F33', '淮安市2024年未经复议直接起诉的结果维持', ans([13])),
  figure('R-F34', '淮安市2024年复议后起诉尚未审结多少', ans([6])),
  figure('R-F35', '沐阳县2025年行政复议其他结果几件', ans([9])),
  figure('R-F36', '沐阳县2025年复议后起诉总计', ans([10])),
  figure('R-F37', '龙岗区2022年未经复议直接起诉尚未审结的', ans([11])),
  figure('R-F38', '龙岗区2022年复议后起诉结果维持多少', ans([4])),
  figure('R-F39', '洪泽区2024年复议后起诉其他结果', ans([1])),
  figure('R-F40', '南山区2020年行政复议结果维持几件', ans([5])),
  figure('R-F41', '南山区2020年未经复议直接起诉尚未审结', ans([1])),
  figure('R-F42', '龙岗区2022年行政复议其他结果是多少', ans([1])),
  // —— arithmetic
  arithmetic(
    'R-A01',
    '淮安市2024年不予公开占办理结果总计的比例',
    ans([share(HA.buyu, HA.zongji)], [HA.buyu, HA.zongji]),
    { note: '178 ÷ 3050 = 5.84%' },
  ),
  arithmetic('R-A02', '淮安市2024年行政复议纠正率', rate(64, 351, 37), {
    note: '64 ÷ 351 = 18.23%, or 64 ÷ 314 = 20.38%',
  }),
  arithmetic('R-A03', '沐阳县2025年复议维持率多少', rate(27, 61, 15), {
    note: '27 ÷ 61 = 44.26%, or 27 ÷ 46 = 58.70%',
  }),
  arithmetic(
    'R-A04',
    '淮安2024年予以公开占予以公开加部分公开的比例',
    shareOf(HA.yuyi, HA.yuyi + HA.bufen, [HA.bufen]),
    { note: '1362 ÷ 1816 = 75.00%' },
  ),
  arithmetic('R-A05', '淮安市2024年信访举报投诉类和重复申请加起来多少', sum([62, 25]), { note: '62 + 25' }),
  arithmetic('R-A06', '沐阳县2025年行政处罚比行政许可多多少', difference(SY.chufa, SY.xuke), {
    note: '693957 − 517645',
  }),
  arithmetic('R-A07', '洪泽区2024年行政许可比2023年增长了百分之几', percentChange(HZ23.xuke, HZ24.xuke), {
    note: '550 → 9487: +1624.91%',
  }),
  arithmetic('R-A08', '洪泽区行政强制2023到2024年变化了多少', change(HZ23.qiangzhi, HZ24.qiangzhi), {
    note: '195 → 84: −111, −56.92%',
  }),
  arithmetic(
    'R-A09',
    '淮安市2024年新收申请是沐阳县2025年的几倍',
    ans([quot(HA.xinshou, SY.xinshou)], [HA.xinshou, SY.xinshou]),
    {
      note: '3119 ÷ 713 = 4.37',
    },
  ),
  arithmetic('R-A10', '洪泽区2023和2024两年新收申请平均每年多少', ans([58], [21, 95, 116]), { note: '(21 + 95) ÷ 2' }),
  arithmetic('R-A11', '龙岗区2022年本机关不掌握占总计的比重', shareOf(LG.buzhangwo, LG.zongji), {
    note: '283 ÷ 535 = 52.90%',
  }),
  arithmetic('R-A12', '淮安市2024年自然人申请占新收的几成', shareOf(HA.ziranren, HA.xinshou), {
    note: '3001 ÷ 3119 = 96.22%',
  }),
  arithmetic('R-A13', '沐阳县2025年其他处理三项加起来', sum([9, 7, 143]), { note: '9 + 7 + 143 = 159' }),
  arithmetic('R-A14', '淮安、洪泽2024年行政复议总数加起来多少', sum([351, 2]), { note: '351 + 2' }),
  arithmetic('R-A15', '龙岗区2022年结转下年度比上年结转多了几件', difference(LG.xianian, LG.jiezhuan), {
    note: '27 − 10 = 17',
  }),
  arithmetic('R-A16', '洪泽区2024年予以公开占总计的百分比', shareOf(HZ24.yuyi, HZ24.zongji), {
    note: '50 ÷ 95 = 52.63%',
  }),
  arithmetic('R-A17', '南山区2020年不予处理的信访举报和重复申请合计', sum([NS.xinfang, NS.chongfu]), { note: '1 + 4' }),
  arithmetic('R-A18', '淮安市2024年直接起诉和复议后起诉的总计加起来是多少', sum([26, 20]), {
    note: '26 + 20 = 46 (the prose says 46 too)',
  }),
  arithmetic('R-A19', '沐阳县2025年复议纠正的占复议总数的多少', rate(10, 61, 15), {
    note: '10 ÷ 61 = 16.39%, or 10 ÷ 46 = 21.74%',
  }),
  arithmetic('R-A20', '龙岗区2022年行政处罚是行政许可的多少倍', ans([quot(LG.chufa, LG.xuke)], [LG.chufa, LG.xuke]), {
    note: '34389 ÷ 16103 = 2.14',
  }),
  // —— checks
  arithmetic(
    'R-K01',
    '沐阳县2025年的勾稽关系对不对',
    balances(749, [SY.xinshou, SY.jiezhuan, SY.zongji, SY.xianian], '通过', ['未通过', '不通过']),
    {
      note: '713 + 36 = 749 = 718 + 31',
    },
  ),
  arithmetic(
    'R-K02',
    '淮安2024年第一项加第二项等不等于第三项加第四项',
    balances(3153, [HA.xinshou, HA.jiezhuan, HA.zongji, HA.xianian], '通过', ['未通过', '不通过']),
    { note: '3119 + 34 = 3153 = 3050 + 103' },
  ),
  arithmetic('R-K03', '龙岗发改局2020年的表勾稽得上吗', ans([5], [4, 0, 1, diff(1)]), {
    note: '4 + 0 = 4, but 4 + 1 = 5: it does not balance',
  }),
  // —— yes / no, equality, negation
  filter('R-Y01', '淮安2024年复议结果维持和结果纠正是不是一样多', ans([72, 64], [diff(8)])),
  filter('R-Y02', '沐阳县2025年上年结转和结转下年度等不等于', ans([36, 31], [diff(5)])),
  filter('R-Y03', '洪泽区2024年其他处理是不是全是0', ans([0])),
  filter('R-Y04', '淮安市2024年不予处理里有没有不为零的', ans([62, 25, 1], [0, HA.buchuli])),
  filter('R-Y05', '龙岗区2022年不予处理是不是都是零', ans([0])),
  filter('R-Y06', '洪泽区2023年和2024年上年结转是不是一样', ans([0])),
  // —— rankings and whole-store
  ranking(
    'R-R01',
    '2020年哪个单位新收申请最多',
    ans([NS.xinshou], [FG.xinshou, LH.xinshou, 3], { mustContain: ['南山'] }),
  ),
  ranking('R-R02', '2024年行政复议最多的是哪个', ans([351], [2], { mustContain: ['淮安'] })),
  ranking(
    'R-R03',
    '2020年部门里政府集中采购金额最高的',
    ans([yuan(FG.caigou)], [yuan(LH.caigou), 3, 9, 2], { mustContain: ['发展'] }),
  ),
  ranking('R-R04', '库里一共有几份报告', ans([9], [8]), { note: '9 reports of 8 organs' }),
  ranking('R-R05', '有几个部门的报告', ans([3])),
  ranking('R-R06', '哪些报告是2020年的', ans([], [3], { mustContain: ['南山', '龙华'] })),
  ranking('R-R07', '江苏的报告有几份', ans([4], [3])),
  // —— relative years
  relativeYear('R-Y10', '沐阳去年行政复议总计多少', eitherYear(ans([61]), NO_DATA)),
  relativeYear('R-Y11', '淮安市前年的行政强制', eitherYear(ans([HA.qiangzhi]), NO_DATA)),
  relativeYear('R-Y12', '洪泽区前年新收多少', eitherYear(ans([HZ24.xinshou]), ans([HZ23.xinshou]))),
  relativeYear('R-Y13', '洪泽区去年的行政处罚', anyOf(NO_DATA, CLARIFY, ans([HZ24.chufa])), {
    note: "2025 by the clock: 洪泽区 has no 2025 report; 2024 with the store's latest year as this year",
  }),
  // —— crossed pairs
  crossed('R-C01', '南山区2022年新收申请多少', anyOf(NO_DATA, CLARIFY), { note: '南山 reports 2020 only' }),
  crossed('R-C02', '龙岗区2020年行政复议总计', anyOf(NO_DATA, CLARIFY), {
    note: '龙岗区政府 reports 2022 only (发改局 2020 is another organ)',
  }),
  crossed('R-C03', '淮安市2023年新收', anyOf(NO_DATA, CLARIFY)),
  crossed('R-C04', '沐阳县2024年行政许可', anyOf(NO_DATA, CLARIFY)),
  // —— not in tables
  notInTables('R-N01', '淮安市2024年政府信息公开工作人员有多少人', SAFE),
  notInTables('R-N02', '淮安市2024年每千件申请有多少件行政复议', SAFE, {
    note: 'a per-thousand rate of reviews to requests is no figure a table holds, and mixes two tables',
  }),
  notInTables('R-N03', '龙岗区2022年依申请公开平均办理几天', SAFE),
  notInTables('R-N04', '淮安2024年申请人平均年龄多大', SAFE),
  notInTables('R-N05', '洪泽区2024年网站访问量多少', SAFE),
  notInTables('R-N06', '淮安市2024年开了几场新闻发布会', anyOf(ans([12]), SAFE), {
    note: 'printed in prose only: 12 场',
  }),
  notInTables('R-N07', '南山区2020年电话咨询多少次', SAFE),
  // —— no data
  noData('R-D01', '北京市2023年政府信息公开申请多少件', NO_DATA),
  noData('R-D02', '广东省政府2022年行政复议', NO_DATA),
  noData('R-D03', '上海市浦东新区2024年新收申请', NO_DATA),
  noData('R-D04', '江苏省人民政府2024年行政许可多少', NO_DATA),
  noData('R-D05', '淮安市淮阴区2024年新收申请数量', NO_DATA),
  noData('R-D06', '深圳市人民政府2022年的年报里行政处罚多少', NO_DATA),
  noData('R-D07', '宿迁市2025年行政复议总计', NO_DATA),
  // —— out of scope and chat
  outOfScope('R-O01', '帮我写一份2025年政府信息公开年报', SAFE),
  outOfScope('R-O02', '明天淮安天气怎么样', SAFE),
  chat('R-H01', '老师好，辛苦了🙏', CHAT),
  chat('R-H02', '这个机器人能查什么？', CHAT),
  // —— Traditional
  traditional('R-T01', '淮安市2024年行政復議結果糾正多少', ans([64])),
  traditional('R-T02', '龍崗區2022年行政許可多少件', ans([LG.xuke])),
  traditional('R-T03', '洪澤區2024年不予公開合計多少', ans([HZ24.buyu], [1, 0])),
  traditional('R-T04', '南山區2020年重复申請多少', ans([NS.chongfu])),
  // —— English
  english('R-E01', 'How many administrative reconsideration cases did Huai’an city report for 2024?', ans([351])),
  english(
    'R-E02',
    "What share of Huai'an 2024 new requests came from natural persons?",
    shareOf(HA.ziranren, HA.xinshou),
  ),
  english(
    'R-E03',
    'Nanshan 2020 centralized government procurement total amount',
    ans([wan(NS.caigou)], [NS.caigouItems]),
  ),
  // —— misspellings and old names
  misspelling('R-M01', '淮按市2024年行政许可', orAsk(ans([HA.xuke]))),
  misspelling('R-M02', '沭阳县2025年行政处罚多少', orAsk(ans([SY.chufa])), {
    note: '沭阳 is the county’s real name; the store holds it as 沐阳 (OCR)',
  }),
  misspelling('R-M03', '洪泽县2024年行政强制', anyOf(ans([HZ24.qiangzhi]), SAFE), {
    note: '洪泽县 became 洪泽区 in 2016',
  }),
  misspelling('R-M04', '龙冈区2022年新收申请', orAsk(ans([LG.xinshou]))),
  misspelling('R-M05', '淮安市2024年行政付议总计', orAsk(ans([351]))),
  misspelling('R-M06', '洪择区2024年行政许可多少', orAsk(ans([HZ24.xuke]))),
  // —— second part (written 16:10 UTC, still blind)
  // quoted words
  figure('R-Q01', '淮安2024年其他处理里“其他”那一项多少', ans([110])),
  figure('R-Q02', '淮安市2024年申请人为"其他"的新收申请', ans([HA.qita])),
  figure('R-Q03', '沐阳县2025年「其他」处理一共多少', anyOf(ans([SY.qitachuli], [9, 7, 143]), ans([143]), CLARIFY), {
    note: '其他处理 as a group (159) or its 3.其他 sub-row (143)',
  }),
  figure('R-Q04', '龙岗区2022年行政复议“其他结果”几件', ans([1])),
  figure('R-Q05', '南山区2020年新收申请里“其他”法人组织的', ans([NS.qita])),
  // English
  english('R-E04', 'Which 2024 report had the most requests carried over to next year?', ans([103], [0, 2])),
  english('R-E05', "Sum of Hongze District's 2024 lawsuits, filed directly and after review", sum([1, 3])),
  english(
    'R-E06',
    "Does Huai'an's 2024 table balance (new plus carried over equals handled plus carried forward)?",
    balances(3153, [HA.xinshou, HA.jiezhuan, HA.zongji, HA.xianian], 'pass', ['not pass', 'fail']),
  ),
  english('R-E07', 'Shuyang county 2025 administrative penalties', orAsk(ans([SY.chufa]))),
  english(
    'R-E08',
    'What percentage of Longgang 2022 reconsideration cases were upheld?',
    rate(7, 15, 5),
    '7 ÷ 15 = 46.67%, or 7 ÷ 10 = 70%',
  ),
  english('R-E09', 'How many reports does the store hold for Jiangsu?', ans([4], [3])),
  english('R-E10', 'Beijing 2023 information disclosure requests received', NO_DATA),
  english('R-E11', 'Average new requests per report in 2020', ans([89], [267, 3, 262, 4, 1]), '(262 + 4 + 1) ÷ 3 = 89'),
  // Traditional, some Simplified mixed in
  traditional('R-T05', '淮安市2024年結轉下年度繼续办理多少', ans([HA.xianian])),
  traditional('R-T06', '沐陽縣2025年行政復議维持率', rate(27, 61, 15)),
  traditional('R-T07', '龍崗區2022年的行政訴訟直接起訴總計', ans([32])),
  traditional('R-T08', '洪澤區2024年行政處罰比上年少了多少', change(HZ23.chufa, HZ24.chufa), '4119 → 2776'),
  // places the store does not hold
  noData('R-D08', '北京海淀区2022年新收', NO_DATA),
  noData('R-D09', '广东省人民政府2020年政府信息公开年报有吗', NO_DATA),
  noData('R-D10', '淮安市清江浦区淮海街道2024年申请数', NO_DATA),
  noData('R-D11', '浦东新区政府2024年行政复议', NO_DATA),
  noData('R-D12', '苏州2024年行政许可多少', NO_DATA),
  noData('R-D13', '深圳市福田区2020年新收申请', NO_DATA),
  noData('R-D14', '洪泽区高良涧街道2024年新收多少', NO_DATA),
  noData('R-D15', '江苏省淮安市盱眙县2024年行政复议', NO_DATA),
  // lists and counts over the store
  ranking('R-R08', '列一下所有的部门报告', ans([], [3], { mustContain: ['发展', '龙华'] })),
  ranking('R-R09', '有几个区政府', anyOf(ans([3], [4]), ans([4], [3])), { note: '龙岗区, 南山区, 洪泽区 (4 reports)' }),
  ranking('R-R10', '2024年有几份报告', ans([2])),
  ranking('R-R11', '广东的报告有几个单位', ans([5])),
  ranking('R-R12', '哪些单位有两年以上的报告', ans([], [2, 1], { mustContain: ['洪泽'] })),
  ranking('R-R13', '2025年的报告是哪家的', ans([], [1], { mustContain: ['沐阳'] })),
  // two-level groups
  arithmetic('R-G01', '淮安市区两级2024年新收合计', anyOf(sum([HA.xinshou, HZ24.xinshou]), CLARIFY), {
    note: '3119 + 95, or asked back (全市 may already hold 洪泽区)',
  }),
  arithmetic('R-G02', '2024年江苏各单位行政复议合计', sum([351, 2])),
  arithmetic('R-G03', '2020年深圳各部门新收合计', sum([FG.xinshou, LH.xinshou]), { note: '发改局 4 + 龙华数据局 1' }),
  // two filters, counts of organs
  filter('R-W01', '2023年区级部门里行政诉讼最多的', SAFE, {
    note: '2023 holds 洪泽区政府 only (no department), and its table 四 is garbled',
  }),
  filter('R-W02', '2020年区政府里行政许可最多的', ans([NS.xuke], [220, 19, 1], { mustContain: ['南山'] })),
  filter('R-W03', '2024年区县政府里结转下年度最多的', ans([0], [1], { mustContain: ['洪泽'] })),
  filter('R-W04', '2020年部门中行政复议总计最多的', ans([0], [2])),
  filter('R-W05', '2025年县级政府行政复议结果纠正多少', ans([10])),
  filter('R-W06', '2020年有多少家单位报告了', ans([3])),
  filter('R-W07', '库里有几家县政府', ans([1])),
  // one organ across its years
  lookup('R-H03', '洪泽区历年新收申请', ans([HZ23.xinshou, HZ24.xinshou])),
  lookup('R-H04', '淮安历年行政复议总计', ans([351])),
  lookup('R-H05', '洪泽区历年行政事业性收费', ans([wan(HZ23.shoufei), wan(HZ24.shoufei)])),
  // 同比 / 环比
  arithmetic('R-Z01', '洪泽区2024年行政处罚同比', change(HZ23.chufa, HZ24.chufa)),
  arithmetic('R-Z02', '洪泽区2024年部分公开同比增长多少', change(HZ23.bufen, HZ24.bufen), { note: '4 → 9' }),
  arithmetic('R-Z03', '洪泽2024年本机关不掌握环比变化', change(HZ23.buzhangwo, HZ24.buzhangwo), { note: '10 → 31' }),
  relativeYear('R-Z04', '淮安市2024年行政复议同比', anyOf(SAFE, ans([351])), { note: '淮安 has no 2023 report' }),
  relativeYear('R-Z05', '龙岗区2022年新收申请同比增长多少', anyOf(ans([pct(187.5)], [552]), SAFE), {
    note: 'printed in prose only (同比去年增长187.5%); 龙岗区政府 has no 2021 report (the 2021 one is 政数局)',
  }),
  // years in Chinese numerals
  lookup('R-CN1', '二〇二四年淮安市行政强制多少', ans([HA.qiangzhi])),
  lookup('R-CN2', '两千零二十三年洪泽区行政处罚', ans([HZ23.chufa])),
  lookup('R-CN3', '二零二五年沐阳县复议后起诉结果维持', ans([8])),
  lookup('R-CN4', '二〇二二年龙岗区上年结转', ans([LG.jiezhuan])),
  // voice-typed run-ons
  figure('R-VO1', '那个就是淮安市政府二零二四年的那个行政复议结果纠正的有多少件啊', ans([64])),
  figure('R-VO2', '帮我看下洪泽区2024年未经复议直接起诉的总计是几个谢谢', ans([1])),
  figure('R-VO3', '沐阳县2025年那个不予公开里面属于行政查询事项的是多少来着', ans([SY.chaxun])),
  arithmetic('R-VO4', '龙岗2022年行政处罚和行政强制加一起一共多少我要写材料', sum([LG.chufa, LG.qiangzhi])),
  // printed labels, verbatim
  figure('R-PL1', '（二）部分公开（区分处理的，只计这一情形，不计其他情形） 淮安市2024年', ans([HA.bufen])),
  figure(
    'R-PL2',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 沐阳县2025',
    ans([SY.shoufeiChuli]),
  ),
  figure('R-PL3', '5.要求行政机关确认或重新出具已获取信息 淮安市2024年是多少', ans([1])),
  figure('R-PL4', '二、上年结转政府信息公开申请数量 南山区2020年', ans([NS.jiezhuan], [5, 1])),
  figure('R-PL5', '4.无正当理由大量反复申请 沐阳县2025年', ans([0])),
  // two languages in one question
  figure('R-ML1', '龙岗 2022 applications多少', ans([LG.xinshou])),
  figure('R-ML2', '淮安2024 reconsideration 纠正 多少', ans([64])),
  figure('R-ML3', 'Hongze 2024 行政许可 how many', ans([HZ24.xuke])),
  // a journalist's questions
  ranking(
    'R-J01',
    '2024年哪个单位不予公开占办理总数的比例最高',
    ans([share(HA.buyu, HA.zongji)], [HA.buyu, HA.zongji, share(HZ24.buyu, HZ24.zongji), HZ24.buyu, HZ24.zongji, 2], {
      mustContain: ['淮安'],
    }),
    { note: '淮安 178 ÷ 3050 = 5.84% against 洪泽 3 ÷ 95 = 3.16%' },
  ),
  arithmetic('R-J02', '淮安2024年行政诉讼输了几个', anyOf(ans([5], [4, 1]), ans([4, 1], [5]), CLARIFY), {
    note: 'lost = 结果纠正: 直接起诉 4 + 复议后起诉 1 (the prose says 5)',
  }),
  notInTables('R-J03', '每千件申请的复议数最高的是哪个单位', SAFE),
  ranking(
    'R-J04',
    '哪个单位被纠正得最多',
    anyOf(CLARIFY, ans([64], [], { mustContain: ['淮安'] }), ans([0], [3, 5], { mustContain: ['2020'] })),
    {
      note: 'no year: asked back, or 淮安 2024 复议纠正 64, or (first-run fix) the year with most reports stated, 2020: three at 0',
    },
  ),
  // not in tables
  notInTables('R-N08', '淮安2024年申请人里男的多少', SAFE),
  notInTables('R-N09', '沐阳县2025年网上申请多少件', SAFE),
  notInTables('R-N10', '洪泽区2024年行政复议的平均审理天数', SAFE),
  notInTables('R-N11', '龙岗区2022年网络申请多少', anyOf(ans([488]), SAFE), { note: 'prose only: 网络申请488件' }),
  notInTables('R-N12', '南山区2020年政府信息公开的预算是多少', SAFE),
  // unclear operations
  arithmetic(
    'R-X01',
    '淮安和沐阳的复议比一下',
    anyOf(CLARIFY, ans([351, 61], [diff(290), quot(351, 61), quot(61, 351)])),
  ),
  outOfScope('R-X02', '算一下淮安2024年的复议和诉讼', anyOf(SAFE, ans([351, 46], [26, 20])), {
    note: 'first-run fix: 算一下 may mean look up; both figures stated without an operation is no wrong number',
  }),
  outOfScope('R-X03', '龙岗区2022年的那个数是多少', SAFE),
  chat('R-H06', '谢谢啦 👍', CHAT),
  chat('R-H07', '重新开始', CHAT),
  // misspellings, old names, abbreviations
  misspelling('R-M07', '南三区2020年新收申请', orAsk(ans([NS.xinshou]))),
  misspelling('R-M08', '龙岗发该局2020年新收申请', orAsk(ans([FG.xinshou]))),
  misspelling('R-M09', '淮安市2024年行政诉松复议后起诉总计', orAsk(ans([20]))),
  misspelling('R-M10', '沐阳县2025年上年节转多少', orAsk(ans([SY.jiezhuan]))),
  misspelling('R-M11', '洪泽区2024年行政许克', orAsk(ans([HZ24.xuke]))),
  misspelling('R-M12', '淮阴市2024年行政复议', anyOf(SAFE, ans([351])), {
    note: '淮阴市 was 淮安市 before 2001; 淮阴 is now a district of it',
  }),
  misspelling('R-M13', '龙岗区政数局2021年规范性文件现行有效', orAsk(ans([1]))),
  misspelling('R-M14', '南山区人民正府2020年行政处罚', orAsk(ans([NS.chufa], [2078, 2668]))),
];

export const THIRTEENTH_CONVERSATIONS: readonly Conversation[] = [
  {
    id: 'R-V01',
    class: 'conversation',
    turns: [
      { question: '淮安市2024年行政复议总计', expect: ans([351]) },
      { question: '那未经复议直接起诉的呢', expect: ans([26]) },
      { question: '差了几个', expect: difference(351, 26) },
      { question: '重新开始', expect: CHAT },
      { question: '差了几个', expect: SAFE },
    ],
  },
  {
    id: 'R-V02',
    class: 'conversation',
    turns: [
      { question: '洪泽区2024年行政许可多少', expect: ans([HZ24.xuke]) },
      { question: '上一年呢', expect: ans([HZ23.xuke]) },
      { question: '增长了百分之几', expect: percentChange(HZ23.xuke, HZ24.xuke) },
      {
        question: '2024年行政强制呢',
        expect: anyOf(
          ans([HZ24.qiangzhi]),
          ...(percentChange(HZ23.qiangzhi, HZ24.qiangzhi) as { anyOf: Expectation[] }).anyOf,
        ),
        note: 'first-run fix: after 增长了百分之几 the change may be carried (195 → 84)',
      },
    ],
  },
  {
    id: 'R-V03',
    class: 'conversation',
    turns: [
      { question: '沐阳去年复议结果纠正几件', expect: eitherYear(ans([10]), NO_DATA) },
      { question: '结果维持呢', expect: eitherYear(ans([27]), NO_DATA) },
      {
        question: '前者是后者的百分之多少',
        expect: eitherYear(ans([share(10, 27)], [10, 27]), SAFE),
        note: '10 ÷ 27 = 37.04%',
      },
    ],
  },
  {
    id: 'R-V04',
    class: 'conversation',
    turns: [
      { question: '南山区2020年新收申请多少', expect: ans([NS.xinshou]) },
      { question: '那龙岗发改局呢', expect: ans([FG.xinshou]) },
      { question: '龙华数据局呢', expect: ans([LH.xinshou]) },
      { question: '三家加起来多少', expect: sum([262, 4, 1]) },
    ],
  },
  {
    id: 'R-V05',
    class: 'conversation',
    turns: [
      { question: "Huai'an 2024 partially disclosed requests?", expect: ans([HA.bufen]), replyIn: 'en' },
      {
        question: '予以公开呢',
        expect: ans([HA.yuyi]),
      },
      { question: '两个加起来', expect: sum([HA.yuyi, HA.bufen]) },
    ],
  },
  {
    id: 'R-V06',
    class: 'conversation',
    turns: [
      { question: '淮安市2024年行政许可', expect: ans([HA.xuke]) },
      { question: '洪泽呢', expect: ans([HZ24.xuke]) },
      {
        question: '前者是后者的几倍',
        expect: ans([quot(HA.xuke, HZ24.xuke)], [HA.xuke, HZ24.xuke]),
        note: '447228 ÷ 9487 = 47.14',
      },
      { question: '重新开始', expect: CHAT },
      { question: '后者是多少', expect: SAFE },
    ],
  },
  {
    id: 'R-V07',
    class: 'conversation',
    turns: [
      { question: '库里有几份报告', expect: ans([9], [8]) },
      { question: '沐阳县2025年不予公开合计', expect: ans([SY.buyu], [0, 2, 13, 4, 9]) },
      { question: '龙岗区2022年呢', expect: ans([LG.buyu], [1, 0, 7, 8, 10, 3]) },
      { question: '哪个多，多多少', expect: difference(SY.buyu, LG.buyu) },
    ],
  },
  {
    id: 'R-V08',
    class: 'conversation',
    turns: [
      { question: '沐阳县2025年行政处罚', expect: ans([SY.chufa]) },
      { question: '行政许可呢', expect: ans([SY.xuke]) },
      { question: '合计呢', expect: sum([SY.chufa, SY.xuke]) },
      { question: '再算一下差多少', expect: difference(SY.chufa, SY.xuke) },
    ],
  },
  {
    id: 'R-V09',
    class: 'conversation',
    turns: [
      { question: '淮安市2024年不予公开多少', expect: ans([HA.buyu], [2, 31, 5, 6, 8, 12, 9, 105]) },
      { question: '无法提供呢', expect: ans([HA.wufa], [769, 11, 1]) },
      { question: '不予处理呢', expect: ans([HA.buchuli], [62, 25, 0, 1]) },
      {
        question: '三个加起来占总计多少',
        expect: shareOf(HA.buyu + HA.wufa + HA.buchuli, HA.zongji, [HA.buyu, HA.wufa, HA.buchuli]),
        note: '(178 + 781 + 88) ÷ 3050 = 1047 ÷ 3050 = 34.33%',
      },
    ],
  },
  {
    id: 'R-V10',
    class: 'conversation',
    turns: [
      { question: '龙岗区2022年行政复议总计', expect: ans([15]) },
      { question: 'And the lawsuits filed directly?', expect: ans([32]), replyIn: 'en' },
      { question: 'What is the difference?', expect: difference(32, 15), replyIn: 'en' },
    ],
  },
  {
    id: 'R-V11',
    class: 'conversation',
    turns: [
      { question: '沐阳县 2025 new requests?', expect: ans([SY.xinshou]), replyIn: 'en' },
      { question: '那上年结转呢', expect: ans([SY.jiezhuan]) },
      { question: '加起来', expect: sum([SY.xinshou, SY.jiezhuan]) },
    ],
  },
  {
    id: 'R-V12',
    class: 'conversation',
    turns: [
      { question: '南山区2020年行政处罚', expect: ans([NS.chufa], [2078, 2668]) },
      { question: '库里有几个部门的报告', expect: ans([3]) },
      { question: '龙岗区2022年的行政处罚呢', expect: ans([LG.chufa]) },
      { question: '重新开始', expect: CHAT },
      { question: '行政处罚呢', expect: SAFE },
    ],
  },
  {
    id: 'R-V13',
    class: 'conversation',
    turns: [
      { question: '2024年哪个单位新收最多', expect: ans([HA.xinshou], [HZ24.xinshou, 2], { mustContain: ['淮安'] }) },
      { question: '它的结转下年度呢', expect: ans([HA.xianian]) },
      { question: '这家的行政复议纠正率', expect: rate(64, 351, 37) },
    ],
  },
  {
    id: 'R-V14',
    class: 'conversation',
    turns: [
      { question: '洪泽区2024年本机关不掌握相关政府信息多少', expect: ans([HZ24.buzhangwo]) },
      { question: '2023年呢', expect: ans([HZ23.buzhangwo]) },
      { question: '同比增长多少', expect: change(HZ23.buzhangwo, HZ24.buzhangwo) },
      {
        question: '南山区2020年呢',
        expect: anyOf(ans([NS.buzhangwo], [44, 7]), NO_DATA, CLARIFY),
        note: 'first-run fix: after 同比增长多少 the change may be carried (南山 has no 2019 report)',
      },
    ],
  },
  {
    id: 'R-V15',
    class: 'conversation',
    turns: [
      { question: '沐阳县2025年复议结果纠正', expect: ans([10]) },
      { question: '淮安2024年呢', expect: ans([64]) },
      { question: '第一个是第二个的百分之几', expect: ans([share(10, 64)], [10, 64]), note: '10 ÷ 64 = 15.63%' },
      { question: '刚才那个淮安的结果维持呢', expect: ans([72]) },
    ],
  },
  {
    id: 'R-V16',
    class: 'conversation',
    turns: [
      { question: '南山区2020年政府集中采购项目数量', expect: ans([NS.caigouItems], [wan(NS.caigou)]) },
      { question: '龙岗发改局呢', expect: ans([3], [yuan(FG.caigou)]) },
      { question: '龙华数据局呢', expect: ans([LH.caigouItems], [yuan(LH.caigou)]) },
      { question: '三家合计', expect: anyOf(sum([NS.caigouItems, 3, LH.caigouItems]), CLARIFY), note: '2502 + 3 + 9' },
    ],
  },
  {
    id: 'R-V17',
    class: 'conversation',
    turns: [
      { question: '龙岗2022年自然人新收', expect: ans([LG.ziranren]) },
      {
        question: '占新收的比例',
        expect: shareOf(LG.ziranren, LG.xinshou),
        note: '489 ÷ 552 = 88.59% (the prose: 88.6%)',
      },
      {
        question: '法人或其他组织呢',
        expect: anyOf(ans([63], [51, 8, 4, 0]), shareOf(63, LG.xinshou, [51, 8, 4, 0])),
        note: '51 + 0 + 0 + 8 + 4 = 63; 63 ÷ 552 = 11.41%',
      },
    ],
  },
];
