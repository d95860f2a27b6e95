// A fifteenth held-out set (`npm run held-out -- --set fifteenth`), written on 2026-12-07 (begun 17:58 UTC by
// `date -u`), blind: without reading src/answers, test/answers or the earlier sets' questions (only expect.ts,
// score.ts, store.ts, run.ts and the opening lines of thirteenth.ts for the shape), and before the engine was run on
// any of it. Same store (five sample reports, four real text reports: 淮安市 2024, 洪泽区 2023 and 2024, 沐阳县 2025),
// same scoring. It leans on single questions typed badly: voice run-ons without punctuation, typos of organs and
// figures, Traditional / English / mixed, whole-store lists and counts, levels and departments, rankings with two
// filters, figures no table holds, places the store does not hold; table 二 and 四 rows at least as often as table 三.
// Every expected value was read off the report text (data/reports, test/fixtures/real-reports); sums, shares,
// quotients and changes are written as the arithmetic on the printed figures.
//
// Readings: 去年 / 前年 are 2025 / 2024 by the clock (2026), or 2024 / 2023 with the store's latest year (2025) as this
// year: either is right. A close misspelling or an old name may be answered or asked back (issue 13 rule 8). A figure
// printed only in a report's prose may be stated or declined; a figure printed nowhere must be declined. A rate of a
// result column (纠正率 / 维持率) may be over the printed 总计 or over the cases settled (总计 − 尚未审结). A sum over
// reports of different years (深圳的区政府 2020 + 2022) may be stated or asked back. Not asked: 洪泽区 2023's table 四
// (garbled by the layout extraction); 龙华区数据局 2020's 总计 column below 新收 (printed 0 where 自然人 is 1); 沐阳县
// 2025's applicant columns below 新收 (the OCR re-heads them); 南山区 2020's "/" cells except as none-or-declined.
import { difference, eitherYear, list, orAsk, quotient, shareOf, sum } from './builders.js';
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
const percentChange = (from: number, to: number): Expect =>
  anyOf(...changeShares(from, to).map((c) => ans([c], [from, to, diff(to - from)])));
/** A rate of one result column: over the printed 总计, or over the settled cases (总计 − 尚未审结). */
const rate = (part: number, total: number, pending: number, also: readonly Figure[] = []): Expect =>
  anyOf(
    shareOf(part, total, [pending, total - pending, ...also]),
    ans([share(part, total - pending)], [part, total, pending, total - pending, ...also]),
  );

// The figures, as printed (table 二 / 三 总计 column / 四), per report.
// 淮安市人民政府 2024 (HA): 规章 1 / 0 / 11; 规范性文件 8 / 26 / 66; 许可 447228; 处罚 3985758; 强制 88283; 收费 96171.6 万元.
//   新收 3001 / 53 / 0 / 0 / 61 / 4 = 3119; 结转 34; 予以公开 1362; 部分 454; 不予公开 2 + 31 + 5 + 6 + 8 + 12 + 9 + 105 = 178;
//   无法提供 769 + 11 + 1 = 781; 不予处理 62 + 25 + 0 + 0 + 1 = 88; 其他处理 71 + 6 + 110 = 187; 总计 3050; 结转下年 103.
//   复议 72 / 64 / 178 / 37 / 351; 直接起诉 13 / 4 / 8 / 1 / 26; 复议后起诉 12 / 1 / 1 / 6 / 20. Prose: 信息处理费 3940 元.
// 洪泽区 2024 (HZ24): 规章 0; 规范性文件 3 / 0 / 8; 许可 9487; 处罚 2776; 强制 84; 收费 7545 万元. 新收 95 (all 自然人), 结转 0;
//   予以公开 50; 部分 9; 不予公开 三安全 1 + 过程性 1 + 执法案卷 1 = 3; 无法提供 31 + 1 = 32; 不予处理 信访 1; 其他处理 0;
//   总计 95; 结转下年 0. 复议 1 / 1 / 0 / 0 / 2; 直接起诉 1 / 0 / 0 / 0 / 1; 复议后起诉 2 / 0 / 1 / 0 / 3. Prose: 区政府办 17 件.
// 洪泽区 2023 (HZ23): 规章 0; 规范性文件 0 / 5 / 5; 许可 550; 处罚 4119; 强制 195; 收费 7730.28 万元. 新收 21; 结转 0; 予以公开 0;
//   部分 4; 国家秘密 1, 过程性 1, 执法案卷 1; 不掌握 10, 另行制作 3; 信访 1; 总计 21; 结转下年 0.
// 沐阳县 2025 (SY): 规章 0; 规范性文件 6 / 1 / 32; 许可 517645; 处罚 693957; 强制 2154; 收费 4068.208 万元. 新收 705 / 3 / 0 /
//   0 / 5 / 0 = 713; 结转 36; 予以公开 294; 部分 101; 不予公开 0 + 0 + 2 + 2 + 13 + 2 + 4 + 9 = 32; 无法提供 111 + 2 + 0 = 113;
//   不予处理 12 + 7 = 19; 其他处理 9 + 7 + 143 = 159; 总计 718; 结转下年 31. 复议 27 / 10 / 9 / 15 / 61; 直接起诉 3 / 0 / 0 / 0 / 3;
//   复议后起诉 8 / 0 / 1 / 1 / 10. Prose: 信息处理费 380 元.
// 龙岗区 2022 (LG): 规章 0; 规范性文件 46 / 11 / 136; 许可 16103; 处罚 34389; 强制 7749; 收费 2.22934 万元. 新收 489 / 51 / 0 / 0 /
//   8 / 4 = 552; 结转 9 + 1 = 10; 予以公开 66; 部分 36; 不予公开 1 + 0 + 0 + 7 + 8 + 10 + 3 + 1 = 30; 无法提供 283 + 2 + 0 = 285;
//   不予处理 0; 其他处理 2 + 0 + 116 = 118; 总计 473 / 50 / 0 / 0 / 8 / 4 = 535; 结转下年 25 + 2 = 27. 复议 7 / 2 / 1 / 5 / 15;
//   直接起诉 19 / 0 / 2 / 11 / 32; 复议后起诉 4 / 0 / 0 / 2 / 6. Prose: 同比增长 187.5%, 自然人 489 占 88.6%.
// 南山区 2020 (NS, 2019 template): 规范性文件 8 / 8 / 8; 许可 220 / 减19 / 8759; 其他对外管理服务事项 430 / 减124 / 199956; 处罚
//   2078 / 增2668 / 1767; 强制 96 / 增89 / 159; 收费 上一年 14; 政府集中采购 2502 项 170815.4 万元. 新收 236 / 22 / / / / / 4 = 262;
//   结转 5 + 1 = 6; 予以公开 93 / 6 / 1 = 100; 部分 42 / 3 / 4 = 49; 过程性 4; 不掌握 44 + 7 = 51; 另行制作 1; 信访 1; 重复 2 + 2 = 4;
//   其他处理 24 + 1 = 25; 总计 211 / 19 / 5 = 235; 结转下年 30 + 3 = 33. 复议 维持 5, 总计 5; 直接起诉 维持 1, 尚未审结 1, 总计 2;
//   复议后起诉 维持 2, 总计 2.
// 龙岗区发展和改革局 2020 (FG): 规范性文件 1 / 1 / 1; 许可 15 / -3 / 12; 其他对外管理服务事项 21 / +928 / 949; 处罚、强制 0;
//   收费 上一年 41 / -16; 政府集中采购 3 项 5246500 元. 新收 4 (自然人); 予以公开 2; 部分 1; 不掌握 1; 总计 4; 结转下年 1; 四 all 0.
// 龙华区政务服务数据管理局 2020 (LH): 二 all 0 but 政府集中采购 9 项 456880 元; 新收 1; 四 all 0.
// 龙岗区政务服务数据管理局 2021 (SJ): 规范性文件 1 / 0 / 1; everything else 0.

