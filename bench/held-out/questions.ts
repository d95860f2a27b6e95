// The held-out single questions (issue 13). Written as people type them in a disclosure office's work group,
// by a researcher or a journalist — not as the engine happens to understand. Keep this file untouched while the
// engine changes: it measures the engine, it is not a target to fit.
//
// Every expected value is the number PRINTED in the report (checked against the report text, not the parser).
// The store (see store.ts), with the figures used most:
//   龙岗区 = 深圳市龙岗区人民政府 2022 (2021 template): 新收 552 (自然人 489, 商业企业 51, 法律服务机构 8, 其他 4),
//     上年结转 10, 予以公开 66, 部分公开 36, 不予公开 1/0/0/7/8/10/3/1, 不掌握 283, 另行制作 2, 逾期不补正 2,
//     逾期未缴费 0, 其他 116, 总计 535, 结转下年度 27; 复议 7/2/1/5/15, 直接起诉 19/0/2/11/32, 复议后起诉 4/0/0/2/6;
//     规范性文件 制发 46 废止 11 现行有效 136, 许可 16103, 处罚 34389, 强制 7749, 收费 2.22934万元.
//   南山区 = 深圳市南山区人民政府 2020 (2019 template): 新收 262 (自然人 236, 商业企业 22, 其他 4), 上年结转 6,
//     予以公开 100, 部分公开 49, 过程性 4, 不掌握 51, 另行制作 1, 信访 1, 重复 4, 其他处理 25, 总计 235, 结转 33;
//     复议 5/0/0/0/5, 直接起诉 1/0/0/1/2, 复议后起诉 2/0/0/0/2; 规范性文件 8/8/8, 规章 "/";
//     许可 220 / 减19 / 8,759, 其他服务 430 / 减124 / 199,956, 处罚 2,078 / 增2,668 / 1,767, 强制 96 / 增89 / 159,
//     收费 14 / "/", 集中采购 2,502 项 170,815.4万元.
//   龙岗发改局 = 深圳市龙岗区发展和改革局 2020 (2019): 新收 4, 予以公开 2, 部分公开 1, 不掌握 1, 总计 4, 结转 1 (the
//     report's own imbalance); 复议诉讼 all 0; 规范性文件 1/1/1, 许可 15 / -3 / 12, 其他服务 21 / +928 / 949, 收费 41 / -16,
//     采购 3 项 5246500元.
//   龙华数据局 = 深圳市龙华区政务服务数据管理局 2020 (2019): 新收 1; 不掌握 自然人 1 but 总计 printed 0; 总计 printed 0;
//     采购 9 项 456880 元; everything else 0.
//   龙岗数据局 = 深圳市龙岗区政务服务数据管理局 2021 (2021): 规范性文件 制发 1 现行有效 1; everything else 0.
//   淮安市 = 淮安市人民政府 2024: 新收 3119 (自然人 3001, 商业企业 53, 法律服务机构 61, 其他 4), 上年结转 34,
//     予以公开 1362, 部分公开 454, 不予公开 2/31/5/6/8/12/9/105, 不掌握 769, 另行制作 11, 不明确 1,
//     信访 62, 重复 25, 出版物 0, 大量反复 0, 确认 1, 逾期不补正 71, 逾期未缴费 6, 其他 110, 总计 3050, 结转 103;
//     复议 72/64/178/37/351, 直接起诉 13/4/8/1/26, 复议后起诉 12/1/1/6/20; 规章 1/0/11, 规范性文件 8/26/66,
//     许可 447228, 处罚 3985758, 强制 88283, 收费 96171.6万元. (Text only: 信息处理费 3940 元.)
//   洪泽区 2024 = 淮安市洪泽区人民政府: 新收 95 (all 自然人), 上年结转 0, 予以公开 50, 部分公开 9, 三安全 1, 过程性 1,
//     执法案卷 1, 不掌握 31, 另行制作 1, 信访 1, 其他处理 0 (one row), 总计 95, 结转 0; 复议 1/1/0/0/2,
//     直接起诉 1/0/0/0/1, 复议后起诉 2/0/1/0/3; 规范性文件 3/0/8, 许可 9487, 处罚 2776, 强制 84, 收费 7545万元.
//   洪泽区 2023 (title 洪泽区人民政府, 淮安市洪泽区人民政府 in its first sentence): 新收 21, 部分公开 4, 国家秘密 1,
//     过程性 1, 执法案卷 1, 不掌握 10, 另行制作 3, 信访 1, 总计 21; 复议 printed 10/1/0/0/总计 0, 复议后起诉 5/0/0/0/总计 0;
//     规范性文件 0/5/5, 许可 550, 处罚 4119, 强制 195, 收费 7730.28万元.
//   沐阳县 = 沐阳县人民政府 2025 (OCR of 沭阳县, stored as printed): 新收 713 (自然人 705, 商业企业 3, 法律服务机构 5),
//     上年结转 36, 予以公开 294, 部分公开 101, 不予公开 0/0/2/2/13/2/4/9, 不掌握 111, 另行制作 2, 信访 12, 重复 7,
//     逾期不补正 9, 逾期未缴费 7, 其他 143, 总计 718, 结转 31; 复议 27/10/9/15/61, 直接起诉 3/0/0/0/3,
//     复议后起诉 8/0/1/1/10; 规范性文件 6/1/32, 许可 517645, 处罚 693957, 强制 2154, 收费 4068.208万元.
// Years held: 2020 (南山区, 龙岗发改局, 龙华数据局), 2021 (龙岗数据局), 2022 (龙岗区), 2023 (洪泽区), 2024 (淮安市,
// 洪泽区), 2025 (沐阳县). 去年/前年 may be read from the clock (2026) or from the latest year held (2025): both count.
import {
  ans,
  anyOf,
  CHAT,
  CLARIFY,
  diff,
  type Expect,
  NO_DATA,
  pct,
  type QuestionClass,
  type ReplyIn,
  ratio,
  SAFE,
  type SingleQuestion,
  yuan,
} from './expect.js';

