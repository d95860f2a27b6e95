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
];
