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
import { difference, list, orAsk, quotient, shareOf, sum } from './builders.js';
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

/** A percentage change asked for (either sign); the two figures and the difference may be stated. */
const percentChange = (from: number, to: number): Expect =>
  anyOf(...changeShares(from, to).map((c) => ans([c], [from, to, diff(to - from)])));
/** A rate of one result column: over the printed 总计, or over the settled cases (总计 − 尚未审结). */
const rate = (part: number, total: number, pending: number, also: readonly Figure[] = []): Expect =>
  anyOf(
    shareOf(part, total, [pending, total - pending, ...also]),
    ans([share(part, total - pending)], [part, total, pending, total - pending, ...also]),
  );
/** A figure printed only in the report's prose: stated, or declined. */
const proseOnly = (expectation: Expectation): Expect => anyOf(expectation, SAFE);

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

  // Second part (same rules, still written before any run).
  // Words in quotes, negations, equality, checks.
  figure('K-Q01', '淮安2024其他处理里的“其他”有多少', ans([110])),
  figure('K-Q02', '沐阳2025年「其他结果」的复议有几件', ans([9])),
  figure('K-Q03', '龙岗2022年申请人是"其他"的新收申请', anyOf(ans([4]), CLARIFY), {
    note: 'the 其他 applicant column of 新收: 4',
  }),
  filter('K-Q04', '淮安2024年不予处理里有没有不为零的', ans([62, 25, 1], [0, 88]), {
    note: '信访 62, 重复 25, 确认或重新出具 1; 出版物 and 大量反复 0',
  }),
  filter('K-Q05', '洪泽2024年行政复议是不是全是0', ans([], [1, 2, 0]), { note: 'no: 维持 1, 纠正 1, 总计 2' }),
  filter('K-Q06', '龙岗数据局2021年的申请是不是全是0', ans([], [0])),
  arithmetic('K-Q07', '沐阳2025年新收和总计是不是一样', ans([713, 718], [diff(5)])),
  arithmetic('K-Q08', '洪泽2024年新收和总计等不等于', ans([95], [diff(0)])),
  filter('K-Q09', '沐阳2025年表三勾稽关系对不对', ans([], [713, 36, 749, 718, 31]), {
    note: '713 + 36 = 749 = 718 + 31: it holds',
  }),
  filter('K-Q10', '发改局2020年的数据勾稽平不平', ans([], [4, 0, 1, 5]), { note: '4 + 0 ≠ 4 + 1: it fails' }),

  // Counts and lists over the whole store.
  filter('K-S01', '有多少家单位有报告', anyOf(ans([8], [9]), ans([9], [8]))),
  filter('K-S02', '2024年有几份报告', ans([2])),
  filter('K-S03', '江苏的报告有几份', anyOf(ans([4], [3]), ans([3], [4])), {
    note: '淮安市 1, 洪泽区 2, 沐阳县 1: 4 reports of 3 organs',
  }),
  filter('K-S04', '广东的单位有几个', anyOf(ans([5]), list(['龙岗', '南山', '龙华'], [5]))),
  filter('K-S05', '洪泽历年的行政许可', ans([550, 9487], [diff(9487 - 550), ...changeShares(550, 9487)])),
  filter('K-S06', '淮安历年新收申请', ans([3119]), { note: '淮安 holds 2024 only' }),
  filter('K-S07', '淮安市区两级2024年新收合计', anyOf(sum([3119, 95]), CLARIFY), {
    note: '淮安市 3119 (全市) + 洪泽区 95: a sum, or asked back since the city figure may hold the district',
  }),
  ranking('K-S08', '2020年区级部门里行政复议最多的', anyOf(ans([0], [2], { reportsCompared: [2] }), SAFE), {
    note: '发改局 0 and 龙华数据局 0: none has any',
  }),

  // 同比 / 环比, 占比 / 比重 / 几成.
  arithmetic(
    'K-P01',
    '洪泽2024年行政处罚同比变化',
    anyOf(...changeShares(4119, 2776).map((c) => ans([c], [4119, 2776, diff(2776 - 4119)])), difference(2776, 4119)),
    { note: '4119 → 2776: −1343, −32.61%' },
  ),
  arithmetic('K-P02', '龙岗2022年新收申请同比增长多少', proseOnly(ans([pct(187.5)], [552])), {
    note: 'no 2021 report of 龙岗区政府; the prose prints 同比增长 187.5%',
  }),
  arithmetic('K-P03', '南山2020年申请量环比', anyOf(SAFE, ans([pct(4.8)], [262])), {
    note: 'no earlier report; the prose prints 同比增加 4.8%',
  }),
  arithmetic('K-P04', '洪泽2024年予以公开占新收的几成', shareOf(50, 95), { note: '52.63%' }),
  arithmetic('K-P05', '沐阳2025年自然人申请比重', shareOf(705, 713), { note: '98.88%' }),
  arithmetic('K-P06', '龙岗2022不掌握占无法提供的比例', shareOf(283, 285, [2, 0]), { note: '99.30%' }),
  arithmetic('K-P07', '洪泽2023到2024不掌握的变化', difference(31, 10)),
  arithmetic('K-P08', '洪泽行政许可2024比2023增长百分之几', percentChange(550, 9487), { note: '+1624.91%' }),
  arithmetic('K-P09', '淮安2024直接起诉的纠正率', rate(4, 26, 1)),
  arithmetic('K-P10', '沐阳2025复议后起诉维持率', rate(8, 10, 1)),
  arithmetic('K-P11', '2020年三家单位平均新收多少', ans([(262 + 4 + 1) / 3], [262, 4, 1, 267, 3]), {
    note: '南山 262, 发改局 4, 龙华数据局 1: 89',
  }),
  arithmetic('K-P12', '沐阳2025行政许可是洪泽2024的几倍', quotient(517645, 9487), { note: '54.56' }),
  arithmetic('K-P13', '淮安2024年不予公开占总计的比重', shareOf(178, 3050), { note: '5.84%' }),
  arithmetic('K-P14', '龙岗2022年其他处理里逾期不补正和其他两项合计', sum([2, 116], [0, 118])),
  arithmetic('K-P15', '淮安2024年复议总计减去尚未审结', difference(351, 37), { note: '314 settled' }),
  ranking(
    'K-P16',
    '2024年哪个单位不予公开的比例最高',
    anyOf(
      ans([share(178, 3050)], [share(3, 95), 178, 3, 3050, 95], { mustContain: ['淮安'] }),
      ans([share(178, 3119)], [share(3, 95), 178, 3, 3119, 95], { mustContain: ['淮安'] }),
      CLARIFY,
    ),
    { note: '淮安 178 / 3050 = 5.84% (or / 3119 = 5.71%), 洪泽 3 / 95 = 3.16%' },
  ),

  traditional('K-W06', '淮安市2024年復議後起訴尚未審結', ans([6])),
  traditional('K-W07', '洪澤2023年本機關不掌握相關政府信息', ans([10])),
  traditional('K-W08', '龍崗區2022年行政處罰比行政許可多多少', difference(34389, 16103)),
  traditional('K-W09', '沐陽2025年不予公開屬於三類內部事務信息', orAsk(ans([13]))),
  traditional('K-W10', '南山區2020年政府集中採購金額', ans([yuan(1708154000)], [2502])),
  traditional('K-W11', '淮安2024年予以公開佔新收的比例', shareOf(1362, 3119), '43.67%'),
  relativeYear('K-R09', '洪泽区去年和前年的新收分别是多少', anyOf(ans([95, 21]), ans([95])), {
    note: 'clock: 2025 (none) and 2024; store: 2024 and 2023',
  }),
  relativeYear('K-R10', '淮安上一年度的行政复议', anyOf(ans([351], [72, 64, 178, 37]), SAFE)),
  relativeYear('K-R11', '洪泽2024年的前一年行政许可', ans([550])),
  relativeYear('K-R12', '沐阳县今年的行政处罚', anyOf(ans([693957]), SAFE), { note: '2026 by the clock: none' }),
  crossed('K-C06', '淮安2024年的复议和沐阳2025年的复议哪个多', ans([351, 61], [diff(290), ...changeShares(61, 351)])),
  crossed('K-C07', '龙岗2022年和洪泽2023年的行政处罚分别多少', ans([34389, 4119])),
  crossed('K-C08', '南山2020年的行政许可是洪泽2024年的百分之几', shareOf(8759, 9487), { note: '92.33%' }),
  crossed('K-C09', '发改局2020和数据局2021的规范性文件制发加起来', anyOf(sum([1, 1]), CLARIFY), {
    note: '龙岗区发展和改革局 2020 新制作 1 + 龙岗区政务服务数据管理局 2021 制发 1',
  }),

  // Chinese-numeral years, voice run-ons, labels copied verbatim.
  lookup('K-Y01', '二〇二四年淮安行政强制', ans([88283])),
  lookup('K-Y02', '两千零二十三年洪泽区规范性文件废止多少件', ans([5])),
  lookup('K-Y03', '二零二五年沐阳的结转下年度', ans([31])),
  lookup('K-Y04', '那个淮安市二四年的那个行政复议尚未审结的有多少件啊帮我看一下', ans([37])),
  lookup('K-Y05', '就是南山区二零二零年那个政府集中采购的项目数是多少来着', ans([2502], [yuan(1708154000)])),
  lookup('K-Y06', '洪泽区2024年那个行政强制决定的数量你帮我查一下谢谢', ans([84])),
  lookup('K-Y07', '沐阳2025 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ans([7])),
  lookup('K-Y08', '要求行政机关确认或重新出具已获取信息 淮安2024', ans([1])),
  lookup('K-Y09', '（二）部分公开（区分处理的，只计这一情形，不计其他情形） 龙岗2022年', ans([36])),
  lookup('K-Y10', '龙岗2022 本年度办理结果（四）无法提供 1.本机关不掌握相关政府信息', ans([283])),

  // Two languages in one question.
  english('K-X01', '龙岗 2022 applications多少', ans([552], [10]), 'a Chinese reply is fine too; counted apart'),
  lookup('K-X02', "Huai'an 2024的行政许可 number", ans([447228])),
  lookup('K-X03', '洪泽2024 lawsuits total多少', anyOf(ans([4], [1, 3]), ans([1, 3]))),
  english('K-X04', "What share of Shuyang's 2025 reconsiderations were corrected?", rate(10, 61, 15)),
  english('K-X05', "Sum of Huai'an and Hongze new requests in 2024", sum([3119, 95])),
  english(
    'K-X06',
    'Rank the 2020 reports by government procurement amount',
    ans([yuan(1708154000), yuan(5246500), yuan(456880)], [2502, 3, 9], { reportsCompared: [3] }),
  ),
  english(
    'K-X07',
    'Does the Longgang development and reform bureau 2020 report pass the balance check?',
    ans([], [4, 0, 1, 5]),
  ),
  english('K-X08', 'Beijing 2023 reconsiderations', NO_DATA),

  // Organs with a typo or an old name.
  misspelling('K-G01', '淮阴市2024年新收申请', orAsk(ans([3119])), { note: '淮阴市: 淮安市 before 2001' }),
  misspelling('K-G02', '洪泽县2023年行政许可', orAsk(ans([550])), { note: '洪泽县: 洪泽区 before 2016' }),
  misspelling('K-G03', '沭阳县2025行政许可', orAsk(ans([517645])), { note: 'the real name; the store prints 沐阳' }),
  misspelling('K-G04', '龙岗区发改委2020年规范性文件', orAsk(ans([1]))),
  misspelling('K-G05', '南三区2020新收', orAsk(ans([262]))),
  misspelling('K-G06', '龙花区数据局2020年采购金额', orAsk(ans([yuan(456880)], [9]))),
  misspelling('K-G07', '洪泽去2024年的强制', orAsk(ans([84]))),
  misspelling('K-G08', '龙刚2022年行政许可', orAsk(ans([16103]))),
  misspelling('K-G09', '述阳2025年处罚', orAsk(ans([693957]))),

  // More places the store does not hold.
  noData('K-D09', '淮安市清江浦区2024年新收', NO_DATA),
  noData('K-D10', '宿迁市政府2025年行政复议', NO_DATA),
  noData('K-D11', '深圳市福田区2022年行政处罚', NO_DATA),
  noData('K-D12', '浙江省2024年依申请公开', NO_DATA),
  noData('K-D13', '南京市2024年行政诉讼', NO_DATA),
  noData('K-D14', '洪泽区高良涧街道2024年申请', NO_DATA),

  // No number is the right reply.
  notInTables('K-N11', '淮安2024年依申请公开的答复率', SAFE),
  notInTables('K-N12', '龙岗2022年政府网站有几个栏目', SAFE),
  notInTables('K-N13', '沐阳2025年政策解读发了几条', proseOnly(ans([21], [17]))),
  notInTables('K-N14', '洪泽2024年行政复议平均审理天数', SAFE),
  notInTables('K-N15', '南山2020年行政事业性收费金额是多少', SAFE, {
    note: 'the 2019 template prints no amount: 上一年项目数量 14, 本年增/减 "/"',
  }),
  notInTables('K-N16', '发改局2020行政事业性收费收了多少钱', SAFE, { note: '41 / -16 are item counts, not money' }),
  notInTables('K-N17', '淮安2024年复议撤回的有几件', SAFE, { note: 'no 撤回 column' }),
  outOfScope('K-O04', '淮安2024年的GDP', SAFE),
  outOfScope('K-O05', '淮安2024年行政复议纠正率和全国比怎么样', SAFE),
  outOfScope('K-O06', '哪个单位工作做得最好', SAFE),
  outOfScope('K-O07', '那个数是多少', SAFE),
  outOfScope('K-O08', '比一下', SAFE),
  chat('K-H05', '谢谢啦', CHAT),
  chat('K-H06', '在吗', CHAT),
  chat('K-H07', 'thanks!', CHAT),
  chat('K-H08', '帮助', CHAT),
  chat('K-H09', '？？', CHAT),
  notInTables('K-N18', '沐阳2025年官司打输了多少', anyOf(ans([0]), CLARIFY), {
    note: '诉讼 结果纠正 0 (直接) + 0 (复议后)',
  }),
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
        expect: anyOf(ans([share(769, 3050), share(454, 3050)], [769, 454, 3050]), CLARIFY, NO_DATA),
        note: '淮安 2024: 769 / 3050 = 25.21%, 454 / 3050 = 14.89%; or no data for the year kept (2025), as K-V06.3',
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
  {
    id: 'K-V07',
    class: 'conversation',
    note: 'a column kept across 直接起诉 → 复议后起诉, a whole-store list between, then 刚才那两个',
    turns: [
      { question: '淮安2024年直接起诉结果纠正几件', expect: ans([4]) },
      { question: '复议后起诉的呢', expect: ans([1]) },
      { question: '哪些报告是2024年的', expect: list(['淮安', '洪泽'], [2]) },
      { question: '刚才那两个加起来', expect: anyOf(sum([4, 1]), CLARIFY) },
      { question: '洪泽2024年的呢', expect: anyOf(ans([0]), CLARIFY), note: '洪泽 诉讼 纠正 0 and 0' },
    ],
  },
  {
    id: 'K-V08',
    class: 'conversation',
    note: 'English, a Chinese year switch, an English change, then another row',
    turns: [
      { question: 'Hongze 2023 administrative licensing decisions', expect: ans([550]), replyIn: 'en' },
      { question: '2024年呢', expect: ans([9487]) },
      { question: 'percentage change?', expect: percentChange(550, 9487), replyIn: 'en' },
      {
        question: '那行政强制呢',
        expect: anyOf(
          ...changeShares(195, 84).map((c) => ans([c], [195, 84, diff(84 - 195)])),
          ans([84], [195, diff(111)]),
          CLARIFY,
        ),
        note: '195 → 84: −56.92%; or 2024 强制 84',
      },
    ],
  },
  {
    id: 'K-V09',
    class: 'conversation',
    note: '它, a quotient of the last two turns, then a sum of three',
    turns: [
      { question: '沐阳2025年行政许可多少', expect: ans([517645]) },
      { question: '它的行政处罚呢', expect: ans([693957]) },
      { question: '处罚是许可的几倍', expect: quotient(693957, 517645), note: '1.34' },
      {
        question: '再加上行政强制一共多少',
        expect: sum([517645, 693957, 2154], [517645 + 693957]),
      },
    ],
  },
  {
    id: 'K-V10',
    class: 'conversation',
    note: '历年, 哪年多, a change, a reset, then the change again without context',
    turns: [
      { question: '洪泽区历年新收申请', expect: ans([21, 95], [diff(74), ...changeShares(21, 95)]) },
      {
        question: '哪年多',
        expect: ans([95], [21, diff(74), ...changeShares(21, 95)]),
        note: 'the change 21 → 95 (+352.4%) is a true figure beside 95',
      },
      { question: '多了百分之多少', expect: percentChange(21, 95) },
      { question: '重新开始', expect: CHAT },
      { question: '多了百分之多少', expect: SAFE, note: 'nothing to compare after the reset' },
    ],
  },
  {
    id: 'K-V11',
    class: 'conversation',
    note: 'organ switches (那南山呢), a difference and a share of the two organs',
    turns: [
      { question: '龙岗2022年规范性文件现行有效几件', expect: ans([136]) },
      {
        question: '那南山呢',
        expect: anyOf(ans([8]), SAFE),
        note: '南山 2020 (2019 template) prints 对外公开总数量 8, no 现行有效',
      },
      { question: '淮安2024年的', expect: ans([66]) },
      { question: '淮安比龙岗少多少', expect: difference(136, 66) },
      {
        question: '占两家合计的比例',
        expect: anyOf(shareOf(66, 136 + 66, [136]), CLARIFY),
        note: '淮安 66 / 202 = 32.67%',
      },
    ],
  },
  {
    id: 'K-V12',
    class: 'conversation',
    note: 'chat, a city not held, then 那淮安呢 and a share',
    turns: [
      { question: '在吗', expect: CHAT },
      { question: '南京市2024年的行政复议', expect: NO_DATA },
      { question: '那淮安呢', expect: ans([351], [72, 64, 178, 37]) },
      { question: '其中尚未审结占多少', expect: shareOf(37, 351), note: '10.54%' },
      { question: 'thanks', expect: CHAT },
    ],
  },
  {
    id: 'K-V13',
    class: 'conversation',
    note: "the 2019 template's three columns of one department, then another department",
    turns: [
      { question: '龙岗发改局2020年许可上一年项目数量', expect: ans([15]) },
      { question: '本年增减呢', expect: ans([diff(3)]), note: 'printed -3' },
      { question: '处理决定数量', expect: ans([12]) },
      { question: '那其他对外管理服务事项的这三个数', expect: ans([21, diff(928), 949]) },
      { question: '龙华数据局呢', expect: ans([0]) },
    ],
  },
];
