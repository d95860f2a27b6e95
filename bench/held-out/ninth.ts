// A ninth held-out set (`npm run held-out -- --set ninth`), written on 2026-12-07 (begun 06:13 UTC by `date -u`),
// blind: without reading src/answers, test/answers or the earlier sets' questions (only the shape of eighth.ts's first
// lines, expect.ts, score.ts, store.ts and run.ts), and before the engine was run on any of it. The first eight sets have
// been fixed against; this one gives the honest figure. Same store (five sample reports, four real text reports of
// 江苏: 淮安市 2024, 洪泽区 2023 and 2024, 沐阳县 2025), same scoring. Every expected value was read off the report text
// (data/reports, test/fixtures/real-reports); sums, shares and quotients are written as the arithmetic on printed
// figures. Emphasis: the real reports at least as often as the samples, table 二's rows, table 三's applicant columns
// and sub-rows, table 四's result columns, two or three filters together, zero-lists, shares of a sub-row in its group,
// words people use rather than table labels, checks (勾稽), and conversations of 3–5 turns with running arithmetic,
// pronouns, resets and a whole-store question in the middle. Where the right reading is unclear, the safe replies are
// accepted as well; 去年 / 前年 may be read from the clock (2026) or from the organ's latest report.
//
// Two reports do not balance as printed, and the checks expect that said: 龙岗区发展和改革局 2020 (新收 4 + 上年结转 0
// = 4, but 总计 4 + 结转下年度 1 = 5) and 龙华区政务服务数据管理局 2020 (the 总计 column: 新收 1, but 总计 0).
// 洪泽区 2023's table 四 is garbled by the layout extraction (10 1 0 0 0 …) and is not asked.
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

// 新收 applicant columns (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 法人或其他组织 summed, 总计).
const HA_NEW = [3001, 53, 0, 61, 4, 118, 3119];
const LG_NEW = [489, 51, 0, 8, 4, 63, 552];
const NS_NEW = [236, 22, 4, 26, 262];
const SY_NEW = [705, 3, 0, 5, 8, 713];
// Table 四, per report: 复议 维持/纠正/其他/尚未审结/总计, 直接起诉 the same, 复议后起诉 the same, and 诉讼 per column and in total.
const HA_T4 = [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20, 25, 5, 9, 7, 46];
const LG_T4 = [7, 2, 1, 5, 15, 19, 0, 2, 11, 32, 4, 0, 0, 2, 6, 23, 13, 38];
const SY_T4 = [27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10, 11, 13];
const HZ24_T4 = [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3, 4];
const NS_T4 = [5, 0, 1, 2, 3, 4];
// 不予公开 sub-rows (国家秘密 … 行政查询事项) and applicant splits where they are not all 自然人.
const HA_DENIED = [2, 31, 30, 1, 5, 6, 8, 7, 12, 9, 105, 0];
const LG_DENIED = [1, 0, 7, 8, 5, 2, 10, 3];
const SY_DENIED = [0, 2, 13, 4, 9];
// 不予处理 and 其他处理 sub-rows.
const HA_REFUSED = [62, 56, 6, 25, 0, 1];
const HA_OTHER = [71, 67, 3, 1, 6, 110, 108, 2];
const SY_OTHER = [9, 7, 143, 142, 1];
// A change reply may state the percentage beside the difference: 洪泽区 新收 2023 → 2024 is +352.4%.
const PCT_HZ_NEW = pct(((95 - 21) / 21) * 100);

