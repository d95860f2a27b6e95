// A sixth held-out set (`npm run held-out -- --set sixth`), written on 2026-12-04 (begun 20:41, finished 20:50 UTC),
// blind: before the engine was run on any of it and without reading src/answers, and kept untouched afterwards. The
// first five sets have been fixed against; this one gives the honest figure. Same store, same scoring (see the header
// of questions.ts, which lists the figures of every report). Phrasings chosen apart from the other five sets (no
// question repeats one of theirs): rows rarely asked (第三方权益, 三安全一稳定, 行政查询, 执法案卷, 不予处理 and 其他处理
// totals, 逾期未缴费, 公开出版物, 复议 and 诉讼 result columns, 规章 废止, 本年增/减, 采购), applicant columns (商业企业,
// 科研机构, 社会公益组织, 法律服务机构, 法人或其他组织), quotients of an amount by a count, 翻了几倍, places and
// zero-lists, provinces, cities and levels, and the way a work group types (@mentions, emoji, spaces, 24年, 二〇二四年,
// full-width digits, Traditional characters, slips of the pen, English).
// Every expected value was read off the report text (data/reports, test/fixtures/real-reports); shares and quotients
// are computed from printed figures.
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

// Applicant columns a reply may list beside a count (自然人, 商业企业, 科研/公益 0, 法律服务机构, 其他, 法人或其他组织).
const LONGGANG_APPLICANTS = [489, 51, 0, 8, 4, 63];
const NANSHAN_APPLICANTS = [236, 22, 0, 4, 26];
const HUAIAN_APPLICANTS = [3001, 53, 0, 61, 4, 118];
const SHUYANG_APPLICANTS = [705, 3, 0, 5, 8];
// 不予公开 sub-rows (国家秘密 … 行政查询) of table 三.
const HUAIAN_DENIED = [2, 31, 5, 6, 8, 12, 9, 105];
const LONGGANG_DENIED = [1, 0, 0, 7, 8, 10, 3, 1];
const SHUYANG_DENIED = [0, 0, 2, 2, 13, 2, 4, 9];
const HONGZE_2024_DENIED = [0, 1];
// Result columns of table 四 (维持, 纠正, 其他, 尚未审结), and for lawsuits both kinds and the results summed.
const HUAIAN_REVIEW_PARTS = [72, 64, 178, 37];
const SHUYANG_REVIEW_PARTS = [27, 10, 9, 15];
const HUAIAN_LITIGATION_PARTS = [26, 20, 25, 5, 9, 7, 13, 4, 8, 1, 12, 6];
const LONGGANG_LITIGATION_PARTS = [32, 6, 19, 0, 2, 11, 4, 23, 13];
/** 2020: 南山区, 龙岗发改局, 龙华数据局; 2024: 淮安市, 洪泽区; every other year one report. */
const THREE_REPORTS = { reportsCompared: [3] };
const TWO_REPORTS = { reportsCompared: [2] };
const ONE_REPORT = { reportsCompared: [1] };
/** 南山区 2020 政府集中采购 170,815.4万元 over 2,502 projects. */
const NANSHAN_PROCUREMENT = yuan(1708154000);

