// A nineteenth held-out set (`npm run held-out -- --set nineteenth`), written on 2026-12-07 (begun 23:40 UTC by
// `date -u`), blind: without reading src/answers, test/answers or the earlier sets' questions (only expect.ts,
// score.ts, store.ts, run.ts and the opening lines of fifteenth.ts for the shape), and before the engine was run on
// any of it. Same store (five sample reports, four real text reports: 淮安市 2024, 洪泽区 2023 and 2024, 沐阳县 2025),
// same scoring. It leans on what a disclosure office asks every day: one figure of one organ and year typed sloppily
// (abbreviated organ, 年 missing, 23年, row labels paraphrased the way staff say them: 依申请公开收了多少, 驳回的复议,
// 败诉的官司), short follow-ups, and figures the reports do not hold asked plainly; table 二 and 四 rows at least as
// often as table 三; the real reports at least as often as the samples. Every expected value was read off the report
// text (data/reports, test/fixtures/real-reports); sums, shares, quotients and changes are the arithmetic on the
// printed figures, written beside each question.
//
// Readings: 去年 / 前年 are 2025 / 2024 by the clock (2026), or 2024 / 2023 with the store's latest year (2025) as this
// year: either is right. A close misspelling or an old name may be answered or asked back (issue 13 rule 8). A figure
// printed only in a report's prose may be stated or declined; a figure printed nowhere must be declined. A rate of a
// result column (纠正率 / 维持率) may be over the printed 总计 or over the cases settled (总计 − 尚未审结). 驳回 is no
// column of table 四 (the template counts it under 其他结果): 其他结果 or a question back. 败诉 of a 诉讼 is 结果纠正.
// Not asked: 洪泽区 2023's table 四 (garbled by the layout extraction); 龙华区数据局 2020's 总计 column below 新收; 沐阳县
// 2025's applicant columns below 新收 (the OCR re-heads them); 南山区 2020's "/" cells except as none-or-declined.
//
// The figures, as printed (table 二 / 三 总计 column / 四), per report:
// 淮安市人民政府 2024 (HA): 规章 1 / 0 / 11; 规范性文件 8 / 26 / 66; 许可 447228; 处罚 3985758; 强制 88283; 收费 96171.6 万元.
//   新收 自然人 3001 / 商业企业 53 / 科研 0 / 公益 0 / 法律服务 61 / 其他 4 = 3119; 结转 34; 予以公开 1362; 部分 454;
//   不予公开 2 + 31 + 5 + 6 + 8 + 12 + 9 + 105 = 178; 无法提供 769 + 11 + 1 = 781; 不予处理 62 + 25 + 0 + 0 + 1 = 88;
//   其他处理 71 + 6 + 110 = 187; 总计 3050; 结转下年 103. 复议 72 / 64 / 178 / 37 / 351; 直接起诉 13 / 4 / 8 / 1 / 26;
//   复议后起诉 12 / 1 / 1 / 6 / 20. Prose: 政务新媒体 95 个, 信息处理费 3940 元.
// 洪泽区 2024 (HZ24): 规章 0 / 0 / 0; 规范性文件 3 / 0 / 8; 许可 9487; 处罚 2776; 强制 84; 收费 7545 万元. 新收 95; 结转 0;
//   予以公开 50; 部分 9; 不予公开 三安全 1 + 过程性 1 + 执法案卷 1 = 3; 无法提供 31 + 1 = 32; 不予处理 信访 1; 其他处理 0;
//   总计 95; 结转下年 0. 复议 1 / 1 / 0 / 0 / 2; 直接起诉 1 / 0 / 0 / 0 / 1; 复议后起诉 2 / 0 / 1 / 0 / 3.
// 洪泽区 2023 (HZ23): 规章 0 / 0 / 0; 规范性文件 0 / 5 / 5; 许可 550; 处罚 4119; 强制 195; 收费 7730.28 万元. 新收 21; 结转 0;
//   予以公开 0; 部分 4; 国家秘密 1, 过程性 1, 执法案卷 1; 不掌握 10, 另行制作 3; 信访 1; 其他处理 0; 总计 21; 结转下年 0.
// 沐阳县人民政府 2025 (SY): 规章 0 / 0 / 0; 规范性文件 6 / 1 / 32; 许可 517645; 处罚 693957; 强制 2154; 收费 4068.208 万元.
//   新收 713; 结转 36; 予以公开 294; 部分 101; 不予公开 三安全 2 + 第三方 2 + 内部 13 + 过程性 2 + 执法案卷 4 + 查询 9 = 32;
//   无法提供 111 + 2 + 0 = 113; 不予处理 信访 12 + 重复 7 = 19; 其他处理 9 + 7 + 143 = 159; 总计 718; 结转下年 31.
//   复议 27 / 10 / 9 / 15 / 61; 直接起诉 3 / 0 / 0 / 0 / 3; 复议后起诉 8 / 0 / 1 / 1 / 10. Prose: 信息处理费 380 元.
// 深圳市龙岗区人民政府 2022 (LG): 规章 0; 规范性文件 46 / 11 / 136; 许可 16103; 处罚 34389; 强制 7749; 收费 2.22934 万元.
//   新收 489 / 51 / 0 / 0 / 8 / 4 = 552; 结转 10; 予以公开 66; 部分 36; 不予公开 1 + 0 + 0 + 7 + 8 + 10 + 3 + 1 = 30;
//   无法提供 283 + 2 + 0 = 285; 不予处理 0; 其他处理 2 + 0 + 116 = 118; 总计 535; 结转下年 27.
//   复议 7 / 2 / 1 / 5 / 15; 直接起诉 19 / 0 / 2 / 11 / 32; 复议后起诉 4 / 0 / 0 / 2 / 6.
// 深圳市龙岗区政务服务数据管理局 2021 (LGD): 规范性文件 1 / 0 / 1; every other table figure 0. Prose: 12345 来电 156710 件次.
// 深圳市龙岗区发展和改革局 2020 (LGF, 2019 template): 规范性文件 1 / 1 / 1; 许可 12; 其他对外管理服务事项 949; 处罚 0; 强制 0;
//   收费 上一年 41 项, 本年增减 −16; 政府集中采购 3 项, 5246500 元. 新收 4; 结转 0; 予以公开 2; 部分 1; 不掌握 1; 总计 4;
//   结转下年 1 (4 + 0 ≠ 4 + 1: the report's check fails). Table 四 all 0.
// 深圳市龙华区政务服务数据管理局 2020 (LH, 2019 template): table 二 all 0; 政府集中采购 9 项, 456880 元. 新收 1. Table 四 all 0.
// 深圳市南山区人民政府 2020 (NS, 2019 template): 规章 "/"; 规范性文件 8 / 8 / 8; 许可 8759; 其他对外管理服务事项 199956;
//   处罚 1767; 强制 159; 收费 上一年 14 项; 政府集中采购 2502 项, 170815.4 万元. 新收 自然人 236 / 商业企业 22 / 其他 4 = 262;
//   结转 6; 予以公开 100; 部分 49; 过程性 4; 不掌握 51; 另行制作 1; 信访 1; 重复 4; 其他处理 25; 总计 235; 结转下年 33.
//   复议 维持 5, 总计 5; 直接起诉 维持 1, 尚未审结 1, 总计 2; 复议后起诉 维持 2, 总计 2.
import { difference, list, orAsk, quotient, shareOf, sum } from './builders.js';
import type { Conversation, Expect, SingleQuestion } from './expect.js';
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
const percentChange = (from: number, to: number): Expect =>
  anyOf(...changeShares(from, to).map((c) => ans([c], [from, to, diff(to - from)])));
