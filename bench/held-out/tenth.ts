// A tenth held-out set (`npm run held-out -- --set tenth`), written on 2026-12-07 (begun 12:26 UTC by `date -u`),
// blind: without reading src/answers, test/answers or the earlier sets' questions (only expect.ts, score.ts, store.ts,
// run.ts and the opening lines of ninth.ts for the shape), and before the engine was run on any of it. The first nine
// sets have been fixed against; this one gives the honest figure. Same store (five sample reports, four real text
// reports of 江苏: 淮安市 2024, 洪泽区 2023 and 2024, 沐阳县 2025), same scoring. Every expected value was read off the
// report text (data/reports, test/fixtures/real-reports); sums, shares, quotients and changes are written below as the
// arithmetic on the printed figures. Emphasis: the real reports at least as often as the samples, table 二 and table 四
// more often than table 三's 新收, every sub-row of 不予公开 / 无法提供 / 不予处理 / 其他处理, applicant columns, shares of
// a sum, 纠正率 / 维持率, averages, percentage changes, yes/no of equality, quoted words, negations, places and organs the
// store lacks named many ways, lists and counts over the whole store, and conversations with 前者 / 后者, 差了几个,
// resets and English follow-ups.
//
// Where the right reading is unclear the safe replies are accepted too. 去年 / 前年 may be read from the clock (2026)
// or from the organ's latest report. A close misspelling may be answered or asked back (您是想问 X 吗？, issue 13 rule 8).
// A figure printed only in a report's prose (信息处理费 3940 元) may be stated or declined; figures printed nowhere must
// be declined. Not asked: 洪泽区 2023's table 四 (garbled by the layout extraction) and 龙华区数据局 2020's 总计 column
// (0 where 新收 is 1, a report that does not balance as printed).
import type { Conversation, Expect, SingleQuestion, Turn } from './expect.js';
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
  type ReplyIn,
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

/** A change asked as a percentage: the reply may state it with either sign. */
const percentChange = (from: number, to: number, also: readonly Figure[] = []): Expect => {
  const [plus, minus] = changeShares(from, to) as [Figure, Figure];
  return anyOf(ans([plus], [...also, diff(to - from)]), ans([minus], [...also, diff(to - from)]));
};
/** Not a number: any safe reply, or a reply of its own (help, chat) without a figure. */
const NOT_A_NUMBER = anyOf(SAFE, CHAT);

// Table 四 of each report, as printed: 复议 维持/纠正/其他/尚未审结/总计, 直接起诉 the same, 复议后起诉 the same.
const HA_T4 = [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20, 46, 25, 5, 9, 7];
const SY_T4 = [27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10, 13, 11];
const LG_T4 = [7, 2, 1, 5, 15, 19, 0, 2, 11, 32, 4, 0, 0, 2, 6, 38, 23, 13];
const HZ24_T4 = [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3, 4, 3];
// Sub-rows: 不予公开 (秘密, 法规禁止, 三安全一稳定, 第三方, 内部事务, 过程性, 执法案卷, 行政查询), 无法提供, 不予处理, 其他处理,
// with the 法人 columns where they are not 0.
const HA_DENIED = [2, 31, 30, 1, 5, 6, 8, 7, 12, 9, 105, 0];
const SY_DENIED = [0, 2, 2, 13, 2, 4, 9];
const LG_DENIED = [1, 0, 7, 8, 5, 2, 10, 3];
const HA_UNABLE = [769, 746, 12, 10, 1, 11];
const SY_UNABLE = [111, 2, 0];
const HA_REFUSED = [62, 56, 6, 25, 0, 1];
const SY_REFUSED = [12, 7, 6, 1, 0];
const HA_OTHER = [71, 67, 3, 1, 6, 110, 108, 2];
const SY_OTHER = [9, 7, 143, 142, 1];
const LG_OTHER = [2, 0, 116, 97, 18, 1];
// 办理结果 groups (予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理).
const HA_RESULTS = [1362, 454, 178, 781, 88, 187];
const SY_RESULTS = [294, 101, 32, 113, 19, 159];
const LG_RESULTS = [66, 36, 30, 285, 0, 118];
// 新收 applicant columns (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 法人 summed).
const HA_NEW = [3001, 53, 0, 61, 4, 118];
const SY_NEW = [705, 3, 0, 5, 8];
const LG_NEW = [489, 51, 0, 8, 4, 63];

