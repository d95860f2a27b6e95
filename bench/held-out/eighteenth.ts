// An eighteenth held-out set (`npm run held-out -- --set eighteenth`), written on 2026-12-07 (begun 22:45 UTC by
// `date -u`), blind: without reading src/answers, test/answers or the earlier sets' questions (only expect.ts,
// score.ts, store.ts, run.ts and the opening lines of fifteenth.ts for the shape), and before the engine was run on
// any of it. Same store (five sample reports, four real text reports: 淮安市 2024, 洪泽区 2023 and 2024, 沐阳县 2025),
// same scoring. It leans on what a disclosure office asks every day: one figure of one organ and year typed sloppily
// (abbreviated organ, 年 missing, 2024 → 24年, row labels paraphrased as staff say them), follow-ups of two to six
// turns with operations on earlier turns, pointers (前者 / 后者 / 它) and a whole-store question between; table 二 and
// 四 rows more often than table 三's 新收; the real reports at least as often as the samples.
// Every expected value was read off the report text (data/reports, test/fixtures/real-reports); sums, shares,
// quotients and changes are written as the arithmetic on the printed figures.
//
// Readings: 去年 / 前年 are 2025 / 2024 by the clock (2026), or 2024 / 2023 with the store's latest year (2025) as this
// year: either is right. A close misspelling or an old name may be answered or asked back (issue 13 rule 8). A figure
// printed only in a report's prose may be stated or declined; a figure printed nowhere must be declined. A rate of a
// result column (纠正率 / 维持率) may be over the printed 总计 or over the cases settled (总计 − 尚未审结). A sum over
// reports of different years may be stated or asked back. Not asked: 洪泽区 2023's table 四 (garbled by the layout
// extraction); 龙华区数据局 2020's 总计 column below 新收; 沐阳县 2025's applicant columns below 新收; 南山区 2020's "/"
// cells except as none-or-declined.
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

/** a − b, either sign; the operands and the percentage change either way may be stated too. */
const difference = (a: number, b: number, also: readonly Figure[] = []): Expectation =>
  ans([diff(a - b)], [a, b, ...(b === 0 ? [] : changeShares(b, a)), ...(a === 0 ? [] : changeShares(a, b)), ...also]);
/** A percentage change asked for (either sign); the two figures and the difference may be stated. */
const percentChange = (from: number, to: number): Expect =>
  anyOf(...changeShares(from, to).map((c) => ans([c], [from, to, diff(to - from)])));
/** A sum of named figures: the parts may be stated. */
const sum = (parts: readonly number[], also: readonly Figure[] = []): Expectation =>
  ans([parts.reduce((a, b) => a + b, 0)], [...parts, ...also]);
/** A share of part in whole: part and whole may be stated. */
const shareOf = (part: number, whole: number, also: readonly Figure[] = []): Expectation =>
  ans([share(part, whole)], [part, whole, ...also]);
/** A rate of one result column: over the printed 总计, or over the settled cases (总计 − 尚未审结). */
const rate = (part: number, total: number, pending: number, also: readonly Figure[] = []): Expect =>
  anyOf(
    shareOf(part, total, [pending, total - pending, ...also]),
    ans([share(part, total - pending)], [part, total, pending, total - pending, ...also]),
  );
/** A quotient a ÷ b: the operands may be stated. */
const quotient = (a: number, b: number): Expectation => ans([ratio(a / b)], [a, b]);
/** A misspelled or old name: answered with the figure, or asked back. */
const orAsk = (expectation: Expectation): Expect => anyOf(expectation, CLARIFY);
/** A figure printed only in the report's prose: stated, or declined. */
const proseOnly = (expectation: Expectation): Expect => anyOf(expectation, SAFE);
/** A list: no figure but counts; the names it must show. */
const list = (names: readonly string[], counts: readonly Figure[] = []): Expectation =>
  ans([], counts, { mustContain: names });