export const SIXTH_QUESTIONS: readonly SingleQuestion[] = [
  lookup('S-L01', '@年报助手 淮安市2024年一共收到多少信息公开申请', ans([3119], HUAIAN_APPLICANTS)),
  lookup('S-L02', '龙岗区政府2022年依申请公开申请量', ans([552], LONGGANG_APPLICANTS)),
  lookup('S-L03', '南山2020年新收申请是多少件', ans([262], NANSHAN_APPLICANTS)),
  lookup('S-L04', '洪泽区２０２４年收到申请几件', ans([95], [0])),
  lookup('S-L05', '沐阳县政府25年新收信息公开申请', ans([713], SHUYANG_APPLICANTS)),
  lookup('S-L06', '洪泽区二〇二三年信息公开申请受理数', ans([21], [0])),
  lookup('S-L07', '龙岗区发展和改革局2020年收到几件申请', ans([4], [0])),
  lookup('S-L08', '龙华区政务服务数据管理局2020年新收申请', ans([1], [0])),
  lookup('S-L09', '龙岗区数据局2021年有没有人申请信息公开', ans([0])),
  lookup('S-L10', '淮安市 2024 年 受理 的 申请 总数', ans([3119], HUAIAN_APPLICANTS)),
  lookup('S-L11', '沐阳县有哪几年的年报', ans([], [1], { mustContain: ['沐阳县', '2025'] })),
  lookup('S-L12', '库里一共有几份报告', ans([9], [3, 2, 1])),
  lookup('S-L13', '南山区2020年度的依申请公开数量（新收）🙏', ans([262], NANSHAN_APPLICANTS)),
  lookup('S-L14', '淮安24年新收申请', ans([3119], HUAIAN_APPLICANTS)),
  lookup('S-L15', '龙岗区22年收到的依申请件数', ans([552], LONGGANG_APPLICANTS)),
  lookup('S-L16', '洪泽区二〇二四年度申请受理了多少', ans([95], [0])),

  figure('S-F01', '淮安市2024年保护第三方合法权益不予公开的', ans([6])),
  figure('S-F02', '龙岗区2022年因为第三方权益不公开的有几件', ans([7])),
  figure('S-F03', '沐阳县2025年涉及三安全一稳定不予公开', ans([2])),
  figure('S-F04', '洪泽区2024年危及三安全一稳定的有几件', ans([1])),
  figure('S-F05', '淮安市2024年属于行政查询事项的不予公开有多少', ans([105])),
  figure('S-F06', '沐阳县2025年行政执法案卷不予公开', ans([4])),
  figure('S-F07', '洪泽区2023年因国家秘密不予公开', ans([1])),
  figure('S-F08', '淮安2024年其他法律行政法规禁止公开的', ans([31], [30, 1])),
  figure('S-F09', '南山区2020年因属于过程性信息没公开的有几件', ans([4])),
  figure('S-F10', '龙岗区2022年不予公开总共多少', ans([30], LONGGANG_DENIED)),
  figure('S-F11', '沐阳县2025年无法提供的合计', ans([113], [111, 2, 0])),
  figure('S-F12', '淮安市2024年不予处理一共多少件', ans([88], [62, 25, 0, 1, 56, 6])),
  figure('S-F13', '南山区2020年不予处理的', ans([5], [1, 4, 2])),
  figure('S-F14', '沐阳县2025年其他处理合计', ans([159], [9, 7, 143])),
  figure('S-F15', '淮安市2024年逾期不补正的', ans([71], [67, 3, 0, 1])),
  figure('S-F16', '沐阳县2025年申请人逾期未缴费不再处理的', ans([7])),
  figure('S-F17', '龙岗区2022年逾期不补正不再处理几件', ans([2])),
  figure('S-F18', '淮安市2024年有人要公开出版物吗', ans([0])),
  figure('S-F19', '淮安市2024年科研机构申请的数量', ans([0])),
  figure('S-F20', '龙岗区2022年社会公益组织申请了几件', ans([0])),
  figure('S-F21', '沐阳县2025年法律服务机构提出的申请', ans([5])),
  figure('S-F22', '龙岗区2022年商业企业申请量', ans([51])),
  figure('S-F23', '沐阳县2025年法人和其他组织申请了几件', ans([8], [3, 0, 5, pct(1.1)]), {
    note: '8 is printed in the prose; the columns (3 + 5) sum to it',
  }),
  figure('S-F24', '淮安市2024年予以公开里商业企业的', ans([21])),
  figure('S-F25', '龙岗区2022年不掌握相关信息中商业企业的', ans([29])),
  figure('S-F26', '南山区2020年部分公开里面其他组织的有几件', anyOf(ans([4]), ans([7], [3, 4]), CLARIFY), {
    note: 'the 其他 column (4), or 法人或其他组织 read as 其他组织 (3 + 4)',
  }),
  figure('S-F27', '沐阳县2025年行政复议结果纠正多少件', ans([10])),
  figure('S-F28', '淮安市2024年行政复议其他结果', ans([178])),
  figure('S-F29', '龙岗区2022年复议维持了几件', ans([7])),
  figure('S-F30', '洪泽区2024年行政复议一共几件', ans([2], [1, 0])),
  figure('S-F31', '龙岗区2022年未经复议直接起诉的结果维持', ans([19])),
  figure('S-F32', '沐阳县2025年直接起诉的行政诉讼总数', ans([3], [0])),
  figure('S-F33', '龙岗区2022年复议后起诉尚未审结', ans([2])),
  figure('S-F34', '南山区2020年直接起诉的尚未审结几件', ans([1])),
  figure('S-F35', '淮安市2024年行政诉讼其他结果的合计', ans([9], [8, 1]), {
    note: '9 is printed in the prose (其他结果 9 件): 8 direct, 1 after review',
  }),
  figure('S-F36', '沐阳县2025年复议后起诉的其他结果', ans([1])),
  figure('S-F37', '淮安市2024年规章废止了几件', ans([0])),
  figure('S-F38', '沐阳县2025年规范性文件废止', ans([1])),
  figure('S-F39', '龙岗数据局2021年现行有效规范性文件', ans([1])),
  figure('S-F40', '洪泽区2023年规范性文件现行有效多少', ans([5])),
  figure('S-F41', '南山区2020年规范性文件一共对外公开了多少', ans([8])),
  figure('S-F42', '龙岗发改局2020年其他对外管理服务事项的处理决定有多少', ans([949])),
  figure('S-F43', '南山区2020年行政强制上一年项目数', ans([96])),
  figure('S-F44', '南山区2020年行政强制本年增加', ans([diff(89)], [96, 159]), { note: 'printed 增89' }),
  figure('S-F45', '龙岗发改局2020年行政事业性收费本年增减', ans([diff(-16)], [41]), { note: 'printed -16' }),
  figure('S-F46', '洪泽区2024年的收费金额是多少', anyOf(ans([yuan(75450000)]), CLARIFY), {
    note: '行政事业性收费 7545 万元; the prose says 信息处理费 0 元',
  }),
  figure('S-F47', '淮安市2024年行政事业性收费有多少万', ans([yuan(961716000)])),
  figure('S-F48', '南山区2020年集中采购了多少个项目', ans([2502], [NANSHAN_PROCUREMENT])),
  figure('S-F49', '洪泽区2023年行政强制决定', ans([195])),
  figure('S-F50', '沐阳县2025年行政许可决定数', ans([517645])),
  figure('S-F51', '洪泽区2024年结转到下一年的申请', ans([0])),
  figure('S-F52', '龙岗区2022年结转下年度', ans([27], [25, 2])),
  figure('S-F53', '沐阳县2025年上年结转过来的申请', ans([36], [0])),
  figure('S-F54', '洪泽区2023年总计办理了多少', ans([21], [0])),
  figure('S-F55', '淮安2024年的办理结果总计', ans([3050], [2932, 53, 0, 61, 4])),
  figure('S-F56', '沐阳县2025年重复申请里商业企业的', ans([1])),
  figure('S-F57', '沐阳县2025年有没有行政诉讼', anyOf(ans([13], [3, 10, 8, 0, 1]), ans([3, 10], [13, 8, 0, 1])), {
    note: 'a yes that states the total (3 + 10) or both kinds',
  }),
  figure('S-F58', '洪泽区2023年收没收行政事业性收费', ans([yuan(77302800)])),

  notInTables('S-N01', '淮安市2024年市政府网站主动公开了多少条信息', SAFE, { note: 'prose only (5500 余)' }),
  notInTables('S-N02', '洪泽区2024年主动发布政府信息多少条', SAFE, { note: 'prose only (2428)' }),
  notInTables('S-N03', '沐阳县2025年开展了几期意见征集', SAFE, { note: 'prose only (9)' }),
  notInTables('S-N04', '龙岗区2022年政策解读发了多少条', SAFE, { note: 'prose only (88)' }),
  notInTables('S-N05', '淮安市2024年做了多少个政策解读', SAFE, { note: 'prose only (21)' }),
  notInTables('S-N06', '洪泽区2024年开了几期政府常务会议', SAFE, { note: 'prose only (7)' }),
  notInTables('S-N07', '沐阳县2025年爆款内容有多少条', SAFE, { note: 'prose only (52)' }),
  notInTables('S-N08', '龙岗区2022年英文网站发布的稿件数', SAFE, { note: 'prose only (625)' }),
  notInTables('S-N09', '淮安2024年信息处理费收了多少钱', SAFE, { note: 'prose only (3940 元)' }),
  notInTables('S-N10', '南山区2020年网上申请占比多少', SAFE),
  notInTables('S-N11', '洪泽区2023年主动公开政府信息条数', SAFE, { note: 'prose only (1136)' }),
  notInTables('S-N12', '沐阳县2025年全县多少家单位公开了年报', SAFE, { note: 'prose only (64)' }),
  notInTables('S-N13', '龙岗区2022年通过信函、当面提交的申请', SAFE, { note: 'prose only (64)' }),

  relativeYear('S-R01', '淮安市去年收到多少申请', anyOf(ans([3119], HUAIAN_APPLICANTS), NO_DATA), {
    note: '2024 (the year before 2025, the latest held) or 2025 (clock: no report)',
  }),
  relativeYear('S-R02', '沐阳县去年的行政许可', anyOf(ans([517645]), NO_DATA), {
    note: '2025 (clock) or 2024 (the year before the latest held: no report)',
  }),
  relativeYear('S-R03', '洪泽区前年的行政处罚', anyOf(ans([2776]), ans([4119])), {
    note: '2024 (clock) or 2023 (two years before 2025, the latest held): both held',
  }),
  relativeYear('S-R04', '洪泽区去年的新收申请', anyOf(ans([95], [0]), NO_DATA), {
    note: '2024 (the year before the latest held) or 2025 (clock: no report)',
  }),
  relativeYear(
    'S-R05',
    '洪泽区2024年行政处罚比上一年少了多少',
    ans([diff(-1343)], [2776, 4119, pct(-32.6), pct(32.6)]),
  ),
  relativeYear('S-R06', '洪泽区2024年行政强制较上年变化', ans([diff(-111)], [84, 195, pct(-56.9), pct(56.9)])),
  relativeYear('S-R07', '洪泽区2023年的下一年行政许可多少', ans([9487])),
  relativeYear('S-R08', '洪泽区2024年的前一年规范性文件废止了几件', ans([5])),
  relativeYear(
    'S-R09',
    '洪泽区2024年收费比23年多还是少',
    anyOf(
      ans([diff(-1852800)], [yuan(75450000), yuan(77302800), pct(-2.4), pct(2.4)]),
      ans([diff(-185.28)], [yuan(75450000), yuan(77302800), pct(-2.4), pct(2.4)]),
    ),
    { note: '7545 万元 against 7730.28 万元: 185.28 万元 (1,852,800 元) less' },
  ),
  relativeYear('S-R10', '龙岗发改局2020年其他对外管理服务事项上一年的项目数', ans([21])),
  relativeYear('S-R11', '今年沐阳县收到的申请', anyOf(ans([713], SHUYANG_APPLICANTS), NO_DATA), {
    note: '2025 (latest year held) or 2026 (clock)',
  }),
  relativeYear('S-R12', '洪泽区这两年行政许可加起来', anyOf(ans([10037], [9487, 550]), ans([9487]), CLARIFY, NO_DATA), {
    note: '洪泽区 holds 2023 and 2024 (10037); the store’s last two years (2024, 2025) hold only 2024 of it (9487)',
  }),
  relativeYear('S-R13', '前年淮安市的行政强制', anyOf(ans([88283]), NO_DATA), {
    note: '2024 (clock) or 2023 (two years before the latest held: no report)',
  }),
  relativeYear('S-R14', '洪泽区2023年到2024年部分公开增加了多少', ans([diff(5)], [4, 9, pct(125)])),
  relativeYear('S-R15', '龙岗区去年的行政复议', SAFE, { note: '龙岗区 holds only 2022' }),

  arithmetic(
    'S-A01',
    '南山区2020年政府集中采购平均每个项目多少钱',
    anyOf(ans([ratio(682715.4)], [NANSHAN_PROCUREMENT, 2502]), ans([yuan(682715.4)], [NANSHAN_PROCUREMENT, 2502])),
  ),
  arithmetic('S-A02', '淮安市2024年不予公开的里面行政查询事项占了多少', ans([pct(59.0)], [105, 178, ...HUAIAN_DENIED])),
  arithmetic('S-A03', '沐阳县2025年予以公开和部分公开一共', ans([395], [294, 101])),
  arithmetic('S-A04', '洪泽区2024年不予公开和无法提供加起来', ans([35], [3, 32, 1, 31, 0])),
  arithmetic(
    'S-A05',
    '淮安市2024年行政复议被纠正的比例',
    anyOf(
      ans([pct(18.2)], [64, 351, ...HUAIAN_REVIEW_PARTS]),
      ans([pct(20.4)], [64, 314, 351, ...HUAIAN_REVIEW_PARTS]),
      CLARIFY,
    ),
    { note: 'of all 351, or of the 314 concluded' },
  ),
  arithmetic('S-A06', '龙岗区2022年行政处罚是行政强制的几倍', ans([ratio(4.44)], [34389, 7749])),
  arithmetic(
    'S-A07',
    '洪泽区2024年新收申请比2023年翻了几倍',
    anyOf(ans([ratio(4.52)], [95, 21, diff(74)]), ans([ratio(3.52)], [95, 21, diff(74)])),
    { note: '95 ÷ 21 = 4.52 times, an increase of 3.52 times (352.4%)' },
  ),
  arithmetic('S-A08', '沐阳县2025年自然人申请占比', ans([pct(98.9)], [705, 713, 741, 749])),
  arithmetic('S-A09', '淮安市2024年办结的占新收加上年结转的多少', ans([pct(96.7)], [3050, 3153, 3119, 34])),
  arithmetic('S-A10', '龙岗区2022年行政诉讼一共多少件', ans([38], LONGGANG_LITIGATION_PARTS), {
    note: '直接起诉 32 + 复议后起诉 6',
  }),
  arithmetic('S-A11', '南山区2020年重复申请占不予处理的比例', ans([pct(80)], [4, 5, 1, 2])),
  arithmetic('S-A12', '淮安市2024年行政处罚和行政许可相差多少', ans([diff(3538530)], [3985758, 447228])),
  arithmetic('S-A13', '沐阳县2025年行政复议尚未审结占复议总数的比重', ans([pct(24.6)], [15, 61])),
  arithmetic('S-A14', '龙岗区2022年规范性文件制发数减去废止数', ans([diff(35)], [46, 11])),
  arithmetic('S-A15', '淮安市2024年三类内部事务和四类过程性信息合计', ans([20], [8, 12, 7, 1])),
  arithmetic('S-A16', '南山区2020年予以公开占办结总数的百分比', ans([pct(42.6)], [100, 235])),
  arithmetic('S-A17', '龙岗区2022年法律服务机构的申请占新收的比例', ans([pct(1.4)], [8, 552])),
  arithmetic('S-A18', '沐阳县2025年复议后起诉比直接起诉多几件', ans([diff(7)], [10, 3])),
  arithmetic('S-A19', '洪泽区2024年行政许可、处罚、强制三项合计', ans([12347], [9487, 2776, 84])),
  arithmetic('S-A20', '淮安市2024年平均每月收到多少申请', ans([ratio(259.9)], [3119, 12])),
  arithmetic('S-A21', '龙岗区2022年不掌握相关信息占无法提供的多少', ans([pct(99.3)], [283, 285, 2, 0])),
  arithmetic('S-A22', '沐阳县2025年三类内部事务信息占不予公开的比例', ans([pct(40.6)], [13, 32, ...SHUYANG_DENIED])),

  crossed('S-X01', '淮安市2024年和洪泽区2024年的予以公开分别是多少', ans([1362, 50], [1288, 21, 0, 3, diff(1312)])),
  crossed('S-X02', '南山区2020年和龙岗区2022年不予公开各几件', ans([4, 30], [...LONGGANG_DENIED, diff(26)])),
  crossed('S-X03', '沐阳县2025年的行政复议比淮安市2024年少多少', ans([diff(-290)], [61, 351])),
  crossed('S-X04', '龙岗区2022年和洪泽区2023年的规范性文件现行有效数', ans([136, 5], [diff(131)])),
  crossed('S-X05', '洪泽区2024年跟沐阳县2025年行政强制加一块', ans([2238], [84, 2154])),
  crossed('S-X06', '淮安市2024年另行制作和龙岗区2022年另行制作比较', ans([11, 2], [diff(9), ratio(5.5)])),
  crossed(
    'S-X07',
    '南山区2020年采购金额是龙岗发改局2020年的多少倍',
    ans([ratio(325.6)], [NANSHAN_PROCUREMENT, yuan(5246500), 2502, 3]),
  ),
  crossed('S-X08', '龙华数据局2020年和龙岗数据局2021年收到的申请', ans([1, 0])),
  crossed('S-X09', '沐阳县2025年和洪泽区2024年不掌握相关信息谁多', ans([111, 31], [diff(80)])),
  crossed('S-X10', '淮安市2024年、南山区2020年结转下年度的申请各多少', ans([103, 33], [30, 3, diff(70)])),
  crossed('S-X11', '龙岗区2022年新收申请与沐阳县2025年新收申请的差', ans([diff(-161)], [552, 713])),
  crossed('S-X12', '洪泽区2023年行政许可和2024年淮安市行政许可', ans([550, 447228], [diff(446678)])),
  crossed('S-X13', '龙岗发改局2020年行政许可和龙岗区2022年行政许可相加', ans([16115], [12, 16103])),
  crossed(
    'S-X14',
    '南山区2020年和沐阳县2025年部分公开比一比',
    ans([49, 101], [42, 3, 4, 99, 2, 0, diff(52), ratio(2.06)]),
  ),

  filter('S-P01', '江苏的几份报告2024年新收申请合计', ans([3214], [3119, 95, ...HUAIAN_APPLICANTS], TWO_REPORTS)),
  filter(
    'S-P02',
    '广东省2020年的年报有几份',
    ans([], [3], { mustContain: ['南山区', '发展和改革局', '龙华区'], mustNotContain: ['淮安市人民政府'] }),
  ),
  filter('S-P03', '深圳2020年各单位行政处罚合计', ans([1767], [0], THREE_REPORTS)),
  filter(
    'S-P04',
    '淮安的报告有哪些',
    ans([], [2, 3], { mustContain: ['淮安市人民政府', '洪泽区'], mustNotContain: ['沐阳县', '南山区'] }),
    { note: '洪泽区 is a district of 淮安; 沐阳县 is in 宿迁' },
  ),
  filter('S-P05', '2024年区县政府的予以公开', ans([50], [], ONE_REPORT)),
  filter('S-P06', '2024年市级政府收到的申请', ans([3119], HUAIAN_APPLICANTS, ONE_REPORT)),
  filter('S-P07', '乡镇街道的年报有吗', SAFE, { note: 'no 乡镇/街道 report is held' }),
  filter(
    'S-P08',
    '2020年部门报告的采购金额合计',
    ans([yuan(5703380)], [yuan(5246500), yuan(456880), 3, 9], TWO_REPORTS),
  ),
  filter(
    'S-P09',
    '深圳的区政府有哪些报告',
    ans([], [2, 1], { mustContain: ['南山区', '龙岗区'], mustNotContain: ['洪泽区', '淮安市人民政府'] }),
  ),
  filter('S-P10', '江苏县级政府2025年行政复议', ans([61], SHUYANG_REVIEW_PARTS, ONE_REPORT)),
  filter('S-P11', '2021年部门的行政许可', ans([0], [], ONE_REPORT)),
  filter(
    'S-P12',
    '淮安市下面的区县有哪些年报',
    ans([], [2], { mustContain: ['洪泽区'], mustNotContain: ['沐阳县', '南山区'] }),
  ),
  filter('S-P13', '2020年深圳各部门收到的申请加起来', ans([5], [4, 1, 0], TWO_REPORTS)),

  ranking(
    'S-K01',
    '2024年哪个单位的部分公开最多',
    ans([454], [9, 447, 7, 0], { mustContain: ['淮安市'], ...TWO_REPORTS }),
  ),
  ranking('S-K02', '2020年行政许可决定排名', ans([8759, 12, 0], [], THREE_REPORTS)),
  ranking('S-K03', '2024年复议数量排第一的是哪家', ans([351], [2, ...HUAIAN_REVIEW_PARTS, 1, 0], TWO_REPORTS)),
  ranking('S-K04', '南山区2020年予以公开在各单位里排第几', ans([], [100, 2, 0, 1, 3, 93, 6], THREE_REPORTS)),
  ranking('S-K05', '2024年哪家单位行政复议纠正的少', ans([1], [64], { mustContain: ['洪泽区'], ...TWO_REPORTS })),
  ranking(
    'S-K06',
    '2020年各单位政府集中采购金额从高到低',
    ans([NANSHAN_PROCUREMENT, yuan(5246500), yuan(456880)], [2502, 3, 9], THREE_REPORTS),
  ),
  ranking(
    'S-K07',
    '2024年不掌握相关信息哪个最多',
    ans([769], [31, 746, 12, 0, 10, 1], { mustContain: ['淮安市'], ...TWO_REPORTS }),
  ),
  ranking('S-K08', '2020年结转下年度继续办理排一下', ans([33, 1, 0], [30, 3], THREE_REPORTS)),
  ranking('S-K09', '2024年规范性文件现行有效最多的单位', ans([66], [8], TWO_REPORTS)),
  ranking('S-K10', '2020年行政处罚最多的是谁', ans([1767], [0], { mustContain: ['南山区'], ...THREE_REPORTS })),
  ranking(
    'S-K11',
    '2024年洪泽区新收申请排第几',
    ans([], [95, 3119, 2, 1, 0], { mustContain: ['洪泽区'], ...TWO_REPORTS }),
  ),
  ranking('S-K12', '2020年哪些单位没有行政强制', ans([], [0, 159], { mustContain: ['发展和改革局', '龙华区'] }), {
    note: '龙岗发改局 and 龙华数据局 print 0; 南山区 159',
  }),
  ranking('S-K13', '2025年行政许可排名', ans([517645], [], ONE_REPORT)),
  ranking(
    'S-K14',
    '2024年哪个单位收费最多',
    ans([yuan(961716000)], [yuan(75450000)], { mustContain: ['淮安市'], ...TWO_REPORTS }),
  ),

  chat('S-H01', '大家好👋', CHAT),
  chat('S-H02', '谢谢年报助手', CHAT),
  chat('S-H03', '你能干嘛', CHAT),
  chat('S-H04', '@年报助手 帮助', CHAT),
  chat('S-H05', '重来', anyOf(CHAT, SAFE)),
  chat('S-H06', '好滴', anyOf(CHAT, SAFE)),
  chat('S-H07', '辛苦啦🙏', CHAT),
  chat('S-H08', '有人在吗', anyOf(CHAT, SAFE)),
  chat('S-H09', '嗨～', CHAT),
  chat('S-H10', '下午好，打扰一下', anyOf(CHAT, SAFE)),

  traditional('S-T01', '淮安市2024年行政複議結果糾正幾件', ans([64])),
  traditional('S-T02', '洪澤區2024年行政強制決定多少', ans([84])),
  traditional('S-T03', '沐陽縣2025年不予公開屬於行政查詢事項的', ans([9])),
  traditional('S-T04', '龍崗區2022年結轉下年度繼續辦理多少', ans([27], [25, 2])),
  traditional('S-T05', '南山區2020年不掌握相關政府信息', ans([51], [44, 7])),
  traditional('S-T06', '淮安市2024年本年新收政府信息公開申請數量', ans([3119], HUAIAN_APPLICANTS)),
  traditional('S-T07', '洪澤區2023年行政處罰和行政強制合計', ans([4314], [4119, 195])),
  traditional('S-T08', '2020年哪個單位行政許可最多', ans([8759], [12, 0], THREE_REPORTS)),
  traditional('S-T09', '龍崗發改局2020年政府集中採購項目數', ans([3], [yuan(5246500)])),
  traditional('S-T10', '沐陽縣2025年規範性文件現行有效', ans([32])),
  traditional('S-T11', '謝謝幫忙', CHAT),
  traditional('S-T12', '淮安市2024年予以公開佔總計的比例', ans([pct(44.7)], [1362, 3050])),
  traditional('S-T13', '洪澤區2024年行政訴訟復議後起訴', ans([3], [2, 0, 1])),
  traditional('S-T14', '龍華區數據局2020年收到幾件申請', ans([1], [0])),

  misspelling('S-M01', '淮按市2024年行政许可', anyOf(CLARIFY, ans([447228]))),
  misspelling('S-M02', '龙刚区2022年不予公开', anyOf(CLARIFY, ans([30], LONGGANG_DENIED))),
  misspelling('S-M03', '沭阳县2025年行政处罚', anyOf(CLARIFY, ans([693957])), {
    note: '沭阳 is the county’s true name; the OCR stored it as 沐阳',
  }),
  misspelling('S-M04', '洪泽区2024年形政复议', anyOf(CLARIFY, ans([2], [1, 0]))),
  misspelling('S-M05', '南山区2020年部份公开', anyOf(CLARIFY, ans([49], [42, 3, 4]))),
  misspelling('S-M06', '淮安市2024年新收申清', anyOf(CLARIFY, ans([3119], HUAIAN_APPLICANTS))),
  misspelling('S-M07', '沐阳县2025年结转下年度继续半理', anyOf(CLARIFY, ans([31]))),
  misspelling('S-M08', '龙岗区2022年行政强至', anyOf(CLARIFY, ans([7749]))),
  misspelling('S-M09', '洪泽区2023年没有现存信息需要另行制作', anyOf(CLARIFY, ans([3]))),
  misspelling('S-M10', '淮安市2024年规张现行有效', anyOf(CLARIFY, ans([11]))),
  misspelling('S-M11', '南删区2020年行政许可', anyOf(CLARIFY, ans([8759]))),
  misspelling('S-M12', '沐阳县2025年信访举抱投诉', anyOf(CLARIFY, ans([12]))),

  english('S-E01', 'How many requests did Hongze district receive in 2024?', ans([95], [0])),
  english('S-E02', 'Huaian 2024 administrative penalties', ans([3985758])),
  english(
    'S-E03',
    'Did Nanshan receive more requests in 2020 than Longgang did in 2022?',
    ans([262, 552], [diff(-290), ...NANSHAN_APPLICANTS, ...LONGGANG_APPLICANTS]),
  ),
  english('S-E04', 'Shuyang 2025 reconsideration cases corrected', ans([10])),
  english('S-E05', 'Longgang 2022 direct lawsuits not yet concluded', ans([11])),
  english(
    'S-E06',
    'Which 2020 report had the most administrative licensing decisions?',
    ans([8759], [12, 0], THREE_REPORTS),
  ),
  english('S-E07', 'Huaian 2024 partially disclosed as a share of all handled', ans([pct(14.9)], [454, 3050])),
  english('S-E08', 'hello bot 👋', CHAT),
  english(
    'S-E09',
    'Hongze 2024 vs Hongze 2023 administrative licensing: which is larger?',
    ans([9487, 550], [diff(8937)]),
  ),
  english('S-E10', 'Nanshan 2020 centralized procurement total', ans([NANSHAN_PROCUREMENT], [2502])),
  english('S-E11', 'Longgang data bureau 2021 normative documents issued', ans([1])),
  english('S-E12', 'What is the GDP of Shenzhen?', SAFE),
  english('S-E13', 'Shuyang 2025 requests refused as state secrets', ans([0])),
  english(
    'S-E14',
    'Huaian 2024: how many fewer enforcement measures than penalties?',
    ans([diff(-3897475)], [88283, 3985758]),
  ),
  english('S-E15', 'Hongze 2024 requests carried over to next year', ans([0])),
  english(
    'S-E16',
    'Were there more licensing decisions in Huaian 2024 than in Shuyang 2025?',
    ans([447228, 517645], [diff(-70417)]),
  ),

  noData('S-D01', '洪泽区2025年收到多少申请', NO_DATA),
  noData('S-D02', '淮安市2023年行政许可', NO_DATA),
  noData('S-D03', '龙岗区2021年依申请公开', anyOf(NO_DATA, CLARIFY), {
    note: '龙岗区人民政府 holds only 2022; 龙岗区政务服务数据管理局 2021 is another organ',
  }),
  noData('S-D04', '南山区2022年行政处罚', NO_DATA),
  noData('S-D05', '沐阳县2023年规范性文件', NO_DATA),
  noData('S-D06', '龙岗发改局2021年申请数', NO_DATA),
  noData('S-D07', '宝安区2022年年报', SAFE),
  noData('S-D08', '淮阴区2024年依申请公开', SAFE, { note: 'a district of 淮安 with no report held' }),
  noData('S-D09', '宿城区2025年行政复议', SAFE),
  noData('S-D10', '广州市2024年政府信息公开申请', SAFE),

  outOfScope('S-O01', '明天淮安下雨吗', SAFE),
  outOfScope('S-O02', '深圳今天天气怎么样☀️', SAFE),
  outOfScope('S-O03', '讲个笑话呗', anyOf(SAFE, CHAT)),
  outOfScope('S-O04', '南山区2020年GDP', SAFE),
  outOfScope('S-O05', '淮安市长叫什么', SAFE),
  outOfScope('S-O06', '怎么向政府申请信息公开', anyOf(SAFE, CHAT)),
  outOfScope('S-O07', '龙岗区2022年财政收入多少', SAFE),
  outOfScope('S-O08', '洪泽区人口多少', SAFE),
  outOfScope('S-O09', '帮我翻译一下这段话', anyOf(SAFE, CHAT)),
];