export const TENTH_QUESTIONS: readonly SingleQuestion[] = [
  // Table 二 of the real reports and the samples.
  lookup('T-L01', '淮安市政府24年新制发的规章几件', ans([1], [0, 11])),
  lookup('T-L02', '麻烦问下 淮安2024年废止了多少个行政规范性文件', ans([26], [8, 66])),
  lookup('T-L03', '洪泽区2024年行政许可的处理决定有多少', ans([9487])),
  lookup('T-L04', '沐阳县2025年行政处罚决定数', ans([693957])),
  lookup('T-L05', '淮安市2024年行政强制多少件啊', ans([88283])),
  lookup('T-L06', '洪泽2023年行政事业性收费金额', ans([wan(7730.28)])),
  lookup('T-L07', '沐阳县2025年收费金额多少万元', ans([wan(4068.208)])),
  lookup('T-L08', '南山区2020年政府集中采购总金额是多少', ans([wan(170815.4)], [2502])),
  lookup('T-L09', '龙岗区发改局2020年政府集中采购了几个项目', ans([3], [yuan(5246500)])),
  lookup('T-L10', '龙华区数据局2020年集中采购花了多少钱', ans([yuan(456880)], [9])),
  lookup('T-L11', '龙岗区2022年现行有效的规范性文件有多少件', ans([136], [46, 11])),
  lookup('T-L12', '沐阳2025年本年制发的行政规范性文件', ans([6], [1, 32])),
  // Table 四: result columns of 复议, 直接起诉, 复议后起诉.
  lookup('T-L13', '淮安市2024年行政复议结果纠正几件', ans([64])),
  lookup('T-L14', '沐阳县2025年行政复议还有多少尚未审结', ans([15])),
  lookup('T-L15', '淮安2024年复议后起诉总计多少', ans([20], [12, 1, 1, 6])),
  lookup('T-L16', '龙岗区2022年未经复议直接起诉的案件中尚未审结的有多少', ans([11])),
  lookup('T-L17', '洪泽区2024年复议后起诉的其他结果', ans([1])),
  lookup('T-L18', '沐阳县2025年复议后起诉结果维持几件', ans([8])),
  lookup('T-L19', '南山区2020年未经复议直接起诉的行政诉讼多少件', ans([2], [1])),
  lookup('T-L20', '淮安2024年行政诉讼一共多少件', ans([46], HA_T4)),
  lookup('T-L21', '淮安市2024年行政复议的其他结果', ans([178])),
  lookup('T-L22', '洪泽区2024年直接起诉的结果维持', ans([1])),

  // Table 三: applicant columns, 上年结转 / 结转下年度, every sub-row.
  figure('T-F01', '淮安2024年法律服务机构提的申请有多少', ans([61])),
  figure('T-F02', '沐阳2025年商业企业申请了几件', ans([3])),
  figure('T-F03', '龙岗区2022年科研机构的新收申请', ans([0])),
  figure('T-F04', '南山区2020年申请人是「其他」组织的新收申请多少', anyOf(ans([4]), CLARIFY), {
    note: '其他组织 is also the end of the column group 法人或其他组织: the question may be asked back',
  }),
  figure('T-F05', '淮安市2024年上年结转多少件', ans([34])),
  figure('T-F06', '沐阳县2025年结转下年度继续办理的', ans([31])),
  figure('T-F07', '龙岗区2022年结转到下一年继续办的申请', ans([27], [25, 2])),
  figure('T-F08', '淮安2024年不予公开里属于行政查询事项的', ans([105])),
  figure('T-F09', '沐阳2025年因属于三类内部事务信息不予公开的', ans([13])),
  figure('T-F10', '淮安市2024年因为危及三安全一稳定不公开的有几件', ans([5])),
  figure('T-F11', '洪泽区2024年本机关不掌握相关政府信息的有几件', ans([31])),
  figure('T-F12', '淮安2024年没有现成信息需要另行制作的', ans([11])),
  figure('T-F13', '淮安2024年补正后申请内容仍不明确的', ans([1])),
  figure('T-F14', '沐阳县2025年重复申请几件', ans([7], [6, 1])),
  figure('T-F15', '淮安2024年信访举报投诉类申请不予处理的', ans([62], [56, 6])),
  figure('T-F16', '淮安市2024年要求行政机关确认或重新出具已获取信息的', ans([1])),
  figure('T-F17', '淮安2024年申请人逾期未按收费通知要求缴纳费用的有几件', ans([6])),
  figure('T-F18', '沐阳2025年其他处理中的第3项“其他”', ans([143], [142, 1])),
  figure('T-F19', '淮安2024年逾期不补正、行政机关不再处理的', ans([71], [67, 3, 1])),
  figure('T-F20', '龙岗区2022年办理结果总计', ans([535], [...LG_RESULTS, 473, 50, 8, 4])),
  figure('T-F21', '洪泽区2023年部分公开几件', ans([4])),
  figure('T-F22', '洪泽2023年予以公开的有多少', ans([0])),
  figure('T-F23', '沐阳县2025年上年结转过来的申请', ans([36])),
  figure('T-F24', '淮安市2024年予以公开的申请中自然人的有多少', ans([1288])),
  figure('T-F25', '龙岗区2022年不予公开一共几件', ans([30], LG_DENIED)),
  figure('T-F26', '淮安2024无法提供的合计', ans([781], HA_UNABLE)),
  figure('T-F27', '沐阳2025年不予处理总共多少', ans([19], SY_REFUSED)),
  figure('T-F28', '淮安2024年其他处理共多少件', ans([187], HA_OTHER)),
  figure('T-F29', '洪泽区2024年办结的申请总计', ans([95], [50, 9, 3, 32, 1, 0])),
  figure('T-F30', '南山区2020年结转下年度的', ans([33], [30, 3])),
  figure('T-F31', '淮安2024年不予公开的合计是多少', ans([178], HA_DENIED)),
  figure('T-F32', '淮安市2024年不予处理的申请合计', ans([88], HA_REFUSED)),
  figure('T-F33', '沐阳2025年其他处理总数', ans([159], SY_OTHER)),
  figure('T-F34', '淮安市2024年办理结果总计', ans([3050], [...HA_RESULTS, 2932, 53, 0, 61, 4])),
  figure('T-F35', '沐阳县2025年办理结果一共多少', ans([718], [...SY_RESULTS, 710, 3, 0, 5])),

  // Figures no table holds, and rows a template lacks: never a number (a figure printed only in prose may be stated).
  notInTables('T-N01', '淮安市2024年信息处理费收了多少钱', anyOf(SAFE, ans([3940]))),
  notInTables('T-N02', '洪泽区2024年负责政府信息公开的工作人员有几个', SAFE),
  notInTables('T-N03', '龙岗区2022年依申请公开平均办理天数', SAFE),
  notInTables('T-N04', '南山区2020年申请人里男的有多少', SAFE),
  notInTables('T-N05', '淮安2024年行政复议的申请人中企业有几家', SAFE),
  notInTables('T-N06', '沐阳县2025年政府网站访问量多少', SAFE),
  notInTables('T-N07', '淮安市2024年行政许可里不予许可的有几件', SAFE),
  notInTables('T-N08', '洪泽区2024年行政处罚罚款金额多少', SAFE),
  notInTables('T-N09', '龙岗区2022年政府集中采购金额', SAFE, {
    note: 'the 2021 template (龙岗区 2022) has no 政府集中采购 row',
  }),
  notInTables('T-N10', '淮安市2024年其他对外管理服务事项多少', SAFE, {
    note: 'only the 2019 template has 其他对外管理服务事项',
  }),
  notInTables('T-N11', '沐阳县2025年行政事业性收费有几个项目', SAFE, {
    note: 'the 2021 template prints the amount (4068.208 万元), not a count of items',
  }),
  notInTables('T-N12', '南山区2020年行政事业性收费金额', SAFE, {
    note: 'the 2019 template prints a count of items (14), not an amount',
  }),
  notInTables('T-N13', '南山区2020年本年废止的规范性文件有几件', SAFE, {
    note: 'the 2019 template has no 废止 column',
  }),
  notInTables('T-N14', '龙岗区2022年行政诉讼的原告里自然人有几个', SAFE),

  // Relative years: from the clock (2026) or from the organ's latest report.
  relativeYear('T-R01', '沐阳县去年行政复议多少件', ans([61], SY_T4)),
  relativeYear('T-R02', '淮安市去年收了多少申请', anyOf(NO_DATA, ans([3119], HA_NEW))),
  relativeYear('T-R03', '洪泽区前年的行政许可', anyOf(ans([9487]), ans([550]), NO_DATA)),
  relativeYear(
    'T-R04',
    '洪泽区2024年的行政强制比上一年少了多少',
    ans([diff(84 - 195)], [84, 195, ...changeShares(195, 84)]),
  ),
  relativeYear('T-R05', '洪泽区2024年现行有效规范性文件比上一年增长了百分之几', percentChange(5, 8, [8, 5, 3, 0])),
  relativeYear('T-R06', '今年淮安市的行政处罚有多少', anyOf(NO_DATA, CLARIFY)),
  relativeYear('T-R07', '沐阳县上一年度的收费金额', anyOf(ans([wan(4068.208)]), NO_DATA)),
  relativeYear('T-R08', '淮安前年行政复议维持了几件', anyOf(ans([72]), NO_DATA)),
  relativeYear(
    'T-R09',
    '洪泽区2024年行政许可比上年多了多少',
    ans([diff(9487 - 550)], [9487, 550, ...changeShares(550, 9487)]),
  ),

  // Arithmetic: shares of a sum, 纠正率 / 维持率, sums of sub-rows, averages, quotients, changes.
  arithmetic('T-A01', '淮安2024年行政复议纠正率多少', ans([share(64, 351)], [64, 351])),
  arithmetic('T-A02', '沐阳县2025年行政复议维持率', ans([share(27, 61)], [27, 61])),
  arithmetic('T-A03', '淮安市2024年不予公开中行政查询事项占不予公开总数的比例', ans([share(105, 178)], [105, 178])),
  arithmetic(
    'T-A04',
    '沐阳2025年信访举报投诉类占信访类加重复申请的比例是多少',
    anyOf(ans([share(12, 19)], [12, 7, 19]), CLARIFY),
  ),
  arithmetic('T-A05', '淮安2024年行政处罚是行政许可的几倍', ans([ratio(3985758 / 447228)], [3985758, 447228])),
  arithmetic('T-A06', '淮安2024年予以公开和部分公开加起来多少', ans([1362 + 454], [1362, 454])),
  arithmetic('T-A07', '龙岗区2022年上年结转加本年新收一共多少', ans([10 + 552], [10, 552, 9, 1, ...LG_NEW])),
  arithmetic('T-A08', '淮安2024年直接起诉比复议后起诉多几件', ans([diff(26 - 20)], [26, 20])),
  arithmetic('T-A09', '沐阳县2025年行政复议和行政诉讼一共多少件', ans([61 + 13], [61, 13, 3, 10])),
  arithmetic('T-A10', '2024年淮安和洪泽的行政许可合计', ans([447228 + 9487], [447228, 9487], { reportsCompared: [2] })),
  arithmetic(
    'T-A11',
    '2024年淮安市和洪泽区平均每家的行政处罚是多少',
    ans([(3985758 + 2776) / 2], [3985758, 2776, 3985758 + 2776, 2]),
  ),
  arithmetic('T-A12', '淮安市2024年法律服务机构申请占新收总数的百分比', ans([share(61, 3119)], [61, 3119])),
  arithmetic('T-A13', '龙岗区2022年行政诉讼里直接起诉占多少比例', ans([share(32, 38)], [32, 6, 38])),
  arithmetic('T-A14', '淮安2024年不予公开里国家秘密和行政执法案卷加起来', ans([2 + 9], [2, 9])),
  arithmetic('T-A15', '沐阳县2025年无法提供的占办理结果总计的比例', ans([share(113, 718)], [113, 718, ...SY_UNABLE])),
  arithmetic('T-A16', '淮安2024年规范性文件废止的比制发的多多少', ans([diff(26 - 8)], [26, 8])),
  arithmetic(
    'T-A17',
    '洪泽区2023年和2024年行政事业性收费一共多少万元',
    ans([wan(7730.28 + 7545)], [wan(7730.28), wan(7545)]),
  ),
  arithmetic('T-A18', '龙岗区2022年行政复议的纠正率', ans([share(2, 15)], [2, 15])),
  arithmetic('T-A19', '淮安2024年行政复议维持的和纠正的差几件', ans([diff(72 - 64)], [72, 64])),
  arithmetic('T-A20', '沐阳2025年行政复议尚未审结的占比', ans([share(15, 61)], [15, 61])),
  arithmetic('T-A21', '淮安2024年上年结转占新收加上年结转的比例', ans([share(34, 3119 + 34)], [34, 3119, 3119 + 34])),
  arithmetic('T-A22', '洪泽区两年的行政处罚平均是多少', ans([(4119 + 2776) / 2], [4119, 2776, 4119 + 2776, 2])),
  arithmetic('T-A23', '沐阳2025年行政许可比行政处罚少多少', ans([diff(693957 - 517645)], [693957, 517645])),
  arithmetic('T-A24', '淮安2024年商业企业的申请是法律服务机构的几倍', ans([ratio(53 / 61)], [53, 61])),
  arithmetic('T-A25', '淮安2024年复议后起诉的结果纠正和其他结果是不是一样', ans([1], [12, 6, 20, diff(0)])),
  arithmetic('T-A26', '洪泽区2024年行政复议维持和纠正等不等于', ans([1], [2, diff(0)])),
  arithmetic('T-A27', '沐阳2025年重复申请等不等于行政查询事项', ans([7, 9], [diff(2), 6, 1])),
  arithmetic(
    'T-A28',
    '沐阳县2025年行政处罚比淮安2024年少了百分之多少',
    percentChange(3985758, 693957, [3985758, 693957]),
  ),

  // Crossed organ–year pairs.
  crossed('T-X01', '龙岗区2022年的行政复议比南山区2020年多几件', ans([diff(15 - 5)], [15, 5, ...LG_T4.slice(0, 4)])),
  crossed('T-X02', '淮安2024年和沐阳2025年的行政复议加起来', ans([351 + 61], [351, 61])),
  crossed('T-X03', '洪泽区2023年新收和淮安市2024年新收差多少', ans([diff(3119 - 21)], [3119, 21, ...HA_NEW])),
  crossed('T-X04', '沐阳2025年的新收申请是洪泽区2024年的多少倍', ans([ratio(713 / 95)], [713, 95, ...SY_NEW])),
  crossed('T-X05', '南山区2020年和龙岗区2022年的行政许可哪个多', ans([16103, 8759], [diff(16103 - 8759)])),
  crossed(
    'T-X06',
    '龙岗区2022年规范性文件制发数比龙岗区发改局2020年多多少',
    anyOf(ans([diff(46 - 1)], [46, 1]), NO_DATA),
    {
      note: 'the 2019 template (发改局 2020) prints 新制作 / 新公开 / 对外公开总数, not 制发: saying so is right',
    },
  ),

  // Filters, lists, zero-lists, checks.
  filter('T-I01', '2024年哪些单位有行政诉讼', ans([46, 4], [26, 20, 1, 3], { reportsCompared: [2] })),
  filter(
    'T-I02',
    '淮安2024年不予处理里哪几项是0',
    ans([], [0, 88, ...HA_REFUSED], { mustContain: ['公开出版物', '大量反复'] }),
  ),
  filter('T-I03', '沐阳2025年不予公开各项有没有不为零的', ans([2, 13, 4, 9], [0, 32])),
  filter(
    'T-I04',
    '列一下所有的部门报告',
    ans([], [3], { mustContain: ['发展和改革局', '龙华区政务服务数据管理局', '龙岗区政务服务数据管理局'] }),
  ),
  filter('T-I05', '哪些报告是2023年的', ans([], [1], { mustContain: ['洪泽'] })),
  filter('T-I06', '有几个区政府的报告', anyOf(ans([3], [4]), ans([4], [3]))),
  filter('T-I07', '江苏的报告有哪些', ans([], [3, 4], { mustContain: ['淮安', '洪泽'] })),
  filter('T-I08', '2020年行政许可不为零的单位', ans([8759, 12], [0], { reportsCompared: [2, 3] })),
  filter('T-I09', '龙岗区的部门报告有哪几个', ans([], [2], { mustContain: ['发展和改革局', '政务服务数据管理局'] })),
  filter('T-I10', '深圳的区政府2020年行政复议多少', ans([5])),
  filter('T-I11', '沐阳县2025年表三平不平', ans([], [713, 36, 749, 718, 31])),
  filter('T-I12', '龙岗区发改局2020年勾稽关系对吗', ans([], [4, 0, 5, 1])),

  // Rankings of one year.
  ranking('T-K01', '2024年行政处罚最多的是哪个', ans([3985758], [2776], { reportsCompared: [2] })),
  ranking('T-K02', '2020年收到申请最少的单位', ans([1], [262, 4], { reportsCompared: [3] })),
  ranking(
    'T-K03',
    '2020年政府集中采购金额从高到低排一下',
    ans([wan(170815.4), yuan(5246500), yuan(456880)], [2502, 3, 9], { reportsCompared: [3] }),
  ),
  ranking(
    'T-K04',
    '2024年哪个区县政府行政复议最多',
    ans([2], HZ24_T4, { mustContain: ['洪泽'], reportsCompared: [1] }),
  ),
  ranking('T-K05', '2020年哪个单位的其他对外管理服务事项最多', ans([199956], [949, 0], { reportsCompared: [3] })),
  ranking('T-K06', '2024年新收申请谁多 淮安还是洪泽', ans([3119], [95, ...HA_NEW], { reportsCompared: [2] })),

  // Greetings, thanks, help.
  chat('T-C01', '早上好呀', CHAT),
  chat('T-C02', '辛苦了，多谢🙏', CHAT),
  chat('T-C03', '你能干啥', CHAT),
  chat('T-C04', '在吗', CHAT),

  // Traditional, with some Simplified mixed in.
  traditional('T-H01', '淮安市2024年行政複議結果糾正幾件', ans([64])),
  traditional('T-H02', '沐陽縣2025年不予公開總共幾件', ans([32], SY_DENIED)),
  traditional('T-H03', '洪澤區2024年行政許可多少', ans([9487])),
  traditional('T-H04', '龙崗區2022年行政訴訟裡直接起诉的有幾件', ans([32], LG_T4.slice(5, 9))),
  traditional('T-H05', '淮安2024年結轉下年度繼續辦理的', ans([103])),
  traditional('T-H06', '南山區2020年政府集中採購金額', ans([wan(170815.4)], [2502])),

  // Misspellings: answered, or asked back (您是想问 X 吗？).
  misspelling('T-M01', '淮安市2024年行政附议纠正了几件', anyOf(ans([64]), CLARIFY)),
  misspelling('T-M02', '洪泽区2024年行政许课多少', anyOf(ans([9487]), CLARIFY)),
  misspelling('T-M03', '沭阳县2025年行政处罚', anyOf(ans([693957]), CLARIFY), {
    note: '沭阳 is the county’s real name; the OCR text (and so the store) spells it 沐阳',
  }),
  misspelling('T-M04', '淮按市2024年新收申请', anyOf(ans([3119], HA_NEW), CLARIFY)),
  misspelling('T-M05', '龙刚区2022年行政强制', anyOf(ans([7749]), CLARIFY)),
  misspelling('T-M06', '洪泽区2024年行政处发几件', anyOf(ans([2776]), CLARIFY)),

  // English, as a foreign researcher types it.
  english(
    'T-E01',
    "What share of Huaian's 2024 administrative reconsiderations were corrected?",
    ans([share(64, 351)], [64, 351]),
  ),
  english(
    'T-E02',
    'How many administrative penalties did Shuyang County report in 2025?',
    anyOf(ans([693957]), CLARIFY),
    'Shuyang (沭阳) is the real name; the store spells it 沐阳',
  ),
  english(
    'T-E03',
    'Total applications handled by Longgang district in 2022?',
    ans([535], [...LG_RESULTS, 473, 50, 8, 4]),
  ),
  english('T-E04', 'Which reports in the store are from 2020?', ans([], [3])),
  english(
    'T-E05',
    'In 2024, which had more lawsuits, Huaian or Hongze?',
    ans([46], [4, ...HA_T4, ...HZ24_T4], { reportsCompared: [2] }),
  ),
  english(
    'T-E06',
    "How much did Hongze's administrative licensing go up from 2023 to 2024?",
    ans([diff(9487 - 550)], [9487, 550, ...changeShares(550, 9487)]),
  ),
  english('T-E07', 'Does table 3 of Huaian 2024 balance?', ans([], [3119, 34, 3050, 103, 3153])),

  // Places and organs the store does not hold; years an organ lacks.
  noData('T-D01', '北京市2023年行政复议多少件', NO_DATA),
  noData('T-D02', '广东省政府2022年新收申请', NO_DATA),
  noData('T-D03', '上海市浦东新区2024年的行政许可', NO_DATA),
  noData('T-D04', '江苏省人民政府2024年行政处罚有多少', NO_DATA),
  noData('T-D05', '淮安市淮阴区2024年新收的申请', NO_DATA),
  noData('T-D06', '淮安市清河街道办事处2024年收到几个申请', NO_DATA),
  noData('T-D07', '南山区2022年行政复议', NO_DATA),
  noData('T-D08', '龙岗区政府2020年的新收申请', anyOf(NO_DATA, CLARIFY)),
  noData('T-D09', '淮安市2023年行政许可', NO_DATA),
  noData('T-D10', '福田区2021年的报告', NO_DATA),
  noData('T-D11', '沐阳县2024年的行政复议', NO_DATA),
  noData('T-D12', '深圳市政府2022年新收申请多少', anyOf(NO_DATA, CLARIFY)),
  noData('T-D13', '洪泽区2022年的不予公开', NO_DATA),
  noData('T-D14', '浙江省杭州市2024年的行政复议', NO_DATA),
  noData('T-D15', '广东深圳福田区政府2022年的行政处罚', NO_DATA),
  noData('T-D16', '宝安区数据局2021年新收申请', NO_DATA),
  noData('T-D17', '南京市2024年新收申请多少', NO_DATA),
  noData('T-D18', '淮安市发改委2024年收到多少申请', NO_DATA),

  // Out of scope.
  outOfScope('T-O01', '帮我写一份2025年的政府信息公开年报', NOT_A_NUMBER),
  outOfScope('T-O02', '明天深圳天气怎么样', NOT_A_NUMBER),
  outOfScope('T-O03', '淮安市长是谁', NOT_A_NUMBER),
  outOfScope('T-O04', '政府信息公开条例是哪一年颁布的', NOT_A_NUMBER),
  // Part 2. Full-width digits, emoji, polite filler; the 2019 template's columns.
  lookup('T-L23', '淮安２０２４年行政复议尚未审结的有几件？😊', ans([37])),
  lookup('T-L24', '您好，想请教一下洪泽区２０２４年的行政处罚决定有多少，谢谢！', ans([2776])),
  lookup('T-L25', '南山区2020年行政处罚上一年项目数量', ans([2078], [2668, 1767])),
  lookup('T-L26', '南山区2020年行政强制本年增加了多少', ans([89], [96, 159])),
  lookup('T-L27', '龙岗区发改局2020年其他对外管理服务事项处理决定数量', ans([949], [21, 928])),
  lookup('T-L28', '南山区2020年规范性文件对外公开总数量', ans([8])),
  lookup('T-L29', '龙岗区发改局2020年行政事业性收费上一年项目数量', ans([41], [-16, 16]), {
    note: '上一年项目数量 is a column, not a year',
  }),
  lookup('T-L30', '沐阳县2025年复议后起诉的尚未审结', ans([1])),

  // Quoted words and negations.
  figure('T-F36', '淮安2024年申请人为"其他"的新收申请', ans([4])),
  figure('T-F37', '沐阳县2025年其他处理里『其他』那一项', ans([143], [142, 1])),
  filter('T-I13', '洪泽区2024年不予公开是不是全是0', ans([1], [0, 3])),
  filter('T-I14', '龙岗区数据局2021年表三是不是全是0', ans([], [0])),
  filter('T-I15', '淮安2024年不予处理有没有不为零的', ans([62, 25, 1], [0, 88, 56, 6])),
  filter('T-I16', '2024年有没有哪个单位的行政复议是0', ans([], [351, 2, 0], { reportsCompared: [2] })),

  // Counts and lists over the whole store; levels; two-level groups.
  filter('T-I17', '你这里一共有几份报告', ans([9], [8, 5, 4, 3, 2, 1])),
  filter('T-I18', '一共有几个单位', ans([8], [9, 5, 4, 3, 2, 1])),
  filter('T-I19', '深圳的报告有几份', ans([5], [3, 2, 1])),
  filter('T-I20', '2024年的报告有哪些', ans([], [2], { mustContain: ['淮安', '洪泽'] })),
  filter('T-I21', '有哪些县政府的报告', ans([], [1], { mustContain: ['沐阳'] })),
  filter('T-I22', '市级政府的报告有哪些', ans([], [1], { mustContain: ['淮安市'] })),
  filter('T-I23', '有街道办的报告吗', anyOf(NO_DATA, ans([], [0]))),
  arithmetic('T-A29', '淮安市区两级2024年新收申请合计', anyOf(CLARIFY, ans([3119 + 95], [3119, 95, ...HA_NEW])), {
    note: 'the city’s 3,119 is 全市 and may already hold the district’s: a sum or a question back',
  }),
  arithmetic(
    'T-A30',
    '2024年淮安市和洪泽区新收一共多少',
    ans([3119 + 95], [3119, 95, ...HA_NEW], { reportsCompared: [2] }),
  ),

  // Averages, rates of table 四, shares, sums of three.
  arithmetic('T-A31', '2020年三个单位平均每家收到多少申请', ans([(262 + 4 + 1) / 3], [262, 4, 1, 267, 3])),
  arithmetic('T-A32', '2024年两份报告的行政复议平均多少件', ans([(351 + 2) / 2], [351, 2, 353])),
  arithmetic('T-A33', '龙岗区2022年行政诉讼的纠正率', ans([pct(0)], [0, 38, ...LG_T4])),
  arithmetic('T-A34', '沐阳县2025年行政诉讼维持率', ans([share(3 + 8, 13)], [11, 13, 3, 8, 10])),
  arithmetic('T-A35', '淮安2024年复议后起诉的维持率', ans([share(12, 20)], [12, 20])),
  arithmetic('T-A36', '洪泽区2024年予以公开占办理结果的多少', ans([share(50, 95)], [50, 95])),
  arithmetic('T-A37', '淮安2024年新收中自然人占比', ans([share(3001, 3119)], [3001, 3119])),
  arithmetic('T-A38', '龙岗区2022年不掌握相关信息的占无法提供的比例', ans([share(283, 285)], [283, 285, 2, 0])),
  arithmetic('T-A39', '沐阳2025年不予公开和不予处理加起来多少', ans([32 + 19], [32, 19])),
  arithmetic('T-A40', '南山区2020年予以公开、部分公开、不予公开三项合计', ans([100 + 49 + 4], [100, 49, 4])),
  arithmetic(
    'T-A41',
    '淮安市2024年行政许可、行政处罚、行政强制一共多少',
    ans([447228 + 3985758 + 88283], [447228, 3985758, 88283]),
  ),
  arithmetic('T-A42', '洪泽区2024年行政复议占复议和诉讼总数的比例', ans([share(2, 2 + 4)], [2, 4, 6])),
  arithmetic(
    'T-A43',
    '洪泽区2023到2024年行政事业性收费下降了百分之几',
    percentChange(7730.28, 7545, [wan(7730.28), wan(7545), diff(-1852800)]),
  ),

  // Crossed pairs.
  crossed('T-X07', '淮安市2024年的纠正和龙岗区2022年的纠正加一起', anyOf(ans([64 + 2], [64, 2]), CLARIFY)),
  crossed('T-X08', '洪泽2023年和沐阳2025年的部分公开差几件', ans([diff(101 - 4)], [101, 4, 99, 2])),
  crossed('T-X09', '南山区2020年的行政处罚是洪泽区2024年的百分之多少', ans([share(1767, 2776)], [1767, 2776])),

  // Rankings.
  ranking('T-K07', '2020年三个单位新收申请从多到少排', ans([262, 4, 1], [236, 22, 26], { reportsCompared: [3] })),
  ranking('T-K08', '2024年谁的行政诉讼更少', ans([4], [46, ...HZ24_T4], { reportsCompared: [2] })),
  ranking('T-K10', '2022年区政府里行政复议最多的', ans([15], LG_T4, { reportsCompared: [1] })),

  // English.
  english(
    'T-E08',
    "What is the sum of Huaian's 2024 new requests and those carried over from the year before?",
    ans([3119 + 34], [3119, 34]),
  ),
  english(
    'T-E09',
    'What percentage of Muyang County 2025 requests were fully disclosed?',
    anyOf(ans([share(294, 718)], [294, 718]), ans([share(294, 713)], [294, 713]), CLARIFY),
  ),
  english('T-E10', 'Is Hongze 2024 table 3 balanced?', ans([], [95, 0])),
  english(
    'T-E11',
    'Which Guangdong organs reported administrative lawsuits in 2022?',
    ans([38], LG_T4, { reportsCompared: [1] }),
  ),
  english('T-E12', 'Beijing 2024 FOI requests received', NO_DATA),
  english('T-E13', 'How many rules did Huaian issue in 2024?', ans([1], [0, 11])),
  english('T-E14', 'Average administrative reconsiderations per report in 2024?', ans([(351 + 2) / 2], [351, 2, 353])),
  english(
    'T-K09',
    'Rank the 2020 reports by administrative licensing decisions',
    ans([8759, 12, 0], [220, 15, 19, 3], { reportsCompared: [3] }),
  ),

  // Traditional.
  traditional('T-H07', '淮安2024年復議後起訴的尚未審結', ans([6])),
  traditional('T-H08', '沐陽縣2025年行政復議維持率是多少', ans([share(27, 61)], [27, 61])),
  traditional('T-H09', '請問洪澤區2024年無法提供的有多少件', ans([32], [31, 1, 0])),
  traditional('T-H10', '龍華區數據局2020年政府集中採購項目數', ans([9], [yuan(456880)])),

  // Misspellings.
  misspelling('T-M07', '淮安2024年行政诉松多少', anyOf(ans([46], HA_T4), CLARIFY)),
  misspelling('T-M08', '南三区2020年新收', anyOf(ans([262], [236, 22, 4, 26]), CLARIFY)),
  misspelling('T-M09', '洪则区2024年不予公开', anyOf(ans([3], [1, 0]), CLARIFY)),
  misspelling('T-M10', '沐阳县2025年规范性文见', anyOf(ans([6], [1, 32]), CLARIFY)),

  // Not in the tables; relative years; chat; out of scope; no data.
  notInTables('T-N15', '淮安2024年政府信息公开申请的平均答复时间', SAFE),
  notInTables('T-N16', '沐阳县2025年依申请公开的收费标准是什么', SAFE),
  notInTables('T-N17', '洪泽区2024年行政复议的复议机关是哪个', SAFE),
  relativeYear('T-R10', '沐阳县前年的行政许可', NO_DATA),
  relativeYear('T-R11', '淮安市上一年的行政诉讼', anyOf(NO_DATA, ans([46], HA_T4))),
  relativeYear('T-R12', '洪泽区2024年不予公开比上年多还是少', ans([3], [diff(0), 1, pct(0)])),
  chat('T-C05', 'hello 👋', CHAT),
  chat('T-C06', '好的 明白了', CHAT),
  chat('T-C07', '帮助', CHAT),
  outOfScope('T-O05', '给我讲个笑话', NOT_A_NUMBER),
  outOfScope('T-O06', '怎么申请政府信息公开', NOT_A_NUMBER),
  noData('T-D19', '江苏省南京市玄武区2023年行政复议', NO_DATA),
  noData('T-D20', '广州市2024年行政许可', NO_DATA),
];