// The figures, as printed (table 二 / 三 总计 column / 四), per report, read for this set.
// 淮安市人民政府 2024 (HA): 规章 1 / 0 / 11; 规范性文件 8 / 26 / 66; 许可 447228; 处罚 3985758; 强制 88283; 收费 96171.6 万元.
//   新收 3001 / 53 / 0 / 0 / 61 / 4 = 3119; 结转 34; 予以公开 1362; 部分 454; 不予公开 2 + 31 + 5 + 6 + 8 + 12 + 9 + 105 = 178;
//   无法提供 769 + 11 + 1 = 781; 不予处理 62 + 25 + 0 + 0 + 1 = 88; 其他处理 71 + 6 + 110 = 187; 总计 3050; 结转下年 103.
//   复议 72 / 64 / 178 / 37 / 351; 直接起诉 13 / 4 / 8 / 1 / 26; 复议后起诉 12 / 1 / 1 / 6 / 20. Prose: 信息处理费 3940 元,
//   政务新媒体 95 个, 行政诉讼 46 件.
// 洪泽区 2024 (HZ24): 规章 0; 规范性文件 3 / 0 / 8; 许可 9487; 处罚 2776; 强制 84; 收费 7545 万元. 新收 95 (all 自然人), 结转 0;
//   予以公开 50; 部分 9; 不予公开 三安全 1 + 过程性 1 + 执法案卷 1 = 3; 无法提供 31 + 1 + 0 = 32; 不予处理 信访 1; 其他处理 0;
//   总计 95; 结转下年 0. 复议 1 / 1 / 0 / 0 / 2; 直接起诉 1 / 0 / 0 / 0 / 1; 复议后起诉 2 / 0 / 1 / 0 / 3. Prose: 区政府办 17 件,
//   信息处理费 0 元.
// 洪泽区 2023 (HZ23): 规章 0; 规范性文件 0 / 5 / 5; 许可 550; 处罚 4119; 强制 195; 收费 7730.28 万元. 新收 21; 结转 0; 予以公开 0;
//   部分 4; 国家秘密 1, 过程性 1, 执法案卷 1; 不掌握 10, 另行制作 3; 信访 1; 其他处理 0; 总计 21; 结转下年 0.
// 沐阳县 2025 (SY): 规章 0; 规范性文件 6 / 1 / 32; 许可 517645; 处罚 693957; 强制 2154; 收费 4068.208 万元. 新收 705 / 3 / 0 /
//   0 / 5 / 0 = 713; 结转 36; 予以公开 294; 部分 101; 不予公开 0 + 0 + 2 + 2 + 13 + 2 + 4 + 9 = 32; 无法提供 111 + 2 + 0 = 113;
//   不予处理 12 + 7 + 0 + 0 + 0 = 19; 其他处理 9 + 7 + 143 = 159; 总计 718; 结转下年 31. 复议 27 / 10 / 9 / 15 / 61; 直接起诉
//   3 / 0 / 0 / 0 / 3; 复议后起诉 8 / 0 / 1 / 1 / 10. Prose: 受理 749 件, 复议诉讼案件 74 件, 信息处理费 380 元.
// 龙岗区 2022 (LG): 规章 0; 规范性文件 46 / 11 / 136; 许可 16103; 处罚 34389; 强制 7749; 收费 2.22934 万元. 新收 489 / 51 / 0 / 0 /
//   8 / 4 = 552; 结转 9 + 1 = 10; 予以公开 66; 部分 36; 不予公开 1 + 0 + 0 + 7 + 8 + 10 + 3 + 1 = 30; 无法提供 283 + 2 + 0 = 285;
//   不予处理 0; 其他处理 2 + 0 + 116 = 118; 总计 473 / 50 / 0 / 0 / 8 / 4 = 535; 结转下年 25 + 2 = 27. 复议 7 / 2 / 1 / 5 / 15;
//   直接起诉 19 / 0 / 2 / 11 / 32; 复议后起诉 4 / 0 / 0 / 2 / 6. Prose: 同比增长 187.5%, 自然人 489 占 88.6%, 浏览量 6353 万人次.
// 南山区 2020 (NS, 2019 template): 规范性文件 8 / 8 / 8; 许可 220 / 减19 / 8759; 其他对外管理服务事项 430 / 减124 / 199956; 处罚
//   2078 / 增2668 / 1767; 强制 96 / 增89 / 159; 收费 上一年 14; 政府集中采购 2502 项 170815.4 万元. 新收 236 / 22 / / / / 4 = 262;
//   结转 5 + 1 = 6; 予以公开 93 / 6 / 1 = 100; 部分 42 / 3 / 4 = 49; 过程性 4; 不掌握 44 + 7 = 51; 另行制作 1; 信访 1; 重复 2 + 2 = 4;
//   其他处理 24 + 1 = 25; 总计 211 / 19 / 5 = 235; 结转下年 30 + 3 = 33. 复议 维持 5, 总计 5; 直接起诉 维持 1, 尚未审结 1, 总计 2;
//   复议后起诉 维持 2, 总计 2. Prose: 262 同比增加 4.8%, 复议 5 宗, 诉讼 4 宗.
// 龙岗区发展和改革局 2020 (FG): 规范性文件 1 / 1 / 1; 许可 15 / -3 / 12; 其他对外管理服务事项 21 / +928 / 949; 处罚、强制 0;
//   收费 上一年 41 / -16; 政府集中采购 3 项 5246500 元. 新收 4 (自然人); 予以公开 2; 部分 1; 不掌握 1; 总计 4; 结转下年 1 (so
//   the 勾稽 4 + 0 = 4 + 1 fails); 四 all 0.
// 龙华区政务服务数据管理局 2020 (LH): 二 all 0 but 政府集中采购 9 项 456880 元; 新收 1; 四 all 0.
// 龙岗区政务服务数据管理局 2021 (SJ): 规范性文件 1 / 0 / 1; everything else 0. Prose: 未收到申请, 12345 来电 156710 件次.

