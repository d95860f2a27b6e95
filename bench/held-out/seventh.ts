// A seventh held-out set (`npm run held-out -- --set seventh`), written on 2026-12-05 (begun 05:11, `date -u`),
// blind: before the engine was run on any of it and without reading src/answers, and kept untouched afterwards.
// The first six sets have been fixed against; this one gives the honest figure. Same store, same scoring (see the
// header of questions.ts, which lists the figures of every report). Written apart from the other six in style, not
// only in wording (no question repeats one of theirs): new people and habits — long polite questions with the
// context first, several questions in one message, voice-typed homophones (付议, 红泽, 怀安), years in Chinese
// characters and mixed half-/full-width digits, short forms (依申请, 政数局, 市本级), row labels quoted with a slip,
// English and English mixed into Chinese — and rows rarely asked (补正后仍不明确, 确认或重新出具, 其他处理 sub-rows,
// 复议 / 诉讼 result columns, 规章 制发, 本年增/减 and 上一年项目数量, 收费, 采购, applicant columns).
// Every expected value was read off the report text (data/reports, test/fixtures/real-reports); sums, shares and
// quotients are computed from printed figures. Where the right reading is unclear, the safe replies are accepted.
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

// Applicant columns a reply may list beside a 新收 count (自然人, 商业企业, 科研/公益 0, 法律服务机构, 其他,
// 法人或其他组织 summed).
const HUAIAN_APPLICANTS = [3001, 53, 0, 61, 4, 118];
const LONGGANG_APPLICANTS = [489, 51, 0, 8, 4, 63];
const NANSHAN_APPLICANTS = [236, 22, 0, 4, 26];
const SHUYANG_APPLICANTS = [705, 3, 0, 5, 8];
// 不予公开 sub-rows (国家秘密 … 行政查询事项) of table 三.
const HUAIAN_DENIED = [2, 31, 5, 6, 8, 12, 9, 105, 30, 1, 7];
const SHUYANG_DENIED = [0, 2, 13, 4, 9];
// Result columns of table 四: 复议 (维持, 纠正, 其他, 尚未审结); 诉讼 both kinds, their columns and the results summed.
const HUAIAN_REVIEW_PARTS = [72, 64, 178, 37];
const LONGGANG_REVIEW_PARTS = [7, 2, 1, 5];
const HUAIAN_LITIGATION_PARTS = [26, 20, 13, 4, 8, 1, 12, 6, 25, 5, 9, 7];
const SHUYANG_LITIGATION_PARTS = [3, 10, 8, 0, 1, 11];
const LONGGANG_LITIGATION_PARTS = [32, 6, 19, 0, 2, 11, 4, 23, 13];
/** 2020: 南山区, 龙岗发改局, 龙华数据局; 2024: 淮安市, 洪泽区; every other year one report. */
const THREE_REPORTS = { reportsCompared: [3] };
const TWO_REPORTS = { reportsCompared: [2] };
const ONE_REPORT = { reportsCompared: [1] };
/** 南山区 2020 政府集中采购 170,815.4万元 over 2,502 projects. */
const NANSHAN_PROCUREMENT = yuan(1708154000);
/** 行政事业性收费: 淮安市 96171.6万元, 洪泽区 2024 7545万元, 2023 7730.28万元, 沐阳县 4068.208万元, 龙岗区 2.22934万元. */
const HUAIAN_FEES = yuan(961716000);
const HONGZE_2024_FEES = yuan(75450000);
const HONGZE_2023_FEES = yuan(77302800);
const SHUYANG_FEES = yuan(40682080);
const LONGGANG_FEES = yuan(22293.4);