export const FIFTEENTH_QUESTIONS: readonly SingleQuestion[] = [
  // Plain lookups, table 二 first.
  lookup('U-L01', '淮安市政府2024年规章现行有效几件', ans([11], [1, 0])),
  lookup('U-L02', '沐阳县2025年行政规范性文件本年废止件数', ans([1])),
  lookup('U-L03', '洪泽2024年行政许可处理决定多少', ans([9487])),
  lookup('U-L04', '龙岗区2022年行政强制是多少', ans([7749])),
  lookup('U-L05', '南山区2020年政府集中采购金额', ans([wan(170815.4)], [2502])),
  lookup('U-L06', '龙岗发改局2020年政府集中采购总金额多少', ans([yuan(5246500)], [3])),
  lookup('U-L07', '龙华区政数局2020年采购了几个项目', ans([9], [yuan(456880)])),
  lookup('U-L08', '洪泽区2023年行政事业性收费多少万', ans([wan(7730.28)])),
  lookup('U-L09', '淮安2024年行政事业性收费金额', ans([wan(96171.6)])),
  lookup('U-L10', '沐阳县2025年法律服务机构新收申请几件', ans([5])),
  lookup('U-L11', '龙岗区2022年商业企业申请多少', ans([51])),
  lookup('U-L12', '南山区2020年上年结转的申请有几件', ans([6], [5, 1])),
  lookup('U-L13', '淮安市2024年结转下年度继续办理多少件', ans([103])),
  lookup('U-L14', '沐阳2025年 不予公开 属于三类内部事务信息 多少', ans([13])),
  lookup('U-L15', '龙岗区2022年属于四类过程性信息的有几件', ans([10])),
  lookup('U-L16', '淮安市2024年属于行政查询事项的不予公开多少', ans([105])),
  lookup('U-L17', '洪泽区2024年危及三安全一稳定的几件', ans([1])),
  lookup('U-L18', '淮安2024年其他法律行政法规禁止公开几件', ans([31], [30, 1])),
  lookup('U-L19', '龙岗区2022年本机关不掌握相关政府信息多少件', ans([283])),
  lookup('U-L20', '沐阳县2025年没有现成信息需要另行制作的', ans([2])),
  lookup('U-L21', '淮安市2024年补正后申请内容仍不明确有几件', ans([1])),
  lookup('U-L22', '淮安2024年信访举报投诉类申请', ans([62], [56, 6])),
  lookup('U-L23', '沐阳2025年重复申请多少件', ans([7])),
  lookup('U-L24', '淮安市2024年要求行政机关确认或重新出具已获取信息的有几个', ans([1])),
  lookup('U-L25', '龙岗区2022年申请人无正当理由逾期不补正的多少', ans([2])),
  lookup('U-L26', '沐阳县2025年逾期未按收费通知要求缴纳费用的有几件', ans([7])),
  lookup('U-L27', '淮安2024年其他处理里的“其他”是多少', ans([110])),
  lookup('U-L28', '龙岗区2022年办理结果总计', ans([535])),
  lookup('U-L29', '南山区2020年办理结果总计多少件', ans([235])),
  lookup('U-L30', '淮安市2024年行政复议结果纠正几件', ans([64])),
  lookup('U-L31', '沐阳2025年复议尚未审结的', ans([15])),
  lookup('U-L32', '龙岗区2022年未经复议直接起诉的总计', ans([32])),
  lookup('U-L33', '淮安2024年复议后起诉结果维持', ans([12])),
  lookup('U-L34', '洪泽区2024年复议后起诉其他结果多少', ans([1])),
  lookup('U-L35', '南山区2020年直接起诉尚未审结', ans([1])),
  lookup('U-L36', '沐阳县2025年复议后起诉总计', ans([10])),
  lookup('U-L37', '龙岗区2022年直接起诉的其他结果', ans([2])),
  lookup('U-L38', '淮安市2024年直接起诉结果纠正', ans([4])),
  lookup('U-L39', '洪泽区2023年规范性文件现行有效多少', ans([5])),
  lookup('U-L40', '龙岗区政数局2021年行政规范性文件制发了几件', ans([1])),
  // Voice run-ons, Chinese-written years, full-width digits, emoji.
  lookup('U-L41', '那个就是淮安市二零二四年的那个行政复议里面其他结果是多少来着', ans([178])),
  lookup('U-L42', '嗯帮我看下沐阳县二零二五年依申请公开予以公开的有多少件谢谢', ans([294])),
  lookup('U-L43', '龙岗区二零二二年复议后起诉尚未审结的是几件啊我找不到了', ans([2])),
  lookup('U-L44', '洪泽区２０２４年部分公开多少件', ans([9])),
  lookup('U-L45', '🙏请问南山区2020年无法提供里面不掌握的多少', ans([51], [44, 7])),
  lookup('U-L46', '二〇二三年洪泽区部分公开多少件', ans([4])),
  lookup('U-L47', '两千零二十四年淮安市政府信息公开行政诉讼总数', ans([46], [26, 20])),
  lookup('U-L48', '龙岗 2022 applications多少', ans([552])),

  // Rows named by their printed labels, applicant columns, the 2019 template's columns.
  figure(
    'U-F01',
    '龙岗区2022年“申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”是多少',
    ans([0]),
  ),
  figure('U-F02', '淮安市2024年 （二）部分公开（区分处理的，只计这一情形，不计其他情形） 总计栏', ans([454])),
  figure('U-F03', '沐阳县2025年 一、本年新收政府信息公开申请数量 总计', ans([713])),
  figure('U-F04', '洪泽区2023年“二、上年结转政府信息公开申请数量”', ans([0])),
  figure('U-F05', '南山区2020年 四、结转下年度继续办理 自然人那一栏', ans([30])),
  figure('U-F06', '淮安2024年 第二十条第（六）项 行政处罚 本年处理决定数量', ans([3985758])),
  figure('U-F07', '南山区2020年行政处罚上一年项目数量', ans([2078])),
  figure('U-F08', '南山区2020年行政许可本年增减', ans([diff(19)], [220, 8759])),
  figure('U-F09', '龙岗发改局2020年其他对外管理服务事项处理决定数量', ans([949], [21, 928])),
  figure('U-F10', '南山区2020年行政强制处理决定数量', ans([159])),
  figure('U-F11', '龙岗发改局2020年行政事业性收费上一年项目数量', ans([41], [diff(16)])),
  figure('U-F12', '淮安2024年 予以公开 自然人', ans([1288])),
  figure('U-F13', '淮安2024年 法律服务机构 予以公开', ans([50])),
  figure('U-F14', '龙岗区2022年申请人是“其他”的新收申请几件', ans([4])),
  figure('U-F15', '淮安市2024年科研机构申请数', ans([0])),
  figure('U-F16', '南山区2020年社会公益组织申请了几件', anyOf(ans([0]), SAFE), {
    note: 'printed "/": none, or declined as not read',
  }),
  figure('U-F17', '龙岗区2022年结转下年度 商业企业', ans([2])),
  figure('U-F18', '淮安2024年不予处理里的重复申请 自然人', ans([25])),

  // Figures no table holds: never a number.
  notInTables('U-N01', '龙岗区2022年依申请公开平均办理天数是多少', SAFE),
  notInTables('U-N02', '淮安市2024年申请人满意率多少', SAFE),
  notInTables('U-N03', '洪泽区2024年网上申请占多少', SAFE),
  notInTables('U-N04', '沐阳县2025年政务公开工作人员有几个人', SAFE),
  notInTables('U-N05', '南山区2020年女性申请人多少', SAFE),
  notInTables('U-N06', '淮安2024年政务公开工作经费预算多少', SAFE),
  notInTables('U-N07', '每千件申请的复议数哪个单位最高', SAFE, { note: 'no table figure (the brief: safe)' }),
  notInTables('U-N08', '龙岗区2022年行政复议平均审理周期', SAFE),
  notInTables('U-N09', '沐阳县2025年复议案件涉及多少个部门', SAFE),
  notInTables('U-N10', '淮安市2024年公开的政策解读视频播放量', SAFE),
  notInTables('U-N11', '南山区2020年申请人来自香港的有几个', SAFE),
  notInTables('U-N12', '龙岗区2022年行政诉讼败诉赔偿金额', SAFE),
  notInTables('U-N13', '洪泽2024年电话咨询量多少', SAFE),

  // Relative years.
  relativeYear('U-R01', '沐阳县去年行政强制多少', eitherYear(ans([2154]), NO_DATA)),
  relativeYear('U-R02', '淮安市前年的行政许可', eitherYear(ans([447228]), NO_DATA)),
  relativeYear('U-R03', '洪泽区前年收到多少申请', eitherYear(ans([95]), ans([21]))),
  relativeYear('U-R04', '洪泽区去年行政处罚', anyOf(NO_DATA, CLARIFY, ans([2776]))),
  relativeYear('U-R05', '洪泽区2024年比上一年多收了几件申请', difference(95, 21), { note: '95 − 21 = 74' }),
  relativeYear('U-R06', '洪泽区2024年的前一年行政许可多少', ans([550])),
  relativeYear('U-R07', '龙岗区2022年的上一年申请有多少', SAFE, {
    note: 'no 龙岗区 2021 report (the 2021 one is 龙岗区数据局); prose gives only 同比 187.5%',
  }),
  relativeYear('U-R08', '南山区今年的报告有吗', NO_DATA),

  // Arithmetic.
  arithmetic('U-A01', '龙岗区2022年复议纠正占复议总数的比例', rate(2, 15, 5), {
    note: '2 ÷ 15 = 13.33%; 2 ÷ 10 = 20%',
  }),
  arithmetic('U-A02', '淮安2024年复议的纠正率', rate(64, 351, 37), { note: '64 ÷ 351 = 18.23%; 64 ÷ 314 = 20.38%' }),
  arithmetic('U-A03', '沐阳县2025年复议维持率', rate(27, 61, 15), { note: '27 ÷ 61 = 44.26%; 27 ÷ 46 = 58.70%' }),
  arithmetic('U-A04', '淮安市2024年不予公开一共多少件', sum([2, 31, 5, 6, 8, 12, 9, 105])),
  arithmetic('U-A05', '沐阳2025年无法提供合计', sum([111, 2, 0])),
  arithmetic('U-A06', '淮安2024年不予处理加起来多少', sum([62, 25, 0, 0, 1])),
  arithmetic('U-A07', '沐阳县2025年其他处理三项加起来', sum([9, 7, 143])),
  arithmetic('U-A08', '龙岗区2022年国家秘密和行政执法案卷两项之和', sum([1, 3])),
  arithmetic('U-A09', '淮安市2024年信访举报投诉类占不予处理的比重', shareOf(62, 88, [25, 1, 0]), {
    note: '62 ÷ 88 = 70.45%',
  }),
  arithmetic('U-A10', '淮安2024年行政查询事项占不予公开的几成', shareOf(105, 178), { note: '105 ÷ 178 = 58.99%' }),
  arithmetic('U-A11', '洪泽区行政许可2024年比2023年增长了百分之多少', percentChange(550, 9487), {
    note: '(9487 − 550) ÷ 550 = 1624.91%',
  }),
  arithmetic('U-A12', '洪泽2023到2024行政处罚少了多少', difference(4119, 2776), { note: '4119 − 2776 = 1343' }),
  arithmetic('U-A13', '淮安市政府2024年行政许可是洪泽区同年的几倍', quotient(447228, 9487), {
    note: '447228 ÷ 9487 = 47.14',
  }),
  arithmetic('U-A14', '沐阳县2025年与淮安2024年的新收申请差多少', difference(3119, 713), { note: '3119 − 713 = 2406' }),
  arithmetic('U-A16', '淮安2024年自然人申请占新收的比例', shareOf(3001, 3119), { note: '3001 ÷ 3119 = 96.22%' }),
  arithmetic('U-A17', '龙岗区2022年法人或其他组织新收一共多少', sum([51, 0, 0, 8, 4])),
  arithmetic('U-A18', '南山区2020年予以公开和部分公开合计', sum([100, 49])),
  arithmetic('U-A19', '南山区2020年予以公开占总计的比例', shareOf(100, 235), { note: '100 ÷ 235 = 42.55%' }),
  arithmetic('U-A20', '洪泽区两年新收申请平均每年多少', ans([58], [21, 95, 116, 2]), { note: '(21 + 95) ÷ 2 = 58' }),
  arithmetic('U-A21', '淮安2024年行政诉讼里被纠正的占比', rate(5, 46, 7, [4, 1, 26, 20]), {
    note: '纠正 4 + 1 = 5 of 26 + 20 = 46: 10.87%; settled 46 − 7 = 39: 12.82%',
  }),
  arithmetic('U-A22', '沐阳2025年行政处罚是行政许可的多少倍', quotient(693957, 517645), {
    note: '693957 ÷ 517645 = 1.3406',
  }),
  arithmetic('U-A23', '龙岗区2022年行政规范性文件制发减废止', difference(46, 11)),
  arithmetic('U-A24', '淮安2024年规范性文件废止比制发多几件', difference(26, 8)),
  arithmetic('U-A25', '洪泽区2024年复议和诉讼一共多少件', sum([2, 4], [1, 3]), { note: '复议 2 + 诉讼 1 + 3 = 6' }),
  arithmetic('U-A26', '2024年淮安市和洪泽区行政强制合计', sum([88283, 84])),
  arithmetic('U-A27', '龙岗区2022年新收申请同比增长多少', anyOf(ans([{ percent: 187.5 }], [552]), SAFE), {
    note: '同比 187.5% is printed only in the prose; no 2021 report of 龙岗区',
  }),
  arithmetic('U-A28', '沐阳县2025年结转下年度占（新收+上年结转）的比例', shareOf(31, 749, [713, 36]), {
    note: '31 ÷ (713 + 36) = 4.14%',
  }),

  // Crossed organ–year pairs.
  crossed('U-X01', '淮安2024和沐阳2025的行政许可分别多少', ans([447228, 517645])),
  crossed('U-X02', '南山区2020年和龙岗区2022年的予以公开各是多少', ans([100, 66])),
  crossed('U-X03', '洪泽2023、淮安2024 规章现行有效件数', ans([0, 11])),
  crossed(
    'U-X04',
    '龙岗发改2020和龙华政数局2020集中采购金额谁多',
    ans([yuan(5246500)], [yuan(456880), 3, 9, diff(5246500 - 456880), ratio(5246500 / 456880)]),
  ),
  crossed('U-X05', '南山区2020和龙岗区2022的复议总数加起来', sum([5, 15])),

  // Levels, departments, places, lists and counts over the store.
  filter('U-I01', '有几个区政府的报告', anyOf(ans([3], [4]), ans([4], [3])), {
    note: '南山, 龙岗, 洪泽: 3 organs, 4 reports',
  }),
  filter('U-I02', '列一下所有的部门报告', list(['龙华'], [3])),
  filter('U-I03', '哪些报告是2024年的', list(['淮安', '洪泽'], [2])),
  filter('U-I04', '库里一共多少份报告', ans([9], [8])),
  filter('U-I05', '2020年的部门一共收到多少申请', ans([5], [4, 1], { reportsCompared: [2] }), {
    note: '龙岗发改 4 + 龙华数据局 1',
  }),
  filter('U-I07', '县级的报告有哪些', anyOf(list(['沐阳'], [1]), list(['沐阳', '洪泽', '南山', '龙岗'], [5, 4])), {
    note: 'first-run fix: 县级 also reads as every county-level organ (县 and 市辖区): 5 reports of 4 organs',
  }),
  filter('U-I08', '市级政府收到的申请', ans([3119])),
  filter('U-I09', '街道的报告有没有', anyOf(NO_DATA, ans([], [0]))),
  filter('U-I10', '江苏的报告有几份', ans([4], [3]), { note: '淮安市 2024, 洪泽区 2023 / 2024, 沐阳县 2025' }),
  filter('U-I11', '广东有几个单位', ans([5]), {
    note: '南山区, 龙岗区, 龙岗发改, 龙华数据局, 龙岗数据局: 5 organs, 5 reports',
  }),
  filter('U-I12', '深圳的区政府报告里行政处罚合计', anyOf(sum([1767, 34389]), CLARIFY), {
    note: '南山 2020 + 龙岗 2022: two years; a sum or a question back',
  }),
  filter('U-I13', '2024年市区两级行政许可合计', anyOf(sum([447228, 9487]), CLARIFY)),
  filter('U-I14', '淮安有几份报告', ans([3], [2]), { note: '淮安市 2024, 洪泽区 2023 / 2024' }),
  filter('U-I15', '有没有不为零的部门诉讼', ans([], [0, 3])),
  filter('U-I16', '2020年哪些单位的行政复议是0', list(['龙华'], [0, 2, 3, 5])),

  // Rankings, some with two filters.
  ranking('U-K01', '2024年哪个单位行政处罚最多', ans([3985758], [2776], { reportsCompared: [2] })),
  ranking('U-K02', '2020年复议最多的是哪家', ans([5], [0], { reportsCompared: [3] })),
  ranking('U-K03', '所有报告里行政许可最多的', anyOf(ans([517645], [447228, 16103, 9487, 8759, 550, 12, 0]), CLARIFY), {
    note: '沐阳县 2025 517645 over every report',
  }),
  ranking('U-K04', '2020年区级部门里收到申请最多的', ans([4], [1], { reportsCompared: [2] })),
  ranking('U-K05', '2024年不予公开最多的单位', ans([178], [3], { reportsCompared: [2] })),
  ranking('U-K06', '2024年各单位行政事业性收费排个名', ans([wan(96171.6), wan(7545)], [], { reportsCompared: [2] })),
  ranking('U-K07', '2020年上年结转最多的', ans([6], [0, 5, 1], { reportsCompared: [3] })),
  ranking('U-K08', '2020年区级部门里政府集中采购金额最多的是谁', ans([yuan(5246500)], [yuan(456880), 3, 9]), {
    note: '龙岗发改 5246500 元 over 龙华数据局 456880 元',
  }),

  // Chat.
  chat('U-C01', '你好呀', CHAT),
  chat('U-C02', '谢谢啦👍', CHAT),
  chat('U-C03', '你能干嘛', CHAT),
  chat('U-C04', '辛苦了', CHAT),

  // Traditional (with mixed-in Simplified).
  traditional('U-T01', '龍崗區2022年行政處罰多少', ans([34389])),
  traditional('U-T02', '淮安市2024年行政復議結果維持幾件', ans([72])),
  traditional('U-T03', '沐陽縣2025年不予處理的重複申請', ans([7])),
  traditional('U-T04', '洪澤區2024年行政許可是多少', ans([9487])),
  traditional('U-T05', '南山區2020年政府集中采购金額多少', ans([wan(170815.4)], [2502])),
  traditional('U-T06', '淮安2024年其他處理合計', sum([71, 6, 110])),

  // Misspellings and old names.
  misspelling('U-M01', '龙刚区2022年行政强制', orAsk(ans([7749]))),
  misspelling('U-M02', '怀安市2024年规范性文件制发', anyOf(ans([8]), CLARIFY, NO_DATA)),
  misspelling('U-M03', '洪择区2024年复议总计', orAsk(ans([2]))),
  misspelling('U-M04', '沭阳县2025年行政许可', orAsk(ans([517645])), { note: 'the true name; the report prints 沐阳' }),
  misspelling('U-M05', '南珊区2020年部分公开', orAsk(ans([49]))),
  misspelling('U-M06', '淮安2024年行政处法多少', orAsk(ans([3985758]))),
  misspelling('U-M07', '龙岗区2022年行政复意纠正几件', orAsk(ans([2]))),
  misspelling('U-M08', '龙岗区发展改革局2020年收到申请', orAsk(ans([4]))),
  misspelling('U-M09', '龙岗区数据局2021年收到几个申请', orAsk(ans([0]))),
  misspelling('U-M10', '龙华数据局2020年新收申请', orAsk(ans([1]))),

  // English.
  english('U-E01', "How many administrative reconsideration cases did Huai'an city have in 2024?", ans([351])),
  english('U-E02', 'Longgang district 2022: share of requests from natural persons?', shareOf(489, 552)),
  english('U-E03', 'Which organ had the most administrative penalties in 2024?', ans([3985758], [2776])),
  english('U-E04', "Shuyang county 2025, total of the 'other handling' rows", sum([9, 7, 143])),
  english(
    'U-E05',
    'Does Hongze 2024 table 3 add up (new + carried over = handled + carried forward)?',
    ans([], [95, 0]),
  ),

  // Reports and places the store does not hold.
  noData('U-D01', '北京市2023年政府信息公开申请多少', NO_DATA),
  noData('U-D02', '广东省政府2022年行政复议', NO_DATA),
  noData('U-D03', '上海市浦东新区2021年行政处罚', NO_DATA),
  noData('U-D04', '江苏省政府2024年规范性文件', NO_DATA),
  noData('U-D05', '淮安市清河街道办2024年申请数', NO_DATA),
  noData('U-D06', '龙岗区2023年行政许可', NO_DATA),
  noData('U-D07', '南山区2021年复议', NO_DATA),
  noData('U-D08', '淮安市2023年的诉讼', NO_DATA),
  noData('U-D09', '福田区2020年申请量', NO_DATA),
  noData('U-D10', '沐阳县2024年收费金额', NO_DATA),

  // Out of scope.
  outOfScope('U-O01', '明天深圳天气怎么样', anyOf(SAFE, CHAT)),
  outOfScope('U-O02', '帮我写一份2025年的年报', anyOf(SAFE, CHAT)),
  outOfScope('U-O03', '淮安市长是谁', anyOf(SAFE, CHAT)),
  // Second part (written after the first landed, still before any run).
  lookup('U-L49', '洪泽区2024年行政事业性收费', ans([wan(7545)])),
  lookup('U-L50', '沐阳县2025年行政事业性收费是多少万元', ans([wan(4068.208)])),
  lookup('U-L51', '龙岗区2022年行政事业性收费多少钱', ans([wan(2.22934)])),
  lookup('U-L52', '淮安2024年行政规范性文件现行有效', ans([66])),
  lookup('U-L53', '沐阳2025年规范性文件现行有效件数', ans([32])),
  lookup('U-L54', '洪泽区2023年行政强制', ans([195])),
  lookup('U-L55', '沐阳县2025年复议其他结果', ans([9])),
  lookup('U-L56', '淮安2024年复议尚未审结几件', ans([37])),
  lookup('U-L57', '洪泽区2024年直接起诉结果维持', ans([1])),
  lookup('U-L58', '龙岗区2022年复议后起诉结果维持', ans([4])),
  lookup('U-L59', '沐阳2025年直接起诉结果维持几件', ans([3])),
  lookup('U-L60', '南山区2020年复议后起诉结果维持', ans([2])),
  lookup('U-L61', '淮安市2024年复议后起诉尚未审结', ans([6])),
  lookup('U-L62', '龙岗区2022年直接起诉尚未审结', ans([11])),
  lookup('U-L63', '洪泽2023年不掌握相关政府信息', ans([10])),
  lookup('U-L64', '洪泽区2023年没有现成信息需另行制作', ans([3])),
  lookup('U-L65', '淮安市2024年属于三类内部事务信息', ans([8], [7, 1])),
  lookup('U-L66', '沐阳县2025年属于行政执法案卷', ans([4])),
  lookup('U-L67', '龙岗区2022年保护第三方合法权益的不予公开', ans([7])),
  lookup('U-L68', '淮安2024年危及三安全一稳定', ans([5])),
  lookup('U-L69', '南山区2020年重复申请几件', ans([4], [2])),
  lookup('U-L70', '沐阳县2025年信访举报投诉类', ans([12])),
  lookup('U-L71', '淮安2024年 申请人逾期未按收费通知要求缴纳费用 的', ans([6])),
  lookup('U-L72', '龙岗区2022年其他处理“其他”一项', ans([116], [97, 18, 1])),
  lookup('U-L73', '洪泽区2024年其他处理多少', ans([0])),
  lookup('U-L74', '沐阳2025年上年结转多少件', ans([36])),
  lookup('U-L75', '淮安2024年上年结转', ans([34])),
  lookup('U-L76', '沐阳县2025年结转下年度', ans([31])),
  lookup('U-L77', '南山区2020年部分公开 商业企业', ans([3])),
  lookup('U-L78', '淮安2024年 结转下年度继续办理 自然人', ans([103])),
  lookup('U-L79', '我想问一下就是龙岗区那个二零二二年行政处罚跟行政强制分别多少啊', ans([34389, 7749])),
  lookup('U-L80', '洪泽区二零二四年的行政复议结果维持的有几件麻烦看下', ans([1])),
  lookup('U-L81', '淮安市政府二零二四年不予处理重复申请多少件啊', ans([25])),
  lookup('U-L82', '沐阳县政府2025年的行政处罚处理决定数量多少呢', ans([693957])),
  figure('U-F19', '淮安2024年“（四）无法提供 1.本机关不掌握相关政府信息”总计', ans([769])),
  figure('U-F20', '沐阳县2025年“5.要求行政机关确认或重新出具已获取信息”', ans([0])),
  figure('U-F21', '洪泽区2024年“3.要求提供公开出版物”几件', ans([0])),
  figure('U-F22', '淮安市2024年 4.无正当理由大量反复申请', ans([0])),
  figure('U-F23', '龙岗区2022年 2.其他法律行政法规禁止公开', ans([0])),
  figure('U-F24', '南山区2020年其他对外管理服务事项上一年项目数量', ans([430])),
  figure('U-F25', '南山区2020年行政强制本年增减', ans([diff(89)], [96, 159])),
  figure('U-F26', '龙岗发改局2020年行政许可上一年项目数量是多少', ans([15], [diff(3), 12])),
  figure('U-F27', '南山区2020年规范性文件对外公开总数量', ans([8])),
  figure('U-F28', '淮安2024年法人或其他组织里的商业企业新收', ans([53], [118]), {
    note: 'first-run fix: 法人或其他组织 53 + 0 + 0 + 61 + 4 = 118 may be stated too',
  }),
  figure('U-F29', '沐阳2025年新收申请中商业企业几件', ans([3])),
  notInTables('U-N14', '龙岗区2022年政务新媒体账号有几个', SAFE),
  notInTables('U-N15', '洪泽区2023年依申请公开的平均答复时间', SAFE),
  notInTables('U-N16', '南山区2020年申请被驳回的比例', SAFE),
  notInTables('U-N17', '淮安市2024年行政复议涉及哪些部门各多少件', SAFE),
  notInTables('U-N18', '沐阳县2025年申请人的平均年龄', SAFE),
  notInTables('U-N19', '龙华区数据局2020年行政诉讼胜诉率', SAFE, { note: 'no case at all: no rate' }),
  notInTables('U-N20', '哪个单位的申请人最满意', SAFE),
  notInTables('U-N21', '2024年淮安市依申请公开办理的平均天数比洪泽区多几天', SAFE),
  noData('U-D11', '福田区2021年行政复议多少', NO_DATA),
  noData('U-D12', '江苏省南京市2024年依申请公开', NO_DATA),
  noData('U-D13', '淮安市淮阴区2024年行政许可', NO_DATA),
  noData('U-D14', '洪泽区2022年新收申请', NO_DATA),
  noData('U-D15', '龙华区政府2020年行政处罚', SAFE, { note: 'only 龙华区数据局 is held, not the district government' }),
  english('U-D16', 'Beijing 2023 how many applications', NO_DATA),
  traditional('U-D17', '上海浦東2022年複議多少', NO_DATA),
  noData('U-D18', '南山区教育局2020年申请数', NO_DATA),
  noData('U-D19', '龙岗区住建局2022年行政处罚', NO_DATA),
  noData('U-D20', '2019年的报告有吗', NO_DATA),
  noData('U-D21', '淮安市2025年报告出了吗', NO_DATA),
  noData('U-D22', '宝安区2022年新收申请', NO_DATA),
  arithmetic('U-A29', '龙岗区2022年行政复议和行政诉讼合计', sum([15, 32, 6], [38]), { note: '15 + 32 + 6 = 53' }),
  arithmetic('U-A30', '洪泽区2023年和2024年行政许可加起来', sum([550, 9487])),
  arithmetic('U-A31', '淮安2024年予以公开占办理总计的百分比', shareOf(1362, 3050), { note: '1362 ÷ 3050 = 44.66%' }),
  arithmetic('U-A32', '沐阳县2025年无法提供占总计的比重', shareOf(113, 718, [111, 2, 0]), {
    note: '(111 + 2 + 0) ÷ 718 = 15.74%',
  }),
  arithmetic('U-A33', '沐阳2025和洪泽2024的行政处罚平均值', ans([348366.5], [693957, 2776, 696733, 2]), {
    note: '(693957 + 2776) ÷ 2 = 348366.5',
  }),
  arithmetic('U-A34', '淮安2024年部分公开比予以公开少多少', difference(1362, 454)),
  arithmetic('U-A35', '龙岗区2022年不予公开和无法提供一共多少', sum([30, 285], [1, 0, 7, 8, 10, 3, 1, 283, 2]), {
    note: '不予公开 30 + 无法提供 285 = 315',
  }),
  arithmetic('U-A36', '淮安市2024年复议维持和纠正的比是多少', quotient(72, 64), { note: '72 ÷ 64 = 1.125' }),
  arithmetic('U-A37', '洪泽区2024年复议纠正率', rate(1, 2, 0), { note: '1 ÷ 2 = 50%' }),
  arithmetic('U-A38', '龙岗区2022年诉讼里直接起诉占多少', shareOf(32, 38, [6]), { note: '32 ÷ (32 + 6) = 84.21%' }),
  arithmetic('U-A39', '淮安2024年行政许可加行政处罚加行政强制', sum([447228, 3985758, 88283])),
  arithmetic('U-A40', '龙岗区2022年新收的自然人和商业企业合计', sum([489, 51])),
  arithmetic('U-A41', '淮安2024年不予公开里行政查询事项比国家秘密多多少', difference(105, 2)),
  arithmetic('U-A42', '洪泽区2024年予以公开占新收申请的比例是多少', shareOf(50, 95), { note: '50 ÷ 95 = 52.63%' }),
  arithmetic('U-A43', '2020年三个单位的新收申请平均多少', ans([89], [262, 4, 1, 267, 3]), {
    note: '(262 + 4 + 1) ÷ 3 = 89',
  }),
  arithmetic('U-A44', '沐阳县2025年行政处罚比淮安2024年少多少', difference(3985758, 693957)),
  arithmetic(
    'U-A45',
    '淮安市2024年行政事业性收费是洪泽区2024年的几倍',
    ans([ratio(96171.6 / 7545)], [wan(96171.6), wan(7545)]),
    {
      note: '96171.6 ÷ 7545 = 12.75',
    },
  ),
  arithmetic(
    'U-A46',
    '龙岗区2022年许可和处罚比一下',
    anyOf(difference(34389, 16103), quotient(34389, 16103), quotient(16103, 34389), ans([16103, 34389]), CLARIFY),
    { note: 'the operation is not said: a difference, a quotient, both figures or a question back' },
  ),
  crossed('U-X06', '洪泽2024年和沐阳2025年的复议总计各多少', ans([2, 61])),
  crossed(
    'U-X07',
    '淮安市2024年跟龙岗区2022年的行政许可哪个多',
    ans([447228], [16103, diff(447228 - 16103), ratio(447228 / 16103)], { mustContain: ['淮安'] }),
  ),
  crossed('U-X08', '南山2020、龙岗2022、淮安2024三家的新收申请', ans([262, 552, 3119])),
  crossed('U-X09', '龙岗区2021年和2022年的行政处罚', anyOf(ans([34389]), NO_DATA, CLARIFY), {
    note: 'no 龙岗区 2021 report (the 2021 one is 龙岗区数据局)',
  }),
  crossed('U-X10', '洪泽区2023年的规范性文件废止和2024年的制发', ans([5, 3])),
  filter('U-I17', '有几个单位是2020年的', ans([3])),
  filter('U-I18', '哪些单位有两年的报告', list(['洪泽'], [2, 1])),
  filter('U-I19', '市区两级2024年收到申请合计', anyOf(sum([3119, 95]), CLARIFY)),
  filter('U-I20', '2024年区级政府行政复议', ans([2])),
  filter('U-I21', '2020年区政府里的行政诉讼', ans([4], [2])),
  filter('U-I23', '深圳一共几份报告', ans([5])),
  filter('U-I24', '部门的报告有几份', ans([3])),
  filter('U-I26', '列出所有2020年的报告', list(['南山', '龙华'], [3])),
  filter('U-I27', '库里有哪些市级的', list(['淮安'], [1])),
  filter('U-I28', '龙岗区2022年三表勾稽对得上吗', ans([], [562, 552, 10, 535, 27]), {
    note: '552 + 10 = 562 = 535 + 27: it balances',
  }),
  filter('U-I29', '龙岗发改局2020年的勾稽关系对不对', ans([], [4, 0, 1, 5]), { note: '4 + 0 = 4 ≠ 4 + 1 = 5' }),
  filter('U-I30', '沐阳县2025年第一项加第二项等不等于第三项加第四项', ans([], [749, 713, 36, 718, 31]), {
    note: '713 + 36 = 749 = 718 + 31: yes',
  }),
  filter('U-I31', '淮安2024年不予公开各项加起来是不是178', ans([], [178, 2, 31, 5, 6, 8, 12, 9, 105])),
  filter('U-I32', '洪泽区2024年新收和总计是不是一样', ans([], [95])),
  filter('U-I33', '淮安2024年复议纠正和诉讼纠正等不等于', ans([], [64, 5, 4, 1, diff(59)])),
  filter('U-I34', '龙岗区数据局2021年是不是全是0', ans([], [0, 1])),
  ranking('U-K09', '2024年复议纠正最多的单位', ans([64], [1], { reportsCompared: [2] })),
  ranking(
    'U-K10',
    '2020年政府集中采购金额前两名',
    ans([wan(170815.4), yuan(5246500)], [yuan(456880), 2502, 3, 9], { reportsCompared: [3] }),
  ),
  ranking('U-K11', '2024年部分公开排名', ans([454, 9], [], { reportsCompared: [2] })),
  ranking('U-K12', '江苏的报告里行政处罚最多的是哪个', anyOf(ans([3985758], [693957, 4119, 2776]), CLARIFY)),
  ranking('U-K13', '2020年哪家新收申请最少', ans([1], [262, 4], { reportsCompared: [3] })),
  ranking('U-K14', '2020年区级部门里行政许可最多的', ans([12], [0, diff(3), 15], { reportsCompared: [2] })),
  ranking('U-K15', '区政府里新收申请最多的是哪个不限年份', anyOf(ans([552], [262, 95, 21]), CLARIFY)),
  traditional('U-T07', '淮安市2024年不予公開一共多少件', sum([2, 31, 5, 6, 8, 12, 9, 105])),
  traditional('U-T08', '洪澤區2023年行政強制多少', ans([195])),
  traditional('U-T09', '龍崗區2022年復議後起訴總計', ans([6])),
  traditional('U-T10', '沐陽縣2025年予以公開佔總計的比例', shareOf(294, 718), '294 ÷ 718 = 40.95%'),
  traditional('U-T11', '南山區2020年行政訴訟一共幾件', ans([4], [2])),
  traditional('U-T12', '請問淮安2024年信訪舉報投訴類申請有幾件', ans([62], [56, 6])),
  misspelling('U-M11', '龙港区2022年行政许可', anyOf(ans([16103]), CLARIFY, NO_DATA)),
  misspelling('U-M12', '红泽区2024年行政处罚', orAsk(ans([2776]))),
  misspelling('U-M13', '淮按2024年复议纠正', orAsk(ans([64]))),
  misspelling('U-M14', '沐杨县2025年行政强制', orAsk(ans([2154]))),
  misspelling('U-M15', '南山区2020年不予公开过成性信息', orAsk(ans([4]))),
  misspelling('U-M16', '淮安2024年行政许课多少', orAsk(ans([447228]))),
  misspelling('U-M17', '龙岗区发展和改革局2020年政府集中采够金额', orAsk(ans([yuan(5246500)], [3]))),
  misspelling('U-M18', '洪泽县2024年规范性文件制发', orAsk(ans([3])), { note: '洪泽县: the name before 2016' }),
  misspelling('U-M19', '淮阴市2024年行政许可', orAsk(ans([447228])), { note: '淮阴市: 淮安市 before 2001' }),
  misspelling('U-M20', '龙岗区政务服务和数据管理局2021年申请数', orAsk(ans([0]))),
  english('U-E06', "Huai'an 2024: what percentage of reconsiderations were corrected?", rate(64, 351, 37)),
  english('U-E07', 'Rank the 2020 reports by applications received', ans([262, 4, 1], [], { reportsCompared: [3] })),
  english('U-E08', 'How many reports are from 2024?', ans([2])),
  english('U-E09', 'Hongze district administrative licensing, 2023 vs 2024, difference?', difference(9487, 550)),
  english('U-E10', 'Longgang 2022 lawsuits filed directly: how many were still pending?', ans([11])),
  english('U-E11', 'Nanshan 2020 centralized government procurement amount', ans([wan(170815.4)], [2502])),
  english('U-E12', 'Shuyang 2025 ratio of penalties to licences', quotient(693957, 517645)),
  outOfScope('U-O04', '给我讲个笑话', anyOf(SAFE, CHAT)),
  outOfScope('U-O05', '深圳房价多少', anyOf(SAFE, CHAT)),
  chat('U-C05', '早上好☀️', CHAT),
  chat('U-C06', '怎么用这个机器人', CHAT),
  chat('U-C07', '好的明白了', CHAT),
];