const turn = (question: string, expect: Expect, replyIn?: ReplyIn): Turn =>
  replyIn ? { question, expect, replyIn } : { question, expect };
const conversation = (id: string, turns: readonly Turn[], note?: string): Conversation =>
  note ? { id, class: 'conversation', turns, note } : { id, class: 'conversation', turns };

export const TENTH_CONVERSATIONS: readonly Conversation[] = [
  // Organ switch, then 差多少.
  conversation('T-V01', [
    turn('淮安2024年行政复议多少件', ans([351], HA_T4)),
    turn('那洪泽区呢', ans([2], HZ24_T4)),
    turn('差多少', ans([diff(351 - 2)], [351, 2])),
  ]),
  // A group, one sub-row of it, its share.
  conversation('T-V02', [
    turn('沐阳县2025年不予处理有多少', ans([19], SY_REFUSED)),
    turn('其中重复申请呢', ans([7], [6, 1])),
    turn('占比多少', anyOf(ans([share(7, 19)], [7, 19]), CLARIFY)),
  ]),
  // Year switch, a percentage change, then a reset clears the organ.
  conversation('T-V03', [
    turn('洪泽区2024年行政许可', ans([9487])),
    turn('2023年呢', ans([550])),
    turn('增长了百分之多少', percentChange(550, 9487, [9487, 550])),
    turn('重新开始', CHAT),
    turn('那2023年呢', NOT_A_NUMBER),
  ]),
  // Two sub-rows of table 四 over two turns, then their sum.
  conversation('T-V04', [
    turn('龙岗区2022年行政诉讼多少', ans([38], LG_T4)),
    turn('其中复议后起诉的尚未审结', ans([2])),
    turn('直接起诉的尚未审结呢', ans([11])),
    turn('两个加起来', ans([2 + 11], [2, 11])),
  ]),
  // 前者 / 后者.
  conversation('T-V05', [
    turn('淮安市2024年规范性文件制发几件', ans([8], [26, 66])),
    turn('废止呢', ans([26], [8, 66])),
    turn('前者和后者差多少', ans([diff(26 - 8)], [8, 26])),
  ]),
  // English follow-ups.
  conversation('T-V06', [
    turn('How many requests did Huaian receive in 2024?', ans([3119], HA_NEW), 'en'),
    turn('And from legal service agencies?', ans([61]), 'en'),
    turn('What share is that of the total?', ans([share(61, 3119)], [61, 3119]), 'en'),
  ]),
  // Crossed organ–year over turns, then a share of one in the other.
  conversation('T-V07', [
    turn('南山区2020年其他处理多少', ans([25], [24, 1])),
    turn('龙岗区2022年呢', ans([118], LG_OTHER)),
    turn('南山的是龙岗的百分之几', ans([share(25, 118)], [25, 118])),
  ]),
  // 纠正 of two organs, then whose 纠正率 is higher.
  conversation('T-V08', [
    turn('沐阳2025年行政复议纠正几件', ans([10])),
    turn('淮安2024年呢', ans([64])),
    turn('哪个纠正率高', ans([share(64, 351)], [share(10, 61), 10, 61, 64, 351])),
  ]),
  // Part 2. Figure, then organ (the figure kept), then 再算一下差多少.
  conversation('T-V09', [
    turn('洪泽区2024年直接起诉多少', ans([1], [0])),
    turn('复议后起诉呢', ans([3], [2, 1, 0])),
    turn('淮安市呢', ans([20], [12, 1, 6])),
    turn('再算一下差多少', ans([diff(20 - 3)], [20, 3])),
  ]),
  // Two applicant columns, then 后者是前者的几倍.
  conversation('T-V10', [
    turn('南山区2020年新收多少', ans([262], [236, 22, 4, 26])),
    turn('其中商业企业', ans([22])),
    turn('自然人呢', ans([236])),
    turn('后者是前者的几倍', ans([ratio(236 / 22)], [236, 22])),
  ]),
  // 差了几个 after two turns, a reset, a fresh organ.
  conversation('T-V11', [
    turn('沐阳县2025年部分公开', ans([101], [99, 2])),
    turn('予以公开呢', ans([294], [290, 1, 3])),
    turn('差了几个', ans([diff(294 - 101)], [294, 101])),
    turn('重新开始', CHAT),
    turn('龙岗区2022年部分公开多少', ans([36])),
  ]),
  // A whole-store question in the middle keeps no organ; the organ named again.
  conversation('T-V12', [
    turn('洪泽区2024年新收申请', ans([95], [0])),
    turn('你这里有哪些报告', ans([], [9, 8, 5, 4, 3, 2, 1])),
    turn('洪泽区2023年的呢', anyOf(ans([21], [0]), ans([], [1], { mustContain: ['洪泽'] }), CLARIFY)),
  ]),
  // English follow-ups; 南山's printed '/' is 0 or not read.
  conversation('T-V13', [
    turn('Longgang 2022 administrative reconsiderations?', ans([15], LG_T4), 'en'),
    turn('How many were corrected?', ans([2]), 'en'),
    turn('And Nanshan 2020?', anyOf(ans([0], [5]), SAFE), 'en'),
  ]),
  // 这家 after a ranking, then 另一家.
  conversation('T-V14', [
    turn('2024年哪个单位行政复议最多', ans([351], [2], { reportsCompared: [2] })),
    turn('这家的纠正率', ans([share(64, 351)], [64, 351])),
    turn('另一家呢', ans([share(1, 2)], [1, 2])),
  ]),
  // An organ without the year kept, its own year, then 两个加起来.
  conversation('T-V15', [
    turn('淮安2024年不予公开的行政执法案卷', ans([9])),
    turn('沐阳呢', anyOf(NO_DATA, ans([4]))),
    turn('2025年', ans([4])),
    turn('两个加起来', ans([9 + 4], [9, 4])),
  ]),
  // Traditional throughout, a percentage change.
  conversation('T-V16', [
    turn('洪澤區2024年行政強制多少', ans([84]), 'hant'),
    turn('2023年呢', ans([195]), 'hant'),
    turn('減少了百分之幾', percentChange(195, 84, [84, 195]), 'hant'),
  ]),
  // A greeting, two organs' money, their sum.
  conversation('T-V17', [
    turn('你好', CHAT),
    turn('龙岗区发改局2020年的集中采购金额', ans([yuan(5246500)], [3])),
    turn('龙华区数据局呢', ans([yuan(456880)], [9])),
    turn('两家加起来多少钱', ans([yuan(5246500 + 456880)], [yuan(5246500), yuan(456880)])),
  ]),
  // 第一个 / 第二个 over crossed years, then the percentage.
  conversation('T-V18', [
    turn('沐阳县2025年行政许可', ans([517645])),
    turn('淮安2024年呢', ans([447228])),
    turn('第一个比第二个多多少', ans([diff(517645 - 447228)], [517645, 447228])),
    turn('多百分之几', percentChange(447228, 517645, [517645, 447228])),
  ]),
];
