// An eleventh held-out set (`npm run held-out -- --set eleventh`), written on 2026-12-07 (begun 13:01 UTC by
// `date -u`), blind: without reading src/answers, test/answers or the earlier sets' questions (only expect.ts,
// score.ts, store.ts, run.ts and the opening lines of tenth.ts for the shape — its lines 60–120, its table constants
// and first lookups, were read by mistake; nothing here is copied from them), and before the engine was run on any of
// it. The first ten sets have been fixed against; this one gives the honest figure. Same store (five sample reports,
// four real text reports: 淮安市 2024, 洪泽区 2023 and 2024, 沐阳县 2025), same scoring. Every expected value was read
// off the report text (data/reports, test/fixtures/real-reports); sums, shares, quotients and changes are written as
// the arithmetic on the printed figures. Emphasis: table 二 and table 四 rows, every sub-row of 不予公开 / 无法提供 /
// 不予处理 / 其他处理, applicant columns, 上年结转 / 结转下年度 / 总计, shares of a sum, 纠正率 / 维持率, averages,
// percentage changes, equality yes/no, quoted words, negations, places the store lacks, lists over the store, and
// conversations with organ and year switches, pointers (前者 / 后者 / 它 / 刚才那个), whole-store questions in between
// and 重新开始.
//
// Where the right reading is unclear the safe replies are accepted too. 去年 / 前年 may be read from the clock (2026)
// or from the organ's latest report. A close misspelling may be answered or asked back (issue 13 rule 8). A figure
// printed only in a report's prose may be stated or declined; a figure printed nowhere must be declined. A rate of a
// result column (纠正率) may be over the printed 总计 or over the cases settled (总计 − 尚未审结). Not asked: 洪泽区
// 2023's table 四 (garbled by the layout extraction); 龙华区数据局 2020's 总计 columns (0 where the row's 自然人 is 1).
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

/** A percentage change asked for: either sign, the difference and the operands allowed. */
const changeReadings = (from: number, to: number): Expectation[] => {
  const change = Math.round((10000 * (to - from)) / from) / 100;
  const also = [from, to, diff(to - from)];
  return [ans([pct(change)], also), ans([pct(-change)], also)];
};
const percentChange = (from: number, to: number): Expect => anyOf(...changeReadings(from, to));
/** A yes of a check: every figure of the identity may be stated, or none ("勾稽检查全部通过"). */
const balances = (figures: readonly number[], sum: number): Expect =>
  anyOf(ans([sum], [...figures, diff(0)]), ans(figures, [sum, diff(0)]), ans([], [...figures, sum, diff(0)]));
/** A rate of one result column: over the printed 总计, or over the settled cases (总计 − 尚未审结). */
const rateReadings = (part: number, total: number, pending: number, also: readonly Figure[] = []): Expectation[] => [
  ans([share(part, total)], [part, total, ...also]),
  ans([share(part, total - pending)], [part, total, pending, total - pending, ...also]),
];
const rate = (part: number, total: number, pending: number, also: readonly Figure[] = []): Expect =>
  anyOf(...rateReadings(part, total, pending, also));
/** Not a number: any safe reply, or a reply of its own without a figure. */
const NOT_A_NUMBER = anyOf(SAFE, CHAT);

// Table 四 as printed — 复议 维持/纠正/其他/尚未审结/总计, 直接起诉 the same, 复议后起诉 the same.
// 淮安市 2024: 72 64 178 37 351 | 13 4 8 1 26 | 12 1 1 6 20 (行政诉讼 26 + 20 = 46)
// 沐阳县 2025: 27 10 9 15 61 | 3 0 0 0 3 | 8 0 1 1 10 (行政诉讼 13)
// 龙岗区 2022: 7 2 1 5 15 | 19 0 2 11 32 | 4 0 0 2 6 (行政诉讼 38)
// 洪泽区 2024: 1 1 0 0 2 | 1 0 0 0 1 | 2 0 1 0 3 (行政诉讼 4)
// 南山区 2020: 5 / / / 5 | 1 / / 1 2 | 2 / / / 2
const HA_REVIEW = [72, 64, 178, 37, 351];
const SY_REVIEW = [27, 10, 9, 15, 61];
const LG_REVIEW = [7, 2, 1, 5, 15];