/** A rate of one result column: over the printed 总计, or over the settled cases (总计 − 尚未审结). */
const rate = (part: number, total: number, pending: number, also: readonly Figure[] = []): Expect =>
  anyOf(
    shareOf(part, total, [pending, total - pending, ...also]),
    ans([share(part, total - pending)], [part, total, pending, total - pending, ...also]),
  );
/** A place or organ the store does not hold: no data, or a question back. */
const notHeld: Expect = anyOf(NO_DATA, CLARIFY);
/** Out of the reports' scope: declined, or a reply of its own without a figure. */
const declined: Expect = anyOf(SAFE, CHAT);

export const NINETEENTH_QUESTIONS: readonly SingleQuestion[] = [
  // ── lookups typed the way staff type them ──────────────────────────────────────────────────────────────────
  lookup('V-L01', '淮安市24年依申请公开收了多少', ans([3119]), { note: '新收 总计 3119' }),
  lookup('V-L02', '洪泽2024行政许可多少件', ans([9487])),
  lookup('V-L03', '沐阳县25年行政处罚', ans([693957])),
  lookup('V-L04', '龙岗区政府2022年行政强制多少', ans([7749])),
  lookup('V-L05', '南山区政府2020政府集中采购金额是多少', ans([wan(170815.4)], [2502])),
  lookup('V-L06', '龙岗发改局2020年政府集中采购花了多少钱', ans([yuan(5246500)], [3])),
  lookup('V-L07', '龙华数据局2020年采购项目几个', ans([9], [yuan(456880)])),
  lookup('V-L08', '洪泽区2023年行政事业性收费多少万', ans([wan(7730.28)])),
  lookup('V-L09', '淮安市政府2024年行政事业性收费金额', ans([wan(96171.6)])),
  lookup('V-L10', '龙岗22年规范性文件现行有效几件', ans([136])),
  lookup('V-L11', '淮安2024年规章现行有效多少件', ans([11])),
  lookup('V-L12', '沐阳县2025年规范性文件废止了几件', ans([1])),
  lookup('V-L13', '洪泽区23年规范性文件废止', ans([5])),
  lookup('V-L14', '淮安市2024年驳回的复议有多少', orAsk(ans([178])), {
    note: '驳回 is no column: the template counts it under 其他结果 (178); asking back is right too',
  }),
  lookup('V-L15', '败诉的官司淮安市政府24年有几件', orAsk(ans([5], [4, 1])), {
    note: '败诉 = 诉讼 结果纠正: 直接起诉 4 + 复议后起诉 1 = 5',
  }),
  lookup('V-L16', '龙岗区2022年复议后起诉尚未审结的', ans([2])),
  lookup('V-L17', '沐阳2025年行政复议结果纠正', ans([10])),
  lookup('V-L18', '洪泽2024复议后起诉其他结果', ans([1])),
  lookup('V-L19', '南山区2020年重复申请', ans([4])),
  lookup('V-L20', '淮安市2024年属于行政查询事项的不予公开有几件', ans([105])),
  lookup('V-L21', '龙岗2022年结转下年度继续办理', ans([27])),
  lookup('V-L22', '沐阳县上年结转的申请', ans([36]), { note: 'one 沐阳县 report (2025)' }),
  lookup('V-L23', '洪泽区2024年本机关不掌握相关政府信息', ans([31])),
  lookup('V-L24', '龙岗数据局2021年行政许可', ans([0])),
  lookup('V-L25', '南山2020年行政强制', ans([159])),

  // ── rows named by their printed label, applicant columns ─────────────────────────────────────────────────
  figure(
    'V-F01',
    '淮安市人民政府2024年“申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”是多少',
    ans([71]),
  ),
  figure(
    'V-F02',
    '沐阳县2025年 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 的数量',
    ans([7]),
  ),
  figure('V-F03', '龙岗区2022年（二）部分公开（区分处理的，只计这一情形，不计其他情形）总计', ans([36])),
  figure('V-F04', '淮安2024 要求行政机关确认或重新出具已获取信息 几件', ans([1])),
  figure('V-F05', '南山区2020年没有现成信息需要另行制作', ans([1])),
  figure('V-F06', '洪泽区2023年属于国家秘密的', ans([1])),
  figure('V-F07', '淮安市政府2024年补正后申请内容仍不明确', ans([1])),
  figure('V-F08', '龙岗区2022年属于三类内部事务信息', ans([8])),
  figure('V-F10', '淮安2024年法律服务机构提出的新收申请', ans([61], [3119])),
  figure('V-F11', '龙岗区政府2022年商业企业申请了多少', ans([51], [552])),
  figure('V-F12', '南山区2020年法人或其他组织中“其他”类申请人新收多少', ans([4], [262])),
  figure('V-F13', '淮安市2024年科研机构新收申请', ans([0], [3119])),
  figure('V-F14', '淮安市2024年社会公益组织提的申请', ans([0], [3119])),
  figure('V-F15', '淮安2024年自然人的申请', ans([3001], [3119]), { note: '新收 自然人 3001 (结转 34 allowed)' }),
  figure('V-F16', '龙岗区2022年本年度办理结果总计', ans([535])),
  figure('V-F17', '淮安市2024年危及“三安全一稳定”', ans([5])),
  figure('V-F18', '洪泽区2024年未经复议直接起诉的行政诉讼总计', ans([1])),
  figure('V-F19', '龙岗区2022年法律服务机构的上年结转', ans([0], [10])),
  figure('V-F20', '淮安2024年保护第三方合法权益不予公开', ans([6])),

  // ── figures no table holds ────────────────────────────────────────────────────────────────────────────
  notInTables('V-N01', '淮安市2024年复议案件平均审理多少天', SAFE),
  notInTables('V-N02', '龙岗区2022年政府网站访问量是多少', SAFE),
  notInTables('V-N03', '沐阳县2025年依申请公开平均几天答复', SAFE),
  notInTables('V-N04', '南山区2020年有多少工作人员负责信息公开', SAFE),
  notInTables('V-N05', '哪个单位每千件申请的复议数最多', SAFE, { note: 'no table figure; the task names it safe' }),
  notInTables('V-N06', '淮安市2024年在运维的政务新媒体有多少个', anyOf(ans([95]), SAFE), {
    note: 'printed only in the prose (95 个)',
  }),
  notInTables('V-N07', '沐阳县2025年行政诉讼败诉率全国排第几', SAFE),
  notInTables('V-N08', '洪泽区2023年信息公开经费预算多少', SAFE),
  notInTables('V-N09', '龙岗区政府2022年申请人里男的女的各多少', SAFE),
  notInTables('V-N10', '淮安2024年电话咨询了多少次', SAFE),

  // ── relative years ─────────────────────────────────────────────────────────────────────────────────────
  relativeYear('V-R01', '淮安去年的行政许可', anyOf(ans([447228]), SAFE), {
    note: 'clock: 2025, no 淮安 report; store latest 2025 as this year: 2024 → 447228',
  }),
  relativeYear('V-R02', '沐阳县去年行政复议总计', anyOf(ans([61]), SAFE), {
    note: 'clock: 2025 → 61; store reading: 2024, no 沐阳 report',
  }),
  relativeYear('V-R03', '洪泽区前年收到的申请', anyOf(ans([95]), ans([21])), {
    note: 'clock: 2024 → 95; store reading: 2023 → 21',
  }),
  relativeYear('V-R04', '洪泽2024年比上一年多收了多少申请', difference(95, 21), { note: '95 − 21 = 74' }),
  relativeYear('V-R05', '洪泽区2024年行政强制比上年少了多少', difference(84, 195), { note: '195 − 84 = 111' }),
  relativeYear('V-R06', '洪泽区今年的行政许可', anyOf(SAFE, ans([9487])), {
    note: 'no 2026 or 2025 report of 洪泽; its latest (2024) may be offered',
  }),

  // ── arithmetic ────────────────────────────────────────────────────────────────────────────────────────
  arithmetic('V-A01', '淮安市2024年复议的纠正率', rate(64, 351, 37), { note: '64/351 = 18.23%; 64/314 = 20.38%' }),
  arithmetic('V-A02', '沐阳县2025年行政复议维持率', rate(27, 61, 15), { note: '27/61 = 44.26%; 27/46 = 58.70%' }),
  arithmetic('V-A03', '龙岗区2022年直接起诉的维持率是多少', rate(19, 32, 11), { note: '19/32; 19/21' }),
  arithmetic('V-A04', '淮安2024年予以公开占新收申请的比例', shareOf(1362, 3119), { note: '43.67%' }),
  arithmetic('V-A05', '淮安市2024年不予公开一共多少件', sum([2, 31, 5, 6, 8, 12, 9, 105])),
  arithmetic('V-A06', '龙岗区2022年不予公开和无法提供加起来多少', sum([30, 285], [1, 0, 7, 8, 10, 3, 283, 2]), {
    note: '30 + 285 = 315',
  }),
  arithmetic('V-A07', '沐阳县2025年信访举报投诉类和重复申请合计', sum([12, 7])),
  arithmetic('V-A08', '淮安市2024年予以公开占予以公开加部分公开的比例', shareOf(1362, 1816, [454]), {
    note: '1362 / (1362 + 454) = 75%',
  }),
  arithmetic('V-A09', '洪泽区2023和2024年行政许可一共多少', sum([550, 9487])),
  arithmetic('V-A10', '洪泽区行政许可2024年比2023年增长了百分之多少', percentChange(550, 9487), {
    note: '(9487 − 550) / 550 = 1624.91%',
  }),
  arithmetic('V-A11', '淮安市政府2024年行政许可是洪泽区2024年的几倍', quotient(447228, 9487), { note: '47.14' }),
  arithmetic('V-A12', '沐阳县2025年行政诉讼一共多少件', sum([3, 10])),
  arithmetic('V-A13', '龙岗区2022年行政复议和行政诉讼总共多少', sum([15, 32, 6], [38]), { note: '15 + 38 = 53' }),
  arithmetic('V-A14', '洪泽2023、2024两年新收申请平均每年多少', ans([58], [21, 95, 116]), { note: '(21 + 95) / 2' }),
  arithmetic('V-A15', '淮安市2024年不予处理占总计的比重', shareOf(88, 3050, [62, 25, 0, 1]), { note: '2.89%' }),
  arithmetic('V-A16', '沐阳县2025年行政强制占行政处罚的比重', shareOf(2154, 693957), { note: '0.31%' }),
  arithmetic('V-A17', '淮安市2024年上年结转加新收一共多少', sum([3119, 34])),
  arithmetic('V-A18', '龙岗区2022年其他处理三项合计', sum([2, 0, 116])),
  arithmetic('V-A19', '南山区2020年予以公开和部分公开合计占总计几成', shareOf(149, 235, [100, 49]), {
    note: '(100 + 49) / 235 = 63.40%',
  }),
  arithmetic('V-A20', '淮安2024年复议的尚未审结占多少比例', shareOf(37, 351), { note: '10.54%' }),

  // ── crossed organ–year pairs ──────────────────────────────────────────────────────────────────────────
  crossed('V-C01', '龙岗2022和南山2020的新收申请分别是多少', ans([552, 262])),
  crossed('V-C02', '淮安市2024年和沐阳县2025年行政许可各多少', ans([447228, 517645])),
  crossed('V-C03', '洪泽2023年和沐阳2025年的行政规范性文件制发件数', ans([0, 6])),
  crossed('V-C04', '南山区2022年的行政处罚', SAFE, { note: '南山区 only 2020' }),
  crossed('V-C05', '龙岗区政府2020年的行政复议', SAFE, {
    note: '龙岗区政府 only 2022; 2020 is 发展和改革局, another organ',
  }),
  crossed('V-C06', '淮安市2025年依申请公开新收多少', SAFE, { note: '淮安市 only 2024' }),

  // ── filters, lists, counts ───────────────────────────────────────────────────────────────────────────
  filter('V-I01', '2024年区政府里行政复议最多的是哪个', ans([2], [], { mustContain: ['洪泽'], reportsCompared: [1] }), {
    note: 'one 区 report in 2024: 洪泽区 2',
  }),
  filter('V-I02', '哪些报告是2020年的', list(['南山', '龙华', '发展和改革'], [3])),
  filter('V-I03', '江苏的报告有几份', ans([4])),
  filter('V-I04', '广东有几个区政府的报告', ans([2]), { note: '龙岗区 2022, 南山区 2020' }),
  filter('V-I05', '列一下所有的部门报告', list(['政务服务数据管理局', '发展和改革局'], [3])),
  filter('V-I06', '有几个县政府', ans([1]), { note: '沐阳县' }),
  filter(
    'V-I07',
    '2020年部门报告的政府集中采购金额合计',
    ans([yuan(5703380)], [yuan(5246500), yuan(456880), 3, 9, 2]),
    { note: '5246500 + 456880 = 5703380 元' },
  ),

  // ── rankings ──────────────────────────────────────────────────────────────────────────────────────────
  ranking(
    'V-K01',
    '2024年哪个单位行政许可最多',
    ans([447228], [9487], { mustContain: ['淮安'], reportsCompared: [2] }),
  ),
  ranking('V-K02', '所有报告里行政复议总计最多的是哪家', ans([351], [61, 15, 5, 2, 0], { mustContain: ['淮安'] })),
  ranking('V-K03', '2020年三份报告里新收申请最少的是哪个', ans([1], [4, 262, 3], { mustContain: ['龙华'] })),
  ranking('V-K04', '龙岗区2022年不予公开的理由里哪一项最多', ans([10], [1, 0, 7, 8, 3, 30], { mustContain: ['过程'] })),
  ranking('V-K05', '淮安2024无法提供三项从多到少排一下', ans([769, 11, 1], [781])),

  // ── chat ──────────────────────────────────────────────────────────────────────────────────────────────
  chat('V-H01', '你好', CHAT),
  chat('V-H02', '谢谢啦🙏', CHAT),
  chat('V-H03', '你能查些什么', CHAT),
  chat('V-H04', '在吗', CHAT),

  // ── Traditional (some mixed with Simplified) ─────────────────────────────────────────────────────────────
  traditional('V-T01', '淮安市2024年行政復議結果糾正多少件', ans([64])),
  traditional('V-T02', '龍崗區2022年行政訴訟總共多少', ans([38], [32, 6])),
  traditional('V-T03', '沐陽縣2025年予以公開幾件', ans([294])),
  traditional('V-T04', '南山區2020年結轉下年度繼續辦理', ans([33])),
  traditional('V-T05', '洪澤区2024年行政處罚比2023年少了多少', difference(2776, 4119), '4119 − 2776 = 1343'),

  // ── misspelt organs and figures, old names ─────────────────────────────────────────────────────────────
  misspelling('V-M01', '洪择区2024年行政强制', orAsk(ans([84]))),
  misspelling('V-M02', '淮按市2024年行政复议总计', orAsk(ans([351]))),
  misspelling('V-M03', '沭阳县2025年行政许可', orAsk(ans([517645])), {
    note: "沭阳 is the county's true name; the report (OCR) prints 沐阳",
  }),
  misspelling('V-M04', '龙刚区2022年予以公开', orAsk(ans([66]))),
  misspelling('V-M05', '南删区2020年部分公开', orAsk(ans([49]))),
  misspelling('V-M06', '淮安市2024年行政许克', orAsk(ans([447228]))),
  misspelling('V-M07', '龙岗区2022年行政复意总计', orAsk(ans([15]))),
  misspelling('V-M08', '深圳市龙岗区政务服务和数据管理局2021年新收申请', orAsk(ans([0])), {
    note: "the bureau's later name (政务服务和数据管理局)",
  }),

  // ── English ───────────────────────────────────────────────────────────────────────────────────────────
  english('V-E01', "How many information disclosure requests did Huai'an city receive in 2024?", ans([3119])),
  english(
    'V-E02',
    'Longgang district 2022: what share of the requests processed were granted in full?',
    shareOf(66, 535),
    '66 / 535 = 12.34%',
  ),
  english(
    'V-E03',
    'Shuyang county 2025 administrative reconsideration cases in total',
    orAsk(ans([61])),
    'Shuyang = 沭阳',
  ),
  english('V-E04', 'Hongze 2024 lawsuits in total', ans([4], [1, 3])),
  english(
    'V-E05',
    "Which 2024 report had more administrative penalties, Huai'an or Hongze?",
    ans([3985758], [2776, diff(3985758 - 2776)]),
  ),
  english('V-E06', 'Nanshan 2020 government centralized procurement amount', ans([wan(170815.4)], [2502])),

  // ── reports the store does not hold ─────────────────────────────────────────────────────────────────────
  noData('V-D01', '北京市2023年政府信息公开申请多少', notHeld),
  noData('V-D02', '广东省政府2022年行政复议多少', notHeld),
  noData('V-D03', '上海浦东新区2021年新收申请', notHeld),
  noData('V-D04', '江苏省人民政府2024年行政许可', notHeld),
  noData('V-D05', '淮安市清江浦区长西街道2024年依申请公开', notHeld),
  noData('V-D06', '深圳市政府2022年年报里的行政处罚', notHeld),
  noData('V-D07', '福田区2020年行政复议', notHeld),
  noData('V-D08', '宿迁市2025年行政复议', notHeld),

  // ── out of scope ──────────────────────────────────────────────────────────────────────────────────────
  outOfScope('V-O01', '帮我写一份2025年的年报', declined),
  outOfScope('V-O02', '今天天气怎么样', declined),
  outOfScope('V-O03', '行政复议的申请期限是多少天', declined),
  // ── second part: quotes, negations, equality, checks, zero-lists ─────────────────────────────────────────
  figure('V-Q01', '沐阳2025年“其他”处理的有多少', anyOf(ans([143]), ans([159], [9, 7, 143]), CLARIFY), {
    note: '(六)其他处理 3.其他 143, or the whole (六)其他处理 159; asking back is right too',
  }),
  figure('V-Q02', '淮安市2024年「其他」申请人新收', ans([4], [3119]), { note: '法人或其他组织 · 其他 4' }),
  figure('V-Q03', '龙岗区2022年"其他结果"的行政复议', ans([1])),
  figure('V-Q04', '龙岗发改局2020年的报告勾稽关系对不对', ans([], [4, 0, 1, 5], { mustContain: ['不'] }), {
    note: '新收 4 + 结转 0 = 4, 总计 4 + 结转下年 1 = 5: the check fails',
  }),
  figure('V-Q05', '淮安市2024年报告的勾稽关系成立吗', ans([], [3119, 34, 3153, 3050, 103]), {
    note: '3119 + 34 = 3153 = 3050 + 103',
  }),
  filter('V-Q06', '龙岗数据局2021年依申请公开有没有不为零的数', ans([], [0, 1]), {
    note: 'every 申请 cell is 0: a reply without figures, with 0, or with the count of reports looked at (1)',
  }),
  filter('V-Q07', '洪泽区2024年不予公开里哪些不是0', ans([1], [3, 0], { mustContain: ['三安全', '过程', '执法'] }), {
    note: '三安全 1, 过程性 1, 执法案卷 1',
  }),
  filter('V-Q08', '沐阳县2025年直接起诉的结果是不是全是0', ans([3], [0]), { note: '维持 3, 总计 3: no' }),
  figure('V-Q09', '洪泽区2024年新收申请和办理结果总计是不是一样', ans([], [95, 0]), {
    note: 'both 95: yes (a difference of 0 may be stated)',
  }),
  figure('V-Q10', '淮安2024年复议结果纠正等不等于其他结果', ans([], [64, 178, diff(114)]), { note: '64 ≠ 178' }),
  figure('V-Q11', '龙岗区2022年行政复议总计和复议后起诉总计一样吗', ans([], [15, 6, diff(9)]), { note: '15 ≠ 6' }),

  // ── Chinese-numeral years, voice run-ons, mixed languages ─────────────────────────────────────────────
  lookup('V-W01', '二〇二四年淮安市行政强制', ans([88283])),
  lookup('V-W02', '两千零二十五年沐阳县行政事业性收费', ans([wan(4068.208)])),
  lookup('V-W03', '二零二二年龙岗区行政处罚多少', ans([34389])),
  lookup('V-W04', '那个我想问一下就是洪泽区二四年的那个行政复议一共有几件啊', ans([2])),
  arithmetic('V-W05', '帮我看下南山那个二零年的不予处理加起来多少谢谢', sum([1, 4], [0]), { note: '信访 1 + 重复 4' }),
  arithmetic(
    'V-W06',
    '淮安市政府2024年依申请公开的申请人里面法人或其他组织一共多少',
    sum([53, 0, 0, 61, 4], [3119, 3001]),
    { note: '新收 53 + 0 + 0 + 61 + 4 = 118' },
  ),
  lookup('V-W07', '龙岗 2022 applications多少', ans([552]), { note: '新收' }),
  lookup('V-W08', "Huai'an 2024 的复议 total", ans([351])),
  arithmetic('V-W09', '沐阳2025 lawsuits 一共多少件', sum([3, 10])),
  lookup('V-W10', '洪泽区2023年行政处罚是多少啊麻烦看一下谢谢', ans([4119])),

  // ── 同比 / 环比, 历年 ──────────────────────────────────────────────────────────────────────────────────────
  arithmetic(
    'V-Y01',
    '洪泽区2024年新收申请同比增长多少',
    anyOf(difference(95, 21), ...changeShares(21, 95).map((c) => ans([c], [21, 95, diff(74)]))),
    { note: '+74, +352.38%' },
  ),
  arithmetic(
    'V-Y02',
    '洪泽区2024年行政许可环比',
    anyOf(difference(9487, 550), ...changeShares(550, 9487).map((c) => ans([c], [550, 9487, diff(8937)])), CLARIFY),
    { note: 'annual figures: 环比 is the change on 2023; asking back is right too' },
  ),
  relativeYear('V-Y03', '淮安市2024年行政复议同比', anyOf(SAFE, ans([351])), {
    note: 'no 淮安 2023 report: no change; the 2024 figure alone may be given',
  }),
  filter('V-Y04', '洪泽区历年行政许可', ans([550, 9487], [diff(8937), ...changeShares(550, 9487)])),
  filter('V-Y05', '龙岗区政府历年的新收申请', ans([552]), { note: 'one 龙岗区政府 report (2022)' }),
  filter('V-Y06', '洪泽区历年的行政规范性文件制发', ans([0, 3], [diff(3)])),

  // ── counts of organs and reports, two filters ──────────────────────────────────────────────────────────
  filter('V-G01', '一共有几个单位的报告', anyOf(ans([8], [9]), ans([9], [8])), {
    note: '8 organs (洪泽区 twice), 9 reports',
  }),
  filter('V-G02', '深圳有多少家单位', ans([5])),
  filter('V-G03', '淮安的报告有几份', anyOf(ans([3], [1, 2]), ans([1]), CLARIFY), {
    note: '淮安市 1 and 洪泽区 (淮安市洪泽区) 2 = 3; 淮安市政府 alone 1',
  }),
  filter('V-G04', '2020年有几个部门报告', ans([2]), { note: '龙岗发改局, 龙华数据局' }),
  ranking(
    'V-G05',
    '2020年部门报告里政府集中采购金额最高的',
    ans([yuan(5246500)], [yuan(456880), 3, 9], { mustContain: ['发展和改革'] }),
  ),
  ranking('V-G06', '2024年区级里新收申请最多的', ans([95], [], { mustContain: ['洪泽'] })),
  ranking('V-G07', '2022年区政府里行政诉讼最多的', ans([38], [32, 6], { mustContain: ['龙岗'] })),
  ranking(
    'V-G08',
    '2024年哪个单位不予公开的占比最高',
    ans([], [share(178, 3050), share(178, 3119), share(3, 95), 178, 3, 3050, 3119, 95], { mustContain: ['淮安'] }),
    { note: '淮安 178/3050 = 5.84% (or /3119), 洪泽 3/95 = 3.16%' },
  ),
  lookup('V-G09', '淮安市2024年行政诉讼输了几个', orAsk(ans([5], [4, 1])), { note: '败诉 = 结果纠正 4 + 1' }),
  arithmetic('V-G10', '2024年市区两级行政复议合计', anyOf(sum([351, 2]), CLARIFY), {
    note: '淮安市 351 + 洪泽区 2 = 353',
  }),
  arithmetic('V-G11', '2020年平均每份报告新收多少申请', ans([89], [4, 1, 262, 267, 3]), {
    note: '(4 + 1 + 262) / 3 = 89',
  }),

  // ── English ───────────────────────────────────────────────────────────────────────────────────────────
  english(
    'V-E07',
    "Huai'an 2024: reconsiderations plus lawsuits, how many in all?",
    sum([351, 26, 20], [46]),
    '351 + 46 = 397',
  ),
  english('V-E08', 'Rank the 2024 reports by licensing decisions', ans([447228, 9487], [], { reportsCompared: [2] })),
  english(
    'V-E09',
    'Does the Longgang development and reform bureau 2020 report pass the consistency check?',
    ans([], [4, 0, 1, 5]),
    'it does not: 4 + 0 ≠ 4 + 1',
  ),
  english(
    'V-E10',
    'What share of Muyang county 2025 reconsiderations were corrected?',
    anyOf(shareOf(10, 61, [15, 46]), ans([share(10, 46)], [10, 61, 15, 46]), CLARIFY),
    '10/61 = 16.39%; 10/46 = 21.74%',
  ),
  english('V-E11', 'How many reports are from Jiangsu?', ans([4])),
  english('V-E12', 'Beijing 2023 requests received', notHeld),
  english('V-E13', 'Nanshan 2020 ratio of partial disclosure to full disclosure', quotient(49, 100), '0.49'),

  traditional('V-T06', '淮安市2024年不予處理一共幾件', sum([62, 25, 0, 0, 1])),
  traditional('V-T07', '沐陽縣2025年復議後起訴總計', ans([10])),
  traditional('V-T08', '洪澤區2024年行政規範性文件現行有效', ans([8])),
  traditional('V-T09', '龍華區政務服務數據管理局2020年政府集中採購金額', ans([yuan(456880)], [9])),
  traditional('V-T10', '北京市2023年政府信息公開申請', notHeld),

  // ── misspelt and old names (more) ──────────────────────────────────────────────────────────────────────
  misspelling('V-M09', '宏泽区2024年行政许可', orAsk(ans([9487]))),
  misspelling('V-M10', '淮阴市2024年行政处罚', anyOf(CLARIFY, NO_DATA, ans([3985758])), {
    note: "淮阴市 is 淮安市's name before 2001",
  }),
  misspelling('V-M11', '龙港区2022年行政复议', anyOf(ans([15]), CLARIFY, NO_DATA), {
    note: '龙港区 is also a real district (葫芦岛市) the store does not hold: no data is right too',
  }),
  misspelling('V-M12', '南山去2020年新收', orAsk(ans([262]))),
  misspelling('V-M13', '沐阳县2025年行证复议总计', orAsk(ans([61]))),
  misspelling('V-M14', '龙华区数椐局2020年政府集中采购', orAsk(ans([yuan(456880)], [9]))),

  // ── more no data, no table figure, chat ───────────────────────────────────────────────────────────────
  noData('V-D09', '北京朝阳区2022年行政复议', notHeld),
  noData('V-D10', '广州市2021年新收申请', notHeld),
  noData('V-D11', '江苏省政府2023年的年报有吗', notHeld),
  noData('V-D12', '淮安市淮阴区2024年行政复议', notHeld),
  noData('V-D13', '洪泽区高良涧街道2024年依申请公开', notHeld),
  noData('V-D14', '南京市2024年行政许可', notHeld),
  crossed('V-C07', '沐阳县2024年行政许可', SAFE, { note: '沐阳县 only 2025' }),
  crossed('V-C08', '洪泽区2025年新收申请', SAFE, { note: '洪泽区 2023 and 2024' }),
  notInTables('V-N11', '淮安市2024年复议被纠正的案子都是因为什么', SAFE),
  notInTables('V-N12', '龙岗区2022年申请最多的是哪个领域', SAFE),
  notInTables('V-N13', '南山区2020年每件申请平均花了多少钱', SAFE),
  notInTables('V-N14', '沐阳县2025年发布解读类信息多少条', anyOf(ans([21]), SAFE), {
    note: 'printed only in the prose (21 条)',
  }),
  arithmetic('V-N15', '淮安市2024年复议和诉讼算一下', SAFE, { note: 'no operation named' }),
  chat('V-H05', '好的明白了👌', CHAT),
  chat('V-H06', 'thanks!', CHAT),
];

