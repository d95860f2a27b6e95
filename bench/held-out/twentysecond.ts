// A twenty-second held-out set (`npm run held-out -- --set twentysecond`), written on 2026-12-08 (begun 01:32 UTC by
// `date -u`), blind: without reading src/answers, test/answers or the earlier sets' questions (only expect.ts,
// score.ts, store.ts, ask.ts, run.ts and the opening lines of twentieth.ts for the shape), and committed before the
// engine was run on any of it. Same store (five sample reports, four real text reports: 淮安市 2024, 洪泽区 2023 and
// 2024, 沐阳县 2025), same scoring. Its lean is conversations and arithmetic: conversations that ask an operation on
// earlier turns (第一个减第二个, 这两个加起来, 前者占后者, 再加上…, 平均每年), pointers to a part after a list or a
// ranking, an organ or year switch to one the store lacks, English follow-ups, a whole-store question in the middle
// and 重新开始. The single questions lean on every sub-row of table 三 (不予公开 / 无法提供 / 不予处理 / 其他处理), table
// 四's result columns, table 二's rows and the 2019 template's columns (上一年项目数量, 本年增/减), A+B 等不等于 C+D,
// 哪一年多 of one organ, two levels together (市区两级), 比重更高 rankings, English operation words inside Chinese,
// shares of sums and sums of shares, figures no table holds, places the store lacks, Traditional and English, chat.
// Typed as a work group types: abbreviated organs, 年 missing, 24年, Chinese numerals, full-width digits, emoji,
// @mentions, voice run-ons, labels copied verbatim.
// Every expected value was read off the report text (data/reports, test/fixtures/real-reports); sums, shares,
// quotients and changes are written as the arithmetic on the printed figures.
//
// Readings allowed: 去年 / 前年 are 2025 / 2024 by the clock (2026), or 2024 / 2023 with the store's latest year (2025)
// as this year: either is right (where one reading has no report, that reading is a no-data reply). A close
// misspelling (沭阳 for the OCR's 沐阳, a typo of an organ) may be answered or asked back. A figure printed only in a
// report's prose may be stated or declined; a figure printed nowhere must be declined. A rate of a result column
// (纠正率 / 维持率) may be over the printed 总计 or over the settled cases (总计 − 尚未审结). A share whose base is not
// named may be over 总计 (办理结果) or over 新收. 市区两级 (淮安市 and 洪泽区 together) may be summed or asked back. An
// organ named without a year that the store holds in two years may be asked back, answered for its latest year, or
// answered for both. 败诉 of a lawsuit is 结果纠正.
// Not asked: 洪泽区 2023's table 四 (garbled by the layout extraction); 龙华区数据局 2020's 总计 column below 新收
// (printed 0 where 自然人 is 1); 沐阳县 2025's applicant columns (the OCR re-heads them); 龙岗区发改局 2020's blank
// cells; 南山区 2020's "/" cells except as none-or-declined; 洪泽区 2024's prose 受理 17 件 (the table prints 95).
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

/** a − b, either sign; the operands and the percentage change either way may be stated too. */
const difference = (a: number, b: number, also: readonly Figure[] = []): Expectation =>
  ans([diff(a - b)], [a, b, ...(b === 0 ? [] : changeShares(b, a)), ...(a === 0 ? [] : changeShares(a, b)), ...also]);
/** A percentage change asked for, as its alternatives (either sign); the two figures and the difference may be stated. */
const changeOf = (from: number, to: number): Expectation[] =>
  changeShares(from, to).map((c) => ans([c], [from, to, diff(to - from)]));
const percentChange = (from: number, to: number): Expect => anyOf(...changeOf(from, to));
/** A sum of named figures: the parts may be stated. */
const sum = (parts: readonly number[], also: readonly Figure[] = []): Expectation =>
  ans([parts.reduce((a, b) => a + b, 0)], [...parts, ...also]);