const turn = (question: string, expect: Expect, replyIn?: ReplyIn): Turn =>
  replyIn ? { question, expect, replyIn } : { question, expect };
const conversation = (id: string, turns: Conversation['turns']): Conversation => ({
  id,
  class: 'conversation',
  turns,
});

export const SIXTH_CONVERSATIONS: readonly Conversation[] = [
  conversation('S-V01', [
    turn('淮安市2024年不予公开多少件', ans([178], HUAIAN_DENIED)),
    turn('里头行政查询事项有几件', ans([105])),
    turn('它占不予公开的比例', ans([pct(59.0)], [105, 178])),
    turn('换沐阳县25年的看看', anyOf(ans([pct(28.1)], [9, 32]), ans([9]), CLARIFY)),
  ]),
  conversation('S-V02', [
    turn('洪泽区2024年行政许可决定多少个', ans([9487])),
    turn('那前一年呢', ans([550])),
    turn('行政处罚呢', ans([4119])),
    turn('后一年的呢', ans([2776])),
  ]),
  conversation('S-V03', [
    turn('2024年各单位的行政强制', ans([88283, 84], [88367], TWO_REPORTS)),
    turn('它们合计多少', ans([88367], [88283, 84])),
    turn('淮安市的占几成', ans([pct(99.9)], [88283, 88367])),
  ]),
  conversation('S-V04', [
    turn('南山区2020年行政复议多少件', ans([5], [0])),
    turn('重新开始', CHAT),
    turn('其中维持的', SAFE),
  ]),
  conversation('S-V05', [
    turn('沐阳县2025年行政处罚多少', ans([693957])),
    turn(
      '所有报告里行政处罚最多的是哪个',
      anyOf(ans([3985758], [693957, 34389, 4119, 2776, 1767, 0], { mustContain: ['淮安市'] }), CLARIFY),
    ),
    turn('2024年呢', anyOf(ans([3985758], [2776], { mustContain: ['淮安市'], ...TWO_REPORTS }), CLARIFY)),
  ]),
  conversation('S-V06', [
    turn('龙岗区2022年一共收到多少申请呀', ans([552], LONGGANG_APPLICANTS)),
    turn('这个里面自然人多少', ans([489])),
    turn('占比呢', ans([pct(88.6)], [489, 552])),
    turn('法律服务机构的呢', anyOf(ans([8]), ans([pct(1.4)], [8, 552]))),
  ]),
  conversation('S-V07', [
    turn('Shuyang 2025 administrative reconsiderations', ans([61], SHUYANG_REVIEW_PARTS), 'en'),
    turn('how many were upheld?', ans([27]), 'en'),
    turn('and Huaian in 2024?', anyOf(ans([72]), ans([351], HUAIAN_REVIEW_PARTS), CLARIFY), 'en'),
  ]),
  conversation('S-V08', [
    turn('洪澤區2024年不予公開幾件', ans([3], HONGZE_2024_DENIED), 'hant'),
    turn('無法提供的呢', ans([32], [31, 1, 0]), 'hant'),
    turn('這倆合計', ans([35], [3, 32]), 'hant'),
  ]),
  conversation('S-V09', [
    turn('2020年三家单位收到的申请', ans([262, 4, 1], [0, ...NANSHAN_APPLICANTS, 267], THREE_REPORTS)),
    turn('平均每家多少', ans([ratio(89)], [267, 262, 4, 1, 3])),
    turn('南山区的占总数的比例', ans([pct(98.1)], [262, 267])),
  ]),
  conversation('S-V10', [
    turn('淮安市2024年行政诉讼一共多少件', ans([46], HUAIAN_LITIGATION_PARTS)),
    turn('换成洪泽区看看', ans([4], [1, 3, 2, 0])),
    turn('两个单位差多少', ans([diff(42)], [46, 4])),
  ]),
  conversation('S-V11', [
    turn('沐阳县2025年规范性文件制发了几件', ans([6])),
    turn('它前一年呢', NO_DATA),
    turn('那现行有效的呢', anyOf(ans([32]), NO_DATA, CLARIFY)),
  ]),
  conversation('S-V12', [
    turn('淮安市2024年重复申请和信访举报投诉类各多少', ans([25, 62], [56, 6])),
    turn('这俩差多少', ans([diff(37)], [25, 62])),
    turn('两个加一起呢', ans([87], [25, 62])),
  ]),
  conversation('S-V13', [
    turn('南山区2020年政府集中采购金额多少', ans([NANSHAN_PROCUREMENT], [2502])),
    turn('项目数呢', ans([2502], [NANSHAN_PROCUREMENT])),
    turn(
      '平均一个项目多少钱',
      anyOf(ans([ratio(682715.4)], [NANSHAN_PROCUREMENT, 2502]), ans([yuan(682715.4)], [NANSHAN_PROCUREMENT, 2502])),
    ),
    turn('谢啦👍', CHAT),
  ]),
  conversation('S-V14', [
    turn('龙岗区发改局2020年行政许可多少', ans([12])),
    turn('他们上一年是多少项', ans([15])),
    turn('增减呢', ans([diff(-3)], [15, 12])),
  ]),
  conversation('S-V15', [
    turn('洪泽区2023年行政处罚', ans([4119])),
    turn(
      '库里都有哪些单位的报告',
      ans([], [9, 3, 2, 1], { mustContain: ['南山区', '淮安市人民政府', '沐阳县', '龙华区'] }),
    ),
    turn('其中2020年的有几份', ans([], [3], { mustContain: ['南山区', '龙华区'], mustNotContain: ['沐阳县'] })),
  ]),
  conversation('S-V16', [
    turn('淮安市2024年规章和行政规范性文件现行有效各多少', ans([11, 66])),
    turn('合起来', ans([77], [11, 66])),
    turn('规章占多少', ans([pct(14.3)], [11, 77])),
  ]),
  conversation('S-V17', [
    turn('@年报助手 龙岗区２０２２年不掌握相关信息多少', ans([283], [246, 29, 0, 6, 2])),
    turn('上年结转的呢', ans([10], [9, 1])),
    turn('🤔 结转到下一年的', ans([27], [25, 2])),
  ]),
];