export const EIGHTEENTH_QUESTIONS: readonly SingleQuestion[] = [
  // Plain lookups: table 二 and 四 first, typed short.
  lookup('K-L01', '淮安24年规章新出了几件', ans([1]), { note: 'HA 规章 本年制发 1' }),
  lookup('K-L02', '洪泽区2024现行有效的规范性文件有多少', ans([8])),
  lookup('K-L03', '沐阳25年行政处罚决定多少个', ans([693957])),
  lookup('K-L04', '龙岗区政府2022行政强制', ans([7749])),
  lookup('K-L05', '南山2020政府集中采购花了多少钱', ans([yuan(1708154000)], [2502]), {
    note: '170815.4 万元, 2502 项',
  }),
  lookup('K-L06', '发改局2020年集中采购了几个项目', ans([3], [yuan(5246500)])),
  lookup('K-L07', '龙华数据局2020集中采购总金额', ans([yuan(456880)], [9])),
  lookup('K-L08', '洪泽23年行政事业性收费多少钱', ans([wan(7730.28)])),
  lookup('K-L09', '淮安市2024年行政复议结果纠正的有几件', ans([64])),
  lookup('K-L10', '沐阳县2025复议还没审完的', ans([15])),
  lookup('K-L11', '龙岗2022直接起诉的行政诉讼总数', ans([32])),
  lookup('K-L12', '洪泽2024复议后起诉其他结果', ans([1])),
  lookup('K-L13', '淮安2024复议后起诉尚未审结多少件', ans([6])),
  lookup('K-L14', '南山区2020年行政复议总计', ans([5])),
  lookup('K-L15', '龙岗区数据局2021年废止了几个规范性文件', ans([0])),
  lookup('K-L16', '淮安24年上年结转的申请', ans([34])),
  lookup('K-L17', '沐阳2025结转下年度继续办理', ans([31])),
  lookup('K-L18', '龙岗22年法律服务机构申请了几件', ans([8]), { note: 'LG 新收, 法律服务机构 column' }),
  lookup('K-L19', '淮安2024商业企业新收申请', ans([53])),
  lookup('K-L20', '南山2020其他处理多少件', ans([25])),
  lookup('K-L21', '洪泽2023没有现成信息需要另行制作的', ans([3])),
  lookup('K-L22', '淮安2024属于行政查询事项的不予公开', ans([105])),
  lookup('K-L23', '沐阳2025重复申请几件', ans([7])),
  lookup('K-L24', '龙岗2022保护第三方合法权益不予公开的', ans([7])),
  lookup('K-L25', '淮安市2024年申请人逾期未按收费通知要求缴纳费用的有几件', ans([6])),
  lookup('K-L26', '发改局2020年其他对外管理服务事项处理决定数量', ans([949])),
  lookup('K-L27', '南山2020行政处罚上一年项目数量', ans([2078])),

  // Rows named the way staff say them.
  figure('K-F01', '洪泽24依申请公开收了多少', ans([95])),
  figure('K-F02', '淮安2024败诉的官司有几件', anyOf(ans([5], [4, 1, 26, 20]), ans([4, 1], [26, 20]), CLARIFY), {
    note: '诉讼 结果纠正: 直接起诉 4 + 复议后起诉 1 = 5 (the prose says 5 too)',
  }),
  figure('K-F03', '沐阳25驳回的复议有多少', SAFE, {
    note: 'no column is 驳回: it may sit in 维持 or 其他结果; the table does not say',
  }),
  figure('K-F04', '龙岗2022年给公开了的有多少件', ans([66], [36]), {
    note: '予以公开 66 (部分公开 36 may be beside it)',
  }),
  figure('K-F05', '淮安24年查无此信息的（本机关不掌握）', ans([769])),
  figure('K-F06', '南山20被告到法院的一共几件', anyOf(ans([4], [2]), ans([2])), {
    note: '直接起诉 总计 2 + 复议后起诉 总计 2 = 4 (prose: 诉讼 4 宗)',
  }),
  figure('K-F07', '沐阳2025年不予处理一共多少', sum([12, 7, 0, 0, 0])),
  figure('K-F08', '洪泽24年办结了多少件', ans([95]), { note: '（七）总计 95' }),
  figure('K-F09', '淮安2024年信访举报投诉类的申请', ans([62])),
  figure('K-F10', '龙岗22年还没判下来的直接起诉', ans([11])),
  figure('K-F11', '淮安24年复议维持了几件', ans([72])),
  figure('K-F12', '沐阳2025年规范性文件新发了几个', ans([6])),
  figure('K-F13', '洪泽2023年行政许可决定数', ans([550])),
  figure('K-F14', '南山2020年许可事项比上一年少了几项', ans([diff(19)], [220, 8759]), {
    note: '本年增/减 printed 减19',
  }),

  // Figures no table holds.
  notInTables('K-N01', '淮安2024年政务新媒体有多少个', proseOnly(ans([95])), { note: 'prose: 共计 95 个' }),
  notInTables('K-N02', '洪泽24年申请平均多少天答复', SAFE),
  notInTables('K-N03', '沐阳2025年信息处理费收了多少', proseOnly(ans([yuan(380)], [1]))),
  notInTables('K-N04', '龙岗2022年网站浏览量', proseOnly(ans([63530000], [105281]))),
  notInTables('K-N05', '南山2020年政务公开工作人员有几个', SAFE),
  notInTables(
    'K-N06',
    '淮安2024年每千件申请有多少件复议',
    anyOf(SAFE, ans([ratio((1000 * 351) / 3119)], [351, 3119])),
    {
      note: 'no table figure; 351 / 3119 × 1000 = 112.5 if computed',
    },
  ),
  notInTables('K-N07', '龙岗区数据局2021年12345来电多少', proseOnly(ans([156710]))),
  notInTables('K-N08', '洪泽2023年召开了几次新闻发布会', SAFE),
  notInTables('K-N09', '沐阳县2025年申请人满意度多少', SAFE),
  notInTables('K-N10', '淮安2024年依申请公开的平均办理时长', SAFE),

  // Relative years (and a row whose name holds 上一年).
  relativeYear('K-R01', '沐阳去年的行政许可', anyOf(ans([517645]), SAFE), { note: '2025 by the clock; 2024 not held' }),
  relativeYear('K-R02', '洪泽前年收了多少申请', anyOf(ans([95]), ans([21])), {
    note: '2024 by the clock, 2023 by the store',
  }),
  relativeYear('K-R03', '淮安前年的行政处罚', anyOf(ans([3985758]), SAFE)),
  relativeYear('K-R04', '洪泽区大前年规范性文件废止了几件', anyOf(ans([5]), SAFE), { note: '2023 by the clock' }),
  relativeYear('K-R05', '洪泽今年的复议', SAFE, { note: '2026 / 2025: no 洪泽 report' }),
  relativeYear('K-R06', '沐阳上一年结转下来的申请', ans([36]), { note: '上年结转 is a row; 沐阳 holds 2025 only' }),
  relativeYear('K-R07', '洪泽区2024年比上一年行政许可多了多少', difference(9487, 550)),
  relativeYear('K-R08', '淮安市去年结转下年度的', anyOf(ans([103]), SAFE), { note: '2025 by the clock: not held' }),

  // Arithmetic.
  arithmetic('K-A01', '淮安24年予以公开占予以公开加部分公开的比例', shareOf(1362, 1362 + 454, [454, 1362 + 454]), {
    note: '1362 / (1362 + 454) = 75.0%',
  }),
  arithmetic('K-A02', '沐阳2025复议纠正率', rate(10, 61, 15), { note: '10 / 61 = 16.39%, or 10 / 46 = 21.74%' }),
  arithmetic('K-A03', '淮安2024复议维持率是多少', rate(72, 351, 37)),
  arithmetic('K-A04', '洪泽2023到2024新收申请增长了百分之多少', percentChange(21, 95), { note: '+352.38%' }),
  arithmetic('K-A05', '淮安和洪泽2024年新收申请平均每家多少', ans([(3119 + 95) / 2], [3119, 95, 3119 + 95, 2])),
  arithmetic('K-A06', '淮安2024年新收是洪泽2024年的几倍', quotient(3119, 95), { note: '32.83' }),
  arithmetic('K-A07', '龙岗2022年不予公开里内部事务和过程性信息加起来', sum([8, 10])),
  arithmetic('K-A08', '沐阳2025其他处理三项合计', sum([9, 7, 143])),
  arithmetic('K-A09', '南山2020年新收申请和上年结转加起来', sum([262, 6])),
  arithmetic('K-A10', '淮安2024年直接起诉和复议后起诉一共多少件', sum([26, 20])),
  arithmetic('K-A11', '洪泽区2024年行政处罚比2023年少了多少', difference(2776, 4119)),
  arithmetic(
    'K-A12',
    '2020年南山、发改局、龙华数据局三家集中采购金额一共多少',
    ans(
      [yuan(1708154000 + 5246500 + 456880)],
      [yuan(1708154000), yuan(5246500), yuan(456880), 2502, 3, 9, 2502 + 3 + 9],
    ),
    { note: '170815.4 万元 + 5246500 元 + 456880 元 = 1713857380 元' },
  ),
  arithmetic('K-A13', '龙岗2022年自然人申请占新收的比重', shareOf(489, 552), { note: '88.59% (prose 88.6%)' }),
  arithmetic('K-A14', '沐阳2025年行政复议和行政诉讼一共多少件', sum([61, 3, 10], [13]), { note: 'prose: 74 件' }),
  arithmetic('K-A15', '淮安2024国家秘密占不予公开的几成', shareOf(2, 178), { note: '2 / 178 = 1.12%' }),
  arithmetic('K-A16', '洪泽24年不掌握和另行制作加起来', sum([31, 1])),
  arithmetic('K-A17', '淮安2024年规范性文件废止的比制发的多多少', difference(26, 8)),
  arithmetic('K-A18', '龙岗2022行政许可加行政处罚加行政强制', sum([16103, 34389, 7749])),

  // Crossed organ–year pairs.
  crossed('K-C01', '洪泽2024年和南山2020年的行政复议总计差多少', difference(5, 2)),
  crossed('K-C02', '龙岗2022年的规范性文件制发数和沐阳2025年比谁多', ans([46, 6], [diff(40), ...changeShares(6, 46)])),
  crossed('K-C03', '淮安2024和洪泽2023的行政强制分别是多少', ans([88283, 195])),
  crossed('K-C04', '南山2020年跟龙岗2022年新收申请加起来', anyOf(sum([262, 552]), CLARIFY)),
  crossed('K-C05', '沐阳2025的予以公开比龙岗2022多几件', difference(294, 66)),

  // Filters: level, department, year.
  filter('K-T01', '2024年区级政府的行政许可', ans([9487]), { note: '洪泽区 is the only district report of 2024' }),
  filter(
    'K-T02',
    '2020年部门报告里政府集中采购金额最多的是哪家',
    ans([yuan(5246500)], [yuan(456880), 3, 9], { mustContain: ['发展和改革'], reportsCompared: [2] }),
  ),
  filter('K-T03', '市级政府2024年行政复议总计', ans([351])),
  filter('K-T04', '2025年有报告的单位新收申请是多少', ans([713], [1])),
  filter('K-T05', '2020年部门的新收申请一共多少', sum([4, 1], [2]), { note: '发改局 4 + 龙华数据局 1' }),
  filter('K-T06', '列一下所有的部门报告', list(['发展和改革局', '龙华区', '龙岗区政务服务数据管理局'], [3])),
  filter('K-T07', '哪些报告是2020年的', list(['南山', '发展和改革', '龙华'], [3])),
  filter('K-T08', '有几个区政府', ans([3], [4]), { note: '龙岗区, 南山区, 洪泽区 (4 reports); 沐阳 is a 县' }),

  // Rankings.
  ranking(
    'K-K01',
    '2024年哪个单位行政诉讼直接起诉最多',
    ans([26], [1], { mustContain: ['淮安'], reportsCompared: [2] }),
  ),
  ranking('K-K02', '2020年三份报告新收申请排个序', ans([262, 4, 1], [3], { reportsCompared: [3] })),
  ranking(
    'K-K03',
    '所有报告里行政强制最多的是哪个',
    ans([88283], [7749, 2154, 195, 159, 84, 0, 9], { mustContain: ['淮安'] }),
  ),
  ranking(
    'K-K04',
    '2020年哪个单位规范性文件制作得最少',
    ans([0], [1, 8], { mustContain: ['龙华'], reportsCompared: [3] }),
  ),

  // Chat.
  chat('K-H01', '早上好～', CHAT),
  chat('K-H02', '辛苦啦🙏', CHAT),
  chat('K-H03', '@年报机器人 你能干嘛', CHAT),
  chat('K-H04', '好的收到', CHAT),

  // Traditional (and mixed).
  traditional('K-W01', '淮安市2024年行政復議結果糾正幾件', ans([64])),
  traditional('K-W02', '沭陽縣2025年規範性文件現行有效多少件', orAsk(ans([32])), 'the store prints 沐阳'),
  traditional('K-W03', '龍崗區2022年結轉下年度繼續辦理', ans([27])),
  traditional('K-W04', '洪澤區2024年行政事業性收費金額', ans([wan(7545)])),
  traditional('K-W05', '南山區2020年不予處理的重復申請', ans([4])),

  // Misspellings.
  misspelling('K-M01', '淮按2024年行政许可', orAsk(ans([447228]))),
  misspelling('K-M02', '洪则区2024行政处罚', orAsk(ans([2776]))),
  misspelling('K-M03', '龙港区2022年新收申请', anyOf(ans([552]), CLARIFY, NO_DATA), {
    note: '龙港 is a homophone of 龙岗 (and a city of 浙江): answered, asked back or no data',
  }),
  misspelling('K-M04', '南山区2020年行政复意总计', orAsk(ans([5]))),
  misspelling('K-M05', '沐阳2025年行政强治', orAsk(ans([2154]))),
  misspelling('K-M06', '淮安2024年不予公开的第三方合法权宜', orAsk(ans([6]))),

  // English.
  english('K-E01', "How many information disclosure requests did Huai'an receive in 2024?", ans([3119])),
  english('K-E02', "What share of Longgang's 2022 new requests came from natural persons?", shareOf(489, 552)),
  english('K-E03', 'Hongze 2024 administrative reconsideration total', ans([2])),
  english(
    'K-E04',
    "Which 2024 report had more administrative penalties, Huai'an or Hongze?",
    ans([3985758], [2776, diff(3985758 - 2776), ...changeShares(2776, 3985758), ratio(3985758 / 2776)]),
  ),
  english('K-E05', 'Shuyang 2025 lawsuits filed after reconsideration, how many were corrected', ans([0])),

  // Reports the store does not hold.
  noData('K-D01', '北京市2024年新收申请', NO_DATA),
  noData('K-D02', '广东省政府2022年行政复议', NO_DATA),
  noData('K-D03', '上海市浦东新区2023年行政许可', NO_DATA),
  noData('K-D04', '江苏省政府2024年规范性文件制发', NO_DATA),
  noData('K-D05', '淮安市淮阴区王营街道2024年申请数', NO_DATA),
  noData('K-D06', '龙岗区2023年的行政处罚', NO_DATA),
  noData('K-D07', '南山区2021年新收申请', NO_DATA),
  noData('K-D08', '深圳市政府2022年报告里的行政复议', SAFE, { note: '深圳市人民政府 files no report here' }),

  // Out of scope.
  outOfScope('K-O01', '帮我写一份2025年的年报', SAFE),
  outOfScope('K-O02', '今天深圳天气怎么样', SAFE),
  outOfScope('K-O03', '政府信息公开条例第几条规定了收费', SAFE),
];