/** A share of part in whole: part and whole may be stated. */
const shareOf = (part: number, whole: number, also: readonly Figure[] = []): Expectation =>
  ans([share(part, whole)], [part, whole, ...also]);
/** A share whose base is not named: over 总计 (办理结果) or over 新收. */
const shareOfEither = (part: number, total: number, received: number, also: readonly Figure[] = []): Expect =>
  anyOf(shareOf(part, total, also), shareOf(part, received, also));
/** A rate of one result column, as its alternatives: over the printed 总计, or over the settled (总计 − 尚未审结). */
const rateOf = (part: number, total: number, pending: number, also: readonly Figure[] = []): Expectation[] => [
  shareOf(part, total, [pending, total - pending, ...also]),
  ans([share(part, total - pending)], [part, total, pending, total - pending, ...also]),
];
const rate = (part: number, total: number, pending: number, also: readonly Figure[] = []): Expect =>
  anyOf(...rateOf(part, total, pending, also));
/** A quotient a ÷ b: the operands may be stated. */
const quotient = (a: number, b: number, also: readonly Figure[] = []): Expectation =>
  ans([ratio(a / b)], [a, b, ...also]);
/** The mean of several printed figures: the figures and their sum may be stated. */
const mean = (parts: readonly number[]): Expectation => {
  const total = parts.reduce((a, b) => a + b, 0);
  return ans([ratio(total / parts.length)], [...parts, total]);
};
/** 去年 / 前年 read from the clock (2026) or with the store's latest year (2025) as this year. */
const eitherYear = (clock: Expectation, store: Expectation): Expect => anyOf(clock, store);
/** One reading of 去年 has a report, the other has none: the figure, or a no-data reply. */
const orNone = (expectation: Expectation): Expect => anyOf(expectation, SAFE);
/** A misspelled or old name: answered with the figure, or asked back. */
const orAsk = (expectation: Expectation): Expect => anyOf(expectation, CLARIFY);
/** A figure printed only in prose: stated, or declined. */
const proseOrSafe = (expectation: Expectation): Expect => anyOf(expectation, SAFE);
/** A "/" cell of 南山区 2020: declined, or answered that there is none (no figure). */
const noneOrDeclined: Expect = anyOf(SAFE, ans([]));
/** A list: no figure but counts; the names it must show. */
const list = (names: readonly string[], counts: readonly Figure[] = []): Expectation =>
  ans([], counts, { mustContain: names });
/** A yes/no: no figure of its own, the figures it rests on may be stated. */
const yesNo = (figures: readonly Figure[], more: Parameters<typeof ans>[2] = {}): Expectation => ans([], figures, more);
/** A "yes, equal": the figures it rests on, and no denial. */
const yesEqual = (figures: readonly Figure[]): Expectation =>
  yesNo(figures, { mustNotContain: ['不等于', '不相等', '不成立', '对不上', '不一致'] });
/** Out of scope: declined, or a chat reply without a figure. */
const declined: Expect = anyOf(SAFE, CHAT);
/** A ranking or comparison: the winner named, the compared figures (and shares) allowed. */
const winner = (name: string, figures: readonly Figure[], reports?: readonly number[]): Expectation =>
  ans([], figures, { mustContain: [name], ...(reports ? { reportsCompared: reports } : {}) });