export const SEVENTH_QUESTIONS: readonly SingleQuestion[] = [
  lookup(
    'G-L01',
    '您好，想麻烦问一下，淮安市人民政府二〇二四年度一共新收了多少件政府信息公开申请呀？',
    ans([3119], HUAIAN_APPLICANTS),
  ),
  lookup('G-L02', '我在整理材料，龙岗区22年依申请那块新收的是多少件来着', ans([552], LONGGANG_APPLICANTS)),
  lookup('G-L03', '南山区２0２0年 新收申请 件数', ans([262], NANSHAN_APPLICANTS), { note: 'half- and full-width mixed' }),
  lookup('G-L04', '洪泽区二零二四年本年新收申请数量是多少', ans([95], [0])),
  lookup('G-L05', '请问沐阳县人民政府二〇二五年度本年新收政府信息公开申请数量', ans([713], SHUYANG_APPLICANTS), {
    note: 'the table’s 713; the prose’s 受理 749 counts the 36 carried over',
  }),
  lookup('G-L06', '洪泽区人民政府23年收到几件依申请', ans([21], [0])),
  lookup('G-L07', '龙岗区发改局二〇二〇年本年新收申请有几件呢', ans([4], [0])),
  lookup('G-L08', '龙华区政数局2020年收到的信息公开申请数', ans([1], [0])),
  lookup('G-L09', '龙岗区政务服务数据管理局二〇二一年收到申请了吗', ans([0])),
  lookup('G-L10', '麻烦看下淮安市2024年上年结转过来的申请有多少件', ans([34], [0])),
  lookup('G-L11', '沐阳县2025年结转到下一年度继续办理的有多少', ans([31], [0])),
  lookup('G-L12', '南山区2020年本年度办理结果总计是多少件', ans([235], [211, 19, 0, 5])),
  lookup('G-L13', '洪泽区2024年办理结果总计', ans([95], [0])),
  lookup('G-L14', '淮安市政府2024年度行政复议总数多少', ans([351], HUAIAN_REVIEW_PARTS)),
  lookup('G-L15', '库里有没有淮安市的报告？有的话是哪一年的', ans([], [1, 2, 3], { mustContain: ['淮安市人民政府', '2024'] }), {
    note: '淮安市人民政府 2024; a reply may add 洪泽区 (a district of 淮安)',
  }),
  lookup('G-L16', '龙岗区2022年的行政许可数量', ans([16103])),
  lookup('G-L17', '南山区人民政府2020年行政处罚处理决定数量', ans([1767], [2078, diff(2668)])),
  lookup('G-L18', '沐阳县２０２５年行政强制决定数', ans([2154])),

  figure('G-F01', '淮安市2024年补正后申请内容仍不明确的有几件', ans([1])),
  figure('G-F02', '龙岗区2022年补正后仍不明确的', ans([0])),
  figure('G-F03', '沐阳县2025年不予公开里头国家秘密那一项', ans([0])),
  figure('G-F04', '淮安市2024年因为属于行政执法案卷没公开的', ans([9])),
  figure('G-F05', '龙岗区2022年内部事务信息不予公开', ans([8], [5, 2, 0, 1])),
  figure('G-F06', '南山区2020年不予公开合计', ans([4])),
  figure('G-F07', '洪泽区2023年不予公开合计几件', ans([3], [1, 0])),
  figure('G-F08', '淮安市2024年无法提供的合计', ans([781], [769, 11, 1, 746, 12, 0, 10])),
  figure('G-F09', '洪泽区2024年本机关不掌握的有多少', ans([31], [0])),
  figure('G-F10', '沐阳县2025年没有现成信息需要另行制作', ans([2])),
  figure('G-F11', '淮安市2024年要求行政机关确认或重新出具已获取信息的', ans([1])),
  figure('G-F12', '沐阳县2025年重复申请几件', ans([7], [6, 1])),
  figure('G-F13', '南山区2020年重复申请', ans([4], [2])),
  figure('G-F14', '龙岗区2022年信访举报投诉类的不予处理', ans([0])),
  figure('G-F15', '淮安市2024年无正当理由大量反复申请', ans([0])),
  figure('G-F16', '洪泽区2024年不予处理合计', ans([1], [0])),
  figure('G-F17', '龙岗区2022年其他处理一共多少', ans([118], [2, 0, 116, 97, 18, 1])),
  figure('G-F18', '淮安市2024年其他处理里的“其他”那一行', ans([110], [108, 2])),
  figure('G-F19', '龙岗区2022年逾期未缴费的', ans([0])),
  figure('G-F20', '淮安市2024年逾期未按收费通知缴纳费用的有几件', ans([6])),
  figure('G-F21', '沐阳县2025年无正当理由逾期不补正的', ans([9])),
  figure('G-F22', '南山区2020年其他处理', ans([25], [24, 1])),
  figure('G-F23', '淮安市2024年法律服务机构申请了多少件', ans([61])),
  figure('G-F24', '淮安市2024年不掌握相关信息里法律服务机构的', ans([10])),
  figure('G-F25', '龙岗区2022年商业企业申请的结转到下年的', ans([2])),
  figure('G-F26', '南山区2020年商业企业的予以公开数', ans([6])),
  figure('G-F27', '沐阳县2025年部分公开中法律服务机构的', ans([2])),
  figure('G-F28', '淮安市2024年法人或其他组织的新收申请', ans([118], [53, 0, 61, 4]), {
    note: 'no 法人 total is printed: the four columns (53 + 0 + 0 + 61 + 4) sum to it',
  }),
  figure('G-F29', '龙岗区2022年自然人申请的予以公开', ans([63])),
  figure('G-F30', '淮安市2024年信访举报投诉里商业企业的', ans([6])),
  figure('G-F31', '洪泽区2024年行政复议结果纠正', ans([1])),
  figure('G-F32', '南山区2020年行政复议结果维持几件', ans([5])),
  figure('G-F33', '龙岗区2022年复议尚未审结的', ans([5])),
  figure('G-F34', '淮安市2024年直接起诉结果纠正', ans([4])),
  figure('G-F35', '淮安市2024年复议后起诉尚未审结', ans([6])),
  figure('G-F36', '洪泽区2024年复议后起诉的其他结果', ans([1])),
  figure('G-F37', '龙岗区2022年直接起诉的其他结果', ans([2])),
  figure('G-F38', '沐阳县2025年行政复议其他结果', ans([9])),
  figure('G-F39', '南山区2020年行政诉讼直接起诉总计', ans([2], [1, 0])),
  figure('G-F40', '淮安市2024年规章本年制发', ans([1])),
  figure('G-F41', '龙岗区2022年规范性文件废止多少', ans([11])),
  figure('G-F42', '洪泽区2024年行政规范性文件现行有效件数', ans([8])),
  figure('G-F43', '南山区2020年规范性文件本年新制作', ans([8])),
  figure('G-F44', '南山区2020年行政许可上一年项目数量', ans([220])),
  figure('G-F45', '南山区2020年其他对外管理服务事项处理决定数量', ans([199956])),
  figure('G-F46', '南山区2020年行政处罚本年增减', ans([diff(2668)], [2078, 1767]), { note: 'printed 增2,668' }),
  figure('G-F47', '龙岗发改局2020年行政许可本年增/减', ans([diff(-3)], [15, 12]), { note: 'printed -3' }),
  figure('G-F48', '龙岗区2022年行政事业性收费多少万元', ans([LONGGANG_FEES]), { note: 'printed 2.22934 万元' }),
  figure('G-F49', '沐阳县2025年收费金额', anyOf(ans([SHUYANG_FEES]), CLARIFY), {
    note: '行政事业性收费 4068.208 万元; the prose also says 信息处理费 380 元',
  }),
  figure('G-F50', '龙华数据局2020年政府集中采购金额', ans([yuan(456880)], [9])),
  figure('G-F51', '龙岗发改局2020年采购项目数量', ans([3], [yuan(5246500)])),
  figure('G-F52', '南山区2020年行政事业性收费上一年项目数量', ans([14])),
  figure('G-F53', '洪泽区2023年行政强制', ans([195])),
  figure(
    'G-F54',
    '请教两个数：淮安市2024年予以公开多少，部分公开多少？',
    ans([1362, 454], [1288, 21, 0, 50, 3, 447, 7, 1816]),
    { note: 'two questions in one message' },
  ),
  figure('G-F55', '沐阳县2025年行政许可、行政处罚各是多少，谢谢', ans([517645, 693957])),
  figure('G-F56', '淮安市2024年的 administrative enforcement 是多少', ans([88283]), { note: 'English in Chinese' }),
  figure('G-F57', '洪泽区2024年行政诉讼复议后起诉的结果维持', ans([2])),
  figure('G-F58', '龙岗区2022年依申请不掌握相关信息里其他组织的', anyOf(ans([2]), ans([37], [29, 0, 6, 2]), CLARIFY), {
    note: 'the 其他 column (2), or 法人或其他组织 read as 其他组织 (29 + 6 + 2)',
  }),
  notInTables('G-N01', '洪泽区2024年区政府办代表区政府受理了多少件申请', SAFE, {
    note: 'prose only (17); the table’s 95 is the whole district',
  }),
  notInTables('G-N02', '沐阳县2025年发出了多少次催办提示', SAFE, { note: 'prose only (84)' }),
  notInTables('G-N03', '淮安市2024年一共召开了几场新闻发布会', SAFE, { note: 'prose only (12)' }),
  notInTables('G-N04', '淮安全市在运维的政务新媒体有多少个', SAFE, { note: 'prose only (95)' }),
  notInTables('G-N05', '龙岗数据局2021年受理12345市民来电多少件次', SAFE, { note: 'prose only (156710)' }),
  notInTables('G-N06', '南山区2020年区政府门户发布了多少条信息', SAFE, { note: 'prose only (40872)' }),
  notInTables('G-N07', '龙华数据局2020年在主流媒体刊登了多少篇报道', SAFE, { note: 'prose only (334)' }),
  notInTables('G-N08', '龙岗区2022年依申请公开同比增长了多少', SAFE, {
    note: 'prose only (187.5%); no 2021 report of 龙岗区 is held',
  }),
  notInTables('G-N09', '沐阳县2025年清理过期信息多少条', SAFE, { note: 'prose only (697)' }),
  notInTables('G-N10', '洪泽区2024年政务新媒体账号有多少个', SAFE, { note: 'not printed at all' }),
  notInTables('G-N11', '淮安市2024年政府信息公开工作人员有多少人', SAFE),
  notInTables('G-N12', '龙岗发改局配备了几名兼职政务公开人员', SAFE, { note: 'prose only (3)' }),
  notInTables('G-N13', '南山区2020年依申请的平均办理天数', SAFE),

  relativeYear('G-R01', '淮安市去年的行政复议是多少', anyOf(ans([351], HUAIAN_REVIEW_PARTS), NO_DATA), {
    note: '2024 (the year before 2025, the latest held) or 2025 (clock: no report)',
  }),
  relativeYear('G-R02', '沐阳县最新一年的不予公开多少', ans([32], SHUYANG_DENIED), { note: 'its only year, 2025' }),
  relativeYear(
    'G-R03',
    '洪泽区去年和前年的新收申请分别多少',
    anyOf(ans([95, 21], [0, diff(74)]), ans([95], [0]), NO_DATA, CLARIFY),
    { note: 'latest held 2025: 2024 (95) and 2023 (21); clock 2026: 2025 (none) and 2024 (95)' },
  ),
  relativeYear('G-R04', '洪泽区２４年比２３年的行政强制少了几个', ans([diff(-111)], [84, 195, pct(-56.9), pct(56.9)])),
  relativeYear('G-R05', '洪泽区2023年规范性文件现行有效，第二年变成了多少', ans([8], [5, diff(3)])),
  relativeYear('G-R06', '洪泽区2024年上一年的不掌握相关信息', ans([10])),
  relativeYear('G-R07', '洪泽区这两年不予公开各是多少', anyOf(ans([3], [1, 0]), CLARIFY), {
    note: '2023 and 2024 both print 3 (1 + 1 + 1); the store’s last two years hold only 2024 of it: 3',
  }),
  relativeYear('G-R08', '淮安市前年收费金额是多少', anyOf(ans([HUAIAN_FEES]), NO_DATA), {
    note: '2024 (clock) or 2023 (two years before the latest held: no report)',
  }),
  relativeYear('G-R09', '龙岗区前年的行政诉讼', SAFE, { note: '2024 or 2023: 龙岗区 holds only 2022' }),
  relativeYear('G-R10', '南山区2020年行政许可比上年少了多少', anyOf(ans([diff(-19)], [220, 8759, 201]), NO_DATA, CLARIFY), {
    note: 'printed 减19 on the 上一年项目数量 220; no 2019 report is held',
  }),
  relativeYear(
    'G-R11',
    '洪泽区2024年行政许可比上一年增长了百分之多少',
    ans([pct(1624.9)], [9487, 550, diff(8937), ratio(17.25)]),
    { note: '(9487 − 550) ÷ 550' },
  ),
  relativeYear('G-R12', '洪泽区23年的后一年复议总计', ans([2], [1, 0])),
  relativeYear('G-R13', '最近一年的报告是哪家的', ans([], [1], { mustContain: ['沐阳县', '2025'] })),
  relativeYear('G-R14', '沐阳县去年结转到今年的申请有多少', anyOf(ans([31]), ans([36]), CLARIFY, NO_DATA), {
    note: 'clock: 2025’s 结转下年度 31; latest held as 今年: 2025’s 上年结转 36',
  }),
  relativeYear('G-R15', '淮安市2024年的上一年的行政许可', NO_DATA),

  arithmetic(
    'G-A01',
    '淮安市2024年行政事业性收费除以行政许可数，平均每件多少元',
    anyOf(ans([ratio(2150.39)], [HUAIAN_FEES, 447228]), ans([yuan(2150.39)], [HUAIAN_FEES, 447228])),
    { note: '96171.6 万元 ÷ 447228' },
  ),
  arithmetic(
    'G-A02',
    '龙岗发改局2020年采购平均每项多少钱',
    anyOf(ans([ratio(1748833.3)], [yuan(5246500), 3]), ans([yuan(1748833.3)], [yuan(5246500), 3])),
  ),
  arithmetic(
    'G-A03',
    '龙华数据局2020年每个采购项目平均多少',
    anyOf(ans([ratio(50764.4)], [yuan(456880), 9]), ans([yuan(50764.4)], [yuan(456880), 9])),
  ),
  arithmetic('G-A04', '沐阳县2025年行政处罚是行政许可的几倍', ans([ratio(1.34)], [693957, 517645])),
  arithmetic(
    'G-A05',
    '洪泽区2024年行政许可比2023年翻了几倍',
    anyOf(ans([ratio(17.25)], [9487, 550, diff(8937)]), ans([ratio(16.25)], [9487, 550, diff(8937)])),
    { note: '9487 ÷ 550 = 17.25 times, an increase of 16.25 times' },
  ),
  arithmetic(
    'G-A06',
    '淮安市2024年予以公开加部分公开再加不予公开，一共多少',
    ans([1994], [1362, 454, 178, 1816, ...HUAIAN_DENIED]),
  ),
  arithmetic('G-A07', '南山区2020年新收和上年结转合计', ans([268], [262, 6, 5, 1])),
  arithmetic('G-A08', '沐阳县2025年新收加上年结转', ans([749], [713, 36]), { note: 'the prose’s 受理 749 too' }),
  arithmetic('G-A09', '龙岗区2022年办理结果总计比新收少了多少', ans([diff(-17)], [535, 552])),
  arithmetic('G-A10', '淮安市2024年不予处理占办结总数的比例', ans([pct(2.9)], [88, 3050, 62, 25, 0, 1])),
  arithmetic('G-A11', '沐阳县2025年行政诉讼合计是多少', ans([13], SHUYANG_LITIGATION_PARTS), {
    note: '直接起诉 3 + 复议后起诉 10',
  }),
  arithmetic('G-A12', '洪泽区2024年复议加诉讼总共多少件', ans([6], [2, 1, 3, 4, 0]), {
    note: '复议 2 + 直接起诉 1 + 复议后起诉 3',
  }),
  arithmetic('G-A13', '南山区2020年部分公开占新收的比例是多少', ans([pct(18.7)], [49, 262])),
  arithmetic(
    'G-A14',
    '淮安市2024年复议维持率',
    anyOf(
      ans([pct(20.5)], [72, 351, ...HUAIAN_REVIEW_PARTS]),
      ans([pct(22.9)], [72, 314, 351, ...HUAIAN_REVIEW_PARTS]),
      CLARIFY,
    ),
    { note: 'of all 351, or of the 314 concluded' },
  ),
  arithmetic('G-A15', '龙岗区2022年行政许可、行政处罚、行政强制三个加总', ans([58241], [16103, 34389, 7749])),
  arithmetic('G-A16', '沐阳县2025年不予公开和不予处理差多少', ans([diff(13)], [32, 19, 12, 7, 0])),
  arithmetic('G-A17', '淮安市2024年自然人申请平均每月多少件', ans([ratio(250.08)], [3001, 12])),
  arithmetic('G-A18', '洪泽区2023年和2024年的新收申请平均一下', ans([ratio(58)], [21, 95, 116, 2])),
  arithmetic('G-A19', '龙岗区2022年规范性文件现行有效是本年制发的几倍', ans([ratio(2.96)], [136, 46])),
  arithmetic('G-A20', '南山区2020年其他对外管理服务事项处理决定是行政许可的多少倍', ans([ratio(22.83)], [199956, 8759])),
  arithmetic('G-A21', '淮安市2024年商业企业申请占新收的百分比', ans([pct(1.7)], [53, 3119])),
  arithmetic(
    'G-A22',
    '沐阳县2025年收费金额平均到每个月大概多少万元',
    anyOf(ans([yuan(3390173.3)], [SHUYANG_FEES, 12]), ans([ratio(339.02)], [SHUYANG_FEES, 12])),
    { note: '4068.208 万元 ÷ 12' },
  ),

  crossed(
    'G-X01',
    '淮安市2024年的复议和龙岗区2022年的诉讼分别多少',
    ans([351], [38, ...HUAIAN_REVIEW_PARTS, ...LONGGANG_LITIGATION_PARTS]),
    { note: '龙岗区 prints its lawsuits in two kinds (32 + 6); either the kinds or the sum' },
  ),
  crossed('G-X02', '南山区2020年的行政处罚和洪泽区2023年的行政强制', ans([1767, 195], [2078, diff(2668), diff(1572)])),
  crossed('G-X03', '沐阳县2025年予以公开比龙岗区2022年多多少', ans([diff(228)], [294, 66])),
  crossed(
    'G-X04',
    '龙岗发改局2020年和龙华数据局2020年采购金额加在一起',
    ans([yuan(5703380)], [yuan(5246500), yuan(456880), 3, 9]),
  ),
  crossed('G-X05', '洪泽区2023年的部分公开和淮安市2024年的部分公开相差', ans([diff(-450)], [4, 454, 447, 7, 0])),
  crossed('G-X06', '龙岗区2022年行政强制和沐阳县2025年行政强制谁多，多多少', ans([diff(5595)], [7749, 2154])),
  crossed('G-X07', '淮安市2024年不掌握相关信息是洪泽区2024年的几倍', ans([ratio(24.81)], [769, 31])),
  crossed(
    'G-X08',
    '南山区2020年、龙岗区2022年、淮安市2024年三家的新收申请',
    ans([262, 552, 3119], [3933, ...NANSHAN_APPLICANTS, ...LONGGANG_APPLICANTS, ...HUAIAN_APPLICANTS]),
  ),
  crossed('G-X09', '沐阳县2025年复议纠正和淮安市2024年复议纠正合计', ans([74], [10, 64])),
  crossed('G-X10', '龙岗区2022年规范性文件制发数和淮安市2024年的比较一下', ans([46, 8], [diff(38), ratio(5.75)])),
  crossed(
    'G-X11',
    '洪泽区2024年的收费和洪泽区2023年的收费',
    ans([HONGZE_2024_FEES, HONGZE_2023_FEES], [diff(-1852800), diff(-185.28), pct(-2.4), pct(2.4)]),
  ),
  crossed('G-X12', '淮安市2024年结转下年度是南山区2020年的多少倍', ans([ratio(3.12)], [103, 33, 30, 3])),
  crossed('G-X13', '龙华数据局2020年和龙岗发改局2020年新收申请一共几件', ans([5], [1, 4, 0])),
  crossed('G-X14', '沐阳县2025年和洪泽区2024年的重复申请各几件', ans([7, 0], [6, 1, diff(7)])),

  filter('G-P01', '江苏这几个单位2024年行政许可一共多少', ans([456715], [447228, 9487], TWO_REPORTS)),
  filter(
    'G-P02',
    '深圳2020年各单位政府集中采购项目数加起来',
    ans([2514], [2502, 3, 9, NANSHAN_PROCUREMENT, yuan(5246500), yuan(456880)], THREE_REPORTS),
  ),
  filter('G-P03', '淮安的两份2024年报告里不予公开合计', ans([181], [178, 3, ...HUAIAN_DENIED, 0], TWO_REPORTS)),
  filter(
    'G-P04',
    '广东的报告一共几份',
    ans([5], [3, 2, 1], { mustContain: ['南山区', '龙岗区'], mustNotContain: ['淮安市人民政府'] }),
  ),
  filter(
    'G-P05',
    '江苏省的年报都有哪些单位',
    ans([], [4, 3, 2, 1], { mustContain: ['淮安市人民政府', '洪泽区', '沐阳县'], mustNotContain: ['南山区'] }),
  ),
  filter('G-P06', '2020年区政府层面的行政复议', ans([5], [0], ONE_REPORT), { note: '南山区 is the one 区政府 of 2020' }),
  filter('G-P07', '县一级政府2025年的予以公开', ans([294], [290, 1, 0, 3], ONE_REPORT)),
  filter('G-P08', '市本级2024年的部分公开', ans([454], [447, 7, 0], ONE_REPORT)),
  filter(
    'G-P09',
    '深圳的部门报告有哪几份',
    ans([], [3, 2, 1], {
      mustContain: ['发展和改革局', '龙华区', '龙岗区政务服务数据管理局'],
      mustNotContain: ['淮安市人民政府'],
    }),
  ),
  filter('G-P10', '乡镇街道一级2024年收到的申请', SAFE, { note: 'no 乡镇/街道 report is held' }),
  filter('G-P11', '2022年深圳的区政府行政处罚', ans([34389], [], ONE_REPORT)),
  filter('G-P12', '江苏2024年区县的行政复议', ans([2], [1, 0], ONE_REPORT)),
  filter('G-P13', '淮安市下辖的区2023年的规范性文件废止', ans([5], [0], ONE_REPORT)),

  ranking('G-K01', '2024年哪家行政许可更多', ans([447228], [9487], { mustContain: ['淮安市'], ...TWO_REPORTS })),
  ranking('G-K02', '2020年三家单位的部分公开排个序', ans([49, 1, 0], [42, 3, 4], THREE_REPORTS)),
  ranking(
    'G-K03',
    '2020年龙岗发改局的新收申请在几家里排第几',
    ans([], [4, 262, 1, 2, 3, 0], { mustContain: ['发展和改革局'], ...THREE_REPORTS }),
    { note: 'second of three: 262, 4, 1' },
  ),
  ranking('G-K04', '2024年哪些单位没有上年结转的申请', ans([], [0, 34], { mustContain: ['洪泽区'] })),
  ranking(
    'G-K05',
    '2020年哪些单位没收到行政复议',
    ans([], [0, 5], { mustContain: ['发展和改革局', '龙华区'] }),
    { note: '龙岗发改局 and 龙华数据局 print 0; 南山区 5' },
  ),
  ranking('G-K06', '2024年哪个单位结转下年度最多', ans([103], [0], { mustContain: ['淮安市'], ...TWO_REPORTS })),
  ranking(
    'G-K07',
    '2020年行政许可上一年项目数量哪家最多',
    ans([220], [15, 0], { mustContain: ['南山区'], ...THREE_REPORTS }),
  ),
  ranking('G-K08', '2024年行政强制最少的是哪个', ans([84], [88283], { mustContain: ['洪泽区'], ...TWO_REPORTS })),
  ranking('G-K09', '2020年其他对外管理服务事项从多到少排一排', ans([199956, 949, 0], [], THREE_REPORTS)),
  ranking('G-K10', '2024年规范性文件制发数量排名', ans([8, 3], [], TWO_REPORTS)),
  ranking(
    'G-K11',
    '2020年采购项目数量最少的单位',
    ans([3], [2502, 9], { mustContain: ['发展和改革局'], ...THREE_REPORTS }),
  ),
  ranking(
    'G-K12',
    '2024年淮安市的行政处罚在这些单位里排第几',
    ans([], [3985758, 2776, 1, 2], { mustContain: ['淮安市'], ...TWO_REPORTS }),
  ),
  ranking(
    'G-K13',
    '2024年哪家单位的信访举报投诉类申请少',
    ans([1], [62, 56, 6, 0], { mustContain: ['洪泽区'], ...TWO_REPORTS }),
  ),
  ranking('G-K14', '2020年各家不予公开谁最多', ans([4], [0], { mustContain: ['南山区'], ...THREE_REPORTS })),
];