export const FIFTEENTH_CONVERSATIONS: readonly Conversation[] = [
  {
    id: 'U-V01',
    class: 'conversation',
    turns: [
      { question: '淮安市2024年行政复议总计多少', expect: ans([351]) },
      { question: '结果纠正呢', expect: ans([64]) },
      { question: '占比多少', expect: rate(64, 351, 37) },
      {
        question: '那洪泽区呢',
        expect: anyOf(shareOf(1, 2), ans([1]), CLARIFY),
        note: '洪泽区 2024 复议 纠正 1 of 2 (none pending): 50%',
      },
    ],
  },
  {
    id: 'U-V02',
    class: 'conversation',
    turns: [
      { question: '龙岗区2022年行政许可', expect: ans([16103]) },
      { question: '行政处罚呢', expect: ans([34389]) },
      { question: '两个加起来', expect: sum([16103, 34389]) },
      { question: '重新开始', expect: CHAT },
      { question: '行政处罚呢', expect: SAFE, note: 'no organ after the reset' },
    ],
  },
  {
    id: 'U-V03',
    class: 'conversation',
    turns: [
      { question: '洪泽区2023年新收申请', expect: ans([21]) },
      { question: '2024年呢', expect: ans([95]) },
      { question: '差了几个', expect: difference(95, 21) },
      { question: '增长率', expect: percentChange(21, 95), note: '(95 − 21) ÷ 21 = 352.38%' },
    ],
  },
  {
    id: 'U-V04',
    class: 'conversation',
    turns: [
      { question: '沐阳县2025年行政复议结果维持多少', expect: ans([27]) },
      { question: 'And how many were corrected?', expect: ans([10]), replyIn: 'en' },
      { question: 'What share of the total is that?', expect: rate(10, 61, 15), replyIn: 'en' },
      { question: '谢谢', expect: CHAT },
    ],
  },
  {
    id: 'U-V05',
    class: 'conversation',
    turns: [
      { question: '南山区2020年和龙岗区2022年的行政复议总计分别多少', expect: ans([5, 15]) },
      { question: '前者维持了几件', expect: ans([5]) },
      { question: '后者呢', expect: ans([7]) },
      { question: '两者差多少', expect: difference(7, 5) },
    ],
  },
  {
    id: 'U-V06',
    class: 'conversation',
    turns: [
      { question: '淮安市2024年属于国家秘密的不予公开有几件', expect: ans([2]) },
      { question: '库里有几个县的报告', expect: list(['沐阳'], [1]) },
      { question: '那这个县的国家秘密呢', expect: ans([0]) },
      { question: '跟淮安比差多少', expect: difference(2, 0) },
    ],
  },
  {
    id: 'U-V07',
    class: 'conversation',
    turns: [
      { question: '洪泽区2024年行政处罚', expect: ans([2776]) },
      { question: '2023年的呢', expect: ans([4119]) },
      { question: '变化百分比', expect: percentChange(4119, 2776), note: '(2776 − 4119) ÷ 4119 = −32.61%' },
      {
        question: '行政强制呢',
        expect: anyOf(
          ...changeShares(195, 84).map((c) => ans([c], [195, 84, diff(111)])),
          ans([195]),
          ans([84]),
          ans([195, 84]),
          CLARIFY,
        ),
        note: 'the change carried (195 → 84: −56.92%) or the figure of either year',
      },
    ],
  },
  {
    id: 'U-V08',
    class: 'conversation',
    turns: [
      { question: '淮安2024年行政诉讼直接起诉总计', expect: ans([26]) },
      { question: '复议后起诉呢', expect: ans([20]) },
      { question: '加起来多少', expect: sum([26, 20]) },
      { question: '其中纠正的一共几件', expect: sum([4, 1]) },
      { question: '纠正率多少', expect: rate(5, 46, 7, [4, 1, 26, 20]) },
    ],
  },
  {
    id: 'U-V09',
    class: 'conversation',
    turns: [
      { question: '龍崗區2022年上年結轉多少', expect: ans([10], [9, 1]), replyIn: 'hant' },
      { question: '結轉下年度呢', expect: ans([27], [25, 2]), replyIn: 'hant' },
      { question: '重新开始', expect: CHAT },
      {
        question: '淮安呢',
        expect: anyOf(SAFE, ans([], [3119, 3050, 351, 46], { mustNotContain: ['结转', '結轉'] })),
        note: 'nothing carried after the reset; first-run fix: an overview of the organ named (淮安市 2024) is right too',
      },
    ],
  },
  {
    id: 'U-V10',
    class: 'conversation',
    turns: [
      { question: '龙岗区2022年予以公开占办理结果总计的比例', expect: shareOf(66, 535), note: '66 ÷ 535 = 12.34%' },
      {
        question: '那南山呢',
        expect: anyOf(shareOf(100, 235), NO_DATA),
        note: '100 ÷ 235 = 42.55% (南山区 2020); first-run fix: 2022 carried over, no 南山区 2022 report, is an honest reading too',
      },
      {
        question: '哪个高',
        expect: ans([], [share(100, 235), share(66, 535), 100, 235, 66, 535], { mustContain: ['南山'] }),
      },
    ],
  },
  {
    id: 'U-V11',
    class: 'conversation',
    turns: [
      { question: '洪泽区历年的新收申请', expect: ans([21, 95]) },
      {
        question: '哪年多',
        expect: ans([], [95, 21, diff(74), ...changeShares(21, 95)], { mustContain: ['2024'] }),
        note: 'first-run fix: the percentage change (352.38%) may be stated',
      },
      {
        question: '行政许可呢',
        expect: anyOf(ans([550, 9487], [diff(8937), ...changeShares(550, 9487)]), ans([9487]), ans([550])),
        note: 'first-run fix: the change beside the two years (+8937, +1624.91%) may be stated',
      },
      { question: '同比增长多少', expect: percentChange(550, 9487), note: '(9487 − 550) ÷ 550 = 1624.91%' },
    ],
  },
  {
    id: 'U-V12',
    class: 'conversation',
    turns: [
      { question: '沐阳县2025年不予处理多少', expect: sum([12, 7]) },
      { question: '哪些报告是2025年的', expect: list(['沐阳'], [1]) },
      { question: '它的其他处理呢', expect: sum([9, 7, 143]) },
      { question: '两项加一起', expect: sum([19, 159], [12, 7, 9, 143]), note: '19 + 159 = 178' },
      { question: '重新开始', expect: CHAT },
    ],
  },
  {
    id: 'U-V13',
    class: 'conversation',
    turns: [
      {
        question: 'How many administrative penalty decisions did Hongze make in 2024?',
        expect: ans([2776]),
        replyIn: 'en',
      },
      { question: 'And in 2023?', expect: ans([4119]), replyIn: 'en' },
      { question: '那减少了百分之多少', expect: percentChange(4119, 2776) },
      { question: 'What about administrative enforcement in 2023?', expect: ans([195]), replyIn: 'en' },
    ],
  },
  {
    id: 'U-V14',
    class: 'conversation',
    turns: [
      { question: '2024年行政许可排名', expect: ans([447228, 9487], [], { reportsCompared: [2] }) },
      { question: '第一个的行政处罚呢', expect: ans([3985758]) },
      { question: '第二个呢', expect: ans([2776]) },
      { question: '两家差多少', expect: difference(3985758, 2776) },
    ],
  },
  {
    id: 'U-V15',
    class: 'conversation',
    turns: [
      { question: '龙岗区2022年复议后起诉总计', expect: ans([6]) },
      { question: '直接起诉呢', expect: ans([32]) },
      { question: '一共是多少', expect: sum([6, 32]) },
      {
        question: '占诉讼和复议合计的比例',
        expect: anyOf(shareOf(38, 53, [15, 6, 32]), CLARIFY),
        note: '38 ÷ (38 + 15) = 71.70%',
      },
    ],
  },
  {
    id: 'U-V16',
    class: 'conversation',
    turns: [
      { question: '北京市2023年行政复议多少', expect: NO_DATA },
      { question: '那淮安市2024年呢', expect: ans([351]) },
      { question: '2023年呢', expect: NO_DATA },
      { question: '沐阳县呢', expect: anyOf(NO_DATA, ans([61]), CLARIFY), note: '沐阳县 has 2025 only' },
    ],
  },
  {
    id: 'U-V17',
    class: 'conversation',
    turns: [
      { question: '南山区2020年不掌握相关政府信息多少', expect: ans([51], [44, 7]) },
      { question: '另行制作呢', expect: ans([1]) },
      { question: '补正后仍不明确呢', expect: anyOf(ans([0]), SAFE), note: 'printed "/"' },
      { question: '无法提供合计多少', expect: sum([51, 1], [0, 44, 7]) },
    ],
  },
];
