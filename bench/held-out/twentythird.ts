// A twenty-third held-out set (`npm run held-out -- --set twentythird`), written on 2026-12-08 (begun 02:40 UTC by
// `date -u`), blind: without reading src/answers, test/answers or the earlier sets' questions (only expect.ts,
// score.ts, store.ts, run.ts and the opening lines of twentieth.ts for the shape), and before the engine was run on
// any of it. Same store (five sample reports, four real text reports: 淮安市 2024, 洪泽区 2023 and 2024, 沐阳县 2025),
// same scoring. It leans on three personas: a journalist (comparisons across organs and years, crossed organ–year
// pairs, rankings within one year, how many times, percentage changes), a researcher comparing places (sums and
// shares of sums, rates of result columns, 公开率, lists of organs and of zero rows), and a clerk checking their own
// report (one row typed sloppily or copied verbatim, 勾稽 of table 三, yes/no of equality, typos of organs and rows).
// Also: numbers in Chinese, full-width digits, emoji, @mentions, voice run-ons, Traditional and English questions,
// places and years the store does not hold, figures no table holds, greetings / help / 重新开始, and conversations
// with pointers (前者 / 后者 / 它 / 这两个), operations on earlier turns, organ and year switches, a whole-store
// question in the middle and 重新开始.
// Every expected value was read off the report text (data/reports, test/fixtures/real-reports); sums, shares,
// quotients and changes are written as the arithmetic on the printed figures.
//
// Readings: 去年 / 前年 are 2025 / 2024 by the clock (2026), or 2024 / 2023 with the store's latest year (2025) as this
// year: either is right. A close misspelling may be answered or asked back. A figure printed only in a report's
// prose may be stated or declined; a figure printed nowhere must be declined. A rate of a result column (纠正率 /
// 维持率) may be over the printed 总计 or over the cases settled (总计 − 尚未审结). 公开率 may be 予以公开 over 总计 or
// (予以公开 + 部分公开) over 总计, or asked back. Not asked: 洪泽区 2023's table 四 (garbled by the layout
// extraction); 龙华区数据局 2020's 总计 column below 新收; 沐阳县 2025's applicant columns below 新收; 南山区 2020's
// "/" cells.
import {
  difference,
  eitherYear,
  list,
  orAsk,
  percentChange,
  proseOrSafe,
  quotient,
  rate,
  rateOf,
  shareOf,
  sum,
  yesNo,
} from './builders.js';
import type { Conversation, Expect, Expectation, SingleQuestion } from './expect.js';
import {
  ans,
  anyOf,
  CHAT,
  CLARIFY,
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

/** A yes: the reply must not say no. */
const yes = (figures: readonly Figure[]): Expectation =>
  yesNo(figures, { mustNotContain: ['不平衡', '不相等', '不一致', '不等于', '不是', '没有'] });
/** Out of scope: declined, or a chat reply without a figure. */
const declined: Expect = anyOf(SAFE, CHAT);
/** The store: nine reports (eight organs). */
const REPORTS = ans([9], [8]);

// Printed figures used more than once.
// 淮安市 2024: 新收 3001 53 0 0 61 4 = 3119; 上年结转 34; 予以公开 1362; 部分公开 454; 总计 3050; 结转下年度 103.
// 不予公开 2 31 5 6 8 12 9 105 (= 178); 无法提供 769 11 1 (= 781); 不予处理 62 25 0 0 1 (= 88); 其他处理 71 6 110 (= 187).
// Table 四: 复议 72 64 178 37 351; 直接起诉 13 4 8 1 26; 复议后起诉 12 1 1 6 20.
const HUAIAN_DENIED = [2, 31, 5, 6, 8, 12, 9, 105];
const HUAIAN_UNABLE = [769, 11, 1];
const HUAIAN_NOT_PROCESSED = [62, 25, 0, 0, 1];
const HUAIAN_TABLE_THREE = [3119, 34, 3153, 3050, 103];
// 洪泽区 2024: 新收 95, 予以公开 50, 部分公开 9, 不予公开 0 0 1 0 0 1 1 0 (= 3), 无法提供 31 1 0 (= 32), 不予处理 1,
// 其他处理 0, 总计 95; table 四: 复议 1 1 0 0 2; 直接起诉 1 0 0 0 1; 复议后起诉 2 0 1 0 3.
// 洪泽区 2023: 新收 21, 予以公开 0, 部分公开 4, 不予公开 1 (国家秘密) 1 (过程性) 1 (执法案卷), 无法提供 10 3 0, 不予处理 1.
// 沐阳县 2025: 新收 713, 上年结转 36, 予以公开 294, 部分公开 101, 不予公开 0 0 2 2 13 2 4 9 (= 32), 无法提供 111 2 0
// (= 113), 不予处理 12 7 0 0 0 (= 19), 其他处理 9 7 143 (= 159), 总计 718, 结转下年度 31; table 四: 复议 27 10 9 15 61;
// 直接起诉 3 0 0 0 3; 复议后起诉 8 0 1 1 10.
const HONGZE_DENIED = [0, 0, 1, 0, 0, 1, 1, 0];
const SHUYANG_DENIED = [0, 0, 2, 2, 13, 2, 4, 9];
const SHUYANG_TABLE_THREE = [713, 36, 749, 718, 31];
// 龙岗区 2022: 新收 489 51 0 0 8 4 = 552; 上年结转 10; 予以公开 66; 部分公开 36; 不予公开 1 0 0 7 8 10 3 1 (= 30);
// 无法提供 283 2 0 (= 285); 不予处理 0; 其他处理 2 0 116 (= 118); 总计 535; 结转下年度 27; table 四: 复议 7 2 1 5 15;
// 直接起诉 19 0 2 11 32; 复议后起诉 4 0 0 2 6.
const LONGGANG_DENIED = [1, 0, 0, 7, 8, 10, 3, 1];
// 龙岗区发展和改革局 2020: 新收 4, 上年结转 0, 予以公开 2, 部分公开 1, 无法提供 1, 总计 4, 结转下年度 1 (4 + 0 ≠ 4 + 1).
const FAGAI_TABLE_THREE = [4, 0, 4, 1, 5];
// 南山区 2020: 新收 262, 上年结转 6, 予以公开 100, 部分公开 49, 不予公开 4, 无法提供 51 1, 不予处理 1 4, 其他处理 25,
// 总计 235, 结转下年度 33.
const NANSHAN_RESULTS = [100, 49, 4, 51, 1, 1, 4, 25, 235];

export const TWENTYTHIRD_QUESTIONS: readonly SingleQuestion[] = [
  // ── lookups: one figure of one organ and year, sloppy or verbatim ──
  lookup('C-L01', '淮安24年行政处罚多少', ans([3985758]), { note: '24年 = 2024' }),
  lookup('C-L02', '洪泽2023行政许可', ans([550])),
  lookup('C-L03', '沐阳25年规范性文件现行有效几件', ans([32])),
  lookup('C-L04', '龙岗22年行政强制', ans([7749])),
  lookup('C-L05', '洪泽区2024年行政事业性收费金额', ans([wan(7545)])),
  lookup('C-L06', '沐阳县2025年收费金额多少万', ans([wan(4068.208)])),
  lookup('C-L07', '淮安市2024年行政规范性文件本年废止件数', ans([26])),
  lookup('C-L08', '龙岗区2022年本年新收政府信息公开申请数量', ans([552])),
  lookup('C-L09', '南山2020年结转下年度继续办理', ans([33])),
  lookup('C-L10', '洪泽2024予以公开多少件', ans([50])),
  lookup('C-L11', '沐阳2025部分公开', ans([101])),
  lookup('C-L12', '淮安2024本机关不掌握相关政府信息', ans([769])),
  lookup('C-L13', '龙岗2022年没有现成信息需要另行制作的', ans([2])),
  lookup('C-L14', '淮安市2024年重复申请几件', ans([25])),
  lookup('C-L15', '沐阳县2025年信访举报投诉类申请', ans([12])),
  lookup('C-L16', '洪泽2023年因为属于国家秘密不予公开的', ans([1])),
  lookup('C-L17', '龙岗区2022年保护第三方合法权益不公开的有多少', ans([7])),
  lookup('C-L18', '淮安2024属于行政查询事项的', ans([105])),
  lookup('C-L19', '沐阳2025三类内部事务信息', ans([13])),
  lookup('C-L20', '南山区2020年其他处理', ans([25])),
  lookup('C-L21', '淮安2024申请人逾期不交费不再处理的有几件', ans([6])),
  lookup('C-L22', '龙岗2022年其他处理里面的“其他”', ans([116])),
  lookup('C-L23', '淮安市2024年法律服务机构新收申请', ans([61])),
  lookup('C-L24', '龙岗2022年商业企业申请了多少', ans([51])),
  lookup('C-L25', '沐阳2025复议纠正了几件', ans([10])),
  lookup('C-L26', '洪泽24年复议后起诉结果维持', ans([2])),
  lookup('C-L27', '龙岗区2022年未经复议直接起诉尚未审结的', ans([11])),
  lookup('C-L28', '淮安2024年行政复议还没审结的', ans([37])),
  lookup('C-L29', '沐阳2025直接起诉总计', ans([3])),
  lookup('C-L30', '南山区2020年政府集中采购项目数量', ans([2502])),
  lookup('C-L31', '龙岗发改局2020年采购总金额', ans([yuan(5246500)])),
  lookup('C-L32', '龙华数据局2020年政府集中采购项目几个', ans([9])),
  lookup('C-L33', '南山2020行政许可处理决定数量', ans([8759])),
  lookup('C-L34', '龙岗发改2020其他对外管理服务事项处理决定数量', ans([949])),
  lookup('C-L35', '淮安2024结转到下一年的', ans([103])),
  lookup('C-L36', '洪泽区2024年行政复议总计', ans([2])),
  lookup('C-L37', '沐阳县2025年本年新收', ans([713])),
  lookup('C-L38', '洪泽2023没有现成信息需要另行制作', ans([3])),
  lookup('C-L39', '龙岗区2022年现行有效规范性文件', ans([136])),
  lookup('C-L40', '淮安2024年规章本年制发几件', ans([1])),

  // ── numbers in Chinese, full-width digits, emoji, @mentions, voice run-ons ──
  figure('C-F01', '@小王 帮查下 淮安二零二四年 行政强制 多少', ans([88283])),
  figure('C-F02', '洪泽２０２４年行政处罚？', ans([2776])),
  figure('C-F03', '沐阳二〇二五年复议总计多少件🙏', ans([61])),
  figure('C-F04', '龙岗区二零二二年结转下年度的有几件啊', ans([27])),
  figure('C-F05', '那个 就是 淮安市 二四年的 部分公开 是多少来着 我记不清了 帮我看一下', ans([454])),
  figure('C-F06', '@所有人 南山２０２０年新收申请多少', ans([262])),
  figure('C-F07', '沐阳县２０２５年行政许可👍', ans([517645])),
  figure('C-F08', '洪泽二三年不予处理的有几件', ans([1])),

  // ── arithmetic on one report: sums of sub-rows, shares, rates, changes between years ──
  arithmetic('C-A01', '淮安2024年不予公开一共多少件', sum(HUAIAN_DENIED)),
  arithmetic('C-A02', '淮安2024无法提供合计', sum(HUAIAN_UNABLE)),
  arithmetic('C-A03', '沐阳2025不予处理加起来多少', sum([12, 7, 0, 0, 0])),
  arithmetic('C-A04', '沐阳2025其他处理合计', sum([9, 7, 143])),
  arithmetic('C-A05', '龙岗2022不予公开合计', sum(LONGGANG_DENIED)),
  arithmetic('C-A06', '龙岗2022无法提供一共几件', sum([283, 2, 0])),
  arithmetic('C-A07', '南山区2020年无法提供合计', sum([51, 1])),
  arithmetic('C-A08', '淮安2024年行政诉讼一共多少件', sum([26, 20])),
  arithmetic('C-A09', '沐阳2025行政诉讼总共多少', sum([3, 10])),
  arithmetic('C-A10', '洪泽2024予以公开和部分公开加起来', sum([50, 9])),
  arithmetic('C-A11', '淮安2024年予以公开占办理总计的比例', shareOf(1362, 3050)),
  arithmetic(
    'C-A12',
    '沐阳2025予以公开加部分公开占办理总计的多少',
    ans([share(294 + 101, 718)], [294, 101, 294 + 101, 718]),
  ),
  arithmetic('C-A13', '龙岗2022年自然人申请占新收比例', shareOf(489, 552)),
  arithmetic('C-A14', '淮安2024年新收里法人或其他组织占比', shareOf(53 + 61 + 4, 3119, [53, 61, 4, 0, 3001])),
  arithmetic('C-A15', '洪泽区行政许可2024比2023多多少', difference(9487, 550)),
  arithmetic('C-A16', '洪泽行政处罚24年比23年变化百分比', percentChange(4119, 2776)),
  arithmetic('C-A17', '洪泽新收申请从2023到2024增长了百分之几', percentChange(21, 95)),
  arithmetic('C-A18', '洪泽行政强制2023和2024差多少', difference(84, 195)),
  arithmetic('C-A19', '淮安2024复议纠正率', rate(64, 351, 37)),
  arithmetic('C-A20', '沐阳2025年复议维持率多少', rate(27, 61, 15)),
  arithmetic('C-A21', '龙岗2022复议纠正率', rate(2, 15, 5)),
  arithmetic(
    'C-A22',
    '淮安市2024年的公开率',
    anyOf(shareOf(1362, 3050), ans([share(1362 + 454, 3050)], [1362, 454, 1362 + 454, 3050]), CLARIFY),
    { note: '予以公开 / 总计, or (予以公开 + 部分公开) / 总计, or asked back' },
  ),
  arithmetic('C-A23', '淮安2024行政处罚是洪泽2024的几倍', quotient(3985758, 2776)),
  arithmetic('C-A24', '沐阳25年许可是淮安24年的多少倍', quotient(517645, 447228)),
  arithmetic('C-A25', '淮安2024年无法提供占总计的比重', shareOf(781, 3050, HUAIAN_UNABLE)),
  arithmetic('C-A26', '龙岗2022新收加上年结转等于多少', sum([552, 10])),
  arithmetic('C-A27', '沐阳2025 办理总计加结转下年度', sum([718, 31])),
  arithmetic('C-A28', '淮安2024年复议和诉讼一共多少件', sum([351, 26, 20], [46])),
  arithmetic('C-A29', '洪泽24年复议后起诉和直接起诉加起来', sum([1, 3])),

  // ── crossed organ–year pairs ──
  crossed('C-X01', '淮安2024和沐阳2025新收申请哪个多，多多少', difference(3119, 713)),
  crossed('C-X02', '龙岗22年的行政处罚跟洪泽23年比差多少', difference(34389, 4119)),
  crossed('C-X03', '沐阳25年复议总计比淮安24年少多少', difference(61, 351)),
  crossed('C-X04', '南山2020的新收和龙岗2022的新收加起来', sum([262, 552])),
  crossed('C-X05', '洪泽2024和淮安2024的予以公开合计', sum([50, 1362])),
  crossed('C-X06', '淮安24年行政强制和沐阳25年比差多少', difference(88283, 2154)),
  crossed('C-X07', '龙岗2022年规范性文件制发数是洪泽2024年的几倍', quotient(46, 3)),
  crossed(
    'C-X08',
    '淮安2024不予公开 + 沐阳2025不予公开 等于多少',
    sum([178, 32], [...HUAIAN_DENIED, ...SHUYANG_DENIED]),
  ),
  crossed(
    'C-X09',
    '南山2020年结转下年度和龙岗2022年结转下年度哪个多',
    anyOf(difference(33, 27), yesNo([33, 27, diff(6)], { mustContain: ['南山'] })),
  ),

  // ── rankings within one year ──
  ranking(
    'C-R01',
    '2020年三个单位里谁的新收申请最多',
    ans([262], [4, 1], { mustContain: ['南山'], reportsCompared: [3] }),
  ),
  ranking(
    'C-R02',
    '2024年哪个地方行政处罚最多',
    ans([3985758], [2776], { mustContain: ['淮安'], reportsCompared: [2] }),
  ),
  ranking(
    'C-R03',
    '2020年政府集中采购金额排个名',
    ans([], [wan(170815.4), yuan(5246500), yuan(456880), 2502, 3, 9], {
      mustContain: ['南山', '龙华', '龙岗'],
      reportsCompared: [3],
    }),
  ),
  ranking(
    'C-R04',
    '2020年哪个部门的采购项目最少',
    ans([3], [9, 2502], { mustContain: ['龙岗'], reportsCompared: [2, 3] }),
  ),
  ranking(
    'C-R05',
    '2024年淮安和洪泽谁的复议案件多',
    ans([351], [2, diff(349)], { mustContain: ['淮安'], reportsCompared: [2] }),
  ),
  ranking(
    'C-R06',
    '2020年新收申请最少的是哪个单位',
    ans([1], [262, 4], { mustContain: ['龙华'], reportsCompared: [3] }),
  ),
  ranking(
    'C-R07',
    '2024年行政许可从高到低排一下',
    ans([447228, 9487], [], { mustContain: ['淮安', '洪泽'], reportsCompared: [2] }),
  ),
  ranking(
    'C-R08',
    '所有报告里哪个单位新收申请最多',
    anyOf(ans([3119], [713, 552, 262, 95, 21, 4, 1, 0], { mustContain: ['淮安'] }), CLARIFY),
    { note: 'years mixed: answered over the whole store, or asked which year' },
  ),
  ranking('C-R09', '2020年区县里面行政处罚最多的', ans([1767], [0], { mustContain: ['南山'] })),
  ranking(
    'C-R10',
    '2024年哪个单位不予公开最多',
    ans([178], [3, ...HUAIAN_DENIED], { mustContain: ['淮安'], reportsCompared: [2] }),
  ),

  // ── lists and whole-store questions ──
  filter('C-G01', '2020年有哪些单位的报告', list(['南山', '龙岗', '龙华'], [3])),
  filter('C-G02', '库里有几份报告', REPORTS),
  filter('C-G03', '哪些单位行政复议是0', anyOf(list(['龙华', '发展和改革'], [0, 3]), CLARIFY)),
  filter('C-G04', '淮安2024年不予处理里面哪几项是0', list(['出版物', '大量反复'], [2, ...HUAIAN_NOT_PROCESSED, 88])),
  filter('C-G05', '洪泽2024不予公开哪几项不是0', list(['三安全', '过程性', '执法案卷'], [...HONGZE_DENIED, 3])),
  filter('C-G06', '沐阳2025年不予公开哪几类是零', list(['国家秘密', '禁止公开'], [2, ...SHUYANG_DENIED, 32])),
  filter('C-G07', '2024年有几份报告', ans([2])),
  filter(
    'C-G08',
    '行政复议有结果纠正的单位有哪些',
    anyOf(list(['淮安', '洪泽', '沐阳', '龙岗'], [64, 1, 10, 2, 4]), CLARIFY),
  ),
  filter('C-G09', '新收申请超过500件的有哪些', anyOf(list(['淮安', '沐阳', '龙岗'], [3119, 713, 552, 3]), CLARIFY)),

  // ── yes / no: 勾稽 of table 三, equality, comparisons ──
  filter('C-Y01', '淮安2024年表三勾稽平不平', yes(HUAIAN_TABLE_THREE)),
  filter('C-Y02', '龙岗发改局2020年的勾稽关系对得上吗', yesNo(FAGAI_TABLE_THREE, { mustContain: ['不'] }), {
    note: '新收 4 + 上年结转 0 = 4, 总计 4 + 结转下年度 1 = 5',
  }),
  filter('C-Y03', '沐阳25年 新收加上年结转 等不等于 办理总计加结转下年度', yes(SHUYANG_TABLE_THREE)),
  filter('C-Y04', '洪泽2024年行政复议有没有被纠正的', yes([1, 2])),
  filter('C-Y05', '龙岗数据局2021有没有收到公开申请', anyOf(yesNo([0], { mustContain: ['没'] }), ans([0]))),
  filter('C-Y06', '淮安2024年予以公开是不是比部分公开多', yes([1362, 454, diff(908)])),
  filter(
    'C-Y07',
    '洪泽2023年予以公开是不是0',
    anyOf(yesNo([0, 1], { mustNotContain: ['不是'], reportsCompared: [1] }), ans([0], [1], { reportsCompared: [1] })),
    { note: 'a yes may say 没有…不为 0; the one report looked at may be counted' },
  ),
  filter('C-Y08', '南山2020年办理结果各项加起来等不等于总计', yes(NANSHAN_RESULTS)),
  filter('C-Y09', '龙岗2022的行政规范性文件废止数等于11吗', anyOf(yes([11]), ans([11]))),

  // ── figures no table holds ──
  notInTables('C-N01', '淮安2024年在运维的政务新媒体有多少个', proseOrSafe(ans([95]))),
  notInTables('C-N02', '淮安2024年政府信息公开工作人员有多少人', SAFE),
  notInTables('C-N03', '沐阳2025年依申请公开平均办理天数', SAFE),
  notInTables('C-N04', '洪泽区2024年行政复议的申请人中自然人多少', SAFE),
  notInTables('C-N05', '龙岗2022年公开申请的群众满意度是多少', SAFE),
  notInTables('C-N06', '淮安2024年收了多少信息处理费', proseOrSafe(ans([yuan(3940)]))),
  notInTables('C-N07', '洪泽区2024年网上申请多少件', SAFE),
  notInTables('C-N08', '沐阳2025年财政预算是多少', SAFE),
  notInTables('C-N09', '龙岗2022年依申请公开平均每件花了多少钱', SAFE),

  // ── places and years the store does not hold ──
  noData('C-D01', '徐州市2024年新收申请', NO_DATA),
  noData('C-D02', '淮安2023年行政许可', NO_DATA),
  noData('C-D03', '龙岗区2024年复议总计', NO_DATA),
  noData('C-D04', '沐阳2024年新收', NO_DATA),
  noData('C-D05', '福田区2022年行政处罚', NO_DATA),
  noData('C-D06', '南京2025年予以公开多少', NO_DATA),
  noData('C-D07', '洪泽2025年的报告有吗', anyOf(NO_DATA, ans([], [], { mustContain: ['没'] }))),
  noData('C-D08', '龙华区2021年采购金额', NO_DATA),
  noData('C-D09', '宝安区2020年新收申请', NO_DATA),
  noData('C-D10', '盐城24年行政复议总计多少', NO_DATA),

  // ── misspellings of organs and rows: answered or asked back ──
  misspelling('C-M01', '淮按2024年行政许可', orAsk(ans([447228]))),
  misspelling('C-M02', '洪择区2024年行政处罚', orAsk(ans([2776]))),
  misspelling('C-M03', '沭阳县2025年行政强制', orAsk(ans([2154])), {
    note: '沭阳 is the county; the report prints 沐阳',
  }),
  misspelling('C-M04', '龙刚区2022年新收申请', orAsk(ans([552]))),
  misspelling('C-M05', '南山区2020年予已公开', orAsk(ans([100]))),
  misspelling('C-M06', '淮安2024年不予处里合计', orAsk(sum(HUAIAN_NOT_PROCESSED))),
  misspelling('C-M07', '沐阳2025复议纠证', orAsk(ans([10]))),

  // ── relative years ──
  relativeYear('C-T01', '沐阳去年行政许可', eitherYear(ans([517645]), NO_DATA)),
  relativeYear('C-T02', '淮安前年的复议总计', eitherYear(ans([351]), NO_DATA)),
  relativeYear('C-T03', '洪泽前年行政处罚', eitherYear(ans([2776]), ans([4119]))),
  relativeYear('C-T04', '洪泽今年新收', anyOf(NO_DATA, CLARIFY)),

  // ── asked back: organ or year missing, nothing to read ──
  lookup('C-K01', '新收多少', anyOf(CLARIFY, SAFE)),
  lookup('C-K02', '2024年行政许可多少', anyOf(CLARIFY, ans([447228, 9487], [447228 + 9487]))),
  lookup('C-K03', '洪泽的复议总计', anyOf(CLARIFY, ans([2])), { note: '洪泽 2023 table 四 is garbled; 2024 prints 2' }),
  lookup('C-K04', '龙岗的行政处罚', anyOf(CLARIFY, ans([34389]))),
  lookup('C-K05', '那个数是多少', SAFE),
  lookup('C-K06', 'asdfgh', SAFE),

  // ── Traditional ──
  traditional('C-H01', '淮安2024年行政處罰多少', ans([3985758])),
  traditional('C-H02', '洪澤區2024年行政許可', ans([9487])),
  traditional('C-H03', '沐陽縣2025年本年新收申請', ans([713])),
  traditional('C-H04', '龍崗區2022年結轉下年度繼續辦理', ans([27])),
  traditional('C-H05', '南山區2020年部分公開', ans([49])),
  traditional('C-H06', '龍崗2022年行政複議總計', ans([15])),
  traditional('C-H07', '淮安市2024年不予公開合計多少', sum(HUAIAN_DENIED)),
  traditional('C-H08', '沐陽2025年複議糾正率', rate(10, 61, 15)),
  traditional('C-H09', '洪澤2024年和2023年的行政強制相差多少', difference(84, 195)),
  traditional(
    'C-H10',
    '2020年哪個單位新收申請最多',
    ans([262], [4, 1], { mustContain: ['南山'], reportsCompared: [3] }),
  ),
  traditional('C-H11', '龍崗區2022年行政處罰', ans([34389])),
  traditional('C-H12', '淮安2024年本機關不掌握相關政府信息', ans([769])),
  traditional('C-H13', '廣州市2024年新收申請', NO_DATA),
  traditional('C-H14', '你好，請問怎麼用', CHAT),
  traditional('C-H15', '龍華數據局2020年政府集中採購金額', ans([yuan(456880)])),

  // ── English ──
  english('C-E01', "How many administrative penalties did Huai'an report in 2024?", ans([3985758])),
  english('C-E02', 'Hongze 2024 administrative licensing decisions', ans([9487])),
  english('C-E03', 'Shuyang county 2025 new applications received', ans([713])),
  english('C-E04', 'Longgang district 2022 applications carried over to next year', ans([27])),
  english(
    'C-E05',
    'What share of Huaian 2024 requests were fully disclosed?',
    anyOf(shareOf(1362, 3050), shareOf(1362, 3119), shareOf(1362, 3153)),
    'over 总计, over 新收, or over 新收 + 上年结转',
  ),
  english('C-E06', 'Nanshan 2020 government procurement total amount', ans([wan(170815.4)])),
  english('C-E07', 'Shuyang 2025 administrative review correction rate', rate(10, 61, 15)),
  english('C-E08', 'Difference in administrative penalties between Hongze 2023 and 2024', difference(4119, 2776)),
  english('C-E09', 'Which organ had the most new requests in 2024?', ans([3119], [95], { reportsCompared: [2] })),
  english(
    'C-E10',
    'Does the Longgang Development and Reform Bureau 2020 table 3 balance?',
    anyOf(yesNo(FAGAI_TABLE_THREE, { mustContain: ['not'] }), yesNo(FAGAI_TABLE_THREE, { mustContain: ['No'] })),
  ),
  english('C-E11', 'Shenzhen Futian 2022 administrative penalties', NO_DATA),
  english('C-E12', 'How many reports are in the store?', REPORTS),
  english('C-E13', 'Huaian 2024 administrative lawsuits in total', sum([26, 20])),
  english('C-E14', 'hello, what can you do?', CHAT),
  english('C-E15', 'Longgang 2022 partially disclosed', ans([36])),

  // ── chat and out of scope ──
  chat('C-C01', '你好', CHAT),
  chat('C-C02', '在吗？', CHAT),
  chat('C-C03', '这个怎么用', CHAT),
  chat('C-C04', '重新开始', CHAT),
  chat('C-C05', '谢谢👍', CHAT),
  chat('C-C06', '帮助', CHAT),
  chat('C-C07', '@机器人 你能查些什么', CHAT),
  outOfScope('C-O01', '今天天气怎么样', declined),
  outOfScope('C-O02', '帮我写个年报总结', declined),
  outOfScope('C-O03', '淮安市长是谁', declined),
  outOfScope('C-O04', '2024年江苏GDP多少', declined),
];

const conversation = (id: string, turns: Conversation['turns'], note?: string): Conversation => ({
  id,
  class: 'conversation',
  turns,
  ...(note ? { note } : {}),
});

export const TWENTYTHIRD_CONVERSATIONS: readonly Conversation[] = [
  conversation('C-V01', [
    { question: '淮安2024年行政复议总计', expect: ans([351]) },
    { question: '结果纠正呢', expect: ans([64]) },
    { question: '占比多少', expect: rate(64, 351, 37) },
    {
      question: '那洪泽呢',
      expect: anyOf(ans([share(1, 2)], [1, 2, 0]), CLARIFY),
      note: '洪泽 2024 (the year carried): 纠正 1 of 总计 2, none pending',
    },
  ]),
  conversation('C-V02', [
    { question: '龙岗2022新收多少', expect: ans([552]) },
    { question: '南山2020呢', expect: ans([262]) },
    { question: '这两个加起来', expect: sum([552, 262]) },
    { question: '前者比后者多多少', expect: difference(552, 262) },
  ]),
  conversation('C-V03', [
    { question: '沐阳2025年不予公开合计', expect: sum(SHUYANG_DENIED) },
    { question: '无法提供呢', expect: sum([111, 2, 0]) },
    { question: '它们一共多少', expect: sum([32, 113]) },
    { question: '重新开始', expect: CHAT },
    { question: '它是多少', expect: SAFE },
  ]),
  conversation('C-V04', [
    { question: '洪泽2024行政处罚', expect: ans([2776]) },
    { question: '2023年呢', expect: ans([4119]) },
    { question: '变化了百分之多少', expect: percentChange(4119, 2776) },
    { question: '库里一共几份报告', expect: REPORTS },
    { question: '刚才那个2023年的数是多少', expect: ans([4119]) },
  ]),
  conversation('C-V05', [
    { question: '淮安24年行政许可', expect: ans([447228]) },
    { question: '洪泽同一年的', expect: ans([9487]) },
    { question: '前者是后者的几倍', expect: quotient(447228, 9487) },
  ]),
  conversation('C-V06', [
    {
      question: '2020年哪个单位新收申请最多',
      expect: ans([262], [4, 1], { mustContain: ['南山'], reportsCompared: [3] }),
    },
    { question: '它的结转下年度是多少', expect: ans([33]) },
    { question: '那它的复议总计', expect: ans([5]) },
  ]),
  conversation('C-V07', [
    { question: '龙岗区2022年复议纠正', expect: ans([2]) },
    { question: '维持呢', expect: ans([7]) },
    { question: '纠正率', expect: rate(2, 15, 5) },
    { question: '那沐阳2025', expect: anyOf(...rateOf(10, 61, 15), CLARIFY) },
  ]),
  conversation('C-V08', [
    { question: '淮安2024不予处理合计', expect: sum(HUAIAN_NOT_PROCESSED) },
    { question: '占办理总计多少', expect: shareOf(88, 3050) },
    { question: '那沐阳25年的呢', expect: anyOf(shareOf(19, 718), CLARIFY) },
  ]),
  conversation('C-V09', [
    { question: 'Huaian 2024 new applications', expect: ans([3119]), replyIn: 'en' },
    { question: 'and Hongze?', expect: ans([95]), replyIn: 'en' },
    { question: 'what is the difference?', expect: difference(3119, 95), replyIn: 'en' },
  ]),
  conversation('C-V10', [
    { question: '你好', expect: CHAT },
    { question: '福州2024年新收申请', expect: NO_DATA },
    { question: '那淮安的呢', expect: ans([3119]) },
    { question: '比上年结转多多少', expect: difference(3119, 34) },
  ]),
  conversation('C-V11', [
    { question: '@小李 沐阳25年行政处罚', expect: ans([693957]) },
    { question: '行政强制呢', expect: ans([2154]) },
    { question: '两个加起来是多少', expect: sum([693957, 2154]) },
  ]),
];
