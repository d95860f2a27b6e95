// A seventeenth held-out set (`npm run held-out -- --set seventeenth`), written on 2026-12-07 (begun 22:35 UTC by
// `date -u`), blind: without reading src/answers, test/answers or the earlier sets' questions (only expect.ts,
// score.ts, store.ts, run.ts and the opening lines of fifteenth.ts for the shape), and before the engine was run on
// any of it. Same store (five sample reports, four real text reports: 淮安市 2024, 洪泽区 2023 and 2024, 沐阳县 2025),
// same scoring. It leans on what a disclosure office asks every day: one figure of one organ and year typed
// sloppily (short organ names, 23年, a row said the way staff say it), table 二 and 四 rows more than table 三's
// 新收, every report of the store about as often, figures no table holds asked plainly, places the store does not
// hold, Traditional / English / mixed, numbers written in Chinese, and follow-ups of 2–6 turns with pointers
// (前者 / 后者 / 它 / 刚才那个), operations on earlier turns, a whole-store question between, and 重新开始.
// Every expected value was read off the report text (data/reports, test/fixtures/real-reports); sums, shares,
// quotients and changes are written as the arithmetic on the printed figures.
//
// Readings: 去年 / 前年 are 2025 / 2024 by the clock (2026), or 2024 / 2023 with the store's latest year (2025) as this
// year: either is right. A close misspelling or an old name may be answered or asked back (issue 13 rule 8); 沭阳
// (the county's real name) for the report's 沐阳 likewise. A figure printed only in a report's prose may be stated or
// declined; a figure printed nowhere must be declined. A rate of a result column (纠正率 / 维持率) may be over the
// printed 总计 or over the cases settled (总计 − 尚未审结). 败诉 in a lawsuit is 结果纠正 (both kinds of suit), or
// asked back. Not asked: 洪泽区 2023's table 四 (garbled by the layout extraction); 龙华区数据局 2020's 总计 column
// below 新收 (printed 0 where 自然人 is 1); 沐阳县 2025's applicant columns below 新收 (the OCR re-heads them).
import { difference, quotient, shareOf, sum } from './builders.js';
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
/** A result column's rate over the printed 总计, or over the cases settled (总计 − 尚未审结). */
const rate = (part: number, total: number, pending: number): Expect =>
  anyOf(shareOf(part, total, [pending]), shareOf(part, total - pending, [total, pending]));
/** A figure printed only in the prose: stated, or declined. */
const proseOnly = (...values: Figure[]): Expect => anyOf(ans(values), SAFE);
/** A close misspelling: answered with the figure, or asked back (您是想问 X 吗？). */
const typo = (values: readonly Figure[], also: readonly Figure[] = []): Expect => anyOf(ans(values, also), CLARIFY);
/** Outside the store's scope: declined, or a reply of its own without a figure. */
const OUT = anyOf(SAFE, CHAT);

// The store's reports and the figures asked (as printed):
// 龙岗区 2022 (深圳, district): 二 规章 0/0/0, 行政规范性文件 46/11/136, 许可 16103, 处罚 34389, 强制 7749, 收费 2.22934 万元;
//   三 新收 489/51/0/0/8/4 = 552, 上年结转 9/1/0/0/0/0 = 10, 予以公开 66, 部分公开 36, 不予公开 1/0/0/7/8/10/3/1,
//   无法提供 283/2/0, 不予处理 0 ×5, 其他处理 2/0/116, 总计 535, 结转下年度 25/2 = 27;
//   四 复议 7/2/1/5 = 15, 直接起诉 19/0/2/11 = 32, 复议后起诉 4/0/0/2 = 6.
// 南山区 2020 (深圳, district, old template): 二 规范性文件 8/8/8, 许可 220/减19/8759, 其他对外管理服务事项 430/减124/199956,
//   处罚 2078/增2668/1767, 强制 96/增89/159, 收费 上一年 14, 集中采购 2502 项 170815.4 万元;
//   三 新收 236/22/—/—/—/4 = 262, 上年结转 5/—/—/—/—/1 = 6, 予以公开 93/6/1 = 100, 部分公开 42/3/4 = 49, 过程性 4,
//   不掌握 44/7 = 51, 另行制作 1, 信访 1, 重复 2/2 = 4, 其他处理 24/1 = 25, 总计 211/19/5 = 235, 结转 30/3 = 33;
//   四 复议 5/—/—/—/5, 直接起诉 1/—/—/1/2, 复议后起诉 2/—/—/—/2.
// 龙岗区发展和改革局 2020 (department): 二 规范性文件 1/1/1, 许可 15/-3/12, 其他对外管理服务事项 21/+928/949, 处罚 0,
//   强制 0, 收费 41/-16, 集中采购 3 项 5246500 元; 三 新收 4, 上年结转 0, 予以公开 2, 部分公开 1, 不掌握 1, 总计 4,
//   结转 1 (4 + 0 ≠ 4 + 1: the 勾稽 fails); 四 all 0.
// 龙华区政务服务数据管理局 2020 (department): 二 all 0, 集中采购 9 项 456880 元; 三 新收 1; 四 all 0.
// 龙岗区政务服务数据管理局 2021 (department): 二 行政规范性文件 1/0/1, else 0; 三 all 0; 四 all 0.
// 淮安市 2024 (江苏, city): 二 规章 1/0/11, 行政规范性文件 8/26/66, 许可 447228, 处罚 3985758, 强制 88283, 收费 96171.6 万元;
//   三 新收 3001/53/0/0/61/4 = 3119, 上年结转 34, 予以公开 1362, 部分公开 454, 不予公开 2/31/5/6/8/12/9/105 (178),
//   无法提供 769/11/1 (781), 不予处理 62/25/0/0/1 (88), 其他处理 71/6/110 (187), 总计 3050, 结转 103;
//   四 复议 72/64/178/37 = 351, 直接起诉 13/4/8/1 = 26, 复议后起诉 12/1/1/6 = 20; prose 信息处理费 3940 元, 发布会 12 场.
// 洪泽区 2024 (淮安, district): 二 规章 0, 行政规范性文件 3/0/8, 许可 9487, 处罚 2776, 强制 84, 收费 7545 万元;
//   三 新收 95, 上年结转 0, 予以公开 50, 部分公开 9, 三安全 1, 过程性 1, 执法案卷 1, 不掌握 31, 另行制作 1, 信访 1,
//   其他处理 0, 总计 95, 结转 0; 四 复议 1/1/0/0 = 2, 直接起诉 1/0/0/0 = 1, 复议后起诉 2/0/1/0 = 3; prose 受理 17 件 (区政府办).
// 洪泽区 2023 (淮安, district): 二 规章 0, 行政规范性文件 0/5/5, 许可 550, 处罚 4119, 强制 195, 收费 7730.28 万元;
//   三 新收 21, 上年结转 0, 予以公开 0, 部分公开 4, 国家秘密 1, 过程性 1, 执法案卷 1, 不掌握 10, 另行制作 3, 信访 1,
//   总计 21, 结转 0; prose 主动公开 1136 条.
// 沐阳县 2025 (江苏, county): 二 规章 0, 行政规范性文件 6/1/32, 许可 517645, 处罚 693957, 强制 2154, 收费 4068.208 万元;
//   三 新收 705/3/0/0/5/0 = 713, 上年结转 36, 予以公开 294, 部分公开 101, 不予公开 0/0/2/2/13/2/4/9 (32),
//   无法提供 111/2/0, 不予处理 12/7/0/0/0, 其他处理 9/7/143 (159), 总计 718, 结转 31;
//   四 复议 27/10/9/15 = 61, 直接起诉 3/0/0/0 = 3, 复议后起诉 8/0/1/1 = 10; prose 信息处理费 380 元.