export const EIGHTEENTH_CONVERSATIONS: readonly Conversation[] = [
  {
    id: 'K-V01',
    class: 'conversation',
    note: 'one column, then the other, then their difference, then an organ switch and a reset',
    turns: [
      { question: '沐阳2025复议后起诉结果维持几件', expect: ans([8]) },
      { question: '其他结果呢', expect: ans([1]) },
      { question: '两者差多少', expect: difference(8, 1) },
      {
        question: '换成淮安2024',
        expect: anyOf(difference(12, 1), ans([12, 1]), ans([1]), CLARIFY),
        note: '淮安 复议后起诉 维持 12, 其他结果 1',
      },
      { question: '重新开始', expect: CHAT },
      { question: '沐阳县复议总计', expect: ans([61]) },
    ],
  },
  {
    id: 'K-V02',
    class: 'conversation',
    note: 'two rows of table 二 of 洪泽 2023, a sum, the same for 2024, then 前者 / 后者',
    turns: [
      { question: '洪泽23年行政处罚多少', expect: ans([4119]) },
      { question: '行政强制呢', expect: ans([195]) },
      { question: '加一起', expect: sum([4119, 195]) },
      { question: '2024年的这两项加起来呢', expect: sum([2776, 84]) },
      {
        question: '前者比后者多多少',
        expect: anyOf(difference(4119 + 195, 2776 + 84), CLARIFY),
        note: '前者 = 2023 的和 4314, 后者 = 2024 的和 2860: 1454',
      },
    ],
  },
  {
    id: 'K-V03',
    class: 'conversation',
    note: 'year switch, a whole-store question between, then back',
    turns: [
      { question: '洪泽2024年部分公开几件', expect: ans([9]) },
      { question: '2023年呢', expect: ans([4]) },
      {
        question: '有几个区县政府的报告',
        expect: anyOf(ans([4], [5]), ans([5], [4])),
        note: '龙岗区, 南山区, 洪泽区 (two reports), 沐阳县: 4 organs, 5 reports',
      },
      { question: '回到洪泽，两年的部分公开加起来', expect: sum([9, 4]) },
      { question: '变化了百分之多少', expect: percentChange(4, 9), note: '4 → 9: +125%' },
    ],
  },
  {
    id: 'K-V04',
    class: 'conversation',
    note: 'Chinese, then English, then shares of both, then an organ switch',
    turns: [
      { question: '沐阳2025年本机关不掌握的有多少', expect: ans([111]) },
      { question: 'and how many were partially disclosed?', expect: ans([101]), replyIn: 'en' },
      {
        question: '这两项占总计的比例分别是多少',
        expect: ans([share(111, 718), share(101, 718)], [111, 101, 718]),
      },
      {
        question: '淮安呢',
        expect: anyOf(ans([share(769, 3050), share(454, 3050)], [769, 454, 3050]), CLARIFY),
        note: '淮安 2024: 769 / 3050 = 25.21%, 454 / 3050 = 14.89%',
      },
    ],
  },
  {
    id: 'K-V05',
    class: 'conversation',
    note: 'three-turn arithmetic (上年结转 is a row, not a year), then the same for another organ',
    turns: [
      { question: '南山2020年结转下年度多少', expect: ans([33]) },
      { question: '上年结转呢', expect: ans([6]) },
      { question: '差了几个', expect: difference(33, 6) },
      { question: '龙岗2022年的这两个呢', expect: ans([27, 10], [diff(17)]) },
      { question: '也算一下差多少', expect: difference(27, 10) },
    ],
  },
  {
    id: 'K-V06',
    class: 'conversation',
    note: 'greeting, a figure, an organ with no report of that year, a reset, then no organ',
    turns: [
      { question: '你好', expect: CHAT },
      { question: '淮安2024行政许可', expect: ans([447228]) },
      {
        question: '沐阳呢',
        expect: anyOf(SAFE, ans([517645])),
        note: '沐阳 has no 2024 report: no data, or its 2025 figure said as such',
      },
      { question: '重新开始吧', expect: CHAT },
      { question: '行政许可多少', expect: SAFE, note: 'no organ after the reset' },
    ],
  },
];