// Printed figures used more than once.
// 淮安市 2024 table 三 (总计 column): 新收 3119, 上年结转 34, 予以公开 1362, 部分公开 454, 总计 3050, 结转下年度 103;
// 不予公开 2 31 5 6 8 12 9 105 (= 178); 无法提供 769 11 1 (= 781); 不予处理 62 25 0 0 1 (= 88); 其他处理 71 6 110 (= 187).
// Table 四: 复议 维持 72 纠正 64 其他 178 尚未 37 总计 351; 直接起诉 13 4 8 1 26; 复议后起诉 12 1 1 6 20.
// Table 二: 规章 1 0 11; 规范性文件 8 26 66; 许可 447228; 处罚 3985758; 强制 88283; 收费 96171.6 万元.
const HA = {
  received: 3119,
  carried: 34,
  open: 1362,
  partly: 454,
  total: 3050,
  carryOn: 103,
  denied: [2, 31, 5, 6, 8, 12, 9, 105],
  unable: [769, 11, 1],
  notProcessed: [62, 25, 0, 0, 1],
  other: [71, 6, 110],
  review: [72, 64, 178, 37, 351],
  direct: [13, 4, 8, 1, 26],
  afterReview: [12, 1, 1, 6, 20],
  licensing: 447228,
  penalty: 3985758,
  coercion: 88283,
};
// 洪泽区 2024: 新收 95, 上年结转 0, 予以公开 50, 部分公开 9, 不予公开 0 0 1 0 0 1 1 0 (= 3), 无法提供 31 1 0 (= 32),
// 不予处理 1 0 0 0 0 (= 1), 其他处理 0, 总计 95, 结转 0. 复议 1 1 0 0 2; 直接起诉 1 0 0 0 1; 复议后起诉 2 0 1 0 3.
// Table 二: 规章 0 0 0; 规范性文件 3 0 8; 许可 9487; 处罚 2776; 强制 84; 收费 7545 万元.
// 洪泽区 2023: 新收 21, 予以公开 0, 部分公开 4, 不予公开 1 0 0 0 0 1 1 0 (= 3), 无法提供 10 3 0 (= 13), 不予处理 1,
// 其他处理 0, 总计 21, 结转 0. Table 二: 规范性文件 0 5 5; 许可 550; 处罚 4119; 强制 195; 收费 7730.28 万元.
// 沐阳县 2025: 新收 713, 上年结转 36, 予以公开 294, 部分公开 101, 不予公开 0 0 2 2 13 2 4 9 (= 32), 无法提供 111 2 0
// (= 113), 不予处理 12 7 0 0 0 (= 19), 其他处理 9 7 143 (= 159), 总计 718, 结转 31. 复议 27 10 9 15 61; 直接起诉 3 0 0 0 3;
// 复议后起诉 8 0 1 1 10. Table 二: 规范性文件 6 1 32; 许可 517645; 处罚 693957; 强制 2154; 收费 4068.208 万元.
// 龙岗区 2022: 新收 489 51 0 0 8 4 552, 上年结转 10, 予以公开 66, 部分公开 36, 不予公开 1 0 0 7 8 10 3 1 (= 30), 无法提供
// 283 2 0 (= 285), 不予处理 0, 其他处理 2 0 116 (= 118), 总计 535, 结转 27. 复议 7 2 1 5 15; 直接起诉 19 0 2 11 32;
// 复议后起诉 4 0 0 2 6. Table 二: 规范性文件 46 11 136; 许可 16103; 处罚 34389; 强制 7749; 收费 2.22934 万元.
// 南山区 2020 (2019 template): 新收 262, 上年结转 6, 予以公开 100, 部分公开 49, 过程性信息 4, 不掌握 51, 另行制作 1, 信访 1,
// 重复申请 4, 其他处理 25, 总计 235, 结转 33. 复议 5 / / / 5; 直接起诉 1 / / 1 2; 复议后起诉 2 / / / 2. Table 二: 规范性
// 文件 8 8 8; 许可 220 减19 8,759; 其他对外管理服务事项 430 减124 199,956; 处罚 2,078 增2,668 1,767; 强制 96 增89 159;
// 收费 14 /; 集中采购 2,502 项 170,815.4万元.
// 龙岗区发改局 2020: 新收 4, 上年结转 0, 予以公开 2, 部分公开 1, 不掌握 1, 总计 4, 结转 1 (4 + 0 ≠ 4 + 1). 许可 15 -3 12;
// 其他对外管理服务事项 21 +928 949; 收费 41 -16; 集中采购 3 项 5246500元. 龙华区数据局 2020: 集中采购 9 项 456880元.
const HZ24_DENIED = [0, 0, 1, 0, 0, 1, 1, 0];
const HZ23_DENIED = [1, 0, 0, 0, 0, 1, 1, 0];
const SY_DENIED = [0, 0, 2, 2, 13, 2, 4, 9];
const SY_OTHER = [9, 7, 143];
const LG_DENIED = [1, 0, 0, 7, 8, 10, 3, 1];
const sumOf = (parts: readonly number[]): number => parts.reduce((a, b) => a + b, 0);