export const SEVENTEENTH_QUESTIONS: readonly SingleQuestion[] = [
  // Plain lookups, table 二 and 四 first, typed the way staff type them.
  lookup('Z-L01', '淮安市政府2024年行政处罚多少', ans([3985758])),
  lookup('Z-L02', '洪泽区2024年行政许可处理决定数量', ans([9487])),
  lookup('Z-L03', '沐阳县2025年行政强制几件', ans([2154])),
  lookup('Z-L04', '龙岗区2022年行政规范性文件本年制发件数', ans([46])),
  lookup('Z-L05', '南山区2020年政府集中采购总金额', ans([wan(170815.4)], [2502])),
  lookup('Z-L06', '龙岗发改局2020年政府集中采购项目数量', ans([3], [yuan(5246500)])),
  lookup('Z-L07', '淮安市2024年行政事业性收费金额是多少', ans([wan(96171.6)])),
  lookup('Z-L08', '洪泽区2023年行政规范性文件废止了几件', ans([5])),
  lookup('Z-L09', '沐阳县2025年行政复议结果纠正多少件', ans([10])),
  lookup('Z-L10', '淮安市2024年复议后起诉的尚未审结', ans([6])),
  lookup('Z-L11', '龙岗区2022年未经复议直接起诉总计', ans([32])),
  lookup('Z-L12', '洪泽区2024年复议后起诉其他结果', ans([1])),
  lookup('Z-L13', '淮安市2024年规章现行有效件数', ans([11])),
  lookup('Z-L14', '南山区2020年行政处罚处理决定数量', ans([1767]), {
    note: '处理决定数量 1767, not 上一年项目数量 2078',
  }),
  lookup('Z-L15', '龙华区数据局2020年政府集中采购金额', ans([yuan(456880)], [9])),
  lookup('Z-L16', '沐阳县2025年现行有效的规范性文件有多少', ans([32])),
  lookup('Z-L17', '洪泽区23年行政处罚', ans([4119]), { note: '23年 is 2023' }),
  lookup('Z-L18', '龙岗区政务服务数据管理局2021年行政规范性文件现行有效件数', ans([1])),

  // A row said the way staff say it, or by its printed label; table 三's sub-rows and applicant columns.
  figure('Z-F01', '淮安市2024年因为信访举报投诉类不予处理的有几件', ans([62], [56, 6])),
  figure('Z-F02', '沐阳2025年申请人逾期不缴费不再处理的', ans([7])),
  figure('Z-F03', '龙岗区2022年属于三类内部事务信息不予公开的', ans([8], [5, 2, 1])),
  figure('Z-F04', '南山区2020年重复申请有几件', ans([4], [2])),
  figure('Z-F05', '淮安市2024年法律服务机构提的新申请', ans([61], [3119])),
  figure('Z-F06', '龙岗区2022年社会公益组织新收申请数', ans([0], [552])),
  figure('Z-F07', '洪泽区2024年危及三安全一稳定的不予公开', ans([1])),
  figure('Z-F08', '沐阳县2025年属于行政查询事项的不予公开件数', ans([9])),
  figure('Z-F09', '淮安市2024年没有现成信息需要另行制作的', ans([11])),
  figure('Z-F10', '龙岗区2022年上年结转的申请', ans([10], [9, 1, 0])),
  figure('Z-F11', '淮安市2024年结转下年度继续办理', ans([103])),
  figure('Z-F12', '沐阳县2025年办理结果总计', ans([718])),
  figure('Z-F13', '南山区2020年商业企业新收申请', ans([22], [262])),
  figure('Z-F14', '洪泽区2023年没有现成信息需要另行制作', ans([3])),
  figure('Z-F15', '淮安市2024年补正后申请内容仍不明确', ans([1])),
  figure('Z-F16', '龙岗区2022年要求提供公开出版物的不予处理', ans([0])),
  figure('Z-F17', '沐阳县2025年其他处理里的“其他”', ans([143], [142, 1])),
  figure('Z-F18', '淮安市2024年行政诉讼败诉了几件', anyOf(ans([5], [4, 1]), CLARIFY), {
    note: '败诉 = 结果纠正, 直接起诉 4 + 复议后起诉 1 (the prose says 纠正 5)',
  }),
  figure('Z-F19', '淮安市2024年行政诉讼一共多少件', ans([46], [26, 20]), { note: '26 + 20; the prose says 46' }),
  figure('Z-F20', '龙岗区2022年依申请公开收了多少', ans([552], [489, 51, 0, 8, 4, 63])),

  // Figures no table holds: a prose figure stated or declined; a figure printed nowhere declined.
  notInTables('Z-N01', '淮安市2024年信息处理费收了多少', proseOnly(yuan(3940))),
  notInTables('Z-N02', '南山区2020年召开了几次联席会议', proseOnly(8)),
  notInTables('Z-N03', '洪泽区2024年政务新媒体有多少个', SAFE, { note: '95 is the whole city of 淮安' }),
  notInTables('Z-N04', '沐阳县2025年复议案件平均审理多少天', SAFE),
  notInTables('Z-N05', '淮安市2024年依申请公开的群众满意率', SAFE),
  notInTables('Z-N06', '南山区2020年做政务公开的工作人员有几个', SAFE),
  notInTables('Z-N07', '洪泽区2023年主动公开政府信息多少条', proseOnly(1136)),
  notInTables('Z-N08', '淮安市2024年开了几场新闻发布会', proseOnly(12)),
  notInTables('Z-N09', '沐阳2025年信息处理费收了多少钱', anyOf(ans([yuan(380)], [1]), SAFE)),
  notInTables('Z-N10', '龙岗区2022年复议纠正率比全国平均水平高吗', SAFE, { note: 'no national figure is held' }),
  notInTables('Z-N11', '洪泽区2024年依申请公开的平均答复时间', SAFE),

  // Relative years and years written in Chinese.
  relativeYear('Z-R01', '沐阳县去年行政许可多少', anyOf(ans([517645]), NO_DATA)),
  relativeYear('Z-R02', '洪泽区前年的行政处罚', anyOf(ans([2776]), ans([4119]))),
  relativeYear('Z-R03', '淮安市去年的复议总数', anyOf(ans([351]), NO_DATA)),
  relativeYear('Z-R04', '洪泽区2024年比上一年行政强制少了多少', difference(84, 195)),
  relativeYear('Z-R05', '洪泽区2024年的上年结转', ans([0]), { note: '上年结转 is a row, not 2023' }),
  relativeYear('Z-R06', '洪泽区今年的行政许可', anyOf(NO_DATA, CLARIFY)),
  relativeYear('Z-R07', '洪泽区二〇二三年的行政许可', ans([550])),
  relativeYear('Z-R08', '两千零二十四年淮安市行政强制', ans([88283])),
  relativeYear('Z-R09', '龙岗区2022年从上一年度结转过来的申请', ans([10], [9, 1, 0])),

  // Arithmetic on printed figures.
  arithmetic('Z-A01', '淮安市2024年复议纠正率', rate(64, 351, 37), { note: '64/351 = 18.23%, or 64/314 = 20.38%' }),
  arithmetic('Z-A02', '沐阳县2025年复议维持率是多少', rate(27, 61, 15), { note: '27/61 = 44.26%, or 27/46' }),
  arithmetic('Z-A03', '龙岗区2022年予以公开占办理结果总计的比例', shareOf(66, 535)),
  arithmetic('Z-A04', '淮安市2024年行政许可和行政强制加起来', sum([447228, 88283])),
  arithmetic('Z-A05', '洪泽区2024年和2023年的行政处罚差多少', difference(2776, 4119)),
  arithmetic('Z-A06', '沐阳县2025年不予处理里信访举报和重复申请一共多少', sum([12, 7], [6, 1])),
  arithmetic('Z-A07', '淮安市2024年法律服务机构申请占新收的比重', shareOf(61, 3119)),
  arithmetic('Z-A08', '龙岗2022直接起诉比复议多几件', difference(32, 15)),
  arithmetic('Z-A09', '洪泽区2023到2024年新收申请增长了百分之多少', percentChange(21, 95), {
    note: '21 → 95: +352.38%',
  }),
  arithmetic('Z-A10', '淮安市2024年的行政处罚是洪泽区2024年的多少倍', quotient(3985758, 2776), {
    note: '3985758 / 2776 = 1435.79',
  }),
  arithmetic('Z-A11', '南山区2020年新收的申请里自然人占几成', shareOf(236, 262, [9]), {
    note: '236/262 = 90.08%, 九成',
  }),
  arithmetic('Z-A12', '洪泽区两年的行政许可平均是多少', ans([5018.5], [550, 9487, 10037]), {
    note: '(550 + 9487) / 2',
  }),
  arithmetic('Z-A13', '淮安市2024年不予公开一共多少件', sum([2, 31, 5, 6, 8, 12, 9, 105], [30, 1, 7]), {
    note: 'the eight sub-rows: 178 (no printed row)',
  }),
  arithmetic('Z-A14', '沐阳县2025年结转下年度占新收的比例', shareOf(31, 713)),
  arithmetic('Z-A16', '淮安市2024年复议和诉讼总共多少件', sum([351, 46], [26, 20]), {
    note: '351 + 26 + 20 = 397',
  }),
  arithmetic('Z-A17', '洪泽区2024年复议后起诉占行政诉讼的比例', shareOf(3, 4, [1]), { note: '3 / (1 + 3)' }),
  arithmetic('Z-A18', '沐阳县2025年其他处理三项加起来', sum([9, 7, 143])),

  // Crossed organ–year pairs.
  crossed('Z-X01', '龙岗区2022年的行政处罚比南山区2020年多多少', difference(34389, 1767)),
  crossed('Z-X02', '洪泽区2023年的不掌握和淮安市2024年的不掌握相差多少', difference(769, 10, [746, 12, 0, 10, 1])),
  crossed('Z-X03', '沐阳2025年和龙岗2022年的行政复议总计分别是多少', ans([61, 15])),
  crossed('Z-X04', '南山区2020年和洪泽区2024年规范性文件新制发的哪个多', ans([8, 3], [diff(5)]), {
    note: '南山 prints 本年新制作数量 8 (and 新公开 8, 总数 8)',
  }),

  // Filters: levels, departments, places.
  filter('Z-I01', '2024年区级政府里行政处罚最多的是哪个', ans([2776], [], { reportsCompared: [1] }), {
    note: '洪泽区 is the only district of 2024',
  }),
  filter(
    'Z-I02',
    '2020年部门报告里政府集中采购金额最高的',
    ans([yuan(5246500)], [yuan(456880), 3, 9], { mustContain: ['发展'], reportsCompared: [2] }),
  ),
  filter('Z-I03', '深圳的区政府一共几个报告', ans([2])),
  filter('Z-I05', '市级报告有几份', ans([1])),

  // Rankings.
  ranking('Z-K01', '2020年哪个单位新收申请最多', ans([262], [4, 1], { mustContain: ['南山'], reportsCompared: [3] })),
  ranking(
    'Z-K02',
    '2024年行政复议总计最多的是哪个单位',
    ans([351], [2], { mustContain: ['淮安'], reportsCompared: [2] }),
  ),
  ranking('Z-K03', '2024年行政处罚从高到低排一下', ans([3985758, 2776], [], { reportsCompared: [2] })),
  ranking('Z-K04', '2020年集中采购项目数量排名', ans([2502, 9, 3], [], { reportsCompared: [3] })),
  ranking(
    'Z-K05',
    '行政复议总计最多的是哪个单位',
    anyOf(
      ans([5], [0], { mustContain: ['南山'], reportsCompared: [3] }),
      ans([61], [], { reportsCompared: [1] }),
      CLARIFY,
    ),
    {
      note: 'no year: README "Across reports": the latest year half the organs hold, else the year most hold (2020: 南山区 5, the two departments 0); or asked back',
    },
  ),

  // Chat.
  chat('Z-H01', '你好', CHAT),
  chat('Z-H02', '谢谢啦 辛苦了🙏', CHAT),
  chat('Z-H03', '你能查什么', CHAT),
  chat('Z-H04', '在吗', CHAT),

  // Traditional.
  traditional('Z-T01', '淮安市2024年行政強制多少件', ans([88283])),
  traditional('Z-T02', '洪澤區2024年行政復議總計', ans([2])),
  traditional('Z-T03', '龍崗區2022年結轉下年度繼續辦理', ans([27], [25, 2, 0])),
  traditional('Z-T04', '沐陽縣2025年不予公開裡屬於三類內部事務信息的', ans([13])),
  traditional('Z-T05', '南山區2020年部分公開幾件', ans([49], [42, 3, 4])),

  // Misspellings of organs and figures.
  misspelling('Z-M01', '洪则区2024年行政许可', typo([9487])),
  misspelling('Z-M02', '沭阳县2025年行政处罚', typo([693957]), {
    note: '沭阳 is the real name; the report prints 沐阳',
  }),
  misspelling('Z-M03', '淮按市2024年复议总计', typo([351])),
  misspelling('Z-M04', '龙刚区2022年行政强制', typo([7749])),
  misspelling('Z-M05', '南三区2020年集中采购项目', typo([2502], [wan(170815.4)])),
  misspelling('Z-M06', '淮安市2024年行政许课', typo([447228])),
  misspelling('Z-M07', '洪泽区2024年行政出罚', typo([2776])),

  // English, and English mixed with Chinese.
  english('Z-E01', "How many administrative penalties did Huai'an city report in 2024?", ans([3985758])),
  english('Z-E02', 'Shuyang county 2025: what share of reviews ended with the decision corrected?', rate(10, 61, 15)),
  english('Z-E03', 'Hongze 2024 total lawsuits, direct plus after review?', sum([1, 3])),
  english(
    'Z-E04',
    'Which 2024 report had the most administrative licences?',
    ans([447228], [9487], { reportsCompared: [2] }),
  ),
  english('Z-E05', 'Longgang 2022 applications多少', ans([552], [489, 51, 0, 8, 4, 63])),

  // Reports the store does not hold.
  noData('Z-D01', '北京市2024年行政处罚', NO_DATA),
  noData('Z-D02', '广东省政府2022年依申请公开收到多少', NO_DATA),
  noData('Z-D03', '上海市浦东新区2023年行政复议', NO_DATA),
  noData('Z-D04', '江苏省政府2024年行政许可', NO_DATA),
  noData('Z-D05', '淮安市淮阴区王营街道2024年新收申请', anyOf(NO_DATA, CLARIFY)),
  noData('Z-D06', '淮安市2023年的行政处罚', NO_DATA),
  noData('Z-D07', '南山区2022年行政许可', NO_DATA),
  noData('Z-D08', '龙华区政府2020年新收申请', anyOf(NO_DATA, CLARIFY), {
    note: 'the store holds 龙华区政务服务数据管理局, not the district government',
  }),

  // Out of scope.
  outOfScope('Z-O01', '帮我写一份2025年的政府信息公开年报', OUT),
  outOfScope('Z-O02', '明天深圳天气怎么样', OUT),
  outOfScope('Z-O03', '政府信息公开条例规定多少个工作日内答复', OUT),
  // —— Second part (written after the first part landed, still before any run). ——
  // Lookups typed in a hurry: voice run-ons without punctuation, printed labels copied verbatim, two languages.
  lookup('Z-L19', '那个淮安市政府二零二四年行政复议结果维持的有多少件啊我记得好像是七十几件', ans([72])),
  lookup('Z-L20', '帮我查一下洪泽区二零二四年不予处理的信访举报投诉类申请有几个谢谢', ans([1])),
  lookup('Z-L21', '沐阳县二零二五年那个复议后起诉的尚未审结是多少来着', ans([1])),
  lookup('Z-L22', '南山区2020年其他处理有多少件然后结转下年度是多少', ans([25, 33], [24, 1, 30, 3])),
  lookup('Z-L23', '淮安市2024年申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ans([6])),
  lookup('Z-L24', '洪泽区2024年（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ans([9])),
  lookup('Z-L25', '龙岗区2022年5.要求行政机关确认或重新出具已获取信息', ans([0])),
  lookup('Z-L26', 'Hongze 2024 的行政许可是多少', ans([9487])),
  lookup('Z-L27', '沐阳县2025 admin reconsideration total', ans([61])),
  lookup('Z-L28', '龙岗区发改局2020年其他对外管理服务事项处理决定数量', ans([949])),
  lookup('Z-L29', '洪泽区2023年行政事业性收费', ans([wan(7730.28)])),

  // Checks (勾稽), negations, equality, zero-lists.
  figure(
    'Z-F21',
    '龙岗发改局2020年的勾稽关系对得上吗',
    anyOf(ans([4, 5], [0, 1, diff(1)], { mustContain: ['不'] }), ans([4, 1], [0, 5, diff(1)], { mustContain: ['不'] })),
    { note: '新收 4 + 上年结转 0 = 4, but 总计 4 + 结转下年度 1 = 5: it does not balance' },
  ),
  figure('Z-F22', '淮安市2024年第一项加第二项等不等于第三项加第四项', ans([3153], [3119, 34, 3050, 103]), {
    note: '3119 + 34 = 3050 + 103 = 3153',
  }),
  figure('Z-F23', '龙岗区数据局2021年的申请表是不是全是0', ans([0])),
  figure('Z-F24', '洪泽区2024年不予公开里有没有不为零的', ans([1], [0, 3]), {
    note: '三安全 1, 过程性 1, 执法案卷 1',
  }),
  figure('Z-F25', '沐阳县2025年不予公开哪几项是0', ans([0], [2, 13, 4, 9, 32]), {
    note: '32 is the eight sub-rows together (the 不予公开 total)',
  }),
  figure('Z-F26', '淮安市2024年新收和办理结果总计是不是一样', ans([3119, 3050], [diff(69)])),
  figure('Z-F27', '洪泽区2024年新收申请和办理结果总计等不等于', ans([95], [diff(0)]), {
    note: '95 = 95: a difference of 0',
  }),

  // More figures no table holds.
  notInTables('Z-N12', '龙岗区2022年政府集中采购金额', SAFE, { note: 'the 2022 template has no 集中采购 row' }),
  notInTables('Z-N13', '淮安市2024年依申请公开的申请人里男的有多少', SAFE),
  notInTables('Z-N14', '沐阳县2025年网上提交的申请有几件', SAFE),
  notInTables('Z-N15', '南山区2020年政府网站访问量', SAFE),
  notInTables('Z-N16', '龙岗区数据局2021年12345热线受理了多少', proseOnly(156710)),
  notInTables('Z-N17', '哪个单位每千件申请被复议的次数最多', SAFE),
  notInTables('Z-N18', '洪泽区2024年信息处理费', proseOnly(0)),
  notInTables('Z-N19', '淮安市2024年复议案件涉及多少个部门', SAFE),
  notInTables('Z-N20', '沐阳县2025年复议纠正的案子赔了多少钱', SAFE),

  // 同比 / 环比 / 历年.
  relativeYear('Z-R10', '洪泽区历年的行政处罚', ans([4119, 2776], [diff(1343), ...changeShares(4119, 2776)])),
  relativeYear(
    'Z-R11',
    '洪泽区2024年行政许可同比增长多少',
    anyOf(difference(9487, 550), ...changeShares(550, 9487).map((c) => ans([c], [550, 9487, diff(8937)]))),
  ),
  relativeYear('Z-R12', '南山区2020年新收申请同比增长', anyOf(ans([pct(4.8)], [262]), SAFE), {
    note: 'the prose says 同比增加4.8%; no 2019 report is held',
  }),
  relativeYear('Z-R13', '洪泽区2024年行政强制环比', anyOf(difference(84, 195), CLARIFY), {
    note: 'an annual report: against 2023 (195 → 84, −56.92%) or asked back',
  }),
  relativeYear('Z-R14', '龙岗区政府历年新收申请', ans([552], [489, 51, 0, 8, 4, 63]), { note: 'one year held: 2022' }),

  // More arithmetic.
  arithmetic('Z-A19', '淮安市2024年予以公开占予以公开加部分公开的比例', shareOf(1362, 1816, [454]), {
    note: '1362 / (1362 + 454) = 75%',
  }),
  arithmetic('Z-A20', '龙岗区2022年不予公开里保护第三方和行政执法案卷加起来', sum([7, 3])),
  arithmetic(
    'Z-A21',
    '2024年两个报告的行政许可平均多少',
    ans([228357.5], [447228, 9487, 456715], { reportsCompared: [2] }),
  ),
  arithmetic('Z-A22', '洪泽区不掌握相关政府信息从2023年到2024年增加了几件', difference(31, 10)),
  arithmetic('Z-A23', '沐阳县2025年新收是洪泽区2024年的几倍', quotient(713, 95), { note: '7.51' }),
  arithmetic('Z-A24', '沐阳县2025年复议后起诉的维持率', rate(8, 10, 1)),
  arithmetic('Z-A25', '洪泽区行政规范性文件现行有效件数2023到2024变化百分比', percentChange(5, 8)),
  arithmetic('Z-A26', '淮安市2024年不予处理五项一共多少', sum([62, 25, 0, 0, 1], [56, 6])),
  arithmetic('Z-A27', '龙岗区2022年无法提供三项合计', sum([283, 2, 0], [246, 29, 6])),
  arithmetic('Z-A28', '淮安2024年其他处理占办理结果总计的百分比', shareOf(187, 3050, [71, 6, 110])),
  arithmetic('Z-A29', '龙岗区2022年复议尚未审结占总计的几成', shareOf(5, 15, [3])),
  arithmetic(
    'Z-A30',
    '淮安市2024年收费是洪泽区2024年的多少倍',
    ans([ratio(96171.6 / 7545)], [wan(96171.6), wan(7545)]),
    { note: '12.75; the operands are 万元' },
  ),
  arithmetic('Z-A31', '2020年三个单位的新收申请加起来', ans([267], [262, 4, 1], { reportsCompared: [3] })),
  arithmetic('Z-A32', '洪泽区2024年复议和诉讼一共多少件', sum([2, 1, 3], [4])),
  arithmetic('Z-A33', '淮安市2024年行政许可和行政处罚怎么算', SAFE, { note: 'no operation named' }),
  arithmetic('Z-A34', '龙岗和南山比一下', anyOf(SAFE, ans([552, 262], [535, 235, 15, 5, 38, 4, diff(290)])), {
    note: 'no figure and no year: asked back, or (issue 13 rule 1: a question naming no figure gets the default) 龙岗区 2022 beside 南山区 2020, their latest reports, 新收 first',
  }),
  arithmetic('Z-A35', '市区两级2024年行政处罚合计', anyOf(sum([3985758, 2776]), CLARIFY), {
    note: '淮安市 (city) + 洪泽区 (district) of 2024, or asked back',
  }),

  // More crossed pairs.
  crossed('Z-X05', '洪泽区2023年的予以公开和沐阳县2025年的予以公开加起来', sum([0, 294], [290, 1, 3])),
  crossed('Z-X06', '淮安市2024年复议纠正和龙岗区2022年复议纠正哪个多，多多少', difference(64, 2)),
  crossed('Z-X07', '南山2020年的复议总计和洪泽2024年的诉讼总计一样吗', ans([5, 4], [1, 3, diff(1)])),

  // Lists, counts and two filters at once.
  filter('Z-I06', '列一下所有的部门报告', ans([], [3, 2020, 2021], { mustContain: ['发展和改革', '龙华'] })),
  filter('Z-I07', '有几个区政府', anyOf(ans([3], [4]), ans([4], [3])), {
    note: '龙岗区, 南山区, 洪泽区: 3 organs, 4 reports',
  }),
  filter('Z-I08', '哪些报告是2024年的', ans([], [2, 2024], { mustContain: ['淮安', '洪泽'] })),
  filter('Z-I09', '库里有多少家单位', anyOf(ans([8], [9]), ans([9], [8])), { note: '8 organs, 9 reports' }),
  filter('Z-I10', '2020年有几个单位的报告', ans([3])),
  filter('Z-I11', '2020年区级部门里行政许可最多的', ans([12], [0], { mustContain: ['发展'], reportsCompared: [2] })),
  filter('Z-I12', '江苏2024年的区县里行政强制最多的', ans([84], [], { reportsCompared: [1] })),
  filter('Z-I13', '深圳2020年的报告里行政复议最多的是', ans([5], [0], { mustContain: ['南山'], reportsCompared: [3] })),

  // More rankings.
  ranking('Z-K06', '2024年哪个单位复议纠正最多', ans([64], [1], { mustContain: ['淮安'], reportsCompared: [2] })),
  ranking('Z-K07', '2020年行政许可最少的是哪个', ans([0], [12, 8759], { mustContain: ['龙华'], reportsCompared: [3] })),
  ranking(
    'Z-K08',
    '2024年不予公开占办理结果比例最高的单位',
    ans([share(178, 3050)], [178, 3050, 3, 95, share(3, 95)], { mustContain: ['淮安'], reportsCompared: [2] }),
    { note: '淮安 178/3050 = 5.84%, 洪泽 3/95 = 3.16%' },
  ),

  chat('Z-H05', '早上好～', CHAT),
  chat('Z-H06', '你是谁', CHAT),
  chat('Z-H07', '好的明白了', CHAT),
  chat('Z-H08', '怎么用你', CHAT),

  // Traditional with Simplified mixed in.
  traditional('Z-T06', '淮安市2024年行政复議结果維持', ans([72])),
  traditional('Z-T07', '沐陽县2025年不予處理重复申请', ans([7], [6, 1])),
  traditional('Z-T08', '洪澤區2024年行政許可和行政處罰合計', sum([9487, 2776])),
  traditional('Z-T09', '南山區2020年政府集中採購項目數量', ans([2502], [wan(170815.4)])),

  // Old names and more typos.
  misspelling('Z-M08', '洪泽县2024年行政处罚', typo([2776]), { note: '洪泽县 became 洪泽区 in 2016' }),
  misspelling('Z-M09', '淮阴市2024年行政许可', anyOf(ans([447228]), CLARIFY, NO_DATA), {
    note: '淮阴市 is 淮安市 before 2001 (and 淮阴区 is not held)',
  }),
  misspelling('Z-M10', '南山去2020年行政强制', typo([159])),
  misspelling('Z-M11', '沐杨县2025年行政许可', typo([517645])),
  misspelling('Z-M12', '淮安市政付2024年行政强制', typo([88283])),
  misspelling('Z-M13', '龙岗区2022年行政处发', typo([34389])),
  misspelling('Z-M14', '龙华区数椐局2020年新收申请', typo([1])),

  // English: shares, sums, rankings, checks.
  english('Z-E06', "What percentage of Huai'an 2024 new applications came from natural persons?", shareOf(3001, 3119)),
  english(
    'Z-E07',
    'Sum of administrative penalties across all 2024 reports?',
    ans([3988534], [3985758, 2776], { reportsCompared: [2] }),
  ),
  english(
    'Z-E08',
    'Does Hongze 2024 table 3 balance (new plus carried over equals handled plus carried forward)?',
    ans([95], [0]),
  ),
  english('Z-E09', 'Rank the 2020 reports by new applications', ans([262, 4, 1], [], { reportsCompared: [3] })),
  english('Z-E10', 'How much did Longgang District spend on centralised procurement in 2022?', SAFE),
  english('Z-E11', 'Beijing Haidian 2023 administrative penalties', NO_DATA),

  // More places and years the store does not hold.
  noData('Z-D09', '深圳市政府2022年行政处罚', anyOf(NO_DATA, CLARIFY)),
  noData('Z-D10', '宿迁市2025年新收申请', anyOf(NO_DATA, CLARIFY)),
  noData('Z-D11', '福田区2021年行政复议', NO_DATA),
  noData('Z-D12', '苏州工业园区2024年依申请公开', NO_DATA),
  noData('Z-D13', '洪泽区2022年行政许可', NO_DATA),
  noData('Z-D14', '沐阳县2024年行政处罚', NO_DATA),
  noData('Z-D15', '广东省2022年全省的行政处罚一共多少', anyOf(NO_DATA, CLARIFY)),

  outOfScope('Z-O04', '帮我翻译一下：政府信息公开', OUT),
  outOfScope('Z-O05', '条例是哪一年修订的', OUT),
];

export const SEVENTEENTH_CONVERSATIONS: readonly Conversation[] = [
  {
    id: 'Z-C01',
    class: 'conversation',
    note: 'organ and year switch, then operations on the last two turns',
    turns: [
      { question: '龙岗区2022年行政复议总计多少', expect: ans([15]) },
      { question: '那南山区2020年呢', expect: ans([5]) },
      { question: '差多少', expect: difference(15, 5) },
      { question: '这两个加起来', expect: sum([15, 5]) },
    ],
  },
  {
    id: 'Z-C02',
    class: 'conversation',
    note: 'year switch, a change, then 重新开始 drops the organ',
    turns: [
      { question: '洪泽区2023年新收申请', expect: ans([21]) },
      { question: '2024年呢', expect: ans([95]) },
      { question: '增长了百分之多少', expect: percentChange(21, 95) },
      { question: '重新开始', expect: CHAT },
      { question: '它的行政许可', expect: SAFE, note: 'after the reset 它 points at nothing' },
    ],
  },
  {
    id: 'Z-C03',
    class: 'conversation',
    note: 'table 四 columns, 前者 / 后者, an equality asked',
    turns: [
      { question: '淮安市2024年未经复议直接起诉的结果纠正', expect: ans([4]) },
      { question: '复议后起诉的呢', expect: ans([1]) },
      { question: '前者比后者多几个', expect: difference(4, 1) },
      { question: '两个加起来是不是等于5', expect: ans([5], [4, 1]) },
    ],
  },
  {
    id: 'Z-C04',
    class: 'conversation',
    note: 'a whole-store question between, then a pointer back and a ratio',
    turns: [
      { question: '沐阳县2025年行政处罚多少', expect: ans([693957]) },
      { question: '整个库里一共有几份报告', expect: ans([9], [1, 2, 3, 8]), note: '9 reports of 8 organs' },
      { question: '刚才那个县的行政强制呢', expect: ans([2154]) },
      { question: '处罚是强制的多少倍', expect: quotient(693957, 2154), note: '322.17' },
    ],
  },
  {
    id: 'Z-C05',
    class: 'conversation',
    note: 'Chinese, then English',
    turns: [
      { question: '龙岗区2022年行政许可', expect: ans([16103]) },
      { question: 'and the penalties?', expect: ans([34389]), replyIn: 'en' },
      { question: 'difference between the two?', expect: difference(34389, 16103), replyIn: 'en' },
    ],
  },
  {
    id: 'Z-C06',
    class: 'conversation',
    note: 'three-turn arithmetic on table 二 of the old template',
    turns: [
      { question: '南山区2020年行政许可处理决定数量', expect: ans([8759]) },
      { question: '行政处罚呢', expect: ans([1767]) },
      { question: '行政强制呢', expect: ans([159]) },
      { question: '三个加起来', expect: sum([8759, 1767, 159]) },
    ],
  },
  {
    id: 'Z-C07',
    class: 'conversation',
    note: 'a place the store does not hold, then one it holds',
    turns: [
      { question: '北京市海淀区2024年新收申请', expect: NO_DATA },
      { question: '那淮安市呢', expect: ans([3119], [3001, 53, 0, 61, 4]) },
      { question: '上年结转呢', expect: ans([34], [0]) },
      { question: '两者合计', expect: sum([3119, 34]) },
    ],
  },
  {
    id: 'Z-C08',
    class: 'conversation',
    note: 'table 四 columns, a whole-store question between, back to the organ, a sum and its share',
    turns: [
      { question: '淮安市2024年行政复议结果维持多少', expect: ans([72]) },
      { question: '结果纠正呢', expect: ans([64]) },
      { question: '有几份报告是2024年的', expect: ans([2]) },
      { question: '回到淮安，维持加纠正一共多少', expect: sum([72, 64]) },
      { question: '占复议总数的比例', expect: shareOf(136, 351, [72, 64]), note: '136 / 351 = 38.75%' },
    ],
  },
  {
    id: 'Z-C09',
    class: 'conversation',
    note: 'English, then Chinese',
    turns: [
      {
        question: 'How many new applications did Shuyang county receive in 2025?',
        expect: ans([713], [705, 3, 0, 5]),
        replyIn: 'en',
      },
      { question: '那上年结转的呢', expect: ans([36]) },
      { question: '两个加起来', expect: sum([713, 36]), note: 'the prose says 受理 749' },
    ],
  },
  {
    id: 'Z-C10',
    class: 'conversation',
    note: 'year switch by 前一年, a percentage change, a pointer back',
    turns: [
      { question: '洪泽2024年行政处罚', expect: ans([2776]) },
      { question: '前一年呢', expect: ans([4119]) },
      { question: '下降了百分之几', expect: percentChange(4119, 2776), note: '−32.61%' },
      { question: '2024年的行政强制', expect: ans([84]) },
      { question: '它和2023年差了几件', expect: difference(84, 195) },
    ],
  },
  {
    id: 'Z-C11',
    class: 'conversation',
    note: 'a ranking, then ordinals 第一个 / 第二个 and 前者 / 后者',
    turns: [
      { question: '2020年各单位新收申请排个名', expect: ans([262, 4, 1], [], { reportsCompared: [3] }) },
      { question: '第一个的复议总计', expect: ans([5]) },
      { question: '第二个呢', expect: ans([0]) },
      { question: '前者比后者多多少', expect: difference(5, 0) },
    ],
  },
  {
    id: 'Z-C12',
    class: 'conversation',
    note: '重新开始 drops the earlier turn: 刚才那个 points at nothing',
    turns: [
      { question: '龙岗区2022年行政处罚', expect: ans([34389]) },
      { question: '重新开始', expect: CHAT },
      { question: '沐阳县2025年行政处罚', expect: ans([693957]) },
      { question: '比刚才那个多多少', expect: SAFE, note: 'after the reset only one figure is in context' },
    ],
  },
  {
    id: 'Z-C13',
    class: 'conversation',
    note: 'Traditional throughout',
    turns: [
      { question: '淮安市2024年不予處理的重複申請', expect: ans([25]), replyIn: 'hant' },
      { question: '信訪舉報投訴類呢', expect: ans([62], [56, 6]), replyIn: 'hant' },
      { question: '兩者相差多少', expect: difference(62, 25), replyIn: 'hant' },
    ],
  },
  {
    id: 'Z-C14',
    class: 'conversation',
    note: 'a level filter, narrowed by year, then compared with another organ',
    turns: [
      { question: '有几个区政府的报告', expect: anyOf(ans([4], [3]), ans([3], [4])) },
      { question: '其中2024年的行政许可', expect: ans([9487], [], { reportsCompared: [1] }) },
      { question: '跟淮安市同年比差多少', expect: difference(447228, 9487) },
    ],
  },
  {
    id: 'Z-C15',
    class: 'conversation',
    note: 'three-turn arithmetic, the last turn in English',
    turns: [
      { question: '龙岗区2022年部分公开', expect: ans([36]) },
      { question: '予以公开', expect: ans([66], [63, 1]) },
      { question: '差了几个', expect: difference(66, 36) },
      {
        question: 'what share of the total handled do the two make together?',
        expect: shareOf(102, 535, [36, 66]),
        replyIn: 'en',
        note: '(36 + 66) / 535 = 19.07%',
      },
    ],
  },
];
