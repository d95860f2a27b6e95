// A seventh held-out set (`npm run held-out -- --set seventh`), written on 2026-12-05 (begun 05:11, finished 05:21
// UTC by `date -u`), blind: before the engine was run on any of it and without reading src/answers, and kept
// untouched afterwards. The first six sets have been fixed against; this one gives the honest figure. Same store,
// same scoring (see the header of questions.ts, which lists the figures of every report). Written apart from the
// other six in style, not only in wording (no question repeats one of theirs): new people and habits — long polite
// questions with the context first, several questions in one message, voice-typed homophones (付议, 红泽, 怀安),
// years in Chinese characters and mixed half-/full-width digits, short forms (依申请, 政数局, 市本级), row labels
// quoted with a slip, English and English mixed into Chinese — and rows rarely asked (补正后仍不明确,
// 确认或重新出具, 其他处理 sub-rows, 复议 / 诉讼 result columns, 规章 制发, 本年增/减 and 上一年项目数量, 收费,
// 采购, applicant columns). Every expected value was read off the report text (data/reports,
// test/fixtures/real-reports); sums, shares and quotients are computed from printed figures. Where the right reading
// is unclear, the safe replies are accepted.
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
  lookup('G-L03', '南山区２0２0年 新收申请 件数', ans([262], NANSHAN_APPLICANTS), {
    note: 'half- and full-width mixed',
  }),
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
  lookup(
    'G-L15',
    '库里有没有淮安市的报告？有的话是哪一年的',
    ans([], [1, 2, 3], { mustContain: ['淮安市人民政府', '2024'] }),
    {
      note: '淮安市人民政府 2024; a reply may add 洪泽区 (a district of 淮安)',
    },
  ),
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
  figure('G-F13', '南山区2020年因为重复申请不予处理的有几件', ans([4], [2])),
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
  figure('G-F32', '南山区2020年复议维持的案件数', ans([5])),
  figure('G-F33', '龙岗区2022年复议尚未审结的', ans([5])),
  figure('G-F34', '淮安市2024年直接起诉结果纠正', ans([4])),
  figure('G-F35', '淮安市2024年复议后起诉尚未审结', ans([6])),
  figure('G-F36', '洪泽区2024年行政诉讼里复议后起诉那栏的其他结果', ans([1])),
  figure('G-F37', '龙岗区2022年直接起诉的其他结果', ans([2])),
  figure('G-F38', '沐阳县2025年行政复议其他结果', ans([9])),
  figure('G-F39', '南山区2020年行政诉讼直接起诉总计', ans([2], [1, 0])),
  figure('G-F40', '淮安市2024年规章本年制发', ans([1])),
  figure('G-F41', '龙岗区2022年规范性文件废止多少', ans([11])),
  figure('G-F42', '洪泽区2024年行政规范性文件现行有效件数', ans([8])),
  figure('G-F43', '南山区2020年规范性文件本年新制作', ans([8])),
  figure('G-F44', '南山区2020年报里行政许可那行的上一年项目数是多少', ans([220])),
  figure('G-F45', '南山区2020年其他对外管理服务事项一共作了多少处理决定', ans([199956])),
  figure('G-F46', '南山区2020年报告里行政处罚的本年增/减那一栏', ans([diff(2668)], [2078, 1767]), {
    note: 'printed 增2,668',
  }),
  figure('G-F47', '龙岗发改局2020年行政许可本年增/减', ans([diff(-3)], [15, 12]), { note: 'printed -3' }),
  figure('G-F48', '龙岗区2022年行政事业性收费多少万元', ans([LONGGANG_FEES]), { note: 'printed 2.22934 万元' }),
  figure('G-F49', '沐阳县2025年的收费金额大概是多少', anyOf(ans([SHUYANG_FEES]), CLARIFY), {
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
  figure('G-F58', '这个单位的行政处罚是多少', SAFE, { note: 'no organ named and nothing before it' }),
  figure('G-F59', '请问那个区的行政复议纠正了几件', SAFE, { note: 'which 区 is not said' }),
  figure('G-F60', '龙岗区2022年依申请不掌握相关信息里其他组织的', anyOf(ans([2]), ans([37], [29, 0, 6, 2]), CLARIFY), {
    note: 'the 其他 column (2), or 法人或其他组织 read as 其他组织 (29 + 6 + 2)',
  }),
  figure('G-F61', '淮安市2024年政府信息公开行政诉讼总数', ans([46], HUAIAN_LITIGATION_PARTS), {
    note: '46 is printed in the prose: 直接起诉 26 + 复议后起诉 20',
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
  relativeYear(
    'G-R10',
    '南山区2020年行政许可比上年少了多少',
    anyOf(ans([diff(-19)], [220, 8759, 201]), NO_DATA, CLARIFY),
    {
      note: 'printed 减19 on the 上一年项目数量 220; no 2019 report is held',
    },
  ),
  relativeYear(
    'G-R11',
    '洪泽区2024年行政许可比上一年增长了百分之多少',
    ans([pct(1624.9)], [9487, 550, diff(8937), ratio(17.25), ratio(16.25)]),
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
  arithmetic(
    'G-A20',
    '南山区2020年其他对外管理服务事项处理决定是行政许可的多少倍',
    ans([ratio(22.83)], [199956, 8759]),
  ),
  arithmetic('G-A21', '淮安市2024年商业企业申请占新收的百分比', ans([pct(1.7)], [53, 3119])),
  arithmetic(
    'G-A22',
    '沐阳县2025年收费金额平均到每个月大概多少万元',
    anyOf(ans([ratio(3390173.3)], [SHUYANG_FEES, 12]), ans([ratio(339.02)], [SHUYANG_FEES, 12])),
    { note: '4068.208 万元 ÷ 12' },
  ),

  crossed(
    'G-X01',
    '淮安市2024年的复议和龙岗区2022年的诉讼分别多少',
    anyOf(
      ans([351, 38], [...HUAIAN_REVIEW_PARTS, ...LONGGANG_LITIGATION_PARTS]),
      ans([351, 32, 6], [38, ...HUAIAN_REVIEW_PARTS, ...LONGGANG_LITIGATION_PARTS]),
    ),
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
  filter('G-P06', '2020年区政府层面的行政复议', ans([5], [0], ONE_REPORT), {
    note: '南山区 is the one 区政府 of 2020',
  }),
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
  ranking('G-K05', '2020年哪些单位没收到行政复议', ans([], [0, 5], { mustContain: ['发展和改革局', '龙华区'] }), {
    note: '龙岗发改局 and 龙华数据局 print 0; 南山区 5',
  }),
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

  chat('G-H01', '各位老师早上好☀️', CHAT),
  chat('G-H02', '感谢感谢，帮大忙了', CHAT),
  chat('G-H03', '这个机器人都能查些什么呀', CHAT),
  chat('G-H04', '@年报助手 使用说明', CHAT),
  chat('G-H05', '把刚才的都清掉，我重新问', anyOf(CHAT, SAFE)),
  chat('G-H06', '收到👌', anyOf(CHAT, SAFE)),
  chat('G-H07', '各位晚上好呀', CHAT),
  chat('G-H08', '你是谁呀', anyOf(CHAT, SAFE)),
  chat('G-H09', '辛苦了，明天再来问', anyOf(CHAT, SAFE)),
  chat('G-H10', '怎么用你查数据', CHAT),

  traditional('G-T01', '淮安市2024年補正後申請內容仍不明確的有幾件', ans([1])),
  traditional('G-T02', '龍崗區2022年行政規範性文件廢止件數', ans([11])),
  traditional('G-T03', '沐陽縣2025年重複申請有幾件', ans([7], [6, 1])),
  traditional('G-T04', '洪澤區2024年本機關不掌握相關政府信息', ans([31], [0])),
  traditional('G-T05', '南山區2020年政府集中採購總金額是多少', ans([NANSHAN_PROCUREMENT], [2502])),
  traditional('G-T06', '淮安市2024年行政訴訟復議後起訴總計', ans([20], [12, 1, 6])),
  traditional('G-T07', '龍崗區2022年予以公開和部分公開合計', ans([102], [66, 36, 63, 1, 0])),
  traditional('G-T08', '2024年哪個單位的行政強制最多', ans([88283], [84], TWO_REPORTS)),
  traditional('G-T09', '沐陽縣2025年行政複議尚未審結', ans([15])),
  traditional('G-T10', '洪澤區2023年行政許可', ans([550])),
  traditional('G-T11', '請問你能做什麼', CHAT),
  traditional('G-T12', '龍華區數據局2020年政府集中採購項目數量', ans([9], [yuan(456880)])),
  traditional('G-T13', '淮安市2024年上年結轉申請', ans([34], [0])),

  misspelling('G-M01', '淮安市2024年行政付议多少件', anyOf(CLARIFY, ans([351], HUAIAN_REVIEW_PARTS)), {
    note: '付议: a voice-typed 复议',
  }),
  misspelling('G-M02', '红泽区2024年行政处罚', anyOf(CLARIFY, ans([2776])), { note: '红泽: a voice-typed 洪泽' }),
  misspelling('G-M03', '怀安市2024年不予公开', anyOf(CLARIFY, ans([178], HUAIAN_DENIED)), {
    note: '怀安 is also a county of 河北: asking back is right too',
  }),
  misspelling('G-M04', '龙岗区2022年予以公凯多少', anyOf(CLARIFY, ans([66], [63, 1, 0]))),
  misspelling('G-M05', '沐阳县2025年保护第三方合法权宜的', anyOf(CLARIFY, ans([2]))),
  misspelling('G-M06', '南山区2020年行政强治', anyOf(CLARIFY, ans([159], [96, diff(89)]))),
  misspelling('G-M07', '淮安市2024年重复申亲', anyOf(CLARIFY, ans([25]))),
  misspelling('G-M08', '洪泽区2024年信方举报投诉', anyOf(CLARIFY, ans([1], [0]))),
  misspelling('G-M09', '龙港区2022年行政许可', anyOf(SAFE, ans([16103])), {
    note: '龙港 is also a city of 浙江: asking back or no data is right too',
  }),
  misspelling('G-M10', '淮安市2024年规范性文见现行有效', anyOf(CLARIFY, ans([66]))),
  misspelling('G-M11', '沐阳县2025年形政诉讼复议后起诉', anyOf(CLARIFY, ans([10], [8, 0, 1]))),
  misspelling('G-M12', '南山区2020年政府集中菜购项目数量', anyOf(CLARIFY, ans([2502], [NANSHAN_PROCUREMENT]))),
  misspelling('G-M13', '淮安市2024年本机关不掌握相关政府信息的 商页企业', anyOf(CLARIFY, ans([12]))),

  english('G-E01', 'Huaian 2024: how many requests were carried over from the previous year?', ans([34], [0])),
  english(
    'G-E02',
    'How many administrative reconsideration cases did Longgang have in 2022?',
    ans([15], LONGGANG_REVIEW_PARTS),
  ),
  english('G-E03', 'Nanshan 2020 requests from commercial enterprises', ans([22])),
  english(
    'G-E04',
    'Shuyang 2025 fees collected',
    anyOf(ans([SHUYANG_FEES]), CLARIFY),
    '行政事业性收费 4068.208 万元; the prose’s 信息处理费 is 380 元',
  ),
  english('G-E05', 'Did Hongze handle more requests in 2024 than in 2023?', ans([95, 21], [diff(74), 0, ratio(4.52)])),
  english(
    'G-E06',
    'Which 2024 report had fewer partially disclosed requests?',
    ans([9], [454, 447, 7, 0], TWO_REPORTS),
  ),
  english('G-E07', 'Longgang district 2022 normative documents currently in force', ans([136])),
  english('G-E08', 'What share of Shuyang 2025 new requests came from natural persons?', ans([pct(98.9)], [705, 713])),
  english('G-E09', 'Hongze 2024 licensing vs penalties difference', ans([diff(6711)], [9487, 2776])),
  english('G-E10', 'Longhua data bureau 2020 procurement amount', ans([yuan(456880)], [9])),
  english('G-E11', 'Thanks a lot, that helps!', CHAT),
  english('G-E12', 'Do you have the Guangzhou 2022 annual report?', SAFE),
  english('G-E13', 'Nanshan 2020: how many requests were withheld as process information?', ans([4])),
  english('G-E14', 'Huaian 2024 lawsuits filed directly, upheld', ans([13])),
  english('G-E15', 'Longgang 2022 requests from legal service agencies', ans([8])),

  noData('G-D01', '洪泽区2022年收到多少申请', NO_DATA),
  noData('G-D02', '淮安市2025年的行政复议', NO_DATA),
  noData('G-D03', '沐阳县2024年予以公开', NO_DATA),
  noData('G-D04', '南山区2021年行政许可', NO_DATA),
  noData('G-D05', '龙华数据局2021年收到的申请', NO_DATA),
  noData('G-D06', '龙岗区2023年不予公开', NO_DATA),
  noData('G-D07', '福田区2022年政府信息公开年报', SAFE),
  noData('G-D08', '清江浦区2024年新收申请', SAFE, { note: 'a district of 淮安 with no report held' }),
  noData('G-D09', '苏州市2024年行政处罚多少', SAFE),
  noData('G-D10', '南京市2024年行政复议', SAFE),
  noData('G-D12', '有2019年的年报吗', SAFE, { note: 'the earliest year held is 2020 (南山区 on the 2019 template)' }),
  noData('G-D11', '龙岗区发改局2022年收到几件申请', NO_DATA),

  outOfScope('G-O01', '淮安这周末天气咋样', SAFE),
  outOfScope('G-O02', '帮我写一份2025年的年报', anyOf(SAFE, CHAT)),
  outOfScope('G-O03', '南山区有多少常住人口', SAFE),
  outOfScope('G-O04', '龙岗区2022年一般公共预算收入', SAFE),
  outOfScope('G-O05', '今天星期几', anyOf(SAFE, CHAT)),
  outOfScope('G-O06', '推荐一家深圳好吃的餐厅🍜', anyOf(SAFE, CHAT)),
  outOfScope('G-O07', '淮安市2024年GDP增速', SAFE),
  outOfScope('G-O08', '洪泽湖面积多大', SAFE),
  outOfScope('G-O09', 'what is the exchange rate of USD to CNY', SAFE),
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

export const SEVENTH_CONVERSATIONS: readonly Conversation[] = [
  conversation('G-V01', [
    turn('淮安市2024年不予处理一共几件', ans([88], [62, 25, 0, 1, 56, 6])),
    turn('它里面信访举报投诉类占多少', ans([pct(70.5)], [62, 88, 56, 6])),
    turn('换成沐阳县2025年看看', anyOf(ans([pct(63.2)], [12, 19]), ans([12]), ans([19], [12, 7, 6, 1, 0]), CLARIFY)),
  ]),
  conversation('G-V02', [
    turn('洪泽区2024年规范性文件本年制发几件', ans([3])),
    turn('那往前一年呢', ans([0])),
    turn('那废止的件数呢', ans([5])),
    turn('再往后一年呢', ans([0])),
  ]),
  conversation('G-V03', [
    turn('2020年三家的行政许可分别是多少', ans([8759, 12, 0], [220, diff(-19), 15, diff(-3), 8771], THREE_REPORTS)),
    turn('加起来多少', ans([8771], [8759, 12, 0])),
    turn('南山区占了百分之几', ans([pct(99.9)], [8759, 8771])),
  ]),
  conversation('G-V04', [
    turn('沐阳县2025年直接起诉和复议后起诉各几件', ans([3, 10], [8, 0, 1, 13])),
    turn('这俩相差多少', ans([diff(7)], [3, 10])),
    turn('维持的一共多少', ans([11], [3, 8])),
  ]),
  conversation('G-V05', [
    turn('龙岗区2022年部分公开多少', ans([36], [0])),
    turn('重新开始吧', anyOf(CHAT, SAFE)),
    turn('那结转下年度的呢', SAFE, undefined, 'the reset leaves no organ or year to inherit'),
  ]),
  conversation('G-V06', [
    turn('南山区2020年予以公开的一共几件', ans([100], [93, 6, 1])),
    turn(
      '所有报告里予以公开最多的是哪份',
      anyOf(ans([1362], [100, 66, 50, 294, 2, 0, 1288, 21, 3], { mustContain: ['淮安市'] }), CLARIFY),
      undefined,
      'a whole-store question: 南山区 must not be inherited',
    ),
    turn(
      '那最少的呢',
      anyOf(ans([0], [1362, 100, 66, 50, 294, 2]), CLARIFY),
      undefined,
      '龙华数据局, 龙岗数据局, 洪泽区 2023 print 0',
    ),
  ]),
  conversation('G-V07', [
    turn('2024年两家单位的行政处罚', ans([3985758, 2776], [3988534], TWO_REPORTS)),
    turn('两家平均下来每家多少', ans([ratio(1994267)], [3988534, 3985758, 2776, 2])),
    turn('淮安市的是洪泽区的几倍', ans([ratio(1435.8)], [3985758, 2776])),
  ]),
  conversation('G-V08', [
    turn('龙岗区2022年无法提供一共多少', ans([285], [283, 2, 0, 246, 29, 6])),
    turn('其中不掌握相关信息的', ans([283], [246, 29, 0, 6, 2])),
    turn('占新收申请的比例', ans([pct(51.3)], [283, 552])),
  ]),
  conversation('G-V09', [
    turn('Nanshan 2020 administrative penalties', ans([1767], [2078, diff(2668)]), 'en'),
    turn('and enforcement?', ans([159], [96, diff(89)]), 'en'),
    turn('what about Longgang district in 2022?', anyOf(ans([7749]), ans([34389, 7749]), CLARIFY), 'en'),
  ]),
  conversation('G-V10', [
    turn('淮安市2024年行政複議總計', ans([351], HUAIAN_REVIEW_PARTS), 'hant'),
    turn('其中尚未審結的', ans([37]), 'hant'),
    turn('在總數裡佔百分之幾', ans([pct(10.5)], [37, 351]), 'hant'),
  ]),
  conversation('G-V11', [
    turn('洪泽区2023年不掌握相关信息几件', ans([10], [0])),
    turn('换2024年看看', ans([31], [0])),
    turn('两年一共', ans([41], [10, 31])),
  ]),
  conversation('G-V12', [
    turn('麻烦查下龙岗发改局2020年其他对外管理服务事项的决定数', ans([949], [21, diff(928)])),
    turn('他们行政许可呢', ans([12], [15, diff(-3)])),
    turn('两项加起来', ans([961], [949, 12])),
  ]),
  conversation('G-V13', [
    turn('淮安市2024年行政处罚多少', ans([3985758])),
    turn('它前一年的呢', NO_DATA),
    turn(
      '那洪泽区同一年的',
      anyOf(ans([2776]), ans([4119]), CLARIFY),
      undefined,
      '2024 as asked first, or 2023 as 前一年',
    ),
  ]),
  conversation('G-V14', [
    turn('洪泽区2023年行政处罚和行政强制', ans([4119, 195], [4314])),
    turn('它们后一年各是多少', ans([2776, 84], [2860])),
    turn('两年行政处罚差多少', ans([diff(-1343)], [4119, 2776, pct(-32.6), pct(32.6)])),
  ]),
  conversation('G-V15', [
    turn('您好，我是区政务公开办的，想核对一下南山区2020年结转下年度继续办理的数字', ans([33], [30, 3])),
    turn('上年结转的是多少', ans([6], [5, 1])),
    turn('那么新收加上年结转，再减去结转下年度，是多少', ans([235], [262, 6, 33, 268])),
    turn('好的谢谢🙏', CHAT),
  ]),
  conversation('G-V16', [
    turn('@年报助手 洪泽区2024年行政复议结果维持几件', ans([1])),
    turn('直接起诉的呢', ans([1], [0])),
    turn('复议以后再起诉的那种呢', anyOf(ans([2]), ans([3], [2, 0, 1]))),
  ]),
  conversation('G-V17', [
    turn('沐阳县2025年行政规范性文件现行有效多少件', ans([32])),
    turn('这个数比淮安市2024年少多少', ans([diff(-34)], [32, 66])),
    turn('淮安市那年废止了几件', ans([26])),
  ]),
];