type Extra = { readonly note?: string; readonly replyIn?: ReplyIn };
const of =
  (cls: QuestionClass) =>
  (id: string, question: string, expect: Expect, extra: Extra = {}): SingleQuestion => ({
    id,
    class: cls,
    question,
    expect,
    ...extra,
  });

const lookup = of('lookup');
const figure = of('figure');
const notInTables = of('not-in-tables');
const relativeYear = of('relative-year');
const arithmetic = of('arithmetic');
const crossed = of('crossed-pairs');
const filter = of('filter');
const ranking = of('ranking');
const chat = of('chat');
const traditional = (id: string, question: string, expect: Expect, note?: string): SingleQuestion =>
  of('traditional')(id, question, expect, { replyIn: 'hant', ...(note ? { note } : {}) });
const misspelling = of('misspelling');
const english = (id: string, question: string, expect: Expect, note?: string): SingleQuestion =>
  of('english')(id, question, expect, { replyIn: 'en', ...(note ? { note } : {}) });
const noData = of('no-data');
const outOfScope = of('out-of-scope');

/** A ranking of district governments within one year compares one report (one 区政府 a year is held). */
const ONE_REPORT = { reportsCompared: [1] };
/** Every organ–year pair asked is held: a "没有…的报告" line is false. */
const NO_MISSING_LINE = { mustNotContain: ['没有深圳市', '没有淮安市', '没有沐阳县'] };
// The parts of the totals a breakdown may state beside them.
const HUAIAN_DENIED = [2, 31, 5, 6, 8, 12, 9, 105];
const HUAIAN_REVIEW_PARTS = [72, 64, 178, 37];
const HUAIAN_LITIGATION_PARTS = [26, 20, 25, 5, 9, 7, 13, 4, 8, 1, 12, 6];
const LONGGANG_LITIGATION_PARTS = [32, 6, 23, 0, 2, 13, 19, 11, 4];
/** Words every list of the whole store must show, one per organ. */
export const ALL_ORGANS = [
  '龙岗区人民政府',
  '南山区',
  '发展和改革局',
  '龙华区',
  '龙岗区政务服务数据管理局',
  '淮安市人民政府',
  '洪泽区',
  '沐阳县',
];

