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
import { difference, list, orAsk, percentChange, proseOrSafe, rate, rateOf, shareOf, sum, yesNo } from './builders.js';
import type { Conversation, Expect, Expectation, SingleQuestion, Turn } from './expect.js';
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

/** A share whose base is not named: over 总计 (办理结果) or over 新收. */
const shareOfEither = (part: number, total: number, received: number, also: readonly Figure[] = []): Expect =>
  anyOf(shareOf(part, total, also), shareOf(part, received, also));
/** A quotient a ÷ b: the operands may be stated. */
const quotient = (a: number, b: number, also: readonly Figure[] = []): Expectation =>
  ans([ratio(a / b)], [a, b, ...also]);
/** The mean of several printed figures: the figures and their sum may be stated. */
const mean = (parts: readonly number[]): Expectation => {
  const total = parts.reduce((a, b) => a + b, 0);
  return ans([ratio(total / parts.length)], [...parts, total]);
};
/** One reading of 去年 has a report, the other has none: the figure, or a no-data reply. */
const orNone = (expectation: Expectation): Expect => anyOf(expectation, SAFE);
/** A "/" cell of 南山区 2020: declined, answered that there is none (no figure), or 0 with the cell said to be "/". */
const noneOrDeclined: Expect = anyOf(SAFE, ans([]), ans([0], [], { mustContain: ['/'] }));
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
  figure('B-F55', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 沐阳县2025', ans([7])),
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

  // ── arithmetic on printed figures ──
  arithmetic('B-A01', '淮安2024年予以公开 minus 部分公开', difference(HA.open, HA.partly)),
  arithmetic('B-A02', '淮安市2024年不予公开加无法提供一共多少', sum([178, 781], [...HA.denied, ...HA.unable])),
  arithmetic('B-A03', '淮安2024年行政复议总计比行政诉讼总计多多少', difference(351, 46, [26, 20])),
  arithmetic('B-A04', '洪泽2024年新收比2023年多了多少件', difference(95, 21)),
  arithmetic('B-A05', '洪泽区新收申请2024年比2023年增长了百分之几', percentChange(21, 95)),
  arithmetic('B-A06', '洪泽24年的行政许可是23年的几倍', quotient(9487, 550)),
  arithmetic('B-A07', '洪泽区2023和2024年行政处罚加起来', sum([4119, 2776])),
  arithmetic('B-A08', '洪泽区2023、2024两年平均每年行政处罚多少件', mean([4119, 2776])),
  arithmetic('B-A09', '沐阳2025年不予处理占办理结果总计的比例', shareOf(19, 718, [12, 7, 0])),
  arithmetic('B-A10', '沐阳县2025年行政复议纠正率', rate(10, 61, 15)),
  arithmetic('B-A11', '龙岗区2022年不掌握相关政府信息占无法提供的比重', shareOf(283, 285, [2, 0])),
  arithmetic('B-A12', '龙岗22年自然人申请占新收的百分比', shareOf(489, 552)),
  arithmetic('B-A13', '南山2020年新收减去办理结果总计', difference(262, 235)),
  arithmetic(
    'B-A14',
    '淮安市2024年行政事业性收费比沐阳县2025年多多少',
    anyOf(
      ans([yuan(961716000 - 40682080)], [wan(96171.6), wan(4068.208)]),
      ans([ratio(961716000 - 40682080)], [wan(96171.6), wan(4068.208)]),
    ),
    { note: '96171.6万元 − 4068.208万元 = 92103.392万元' },
  ),
  arithmetic('B-A15', '淮安市区两级2024年行政许可一共多少', anyOf(sum([447228, 9487]), CLARIFY), {
    note: '淮安市 447228 + 洪泽区 9487, or asked back',
  }),
  arithmetic('B-A16', '淮安市和洪泽区2024年新收申请加起来', sum([3119, 95])),
  arithmetic('B-A17', '龙岗区2022年行政许可、行政处罚、行政强制三项合计', sum([16103, 34389, 7749])),
  arithmetic('B-A18', '淮安2024年直接起诉和复议后起诉加一起', sum([26, 20])),
  arithmetic('B-A19', '淮安2024年复议纠正加诉讼纠正一共几件', sum([64, 4, 1], [5])),
  arithmetic('B-A20', '沐阳2025年予以公开加部分公开占总计多少', shareOf(294 + 101, 718, [294, 101])),
  arithmetic(
    'B-A21',
    '淮安24年予以公开占比加上部分公开占比是多少',
    anyOf(
      ans([share(1816, 3050)], [share(1362, 3050), share(454, 3050), 1362, 454, 3050, 1816]),
      ans([share(1816, 3119)], [share(1362, 3119), share(454, 3119), 1362, 454, 3119, 1816]),
    ),
    { note: 'a sum of shares: over 总计 3050 or over 新收 3119' },
  ),
  arithmetic('B-A22', '洪泽2024年予以公开占新收的比例', shareOf(50, 95)),
  arithmetic('B-A23', '龙岗发改局2020年平均每个采购项目多少钱', ans([ratio(5246500 / 3)], [yuan(5246500), 3])),
  arithmetic('B-A24', '南山2020年行政许可处理决定数量和上一年项目数量差多少', difference(8759, 220)),
  arithmetic('B-A25', '南山区2020年行政处罚上一年项目数量加上本年增加的', sum([2078, 2668])),
  arithmetic('B-A26', '沐阳县2025年复议总计 ratio 诉讼总计', quotient(61, 13, [3, 10])),
  arithmetic('B-A27', '洪泽24年复议总计 + 诉讼总计 total', sum([2, 4], [1, 3])),
  arithmetic('B-A28', '淮安2024年无法提供 minus 不予公开', difference(781, 178)),
  arithmetic('B-A29', '龙岗2022行政复议和行政诉讼加起来', sum([15, 38], [32, 6])),
  arithmetic('B-A30', '淮安2024年行政查询事项占不予公开的几成', shareOf(105, 178)),
  arithmetic('B-A31', '沐阳2025年三类内部事务信息占不予公开的比例', shareOf(13, 32)),
  arithmetic('B-A32', '淮安2024年结转下年度占新收的百分之几', shareOf(103, 3119)),
  arithmetic('B-A33', '洪泽2023年部分公开占办理结果总计的比例', shareOf(4, 21)),
  arithmetic('B-A34', '龙岗22年其他处理占总计的比重', shareOf(118, 535, [2, 0, 116])),
  arithmetic('B-A35', '淮安市2024年行政处罚是行政许可的多少倍', quotient(3985758, 447228)),
  arithmetic('B-A36', '沐阳县2025年和淮安市2024年的行政强制差多少', difference(88283, 2154)),
  arithmetic('B-A37', '洪泽区2023和2024年新收合计', sum([21, 95])),
  arithmetic(
    'B-A38',
    '呃那个龙岗区2022年啊就是不予公开的跟无法提供的加起来一共是多少来着',
    sum([30, 285], [...LG_DENIED, 283, 2]),
  ),
  arithmetic(
    'B-A39',
    '淮安2024年予以公开和部分公开 total 占新收多少',
    shareOf(1816, 3119, [1362, 454, share(1362, 3119), share(454, 3119)]),
  ),
  arithmetic('B-A40', '沐阳县2025年复议维持率', rate(27, 61, 15)),
  arithmetic('B-A41', '淮安2024年不予公开占比多少', shareOfEither(178, 3050, 3119, HA.denied)),

  // ── two figures of two organs or years at once ──
  crossed('B-X01', '淮安2024年和洪泽2023年的新收各是多少', ans([3119, 21])),
  crossed('B-X02', '龙岗区2022和南山区2020的行政复议总计', ans([15, 5])),
  crossed('B-X03', '沐阳2025和洪泽2024的予以公开分别多少', ans([294, 50])),
  crossed('B-X04', '淮安2024年复议结果维持和诉讼结果维持', ans([72, 25], [13, 12])),

  // ── yes / no ──
  figure('B-Y01', '淮安2024年新收加上年结转等不等于总计加结转下年度', yesEqual([3119, 34, 3050, 103, 3153])),
  figure('B-Y02', '龙岗发改局2020年的勾稽关系对得上吗', yesNo([4, 0, 1, 5]), {
    note: '4 + 0 = 4, 总计 4 + 结转 1 = 5: no',
  }),
  figure('B-Y03', '沐阳县2025年本年新收加上年结转是不是等于办理总计加结转下年度', yesEqual([713, 36, 718, 31, 749])),
  figure('B-Y04', '龙岗区2022年表三的勾稽关系成立吗', yesEqual([552, 10, 535, 27, 562])),
  figure('B-Y05', '南山区2020年第一项加第二项等于第三项加第四项吗', yesEqual([262, 6, 235, 33, 268])),
  figure('B-Y06', '洪泽区2024年予以公开有没有超过一半', yesNo([50, 95, share(50, 95)])),
  figure('B-Y07', '淮安2024年复议纠正的比维持的多吗', yesNo([64, 72, diff(8)]), { note: 'no: 64 < 72' }),
  figure('B-Y08', '沐阳县2025年行政诉讼有败诉的吗', yesNo([0, 3, 10, 13]), { note: '结果纠正 0 + 0: no' }),
  figure('B-Y09', '淮安2024年不予公开的各项加起来等于178吗', yesEqual([...HA.denied, 178])),
  figure('B-Y10', '洪泽2024年收没收信息处理费', proseOrSafe(yesNo([yuan(0)])), { note: 'prose: 0 元' }),

  // ── which year of one organ ──
  ranking('B-W01', '洪泽区2023年和2024年哪一年新收申请多', winner('2024', [21, 95, diff(74), ...changeShares(21, 95)])),
  ranking('B-W02', '洪泽行政处罚哪年多', winner('2023', [4119, 2776, diff(1343), ...changeShares(4119, 2776)])),
  ranking('B-W03', '洪泽区行政强制23年多还是24年多', winner('2023', [195, 84, diff(111), ...changeShares(195, 84)])),
  ranking(
    'B-W04',
    '洪泽区哪一年行政事业性收费更高',
    winner('2023', [wan(7730.28), wan(7545), yuan(77302800 - 75450000), ...changeShares(77302800, 75450000)]),
  ),
  ranking('B-W05', '洪泽区部分公开哪一年多', winner('2024', [4, 9, diff(5), ...changeShares(4, 9)])),
  ranking('B-W06', '洪泽区没有现成信息需要另行制作的哪年多', winner('2023', [3, 1, diff(2), ...changeShares(3, 1)])),
  ranking('B-W07', '洪泽区行政许可哪一年多', winner('2024', [550, 9487, diff(8937), ...changeShares(550, 9487)])),

  // ── rankings over one year's reports, and over one report's rows ──
  ranking('B-K01', '2024年哪个单位新收申请最多', winner('淮安', [3119, 95], [2])),
  ranking(
    'B-K02',
    '2020年几家单位的新收申请排个序',
    ans([262, 4, 1], [], { mustContain: ['南山'], reportsCompared: [3] }),
  ),
  ranking('B-K03', '2020年政府集中采购金额谁最高', winner('南山', [wan(170815.4), yuan(5246500), yuan(456880)], [3])),
  ranking(
    'B-K04',
    '2024年淮安和洪泽哪个予以公开的比重更高',
    anyOf(
      winner('洪泽', [share(1362, 3050), share(50, 95), 1362, 3050, 50, 95]),
      winner('洪泽', [share(1362, 3119), share(50, 95), 1362, 3119, 50, 95]),
    ),
  ),
  ranking(
    'B-K05',
    '2024年复议纠正率哪个高 淮安还是洪泽',
    anyOf(
      winner('洪泽', [share(64, 351), share(1, 2), 64, 351, 1, 2]),
      winner('洪泽', [share(64, 314), share(1, 2), 64, 314, 351, 37, 1, 2, 0]),
    ),
  ),
  ranking(
    'B-K06',
    '24年淮安和洪泽谁的不予公开占比更高',
    anyOf(
      winner('淮安', [share(178, 3050), share(3, 95), 178, 3050, 3, 95]),
      winner('淮安', [share(178, 3119), share(3, 95), 178, 3119, 3, 95]),
    ),
  ),
  ranking('B-K07', '2020年规范性文件新制作数量哪家最多', winner('南山', [8, 1, 0], [3])),
  ranking('B-K08', '2024年行政处罚哪个单位最多', winner('淮安', [3985758, 2776], [2])),
  ranking(
    'B-K09',
    '2024年哪个单位无法提供的比重更高',
    anyOf(
      winner('洪泽', [share(781, 3050), share(32, 95), 781, 3050, 32, 95]),
      winner('洪泽', [share(781, 3119), share(32, 95), 781, 3119, 32, 95]),
    ),
  ),
  ranking('B-K10', '龙岗区2022年不予公开的各项里哪项最多', winner('过程性', [...LG_DENIED, 30])),
  ranking('B-K11', '淮安2024年不予处理哪一类最多', winner('信访', [...HA.notProcessed, 88])),
  ranking('B-K12', '沐阳2025年不予公开哪一项最多', winner('内部事务', [...SY_DENIED, 32])),

  // ── filters and the whole store ──
  filter('B-G01', '2024年有哪些单位行政复议结果纠正不为零', list(['淮安', '洪泽'], [64, 1])),
  filter('B-G02', '2020年哪些单位新收申请超过3件', list(['南山', '发展和改革'], [262, 4, 1])),
  filter('B-G03', '库里哪些报告的行政复议总计是0', list(['发展和改革', '龙华'], [0])),
  filter('B-G04', '库里一共有几份报告', ans([9], [8])),
  filter('B-G05', '库里有哪些年份的报告', list(['2020', '2021', '2022', '2023', '2024', '2025'], [9, 1, 2, 3, 6, 8])),
  filter('B-G06', '2024年有哪些单位的报告', list(['淮安', '洪泽'], [2])),

  // ── places and years the store lacks ──
  noData('B-N01', '福田区2022年新收申请', NO_DATA),
  noData('B-N02', '宝安区2023年行政复议多少件', NO_DATA),
  noData('B-N03', '南京市2024年政府信息公开申请多少', NO_DATA),
  noData('B-N04', '淮安市2023年予以公开', NO_DATA),
  noData('B-N05', '沐阳县2024年行政许可', NO_DATA),
  noData('B-N06', '洪泽区2022年不予公开', NO_DATA),
  noData('B-N07', '南山区2021年新收申请', NO_DATA),
  noData('B-N08', '清江浦区2024年行政处罚', NO_DATA),
  noData('B-N09', '盱眙县2025年信访举报投诉类申请', NO_DATA),
  noData('B-N10', '深圳市2022年行政复议总计', SAFE, { note: 'no report of 深圳市人民政府' }),
  noData('B-N11', '龙岗区2021年新收申请', SAFE, { note: '龙岗区 2021 is only the data bureau, not the district' }),
  noData('B-N12', '淮阴区24年复议结果纠正', NO_DATA),
  noData('B-N13', '涟水县2025年其他处理', NO_DATA),
  noData('B-N14', '福田和龙岗2022年新收加起来', SAFE, { note: '福田 missing: no partial sum' }),
  noData('B-N15', '淮安市2025年行政许可', NO_DATA),

  // ── figures no table holds ──
  notInTables('B-O01', '淮安2024年政府信息公开工作人员有多少人', declined),
  notInTables('B-O02', '洪泽24年依申请公开平均多少天答复', declined),
  notInTables('B-O03', '龙岗区2022年网站浏览量', proseOrSafe(ans([63530000])), { note: 'prose: 6353万人次' }),
  notInTables('B-O04', '沐阳县2025年信息处理费收了多少', proseOrSafe(ans([yuan(380)]))),
  notInTables('B-O05', '淮安市2024年收取的信息处理费', proseOrSafe(ans([yuan(3940)]))),
  notInTables('B-O06', '淮安2024年开了几场新闻发布会', proseOrSafe(ans([12]))),
  notInTables('B-O07', '南山区2020年行政复议撤诉的有几件', declined),
  notInTables('B-O08', '龙岗22年网络申请多少件', proseOrSafe(ans([488]))),
  notInTables('B-O09', '南山区2020年申请量同比增长多少', proseOrSafe(ans([pct(4.8)]))),
  notInTables('B-O10', '洪泽区2024年主动公开政府信息多少条', proseOrSafe(ans([2428]))),
  notInTables('B-O11', '沐阳2025年行政复议平均审理天数', declined),
  notInTables('B-O12', '洪泽2024年政务新媒体有多少个', declined, { note: 'printed for 淮安市 only' }),
  notInTables('B-O13', '淮安2024年依申请公开答复满意度', declined),
  outOfScope('B-O14', '淮安2024年GDP多少', declined),
  outOfScope('B-O15', '龙岗区2022年财政收入', declined),
  outOfScope('B-O16', '帮我写一份2025年的年报', declined),
  outOfScope('B-O17', '明天天气怎么样', declined),

  // ── Traditional ──
  traditional('B-H01', '淮安市2024年行政許可多少件', ans([447228])),
  traditional('B-H02', '龍崗區2022年收到多少政府信息公開申請', ans([552])),
  traditional('B-H03', '洪澤區2024年不予公開總共幾件', sum(HZ24_DENIED)),
  traditional('B-H04', '沐陽縣2025年行政複議結果糾正', ans([10])),
  traditional('B-H05', '龍崗區2022年屬於四類過程性信息的', ans([10])),
  traditional('B-H06', '南山區2020年政府集中採購項目數量', ans([2502])),
  traditional('B-H07', '淮安市2024年重複申請有幾件', ans([25])),
  traditional('B-H08', '洪澤區2023年本機關不掌握相關政府信息', ans([10])),
  traditional('B-H09', '龍崗區2022年行政複議和行政訴訟加起來', sum([15, 38], [32, 6])),
  traditional('B-H10', '淮安2024年予以公開佔總計的比例', shareOf(1362, 3050)),
  traditional('B-H11', '沐陽2025年行政強制', ans([2154])),
  traditional('B-H12', '福田區2022年新收申請', NO_DATA),
  traditional('B-H13', '龍崗區2022年結轉下年度繼續辦理', ans([27])),
  traditional(
    'B-H14',
    '洪澤區行政處罰2023年和2024年哪年多',
    winner('2023', [4119, 2776, diff(1343), ...changeShares(4119, 2776)]),
  ),
  traditional('B-H15', '淮安市2024年直接起訴的尚未審結', ans([1])),
  traditional('B-H16', '龍崗區2022年規範性文件現行有效件數', ans([136])),

  // ── English ──
  english('B-E01', "How many information disclosure requests did Huai'an receive in 2024?", ans([3119])),
  english('B-E02', 'Hongze 2024 administrative penalties', ans([2776])),
  english('B-E03', 'What was the administrative reconsideration total of 沐阳县 in 2025?', ans([61])),
  english('B-E04', 'Longgang district 2022: how many requests were carried over to next year?', ans([27])),
  english('B-E05', 'Nanshan 2020 government centralized procurement amount', ans([wan(170815.4)])),
  english(
    'B-E06',
    "How many requests did Huai'an withhold in 2024 because they were administrative query matters?",
    ans([105]),
  ),
  english('B-E07', "What share of Huai'an's 2024 processed requests were fully disclosed?", shareOf(1362, 3050)),
  english('B-E08', "Difference between Hongze's new requests in 2024 and in 2023", difference(95, 21)),
  english(
    'B-E09',
    "Which had more administrative licensing decisions in 2024, Huai'an or Hongze?",
    yesNo([447228, 9487, diff(447228 - 9487)]),
  ),
  english('B-E10', 'Is there a report for Futian district 2022?', anyOf(SAFE, ans([]))),
  english('B-E11', 'hello, what can you do?', CHAT),
  english('B-E12', 'Longgang 2022 total lawsuits', sum([32, 6])),
  english('B-E13', 'How many reports are in the store?', ans([9], [8])),
  english('B-E14', 'Longgang district 2022 administrative coercion', ans([7749])),
  english('B-E15', "Huai'an 2024 reconsideration correction rate", rate(64, 351, 37)),
  english('B-E16', "What was the average reply time for requests in Huai'an 2024?", declined),

  // ── chat ──
  chat('B-C01', '你好', CHAT),
  chat('B-C02', '在吗', CHAT),
  chat('B-C03', '谢谢👍', CHAT),
  chat('B-C04', '重新开始', CHAT),
  chat('B-C05', '你能查些什么', CHAT),
  chat('B-C06', '@年报助手 帮助', CHAT),
  chat('B-C07', '各位早上好', CHAT),
  chat('B-C08', '辛苦了', CHAT),

  // ── not enough said: asked back ──
  lookup('B-Q01', '新收多少', SAFE),
  lookup('B-Q02', '复议纠正了几件', SAFE),
  lookup('B-Q03', '洪泽新收多少', anyOf(CLARIFY, ans([95]), ans([95, 21])), {
    note: 'two years held: asked back, the latest, or both',
  }),
  lookup('B-Q04', '那个表三总计是多少', SAFE),
  lookup('B-Q05', '去年的呢', SAFE),
  lookup('B-Q06', '龙岗复议总计', anyOf(ans([15]), CLARIFY), { note: '龙岗区人民政府 holds only 2022' }),
  lookup('B-Q07', '2024年不予公开', anyOf(CLARIFY, ans([178, 3], [...HA.denied, ...HZ24_DENIED])), {
    note: 'two organs in 2024: asked back, or both',
  }),
  lookup('B-Q08', '差多少', SAFE),
  lookup('B-Q09', '淮安2024年的比例是多少', SAFE),

  // ── 去年 / 前年 ──
  relativeYear('B-V01', '沐阳去年复议维持多少', orNone(ans([27]))),
  relativeYear('B-V02', '淮安前年新收', orNone(ans([3119]))),
  relativeYear('B-V03', '洪泽去年不予公开', orNone(sum(HZ24_DENIED))),
  relativeYear('B-V04', '洪泽大前年新收', orNone(ans([21]))),
  relativeYear('B-V05', '洪泽前年和去年的新收差多少', orNone(difference(95, 21))),
  relativeYear('B-V06', '沐阳今年行政许可', orNone(ans([517645]))),

  // ── misspellings ──
  misspelling('B-S01', '沭阳县2025年行政复议总计', orAsk(ans([61])), {
    note: "沭阳, the county's name; the OCR reads 沐阳",
  }),
  misspelling('B-S02', '淮按市2024年行政许可', orAsk(ans([447228]))),
  misspelling('B-S03', '洪择区2024年行政处罚', orAsk(ans([2776]))),
  misspelling('B-S04', '龙港区2022年新收', anyOf(ans([552]), SAFE), { note: '龙港 is also a city the store lacks' }),
  misspelling('B-S05', '龙岗区2022年行政复意结果维持', orAsk(ans([7]))),
  misspelling('B-S06', '沭阳2025年不予处理', orAsk(sum([12, 7, 0, 0, 0]))),
];