export const ELEVENTH_QUESTIONS: readonly SingleQuestion[] = [
  // Table 二, every report.
  lookup('E-L01', '淮安市2024年现行有效的规章有几件', ans([11], [1, 0])),
  lookup('E-L02', '洪泽区24年行政规范性文件本年制发多少件', ans([3], [0, 8])),
  lookup('E-L03', '沐阳县2025年废止了几个规范性文件呀', ans([1], [6, 32])),
  lookup('E-L04', '龙岗区政府2022年行政许可处理决定数', ans([16103])),
  lookup('E-L05', '洪泽区2023年行政处罚多少', ans([4119])),
  lookup('E-L06', '南山区2020年行政强制的处理决定数量', ans([159], [96, 89])),
  lookup('E-L07', '淮安市政府2024年行政事业性收费多少钱', ans([wan(96171.6)])),
  lookup('E-L08', '龙岗区2022年行政事业性收费金额', ans([wan(2.22934)])),
  lookup('E-L09', '龙华区数据局2020年政府集中采购项目数量', ans([9], [yuan(456880)])),
  lookup('E-L10', '南山2020年政府集中采购采购了多少个项目', ans([2502], [wan(170815.4)])),
  lookup('E-L11', '龙岗区发改局2020年行政许可处理决定数量', ans([12], [15, -3, 3])),
  lookup('E-L12', '洪泽区2023年行政强制几件', ans([195])),
  lookup('E-L13', '沐阳县2025年行政强制', ans([2154])),
  lookup('E-L14', '龙岗区数据局2021年行政规范性文件现行有效件数', ans([1], [0])),
  // Table 四 result columns.
  lookup('E-L15', '淮安市2024年行政复议尚未审结的有几件', ans([37])),
  lookup('E-L16', '洪泽区2024年行政复议结果纠正多少', ans([1])),
  lookup('E-L17', '沐阳县2025年复议结果维持了多少件', ans([27])),
  lookup('E-L18', '龙岗区2022年行政复议总计', ans([15], LG_REVIEW)),
  lookup('E-L19', '淮安2024年未经复议直接起诉的案子结果纠正几件', ans([4])),
  lookup('E-L20', '龙岗区2022年复议后起诉尚未审结', ans([2])),
  lookup('E-L21', '沐阳县2025年复议后起诉的其他结果', ans([1])),
  lookup('E-L22', '南山区2020年行政复议结果维持', ans([5])),
  lookup('E-L23', '淮安市2024年复议后起诉结果维持几件', ans([12])),
  lookup('E-L24', '洪泽区2024年行政诉讼总共多少件', ans([4], [0, 1, 2, 3])),
  // Table 三: applicant columns and every kind of sub-row.
  lookup('E-L25', '淮安市2024年新收申请里商业企业的有多少', ans([53])),
  lookup('E-L26', '龙岗区2022年法律服务机构提出的申请数', ans([8], [552])),
  lookup('E-L27', '南山区2020年“其他”类申请人新收了几件', ans([4], [262])),
  lookup('E-L28', '沐阳县2025年法律服务机构新收几件', ans([5], [713])),
  lookup('E-L29', '淮安市2024年科研机构申请了多少', ans([0])),
  lookup('E-L30', '淮安市2024年不予公开里属于行政查询事项的', ans([105])),
  lookup('E-L31', '沐阳县2025年属于三类内部事务信息的不予公开有多少', ans([13])),
  lookup('E-L32', '龙岗区2022年保护第三方合法权益不予公开几件', ans([7])),
  lookup('E-L33', '洪泽区2024年本机关不掌握相关政府信息的有多少件', ans([31])),
  lookup('E-L34', '淮安市2024年没有现成信息需要另行制作的', ans([11])),
  lookup('E-L35', '淮安2024年补正后申请内容仍不明确的几件', ans([1])),
  lookup('E-L36', '沐阳县2025年重复申请的不予处理', ans([7], [6, 1])),
  lookup('E-L37', '淮安市2024年要求行政机关确认或重新出具已获取信息的有几件', ans([1])),
  lookup('E-L38', '龙岗区2022年逾期不补正不再处理的有多少', ans([2])),
  lookup('E-L39', '淮安市2024年申请人逾期未缴纳费用的其他处理几件', ans([6], [187])),
  lookup('E-L40', '沐阳县2025年其他处理中的“其他”', ans([143], [142, 1])),
  lookup('E-L41', '淮安市2024年上年结转的申请多少件', ans([34])),
  lookup('E-L42', '龙岗区2022年结转下年度继续办理的', ans([27], [25, 2])),
  lookup('E-L43', '南山区2020年本年度办理结果总计', ans([235], [211, 19, 5])),
  lookup('E-L44', '洪泽区2023年部分公开的有几件', ans([4])),
  lookup('E-L45', '沐阳2025年不予公开一共多少件', ans([32], [0, 2, 13, 4, 9])),
  lookup('E-L46', '淮安市2024年不予处理总共多少', ans([88], [62, 25, 0, 1])),
  lookup('E-L47', '龙岗区2022年无法提供合计', ans([285], [283, 2, 0])),
  lookup('E-L48', '洪泽2023年因信访举报投诉不予处理的', ans([1])),

  // Arithmetic on printed figures.
  arithmetic('E-A01', '淮安市2024年复议纠正占复议总数的比例', rate(64, 351, 37)),
  arithmetic('E-A02', '沐阳县2025年行政复议维持率是多少', rate(27, 61, 15)),
  arithmetic('E-A03', '龙岗区2022年直接起诉的纠正率', rate(0, 32, 11)),
  arithmetic('E-A04', '淮安2024年维持的复议和纠正的复议加起来多少', ans([72 + 64], [72, 64])),
  arithmetic('E-A05', '淮安市2024年不予公开中国家秘密和其他法律法规禁止公开的合计', ans([2 + 31], [2, 31])),
  arithmetic('E-A06', '沐阳县2025年新收比上年结转多多少', ans([diff(713 - 36)], [713, 36])),
  arithmetic(
    'E-A07',
    '洪泽区2024年行政强制比2023年少了多少',
    ans([diff(84 - 195)], [84, 195, ...changeShares(195, 84)]),
  ),
  arithmetic('E-A08', '洪泽区2024年行政许可比2023年增长了百分之多少', percentChange(550, 9487)),
  arithmetic('E-A09', '淮安市2024年的行政复议是沐阳县2025年的几倍', ans([ratio(351 / 61)], [351, 61])),
  arithmetic('E-A10', '淮安市和洪泽区2024年行政复议平均每家多少件', ans([ratio((351 + 2) / 2)], [351, 2, 353])),
  arithmetic('E-A11', '龙岗区2022年予以公开占办理结果总计的比重', ans([share(66, 535)], [66, 535])),
  arithmetic('E-A12', '淮安市2024年部分公开和予以公开加一起', ans([1362 + 454], [1362, 454])),
  arithmetic('E-A13', '沐阳县2025年“其他处理”里逾期不补正和逾期不缴费一共几件', ans([9 + 7], [9, 7])),
  arithmetic('E-A14', '淮安2024年行政处罚决定数减去行政强制', ans([diff(3985758 - 88283)], [3985758, 88283])),
  arithmetic('E-A15', '洪泽区规范性文件现行有效件数从2023年到2024年变化了多少', ans([diff(8 - 5)], [5, 8, pct(60)])),
  arithmetic('E-A16', '南山区2020年新收申请中自然人占比', ans([share(236, 262)], [236, 262])),
  arithmetic('E-A17', '淮安2024年复议后起诉的维持率', rate(12, 20, 6)),
  arithmetic('E-A18', '龙岗区2022年行政诉讼两类加起来一共多少', ans([32 + 6], [32, 6])),
  arithmetic('E-A19', '沐阳县2025年复议和诉讼案件合计', ans([61 + 13], [61, 3, 10, 13])),
  arithmetic(
    'E-A20',
    '淮安市2024年行政许可和行政处罚的比值',
    anyOf(ans([ratio(447228 / 3985758)], [447228, 3985758]), ans([ratio(3985758 / 447228)], [447228, 3985758])),
  ),
  arithmetic('E-A21', '洪泽区2024年无法提供的占总计的百分之几', ans([share(32, 95)], [32, 95, 31, 1, 0])),
  arithmetic('E-A22', '淮安市2024年结转下年度比上年结转多了几件', ans([diff(103 - 34)], [103, 34])),
  arithmetic('E-A23', '沐阳2025年不予公开里面执法案卷和行政查询加起来', ans([4 + 9], [4, 9])),
  arithmetic('E-A24', '龙岗区2022年新收的申请里法人或其他组织一共多少', ans([51 + 8 + 4], [51, 0, 8, 4, 552, 489])),
  arithmetic('E-A25', '2024年淮安和洪泽的行政处罚加起来多少', ans([3985758 + 2776], [3985758, 2776])),

  // Crossed organ–year pairs.
  crossed('E-C01', '淮安市2024年和洪泽区2023年的行政许可分别是多少', ans([447228, 550])),
  crossed('E-C02', '沐阳县2025年的复议总计和龙岗区2022年的复议总计差多少', ans([diff(61 - 15)], [61, 15])),
  crossed('E-C03', '南山区2020年和龙岗区2022年的行政处罚各多少', ans([1767, 34389], [2078, 2668])),
  crossed('E-C04', '洪泽区2023年和2024年的新收申请哪年多', ans([21, 95], [diff(74), ...changeShares(21, 95)])),

  // Rankings within one year.
  ranking('E-R01', '2024年哪个单位的行政复议最多', ans([351], [2], { reportsCompared: [2], mustContain: ['淮安'] })),
  ranking(
    'E-R02',
    '2020年几个单位的政府集中采购项目数排个序',
    ans([2502, 9, 3], [wan(170815.4), yuan(456880), yuan(5246500)], { reportsCompared: [3] }),
  ),
  ranking('E-R03', '2020年哪家的新收申请最少', ans([1], [4, 262], { reportsCompared: [3], mustContain: ['龙华'] })),
  ranking('E-R04', '2024年行政处罚决定数谁多', ans([3985758], [2776], { reportsCompared: [2], mustContain: ['淮安'] })),

  // Zero-lists and negations.
  filter('E-Z01', '洪泽区2024年不予公开的哪些项不为零', ans([1], [0, 3])),
  filter('E-Z02', '龙岗区2022年不予处理是不是全是0', ans([0])),
  filter('E-Z03', '沐阳县2025年无法提供有没有不为零的', ans([111, 2], [0, 113])),
  filter('E-Z04', '龙华区数据局2020年有没有行政复议', ans([0])),

  // Equality, yes or no.
  arithmetic(
    'E-Y01',
    '淮安2024年复议维持和纠正是不是一样多',
    anyOf(ans([72, 64], [diff(8)]), ans([diff(72 - 64)], [72, 64])),
  ),
  arithmetic(
    'E-Y02',
    '沐阳县2025年不予公开里三安全一稳定和保护第三方的数量等不等于',
    anyOf(ans([2]), ans([diff(0)], [2])),
  ),
  arithmetic(
    'E-Y03',
    '洪泽区2024年复议总计和直接起诉总计一样吗',
    anyOf(ans([2, 1], [diff(1)]), ans([diff(2 - 1)], [2, 1])),
  ),

  // Checks (勾稽): 新收 + 上年结转 = 总计 + 结转下年度.
  filter('E-K01', '淮安市2024年表三勾稽关系对得上吗', balances([3119, 34, 3050, 103], 3119 + 34)),
  filter(
    'E-K02',
    '龙岗区发改局2020年的申请数据平不平',
    // 新收 4 + 上年结转 0 = 4, but 总计 4 + 结转下年度 1 = 5: it does not balance as printed.
    anyOf(ans([4, 5], [0, 1, diff(1)]), ans([diff(1)], [4, 0, 1, 5])),
  ),
  filter('E-K03', '沐阳县2025年办理结果各项加起来等于总计吗', balances([294, 101, 32, 113, 19, 159], 718)),

  // Figures no table holds.
  notInTables('E-N01', '淮安市2024年信息处理费收了多少', anyOf(ans([yuan(3940)]), SAFE)),
  notInTables('E-N02', '洪泽区2024年政府网站主动公开了多少条信息', anyOf(ans([2428]), SAFE)),
  notInTables('E-N03', '淮安市2024年依申请公开平均办理时长几天', SAFE),
  notInTables('E-N04', '沐阳县2025年申请人里男性有多少', SAFE),
  notInTables('E-N05', '龙岗区2022年政务新媒体粉丝数', SAFE),
  notInTables('E-N06', '南山区2020年行政事业性收费金额是多少', SAFE, {
    note: 'the old table prints 上一年项目数量 14 and 本年增/减 "/": no amount',
  }),
  notInTables('E-N07', '龙岗区发改局2020年行政事业性收费收了多少钱', SAFE, {
    note: '上一年项目数量 41, 本年增/减 -16: projects, not money',
  }),
  notInTables('E-N08', '龙华区数据局2020年规章废止了几件', SAFE, {
    note: 'the 2020 table has 新制作 / 新公开 / 对外公开总数量, no 废止 column',
  }),

  // Reports the store does not hold.
  noData('E-D01', '北京市2022年政府信息公开申请收了多少', NO_DATA),
  noData('E-D02', '广东省政府2020年行政复议多少件', NO_DATA),
  noData('E-D03', '上海市浦东新区2021年新收申请', NO_DATA),
  noData('E-D04', '江苏省人民政府2024年行政处罚数量', NO_DATA),
  noData('E-D05', '淮安市清江浦区淮海街道2024年的年报有吗', NO_DATA),
  noData('E-D06', '龙岗区2023年行政复议多少件', NO_DATA),
  noData('E-D07', '淮安市2023年新收申请', NO_DATA),
  noData('E-D08', '南山区2021年的报告', NO_DATA),
  noData('E-D09', '福田区2022年政府集中采购金额', NO_DATA),
  noData('E-D10', '洪泽区2025年行政许可', NO_DATA),
  noData('E-D11', '宿迁市政府2025年行政复议', anyOf(NO_DATA, CLARIFY)),

  // Out of scope.
  outOfScope('E-O01', '帮我写一份2025年的政府信息公开年报', NOT_A_NUMBER),
  outOfScope('E-O02', '明天深圳天气怎么样', NOT_A_NUMBER),
  outOfScope('E-O03', '淮安市长是谁', NOT_A_NUMBER),

  // Unclear: ask back (or, where it is honest, state every reading).
  figure('E-Q01', '2024年的复议有多少', anyOf(CLARIFY, ans([351, 2], [353]), ans([351 + 2], [351, 2]))),
  figure('E-Q02', '这个数是多少', SAFE),
  figure('E-Q03', '淮安市2024年的那个比例', SAFE),
  figure('E-Q04', '龙岗区的新收申请有多少', anyOf(ans([552], [489, 51, 0, 8, 4]), CLARIFY)),

  chat('E-H01', '你好呀', CHAT),
  chat('E-H02', '谢谢你 👍', CHAT),
  chat('E-H03', '你都能回答哪些问题？', CHAT),

  traditional('E-T01', '淮安市2024年行政複議總計多少件', ans([351], HA_REVIEW)),
  traditional('E-T02', '洪澤區2024年行政許可處理決定數量', ans([9487])),
  traditional('E-T03', '龍崗區2022年不予公開裡面屬於國家秘密的有幾件', ans([1])),
  traditional('E-T04', '沐陽縣2025年本年新收申請跟上年結轉加起來是多少', ans([713 + 36], [713, 36])),
  traditional('E-T05', '南山區2020年政府集中采购總金額', ans([wan(170815.4)], [2502])),

  english(
    'E-E01',
    "How many information disclosure requests did Huai'an receive in 2024?",
    ans([3119], [3001, 53, 0, 61, 4, 34]),
  ),
  english(
    'E-E02',
    "What share of Longgang District's 2022 administrative reconsiderations were corrected?",
    rate(2, 15, 5),
  ),
  english(
    'E-E03',
    'Hongze 2024: sum of administrative penalties and administrative enforcement decisions',
    ans([2776 + 84], [2776, 84]),
  ),
  english('E-E04', 'Which 2024 report has the most lawsuits?', ans([46], [4, 26, 20, 1, 3], { reportsCompared: [2] })),
  english('E-E05', 'Do you have the 2022 report of Beijing Haidian District?', NO_DATA),

  misspelling('E-M01', '淮按市2024年行政强制多少', anyOf(ans([88283]), CLARIFY)),
  misspelling('E-M02', '红泽区2024年行政处罚', anyOf(ans([2776]), CLARIFY)),
  misspelling('E-M03', '沭阳县2025年行政许可', anyOf(ans([517645]), CLARIFY), {
    note: "沭阳 is the county's true name; the OCR report prints 沐阳",
  }),
  misspelling('E-M04', '龙岗区2022年行政附议总计', anyOf(ans([15], LG_REVIEW), CLARIFY)),
  misspelling('E-M05', '淮安市2024年不予公开里的行政查旬事项', anyOf(ans([105]), CLARIFY)),

  relativeYear(
    'E-V01',
    '洪泽区2024年新收申请比上一年多了多少',
    ans([diff(95 - 21)], [95, 21, ...changeShares(21, 95)]),
  ),
  relativeYear('E-V02', '沐阳县去年行政处罚决定数', anyOf(ans([693957]), NO_DATA, CLARIFY)),
  relativeYear('E-V03', '淮安市前年行政许可', anyOf(ans([447228]), NO_DATA, CLARIFY)),
  relativeYear('E-V04', '洪泽区去年的行政规范性文件现行有效件数', anyOf(ans([8], [3, 0]), NO_DATA, CLARIFY)),

  // Lists and counts over the whole store.
  filter('E-S01', '列一下所有的部门报告', ans([], [3], { mustContain: ['发展和改革'] })),
  filter('E-S02', '库里一共有多少份年报', ans([9], [8])),
  filter('E-S03', '哪些报告是2020年的', ans([], [3], { mustContain: ['南山', '龙华'] })),
  filter('E-S04', '有几个区政府的报告', anyOf(ans([3], [4]), ans([4], [3]))),
  // Part 2 (written 13:05 UTC, still before any run). Table 二.
  lookup('E-L49', '淮安市2024年行政规范性文件本年制发几件', ans([8], [26, 66])),
  lookup('E-L50', '沐阳县2025年规章现行有效几件', ans([0])),
  lookup('E-L51', '洪泽区2024年行政事业性收费收了多少万元', ans([wan(7545)])),
  lookup('E-L52', '龙岗区2022年行政处罚决定数量', ans([34389])),
  lookup('E-L53', '淮安2024年行政许可决定', ans([447228])),
  lookup('E-L54', '龙岗区2022年本年废止的行政规范性文件', ans([11], [46, 136])),
  lookup('E-L55', '南山区2020年其他对外管理服务事项处理决定数量', ans([199956], [430, 124, -124])),
  // Table 四.
  lookup('E-L56', '龙岗区2022年未经复议直接起诉的结果维持', ans([19])),
  lookup('E-L57', '淮安市2024年直接起诉尚未审结', ans([1])),
  lookup('E-L58', '沐阳县2025年未经复议直接起诉的总计', ans([3], [0])),
  lookup('E-L59', '洪泽区2024年复议后起诉结果维持了几件', ans([2])),
  lookup('E-L60', '龙岗区2022年行政复议的其他结果', ans([1])),
  lookup('E-L61', '淮安市2024年复议后起诉结果纠正', ans([1])),
  lookup('E-L62', '沐阳县2025年行政复议结果纠正几件', ans([10])),
  // Table 三.
  lookup('E-L63', '洪泽区2024年予以公开几件', ans([50])),
  lookup('E-L64', '淮安市2024年属于四类过程性信息的', ans([12])),
  lookup('E-L65', '龙岗区2022年属于三类内部事务信息的不予公开', ans([8], [5, 2, 1])),
  lookup('E-L66', '洪泽区2023年没有现成信息需要另行制作的', ans([3])),
  lookup('E-L67', '沐阳县2025年危及三安全一稳定的', ans([2])),
  lookup('E-L68', '淮安市2024年信访举报投诉类申请不予处理了多少', ans([62], [56, 6])),
  lookup('E-L69', '南山区2020年重复申请几件', ans([4], [2])),
  lookup('E-L70', '沐阳县2025年结转下年度继续办理', ans([31])),
  lookup('E-L71', '洪泽区2023年结转下年度', ans([0])),
  lookup('E-L72', '淮安市2024年其他处理一共多少', ans([187], [71, 6, 110, 67, 3, 1, 108, 2])),
  lookup('E-L73', '淮安市2024年社会公益组织申请了几件', ans([0])),
  lookup('E-L74', '沐阳县2025年上年结转', ans([36])),
  lookup('E-L75', '淮安市2024年办理结果总计是多少', ans([3050], [2932, 53, 0, 61, 4])),
  lookup('E-L76', '淮安市2024年“其他”申请人新收多少', ans([4], [3119])),
  lookup('E-L77', '龙岗区2022年本年度办理结果总计里面自然人是多少', ans([473], [535])),

  arithmetic(
    'E-A26',
    '洪泽区2024年本机关不掌握的比2023年多了几件',
    ans([diff(31 - 10)], [31, 10, ...changeShares(10, 31)]),
  ),
  arithmetic('E-A27', '洪泽区2023年到2024年予以公开增加了多少', ans([diff(50 - 0)], [0, 50])),
  arithmetic(
    'E-A28',
    '洪泽区2024年行政事业性收费比上一年下降了百分之几',
    // (7545 − 7730.28) ÷ 7730.28 = −2.40%
    anyOf(
      ...[-2.4, 2.4].map((change) =>
        ans([pct(change)], [wan(7545), wan(7730.28), wan(185.28), wan(-185.28), diff(-185.28), diff(-1852800)]),
      ),
    ),
  ),
  arithmetic('E-A29', '淮安市2024年行政复议纠正和维持一共占总计的多少', ans([share(72 + 64, 351)], [72, 64, 136, 351])),
  arithmetic('E-A30', '沐阳县2025年复议后起诉占行政诉讼总数的比例', ans([share(10, 13)], [10, 3, 13])),
  arithmetic('E-A31', '龙岗区2022年不予公开里过程性信息占不予公开总数的百分比', ans([share(10, 30)], [10, 30])),
  arithmetic('E-A32', '淮安市2024年不掌握相关政府信息的占无法提供的比例', ans([share(769, 781)], [769, 781])),
  arithmetic(
    'E-A33',
    '龙岗区、淮安市、沐阳县三家的行政复议平均是多少',
    // Each organ's one report: 15 (2022), 351 (2024), 61 (2025); (15 + 351 + 61) ÷ 3 = 142.33.
    anyOf(ans([ratio((15 + 351 + 61) / 3)], [15, 351, 61, 427]), CLARIFY),
  ),
  arithmetic('E-A34', '洪泽区两年的新收申请平均每年多少', ans([(21 + 95) / 2], [21, 95, 116])),
  arithmetic('E-A35', '淮安2024年行政处罚是洪泽区同年的多少倍', ans([ratio(3985758 / 2776)], [3985758, 2776])),
  arithmetic('E-A36', '沐阳县2025年部分公开和不予公开合计多少', ans([101 + 32], [101, 32])),
  arithmetic('E-A37', '南山区2020年办理结果总计加上结转下年度', ans([235 + 33], [235, 33])),
  arithmetic('E-A38', '洪泽区2024年行政许可、行政处罚、行政强制三项合计', ans([9487 + 2776 + 84], [9487, 2776, 84])),
  arithmetic('E-A39', '龙岗区2022年直接起诉尚未审结的占直接起诉的比例', ans([share(11, 32)], [11, 32])),
  arithmetic('E-A40', '淮安市2024年规范性文件现行有效的比本年制发的多几件', ans([diff(66 - 8)], [66, 8])),
  arithmetic(
    'E-A41',
    '2020年南山区和龙华区数据局政府集中采购金额一共多少',
    // 170,815.4 万元 = 1,708,154,000 元, plus 456,880 元.
    ans([yuan(1708154000 + 456880)], [wan(170815.4), yuan(456880)]),
  ),
  arithmetic('E-A42', '沐阳县2025年的新收是洪泽区2024年的几倍', ans([ratio(713 / 95)], [713, 95])),
  arithmetic('E-A43', '淮安市2024年行政诉讼里直接起诉比复议后起诉多几件', ans([diff(26 - 20)], [26, 20])),

  crossed('E-C05', '洪泽区2024年的行政复议和沐阳县2025年的行政诉讼各是多少', ans([2, 13], [1, 0, 3, 10, 8])),
  crossed('E-C06', '淮安市2024年和龙岗区2022年结转下年度的各多少', ans([103, 27], [25, 2])),
  crossed('E-C07', '南山区2020年的复议和淮安2024年的复议谁多', ans([5, 351], [diff(346)])),

  ranking('E-R05', '2024年哪家无法提供的最多', ans([781], [32], { reportsCompared: [2], mustContain: ['淮安'] })),
  ranking(
    'E-R06',
    '2020年行政许可处理决定数量哪个单位最多',
    ans([8759], [12, 0], { reportsCompared: [3], mustContain: ['南山'] }),
  ),
  ranking('E-R07', '2024年新收申请按多少排个序', ans([3119, 95], [], { reportsCompared: [2] })),

  filter('E-Z05', '淮安市2024年不予处理里面有没有为零的项', ans([0], [62, 25, 1, 88])),
  filter('E-Z06', '洪泽区2024年其他处理不是全是0吗', ans([0])),
  filter('E-Z07', '龙岗区数据局2021年的申请是不是都是零', ans([0])),
  filter('E-Z08', '沐阳县2025年不予公开的哪些项为零', ans([0], [2, 13, 4, 9, 32])),
  filter('E-Z09', '淮安2024年申请人是「其他」的办理结果总计', ans([4], [3050])),
  filter(
    'E-Z10',
    "龙岗区2022年'其他'处理一共多少",
    anyOf(ans([118], [2, 0, 116, 97, 18, 1]), ans([116], [97, 18, 1]), CLARIFY),
  ),

  arithmetic(
    'E-Y04',
    '淮安市2024年行政诉讼里结果纠正和尚未审结是不是一样',
    // 纠正 4 + 1 = 5, 尚未审结 1 + 6 = 7 (the prose says 5 and 7 too).
    anyOf(ans([5, 7], [diff(2), 4, 1, 6]), ans([diff(7 - 5)], [5, 7, 4, 1, 6])),
  ),
  arithmetic('E-Y05', '沐阳县2025年复议后起诉的其他结果和尚未审结相等吗', anyOf(ans([1]), ans([diff(0)], [1]))),

  filter('E-K04', '洪泽区2024年新收加上年结转等不等于办理总计加结转下年度', balances([95, 0], 95)),
  filter('E-K05', '龙岗区2022年的第三部分勾稽核对一下', balances([552, 10, 535, 27], 552 + 10)),
  filter(
    'E-K06',
    '淮安市2024年复议的维持纠正其他尚未审结四项加起来等于总计吗',
    balances([72, 64, 178, 37], 72 + 64 + 178 + 37),
  ),

  notInTables('E-N09', '沐阳县2025年收取信息处理费多少', anyOf(ans([yuan(380)], [1]), SAFE)),
  notInTables('E-N10', '洪泽区2024年政策解读发了几条', anyOf(ans([7]), SAFE)),
  notInTables('E-N11', '龙岗区2022年申请人的满意度是多少', SAFE),
  notInTables('E-N12', '淮安市2024年政府信息公开工作经费多少', SAFE),
  notInTables('E-N13', '南山区2020年行政复议的纠正率', anyOf(ans([pct(0)], [5, 0]), SAFE), {
    note: '纠正 printed as "/"',
  }),
  notInTables('E-N14', '淮安市2024年申请人的年龄分布', SAFE),
  notInTables('E-N15', '沐阳县2025年哪个乡镇申请最多', SAFE),

  noData('E-D12', '广东省人民政府2022年政府信息公开年报的行政处罚', NO_DATA),
  noData('E-D13', '浦东新区政府2023年依申请公开数量', NO_DATA),
  noData('E-D14', '北京海淀区2024年行政复议', NO_DATA),
  noData('E-D15', '江苏省政府2025年的新收申请', NO_DATA),
  noData('E-D16', '淮安市淮阴区2024年行政许可', NO_DATA),
  noData('E-D17', '淮安市洪泽区高良涧街道办事处2024年的申请量', NO_DATA),
  noData('E-D18', '龙华区政府2020年行政复议', anyOf(NO_DATA, CLARIFY)),
  noData('E-D19', '深圳市政府2022年的报告有没有', NO_DATA),
  noData('E-D20', '沐阳县2024年行政处罚', NO_DATA),
  english('E-D21', 'Shanghai Pudong 2021 reconsideration cases', NO_DATA),

  outOfScope('E-O04', '怎么申请政府信息公开', NOT_A_NUMBER),
  outOfScope('E-O05', '给我讲个笑话', NOT_A_NUMBER),

  figure('E-Q05', '那个区的复议多少', SAFE),
  figure('E-Q06', '2020年的行政许可是多少', anyOf(CLARIFY, ans([8759, 12, 0], [8771]))),
  figure('E-Q07', '差多少', SAFE),
  figure('E-Q08', '市区两级2024年新收申请合计', anyOf(ans([3119 + 95], [3119, 95]), CLARIFY)),
  figure('E-Q09', '淮安2024年市区两级的行政复议加起来', anyOf(ans([351 + 2], [351, 2]), CLARIFY)),

  chat('E-H04', '辛苦了🙏', CHAT),
  chat('E-H05', 'hello', CHAT),
  chat('E-H06', '重新开始', CHAT),

  traditional('E-T06', '淮安市2024年行政處罰決定數量是多少呢', ans([3985758])),
  traditional('E-T07', '洪澤區2024年無法提供的佔總計百分之幾', ans([share(32, 95)], [32, 95, 31, 1, 0])),
  traditional('E-T08', '龍崗區2022年复议後起訴總計', ans([6], [4, 0, 2])),
  traditional('E-T09', '沐陽縣2025年不予處理裡面信訪舉報投訴類的', ans([12])),
  traditional('E-T10', '北京市2022年的報告有嗎', NO_DATA),

  english('E-E06', "What is the correction rate of Huai'an's 2024 administrative reconsiderations?", rate(64, 351, 37)),
  english('E-E07', 'Sum of Hongze 2023 and Hongze 2024 new requests', ans([21 + 95], [21, 95])),
  english(
    'E-E08',
    'Rank the 2020 reports by administrative licensing decisions',
    ans([8759, 12, 0], [], { reportsCompared: [3] }),
  ),
  english(
    'E-E09',
    "Does Longgang District 2022's table 3 balance (new plus carried over equals handled plus carried forward)?",
    balances([552, 10, 535, 27], 552 + 10),
  ),
  english('E-E10', "How many of Huai'an's 2024 requests were withheld as administrative query matters?", ans([105])),
  english('E-E11', 'Nanshan 2020 government procurement total amount', ans([wan(170815.4)], [2502])),
  english(
    'E-E12',
    'Longgang 2022: what share of lawsuits were filed after reconsideration?',
    ans([share(6, 38)], [6, 32, 38]),
  ),

  misspelling('E-M06', '龙冈区2022年行政许可', anyOf(ans([16103]), CLARIFY)),
  misspelling('E-M07', '淮安市2024年行政规范性文建废止几件', anyOf(ans([26], [8, 66]), CLARIFY)),
  misspelling('E-M08', '南山区2020年政府集中菜购项目数', anyOf(ans([2502], [wan(170815.4)]), CLARIFY)),
  misspelling('E-M09', '洪泽区2024年行政强治', anyOf(ans([84]), CLARIFY)),
  misspelling('E-M10', '淮安市2024年行政复议尚末审结', anyOf(ans([37]), CLARIFY)),

  relativeYear('E-V05', '洪泽区2024年本机关不掌握的比前一年增长了百分之几', percentChange(10, 31)),
  relativeYear('E-V06', '洪泽区2024年部分公开比上年多了几件', ans([diff(9 - 4)], [9, 4, ...changeShares(4, 9)])),
  relativeYear('E-V07', '沐阳县今年的行政复议', anyOf(ans([61], SY_REVIEW), NO_DATA, CLARIFY)),
  relativeYear('E-V08', '淮安市去年的行政复议总计', anyOf(ans([351], HA_REVIEW), NO_DATA, CLARIFY)),

  filter('E-S05', '列出所有江苏的报告', ans([], [3, 4], { mustContain: ['淮安', '洪泽'] })),
  // 县级 are the county-level governments: districts (区) are of that level too, so the five reports of 区县 are right.
  filter('E-S06', '有哪些县级的报告', ans([], [1, 5], { mustContain: ['沐阳'] })),
  filter('E-S07', '深圳的报告有几份', ans([5])),
  filter('E-S08', '哪几个单位有两年的报告', ans([], [2], { mustContain: ['洪泽'] })),
  filter('E-S09', '2025年的报告有哪些', ans([], [1], { mustContain: ['沐阳'] })),
];

