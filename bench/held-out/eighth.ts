// An eighth held-out set (`npm run held-out -- --set eighth`), written on 2026-12-07 (begun 01:01, finished 01:08
// UTC by `date -u`), blind: without reading src/answers, test/answers or the earlier sets' questions (only the shape of
// seventh.ts), and before the engine was run on any of it. The first seven sets have been fixed against; this one gives
// the honest figure. Same store, same scoring (see the header of questions.ts for the store). Written to favour rows the
// earlier sets asked rarely: every table 二 row (规章, 规范性文件, 许可, 处罚, 强制, 收费, 集中采购 and the 2019 template's
// 上一年项目数量 / 本年增减 columns), table 三's applicant columns and every 不予公开 / 无法提供 / 不予处理 / 其他处理
// sub-row, 上年结转, 结转下年度, 总计, and table 四's result columns for 复议, 直接起诉 and 复议后起诉; typed as people
// type in a disclosure office's group (short names, typos and homophones, Traditional characters, English, emoji,
// full-width digits, polite filler). Every expected value was read off the report text (data/reports,
// test/fixtures/real-reports); sums, shares and quotients are computed from printed figures. Where the right reading
// is unclear, the safe replies are accepted as well.
import type { Conversation, SingleQuestion, Turn } from './expect.js';
import {
  ans,
  anyOf,
  CHAT,
  CLARIFY,
  diff,
  type Expect,
  NO_DATA,
  pct,
  questionsOf,
  type ReplyIn,
  ratio,
  SAFE,
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

// Applicant columns of 新收 a reply may list (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, and 法人或其他组织
// summed).
const HA_NEW = [3001, 53, 0, 61, 4, 118];
const LG_NEW = [489, 51, 0, 8, 4, 63];
const NS_NEW = [236, 22, 0, 4, 26];
const SY_NEW = [705, 3, 0, 5, 8];
// 不予公开 sub-rows (国家秘密 … 行政查询事项) with their applicant columns.
const HA_DENIED = [2, 31, 30, 1, 5, 6, 8, 7, 12, 9, 105, 0];
const LG_DENIED = [1, 0, 7, 8, 5, 2, 10, 3];
const SY_DENIED = [0, 2, 13, 4, 9];
const HZ_DENIED = [1, 0];
// Table 四 of each report: 复议 维持/纠正/其他/尚未审结/总计, 直接起诉 the same, 复议后起诉 the same, and 诉讼 summed
// (both kinds, per column and in total).
const HA_T4 = [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20, 25, 5, 9, 7, 46];
const LG_T4 = [7, 2, 1, 5, 15, 19, 0, 2, 11, 32, 4, 0, 0, 2, 6, 23, 13, 38];
const SY_T4 = [27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10, 11, 13];
const HZ24_T4 = [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3, 4];
const NS_T4 = [5, 0, 1, 2, 3, 4];
// Table 二 of 南山区 2020 (2019 template): 上一年项目数量, 本年增/减 (either sign) and 处理决定数量.
const NS_LICENCE = [220, -19, 19, 8759];
const NS_PENALTY = [2078, 2668, 1767];
const NS_COERCION = [96, 89, 159];

export const EIGHTH_QUESTIONS: readonly SingleQuestion[] = [
  // Table 二: 规章, 规范性文件, 许可, 处罚, 强制, 收费, 采购 — every column.
  lookup('H-L01', '淮安市2024年规章本年制发了几件', ans([1], [0, 11])),
  lookup('H-L02', '麻烦问下淮安市政府24年规章现行有效件数是多少', ans([11], [1, 0])),
  lookup('H-L03', '淮安市2024年行政规范性文件废止了几件？', ans([26], [8, 66])),
  lookup('H-L04', '龙岗区2022年行政规范性文件本年废止件数', ans([11], [46, 136])),
  lookup('H-L05', '洪泽区2024年规范性文件现行有效多少件', ans([8], [3, 0])),
  lookup('H-L06', '南山区政府2020年规范性文件本年新制作数量', ans([8])),
  lookup('H-L07', '沐阳县2025年行政许可处理决定数量', ans([517645])),
  lookup('H-L08', '龙岗2022行政强制多少', ans([7749])),
  lookup('H-L09', '洪泽区2023年行政事业性收费金额', ans([yuan(77302800)])),
  lookup('H-L10', '沐阳县2025年行政事业性收费收了多少钱', ans([yuan(40682080)])),
  lookup('H-L11', '南山区2020年政府集中采购项目数量', ans([2502], [yuan(1708154000)])),
  lookup('H-L12', '龙岗区发改局2020年政府集中采购总金额是多少', ans([yuan(5246500)], [3])),
  lookup('H-L13', '南山区2020年行政许可上一年项目数量', ans([220], NS_LICENCE)),
  lookup('H-L14', '南山区2020年其他对外管理服务事项的处理决定数量', ans([199956], [430, -124, 124])),
  lookup('H-L15', '龙岗发改局2020年行政事业性收费本年增减', ans([diff(-16)], [41])),
  // Table 三: applicant columns.
  lookup('H-L16', '淮安市2024年新收申请中商业企业有几件', ans([53], HA_NEW)),
  lookup('H-L17', '淮安市2024年法律服务机构申请了几件', ans([61], HA_NEW)),
  lookup('H-L18', '龙岗区2022年科研机构提交的申请有多少', ans([0], LG_NEW)),
  lookup('H-L19', '沐阳县2025年社会公益组织申请数量', ans([0], SY_NEW)),
  lookup('H-L20', '南山区2020年新收申请里“其他”类法人或其他组织是几件', ans([4], NS_NEW)),
  // Table 三: 上年结转, 结转下年度, 总计.
  lookup('H-L21', '沐阳县2025年上年结转政府信息公开申请数量', ans([36])),
  lookup('H-L22', '龙岗区2022年上年结转的申请', ans([10], [9, 1])),
  lookup('H-L23', '洪泽区2024年结转下年度继续办理几件', ans([0])),
  lookup('H-L24', '淮安市2024年办理结果总计', ans([3050], [2932, 53, 0, 61, 4])),
  lookup('H-L25', '沐阳县2025年本年度办理结果总计多少件', ans([718], [710, 3, 0, 5])),
  // Table 三: every 不予公开 sub-row.
  lookup('H-L26', '淮安市2024年不予公开属于国家秘密的有几件', ans([2], [0])),
  lookup('H-L27', '淮安市2024年其他法律行政法规禁止公开', ans([31], [30, 1, 0])),
  lookup('H-L28', '沐阳县2025年不予公开中危及三安全一稳定的', ans([2], [0])),
  lookup('H-L29', '淮安市2024年保护第三方合法权益不予公开几件', ans([6], [0])),
  lookup('H-L30', '龙岗区2022年属于三类内部事务信息', ans([8], [5, 2, 1, 0])),
  lookup('H-L31', '沐阳县2025年属于四类过程性信息的不予公开', ans([2], [0])),
  lookup('H-L32', '淮安市2024年属于行政执法案卷', ans([9], [0])),
  lookup('H-L33', '淮安市2024年属于行政查询事项的有多少', ans([105], [0])),
  // 无法提供, 不予处理, 其他处理 sub-rows.
  lookup('H-L34', '龙岗区2022年本机关不掌握相关政府信息', ans([283], [246, 29, 0, 6, 2])),
  lookup('H-L35', '洪泽区2023年没有现成信息需要另行制作的', ans([3], [0])),
  lookup('H-L36', '淮安市2024年补正后申请内容仍不明确几件', ans([1], [0])),
  lookup('H-L37', '沐阳县2025年信访举报投诉类申请', ans([12], [0])),
  lookup('H-L38', '南山区2020年重复申请多少件', ans([4], [2, 0])),
  lookup('H-L39', '淮安市2024年要求提供公开出版物的申请', ans([0])),
  lookup('H-L40', '淮安市2024年无正当理由大量反复申请', ans([0])),
  lookup('H-L41', '淮安市2024年要求行政机关确认或重新出具已获取信息的', ans([1], [0])),
  lookup('H-L42', '沐阳县2025年申请人无正当理由逾期不补正的有几件', ans([9], [0])),
  lookup('H-L43', '淮安市2024年逾期未按收费通知要求缴纳费用的', ans([6], [0])),
  lookup('H-L44', '龙岗区2022年其他处理里“其他”那一项', ans([116], [97, 18, 0, 1])),
  lookup('H-L45', '南山区2020年其他处理', ans([25], [24, 1, 0])),
  lookup('H-L46', '龙岗区2022年其他处理一共多少', ans([118], [2, 0, 116, 99, 18, 1])),
  lookup('H-L59', '龙岗区2022年部分公开', ans([36], [0])),
  lookup('H-L60', '沐阳县2025年予以公开多少件', ans([294], [290, 1, 0, 3])),
  // Table 四: result columns.
  lookup('H-L47', '淮安市2024年行政复议结果维持', ans([72], HA_T4)),
  lookup('H-L48', '淮安市2024年行政复议其他结果几件', ans([178], HA_T4)),
  lookup('H-L49', '沐阳县2025年行政复议尚未审结', ans([15], SY_T4)),
  lookup('H-L50', '龙岗区2022年未经复议直接起诉结果维持', ans([19], LG_T4)),
  lookup('H-L51', '龙岗区2022年直接起诉尚未审结的有多少', ans([11], LG_T4)),
  lookup('H-L52', '淮安市2024年复议后起诉尚未审结', ans([6], HA_T4)),
  lookup('H-L53', '沐阳县2025年复议后起诉其他结果', ans([1], SY_T4)),
  lookup('H-L54', '淮安市2024年未经复议直接起诉结果纠正几件', ans([4], HA_T4)),
  lookup('H-L55', '南山区2020年未经复议直接起诉尚未审结', ans([1], NS_T4)),
  lookup('H-L56', '龙岗区2022年复议后起诉总计', ans([6], LG_T4)),
  lookup('H-L57', '洪泽区2024年复议后起诉其他结果', ans([1], HZ24_T4)),
  lookup('H-L58', '淮安市2024年行政复议总计多少件', ans([351], HA_T4)),

  // Everyday names for rows.
  figure('H-F01', '淮安市2024年因为涉及国家秘密没公开的有几件', ans([2], [0])),
  figure('H-F02', '洪泽区2024年查无此信息（本机关不掌握）的有几件', ans([31], [0])),
  figure('H-F03', '沐阳县2025年没交费所以不再处理的有多少', ans([7], [0])),
  figure('H-F04', '淮安市2024年让补正材料但没补的有多少件', ans([71], [67, 3, 0, 1])),
  figure('H-F05', '龙岗区2022年一共办结了多少件申请', ans([535], [473, 50, 0, 8, 4])),
  figure('H-F06', '淮安市2024年没办完要留到下一年的有几件', ans([103], [0])),
  figure('H-F07', '南山区2020年从上一年留下来的申请有几件', ans([6], [5, 1, 0])),
  figure('H-F08', '龙岗区2022年全部公开的有多少', ans([66], [63, 1, 0])),
  figure('H-F09', '沐阳县2025年要求提供出版物的申请有几件', ans([0])),
  figure('H-F10', '淮安市2024年批了多少件行政许可', ans([447228])),
  figure('H-F11', '沐阳县2025年新出台的规范性文件几件', ans([6], [1, 32])),
  figure('H-F12', '龙岗区2022年作废了几个规范性文件', ans([11], [46, 136])),
  figure('H-F13', '南山区2020年企业申请的有多少', ans([22], NS_NEW)),
  figure('H-F14', '淮安市2024年律师事务所之类的机构申请了几件', ans([61], HA_NEW)),
  figure('H-F15', '龙岗区2022年个人申请的有几件', ans([489], LG_NEW)),
  figure('H-F16', '淮安市2024年因为政府信息公开被告上法院的有多少件', ans([46], HA_T4)),
  figure('H-F17', '洪泽区2024年复议被纠正的几件', ans([1], HZ24_T4)),
  figure('H-F18', '沐阳县2025年还没判下来的行政诉讼有几件', ans([1], SY_T4)),
  figure('H-F19', '淮安市2024年信访类的申请没处理的有几件', ans([62], [56, 6, 0])),
  figure('H-F20', '南山区2020年罚款之类的行政处罚决定有多少', ans([1767], NS_PENALTY)),

  // Figures no table holds: a number only where the text prints it, else a safe reply.
  notInTables('H-N01', '淮安市2024年政府网站主动公开了多少条信息', anyOf(SAFE, ans([5500]))),
  notInTables('H-N02', '龙岗区2022年政府网站的浏览量是多少', anyOf(SAFE, ans([63530000]))),
  notInTables('H-N03', '洪泽区2024年区政府办自己受理了多少件申请', anyOf(SAFE, ans([17])), {
    note: 'the text says 区政府办代表区政府受理 17 件; the table (95) is not that figure',
  }),
  notInTables('H-N04', '淮安市2024年在运维的政务新媒体有多少个', anyOf(SAFE, ans([95]))),
  notInTables('H-N05', '南山区2020年开了几次联席会议', anyOf(SAFE, ans([8]))),
  notInTables('H-N06', '沐阳县2025年收了多少信息处理费', anyOf(SAFE, ans([yuan(380)], [1]))),
  notInTables('H-N07', '淮安市2024年全年收取的信息处理费是多少', anyOf(SAFE, ans([yuan(3940)]))),
  notInTables('H-N08', '龙岗区2022年负责政府信息公开的工作人员有几个人', SAFE),
  notInTables('H-N09', '南山区2020年的财政预算是多少', SAFE),
  notInTables('H-N10', '洪泽区2024年答复一件申请平均用了几天', SAFE),
  notInTables('H-N11', '淮安市2024年依申请公开的群众满意率是多少', SAFE),
  notInTables('H-N12', '沐阳县2025年开了几场新闻发布会', SAFE),
  notInTables('H-N13', '龙岗区2022年网络申请有多少件', anyOf(SAFE, ans([488]))),
  notInTables('H-N14', '淮安市2024年召开新闻发布会多少场', anyOf(SAFE, ans([12]))),
  notInTables('H-N15', '沐阳县2025年清理了多少条过期信息', anyOf(SAFE, ans([697]))),
  notInTables('H-N16', '南山区2020年的申请里当面提交的有多少', SAFE),
  notInTables('H-N17', '龙华区数据局2020年按期答复率', anyOf(SAFE, ans([pct(100)], [1]))),
  notInTables('H-N18', '洪泽区2023年网站主动公开政府信息多少条', anyOf(SAFE, ans([1136]))),

  // Relative years (去年 / 前年 from the clock, 2026, or from the latest year held, 2025).
  relativeYear('H-R01', '沐阳县去年收到多少申请', anyOf(ans([713], SY_NEW), NO_DATA)),
  relativeYear('H-R02', '淮安市前年行政许可多少', anyOf(ans([447228]), NO_DATA)),
  relativeYear('H-R03', '洪泽区前年的行政处罚是多少', anyOf(ans([2776]), ans([4119]), NO_DATA)),
  relativeYear('H-R04', '洪泽区2024年比上一年新收申请多了多少', ans([diff(74)], [95, 21, pct(352.4), ratio(4.524)])),
  relativeYear('H-R05', '上一年的呢', SAFE, { note: 'no organ, no year, no row: nothing to go on' }),
  relativeYear('H-R06', '龙岗区2022年的上一年收到了多少申请', anyOf(NO_DATA, CLARIFY), {
    note: '龙岗区 has no 2021 report (龙岗数据局 2021 is another organ); the 187.5% of the text is not a count',
  }),
  relativeYear('H-R07', '洪泽区2023年的下一年行政强制是多少', ans([84])),
  relativeYear('H-R08', '淮安市今年收到多少申请', anyOf(NO_DATA, CLARIFY)),
  relativeYear('H-R09', '沐阳县前年的行政复议', NO_DATA),
  relativeYear('H-R10', '洪泽区最近一年的行政复议总计', ans([2], HZ24_T4)),
  relativeYear('H-R11', '洪泽区最早那年的规范性文件现行有效件数', ans([5], [0])),
  relativeYear('H-R12', '淮安市大前年的行政处罚', NO_DATA),
  relativeYear('H-R13', '洪泽区2024年上年结转的申请是多少', ans([0]), {
    note: '上年结转 is a row of table 三, not a relative year',
  }),
  relativeYear('H-R14', '沐阳县去年的行政诉讼一共几件', anyOf(ans([13], SY_T4), NO_DATA)),
  relativeYear(
    'H-R15',
    '前年淮安市和洪泽区谁收到的申请多',
    anyOf(ans([3119], [95], { reportsCompared: [2] }), ans([21]), NO_DATA, CLARIFY),
  ),

  // Arithmetic: differences, sums, ratios, shares, averages, changes — every figure printed or computed from printed ones.
  arithmetic('H-A01', '淮安市2024年行政处罚比行政许可多多少', ans([diff(3538530)], [3985758, 447228])),
  arithmetic('H-A02', '龙岗区2022年予以公开和部分公开加起来多少', ans([102], [66, 36])),
  arithmetic('H-A03', '沐阳县2025年不予公开加无法提供一共多少件', ans([145], [32, 113, ...SY_DENIED, 111])),
  arithmetic('H-A04', '淮安市2024年不予处理占办理结果总计的百分比', ans([pct(2.9)], [88, 3050])),
  arithmetic('H-A05', '龙岗区2022年无法提供里本机关不掌握的占比', ans([pct(99.3)], [283, 285, 2, 0])),
  arithmetic('H-A06', '洪泽区2024年行政强制比2023年少了多少', ans([diff(-111)], [84, 195, pct(-56.9), pct(56.9)])),
  arithmetic('H-A07', '淮安市2024年行政处罚是行政许可的几倍', ans([ratio(8.912)], [3985758, 447228])),
  arithmetic('H-A08', '深圳2020年三家单位的予以公开加起来是多少', ans([102], [100, 2, 0, 3])),
  arithmetic('H-A09', '淮安市2024年行政复议的纠正率是多少', ans([pct(18.2)], [64, 351])),
  arithmetic('H-A10', '沐阳县2025年行政复议结果维持占复议总数的比例', ans([pct(44.3)], [27, 61])),
  arithmetic('H-A11', '龙岗区2022年直接起诉里尚未审结的占多少', ans([pct(34.4)], [11, 32])),
  arithmetic('H-A12', '淮安市2024年平均每月新收多少申请', ans([ratio(259.92)], [3119, 12])),
  arithmetic('H-A13', '洪泽区2023年和2024年的行政许可合计', ans([10037], [550, 9487])),
  arithmetic('H-A14', '龙岗区2022年规范性文件制发数减去废止数', ans([35], [46, 11])),
  arithmetic('H-A15', '淮安市2024年规范性文件废止的比制发的多几件', ans([diff(18)], [26, 8])),
  arithmetic('H-A16', '沐阳县2025年的规范性文件现行有效件数比洪泽区2024年多多少', ans([diff(24)], [32, 8, ratio(4)])),
  arithmetic(
    'H-A17',
    '2024年淮安市的行政事业性收费比洪泽区多多少',
    ans([yuan(886266000)], [yuan(961716000), yuan(75450000), ratio(12.746)]),
  ),
  arithmetic('H-A18', '淮安市2024年新收申请是沐阳县2025年的几倍', ans([ratio(4.374)], [3119, 713])),
  arithmetic('H-A19', '龙岗区2022年商业企业申请占新收的比例', ans([pct(9.2)], [51, 552])),
  arithmetic('H-A20', '淮安市2024年法律服务机构的申请占全部新收的百分之几', ans([pct(2.0)], [61, 3119])),
  arithmetic('H-A21', '南山区2020年法人或其他组织一共申请了多少件', ans([26], [22, 4, 0])),
  arithmetic('H-A22', '龙岗区2022年结转下年度的占新收加上年结转的比例', ans([pct(4.8)], [27, 562, 552, 10])),
  arithmetic('H-A23', '龙岗区2022年行政复议和行政诉讼一共多少件', ans([53], LG_T4)),
  arithmetic('H-A24', '沐阳县2025年两类行政诉讼合计', ans([13], SY_T4)),
  arithmetic('H-A25', '洪泽区2024年复议加诉讼总共几件', ans([6], HZ24_T4)),
  arithmetic('H-A26', '淮安市2024年平均每天作出多少行政许可决定', ans([ratio(1221.93)], [447228, 366])),
  arithmetic('H-A27', '龙岗发改局2020年行政许可和其他对外管理服务事项的处理决定加起来', ans([961], [12, 949])),
  arithmetic('H-A28', '2024年淮安市和洪泽区的行政处罚平均每家多少', ans([ratio(1994267)], [3988534, 3985758, 2776, 2])),
  arithmetic('H-A29', '沐阳县2025年自然人申请占新收的比例', ans([pct(98.9)], [705, 713])),
  arithmetic('H-A30', '淮安市2024年无法提供比不予公开多多少件', ans([diff(603)], [781, 178])),
  arithmetic('H-A31', '洪泽区2024年新收申请是2023年的几倍', ans([ratio(4.524)], [95, 21])),
  arithmetic(
    'H-A32',
    '南山区2020年政府集中采购平均每个项目多少钱',
    anyOf(ans([ratio(682715.43)], [yuan(1708154000), 2502]), ans([ratio(68.2715)], [yuan(1708154000), 2502])),
  ),
  arithmetic(
    'H-A33',
    '龙华区数据局2020年集中采购平均每项多少元',
    anyOf(ans([ratio(50764.44)], [yuan(456880), 9]), ans([ratio(5.0764)], [yuan(456880), 9])),
  ),
  arithmetic('H-A34', '淮安市2024年复议和诉讼加在一起是多少件', ans([397], HA_T4)),
  arithmetic('H-A35', '龙岗区2022年部分公开占办理结果总计的比例', ans([pct(6.7)], [36, 535])),
  arithmetic('H-A36', '沐阳县2025年其他处理占总计多少', ans([pct(22.1)], [159, 718, 9, 7, 143])),
  arithmetic(
    'H-A37',
    '淮安市2024年和沐阳县2025年的不予公开合计',
    anyOf(ans([210], [178, 32, ...HA_DENIED, ...SY_DENIED]), SAFE),
  ),
  arithmetic(
    'H-A38',
    '洪泽区规范性文件现行有效件数2024年比2023年增长了百分之多少',
    ans([pct(60)], [8, 5, 3, ratio(1.6)]),
  ),
  arithmetic('H-A39', '淮安市2024年予以公开占办理结果总计的比例', ans([pct(44.7)], [1362, 3050])),
  arithmetic('H-A40', '2020年深圳那三家单位平均每家部分公开几件', ans([ratio(16.667)], [50, 49, 1, 0, 3])),
  arithmetic('H-A41', '淮安市2024年行政处罚加上行政强制是多少', ans([4074041], [3985758, 88283])),
  arithmetic('H-A42', '龙岗区2022年行政许可、处罚、强制三项加总', ans([58241], [16103, 34389, 7749])),

  // Crossed organ–year pairs.
  crossed('H-C01', '龙岗区2020年和南山区2022年的新收申请', anyOf(NO_DATA, CLARIFY)),
  crossed('H-C02', '南山区2020年和龙岗区2022年新收申请分别多少', ans([262, 552], [...NS_NEW, ...LG_NEW])),
  crossed('H-C03', '淮安市2024年、洪泽区2023年的行政处罚各是多少', ans([3985758, 4119])),
  crossed('H-C04', '洪泽区2023年跟沐阳县2025年的不予公开各多少件', ans([3, 32], [...HZ_DENIED, ...SY_DENIED])),
  crossed('H-C05', '淮安市2023年和洪泽区2024年的行政许可', anyOf(ans([9487]), NO_DATA, CLARIFY), {
    note: '淮安市 has no 2023 report; 洪泽区 2024 is 9487',
  }),
  crossed('H-C06', '龙岗区2022年的行政复议总计，南山区2020年的呢', ans([15, 5], [...LG_T4, ...NS_T4])),
  crossed('H-C07', '南山区2022年收到几件申请', NO_DATA),
  crossed('H-C08', '沐阳县2024年行政许可多少', NO_DATA),
  crossed('H-C09', '龙岗区发改局2022年的新收申请', NO_DATA),
  crossed('H-C10', '龙岗区数据局2020年的规范性文件', NO_DATA),
  crossed('H-C11', '龙华区数据局2021年收到多少申请', NO_DATA),
  crossed('H-C12', '淮安市2024年新收比龙岗区2022年多多少', ans([diff(2567)], [3119, 552])),
  crossed('H-C13', '洪泽区2023年和2024年的予以公开各是多少', ans([0, 50])),

  // Filters, lists and zero-lists.
  filter('H-P01', '2020年哪些单位收到的申请超过10件', ans([262], [4, 1, 3])),
  filter('H-P02', '2024年哪些单位的行政复议不为0', ans([351, 2], [...HA_T4, ...HZ24_T4])),
  filter('H-P03', '深圳的区政府有哪几份报告', ans([], [2, 5], { mustContain: ['龙岗区', '南山区'] })),
  filter('H-P04', '有哪些部门的年报', ans([], [3, 2, 1], { mustContain: ['发展和改革局', '数据管理局'] })),
  filter('H-P05', '江苏的年报有几份', ans([4], [3, 2, 1])),
  filter('H-P06', '广东省一共有多少份报告', ans([5], [4, 3, 2, 1])),
  filter('H-P07', '2020年哪些单位没有行政复议', ans([0], [5, 2, 3])),
  filter('H-P08', '哪些单位的规章现行有效件数不是0', ans([11], [1, 0, 9])),
  filter('H-P09', '2024年结转下年度不为零的单位', ans([103], [0, 1, 2])),
  filter('H-P10', '收到申请超过500件的单位有哪些', ans([552, 3119, 713], [3, 9, 262, 95, 21, 4, 1, 0])),
  filter('H-P11', '有哪些县的报告', ans([], [1], { mustContain: ['沐阳'] })),
  filter('H-P12', '淮安下面有哪些区的报告', ans([], [1, 2], { mustContain: ['洪泽'] })),
  filter('H-P13', '2024年行政事业性收费超过1亿元的单位', ans([yuan(961716000)], [yuan(75450000), 1, 2])),
  filter('H-P14', '沐阳县2025年不予公开的哪几项是0', ans([0], [...SY_DENIED, 32, 2, 6])),
  filter('H-P15', '龙岗区2022年不予处理有哪几项不是0', ans([], [0, 5])),

  // Levels, places and departments.
  filter('H-P16', '区级政府2020年新收申请合计', ans([262], NS_NEW)),
  filter('H-P17', '街道一级的报告有吗', anyOf(NO_DATA, SAFE, ans([], [0]))),
  filter('H-P18', '县级政府2025年收到多少申请', ans([713], SY_NEW)),
  filter('H-P19', '市级政府2024年的行政复议总计', ans([351], HA_T4)),
  filter('H-P20', '深圳各部门2020年新收申请加起来', ans([5], [4, 1, 2])),
  filter('H-P21', '淮安2024年行政许可合计', anyOf(ans([456715], [447228, 9487, 2]), ans([447228]), CLARIFY), {
    note: '淮安市 and its district 洪泽区 both report 2024; 淮安市人民政府 reports for 全市, so its figure alone is a reading too',
  }),
  filter('H-P22', '广东2022年行政处罚', ans([34389], [1])),
  // Checks (勾稽): the report's own sums.
  filter(
    'H-P23',
    '淮安市2024年表三的勾稽关系对不对',
    ans([], [3119, 34, 3153, 3050, 103, 1, 2], { mustNotContain: ['不一致', '不平'] }),
    {
      note: 'a count of the reports checked may be stated: 淮安市 read as the place holds two 2024 reports, both balance',
    },
  ),
  filter('H-P24', '龙华区数据局2020年的数据有没有问题', ans([], [1, 0], { mustContain: ['不'] }), {
    note: '新收 1 + 上年结转 0 = 1, but 总计 0 + 结转 0 = 0',
  }),
  filter(
    'H-P25',
    '沐阳县2025年表三平不平',
    ans([], [713, 36, 749, 718, 31, 1], { mustNotContain: ['不一致', '不平'] }),
  ),

  // Rankings (one year's reports unless all are asked).
  ranking('H-K01', '2020年哪个单位行政许可最多', ans([8759], [12, 0], { reportsCompared: [3] })),
  ranking('H-K02', '2024年淮安和洪泽谁的行政处罚多', ans([3985758], [2776], { reportsCompared: [2] })),
  ranking('H-K03', '2020年三家单位按新收申请从高到低排一下', ans([262, 4, 1], [], { reportsCompared: [3] })),
  ranking('H-K04', '2024年哪个单位的行政复议最少', ans([2], [351], { reportsCompared: [2] })),
  ranking(
    'H-K05',
    '2020年谁的政府集中采购金额最高',
    ans([yuan(1708154000)], [yuan(5246500), yuan(456880), 2502, 3, 9], { reportsCompared: [3] }),
  ),
  ranking(
    'H-K06',
    '所有报告里行政处罚最多的是哪家',
    anyOf(ans([3985758], [34389, 1767, 0, 2776, 4119, 693957, 9]), CLARIFY),
  ),
  ranking('H-K07', '2022年哪个单位收到的申请最多', ans([552], LG_NEW, { reportsCompared: [1] })),
  ranking('H-K08', '2020年本机关不掌握最多的是谁', ans([51], [1, 0, 44, 7], { reportsCompared: [3] })),
  ranking('H-K09', '2024年规范性文件现行有效件数哪家多', ans([66], [8], { reportsCompared: [2] })),
  ranking('H-K10', '2024年行政复议结果纠正最多的单位', ans([64], [1], { reportsCompared: [2] })),
  ranking('H-K11', '新收申请最多的前三个单位', anyOf(ans([3119, 713, 552], [262, 95, 21, 4, 1, 0, 9]), CLARIFY)),
  ranking('H-K12', '2020年结转下年度最多的单位', ans([33], [1, 0, 30, 3], { reportsCompared: [3] })),

  // Greetings, thanks, help.
  chat('H-H01', '你好', CHAT),
  chat('H-H02', '谢谢🙏', CHAT),
  chat('H-H03', '你都能查些什么？', CHAT),
  chat('H-H04', '在吗', CHAT),
  chat('H-H05', '辛苦了，多谢帮忙', CHAT),
  chat('H-H06', '早上好☀️', CHAT),
  chat('H-H07', 'help', CHAT),
  chat('H-H08', '重新开始', CHAT),

  // Traditional characters (replies in Traditional).
  traditional('H-T01', '龍崗區2022年本年新收政府信息公開申請數量', ans([552], LG_NEW)),
  traditional('H-T02', '南山區2020年不予處理有幾件', ans([5], [1, 4, 2, 0])),
  traditional('H-T03', '淮安市2024年行政復議結果糾正幾件', ans([64], HA_T4)),
  traditional('H-T04', '沐陽縣2025年行政規範性文件現行有效件數', ans([32], [6, 1])),
  traditional('H-T05', '洪澤區2024年行政強制', ans([84])),
  traditional('H-T06', '龍崗區2022年結轉下年度繼續辦理', ans([27], [25, 2, 0])),
  traditional('H-T07', '淮安市2024年無法提供總共多少', ans([781], [769, 11, 1, 758, 12, 0, 10])),
  traditional('H-T08', '龍崗區2022年行政訴訟總共多少', ans([38], LG_T4)),
  traditional('H-T09', '南山區2020年政府集中採購金額', ans([yuan(1708154000)], [2502])),
  traditional('H-T10', '淮安市2024年重複申請幾件', ans([25], [0])),
  traditional('H-T11', '沐陽縣2025年其他處理一共多少', ans([159], [9, 7, 143, 142, 1, 0])),
  traditional('H-T12', '洪澤區2023年規範性文件廢止件數', ans([5], [0])),
  traditional('H-T13', '龍崗區2022年予以公開佔總計的比例', ans([pct(12.3)], [66, 535])),
  traditional('H-T14', '淮安市2024年上年結轉多少', ans([34], [0])),
  traditional('H-T15', '2020年哪個單位部分公開最多', ans([49], [1, 0, 42, 3, 4], { reportsCompared: [3] })),

  // Typos, homophones, full-width digits.
  misspelling('H-M01', '龙岗去2022年新收申请多少', ans([552], LG_NEW)),
  misspelling('H-M02', '难山区2020年予以公开几件', ans([100], [93, 6, 1, 0])),
  misspelling('H-M03', '淮按市2024年不予公开', ans([178], HA_DENIED)),
  misspelling('H-M04', '洪则区2024年部分公开多少', ans([9], [0])),
  misspelling('H-M05', '沭阳县2025年结转下年度继续办理', ans([31], [0])),
  misspelling('H-M06', '龙刚区2022年行政处罚', ans([34389])),
  misspelling('H-M07', '南删区2020年行政强制处理决定数量', ans([159], NS_COERCION)),
  misspelling('H-M08', '淮安市2024年行政复意总计', ans([351], HA_T4)),
  misspelling('H-M09', '龙岗区2022年不予工开一共几件', ans([30], LG_DENIED)),
  misspelling('H-M10', '洪泽区2024年行政许克', ans([9487])),
  misspelling('H-M11', '淮安市2024年上年节转', ans([34], [0])),
  misspelling('H-M12', '沐阳县2025年行政诉松', ans([13], SY_T4)),
  misspelling('H-M13', '龙岗区2022年规范性文件现形有效', ans([136], [46, 11])),
  misspelling('H-M14', '南山区2020年本机关不掌我相关信息', ans([51], [44, 7, 0])),
  misspelling('H-M15', '淮安市２０２４年行政强制', ans([88283])),
  misspelling('H-M16', '龙岗区２０２２年行政事业性收费', ans([yuan(22293.4)])),

  // English (replies in English).
  english('H-E01', 'How many new information disclosure requests did Huaian receive in 2024?', ans([3119], HA_NEW)),
  english('H-E02', 'Longgang district 2022 administrative reconsideration total', ans([15], LG_T4)),
  english('H-E03', "What was Nanshan's carry-over to next year in 2020?", ans([33], [30, 3, 0])),
  english('H-E04', 'Shuyang 2025 administrative penalties', ans([693957])),
  english('H-E05', 'Hongze 2024 lawsuits filed after reconsideration', ans([3], HZ24_T4)),
  english('H-E06', 'How much in administrative fees did Huaian collect in 2024?', ans([yuan(961716000)])),
  english('H-E07', "What share of Longgang's 2022 requests came from natural persons?", ans([pct(88.6)], [489, 552])),
  english(
    'H-E08',
    'Difference between Huaian 2024 and Hongze 2024 administrative licensing decisions',
    ans([diff(437741)], [447228, 9487]),
  ),
  english('H-E09', 'Which 2024 report had more administrative coercion?', ans([88283], [84], { reportsCompared: [2] })),
  english('H-E10', 'Did Hongze receive any requests in 2023?', ans([21], [0])),
  english('H-E11', 'Longgang 2022: requests withheld to protect third-party rights', ans([7], [0])),
  english('H-E12', 'Huaian 2024 petition or complaint type requests not processed', ans([62], [56, 6, 0])),
  english('H-E13', 'Shuyang 2025 reconsideration results upheld', ans([27], SY_T4)),
  english('H-E14', 'Nanshan 2020 normative documents', ans([8])),
  english('H-E15', 'Longgang 2023 new requests', NO_DATA),
  english('H-E16', 'Huaian 2024 requests carried over from the previous year', ans([34], [0])),

  // Reports the store does not hold.
  noData('H-D01', '福田区2022年新收申请多少', SAFE),
  noData('H-D02', '广州市2023年政府信息公开申请', SAFE),
  noData('H-D03', '龙岗区2023年的行政复议', NO_DATA),
  noData('H-D04', '淮安市2025年新收申请', NO_DATA),
  noData('H-D05', '洪泽区2022年行政许可', NO_DATA),
  noData('H-D06', '南山区2021年结转下年度', NO_DATA),
  noData('H-D07', '盐城市2024年行政处罚多少', SAFE),
  noData('H-D08', '江苏省人民政府2024年收到的申请', SAFE),
  noData('H-D09', '深圳市人民政府2022年年报里的行政复议', SAFE),
  noData('H-D10', '宝安区2020年规范性文件', SAFE),
  noData('H-D11', '清江浦区2024年不予公开', SAFE),
  noData('H-D12', '龙岗区2019年政府信息公开申请数', NO_DATA),

  // Out of scope and not understood.
  outOfScope('H-O01', '明天深圳天气怎么样', SAFE),
  outOfScope('H-O02', '帮我写一份2025年的政府信息公开年报', SAFE),
  outOfScope('H-O03', '政府信息公开条例第几条规定了年报？', SAFE),
  outOfScope('H-O04', '你是谁开发的', anyOf(CHAT, SAFE)),
  outOfScope('H-O05', '附近有什么好吃的', SAFE),
  outOfScope('H-O06', '1+1等于几', SAFE),
  outOfScope('H-O07', '淮安市的股票代码', SAFE),
  outOfScope('H-O08', 'How do I file an information disclosure request?', SAFE),
  outOfScope('H-O09', 'asdfjkl;', SAFE),
  outOfScope('H-O10', '查一下', SAFE),
  outOfScope('H-O11', '那个数呢？', SAFE),
  outOfScope('H-O12', '？？？', anyOf(SAFE, CHAT), { note: 'a help reply is as good as not understood' }),
];

const turn = (question: string, expect: Expect, replyIn?: ReplyIn, note?: string): Turn => ({
  question,
  expect,
  ...(replyIn ? { replyIn } : {}),
  ...(note ? { note } : {}),
});
const conversation = (id: string, turns: Conversation['turns']): Conversation => ({
  id,
  class: 'conversation',
  turns,
});

export const EIGHTH_CONVERSATIONS: readonly Conversation[] = [
  conversation('H-V01', [
    turn('淮安市2024年行政复议多少件', ans([351], HA_T4)),
    turn('其中结果纠正的呢', ans([64], HA_T4)),
    turn('纠正的占复议总数多少', ans([pct(18.2)], [64, 351])),
    turn(
      '那沐阳县2025年呢',
      anyOf(ans([pct(16.4)], [10, 61]), ans([10], SY_T4), CLARIFY),
      undefined,
      'the share again (10 / 61), or the 纠正 count',
    ),
  ]),
  conversation('H-V02', [
    turn('龙岗区2022年商业企业申请几件', ans([51], LG_NEW)),
    turn('那南山呢', anyOf(ans([22], NS_NEW), NO_DATA, CLARIFY), undefined, '南山区 holds 2020 only'),
    turn('再算一下差多少', anyOf(ans([diff(29)], [51, 22]), SAFE)),
  ]),
  conversation('H-V03', [
    turn('洪泽区2024年不予公开几件', ans([3], HZ_DENIED)),
    turn('换成2023年', ans([3], HZ_DENIED)),
    turn('两年加起来', ans([6], [3, ...HZ_DENIED])),
  ]),
  conversation('H-V04', [
    turn('你好👋', CHAT),
    turn('沐阳县2025年行政诉讼一共几件', ans([13], SY_T4)),
    turn('其中未经复议直接起诉的', ans([3], SY_T4)),
    turn('好的，谢谢', CHAT),
  ]),
  conversation('H-V05', [
    turn('南山区2020年行政处罚处理决定数量', ans([1767], NS_PENALTY)),
    turn('上一年项目数量呢', ans([2078], NS_PENALTY), undefined, 'a column of the 2019 template, not 2019'),
    turn('行政强制的呢', anyOf(ans([96], NS_COERCION), ans([159], NS_COERCION))),
  ]),
  conversation('H-V06', [
    turn('淮安市2024年新收申请多少', ans([3119], HA_NEW)),
    turn('其中自然人', ans([3001], HA_NEW)),
    turn('占多少', ans([pct(96.2)], [3001, 3119])),
    turn('重新开始', CHAT),
    turn('占多少', SAFE, undefined, 'after the reset there is nothing to take a share of'),
  ]),
  conversation('H-V07', [
    turn('龙岗区2022年行政许可', ans([16103])),
    turn('处罚呢', ans([34389])),
    turn('强制呢', ans([7749])),
    turn('三个加起来', ans([58241], [16103, 34389, 7749])),
  ]),
  conversation('H-V08', [
    turn('我是淮安市政府办的小王', anyOf(CHAT, SAFE)),
    turn('我们市2024年收到多少申请', anyOf(ans([3119], HA_NEW), CLARIFY), undefined, '我们市 = 淮安市, said before'),
    turn('下面洪泽区呢', anyOf(ans([95], [0]), CLARIFY)),
  ]),
  conversation('H-V09', [
    turn('2020年哪个单位新收申请最多', ans([262], [4, 1], { reportsCompared: [3] })),
    turn('最少的呢', ans([1], [262, 4], { reportsCompared: [3] })),
    turn('两者差多少', ans([diff(261)], [262, 1])),
  ]),
  conversation('H-V10', [
    turn('沐阳县2025年规范性文件制发几件', ans([6], [1, 32])),
    turn('废止呢', ans([1], [6, 32])),
    turn('现行有效呢', ans([32], [6, 1])),
    turn('淮安市2024年废止的呢', ans([26], [8, 66])),
    turn('两家废止的合计', ans([27], [1, 26])),
  ]),
  conversation('H-V11', [
    turn('洪泽区2024年行政事业性收费', ans([yuan(75450000)])),
    turn('前一年呢', ans([yuan(77302800)])),
    turn(
      '减少了多少',
      anyOf(
        ans([yuan(1852800)], [yuan(75450000), yuan(77302800), pct(-2.4), pct(2.4)]),
        ans([yuan(-1852800)], [yuan(75450000), yuan(77302800), pct(-2.4), pct(2.4)]),
      ),
    ),
  ]),
  conversation('H-V12', [
    turn('龙岗区2022年不予公开', ans([30], LG_DENIED)),
    turn('其中保护第三方合法权益的', ans([7], LG_DENIED)),
    turn('四类过程性信息呢', ans([10], LG_DENIED)),
    turn('这两项占不予公开的比例', anyOf(ans([pct(56.7)], [7, 10, 17, 30]), SAFE)),
  ]),
  conversation('H-V13', [
    turn('南山区2020年行政复议', ans([5], NS_T4)),
    turn('行政诉讼呢', ans([4], NS_T4)),
    turn('龙岗区2022年呢', ans([38], LG_T4)),
    turn('重新开始吧', CHAT),
    turn('行政诉讼呢', SAFE),
  ]),
  conversation('H-V14', [
    turn('Huaian 2024 administrative licensing decisions', ans([447228]), 'en'),
    turn('And Hongze?', ans([9487]), 'en'),
    turn('How many times larger is Huaian?', ans([ratio(47.14)], [447228, 9487]), 'en'),
  ]),
  conversation('H-V15', [
    turn('淮安市2024年不予处理里信访举报投诉类', ans([62], [56, 6, 0])),
    turn('商业企业的有几件', ans([6], [56, 62, 0])),
    turn('自然人的呢', ans([56], [6, 62, 0])),
  ]),
  conversation('H-V16', [
    turn('洪泽区2023年予以公开', ans([0])),
    turn('部分公开呢', ans([4], [0])),
    turn('2024年的部分公开', ans([9], [0])),
    turn('增加了多少', ans([diff(5)], [4, 9, pct(125), ratio(2.25)])),
  ]),
  conversation('H-V17', [
    turn('龙岗区发改局2020年新收申请', ans([4])),
    turn('结转下年度呢', ans([1])),
    turn(
      '它的勾稽关系对得上吗',
      ans([], [4, 0, 1, 5], { mustContain: ['不'] }),
      undefined,
      '新收 4 + 上年结转 0 = 4, but 总计 4 + 结转 1 = 5: the report does not balance',
    ),
  ]),
];