export const QUESTIONS: readonly SingleQuestion[] = [
  // ── Plain lookups: every organ by full, short and abbreviated name; years written every way ──
  lookup('L01', '深圳市龙岗区人民政府2022年本年新收政府信息公开申请数量是多少', ans([552])),
  lookup('L02', '龙岗22年收了多少件申请', ans([552])),
  lookup('L03', '龙岗区政府二〇二二年依申请公开收到几件', ans([552])),
  lookup('L04', '龙岗区二零二二年收到多少申请', ans([552])),
  lookup('L05', '龙岗区 2022 申请数', ans([552])),
  lookup('L06', '龙岗区收到多少申请', ans([552]), { note: 'no year: the only report, 2022' }),
  lookup('L07', '龙岗区人民政府2022年度受理的政府信息公开申请有多少件', ans([552])),
  lookup('L08', '南山区2020年新收申请多少', ans([262])),
  lookup('L09', '南山20年收到的信息公开申请', ans([262])),
  lookup('L10', '南山区人民政府二〇二〇年收到申请数', ans([262])),
  lookup('L11', '南山区２０２０年收到多少申请', ans([262]), { note: 'full-width digits' }),
  lookup('L12', '南山区收到多少信息公开申请？', ans([262])),
  lookup('L13', 'nanshan 2020年申请数', ans([262])),
  lookup('L14', '龙岗发改局2020年收到多少申请', ans([4])),
  lookup('L15', '龙岗区发展和改革局20年收到的政府信息公开申请有几件', ans([4])),
  lookup('L16', '发改局2020年申请量', ans([4]), { note: 'one 发改局 in the store' }),
  lookup('L17', '龙华区政务服务数据管理局2020年收到几个申请', ans([1])),
  lookup('L18', '龙华数据局20年的申请数', ans([1])),
  lookup('L19', '龙岗区数据局2021年收到申请多少', ans([0])),
  lookup('L20', '龙岗政数局2021年收到多少信息公开申请', ans([0]), { note: '政数局: everyday short form' }),
  lookup('L21', '淮安市人民政府2024年收到多少政府信息公开申请', ans([3119])),
  lookup('L22', '淮安市政府24年新收申请', ans([3119])),
  lookup('L23', '淮安2024年依申请公开申请量是多少', ans([3119])),
  lookup('L24', '淮安市政府收了多少申请', ans([3119])),
  lookup('L25', '洪泽区2024年收到多少申请', ans([95])),
  lookup('L26', '淮安市洪泽区人民政府2024年本年新收申请数量', ans([95])),
  lookup('L27', '洪泽2024年申请数', ans([95])),
  lookup('L28', '洪泽区2023年收到多少件申请', ans([21])),
  lookup('L29', '洪泽区人民政府二〇二三年新收申请', ans([21])),
  lookup('L30', '沐阳县2025年收到多少申请', ans([713])),
  lookup('L31', '沐阳25年依申请公开收到几件', ans([713])),
  lookup('L32', '沐阳县人民政府二〇二五年收到的申请', ans([713])),
  lookup('L33', '沐阳县政府收到了多少政府信息公开申请', ans([713])),
  lookup('L34', '你有哪些报告？', ans([], [9, 8], { mustContain: ALL_ORGANS })),

  // ── Figures named in everyday words: table 三 ──
  figure('F01', '龙岗区2022年上年结转的申请有多少', ans([10])),
  figure('F02', '龙岗区2022年结转到下一年继续办的有多少', ans([27])),
  figure('F03', '南山区2020年年底还没办完转到下年的申请', ans([33])),
  figure('F04', '淮安市2024年予以公开多少件', ans([1362])),
  figure('F05', '淮安2024年部分公开的有几件', ans([454])),
  figure('F06', '淮安市2024年不予公开一共多少', ans([178], HUAIAN_DENIED)),
  figure('F07', '淮安市2024年因为属于国家秘密不公开的', ans([2])),
  figure('F08', '淮安2024年以三安全一稳定为由不予公开的有多少', ans([5])),
  figure('F09', '淮安市2024年保护第三方合法权益不公开几件', ans([6])),
  figure('F10', '淮安市2024年内部事务信息不予公开的', ans([8])),
  figure('F11', '淮安2024年过程性信息不公开的', ans([12])),
  figure('F12', '淮安市2024年行政执法案卷不予公开', ans([9])),
  figure('F13', '淮安2024年属于行政查询事项的有几件', ans([105])),
  figure('F14', '淮安市2024年本机关不掌握相关信息的有多少', ans([769])),
  figure('F15', '淮安2024年需要另行制作所以无法提供的', ans([11])),
  figure('F16', '淮安市2024年补正后申请内容仍不明确的', ans([1])),
  figure('F17', '淮安市2024年信访举报投诉类申请不予处理的', ans([62])),
  figure('F18', '淮安2024年重复申请多少件', ans([25])),
  figure('F19', '淮安市2024年要求提供公开出版物的', ans([0])),
  figure('F20', '淮安2024年要求确认或重新出具已获取信息的申请有几个', ans([1])),
  figure('F21', '淮安市2024年逾期不补正的申请', ans([71])),
  figure('F22', '淮安2024年申请人逾期没交费的', ans([6])),
  figure('F23', '淮安2024年其他处理里的第3项“其他”有多少', ans([110])),
  figure('F24', '淮安市2024年办理结果总计', ans([3050])),
  figure('F25', '淮安市2024年自然人申请多少', ans([3001])),
  figure('F26', '淮安2024年法律服务机构提出的申请', ans([61])),
  figure('F27', '淮安2024年商业企业申请的有多少件', ans([53])),
  figure('F28', '淮安市2024年法人或其他组织申请数', ans([118], [53, 0, 61, 4])),
  figure('F29', '沐阳县2025年无法提供的一共多少', ans([113], [111, 2, 0])),
  figure('F30', '沐阳2025年不予处理的有多少件', ans([19], [12, 7, 0])),
  figure('F31', '沐阳县2025年没有现成信息需要另行制作的', ans([2])),
  figure('F32', '沐阳县2025年重复申请', ans([7])),
  figure('F33', '沐阳2025年逾期未缴费的', ans([7])),
  figure('F34', '沐阳2025年逾期不补正', ans([9])),
  figure('F35', '沐阳2025年上年结转', ans([36])),
  figure('F36', '沐阳县25年结转下年度继续办理', ans([31])),
  figure('F37', '沐阳2025年信访类的申请', ans([12])),
  figure('F38', '南山区2020年重复申请有几件', ans([4])),
  figure('F39', '南山区2020年其他处理多少', ans([25])),
  figure('F40', '龙岗区2022年其他处理一共多少件', ans([118], [2, 0, 116]), {
    note: '2021 template: the sum of its three printed sub-rows',
  }),
  figure('F41', '龙华数据局2020年本机关不掌握的有几件', ans([0], [1]), {
    note: 'printed 总计 0 beside 自然人 1: the printed total, with a warning',
  }),
  figure('F42', '洪泽区2024年部分公开多少', ans([9])),
  // table 四
  figure('F43', '淮安市2024年行政复议多少件', ans([351], HUAIAN_REVIEW_PARTS)),
  figure('F44', '淮安2024年行政复议被纠正的', ans([64])),
  figure('F45', '淮安市2024年复议还没审结的', ans([37])),
  figure('F46', '淮安市2024年复议维持原决定的有几件', ans([72])),
  figure('F47', '淮安2024年复议其他结果', ans([178])),
  figure('F48', '淮安市2024年行政诉讼总数', ans([46], HUAIAN_LITIGATION_PARTS)),
  figure('F49', '淮安2024年未经复议直接起诉的行政诉讼', ans([26], [13, 4, 8, 1])),
  figure('F50', '淮安2024年复议后又去起诉的案件', ans([20], [12, 1, 6])),
  figure('F51', '淮安2024年直接起诉的案子里结果被纠正的', ans([4])),
  figure('F52', '淮安市2024年复议后起诉还在审的', ans([6])),
  figure('F53', '龙岗区2022年行政诉讼尚未审结的', ans([13], [11, 2])),
  figure('F54', '龙岗区2022年行政复议尚未审结多少件', ans([5])),
  figure('F55', '南山区2020年行政诉讼维持了几件', ans([3], [1, 2])),
  figure('F56', '龙岗2022年复议结果纠正', ans([2])),
  figure('F57', '沐阳县2025年行政复议总计', ans([61], [27, 10, 9, 15])),
  figure('F58', '沐阳2025年复议后起诉', ans([10], [8, 0, 1])),
  // table 二
  figure('F59', '龙岗区2022年发了多少规范性文件', ans([46], [11, 136]), {
    note: 'the other columns of the row may be shown, labelled',
  }),
  figure('F60', '龙岗区22年现行有效的规范性文件还有多少', ans([136])),
  figure('F61', '龙岗区2022年废止了几件规范性文件', ans([11])),
  figure('F62', '淮安市2024年制发规章几件', ans([1])),
  figure('F63', '淮安市2024年现行有效的规章', ans([11])),
  figure('F64', '淮安2024年行政许可处理决定多少', ans([447228])),
  figure('F65', '淮安市2024年行政处罚决定数量', ans([3985758])),
  figure('F66', '淮安2024年行政强制多少', ans([88283])),
  figure('F67', '淮安2024年行政事业性收费金额', ans([yuan(961716000)]), { note: 'printed 96171.6 (万元)' }),
  figure('F68', '南山区2020年政府集中采购项目数量', ans([2502])),
  figure('F69', '南山2020年集中采购花了多少钱', ans([yuan(1708154000)]), { note: 'printed 170,815.4万元' }),
  figure('F70', '龙岗发改局2020年政府采购金额', ans([yuan(5246500)])),
  figure('F71', '龙华区数据局2020年集中采购项目几个', ans([9])),
  figure('F72', '南山区2020年行政许可处理决定', ans([8759])),
  figure('F73', '南山区2020年行政处罚本年增减', ans([2668]), { note: 'printed 增2,668' }),
  figure('F74', '南山区2020年其他对外管理服务事项处理决定数量', ans([199956])),
  figure('F75', '南山区2020年行政强制决定多少', ans([159])),
  figure('F76', '洪泽区2024年收费金额', ans([yuan(75450000)]), { note: 'printed 7545 (万元)' }),
  figure('F77', '沐阳县2025年行政处罚有多少', ans([693957])),
  figure('F78', '南山区2020年新制作的规范性文件', ans([8])),
  figure('F79', '洪泽区2024年行政许可', ans([9487])),
  figure('F80', '龙岗发改局2020年其他对外管理服务事项增加了多少', ans([928]), { note: 'printed +928' }),
  figure('F81', '龙岗区2022年行政事业性收费多少钱', ans([yuan(22293.4)]), { note: 'printed 2.22934 (万元)' }),
  figure('F82', '南山区2020年新制作了几件规章', ans([0]), { note: 'printed "/"' }),
  figure('F83', '沐阳县2025年现行有效规范性文件', ans([32])),

  // ── Figures no table holds: never a number ──
  notInTables('N01', '淮安市2024年收了多少信息处理费', SAFE, { note: 'only the text says 3940 元' }),
  notInTables('N02', '龙岗区的常住人口有多少', SAFE),
  notInTables('N03', '南山区2020年财政预算多少', SAFE),
  notInTables('N04', '淮安2024年平均多少天答复一个申请', SAFE),
  notInTables('N05', '龙岗区2022年政府网站访问量是多少', SAFE, { note: 'text only: 6353万人次' }),
  notInTables('N06', '沐阳县2025年主动公开了多少条政府信息', SAFE, { note: 'text only: 4511条' }),
  notInTables('N07', '洪泽区2024年开了几次政府常务会议', SAFE),
  notInTables('N08', '淮安2024年开了多少场新闻发布会', SAFE),
  notInTables('N09', '龙岗区2022年网上申请的有多少件', SAFE, { note: 'text only: 网络申请488件' }),
  notInTables('N10', '南山区2020年信息公开工作人员有几个', SAFE),
  notInTables('N11', '淮安市2024年政务新媒体有多少个', SAFE),
  notInTables('N12', '龙岗数据局2021年12345热线受理量', SAFE),
  notInTables('N13', '沐阳县2025年申请人满意度', SAFE),
  notInTables('N14', '南山区2020年申请量同比增长多少', SAFE, { note: 'text only: 4.8%; no 2019 report' }),
  notInTables('N15', '淮安市2024年按期答复率', SAFE),
  notInTables('N16', '洪泽区2024年信息处理费收了多少', SAFE),
  notInTables('N17', '龙岗区2022年政策解读发了多少篇', SAFE),

  // ── Relative years inside a row name, and real relative years ──
  relativeYear('R01', '龙岗区2022年去年结转过来的申请有几件', ans([10])),
  relativeYear('R02', '南山区2020年从上一年带过来的申请', ans([6])),
  relativeYear('R03', '淮安市2024年上年度结转的申请', ans([34])),
  relativeYear('R04', '沐阳2025年上一年转过来的有多少件', ans([36])),
  relativeYear('R05', '南山区2020年行政处罚上一年项目数量', ans([2078])),
  relativeYear('R06', '龙岗发改局2020年行政许可上一年的项目数', ans([15])),
  relativeYear('R07', '龙岗区22年转到下一年的有几件', ans([27])),
  relativeYear('R08', '淮安市2024年留到下年度办理的申请', ans([103])),
  relativeYear('R09', '龙岗发改局2020年行政事业性收费项目上一年有几项', ans([41])),
  relativeYear('R10', '淮安市2024年去年结转的还有几件', ans([34])),
  relativeYear('R11', '洪泽区去年收到多少申请', anyOf(ans([95]), NO_DATA), { note: '2024 (store) or 2025 (clock)' }),
  relativeYear('R12', '洪泽区前年收了几件申请', anyOf(ans([21]), ans([95])), { note: '2023 or 2024' }),
  relativeYear('R13', '淮安市去年的行政复议有多少', anyOf(ans([351], HUAIAN_REVIEW_PARTS), NO_DATA)),
  relativeYear('R14', '沐阳县今年收到多少申请', anyOf(ans([713]), NO_DATA), { note: '2025 (store) or 2026' }),
  relativeYear('R15', '洪泽区去年比前年多收了多少申请', anyOf(ans([diff(74)], [95, 21, pct(352.4)]), NO_DATA, CLARIFY)),
  relativeYear('R16', '南山区去年收到多少申请', SAFE, { note: 'no 2024 or 2025 report' }),
  relativeYear('R17', '龙岗区2022年比上年多受理了多少申请', SAFE, {
    note: 'no 2021 report of 龙岗区人民政府; 上年 here is a year, not 上年结转',
  }),
  relativeYear('R18', '洪泽区2024年比上一年多收了多少件申请', ans([diff(74)], [95, 21, pct(352.4)])),
  relativeYear('R19', '洪泽区2024年上一年结转的申请', ans([0])),

  // ── Arithmetic: differences, sums, shares ──
  arithmetic('A01', '淮安市2024年收到的申请比洪泽区2024年多多少', ans([diff(3024)], [3119, 95])),
  arithmetic('A02', '洪泽区2024年比2023年增加了多少申请', ans([diff(74)], [95, 21, pct(352.4)])),
  arithmetic('A03', '洪泽区2024年行政处罚比2023年少了多少', ans([diff(1343)], [4119, 2776, pct(-32.6)])),
  arithmetic('A04', '洪泽区2023年到2024年行政许可增加了多少', ans([diff(8937)], [9487, 550, pct(1624.9)])),
  arithmetic('A05', '淮安市2024年予以公开和部分公开加起来多少', ans([1816], [1362, 454])),
  arithmetic('A06', '淮安市2024年行政复议和行政诉讼一共多少件', ans([397], [351, 46, 26, 20])),
  arithmetic('A07', '沐阳县2025年复议加诉讼合计多少件', ans([74], [61, 13, 3, 10])),
  arithmetic('A08', '南山区和龙岗区一共收到多少申请', anyOf(SAFE, ans([262, 552], [], { mustNotContain: ['814'] })), {
    note: 'their only reports are 2020 and 2022: a total must not add different years unasked',
  }),
  arithmetic('A09', '龙岗区三个单位一共收到多少申请', anyOf(SAFE, ans([552, 4, 0], [], { mustNotContain: ['556'] })), {
    note: '2022, 2020 and 2021 reports: list them, or ask; never one sum',
  }),
  arithmetic('A10', '2020年深圳这几个单位一共收到多少申请', ans([267], [262, 4, 1])),
  arithmetic('A11', '2024年淮安市和洪泽区合计收到多少申请', ans([3214], [3119, 95])),
  arithmetic('A12', '2024年所有单位一共收到多少件申请', ans([3214], [3119, 95])),
  arithmetic('A13', '龙岗区2022年自然人申请占比是多少', ans([pct(88.6)], [489, 552])),
  arithmetic('A14', '淮安2024年予以公开的占办理总数的比例', ans([pct(44.7)], [1362, 3050])),
  arithmetic('A15', '沐阳县2025年行政复议纠正率', ans([pct(16.4)], [10, 61])),
  arithmetic(
    'A16',
    '南山区2020年不掌握信息的占比',
    anyOf(ans([pct(21.7)], [51, 235]), ans([pct(19.5)], [51, 262]), CLARIFY),
    { note: 'of 办理结果总计 (235) or of 新收 (262)' },
  ),
  arithmetic('A17', '淮安市2024年新收申请和办理总计差多少', ans([diff(69)], [3119, 3050])),
  arithmetic('A18', '龙岗区2022年上年结转加上新收一共多少件', ans([562], [552, 10])),
  arithmetic('A19', '淮安市2024年行政许可、处罚、强制加起来', ans([4521269], [447228, 3985758, 88283])),
  arithmetic('A20', '淮安市2024年复议纠正的比维持的少几件', ans([diff(8)], [72, 64])),
  arithmetic('A21', '沐阳县2025年予以公开是部分公开的几倍', ans([ratio(294 / 101)], [294, 101])),
  arithmetic('A22', '淮安市2024年不予处理的比沐阳县2025年多多少', ans([diff(69)], [88, 19, 62, 25, 0, 1, 12, 7])),
  arithmetic('A23', '龙岗区2022年和南山区2020年行政复议一共多少', ans([20], [15, 5], NO_MISSING_LINE)),
  arithmetic('A24', '洪泽区2023和2024两年一共收到多少申请', ans([116], [21, 95])),
  arithmetic('A25', '龙岗区2022年结转下年度比上年结转多了几件', ans([diff(17)], [27, 10])),

  // ── Organ–year pairs crossed ──
  crossed('C01', '龙岗区2022年比南山区2020年多收了多少申请', ans([diff(290)], [552, 262], NO_MISSING_LINE)),
  crossed(
    'C02',
    '南山区2020年和龙岗区2022年的行政诉讼分别多少',
    ans([4, 38], [2, 3, 1, 0, ...LONGGANG_LITIGATION_PARTS], NO_MISSING_LINE),
  ),
  crossed('C03', '淮安市2024年跟沐阳县2025年比，谁收到的申请多', ans([3119, 713], [diff(2406)], NO_MISSING_LINE)),
  crossed('C04', '洪泽区2023年和淮安市2024年行政处罚差多少', ans([diff(3981639)], [3985758, 4119], NO_MISSING_LINE)),
  crossed('C05', '龙岗发改局2020年和龙岗区政府2022年的申请数对比一下', ans([4, 552], [diff(548)], NO_MISSING_LINE)),
  crossed('C06', '南山区2020年的行政许可比淮安市2024年少多少', ans([diff(438469)], [447228, 8759], NO_MISSING_LINE)),
  crossed('C07', '沐阳县2025年和洪泽区2023年不掌握信息的各多少', ans([111, 10], [0], NO_MISSING_LINE)),
  crossed('C08', '龙岗区2022年的予以公开比南山区2020年少多少', ans([diff(34)], [66, 100], NO_MISSING_LINE)),
  crossed('C09', '淮安市2024年和洪泽区2023年分别收到多少申请', ans([3119, 21], [], NO_MISSING_LINE)),
  crossed('C10', '洪泽区2024年与沐阳县2025年行政复议相差几件', ans([diff(59)], [61, 2], NO_MISSING_LINE)),

  // ── Filters: levels, departments of X, counts of organs ──
  filter('P01', '2024年哪个区县政府收到的申请最多', ans([95], [], ONE_REPORT), {
    note: '淮安市 is a city, not a 区县',
  }),
  filter('P02', '2020年区政府收到的申请有多少', ans([262], [], ONE_REPORT)),
  filter('P03', '2020年各部门收到多少申请', ans([4, 1], [], { reportsCompared: [2] })),
  filter('P04', '龙岗区的部门收了多少申请', anyOf(ans([4, 0]), SAFE), { note: '2020 and 2021: no sum' }),
  filter('P05', '龙岗区有几个单位的报告', ans([3])),
  filter('P06', '有几个县的年报', ans([1])),
  filter('P07', '淮安市下面的区县2024年收到多少申请', anyOf(ans([95]), SAFE)),
  filter(
    'P08',
    '市政府一级的报告有哪些',
    ans([], [2024, 1], { mustContain: ['淮安市人民政府'], mustNotContain: ['南山区'] }),
  ),
  filter('P09', '2022年区级部门收到的申请', SAFE, { note: 'no department report of 2022' }),
  filter(
    'P10',
    '深圳的区政府里哪个收到的申请最多',
    anyOf(ans([552], [], ONE_REPORT), ans([262], [], ONE_REPORT), CLARIFY),
    {
      note: '龙岗区 2022 and 南山区 2020: one year only',
    },
  ),
  filter('P11', '江苏的报告有几份', anyOf(ans([4]), SAFE)),
  filter('P12', '哪些部门有行政复议', anyOf(ans([], [0, 3]), NO_DATA), {
    note: 'every one of the 3 departments prints 0',
  }),
  filter('P13', '2024年区政府收到的申请', ans([95], [], ONE_REPORT)),
  filter('P14', '全部区县政府2024年合计收到多少申请', ans([95])),
  filter('P15', '淮安市本级2024年收到多少申请', ans([3119])),
  filter('P16', '2020年部门里谁的政府集中采购金额最高', ans([yuan(5246500)], [yuan(456880)], { reportsCompared: [2] })),
  filter('P17', '有多少个部门的年报', ans([3])),

  // ── Rankings and totals across reports: one year only ──
  ranking('K01', '2024年哪个单位收到的申请最多', ans([3119], [95], { reportsCompared: [2] })),
  ranking('K02', '2020年收到申请最少的单位是哪个', ans([1], [262, 4], { reportsCompared: [3] })),
  ranking('K03', '2020年申请数前三名', ans([262, 4, 1])),
  ranking(
    'K04',
    '哪个单位行政复议最多',
    anyOf(
      ans([5], [0], { reportsCompared: [3] }),
      ans([0], [], { reportsCompared: [1] }),
      ans([15], [], { reportsCompared: [1] }),
      ans([351], [2], { reportsCompared: [2] }),
      ans([61], [], { reportsCompared: [1] }),
      CLARIFY,
    ),
    { note: 'no year: one year, said in the reply' },
  ),
  ranking('K05', '2024年行政处罚决定最多的是谁', ans([3985758], [2776])),
  ranking('K06', '2020年各单位政府集中采购金额排名', ans([yuan(1708154000), yuan(5246500), yuan(456880)])),
  ranking('K07', '南山区2020年申请数排第几', ans([], [262, 1, 3, 4], { reportsCompared: [3] })),
  ranking('K08', '2024年哪个单位的行政诉讼最多', ans([46], [26, 20, 4, 1, 3])),
  ranking('K09', '2025年收费金额最高的单位', ans([yuan(40682080)])),
  ranking('K10', '历年收到申请最多的是哪一年哪个单位', ans([3119], [713, 552, 262, 95, 21, 4, 1, 0])),
  ranking('K11', '2020年哪些单位有行政诉讼', ans([4], [2])),
  ranking('K12', '2024年哪些单位没有行政复议', anyOf(ans([], [351, 2, 0]), NO_DATA)),
  ranking('K13', '2022年收到申请最多的三个单位', ans([552])),
  ranking(
    'K14',
    '哪个区政府收到的申请最少',
    anyOf(...[262, 552, 21, 95].map((value) => ans([value], [], ONE_REPORT)), CLARIFY),
    {
      note: 'no year: one year only; 沐阳县 is a county',
    },
  ),
  ranking('K15', '2024年予以公开最多的单位', ans([1362], [50])),
  ranking('K16', '2025年复议被纠正最多的是哪个', ans([10])),
  ranking('K17', '2020年哪个单位的行政许可决定最多', ans([8759], [12, 0])),

  // ── Chat ──
  chat('H01', '你好', CHAT),
  chat('H02', '谢谢！', CHAT),
  chat('H03', '帮助', CHAT),
  chat('H04', '年报', CHAT, { note: 'the WeChat prefix alone: a bare mention' }),
  chat('H05', '', CHAT, { note: 'a bare @mention: the channel strips the mention, leaving nothing' }),
  chat('H06', '在吗', CHAT),
  chat('H07', '你能做什么？', CHAT),
  chat('H08', '好的，收到', CHAT),
  chat('H09', '早上好', CHAT),
  chat('H10', '怎么用', CHAT),
  chat('H11', '辛苦了👍', CHAT),

  // ── Traditional characters (the reply should be Traditional too) ──
  traditional('T01', '龍崗區2022年收到多少政府信息公開申請？', ans([552])),
  traditional('T02', '南山區2020年行政復議有幾件', ans([5])),
  traditional('T03', '淮安市2024年不予公開的申請', ans([178], HUAIAN_DENIED)),
  traditional('T04', '沐陽縣2025年結轉下年度繼續辦理的申請', ans([31])),
  traditional('T05', '洪澤區2024年行政訴訟多少件', ans([4], [1, 3, 2, 0])),
  traditional('T06', '龍華區數據局2020年政府集中採購金額', ans([yuan(456880)])),
  traditional('T07', '淮安市2024年本機關不掌握相關政府信息的數量', ans([769])),
  traditional('T08', '龍崗區2022年行政規範性文件現行有效件數', ans([136])),
  traditional('T09', '2020年哪個單位收到的申請最多？', ans([262], [4, 1])),
  traditional('T10', '龍崗區2022年比南山區2020年多收了多少申請？', ans([diff(290)], [552, 262], NO_MISSING_LINE)),
  traditional('T11', '淮安市2024年逾期未繳費的申請有幾件', ans([6])),
  traditional('T12', '你好，請問怎麼用？', CHAT),
  traditional('T13', '龍崗區2022年自然人申請佔比', ans([pct(88.6)], [489, 552])),
  traditional('T14', '請問淮安市人口是多少', SAFE),

  // ── Close misspellings ──
  misspelling('M01', '淮安市2024年行政附议多少件', anyOf(CLARIFY, ans([351], HUAIAN_REVIEW_PARTS))),
  misspelling('M02', '龙岗区2022年行政述讼有几件', anyOf(CLARIFY, ans([38], LONGGANG_LITIGATION_PARTS))),
  misspelling('M03', '沭阳县2025年收到多少申请', anyOf(CLARIFY, ans([713])), {
    note: 'the real name; the store holds the OCR reading 沐阳县',
  }),
  misspelling('M04', '南三区2020年收到多少申请', SAFE, { note: 'a guess at 南山区 is not proven' }),
  misspelling('M05', '龙港区2022年收到的申请', SAFE, { note: '龙港 is a real city elsewhere' }),
  misspelling('M06', '洪泽区2024年予已公开多少', anyOf(CLARIFY, ans([50]))),
  misspelling('M07', '淮安2024年部份公开的有几件', anyOf(ans([454]), CLARIFY)),
  misspelling('M08', '淮安市2024年行政许可处里决定数量', anyOf(ans([447228]), CLARIFY)),

  // ── English ──
  english('E01', "How many information disclosure requests did Huai'an receive in 2024?", ans([3119])),
  english('E02', 'Longgang 2022 administrative reconsideration cases?', ans([15], [7, 2, 1, 5])),
  english('E03', 'How many applications did Nanshan carry over from the previous year in 2020?', ans([6])),
  english('E04', 'Which organ received the most requests in 2024?', ans([3119], [95])),
  english('E05', 'How many lawsuits did Shuyang county face in 2025?', anyOf(ans([13], [3, 10, 8, 0, 1, 11]), SAFE)),
  english('E06', "What was Hongze district's administrative licensing count in 2024?", ans([9487])),
  english('E07', 'How much did Nanshan spend on centralized government procurement in 2020?', ans([yuan(1708154000)])),
  english('E08', 'huaian 2024 requests granted in full', ans([1362])),
  english('E09', 'Difference in new requests between Longgang 2022 and Nanshan 2020?', ans([diff(290)], [552, 262])),
  english('E10', "What share of Longgang's 2022 requests came from individuals?", ans([pct(88.6)], [489, 552])),
  english('E11', "What's the population of Huai'an?", SAFE),
  english('E12', 'hi there', CHAT),
  english('E13', 'What reports do you have?', ans([], [9, 8])),
  english('E14', "How many of Huai'an's 2024 requests were carried over to next year?", ans([103])),
  english('E15', 'Number of administrative penalties in Huaian 2024', ans([3985758])),
  english('E16', 'Longgang district 2022 lawsuits not yet concluded', ans([13], [11, 2])),

  // ── No report for that organ or year ──
  noData('D01', '南山区2022年收到多少申请', NO_DATA),
  noData('D02', '龙岗区2020年行政复议多少', anyOf(NO_DATA, CLARIFY), { note: '龙岗区 = its government: 2022 only' }),
  noData('D03', '淮安市2023年收到多少申请', NO_DATA),
  noData('D04', '沐阳县2024年行政诉讼', NO_DATA),
  noData('D05', '洪泽区2022年收到多少件申请', NO_DATA),
  noData('D06', '龙华区政府2020年收到多少申请', SAFE, { note: 'only 龙华区数据局 is held' }),
  noData('D07', '宝安区2022年收到多少申请', SAFE),
  noData('D08', '淮安市2025年行政处罚', NO_DATA),
  noData('D09', '南山区2021年的年报数据', NO_DATA),

  // ── Out of scope ──
  outOfScope('O01', '今天天气怎么样', SAFE),
  outOfScope('O02', '帮我写一份2024年政府信息公开年报', SAFE),
  outOfScope('O03', '深圳市2023年GDP多少', SAFE),
  outOfScope('O04', '龙岗区区长是谁', SAFE),
  outOfScope('O05', '政府信息公开条例第几条规定了年报', SAFE),
  outOfScope('O06', '北京市2022年收到多少政府信息公开申请', SAFE),
  outOfScope('O07', '给我讲个笑话', SAFE),
  outOfScope('O08', '淮安市2024年的年报是谁写的', SAFE),
];