export const ELEVENTH_CONVERSATIONS: readonly Conversation[] = [
  {
    id: 'E-CV01',
    class: 'conversation',
    turns: [
      { question: '淮安市2024年行政复议纠正了几件', expect: ans([64]) },
      { question: '那洪泽区呢', expect: ans([1]) },
      { question: '两个差了几个', expect: ans([diff(64 - 1)], [64, 1]) },
      { question: '重新开始', expect: CHAT },
      { question: '这家的复议维持多少', expect: SAFE, note: 'after the reset no organ is held' },
    ],
  },
  {
    id: 'E-CV02',
    class: 'conversation',
    turns: [
      { question: '沐阳县2025年不予处理一共多少', expect: ans([19], [12, 7, 6, 1, 0]) },
      { question: '其中重复申请呢', expect: ans([7], [6, 1]) },
      { question: '占不予处理的比例是多少', expect: ans([share(7, 19)], [7, 19]) },
      {
        question: '那信访举报投诉类的呢',
        expect: anyOf(ans([12]), ans([share(12, 19)], [12, 19])),
      },
    ],
  },
  {
    id: 'E-CV03',
    class: 'conversation',
    turns: [
      { question: '龙岗区2022年新收申请多少', expect: ans([552], [489, 51, 0, 8, 4]) },
      { question: '库里有几份2024年的报告', expect: ans([2]) },
      { question: '刚才那个单位的结转下年度是多少', expect: ans([27], [25, 2]) },
      { question: '它的上年结转呢', expect: ans([10], [9, 1]) },
      { question: '两者相差多少', expect: ans([diff(27 - 10)], [27, 10]) },
    ],
  },
  {
    id: 'E-CV04',
    class: 'conversation',
    turns: [
      {
        question: "Huai'an 2024 administrative reconsideration total?",
        expect: ans([351], HA_REVIEW),
        replyIn: 'en',
      },
      { question: '那沐阳县2025年呢', expect: ans([61], SY_REVIEW) },
      { question: '前者是后者的几倍', expect: ans([ratio(351 / 61)], [351, 61]) },
      { question: '后者的行政诉讼呢', expect: ans([3 + 10], [3, 10, 0, 1, 8]) },
    ],
  },
  {
    id: 'E-CV05',
    class: 'conversation',
    turns: [
      { question: '洪泽区2023年行政许可多少', expect: ans([550]) },
      { question: '2024年呢', expect: ans([9487]) },
      { question: '增长了百分之几', expect: percentChange(550, 9487) },
      {
        question: '那行政强制呢',
        expect: anyOf(ans([84], [195]), ...changeReadings(195, 84)),
      },
    ],
  },
  {
    id: 'E-CV06',
    class: 'conversation',
    turns: [
      { question: '南山区2020年新收多少申请', expect: ans([262], [236, 22, 4]) },
      { question: '其中商业企业的呢', expect: ans([22]) },
      { question: '自然人的呢', expect: ans([236]) },
      { question: '商业企业的是自然人的百分之几', expect: ans([share(22, 236)], [22, 236]) },
    ],
  },
  {
    id: 'E-CV07',
    class: 'conversation',
    turns: [
      { question: '淮安市2024年行政规范性文件废止了多少', expect: ans([26], [8, 66]) },
      {
        question: '沐阳县呢',
        expect: anyOf(ans([1], [6, 32]), NO_DATA, CLARIFY),
        note: '沐阳县 has only 2025: its figure, or no 2024 report',
      },
      { question: '那洪泽区2024年呢', expect: ans([0], [3, 8]) },
      { question: '淮安和洪泽这两家加起来', expect: ans([26 + 0], [26, 0]) },
    ],
  },
  {
    id: 'E-CV08',
    class: 'conversation',
    turns: [
      { question: '你好', expect: CHAT },
      { question: '龙华区数据局2020年政府集中采购金额多少', expect: ans([yuan(456880)], [9]) },
      { question: '龙岗区发改局同年的呢', expect: ans([yuan(5246500)], [3]) },
      {
        question: '两家合计多少钱',
        expect: ans([yuan(456880 + 5246500)], [yuan(456880), yuan(5246500)]),
      },
      { question: '谢谢', expect: CHAT },
    ],
  },
  {
    id: 'E-CV09',
    class: 'conversation',
    turns: [
      { question: '淮安市2024年行政强制多少', expect: ans([88283]) },
      { question: '洪泽区同年的呢', expect: ans([84]) },
      { question: '一共有几份报告', expect: ans([9], [8]), note: '8 organs, 9 reports' },
      { question: '刚才两家相差多少', expect: ans([diff(88283 - 84)], [88283, 84]) },
      { question: '重新开始', expect: CHAT },
    ],
  },
  {
    id: 'E-CV10',
    class: 'conversation',
    turns: [
      { question: '洪泽区2023年无法提供多少件', expect: ans([13], [10, 3, 0]) },
      { question: '2024年的呢', expect: ans([32], [31, 1, 0]) },
      { question: '增加了多少', expect: ans([diff(32 - 13)], [13, 32, ...changeShares(13, 32)]) },
      { question: '百分比呢', expect: percentChange(13, 32) },
    ],
  },
  {
    id: 'E-CV11',
    class: 'conversation',
    turns: [
      { question: 'Longgang District 2022 reconsideration cases corrected?', expect: ans([2]), replyIn: 'en' },
      { question: 'and maintained?', expect: ans([7]), replyIn: 'en' },
      { question: 'what is the sum of the two?', expect: ans([2 + 7], [2, 7]), replyIn: 'en' },
      { question: '这家的行政诉讼呢', expect: ans([32 + 6], [19, 0, 2, 11, 32, 4, 6]) },
    ],
  },
  {
    id: 'E-CV12',
    class: 'conversation',
    turns: [
      { question: '沐阳县2025年行政许可多少', expect: ans([517645]) },
      { question: '洪泽区2024年呢', expect: ans([9487]) },
      { question: '后者是前者的百分之几', expect: ans([share(9487, 517645)], [517645, 9487]) },
      { question: '那前者的行政处罚呢', expect: ans([693957]) },
    ],
  },
  {
    id: 'E-CV13',
    class: 'conversation',
    turns: [
      { question: '龙岗区数据局2021年收到几件申请', expect: ans([0]) },
      { question: '它的行政复议呢', expect: ans([0]) },
      { question: '龙华区数据局2020年呢', expect: ans([0]) },
      { question: '这家政府集中采购了几个项目', expect: ans([9], [yuan(456880)]) },
    ],
  },
  {
    id: 'E-CV14',
    class: 'conversation',
    turns: [
      { question: '淮安市2024年不予公开一共多少', expect: ans([178], [2, 31, 5, 6, 8, 12, 9, 105, 30, 1, 7]) },
      { question: '其中属于国家秘密的', expect: ans([2]) },
      { question: '重新开始', expect: CHAT },
      { question: '其中保护第三方的呢', expect: SAFE, note: 'no organ or year after the reset' },
      { question: '沐阳县2025年保护第三方合法权益的', expect: ans([2]) },
    ],
  },
  {
    id: 'E-CV15',
    class: 'conversation',
    turns: [
      { question: '淮安市2024年未经复议直接起诉总计多少', expect: ans([26], [13, 4, 8, 1]) },
      { question: '复议后起诉呢', expect: ans([20], [12, 1, 6]) },
      { question: '两者加起来', expect: ans([26 + 20], [26, 20]) },
      { question: '其中尚未审结的一共几件', expect: anyOf(ans([1 + 6], [1, 6]), CLARIFY) },
    ],
  },
  {
    id: 'E-CV16',
    class: 'conversation',
    turns: [
      { question: '龙岗区2022年行政复议结果维持几件', expect: ans([7]) },
      { question: '总计呢', expect: ans([15], LG_REVIEW) },
      { question: '维持率是多少', expect: rate(7, 15, 5) },
      {
        question: '沐阳县2025年的呢',
        expect: anyOf(...rateReadings(27, 61, 15), ans([27])),
        note: 'its 维持率, or its 维持',
      },
    ],
  },
  {
    id: 'E-CV17',
    class: 'conversation',
    turns: [
      { question: '哪些报告是2024年的', expect: ans([], [2], { mustContain: ['淮安', '洪泽'] }) },
      { question: '淮安市那份的行政许可是多少', expect: ans([447228]) },
      { question: '洪泽区那份呢', expect: ans([9487]) },
      { question: '两个加起来', expect: ans([447228 + 9487], [447228, 9487]) },
    ],
  },
];