export const NINTH_QUESTIONS: readonly SingleQuestion[] = [
  // Table 二: 规章, 规范性文件, 许可, 处罚, 强制, 收费, 集中采购, and the 2019 template's columns.
  lookup('I-L01', '淮安市24年规章现行有效几件？', ans([11], [1, 0])),
  lookup('I-L02', '请问淮安市政府2024年新出了几个规范性文件', ans([8], [26, 66])),
  lookup('I-L03', '沐阳县2025年行政规范性文件现行有效的有多少', ans([32], [6, 1])),
  lookup('I-L04', '沭阳2025年规范性文件废止了几件', ans([1], [6, 32])),
  lookup('I-L05', '洪泽区2023年作废了几个规范性文件', ans([5], [0, 5])),
  lookup('I-L06', '龙岗区2022年规章本年制发多少件', ans([0], [0])),
  lookup('I-L07', '淮安市2024年行政许可批了多少个', ans([447228])),
  lookup('I-L08', '洪泽2024年行政处罚决定数', ans([2776])),
  lookup('I-L09', '沐阳县２０２５年行政强制多少件', ans([2154])),
  lookup('I-L10', '龙岗区2022年行政强制的处理决定数量是多少呢', ans([7749])),
  lookup('I-L11', '淮安市2024年行政事业性收费收了多少钱', ans([yuan(961716000)])),
  lookup('I-L12', '沐阳2025年收费金额多少万', ans([yuan(40682080)])),
  lookup('I-L13', '洪泽区2023年行政事业性收费', ans([yuan(77302800)])),
  lookup('I-L14', '龙岗区2022年行政事业性收费金额是多少', ans([yuan(22293.4)])),
  lookup('I-L15', '南山区2020年政府集中采购花了多少钱', ans([yuan(1708154000)], [2502])),
  lookup('I-L16', '南山区2020年集中采购项目有几个', ans([2502], [yuan(1708154000)])),
  lookup('I-L17', '龙岗区发改局2020年政府集中采购总金额', ans([yuan(5246500)], [3])),
  lookup('I-L18', '龙华区数据局2020年采购了几个项目', ans([9], [yuan(456880)])),
  lookup('I-L19', '南山区2020年行政处罚上一年项目数量', ans([2078], [2668, 1767])),
  lookup('I-L20', '南山区2020年行政强制本年增减了多少', ans([89], [96, 159])),
  lookup('I-L21', '龙岗区发展和改革局2020年行政许可处理决定数量', ans([12], [15, -3, 3])),
  lookup('I-L22', '龙岗发改局2020年行政事业性收费上一年项目数量', ans([41], [-16, 16])),
  lookup('I-L23', '南山区2020年规范性文件对外公开总数量', ans([8], [8])),
  lookup('I-L24', '洪泽区2024年行政许可一共多少件', ans([9487])),
  lookup('I-L25', '淮安市2024年行政处罚有多少', ans([3985758])),
  lookup('I-L26', '龙岗区政务服务数据管理局2021年规范性文件现行有效几件', ans([1], [1, 0])),
  lookup('I-L27', '龙岗区发改局2020年其他对外管理服务事项处理决定数量', ans([949], [21, 928])),
  // Table 三: applicant columns, 上年结转, 结转下年度, 总计.
  lookup('I-L28', '淮安市2024年法律服务机构申请了几件', ans([61], HA_NEW)),
  lookup('I-L29', '淮安市2024年商业企业新收申请', ans([53], HA_NEW)),
  lookup('I-L30', '龙岗区2022年科研机构申请数', ans([0], LG_NEW)),
  lookup('I-L31', '沐阳县2025年自然人申请有多少件', ans([705], SY_NEW)),
  lookup('I-L32', '龙岗区2022年申请人是"其他"类的新收几件', ans([4], LG_NEW)),
  lookup('I-L33', '淮安2024年社会公益组织申请多少', ans([0], HA_NEW)),
  lookup('I-L34', '南山区2020年企业申请了多少件', ans([22], NS_NEW)),
  lookup('I-L35', '龙岗区2022年法人或其他组织申请数量', ans([63], LG_NEW)),
  lookup('I-L36', '南山区2020年上年结转多少', ans([6], [5, 1])),
  lookup('I-L37', '沐阳县2025年从上一年转过来的申请有几件', ans([36], [36, 0])),
  lookup('I-L38', '淮安市2024年转到下一年的有多少', ans([103], [0])),
  lookup('I-L39', '龙岗区2022年结转下年度继续办理', ans([27], [25, 2, 0])),
  lookup('I-L40', '南山区2020年结转下年度的申请', ans([33], [30, 3])),
  lookup('I-L41', '淮安市2024年总计办理了多少件', ans([3050], [2932, 53, 0, 61, 4])),
  lookup('I-L42', '洪泽区2024年办理结果总计', ans([95], [0])),
  lookup('I-L43', '沐阳县2025年本年度办理结果总计多少', ans([718], [710, 3, 0, 5])),
  lookup('I-L44', '淮安市2024年办理结果总计里商业企业是多少', ans([53])),
  // Yes / no.
  lookup('I-L45', '淮安市2024年有没有新制发规章？', ans([1], [0, 11])),
  lookup('I-L46', '洪泽区2024年有行政诉讼吗', ans([], HZ24_T4)),
  lookup('I-L47', '龙岗区数据局2021年收到过信息公开申请吗', ans([], [0])),
  lookup('I-L48', '沐阳2025年行政复议是不是超过60件了', ans([61], [60, 27, 10, 9, 15])),
  lookup('I-L49', '龙岗区2022年不予处理是不是全是0', ans([], [0])),

  // Table 三 sub-rows, in the words people use.
  figure('I-F01', '淮安市2024年因为属于国家秘密不公开的有几件', ans([2], HA_DENIED)),
  figure('I-F02', '淮安2024年其他法律行政法规禁止公开的', ans([31], [30, 1])),
  figure('I-F03', '淮安市2024年危及三安全一稳定的多少', ans([5])),
  figure('I-F04', '沐阳2025年保护第三方合法权益不予公开几件', ans([2])),
  figure('I-F05', '沐阳县2025年属于三类内部事务信息的', ans([13])),
  figure('I-F06', '龙岗区2022年四类过程性信息不公开的多少件', ans([10])),
  figure('I-F07', '淮安市2024年行政执法案卷不公开几件', ans([9])),
  figure('I-F08', '淮安市2024年属于行政查询事项的有多少', ans([105])),
  figure('I-F09', '沐阳县2025年行政查询事项不予公开', ans([9])),
  figure('I-F10', '龙岗区2022年本机关不掌握相关政府信息的', ans([283], [246, 29, 0, 6, 2])),
  figure('I-F11', '淮安市2024年没有现成信息需要另行制作的有几件', ans([11])),
  figure('I-F12', '淮安市2024年补正后申请内容仍不明确', ans([1])),
  figure('I-F13', '洪泽区2023年需要另行制作的', ans([3])),
  figure('I-F14', '淮安市2024年信访举报投诉类申请', ans([62], [56, 6])),
  figure('I-F15', '沐阳县2025年重复申请多少件', ans([7], [6, 1])),
  figure('I-F16', '淮安市2024年要求提供公开出版物的', ans([0])),
  figure('I-F17', '淮安2024年无正当理由大量反复申请的有吗', ans([0], [0])),
  figure('I-F18', '淮安市2024年要求行政机关确认或重新出具已获取信息的', ans([1])),
  figure('I-F19', '淮安市2024年申请人逾期不补正的有多少', ans([71], [67, 3, 1])),
  figure('I-F20', '沐阳2025年逾期没交费的有几件', ans([7], SY_OTHER)),
  figure('I-F21', '淮安市2024年其他处理里面第3项"其他"是多少', ans([110], [108, 2])),
  figure('I-F22', '沐阳县2025年其他处理中的其他', ans([143], [142, 1])),
  figure('I-F23', '龙岗区2022年其他处理一共多少', ans([118], [2, 0, 116, 97, 18, 1])),
  figure('I-F24', '淮安市2024年不予处理一共多少', ans([88], HA_REFUSED)),
  figure('I-F25', '沐阳2025年无法提供合计', ans([113], [111, 2, 0])),
  figure('I-F26', '南山区2020年不予公开的有几件', ans([4])),
  figure('I-F27', '淮安市2024年不予公开总共多少', ans([178], HA_DENIED)),
  figure('I-F28', '洪泽区2024年予以公开多少', ans([50])),
  figure('I-F29', '沐阳县2025年部分公开', ans([101], [99, 0, 2])),
  figure('I-F30', '南山区2020年重复申请的', ans([4], [2, 2])),
  figure('I-F31', '龙岗区2022年没给公开的有多少', ans([30], LG_DENIED)),
  figure('I-F32', '洪泽区2023年因为国家秘密没公开的', ans([1])),
  figure('I-F33', '龙岗区2022年予以公开的申请里法律服务机构有几件', ans([1], [63, 1, 0, 66])),
  figure('I-F34', '淮安市2024年本机关不掌握的里面自然人有多少', ans([746], [769])),
  figure('I-F35', '淮安2024年逾期不补正里法律服务机构的', ans([1], [71])),
  figure('I-F36', '洪泽区2024年信访举报投诉类的有几件呀', ans([1])),
  figure('I-F37', '南山区2020年其他处理多少', ans([25], [24, 1])),
  // Table 四: result columns for 复议, 直接起诉, 复议后起诉.
  figure('I-F38', '淮安市2024年行政复议结果维持的', ans([72])),
  figure('I-F39', '淮安2024年复议被纠正了多少件', ans([64])),
  figure('I-F40', '淮安市2024年复议其他结果', ans([178])),
  figure('I-F41', '淮安市2024年复议还没审完的有几件', ans([37])),
  figure('I-F42', '沐阳县2025年行政复议一共多少件', ans([61], [27, 10, 9, 15])),
  figure('I-F43', '龙岗区2022年没经过复议直接去法院告的总计', ans([32], [19, 0, 2, 11])),
  figure('I-F44', '龙岗区2022年直接起诉尚未审结的', ans([11])),
  figure('I-F45', '淮安市2024年复议后起诉结果维持', ans([12])),
  figure('I-F46', '淮安2024年复议后起诉还没判下来的', ans([6])),
  figure('I-F47', '沐阳县2025年复议后起诉多少', ans([10], [8, 0, 1, 1])),
  figure('I-F48', '洪泽区2024年复议后起诉其他结果', ans([1])),
  figure('I-F49', '南山区2020年直接起诉尚未审结', ans([1])),
  figure('I-F50', '南山2020年复议后起诉总计', ans([2])),
  figure('I-F51', '龙岗区2022年被告了几次', ans([38], LG_T4)),
  figure('I-F52', '淮安市2024年被申请行政复议多少次', ans([351], HA_T4)),
  figure('I-F53', '沐阳2025年行政诉讼一共多少件', ans([13], SY_T4)),
  figure('I-F54', '洪泽区2024年直接起诉结果纠正', ans([0])),
  figure('I-F55', '淮安2024年直接起诉结果纠正几件', ans([4])),
  figure('I-F56', '龙岗区2022年复议结果纠正', ans([2])),
  figure('I-F57', '沐阳县2025年复议纠正了几件', ans([10])),
  // Checks (勾稽).
  figure('I-F58', '淮安市2024年的表三勾稽对得上吗', ans([], [3119, 34, 3050, 103, 3153, 0])),
  figure(
    'I-F59',
    '龙岗区发改局2020年的数字有没有问题？',
    anyOf(
      ans([], [4, 0, 1, 5, diff(1), 2], { mustContain: ['不平'] }),
      ans([], [4, 0, 1, 5, diff(1), 2], { mustContain: ['不一致'] }),
    ),
    { note: '新收 4 + 上年结转 0 = 4, 总计 4 + 结转下年度 1 = 5: it does not balance' },
  ),
  figure('I-F60', '沐阳县2025年新收加上年结转等不等于办结加结转', ans([], [713, 36, 718, 31, 749, 0])),
  figure(
    'I-F61',
    '龙华区数据局2020年勾稽关系对不对',
    anyOf(ans([], [1, 0, diff(1)], { mustContain: ['不平'] }), ans([], [1, 0, diff(1)], { mustContain: ['不一致'] })),
    { note: 'the 总计 column: 新收 1 + 上年结转 0 = 1, but 总计 0 + 结转下年度 0 = 0' },
  ),
  figure('I-F62', '洪泽区2023年表三对得上吗', ans([], [21, 0])),
  figure('I-F63', '南山区2020年数据平不平', ans([], [262, 6, 235, 33, 268])),

  // Figures no table holds (narrative numbers, or nothing at all): never a number.
  notInTables('I-N01', '淮安市2024年政务新媒体有多少个', SAFE),
  notInTables('I-N02', '淮安市2024年开了几场新闻发布会', SAFE),
  notInTables('I-N03', '龙岗区2022年网站浏览量多少', SAFE),
  notInTables('I-N04', '沐阳2025年发出催办提示多少次', SAFE),
  notInTables('I-N05', '洪泽区2024年政府常务会议公开了几期', SAFE),
  notInTables('I-N06', '龙岗区2022年网络申请多少件', SAFE),
  notInTables('I-N07', '南山区2020年开了几次联席会议', SAFE),
  notInTables('I-N08', '淮安市2024年政策解读做了多少个', SAFE),
  notInTables('I-N09', '沐阳县2025年清理过期信息多少条', SAFE),
  notInTables('I-N10', '龙岗区数据局2021年12345来电多少', SAFE),
  notInTables('I-N11', '龙华区数据局2020年培训了多少人', SAFE),
  notInTables('I-N12', '淮安2024年申请平均办理天数', SAFE),
  notInTables('I-N13', '南山区2020年网上申请占比多少', SAFE),
  notInTables('I-N14', '龙岗区2022年出了几期政府公报', SAFE),
  notInTables('I-N15', '沐阳县2025年爆款内容多少条', SAFE),
  notInTables('I-N16', '淮安市2024年政务公开工作人员有多少人', SAFE),
  notInTables('I-N17', '洪泽区2023年主动公开政府信息多少条', SAFE),

  // Relative years: the clock says 2026, so 去年 = 2025 and 前年 = 2024; an organ's latest report is another reading.
  relativeYear('I-R01', '沐阳县去年收到多少申请', anyOf(ans([713], SY_NEW), NO_DATA), {
    note: '去年 from the clock is 2025; from the store’s latest year (2025 as this year) it is 2024, which 沐阳 lacks',
  }),
  relativeYear('I-R02', '淮安市前年行政复议多少', anyOf(ans([351], HA_T4), NO_DATA)),
  relativeYear('I-R03', '洪泽区去年的行政许可', anyOf(NO_DATA, ans([9487]))),
  relativeYear('I-R04', '洪泽区前年不予公开多少', ans([3], [1, 0])),
  relativeYear('I-R05', '沐阳今年的新收申请', anyOf(SAFE, ans([713], SY_NEW))),
  relativeYear('I-R06', '洪泽区2024年比上一年多收了多少申请', ans([diff(74)], [95, 21, PCT_HZ_NEW])),
  relativeYear(
    'I-R07',
    '洪泽区2024年行政处罚比上年少了多少',
    ans([diff(1343)], [2776, 4119, pct((-1343 / 4119) * 100)]),
  ),
  relativeYear('I-R08', '洪泽区2024年上年结转多少件', ans([0], [0])),
  relativeYear('I-R09', '淮安市2024年上年结转的申请', ans([34], [0])),
  relativeYear('I-R10', '南山区2020年行政许可上一年项目数量', ans([220], [19, -19, 8759])),
  relativeYear('I-R11', '淮安去年的规章制发', anyOf(NO_DATA, ans([1], [0, 11]))),
  relativeYear('I-R12', '洪泽区2024年跟前一年比，规范性文件现行有效多了几件', ans([diff(3)], [8, 5, pct(60)])),
  relativeYear(
    'I-R13',
    '洪泽区2024年行政强制同比变化',
    ans([diff(111)], [84, 195, pct((111 / 195) * 100), pct((-111 / 195) * 100)]),
  ),
  relativeYear('I-R14', '前年洪泽收费多少', anyOf(ans([yuan(75450000)]), ans([yuan(77302800)]), SAFE)),

  // Arithmetic on printed figures.
  arithmetic('I-A01', '淮安市2024年不予处理加其他处理一共多少', ans([275], [88, 187])),
  arithmetic('I-A02', '淮安市2024年直接起诉和复议后起诉加起来', ans([46], [26, 20])),
  arithmetic('I-A03', '淮安市2024年结转下年度比上年结转多多少', ans([diff(69)], [103, 34])),
  arithmetic('I-A04', '沐阳县2025年结转下年比上年结转少几件', ans([diff(5)], [31, 36])),
  arithmetic('I-A05', '淮安市2024年不予公开里第三方的占比', ans([pct((6 / 178) * 100)], [6, 178])),
  arithmetic('I-A06', '沐阳2025年不予公开中三类内部事务信息占多少', ans([pct((13 / 32) * 100)], [13, 32])),
  arithmetic('I-A07', '龙岗区2022年不予公开里保护第三方合法权益的占比', ans([pct((7 / 30) * 100)], [7, 30])),
  arithmetic('I-A08', '淮安市2024年复议纠正率是多少', ans([pct((64 / 351) * 100)], [64, 351])),
  arithmetic('I-A09', '沐阳县2025年复议维持的比例', ans([pct((27 / 61) * 100)], [27, 61])),
  arithmetic('I-A10', '龙岗区2022年不掌握相关信息占办理总计的比例', ans([pct((283 / 535) * 100)], [283, 535])),
  arithmetic('I-A11', '淮安市2024年自然人申请占新收的百分之几', ans([pct((3001 / 3119) * 100)], [3001, 3119])),
  arithmetic('I-A12', '淮安2024年行政许可是洪泽区2024年的几倍', ans([ratio(447228 / 9487)], [447228, 9487])),
  arithmetic('I-A13', '沐阳县2025年行政处罚是行政许可的几倍', ans([ratio(693957 / 517645)], [693957, 517645])),
  arithmetic('I-A14', '淮安市和洪泽区2024年行政复议一共多少', ans([353], [351, 2])),
  arithmetic('I-A15', '2024年淮安市、洪泽区平均每家收到多少申请', ans([1607], [3119, 95, 3214, 2])),
  arithmetic(
    'I-A16',
    '南山区2020年集中采购平均每个项目多少钱',
    ans([ratio(1708154000 / 2502)], [2502, yuan(1708154000)]),
  ),
  arithmetic('I-A17', '龙岗区发改局2020年平均每个采购项目多少钱', ans([ratio(5246500 / 3)], [3, yuan(5246500)])),
  arithmetic('I-A18', '洪泽区2023和2024年新收申请加一起', anyOf(ans([116], [95, 21]), CLARIFY), {
    note: 'two years of one organ: a sum of named figures, or asked back',
  }),
  arithmetic('I-A19', '淮安市2024年予以公开加部分公开', ans([1816], [1362, 454])),
  arithmetic('I-A20', '沐阳县2025年予以公开占办结总数的比例', ans([pct((294 / 718) * 100)], [294, 718])),
  arithmetic('I-A21', '淮安市2024年无法提供一共多少', ans([781], [769, 11, 1])),
  arithmetic('I-A22', '洪泽区2024年许可比2023年多多少', ans([diff(8937)], [9487, 550, pct((8937 / 550) * 100)])),
  arithmetic(
    'I-A23',
    '洪泽2024年收费比2023年少了多少',
    ans([diff(1852800)], [yuan(75450000), yuan(77302800), pct((-185.28 / 7730.28) * 100)]),
  ),
  arithmetic('I-A24', '沐阳县2025年新收里法人或其他组织一共', ans([8], [3, 0, 5])),
  arithmetic('I-A25', '龙岗区2022年三类内部事务和四类过程性一共多少', ans([18], [8, 10])),
  arithmetic('I-A26', '淮安2024年国家秘密和其他法律行政法规禁止公开加起来', ans([33], [2, 31])),
  arithmetic('I-A27', '龙岗区2022年复议总计比诉讼总计少多少', ans([diff(23)], [15, 38, 32, 6])),
  arithmetic('I-A28', '淮安市2024年信访举报投诉比重复申请多几件', ans([diff(37)], [62, 25])),
  arithmetic('I-A29', '沐阳县2025年不予处理占总计的百分比', ans([pct((19 / 718) * 100)], [19, 718])),
  arithmetic('I-A30', '洪泽区2024年新收比上一年增长了百分之几', ans([pct(((95 - 21) / 21) * 100)], [95, 21, diff(74)])),
  arithmetic('I-A31', '南山区2020年行政处罚处理决定数比上一年项目数量少多少', ans([diff(311)], [1767, 2078])),
  arithmetic('I-A32', '淮安市2024年行政处罚和行政强制一共', ans([4074041], [3985758, 88283])),
  arithmetic(
    'I-A33',
    '2020年南山区、龙岗区发改局、龙华区数据局三家的采购金额合计',
    ans([yuan(1708154000 + 5246500 + 456880)], [yuan(1708154000), yuan(5246500), yuan(456880), 3]),
  ),
  arithmetic('I-A34', '淮安2024年复议尚未审结占复议总数多少', ans([pct((37 / 351) * 100)], [37, 351])),
  arithmetic('I-A35', '沐阳2025年平均每月收到多少申请', anyOf(ans([ratio(713 / 12)], [713, 12]), SAFE)),
  arithmetic('I-A36', '淮安市2024年部分公开减去予以公开', ans([diff(908)], [454, 1362])),

  // Crossed organ–year pairs.
  crossed('I-X01', '龙岗区2022年比南山区2020年多收多少申请', ans([diff(290)], [552, 262])),
  crossed('I-X02', '淮安市2024年和沐阳县2025年复议加起来', ans([412], [351, 61])),
  crossed('I-X03', '洪泽区2023年和淮安市2024年本机关不掌握的分别多少', ans([10, 769], [746, 12, 1])),
  crossed('I-X04', '沐阳2025年复议后起诉比龙岗区2022年多几件', ans([diff(4)], [10, 6])),
  crossed('I-X05', '南山区2020年和龙岗区2022年结转下年度一共', ans([60], [33, 27, 30, 3, 25, 2])),
  crossed('I-X06', '龙岗区数据局2021年和龙华区数据局2020年新收各多少', ans([0, 1])),
  crossed('I-X07', '淮安市2024年规范性文件废止数是洪泽区2023年的几倍', ans([ratio(26 / 5)], [26, 5])),
  crossed('I-X08', '洪泽区2024年与沐阳县2025年的行政强制差多少', ans([diff(2070)], [84, 2154])),
  crossed('I-X09', '龙岗区2022年直接起诉和沐阳县2025年直接起诉一共', ans([35], [32, 3])),
  crossed(
    'I-X10',
    '南山区2020年的不予公开和洪泽区2023年的不予公开哪个多',
    ans([4, 3], [diff(1), 1], { mustContain: ['南山'] }),
  ),
  crossed('I-X11', '龙岗区2022年和洪泽区2024年的予以公开相差几件', ans([diff(16)], [66, 50])),
  crossed('I-X12', '淮安2024年和龙岗区2022年行政许可分别是多少', ans([447228, 16103])),

  // Filters: province, city, level, departments, year — two or three together; lists and zero-lists.
  filter('I-P01', '江苏2024年的报告新收申请一共多少', ans([3214], [3119, 95, 2], { reportsCompared: [2] })),
  filter('I-P02', '广东2020年几家单位新收申请一共', ans([267], [262, 4, 1, 3], { reportsCompared: [3] })),
  filter('I-P03', '深圳2020年的部门一共收到多少申请', ans([5], [4, 1, 2], { reportsCompared: [2] })),
  filter('I-P04', '深圳的部门2020年政府集中采购项目一共几个', ans([12], [3, 9, 2], { reportsCompared: [2] })),
  filter('I-P05', '2020年区级政府的行政许可是多少', ans([8759], [220, 19, -19, 1])),
  filter('I-P06', '淮安下面的区县2024年行政复议总数', ans([2], [1, 0])),
  filter('I-P07', '江苏省县级政府2025年收到多少申请', ans([713], SY_NEW)),
  filter('I-P08', '市级政府2024年行政处罚多少', ans([3985758], [1])),
  filter('I-P09', '列一下2020年所有的部门报告', ans([], [2, 3], { mustContain: ['龙华', '发展'] })),
  filter('I-P10', '2024年哪些单位规章本年制发是0', ans([], [0, 1], { mustContain: ['洪泽'] })),
  filter('I-P11', '2020年哪些单位行政处罚是0', ans([], [0, 2], { mustContain: ['龙华', '发展'] })),
  filter('I-P12', '2024年哪家的重复申请是零', ans([], [0, 1], { mustContain: ['洪泽'] })),
  filter('I-P13', '2025年国家秘密不予公开为0的单位有哪些', ans([], [0, 1], { mustContain: ['沐阳'] })),
  filter('I-P14', '广东的报告有几份', ans([5])),
  filter('I-P15', '江苏一共几份报告', ans([4])),
  filter('I-P16', '2022年有哪些报告', ans([], [1], { mustContain: ['龙岗'] })),
  filter('I-P17', '深圳2020年各单位的复议总数加起来', ans([5], [5, 0, 3], { reportsCompared: [3] })),
  filter('I-P18', '江苏2024年各单位复议纠正加起来', ans([65], [64, 1, 2], { reportsCompared: [2] })),
  filter('I-P19', '淮安2024年市区两级行政许可合计', ans([456715], [447228, 9487, 2])),
  filter('I-P20', '区县政府2024年的行政处罚一共', ans([2776], [1])),
  filter('I-P21', '深圳市的区政府2020年新收申请', ans([262], NS_NEW)),
  filter('I-P22', '广东省2021年有哪些单位的报告', ans([], [1], { mustContain: ['数据'] })),
  filter('I-P23', '2023年区县的报告里国家秘密不予公开几件', ans([1])),
  filter('I-P24', '有没有乡镇街道的报告', anyOf(SAFE, ans([], [0]))),
  filter('I-P25', '2024年江苏各单位的上年结转一共', ans([34], [34, 0, 2], { reportsCompared: [2] })),

  // Rankings, top / bottom N, an organ's rank.
  ranking('I-K01', '2024年哪个单位收到的申请最多', ans([3119], [95], { mustContain: ['淮安'], reportsCompared: [2] })),
  ranking('I-K02', '2020年行政许可谁最少', ans([0], [12, 8759], { mustContain: ['龙华'], reportsCompared: [3] })),
  ranking(
    'I-K03',
    '2020年三家单位采购金额从高到低排一下',
    ans([yuan(1708154000), yuan(5246500), yuan(456880)], [1, 2, 3, 2502, 9], { reportsCompared: [3] }),
  ),
  ranking('I-K04', '2020年新收申请前两名', ans([262, 4], [1, 2], { reportsCompared: [3] })),
  ranking('I-K05', '2024年复议尚未审结最多的是哪家', ans([37], [0], { mustContain: ['淮安'], reportsCompared: [2] })),
  ranking('I-K06', '南山区2020年新收在2020年的报告里排第几', ans([262], [1, 3, 4], { mustContain: ['南山'] })),
  ranking('I-K07', '2024年谁的行政强制最少', ans([84], [88283], { mustContain: ['洪泽'], reportsCompared: [2] })),
  ranking('I-K08', '2020年不予公开最多的单位', ans([4], [0], { mustContain: ['南山'], reportsCompared: [3] })),
  ranking(
    'I-K09',
    '2020年结转下年度最多的是',
    ans([33], [1, 0, 30, 3], { mustContain: ['南山'], reportsCompared: [3] }),
  ),
  ranking('I-K10', '江苏2024年两家单位复议后起诉谁多', ans([20], [3, diff(17)], { mustContain: ['淮安'] })),
  ranking('I-K11', '区县政府里2024年行政许可最多的', ans([9487], [], { mustContain: ['洪泽'] })),
  ranking('I-K12', '2020年哪个部门的申请最多', ans([4], [1], { mustContain: ['发展'], reportsCompared: [2] })),
  ranking(
    'I-K13',
    '2024年行政事业性收费最高的',
    ans([yuan(961716000)], [yuan(75450000)], { mustContain: ['淮安'], reportsCompared: [2] }),
  ),
  ranking('I-K14', '2020年三家单位的行政处罚决定数排名', ans([1767], [0, 1, 2, 3], { reportsCompared: [3] })),
  ranking('I-K15', '2024年不予处理最少的是哪家', ans([1], [88], { mustContain: ['洪泽'], reportsCompared: [2] })),
  ranking('I-K16', '2020年哪家单位的行政复议最多', ans([5], [0], { mustContain: ['南山'], reportsCompared: [3] })),
  ranking('I-K17', '2024年直接起诉最多', ans([26], [1], { mustContain: ['淮安'], reportsCompared: [2] })),
  ranking('I-K18', '2024年其他处理最少的', ans([0], [187], { mustContain: ['洪泽'], reportsCompared: [2] })),

  // Chat.
  chat('I-C01', '你好', CHAT),
  chat('I-C02', '谢谢老师🙏', CHAT),
  chat('I-C03', '在吗', CHAT),
  chat('I-C04', '辛苦啦～', CHAT),
  chat('I-C05', '你能干啥', CHAT),
  chat('I-C06', '帮助', CHAT),
  chat('I-C07', '👍👍', anyOf(CHAT, SAFE)),
  chat('I-C08', '早上好呀', CHAT),

  // Traditional characters.
  traditional('I-T01', '龍崗區2022年行政強制多少件', ans([7749])),
  traditional('I-T02', '淮安市2024年不予公開總共多少', ans([178], HA_DENIED)),
  traditional('I-T03', '沐陽縣2025年行政復議尚未審結', ans([15])),
  traditional('I-T04', '洪澤區2024年本年新收申請', ans([95], [0])),
  traditional('I-T05', '南山區2020年結轉下年度繼續辦理', ans([33], [30, 3])),
  traditional('I-T06', '淮安市2024年復議後起訴總計', ans([20], [12, 1, 1, 6])),
  traditional('I-T07', '龍崗區2022年保護第三方合法權益', ans([7])),
  traditional('I-T08', '淮安2024年行政許可是洪澤區2024年的幾倍', ans([ratio(447228 / 9487)], [447228, 9487])),
  traditional('I-T09', '沐陽縣2025年重複申請', ans([7], [6, 1])),
  traditional('I-T10', '龍崗區2022年上年結轉多少', ans([10], [9, 1])),
  traditional('I-T11', '2024年哪個單位收到的申請最多', ans([3119], [95], { reportsCompared: [2] })),
  traditional('I-T12', '龍崗區2022年的政府網站瀏覽量', SAFE),
  traditional('I-T13', '南山區2020年政府集中採購金額', ans([yuan(1708154000)], [2502])),
  traditional('I-T14', '淮安市2024年信訪舉報投訴類申請', ans([62], [56, 6])),

  // Misspellings: a close misspelling of a figure is asked back (您是想问 X 吗？); a misspelt organ may be either.
  misspelling('I-M01', '淮安市2024年行政许克多少', CLARIFY),
  misspelling('I-M02', '沐阳县2025年行政处发多少件', CLARIFY),
  misspelling('I-M03', '龙岗区2022年行政附议多少', CLARIFY),
  misspelling('I-M04', '洪泽区2024年行政墙制', CLARIFY),
  misspelling('I-M05', '淮安市2024年规范性文建废止了几件', CLARIFY),
  misspelling('I-M06', '淮安市2024年不予工开多少', CLARIFY),
  misspelling('I-M07', '龙刚区2022年新收申请', anyOf(CLARIFY, ans([552], LG_NEW))),
  misspelling('I-M08', '南删区2020年复议多少', anyOf(CLARIFY, ans([5], NS_T4))),
  misspelling('I-M09', '沭阳县2025年行政复议', anyOf(ans([61], [27, 10, 9, 15]), CLARIFY)),
  misspelling('I-M10', '洪择区2024年行政处罚', anyOf(CLARIFY, ans([2776]))),
  misspelling('I-M11', '淮按市2024年上年结转', anyOf(CLARIFY, ans([34], [0]))),
  misspelling('I-M12', '龙岗区2022年行政诉松多少件', CLARIFY),
  misspelling('I-M13', '淮安市2024年结转下年读继续办理', anyOf(CLARIFY, ans([103], [0]))),
  misspelling('I-M14', '沐阳县2025年部分工开几件', CLARIFY),

  // English.
  english('I-E01', 'How many applications did Huai’an receive in 2024?', ans([3119], HA_NEW)),
  english('I-E02', 'Longgang district 2022 administrative reconsideration cases total', ans([15], [7, 2, 1, 5])),
  english('I-E03', 'Shuyang county 2025: lawsuits filed directly without reconsideration?', ans([3], [0])),
  english('I-E04', 'hongze 2024 administrative licensing decisions', ans([9487])),
  english('I-E05', 'Nanshan 2020 centralized government procurement amount', ans([yuan(1708154000)], [2502])),
  english(
    'I-E06',
    'What share of Huaian 2024 withheld requests were for protecting third-party rights?',
    ans([pct((6 / 178) * 100)], [6, 178]),
  ),
  english('I-E07', 'Which organ received the most applications in 2020?', ans([262], [4, 1], { reportsCompared: [3] })),
  english('I-E08', 'Huaian 2024: how many were carried over to next year?', ans([103], [0])),
  english('I-E09', 'Difference between Hongze 2024 and 2023 new applications', ans([diff(74)], [95, 21, PCT_HZ_NEW])),
  english('I-E10', 'Longgang 2022 administrative fees collected', ans([yuan(22293.4)])),
  english('I-E11', 'How many reports do you have for Jiangsu?', ans([4])),
  english('I-E12', 'How many press conferences did Huaian hold in 2024?', SAFE),
  english('I-E13', 'Shuyang 2025 reconsideration cases still pending', ans([15])),
  english('I-E14', 'Beijing 2024 applications received', NO_DATA),

  // Reports the store does not hold.
  noData('I-D01', '龙岗区2023年收到多少申请', NO_DATA),
  noData('I-D02', '南山区2022年行政复议', NO_DATA),
  noData('I-D03', '淮安市2023年行政许可', NO_DATA),
  noData('I-D04', '福田区2022年收到多少申请', NO_DATA),
  noData('I-D05', '徐州市2024年不予公开多少', NO_DATA),
  noData('I-D06', '洪泽区2022年行政处罚', NO_DATA),
  noData('I-D07', '沐阳县2024年复议多少件', NO_DATA),
  noData('I-D08', '上海市2024年新收申请', NO_DATA),
  noData('I-D09', '龙华区政务服务数据管理局2021年的申请', NO_DATA),
  noData('I-D10', '广东省政府2022年行政许可', NO_DATA),
  noData('I-D11', '南京市2024年不予公开', NO_DATA),
  noData('I-D12', '龙岗区发改局2021年采购金额', NO_DATA),
  noData('I-D13', '北京市海淀区2023年复议', NO_DATA),
  noData('I-D14', '淮安市清江浦区2024年新收', NO_DATA),

  // Out of scope.
  outOfScope('I-O01', '明天深圳天气咋样', anyOf(SAFE, CHAT)),
  outOfScope('I-O02', '帮我写个请假条', anyOf(SAFE, CHAT)),
  outOfScope('I-O03', '信息公开条例规定多少个工作日内答复', anyOf(SAFE, CHAT)),
  outOfScope('I-O04', '龙岗区区长是谁', anyOf(SAFE, CHAT)),
  outOfScope('I-O05', '今天股市怎么样', anyOf(SAFE, CHAT)),
  outOfScope('I-O06', '中午吃啥好', anyOf(SAFE, CHAT)),
  outOfScope('I-O07', '帮我翻译一下 annual report', anyOf(SAFE, CHAT)),
  outOfScope('I-O08', '怎么申请政府信息公开', anyOf(SAFE, CHAT)),
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

export const NINTH_CONVERSATIONS: readonly Conversation[] = [
  // Running sum of two figures of one report, then its share.
  conversation('I-V01', [
    turn('淮安市2024年不予处理多少', ans([88], HA_REFUSED)),
    turn('其他处理呢', ans([187], HA_OTHER)),
    turn('那加起来呢', ans([275], [88, 187])),
    turn('占总计的比例', anyOf(ans([pct((275 / 3050) * 100)], [275, 3050]), CLARIFY)),
  ]),
  // One figure of three organs, then 三个一共.
  conversation('I-V02', [
    turn('2020年南山区新收多少', ans([262], NS_NEW)),
    turn('龙岗区发改局呢', ans([4], [0])),
    turn('龙华区数据局呢', ans([1], [0])),
    turn('三个一共', ans([267], [262, 4, 1, 3])),
  ]),
  // A switch of figure, then organ, then year.
  conversation('I-V03', [
    turn('洪泽区2024年行政许可', ans([9487])),
    turn('行政处罚呢', ans([2776])),
    turn('淮安市呢', ans([3985758])),
    turn('那洪泽区2023年呢', ans([4119])),
  ]),
  // 比上一个多多少.
  conversation('I-V04', [
    turn('沐阳县2025年复议总数', ans([61], SY_T4)),
    turn('淮安市2024年的呢', ans([351], HA_T4)),
    turn('比上一个多多少', ans([diff(290)], [351, 61])),
  ]),
  // A pronoun, a reset, and a pronoun with nothing to point at.
  conversation('I-V05', [
    turn('龙岗区2022年不予公开多少', ans([30], LG_DENIED)),
    turn('它的无法提供呢', ans([285], [283, 2, 0, 246, 29, 6])),
    turn('重新开始', CHAT),
    turn('它的结转下年度是多少', SAFE),
  ]),
  // A question about the whole store in the middle of an organ conversation.
  conversation('I-V06', [
    turn('淮安市2024年复议尚未审结的', ans([37])),
    turn('你们一共有几份报告', ans([9], [5, 4, 1, 2, 3, 6, 8])),
    turn('那淮安市2024年诉讼尚未审结的呢', ans([7], [1, 6])),
    turn('复议的尚未审结比诉讼的多多少', anyOf(ans([diff(30)], [37, 7, 1, 6]), CLARIFY)),
  ]),
  // A year switch and the change.
  conversation('I-V07', [
    turn('洪泽区2024年本机关不掌握相关政府信息的', ans([31])),
    turn('那前一年呢', ans([10])),
    turn('变化了多少', ans([diff(21)], [31, 10, pct(210)])),
  ]),
  // 这两个.
  conversation('I-V08', [
    turn('淮安市2024年直接起诉总计', ans([26], [13, 4, 8, 1])),
    turn('复议后起诉呢', ans([20], [12, 1, 6])),
    turn('这两个加起来', ans([46], [26, 20])),
  ]),
  // 前者 / 后者.
  conversation('I-V09', [
    turn('龙岗区2022年和南山区2020年的上年结转分别多少', ans([10, 6], [9, 1, 5])),
    turn('前者的结转下年度呢', anyOf(ans([27], [25, 2]), CLARIFY)),
    turn('后者呢', anyOf(ans([33], [30, 3]), CLARIFY)),
  ]),
  // 这家, then figure after figure.
  conversation('I-V10', [
    turn('沐阳县2025年新收申请', ans([713], SY_NEW)),
    turn('这家的行政强制呢', ans([2154])),
    turn('行政事业性收费呢', ans([yuan(40682080)])),
    turn('规范性文件现行有效呢', ans([32], [6, 1])),
  ]),
  // A reset, a question without an organ, then a new organ.
  conversation('I-V11', [
    turn('南山区2020年行政复议多少', ans([5], NS_T4)),
    turn('重新开始', CHAT),
    turn('复议后起诉多少', SAFE),
    turn('淮安市2024年的', anyOf(ans([20], [12, 1, 6]), CLARIFY)),
  ]),
  // 那南山呢 when 南山 has no report of the year asked.
  conversation('I-V12', [
    turn('龙岗区2022年部分公开多少', ans([36])),
    turn('那南山呢', anyOf(ans([49], [42, 3, 4]), NO_DATA, CLARIFY)),
    turn('南山2020年的予以公开呢', ans([100], [93, 6, 1])),
  ]),
  // A ranking, then 这家.
  conversation('I-V13', [
    turn('2024年哪家单位行政复议最多', ans([351], [2], { mustContain: ['淮安'], reportsCompared: [2] })),
    turn('这家的复议纠正了几件', ans([64])),
    turn('纠正率多少', ans([pct((64 / 351) * 100)], [64, 351])),
  ]),
  // A sub-row's share of its group over turns.
  conversation('I-V14', [
    turn('沐阳县2025年不予公开一共', ans([32], SY_DENIED)),
    turn('其中行政查询事项', ans([9])),
    turn('占多少', ans([pct((9 / 32) * 100)], [9, 32])),
  ]),
  // English.
  conversation('I-V15', [
    turn('How many administrative reconsiderations did Huaian have in 2024?', ans([351], HA_T4), 'en'),
    turn('And Hongze?', ans([2], HZ24_T4), 'en'),
    turn('What is the total of the two?', ans([353], [351, 2]), 'en'),
  ]),
  // Traditional.
  conversation('I-V16', [
    turn('淮安市2024年予以公開多少', ans([1362], [1288, 21, 50, 3]), 'hant'),
    turn('部分公開呢', ans([454], [447, 7]), 'hant'),
    turn('兩個一共', ans([1816], [1362, 454]), 'hant'),
  ]),
  // 下一年 and a percentage change.
  conversation('I-V17', [
    turn('洪泽区2023年行政强制', ans([195])),
    turn('下一年呢', ans([84])),
    turn(
      '减少了百分之几',
      anyOf(ans([pct((111 / 195) * 100)], [195, 84, diff(111)]), ans([pct((-111 / 195) * 100)], [195, 84, diff(111)])),
    ),
  ]),
  // A figure no table holds in the middle.
  conversation('I-V18', [
    turn('淮安市2024年行政许可', ans([447228])),
    turn('那政务新媒体多少个', SAFE),
    turn('行政处罚呢', ans([3985758])),
  ]),
  // Departments: organ switch, difference, sum of another figure.
  conversation('I-V19', [
    turn('龙华区数据局2020年政府集中采购金额', ans([yuan(456880)], [9])),
    turn('龙岗区发改局的呢', ans([yuan(5246500)], [3])),
    turn('比龙华多多少', ans([diff(5246500 - 456880)], [yuan(5246500), yuan(456880)])),
    turn('两家采购项目数一共几个', ans([12], [3, 9])),
  ]),
  // Chat around a lookup.
  conversation('I-V20', [
    turn('你好', CHAT),
    turn('龙岗区2022年复议后起诉尚未审结多少', ans([2])),
    turn('谢谢！', CHAT),
  ]),
  // Three figures of one report, then 三个一共.
  conversation('I-V21', [
    turn('淮安市2024年信访举报投诉类申请', ans([62], [56, 6])),
    turn('重复申请呢', ans([25])),
    turn('要求确认或重新出具已获取信息的呢', ans([1])),
    turn('三个一共', ans([88], [62, 25, 1])),
  ]),
  // A zero-list over the store in the middle.
  conversation('I-V22', [
    turn('沐阳县2025年保护第三方合法权益的', ans([2])),
    turn('2024年哪些单位第三方合法权益是0', ans([], [0, 1], { mustContain: ['洪泽'] })),
    turn(
      '沐阳的三安全一稳定呢',
      anyOf(ans([2]), NO_DATA),
      undefined,
      'the year of the turn before (2024) may carry over; 沐阳 has only 2025',
    ),
  ]),
  // A misspelt figure asked back, then the figure named.
  conversation('I-V23', [
    turn('淮安市2024年行政复义尚未审结', CLARIFY),
    turn('行政复议', anyOf(ans([37], [72, 64, 178, 351]), ans([351], [72, 64, 178, 37]))),
    turn('复议后起诉的尚未审结呢', ans([6])),
  ]),
  // A ranking, an organ's rank, 倒数第二.
  conversation('I-V24', [
    turn('2020年新收申请排名', ans([262, 4, 1], [2, 3], { reportsCompared: [3] })),
    turn('龙华区数据局排第几', ans([], [3, 1, 262, 4], { mustContain: ['龙华'] })),
    turn('倒数第二是谁', ans([4], [2, 1, 3, 262], { mustContain: ['发展'] })),
  ]),
  // Two years of one organ: each, the difference, how many times.
  conversation('I-V25', [
    turn('洪泽区2024年新收', ans([95], [0])),
    turn('2023年呢', ans([21], [0])),
    turn('2024年比2023年多多少', ans([diff(74)], [95, 21, PCT_HZ_NEW])),
    turn(
      '翻了几倍',
      anyOf(ans([ratio(95 / 21)], [95, 21, diff(74)]), ans([ratio(74 / 21)], [95, 21, diff(74)]), CLARIFY),
    ),
  ]),
];