const turn = (question: string, expect: Expect, note?: string): Turn => ({
  question,
  expect,
  ...(note ? { note } : {}),
});
const en = (question: string, expect: Expect): Turn => ({ question, expect, replyIn: 'en' });
const hant = (question: string, expect: Expect): Turn => ({ question, expect, replyIn: 'hant' });
const conversation = (id: string, turns: readonly Turn[], note?: string): Conversation => ({
  id,
  class: 'conversation',
  turns,
  ...(note ? { note } : {}),
});

export const TWENTYSECOND_CONVERSATIONS: readonly Conversation[] = [
  conversation('B-D01', [
    turn('淮安2024年予以公开多少', ans([1362])),
    turn('部分公开呢', ans([454])),
    turn('这两个加起来', sum([1362, 454])),
    turn('占总计的比例是多少', shareOf(1816, 3050, [1362, 454])),
  ]),
  conversation('B-D02', [
    turn('洪泽24年新收申请', ans([95])),
    turn('2023年呢', ans([21])),
    turn('差多少', difference(95, 21)),
    turn('增长了百分之几', percentChange(21, 95)),
  ]),
  conversation('B-D03', [
    turn('沐阳县2025年行政复议总计', ans([61])),
    turn('行政诉讼呢', sum([3, 10])),
    turn('前者是后者的几倍', quotient(61, 13, [3, 10])),
  ]),
  conversation('B-D04', [
    turn('淮安2024年不予公开多少件', sum(HA.denied)),
    turn('其中哪一项最多', winner('行政查询', [...HA.denied, 178])),
    turn('它占不予公开的几成', shareOf(105, 178)),
  ]),
  conversation(
    'B-D05',
    [
      turn('龙岗22年无法提供一共多少', sum([283, 2, 0])),
      turn('那洪泽呢', SAFE, '洪泽区 has no 2022 report'),
      turn('洪泽2024年呢', sum([31, 1, 0])),
      turn('这两个差多少', difference(285, 32)),
    ],
    'an organ switch to a year the new organ lacks',
  ),
  conversation('B-D06', [
    en("How many new requests did Huai'an receive in 2024?", ans([3119])),
    en('And Hongze?', ans([95])),
    en("What's the difference?", difference(3119, 95)),
    en('And the ratio of the first to the second?', quotient(3119, 95)),
  ]),
  conversation(
    'B-D07',
    [
      turn('淮安2024行政许可', ans([447228])),
      turn('库里一共几份报告', ans([9], [8])),
      turn('洪泽24年的行政许可呢', ans([9487])),
      turn('淮安的是洪泽的几倍', quotient(447228, 9487)),
    ],
    'a whole-store question in the middle',
  ),
  conversation('B-D08', [
    turn('龙岗区2022年复议结果维持', ans([7])),
    turn('重新开始', CHAT),
    turn('纠正呢', SAFE, 'after 重新开始 there is no organ or year'),
  ]),
  conversation('B-D09', [
    turn('洪泽区2023年行政处罚多少', ans([4119])),
    turn('2024年呢', ans([2776])),
    turn('平均每年多少', mean([4119, 2776])),
    turn('这两年加起来', sum([4119, 2776])),
  ]),
  conversation('B-D10', [
    turn('沐阳2025年不予处理', sum([12, 7, 0, 0, 0])),
    turn('其中重复申请', ans([7])),
    turn('它占不予处理的比例', shareOf(7, 19)),
  ]),
  conversation('B-D11', [
    turn('南山区2020年行政许可处理决定数量', ans([8759])),
    turn('上一年项目数量呢', ans([220])),
    turn('本年增减呢', ans([diff(-19)])),
    turn('那行政处罚的上一年项目数量', ans([2078])),
  ]),
  conversation('B-D12', [
    hant('龍崗區2022年行政訴訟總計', sum([32, 6])),
    hant('行政複議呢', ans([15])),
    hant('兩個加起來', sum([38, 15], [32, 6])),
  ]),
  conversation('B-D13', [
    turn('淮安2024年复议尚未审结的', ans([37])),
    turn('诉讼尚未审结呢', sum([1, 6])),
    turn('加起来', sum([37, 7], [1, 6])),
    turn('再加上洪泽24年的复议总计', sum([44, 2], [37, 7, 1, 6])),
  ]),
  conversation('B-D14', [
    turn('2024年哪个单位行政处罚最多', winner('淮安', [3985758, 2776], [2])),
    turn('它是洪泽的几倍', quotient(3985758, 2776)),
    turn(
      '那行政强制呢',
      anyOf(winner('淮安', [88283, 84], [2]), quotient(88283, 84), ans([88283, 84])),
      'the ranking or the quotient for 行政强制',
    ),
  ]),
  conversation(
    'B-D15',
    [
      turn('沐阳县2025年行政许可', ans([517645])),
      turn('2024年呢', SAFE, '沐阳县 has no 2024 report'),
      turn('那2025年的行政强制', ans([2154])),
      turn('这两个加起来', sum([517645, 2154])),
    ],
    'a year switch the organ lacks',
  ),
  conversation('B-D16', [
    turn('龙岗2022年自然人新收多少', ans([489])),
    turn('法人或其他组织呢', sum([51, 0, 0, 8, 4])),
    turn('前者占新收总数的比重', shareOf(489, 552, [63])),
  ]),
  conversation('B-D17', [
    en('Longgang district 2022 administrative reconsideration total', ans([15])),
    en('And lawsuits?', sum([32, 6])),
    en('Add them up', sum([15, 38], [32, 6])),
    en('How many of the reconsiderations were upheld?', ans([7])),
  ]),
  conversation('B-D18', [
    turn('淮安24年行政许可多少', ans([447228])),
    turn('行政处罚呢', ans([3985758])),
    turn('第二个减第一个', difference(3985758, 447228)),
  ]),
  conversation('B-D19', [
    turn('洪泽2023年本机关不掌握相关政府信息', ans([10])),
    turn('24年呢', ans([31])),
    turn('这两年加起来', sum([10, 31])),
    turn('平均每年', mean([10, 31])),
  ]),
  conversation('B-D20', [
    turn('南山2020年政府集中采购金额', ans([wan(170815.4)])),
    turn('龙岗发改局呢', ans([yuan(5246500)])),
    turn('前者是后者几倍', quotient(1708154000, 5246500, [wan(170815.4), yuan(5246500)])),
  ]),
  conversation('B-D21', [
    turn('淮安2024年结转下年度', ans([103])),
    turn('上年结转呢', ans([34])),
    turn('差多少', difference(103, 34)),
    turn('那沐阳2025年的结转下年度呢', ans([31])),
    turn('和淮安的差多少', difference(103, 31)),
  ]),
  conversation('B-D22', [turn('你好', CHAT), turn('淮安24年规章现行有效几件', ans([11])), turn('谢谢', CHAT)]),
  conversation('B-D23', [
    turn('龙岗区2022年行政复议总计', ans([15])),
    turn('其中尚未审结', ans([5])),
    turn('审结了多少', ans([10], [15, 5, 7, 2, 1])),
    turn('维持率是多少', rate(7, 15, 5)),
  ]),
  conversation('B-D24', [
    turn('沐阳2025年新收', ans([713])),
    turn('上年结转', ans([36])),
    turn('加起来', sum([713, 36])),
    turn('办理结果总计呢', ans([718])),
    turn('和刚才的合计差多少', difference(749, 718)),
  ]),
  conversation('B-D25', [
    turn('淮安2024年复议结果纠正', ans([64])),
    turn('诉讼的结果纠正呢', sum([4, 1])),
    turn('前者是后者几倍', quotient(64, 5, [4, 1])),
  ]),
  conversation(
    'B-D26',
    [
      turn('2024年淮安和洪泽的部分公开各多少', ans([454, 9])),
      turn('这两个加起来', sum([454, 9])),
      turn('淮安的占几成', shareOf(454, 463, [9])),
    ],
    'a pointer to a part after a list',
  ),
  conversation('B-D27', [
    en('How many reconsiderations were upheld for 沐阳县 in 2025?', ans([27])),
    en('And corrected?', ans([10])),
    en('What share of the total is that?', rate(10, 61, 15)),
    en("And Huai'an in 2024?", anyOf(...rateOf(64, 351, 37), ans([64]))),
  ]),
  conversation('B-D28', [
    turn('龙岗2022行政许可', ans([16103])),
    turn('行政处罚', ans([34389])),
    turn('行政强制', ans([7749])),
    turn('这三个加起来', sum([16103, 34389, 7749])),
    turn('平均每项多少', mean([16103, 34389, 7749])),
  ]),
  conversation(
    'B-D29',
    [
      turn('洪泽区2024年予以公开', ans([50])),
      turn('库里有哪些单位', list(['淮安', '洪泽', '沐阳', '南山', '龙岗', '龙华'], [9, 8])),
      turn('那沐阳2025年的予以公开呢', ans([294])),
      turn('前者占后者的百分之几', shareOf(50, 294)),
    ],
    "a whole-store question between an operation's operands",
  ),
  conversation(
    'B-D30',
    [
      turn('淮安2024年不予处理哪一类最多', winner('信访', [...HA.notProcessed, 88])),
      turn('它占不予处理的几成', shareOf(62, 88)),
      turn('那沐阳25年呢', anyOf(shareOf(12, 19), winner('信访', [12, 7, 0, 19]))),
    ],
    'a pointer to the top item of a ranking',
  ),
  conversation('B-D31', [
    turn('龙岗区2022年予以公开', ans([66])),
    turn('部分公开', ans([36])),
    turn('第一个减第二个', difference(66, 36)),
    turn('重新开始', CHAT),
    turn('洪泽24年予以公开', ans([50])),
  ]),
];