export const TWENTYSECOND_QUESTIONS: readonly SingleQuestion[] = [
  // ── table 三's sub-rows: 不予公开 ──
  figure('B-F01', '淮安2024年属于国家秘密不予公开的', ans([2])),
  figure('B-F02', '淮安市24年其他法律行政法规禁止公开的有几件', ans([31])),
  figure('B-F03', '淮安市2024年危及三安全一稳定的', ans([5])),
  figure('B-F04', '淮安2024 保护第三方合法权益 不予公开', ans([6])),
  figure('B-F05', '淮安市2024年因为是内部事务信息不公开的有多少', ans([8]), { note: '5.属于三类内部事务信息' }),
  figure('B-F06', '淮安市2024年属于四类过程性信息', ans([12])),
  figure('B-F07', '淮安市2024年行政执法案卷不予公开', ans([9])),
  figure('B-F08', '沐阳县2025年危及“三安全一稳定”', ans([2])),
  figure('B-F09', '沐阳25年保护第三方合法权益的不予公开几件', ans([2])),
  figure('B-F10', '沐阳县2025年过程性信息不予公开', ans([2])),
  figure('B-F11', '沐阳县2025年属于行政执法案卷的', ans([4])),
  figure('B-F12', '@年报助手 沐阳2025年行政查询事项不予公开的有几件', ans([9])),
  figure('B-F13', '龙岗区2022年属于国家秘密的', ans([1])),
  figure('B-F14', '龙岗22年三类内部事务信息', ans([8])),
  figure('B-F15', '龙岗区2022年四类过程性信息不予公开多少件', ans([10])),
  figure('B-F16', '龙岗区2022年行政执法案卷', ans([3])),
  figure('B-F17', '龙岗区2022年行政查询事项', ans([1])),
  figure('B-F18', '洪泽区2024年危及三安全一稳定不予公开', ans([1])),
  figure('B-F19', '洪泽24年行政执法案卷不予公开几件', ans([1])),
  figure('B-F20', '洪泽区2023年属于国家秘密', ans([1])),
  figure('B-F21', '南山区2020年属于四类过程性信息的有几件', ans([4])),
  figure('B-F22', '南山区2020年属于国家秘密的不予公开', noneOrDeclined, { note: 'printed "/"' }),
  figure('B-F23', '淮安市2024年不予公开一共多少件', sum(HA.denied)),
  figure('B-F24', '沐阳县2025年不予公开合计', sum(SY_DENIED)),
  figure('B-F25', '龙岗区2022年不予公开的总数', sum(LG_DENIED)),
  figure('B-F26', '洪泽2024不予公开', sum(HZ24_DENIED)),
  figure('B-F27', '洪泽区2023年不予公开总共', sum(HZ23_DENIED)),
  // ── 无法提供 ──
  figure('B-F28', '（四）无法提供 1.本机关不掌握相关政府信息 淮安市2024', ans([769])),
  figure('B-F29', '淮安24年没有现成信息需要另行制作的', ans([11])),
  figure('B-F30', '淮安市2024年补正后申请内容仍不明确的有几件', ans([1])),
  figure('B-F31', '沐阳县2025年本机关不掌握相关政府信息', ans([111])),
  figure('B-F32', '沐阳2025年需要另行制作的', ans([2])),
  figure('B-F33', '龙岗区2022年不掌握相关政府信息的有多少', ans([283])),
  figure('B-F34', '洪泽区2024年本机关不掌握的', ans([31])),
  figure('B-F35', '洪泽区二〇二三年没有现成信息需要另行制作', ans([3])),
  figure('B-F36', '南山2020年本机关不掌握相关政府信息', ans([51])),
  figure('B-F37', '淮安市2024年无法提供一共多少', sum(HA.unable)),
  figure('B-F38', '沐阳县2025年无法提供的总数', sum([111, 2, 0])),
  figure('B-F39', '龙岗区2022年无法提供合计', sum([283, 2, 0])),
  // ── 不予处理 ──
  figure('B-F40', '淮安二零二四年信访举报投诉类申请', ans([62])),
  figure('B-F41', '淮安市2024年重复申请几件', ans([25])),
  figure('B-F42', '淮安市2024年要求提供公开出版物的', ans([0])),
  figure('B-F43', '淮安2024年无正当理由大量反复申请', ans([0])),
  figure('B-F44', '5.要求行政机关确认或重新出具已获取信息 淮安2024', ans([1])),
  figure('B-F45', '沐阳县2025年信访举报投诉类', ans([12])),
  figure('B-F46', '沐阳２０２５年重复申请', ans([7])),
  figure('B-F47', '南山区2020年重复申请有几件', ans([4])),
  figure('B-F48', '洪泽区2024年信访举报投诉类申请', ans([1])),
  figure('B-F49', '淮安市2024年不予处理一共', sum(HA.notProcessed)),
  figure('B-F50', '沐阳县2025年不予处理合计多少件', sum([12, 7, 0, 0, 0])),
  figure('B-F51', '龙岗区2022年不予处理的有多少', ans([0])),
  // ── 其他处理 ──
  figure('B-F52', '淮安市2024年申请人无正当理由逾期不补正的', ans([71])),
  figure('B-F53', '淮安市2024年逾期未按收费通知缴费行政机关不再处理的', ans([6])),
  figure('B-F54', '淮安2024年其他处理里面的“其他”', ans([110])),
  figure(
    'B-F55',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 沐阳县2025',
    ans([7]),
  ),
  figure('B-F56', '沐阳县2025年逾期不补正不再处理的', ans([9])),
  figure('B-F57', '沐阳2025年其他处理中的其他', ans([143])),
  figure('B-F58', '龙岗区2022年逾期不补正的有几件', ans([2])),
  figure('B-F59', '龙岗区2022年其他处理 3.其他', ans([116])),
  figure('B-F60', '淮安市2024年其他处理一共多少', sum(HA.other)),
  figure('B-F61', '沐阳县2025年其他处理合计', sum(SY_OTHER)),
  figure('B-F62', '龙岗区2022年其他处理总共', sum([2, 0, 116])),
  figure('B-F63', '南山区2020年其他处理', ans([25])),
  figure('B-F64', '洪泽区2024年其他处理的有几件', ans([0])),
  // ── the applicant columns of a sub-row ──
  figure('B-F65', '淮安2024年本机关不掌握相关政府信息里法律服务机构的', ans([10])),
  figure('B-F66', '淮安市2024年信访举报投诉类申请中商业企业的', ans([6])),
  figure('B-F67', '龙岗区2022年不掌握相关政府信息的商业企业有几件', ans([29])),
  figure('B-F68', '龙岗22年三类内部事务信息里“其他”组织的', ans([1])),
  figure('B-F69', '南山区2020年重复申请商业企业提的', ans([2])),
  figure('B-F70', '淮安2024年予以公开的自然人', ans([1288])),

  // ── table 三's head and foot rows ──
  lookup('B-L01', '淮安市2024年部分公开多少件', ans([454])),
  lookup('B-L02', '洪泽24年予以公开', ans([50])),
  lookup('B-L03', '沐阳县2025年上年结转', ans([36])),
  lookup('B-L04', '龙岗区2022年办理结果总计', ans([535])),
  lookup('B-L05', '南山区2020年结转下年度继续办理', ans([33])),
  lookup('B-L06', '洪泽区2023年予以公开的有几件', ans([0])),
  lookup('B-L07', '龙岗发改局2020年新收申请', ans([4])),

  // ── table 四: result columns ──
  lookup('B-R01', '淮安市2024年行政复议结果维持', ans([72])),
  lookup('B-R02', '淮安2024年复议其他结果', ans([178])),
  lookup('B-R03', '淮安市2024年行政复议尚未审结的', ans([37])),
  lookup('B-R04', '淮安市2024年未经复议直接起诉结果维持', ans([13])),
  lookup('B-R05', '淮安2024年直接起诉结果纠正几件', ans([4])),
  lookup('B-R06', '淮安市2024年未经复议直接起诉的其他结果', ans([8])),
  lookup('B-R07', '淮安市2024年复议后起诉结果维持', ans([12])),
  lookup('B-R08', '淮安市2024年复议后起诉的总计', ans([20])),
  lookup('B-R09', '淮安市2024年复议后起诉尚未审结', ans([6])),
  lookup('B-R10', '沐阳县2025年行政复议结果纠正', ans([10])),
  lookup('B-R11', '沐阳2025复议其他结果', ans([9])),
  lookup('B-R12', '沐阳县2025年复议尚未审结多少', ans([15])),
  lookup('B-R13', '沐阳县2025年直接起诉结果维持', ans([3])),
  lookup('B-R14', '沐阳县2025年复议后起诉结果维持', ans([8])),
  lookup('B-R15', '沐阳县2025年复议后起诉尚未审结', ans([1])),
  lookup('B-R16', '龙岗区2022年行政复议结果维持几件', ans([7])),
  lookup('B-R17', '龙岗22年复议结果纠正', ans([2])),
  lookup('B-R18', '龙岗区2022年行政复议尚未审结', ans([5])),
  lookup('B-R19', '龙岗区2022年直接起诉结果维持', ans([19])),
  lookup('B-R20', '龙岗区2022年未经复议直接起诉尚未审结', ans([11])),
  lookup('B-R21', '龙岗区2022年复议后起诉结果维持', ans([4])),
  lookup('B-R22', '龙岗区2022年复议后起诉总计', ans([6])),
  lookup('B-R23', '洪泽区2024年行政复议结果纠正', ans([1])),
  lookup('B-R24', '洪泽24年复议后起诉结果维持', ans([2])),
  lookup('B-R25', '洪泽区2024年复议后起诉的其他结果', ans([1])),
  lookup('B-R26', '南山区2020年行政复议结果维持', ans([5])),
  lookup('B-R27', '南山区2020年直接起诉结果维持', ans([1])),
  lookup('B-R28', '南山区2020年复议后起诉总计', ans([2])),
  lookup('B-R29', '南山区2020年行政复议结果纠正', noneOrDeclined, { note: 'printed "/"' }),
  lookup('B-R30', '淮安2024年复议总计多少😂', ans([351])),
  lookup('B-R31', '龙岗22年诉讼总计🙏', sum([32, 6]), { note: '直接起诉 32 + 复议后起诉 6' }),
  lookup('B-R32', '洪泽区2024年行政诉讼一共多少件', sum([1, 3])),
  lookup('B-R33', '沐阳县2025年行政诉讼总数', sum([3, 10])),
  lookup('B-R34', '龙岗区2022年行政诉讼结果维持一共', sum([19, 4]), { note: '直接起诉 19 + 复议后起诉 4' }),
  lookup('B-R35', '淮安市2024年行政诉讼结果纠正合计', sum([4, 1])),
  lookup('B-R36', '龙岗发改局2020年行政复议总计', ans([0])),

  // ── table 二 and the 2019 template's columns ──
  lookup('B-T01', '淮安市2024年规章本年制发件数', ans([1])),
  lookup('B-T02', '淮安2024年规范性文件废止了几件', ans([26])),
  lookup('B-T03', '淮安市2024年行政规范性文件现行有效', ans([66])),
  lookup('B-T04', '淮安市2024年本年制发的行政规范性文件', ans([8])),
  lookup('B-T05', '淮安市二〇二四年行政处罚决定数量', ans([3985758])),
  lookup('B-T06', '淮安24年行政强制', ans([88283])),
  lookup('B-T07', '洪泽２０２４年行政强制', ans([84])),
  lookup('B-T08', '洪泽区2024年行政许可处理决定数量', ans([9487])),
  lookup('B-T09', '洪泽区2024年规范性文件现行有效件数', ans([8])),
  lookup('B-T10', '洪泽区2024年行政事业性收费金额', ans([wan(7545)])),
  lookup('B-T11', '洪泽区2023年行政处罚', ans([4119])),
  lookup('B-T12', '洪泽23年行政强制多少', ans([195])),
  lookup('B-T13', '洪泽区2023年行政事业性收费', ans([wan(7730.28)])),
  lookup('B-T14', '洪泽区2023年行政许可', ans([550])),
  lookup('B-T15', '沐阳县2025年行政许可', ans([517645])),
  lookup('B-T16', '沐阳2025行政处罚多少', ans([693957])),
  lookup('B-T17', '沐阳县2025年行政规范性文件本年制发', ans([6])),
  lookup('B-T18', '沐阳县2025年规范性文件现行有效件数', ans([32])),
  lookup('B-T19', '沐阳县2025年收费金额', ans([wan(4068.208)])),
  lookup('B-T20', '龙岗区2022年行政规范性文件本年废止件数', ans([11])),
  lookup('B-T21', '龙岗区2022年行政许可', ans([16103])),
  lookup('B-T22', '龙岗区2022年行政处罚决定', ans([34389])),
  lookup('B-T23', '龙岗区2022年行政事业性收费', ans([wan(2.22934)])),
  lookup('B-T24', '龙岗数据局2021年行政规范性文件现行有效', ans([1])),
  lookup('B-T25', '南山区2020年行政许可上一年项目数量', ans([220])),
  lookup('B-T26', '南山区2020年行政许可本年增减', ans([diff(-19)]), { note: '减19' }),
  lookup('B-T27', '南山2020行政处罚本年增/减', ans([2668]), { note: '增2,668' }),
  lookup('B-T28', '南山区2020年行政处罚上一年项目数量', ans([2078])),
  lookup('B-T29', '南山区2020年行政强制处理决定数量', ans([159])),
  lookup('B-T30', '南山区2020年其他对外管理服务事项处理决定数量', ans([199956])),
  lookup('B-T31', '南山区2020年其他对外管理服务事项上一年项目数量', ans([430])),
  lookup('B-T32', '南山区2020年行政事业性收费上一年项目数量', ans([14])),
  lookup('B-T33', '南山区2020年规范性文件本年新制作数量', ans([8])),
  lookup('B-T34', '南山区2020年规范性文件对外公开总数量', ans([8])),
  lookup('B-T35', '龙岗发改局2020年行政许可上一年项目数量', ans([15])),
  lookup('B-T36', '龙岗区发改局2020年行政许可本年增减', ans([diff(-3)])),
  lookup('B-T37', '龙岗发改局2020年其他对外管理服务事项本年增/减', ans([928])),
  lookup('B-T38', '龙岗区发展和改革局2020年行政事业性收费本年增减', ans([diff(-16)])),
  lookup('B-T39', '龙岗发改局2020年行政事业性收费上一年项目数量', ans([41])),
  lookup('B-T40', '龙岗发改局2020年政府集中采购总金额', ans([yuan(5246500)])),
  lookup('B-T41', '龙华区数据局2020年政府集中采购项目数量', ans([9])),
  lookup('B-T42', '南山区2020年政府集中采购项目数量', ans([2502])),
  lookup('B-T43', '南山区2020年行政事业性收费本年增减', noneOrDeclined, { note: 'printed "/"' }),
  lookup('B-T44', '南山区2020年规章对外公开总数量', noneOrDeclined, { note: 'printed "/"' }),
];

export const TWENTYSECOND_CONVERSATIONS: readonly Conversation[] = [];