export const NINETEENTH_CONVERSATIONS: readonly Conversation[] = [
  {
    id: 'V-V01',
    class: 'conversation',
    turns: [
      { question: '淮安市2024年行政复议总计', expect: ans([351]) },
      { question: '纠正了几件', expect: ans([64]) },
      { question: '那沐阳县2025年呢', expect: ans([10]) },
      { question: '前者比后者多几件', expect: difference(64, 10), note: '64 − 10 = 54' },
    ],
  },
  {
    id: 'V-V02',
    class: 'conversation',
    turns: [
      { question: '龙岗区2022年新收申请多少', expect: ans([552]) },
      { question: '上年结转呢', expect: ans([10]) },
      { question: '两个加起来', expect: sum([552, 10]) },
      { question: '重新开始', expect: CHAT },
      { question: '它的行政强制是多少', expect: SAFE, note: 'after the reset nothing is kept' },
    ],
  },
  {
    id: 'V-V03',
    class: 'conversation',
    turns: [
      { question: '洪泽区2023年行政许可', expect: ans([550]) },
      { question: '2024年呢', expect: ans([9487]) },
      { question: '增长了百分之多少', expect: percentChange(550, 9487) },
      {
        question: '有几个区政府的报告',
        expect: anyOf(ans([3], [4]), ans([4], [3])),
        note: '3 区 organs (龙岗, 南山, 洪泽), 4 reports',
      },
    ],
  },
  {
    id: 'V-V04',
    class: 'conversation',
    turns: [
      {
        question: "Huai'an 2024 administrative reconsideration: how many upheld?",
        expect: ans([72]),
        replyIn: 'en',
      },
      {
        question: '那诉讼呢',
        expect: anyOf(ans([25], [13, 12, 46, 26, 20]), ans([46], [26, 20, 25, 13, 12])),
        note: '诉讼 维持 13 + 12 = 25, or its 总计 26 + 20 = 46',
      },
      { question: '直接起诉的维持', expect: ans([13]) },
    ],
  },
  {
    id: 'V-V05',
    class: 'conversation',
    turns: [
      { question: '南山区2020年予以公开', expect: ans([100]) },
      { question: '部分公开呢', expect: ans([49]) },
      {
        question: '两个分别占总计的比例',
        expect: ans([share(100, 235), share(49, 235)], [100, 49, 235]),
        note: '42.55%, 20.85%',
      },
      { question: '再算一下两者差多少', expect: difference(100, 49) },
    ],
  },
  {
    id: 'V-V06',
    class: 'conversation',
    turns: [
      { question: '沐阳县2025年不予公开一共', expect: sum([0, 0, 2, 2, 13, 2, 4, 9]) },
      { question: '其中最多的是哪项', expect: ans([13], [2, 4, 9, 0, 32], { mustContain: ['内部'] }) },
      { question: '它占不予公开的几成', expect: shareOf(13, 32), note: '40.63%' },
      {
        question: '淮安市2024年的同一项呢',
        expect: anyOf(ans([8]), shareOf(8, 178)),
        note: '内部事务 8, or its share of 不予公开 8/178',
      },
    ],
  },
  {
    id: 'V-V07',
    class: 'conversation',
    turns: [
      { question: '洪泽24年行政处罚', expect: ans([2776]) },
      { question: '23年呢', expect: ans([4119]) },
      { question: '差了几个', expect: difference(4119, 2776), note: '1343' },
      { question: '江苏一共几份报告', expect: ans([4]) },
      {
        question: '刚才那个差值占23年的百分之几',
        expect: shareOf(1343, 4119, [2776]),
        note: '1343 / 4119 = 32.60%',
      },
      { question: '重新开始', expect: CHAT },
    ],
  },
  {
    id: 'V-V08',
    class: 'conversation',
    turns: [
      { question: '龙岗区2022年复议结果维持', expect: ans([7]) },
      { question: '纠正呢', expect: ans([2]) },
      { question: '其他结果', expect: ans([1]) },
      { question: '三个加起来', expect: sum([7, 2, 1]) },
      {
        question: '再加上尚未审结是不是等于总计',
        expect: ans([], [10, 5, 15]),
        note: '10 + 5 = 15 = 总计: yes',
      },
    ],
  },
  {
    id: 'V-V09',
    class: 'conversation',
    turns: [
      { question: '沐阳县2025年新收申请多少', expect: ans([713]) },
      { question: 'And the carried-over ones?', expect: ans([36]), replyIn: 'en' },
      { question: 'Total of both?', expect: sum([713, 36]), replyIn: 'en' },
      { question: '结转下年度的呢', expect: ans([31]) },
    ],
  },
  {
    id: 'V-V10',
    class: 'conversation',
    turns: [
      { question: '淮安市2024年行政许可', expect: ans([447228]) },
      { question: '那洪泽区2024年呢', expect: ans([9487]) },
      { question: '前者是后者的几倍', expect: quotient(447228, 9487), note: '47.14' },
      { question: '哪些报告是2024年的', expect: list(['淮安', '洪泽'], [2]) },
      { question: '刚才那个市政府的行政处罚', expect: orAsk(ans([3985758])) },
    ],
  },
  {
    id: 'V-V11',
    class: 'conversation',
    turns: [
      { question: '南山区2020年新收申请', expect: ans([262]) },
      { question: '上年结转', expect: ans([6]) },
      { question: '办理结果总计', expect: ans([235]) },
      {
        question: '新收加结转减去总计等于多少',
        expect: ans([33], [262, 6, 235, 268]),
        note: '262 + 6 − 235 = 33 (= 结转下年度 33)',
      },
    ],
  },
  {
    id: 'V-V12',
    class: 'conversation',
    turns: [
      { question: '淮安市2024年直接起诉的总计', expect: ans([26]) },
      { question: '复议后起诉呢', expect: ans([20]) },
      { question: '合计', expect: sum([26, 20]) },
      { question: '占复议总计的几成', expect: shareOf(46, 351, [26, 20]), note: '46 / 351 = 13.11%' },
    ],
  },
  {
    id: 'V-V13',
    class: 'conversation',
    turns: [
      { question: '龙华数据局2020年新收了几件', expect: ans([1]) },
      { question: '龙岗数据局2021年呢', expect: ans([0]) },
      { question: '两家合计', expect: sum([1, 0]) },
    ],
  },
  {
    id: 'V-V14',
    class: 'conversation',
    turns: [
      { question: '洪泽区2024年予以公开', expect: ans([50]) },
      { question: '部分公开', expect: ans([9]) },
      { question: '后者占前者的多少', expect: shareOf(9, 50), note: '18%' },
      {
        question: '换成2023年',
        expect: anyOf(ans([], [0, 4]), SAFE),
        note: '2023: 予以公开 0, 部分公开 4 — no share of a zero; the two figures or a safe reply',
      },
      { question: '重新开始', expect: CHAT },
    ],
  },
];
