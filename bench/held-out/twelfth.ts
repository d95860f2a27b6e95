// A twelfth held-out set (`npm run held-out -- --set twelfth`), written on 2026-12-07 (begun 15:07 UTC by `date -u`),
// blind: without reading src/answers, test/answers or the earlier sets' questions (only expect.ts, score.ts, store.ts,
// run.ts, the README and the opening lines of eleventh.ts for the shape — lines 60–110 were read too, its helpers and
// its first seventeen lookups; nothing here is copied from them), and before the engine was run on any of it. The
// first eleven sets have been fixed against; this one gives the honest figure. Same store (five sample reports, four
// real text reports: 淮安市 2024, 洪泽区 2023 and 2024, 沐阳县 2025), same scoring. Every expected value was read off
// the report text (data/reports, test/fixtures/real-reports); sums, shares, quotients and changes are written as the
// arithmetic on the printed figures. Emphasis: table 二 and table 四 rows of every report, every sub-row of 不予公开 /
// 无法提供 / 不予处理 / 其他处理, applicant columns, 上年结转 / 结转下年度 / 总计, shares of a sum, 纠正率 / 维持率,
// averages, percentage changes (同比 / 环比), two filters at once, counts of organs, one organ across its years (历年),
// 占比 / 比重 / 几成, years in Chinese numerals, voice-typed run-ons, printed labels copied verbatim, mixed languages,
// places the store lacks, lists over the store, and conversations with organ and year switches, pointers (前者 / 后者 /
// 它 / 刚才那个), operations on the last two turns, whole-store questions in between and 重新开始.
//
// Where the right reading is unclear the safe replies are accepted too. 去年 / 前年 may be read from the clock (2026)
// or from the store's latest year (2025). A close misspelling may be answered or asked back (issue 13 rule 8). A figure
// printed only in a report's prose may be stated or declined; a figure printed nowhere must be declined. A rate of a
// result column (纠正率) may be over the printed 总计 or over the cases settled (总计 − 尚未审结). A difference may be
// stated with its percentage. Not asked: 洪泽区 2023's table 四 (garbled by the layout extraction); 龙华区数据局 2020's
// 总计 columns below 新收 (0 where the row's 自然人 is 1); 沐阳县 2025's applicant columns below 新收 (the OCR's tables
// are re-headed there).
import { difference } from './builders.js';
import type { Conversation, Expect, SingleQuestion } from './expect.js';
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
const percentChange = (from: number, to: number): Expect => {
  const also = [from, to, diff(to - from)];
  return anyOf(...changeShares(from, to).map((change) => ans([change], also)));
};
/** A change between two years: the difference, or the percentage alone. */
const change = (from: number, to: number): Expect =>
  anyOf(difference(to, from), ...changeShares(from, to).map((c) => ans([c], [from, to, diff(to - from)])));
/** A rate of one result column: over the printed 总计, or over the settled cases (总计 − 尚未审结). */
const rate = (part: number, total: number, pending: number, also: readonly Figure[] = []): Expect =>
  anyOf(
    ans([share(part, total)], [part, total, ...also]),
    ans([share(part, total - pending)], [part, total, pending, total - pending, ...also]),
  );
/** A yes of a check: every figure of the identity may be stated, or none. */
const balances = (figures: readonly number[]): Expect => anyOf(ans([], [...figures, diff(0)]));
/** Not a number: any safe reply, or a reply of its own without a figure. */
const NOT_A_NUMBER = anyOf(SAFE, CHAT);

// Table 二 as printed (制发 / 废止 / 现行有效; 许可; 处罚; 强制; 收费 万元):
// 淮安市 2024: 规章 1 0 11, 规范性文件 8 26 66; 447228; 3985758; 88283; 96171.6
// 洪泽区 2024: 规章 0 0 0, 规范性文件 3 0 8; 9487; 2776; 84; 7545
// 洪泽区 2023: 规章 0 0 0, 规范性文件 0 5 5; 550; 4119; 195; 7730.28
// 沐阳县 2025: 规章 0 0 0, 规范性文件 6 1 32; 517645; 693957; 2154; 4068.208
// 龙岗区 2022: 规章 0 0 0, 规范性文件 46 11 136; 16103; 34389; 7749; 2.22934
// 龙岗区数据局 2021: 规范性文件 1 0 1; the rest 0
// The 2019 template (上一年项目数量 / 本年增减 / 处理决定数量; 采购项目数量 / 采购总金额):
// 南山区 2020: 规范性文件 8 8 8; 许可 220 减19 8759; 其他对外管理服务事项 430 减124 199956; 处罚 2078 增2668 1767;
//   强制 96 增89 159; 收费 14 /; 集中采购 2502, 170815.4万元
// 龙岗区发改局 2020: 规范性文件 1 1 1; 许可 15 -3 12; 其他对外管理服务事项 21 +928 949; 处罚 0; 强制 0; 收费 41 -16;
//   集中采购 3, 5246500元
// 龙华区数据局 2020: all 0; 集中采购 9, 456880元
//
// Table 四 — 复议 维持/纠正/其他/尚未审结/总计, 直接起诉 the same, 复议后起诉 the same:
// 淮安市 2024: 72 64 178 37 351 | 13 4 8 1 26 | 12 1 1 6 20 (行政诉讼 46)
// 沐阳县 2025: 27 10 9 15 61 | 3 0 0 0 3 | 8 0 1 1 10 (行政诉讼 13)
// 龙岗区 2022: 7 2 1 5 15 | 19 0 2 11 32 | 4 0 0 2 6 (行政诉讼 38)
// 洪泽区 2024: 1 1 0 0 2 | 1 0 0 0 1 | 2 0 1 0 3 (行政诉讼 4)
// 南山区 2020: 5 / / / 5 | 1 / / 1 2 | 2 / / / 2 (行政诉讼 4)
//
// Table 三, 总计 column (新收; 上年结转; 予以公开; 部分公开; 不予公开 1–8; 无法提供 1–3; 不予处理 1–5; 其他处理 1–3;
// 总计; 结转下年度):
// 淮安市 2024: 3119; 34; 1362; 454; 2 31 5 6 8 12 9 105 (178); 769 11 1 (781); 62 25 0 0 1 (88); 71 6 110 (187);
//   3050; 103. 新收 by applicant: 自然人 3001, 商业企业 53, 科研 0, 公益 0, 法律服务 61, 其他 4.
// 沐阳县 2025: 713; 36; 294; 101; 0 0 2 2 13 2 4 9 (32); 111 2 0 (113); 12 7 0 0 0 (19); 9 7 143 (159); 718; 31.
//   新收: 自然人 705, 商业企业 3, 法律服务 5.
// 龙岗区 2022: 552; 10; 66; 36; 1 0 0 7 8 10 3 1 (30); 283 2 0 (285); 0 (0); 2 0 116 (118); 535; 27.
//   新收: 自然人 489, 商业企业 51, 科研 0, 公益 0, 法律服务 8, 其他 4; 结转下年度 自然人 25, 商业企业 2.
// 南山区 2020: 262; 6; 100; 49; only 6.过程性 4 (4); 51 1 / (52); 1 4 / / / (5); 其他处理 25 (no sub-rows); 235; 33.
//   新收: 自然人 236, 商业企业 22, 其他 4; 结转下年度 自然人 30, 商业企业 3; 部分公开 自然人 42, 商业 3, 其他 4.
// 洪泽区 2024: 95; 0; 50; 9; 三安全 1, 过程性 1, 执法案卷 1 (3); 31 1 0 (32); 信访 1 (1); 0; 95; 0. All 自然人.
// 洪泽区 2023: 21; 0; 0; 4; 国家秘密 1, 过程性 1, 执法案卷 1 (3); 10 3 0 (13); 信访 1 (1); 0; 21; 0. All 自然人.
// 龙岗区发改局 2020: 4; 0; 2; 1; 0; 1 (1); 0; 0; 4; 1 — 新收 + 上年结转 = 4, 办理 + 结转 = 5: the check fails.
// 龙岗区数据局 2021: all 0. 龙华区数据局 2020: 新收 1 (自然人), the rest 0 in 总计.
//
// Organs by level: 市 淮安市; 区县 龙岗区, 南山区, 洪泽区, 沐阳县; 部门 龙岗区发改局, 龙岗区数据局, 龙华区数据局.
// Years: 2020 南山区, 龙岗区发改局, 龙华区数据局; 2021 龙岗区数据局; 2022 龙岗区; 2023 洪泽区; 2024 淮安市, 洪泽区;
// 2025 沐阳县. Nine reports of eight organs.

export const TWELFTH_QUESTIONS: readonly SingleQuestion[] = [
  // Table 二, every report.
  lookup('W-L01', '龙岗区政府22年一共做了多少行政许可决定', ans([16103])),
  lookup('W-L02', '南山2020年政府集中采购总金额是多少', ans([wan(170815.4)], [2502])),
  lookup('W-L03', '淮安市二〇二四年行政强制决定数', ans([88283])),
  lookup('W-L04', '洪泽区2024年的行政事业性收费金额多少万', ans([wan(7545)])),
  lookup('W-L05', '请问一下沐阳县2025年行政处罚决定数量是多少呢', ans([693957])),
  lookup('W-L06', '洪泽2023行政规范性文件本年废止件数', ans([5], [0])),
  lookup('W-L07', '淮安市2024年规章现行有效的有多少件', ans([11], [1, 0])),
  lookup('W-L08', '龙岗发改局2020年政府集中采购了几个项目', ans([3], [yuan(5246500)])),
  lookup('W-L09', '龙华区数据局2020年政府集中采购总金额', ans([yuan(456880)], [9])),
  lookup('W-L10', '龙岗区数据局2021年制发了几件行政规范性文件', ans([1], [0])),
  lookup('W-L11', '沐阳县2025年复议后起诉尚未审结的有几件', ans([1], [10])),
  lookup('W-L12', '淮安市2024年行政复议结果纠正几件', ans([64], [351])),
  lookup('W-L13', '龙岗区2022年未经复议直接起诉的总计', ans([32], [19, 0, 2, 11])),
  lookup('W-L14', '洪泽区2024年复议后起诉的其他结果', ans([1], [3])),
  lookup('W-L15', '南山区2020年复议后起诉结果维持多少', ans([2])),
  lookup('W-L16', '沐阳县2025年行政复议还有几件尚未审结', ans([15], [61])),
  lookup('W-L17', '淮安市2024年直接起诉的案子结果纠正了几件', ans([4], [26])),
  lookup('W-L18', '龙岗区2022年行政复议其他结果几件', ans([1], [15])),
  lookup('W-L19', '洪泽区2023年行政许可决定', ans([550])),
  lookup('W-L20', '南山区2020年行政处罚处理决定数量', ans([1767], [2078, 2668])),
  lookup('W-L21', '龙岗发改局2020年其他对外管理服务事项处理决定数量', ans([949], [21, 928])),
  lookup('W-L22', '南山区2020年行政事业性收费上一年项目数量是多少', ans([14])),
  lookup('W-L23', '淮安市2024年行政规范性文件本年废止件数', ans([26], [8, 66])),
  lookup('W-L24', '沐阳县2025年现行有效的行政规范性文件', ans([32], [6, 1])),
  lookup('W-L25', '洪泽区2024年行政诉讼一共多少件', ans([4], [1, 3, 2, 0])),

  // Table 三: sub-rows, applicant columns, carried-over rows, totals.
  figure('W-F01', '淮安市2024年“属于行政查询事项”不予公开的有多少', ans([105], [178])),
  figure('W-F02', '沐阳县2025年不予公开里属于三类内部事务信息的有几件', ans([13], [32])),
  figure('W-F03', '龙岗区2022年其他处理中的“其他”是多少', ans([116], [118])),
  figure(
    'W-F04',
    '淮安市2024年申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请的数量',
    ans([6], [187]),
  ),
  figure('W-F05', '南山区2020年不予处理里的重复申请', ans([4], [5, 2])),
  figure('W-F06', '沐阳县2025年信访举报投诉类申请有多少件', ans([12], [19])),
  figure('W-F07', '洪泽区2024年本机关不掌握相关政府信息的', ans([31], [32])),
  figure('W-F08', '洪泽区2023年没有现成信息需要另行制作的有几件', ans([3], [13])),
  figure('W-F09', '淮安市2024年法律服务机构提的新申请', ans([61], [3119])),
  figure('W-F10', '龙岗区2022年商业企业新收申请多少', ans([51], [552])),
  figure('W-F11', '沐阳县2025年上年结转的申请', ans([36])),
  figure('W-F12', '淮安市2024年结转下年度继续办理的有多少', ans([103])),
  figure('W-F13', '南山区2020年结转下年度的申请里自然人有几件', ans([30], [33])),
  figure('W-F14', '龙岗区2022年社会公益组织申请了几件', ans([0], [552])),
  figure('W-F15', '淮安市2024年科研机构提出的申请数', ans([0], [3119])),
  figure('W-F16', '南山区2020年申请人为"其他"的新收申请', ans([4], [262])),
  figure('W-F17', '淮安市2024年办理结果总计是多少', ans([3050], [1362, 454, 178, 781, 88, 187])),
  figure('W-F18', '沐阳县2025年危及“三安全一稳定”的有几个', ans([2], [32])),
  figure('W-F19', '龙岗区2022年因为保护第三方合法权益不予公开的', ans([7], [30])),
  figure('W-F20', '淮安市2024年要求行政机关确认或重新出具已获取信息的申请', ans([1], [88])),
  figure('W-F21', '洪泽区2024年属于行政执法案卷的', ans([1], [3])),
  figure('W-F22', '南山区2020年部分公开的申请里法人或其他组织有多少', ans([7], [3, 4, 49])),
  figure('W-F23', '龙岗区2022年补正后申请内容仍不明确的有没有', ans([0], [285])),
  figure('W-F24', '沐阳县2025年其他处理一共多少', ans([159], [9, 7, 143])),
  figure('W-F25', '淮安市2024年其他法律行政法规禁止公开的', ans([31], [178])),

  // Figures no table holds: declined; a figure printed only in the prose may be stated.
  notInTables('W-N01', '龙岗区2022年平均答复时间是多少天', SAFE),
  notInTables('W-N02', '淮安市2024年在运维的政务新媒体有多少个', anyOf(SAFE, ans([95]))),
  notInTables('W-N03', '洪泽区2024年行政处罚罚了多少钱', SAFE),
  notInTables('W-N04', '沐阳县2025年收了多少信息处理费', anyOf(SAFE, ans([yuan(380)]))),
  notInTables('W-N05', '南山区2020年政府网站的访问量', SAFE),
  notInTables('W-N06', '龙岗区2022年群众对依申请公开的满意度', SAFE),
  notInTables('W-N07', '淮安市2024年开了几场新闻发布会', anyOf(SAFE, ans([12]))),
  notInTables('W-N08', '洪泽区2023年政府信息公开工作人员有几个人', SAFE),
  notInTables('W-N09', '龙岗发改局2020年行政复议的复议机关是哪个', SAFE),
  notInTables('W-N10', '沐阳县2025年申请人的平均年龄', SAFE),
  notInTables('W-N11', '龙华区数据局2020年通过网上申请的有几件', SAFE),
  notInTables('W-N12', '龙岗区2022年网络申请多少件', anyOf(SAFE, ans([488]))),

  // Relative years: 去年 from the clock (2025) or from the store's latest year (2025 → 2024).
  relativeYear('W-R01', '洪泽区去年行政许可多少', anyOf(ans([9487]), NO_DATA, CLARIFY)),
  relativeYear('W-R02', '淮安市前年的行政处罚', anyOf(ans([3985758]), NO_DATA, CLARIFY)),
  relativeYear('W-R03', '洪泽区今年的行政复议多少', SAFE, {
    note: '今年 is 2026 by the clock or 2025 by the store: 洪泽区 has neither',
  }),
  relativeYear('W-R04', '沐阳县去年收到多少申请', anyOf(ans([713]), NO_DATA, CLARIFY)),
  relativeYear('W-R05', '洪泽区2024年比上一年多收了多少申请', difference(95, 21)),
  relativeYear('W-R06', '洪泽区2024年行政处罚同比变化多少', change(4119, 2776)),
  relativeYear('W-R07', '洪泽区上一年的行政强制', anyOf(ans([84]), NO_DATA, CLARIFY)),
  relativeYear('W-R08', '淮安市2024年的上年结转', ans([34])),
  relativeYear('W-R09', '龙岗区2022年去年结转过来的申请有几件', ans([10], [9, 1])),
  relativeYear('W-R10', '洪泽区2023年结转到下一年的申请', ans([0])),

  // Arithmetic: sums, shares, rates, averages, ratios, changes.
  arithmetic(
    'W-A01',
    '淮安市2024年行政许可、行政处罚、行政强制三项合计',
    ans([447228 + 3985758 + 88283], [447228, 3985758, 88283]),
  ),
  arithmetic('W-A02', '沐阳县2025年行政复议纠正率', rate(10, 61, 15)),
  arithmetic('W-A03', '龙岗区2022年行政复议的维持率是多少', rate(7, 15, 5)),
  arithmetic('W-A04', '淮安市2024年直接起诉的纠正率', rate(4, 26, 1)),
  arithmetic('W-A05', '洪泽区2024年不掌握相关政府信息占无法提供的比例', ans([share(31, 32)], [31, 32])),
  arithmetic(
    'W-A06',
    '淮安市2024年予以公开占予以公开加部分公开的比例',
    ans([share(1362, 1362 + 454)], [1362, 454, 1362 + 454]),
  ),
  arithmetic('W-A07', '沐阳县2025年逾期不补正和逾期不缴费加起来几件', ans([16], [9, 7])),
  arithmetic('W-A08', '龙岗区2022年国家秘密和第三方合法权益一共几件', ans([8], [1, 7])),
  arithmetic(
    'W-A09',
    '南山区2020年政府集中采购平均每个项目多少钱',
    ans([yuan(Math.round((170815.4e4 / 2502) * 100) / 100)], [2502, wan(170815.4)]),
  ),
  arithmetic('W-A10', '淮安市2024年新收申请是洪泽区2024年的几倍', ans([ratio(3119 / 95)], [3119, 95])),
  arithmetic('W-A11', '洪泽区2024年行政许可比2023年增加了百分之几', percentChange(550, 9487)),
  arithmetic('W-A12', '沐阳县2025年行政处罚比淮安市2024年少多少', difference(693957, 3985758)),
  arithmetic('W-A13', '洪泽区两年的行政强制加起来', ans([84 + 195], [84, 195])),
  arithmetic('W-A14', '洪泽区2023和2024两年平均每年收到多少申请', ans([58], [21, 95, 116])),
  arithmetic('W-A15', '淮安市2024年自然人申请占新收的几成', ans([share(3001, 3119)], [3001, 3119])),
  arithmetic('W-A16', '龙岗区2022年行政诉讼中复议后起诉占的比重', ans([share(6, 38)], [6, 38, 32])),
  arithmetic('W-A17', '淮安市2024年行政复议和行政诉讼一共多少件', ans([351 + 46], [351, 46, 26, 20])),
  arithmetic('W-A18', '沐阳县2025年予以公开比部分公开多多少', difference(294, 101)),
  arithmetic(
    'W-A19',
    '南山区2020年行政许可和其他对外管理服务事项的处理决定加起来',
    ans([8759 + 199956], [8759, 199956]),
  ),
  arithmetic('W-A20', '淮安市2024年不予公开里面行政查询事项占多少', ans([share(105, 178)], [105, 178])),
  arithmetic('W-A21', '龙岗区2022年结转下年度比上年结转多了几件', difference(27, 10)),
  arithmetic(
    'W-A22',
    '沐阳县2025年的收费金额是洪泽区2024年的百分之几',
    anyOf(ans([share(4068.208, 7545)], [wan(4068.208), wan(7545)])),
  ),
  arithmetic('W-A23', '淮安市2024年行政复议尚未审结的占总数的百分比', ans([share(37, 351)], [37, 351])),
  arithmetic('W-A24', '洪泽区2024年现行有效的规范性文件是2023年的几倍', ans([ratio(8 / 5)], [8, 5])),

  // Crossed organ–year pairs.
  crossed('W-X01', '龙岗区2022年和淮安市2024年的行政强制分别多少', ans([7749, 88283])),
  crossed(
    'W-X02',
    '洪泽区2023年的不予公开和沐阳县2025年的不予公开哪个多',
    ans([3, 32], [diff(29), ...changeShares(3, 32), ...changeShares(32, 3)]),
  ),
  crossed('W-X03', '南山区2020年比龙岗发改局2020年多收了多少申请', difference(262, 4)),
  crossed('W-X04', '淮安市2024年复议后起诉和沐阳县2025年直接起诉各是多少', ans([20, 3], [12, 1, 6])),
  crossed('W-X05', '龙岗区2022年行政许可与洪泽区2024年行政许可相差多少', difference(16103, 9487)),

  // Filters: levels, places, departments, counts of organs.
  filter('W-I01', '2024年区级政府里行政处罚最多的是哪个', ans([2776], [], { reportsCompared: [1] })),
  filter(
    'W-I02',
    '2020年部门里政府集中采购金额最多的是哪个',
    ans([yuan(5246500)], [yuan(456880), 3, 9], { reportsCompared: [2] }),
  ),
  filter('W-I03', '淮安的单位2024年新收申请合计', anyOf(ans([3119 + 95], [3119, 95]), CLARIFY)),
  filter('W-I04', '深圳的区政府有几个', ans([2])),
  filter('W-I05', '库里有几个区县政府', ans([4], [5])),
  filter('W-I06', '哪些报告是2020年的', ans([], [3])),
  filter('W-I07', '2024年的报告有几家单位', ans([2])),
  filter('W-I08', '龙岗区的部门有哪些报告', ans([], [2])),
  filter('W-I09', '2020年区级部门里行政许可最多的', ans([12], [0, 15, -3, 3], { reportsCompared: [2] })),
  filter('W-I10', '江苏的区县政府2024年收到的申请', ans([95])),
  filter('W-I11', '深圳市各区政府行政诉讼最多的是哪个', anyOf(ans([38], [32, 6], { reportsCompared: [1] }), CLARIFY), {
    note: '龙岗区 2022 and 南山区 2020: one year ranked, the other left out and said; or asked which year',
  }),

  // Rankings.
  ranking('W-K01', '2024年哪个单位行政强制最多', ans([88283], [84], { reportsCompared: [2] })),
  ranking(
    'W-K02',
    '2020年哪个单位的政府集中采购项目最多',
    ans([2502], [3, 9, wan(170815.4)], { reportsCompared: [3] }),
  ),
  ranking('W-K03', '所有报告里行政复议最多的是哪家', ans([351], [72, 64, 178, 37, 61, 15, 5, 2, 0])),
  ranking('W-K04', '2024年行政事业性收费排名', ans([wan(96171.6), wan(7545)], [], { reportsCompared: [2] })),
  ranking('W-K05', '南山区2020年收到的申请在2020年排第几', ans([262], [1, 3, 4])),
  ranking('W-K06', '洪泽区历年的行政处罚', ans([4119, 2776], [diff(1343), ...changeShares(4119, 2776)])),
  ranking(
    'W-K07',
    '2024年淮安市和洪泽区哪个行政处罚多',
    ans([3985758], [2776, diff(3985758 - 2776), ...changeShares(2776, 3985758), ...changeShares(3985758, 2776)]),
  ),
  ranking('W-K08', '沐阳县和洪泽区谁的行政复议多', anyOf(CLARIFY, ans([61, 2], [diff(59), 27, 10, 9, 15, 1])), {
    note: 'no common year: asked which years, or each latest report compared with its year said',
  }),

  // Chat.
  chat('W-C01', '你好呀 👋', CHAT),
  chat('W-C02', '谢谢，辛苦了🙏', CHAT),
  chat('W-C03', '你能干嘛', CHAT),
  chat('W-C04', '重新开始', CHAT),

  // Traditional (some with a Simplified character mixed in).
  traditional('W-T01', '龍崗區2022年行政處罰決定數量是多少', ans([34389])),
  traditional('W-T02', '淮安市2024年行政複議結果維持幾件', ans([72], [351])),
  traditional('W-T03', '沐陽縣2025年無法提供的申請有多少', ans([113], [111, 2, 0])),
  traditional('W-T04', '洪澤區2024年行政事業性收費金額', ans([wan(7545)])),
  traditional('W-T05', '南山區2020年政府集中採購項目數量', ans([2502], [wan(170815.4)])),
  traditional('W-T06', '淮安市2024年行政訴訟纠正了幾件', ans([5], [4, 1, 46])),

  // English.
  english('W-E01', "How many administrative licensing decisions did Huai'an make in 2024?", ans([447228])),
  english('W-E02', "What share of Shuyang's 2025 administrative reconsiderations were corrected?", rate(10, 61, 15)),
  english('W-E03', 'Hongze administrative penalties 2023 and 2024 combined?', ans([4119 + 2776], [4119, 2776])),
  english(
    'W-E04',
    'Which report had the most lawsuits in 2024?',
    ans([46], [4, 26, 20, 1, 3], { reportsCompared: [2] }),
  ),
  english('W-E05', "Does Longgang 2022's table 3 balance?", balances([552, 10, 535, 27, 562])),
  english(
    'W-E06',
    'How much did Nanshan spend on centralized government procurement in 2020?',
    ans([wan(170815.4)], [2502]),
  ),

  // Misspellings: asked back (您是想问 …吗？) or answered.
  misspelling('W-M01', '龙岗区2022年行政附议多少', anyOf(CLARIFY, ans([15], [7, 2, 1, 5]))),
  misspelling('W-M02', '淮安市2024年行政诉送多少件', anyOf(CLARIFY, ans([46], [26, 20, 25, 5, 9, 7]))),
  misspelling('W-M03', '洪泽区2024年行政许刻', anyOf(CLARIFY, ans([9487]))),
  misspelling('W-M04', '沭阳县2025年行政处罚多少', anyOf(ans([693957]), CLARIFY), {
    note: 'the county is 沭阳; the OCR wrote 沐阳: the stored organ, said so, or asked back',
  }),
  misspelling('W-M05', '南三区2020年行政复议', anyOf(CLARIFY, ans([5]))),
  misspelling('W-M06', '龙刚区2022年行政强制', anyOf(CLARIFY, ans([7749]))),

  // Reports the store does not hold.
  noData('W-D01', '北京市2023年收到多少信息公开申请', NO_DATA),
  noData('W-D02', '广东省政府2022年行政复议几件', NO_DATA),
  noData('W-D03', '上海市浦东新区2024年行政诉讼', NO_DATA),
  noData('W-D04', '江苏省人民政府2024年的政府信息公开申请', NO_DATA),
  noData('W-D05', '淮安市清江浦区淮海街道2024年的申请数', NO_DATA),
  noData('W-D06', '南山区2022年行政许可多少', NO_DATA),
  noData('W-D07', '淮安市2023年的行政处罚', NO_DATA),
  noData('W-D08', '龙岗区2019年收到的申请', NO_DATA),
  noData('W-D09', '福田区2020年的行政复议', NO_DATA),
  noData('W-D10', '沐阳县2024年行政诉讼多少', NO_DATA),
  noData('W-D11', '宝安区政府二〇二二年行政许可', NO_DATA),
  noData('W-D12', '杭州市2024年依申请公开的数量', NO_DATA),

  // Out of scope.
  outOfScope('W-O01', '龙岗区的GDP是多少', SAFE),
  outOfScope('W-O02', '今天天气怎么样', NOT_A_NUMBER),
  outOfScope('W-O03', '帮我写一份2025年的年报', NOT_A_NUMBER),
  outOfScope('W-O04', '淮安市市长是谁', SAFE),

  // Second part (written 15:13 UTC, still before any run): years in Chinese numerals, printed labels copied
  // verbatim, voice-typed run-ons, negations and equality, two filters, counts of organs, more English.
  lookup('W-L26', '两千零二十四年淮安市行政许可多少', ans([447228])),
  lookup('W-L27', '二〇二三年洪泽区行政事业性收费是多少', ans([wan(7730.28)])),
  lookup('W-L28', '沐阳县2025年行政事业性收费多少钱', ans([wan(4068.208)])),
  lookup('W-L29', '龙岗区2022年行政规范性文件现行有效件数', ans([136], [46, 11])),
  lookup('W-L30', '淮安市2024年复议后起诉总计多少', ans([20], [12, 1, 6])),
  lookup('W-L31', '沐阳县2025年未经复议直接起诉结果维持的', ans([3])),
  lookup('W-L32', '龙岗区2022年复议后起诉还没审结的', ans([2], [6])),
  lookup(
    'W-L33',
    '南山区2020年其他对外管理服务事项本年增减',
    anyOf(ans([-124], [430, 199956]), ans([124], [430, 199956])),
  ),
  lookup('W-L34', '龙岗发改局2020年行政事业性收费本年增/减', anyOf(ans([-16], [41]), ans([16], [41]))),
  lookup('W-L35', '洪泽区2024年规章制发了几件', ans([0])),
  lookup('W-L36', '龙岗区2022年的行政强制', ans([7749])),
  lookup('W-L37', '龙华区数据局2020年行政处罚多少', ans([0])),
  lookup('W-L38', '龙岗区数据局2021年行政许可决定', ans([0])),
  lookup('W-L39', '龙岗 2022 applications多少', ans([552], [489, 51, 8, 4, 63])),
  lookup('W-L40', '那个淮安市二零二四年的行政复议一共有多少件啊帮我看一下', ans([351], [72, 64, 178, 37])),

  figure(
    'W-F26',
    '沐阳县2025年“申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”有多少',
    ans([9], [159]),
  ),
  figure('W-F27', '龙岗区2022年部分公开（区分处理的，只计这一情形，不计其他情形）多少件', ans([36])),
  figure('W-F28', '洪泽区2024年本年新收政府信息公开申请数量', ans([95])),
  figure('W-F29', '淮安市2024年无正当理由大量反复申请的有几件', ans([0], [88])),
  figure('W-F30', '南山区2020年的其他处理', ans([25], [24, 1])),
  figure('W-F31', '沐阳县2025年要求提供公开出版物的申请', ans([0], [19])),
  figure('W-F32', '淮安市2024年属于四类过程性信息的', ans([12], [178])),
  figure('W-F33', '洪泽区2023年属于国家秘密不予公开的', ans([1], [3])),
  figure('W-F34', '龙岗区2022年结转下年度继续办理的商业企业', ans([2], [27])),
  figure('W-F35', '淮安市2024年予以公开里自然人多少', ans([1288], [1362])),
  figure('W-F36', '龙岗区2022年不予公开共几件', ans([30], [1, 0, 7, 8, 10, 3])),
  figure('W-F37', '淮安市2024年不予处理一共', ans([88], [62, 25, 0, 1])),
  figure('W-F38', '洪泽区2024年不予处理是不是全是0', ans([1], [0])),
  figure('W-F39', '龙岗区2022年不予处理有没有不为零的', ans([], [0])),
  figure('W-F40', '沐阳县二〇二五年不予公开的那个属于行政查询事项的有多少件呢', ans([9], [32])),
  figure('W-F41', '南山区2020年新收申请「其他」有多少', ans([4], [262])),

  notInTables('W-N13', '龙岗区2022年新收申请同比增长了多少', anyOf(SAFE, ans([pct(187.5)]))),
  notInTables('W-N14', '淮安市2024年的行政复议被告是谁', SAFE),
  notInTables('W-N15', '洪泽区2024年主动公开了多少条政府信息', anyOf(SAFE, ans([2428]))),

  relativeYear('W-R11', '淮安市上一年的新收申请', anyOf(ans([3119]), NO_DATA, CLARIFY)),
  relativeYear('W-R12', '洪泽区2024年行政强制比前一年少了多少', difference(84, 195)),
  relativeYear('W-R13', '洪泽区最近一年的行政复议', ans([2], [1, 0])),
  relativeYear('W-R14', '淮安市2024年行政许可比上一年增加多少', SAFE, { note: '淮安市 has no 2023 report' }),

  arithmetic('W-A25', '龙岗区2022年其他处理里「其他」占其他处理的比重', ans([share(116, 118)], [116, 118])),
  arithmetic('W-A26', '沐阳县2025年行政诉讼中结果维持的占几成', rate(3 + 8, 13, 1, [3, 8])),
  arithmetic('W-A27', '淮安市2024年行政复议结果纠正加其他结果', ans([64 + 178], [64, 178])),
  arithmetic('W-A28', '龙岗区2022年申请中法人或其他组织占比', ans([share(63, 552)], [63, 552, 51, 8, 4])),
  arithmetic('W-A29', '南山区2020年和龙岗区2022年平均每家收到多少申请', anyOf(CLARIFY, ans([407], [262, 552, 814, 2]))),
  arithmetic('W-A30', '2024年两家单位平均行政许可', ans([228357.5], [447228, 9487, 456715, 2])),
  arithmetic('W-A31', '洪泽区行政许可环比增长多少', change(550, 9487)),
  arithmetic('W-A32', '淮安市2024年无法提供占办理结果总计的百分比', ans([share(781, 3050)], [781, 3050])),
  arithmetic('W-A33', '沐阳县2025年予以公开和部分公开合计占总计的几成', ans([share(395, 718)], [395, 294, 101, 718])),
  arithmetic('W-A34', '洪泽区2023年和2024年部分公开一共几件', ans([13], [4, 9])),
  arithmetic('W-A35', '淮安市2024年行政处罚是行政许可的几倍', ans([ratio(3985758 / 447228)], [3985758, 447228])),
  arithmetic('W-A36', '沐阳县2025年平均每月收到多少申请', ans([ratio(713 / 12)], [713, 12])),
  arithmetic(
    'W-A37',
    '洪泽区二三年和二四年的行政处罚加起来是多少我想知道一下',
    anyOf(ans([4119 + 2776], [4119, 2776]), CLARIFY),
  ),
  arithmetic(
    'W-A38',
    '洪泽区2024年新收申请和办理结果总计是不是一样',
    anyOf(ans([95], [diff(0)]), ans([diff(0)], [95])),
  ),
  arithmetic(
    'W-A39',
    '淮安市2024年复议后起诉的结果维持和直接起诉的结果维持等不等于',
    anyOf(ans([diff(1)], [12, 13]), ans([12, 13], [diff(1)])),
  ),
  arithmetic('W-A40', '沐阳县2025年新收加上年结转等不等于办结加结转下年度', balances([713, 36, 718, 31, 749])),
  arithmetic('W-A41', '龙岗发改局2020年的表三平不平', ans([], [4, 0, 1, 5, diff(1)])),

  crossed('W-X06', '洪泽区2023年行政许可和2024年淮安市行政处罚', ans([550, 3985758])),
  crossed(
    'W-X07',
    '龙岗区2022年的行政诉讼和南山区2020年的比一比',
    ans([38, 4], [diff(34), 32, 6, 2, ...changeShares(4, 38), ...changeShares(38, 4)]),
  ),
  crossed(
    'W-X08',
    '淮安市2024年收费比沐阳县2025年多多少万元',
    ans(
      [wan(96171.6 - 4068.208)],
      [wan(96171.6), wan(4068.208), ...changeShares(4068.208, 96171.6), ...changeShares(96171.6, 4068.208)],
    ),
  ),

  filter('W-I12', '2025年县级政府行政复议最多的', ans([61], [27, 10, 9, 15], { reportsCompared: [1] })),
  filter('W-I13', '2020年深圳的部门一共收到多少申请', ans([5], [4, 1], { reportsCompared: [2] })),
  filter('W-I14', '库里有多少家部门', ans([3])),
  filter('W-I15', '淮安市范围内有几个单位有报告', ans([2], [3])),
  filter('W-I16', '列一下所有的部门报告', ans([], [3])),
  filter('W-I17', '哪些单位没有行政诉讼', ans([], [0, 3, 4, 5])),
  filter('W-I18', '2024年市区两级政府行政许可合计', anyOf(ans([447228 + 9487], [447228, 9487]), CLARIFY)),
  filter('W-I19', '广东的报告有几份', ans([5])),
  filter('W-I20', '江苏有几家单位', ans([3], [4])),
  filter('W-I21', '龙岗区三个单位一共收到多少申请', anyOf(CLARIFY, ans([556], [552, 4, 0]), ans([552, 4, 0])), {
    note: 'three organs of three different years: asked which year, each stated with its year, or the three added, said',
  }),
  filter('W-I22', '2020年哪个区政府的行政复议最多', ans([5], [], { reportsCompared: [1] })),
  filter('W-I23', '哪些报告的数据不一致', ans([], [4, 0, 1, 5, 2, 9, 3, 10, 11]), {
    note: 'the counts (9 reports, 3 failing) and the figures of each failed check may be stated: 洪泽区 2023 table 四 as the layout text prints it (10 + 1 = 11, 总计 0)',
  }),

  ranking('W-K09', '所有报告里行政许可最少的是哪个', ans([0], [12, 550])),
  ranking(
    'W-K10',
    '2020年三家单位行政许可从高到低排一下',
    ans([8759, 12, 0], [220, 19, 15, 3], { reportsCompared: [3] }),
  ),
  ranking('W-K11', '2024年哪家的结转下年度最多', ans([103], [0], { reportsCompared: [2] })),
  ranking(
    'W-K12',
    '所有报告里政府集中采购金额前三',
    ans([wan(170815.4), yuan(5246500), yuan(456880)], [2502, 3, 9], { reportsCompared: [3] }),
  ),

  chat('W-C05', '好的收到', NOT_A_NUMBER),
  chat('W-C06', 'help', CHAT),
  chat('W-C07', '在吗', CHAT),

  traditional('W-T07', '淮安市2024年不予公開中屬於國家秘密的有幾件', ans([2], [178])),
  traditional('W-T08', '龍華區數據局2020年政府集中採購金額是多少', ans([yuan(456880)], [9])),
  traditional('W-T09', '洪澤區2023年和2024年的行政許可加起來', ans([550 + 9487], [550, 9487])),
  traditional('W-T10', '2024年哪個單位行政處罰最多', ans([3985758], [2776], { reportsCompared: [2] })),
  traditional('W-T11', '沐陽縣2025年行政複議糾正率是多少', rate(10, 61, 15)),

  english(
    'W-E07',
    "What percentage of Huai'an's 2024 requests came from natural persons?",
    ans([share(3001, 3119)], [3001, 3119]),
  ),
  english('W-E08', 'Rank the 2020 reports by new requests.', ans([262, 4, 1], [], { reportsCompared: [3] })),
  english('W-E09', 'How many reports do you have from Jiangsu?', ans([4], [3])),
  english(
    'W-E10',
    "Did Hongze's administrative penalties go down from 2023 to 2024, and by how much?",
    change(4119, 2776),
  ),
  english(
    'W-E11',
    "What is Hongze's share of all requests received in 2024 across the store?",
    ans([share(95, 3214)], [95, 3214, 3119]),
  ),
  english('W-E12', 'How much in fines did Longgang collect in 2022?', SAFE),
  english('W-E13', 'Which agencies in Shenzhen had zero lawsuits?', ans([], [0, 3, 5])),
  english(
    'W-E14',
    "Is the number of reconsiderations in Huai'an 2024 equal to the sum of its result columns?",
    balances([72, 64, 178, 37, 351]),
  ),
  english('W-E15', 'How many FOI requests did Beijing receive in 2023?', NO_DATA),
  english(
    'W-E16',
    "Sum of administrative enforcement decisions, Huai'an 2024 plus Hongze 2024",
    ans([88283 + 84], [88283, 84]),
  ),

  misspelling('W-M07', '淮安市2024年予以工开多少', anyOf(CLARIFY, ans([1362]))),
  misspelling('W-M08', '洪泽区2024年行政强治', anyOf(CLARIFY, ans([84]))),
  misspelling('W-M09', '沐阳县2025年部份公开多少', anyOf(ans([101]), CLARIFY)),
  misspelling('W-M10', '龙华区数剧局2020年收到多少申请', anyOf(CLARIFY, ans([1]))),

  noData('W-D13', '北京海淀区2023年行政复议', NO_DATA),
  noData('W-D14', '广东省人民政府2024年新收申请', NO_DATA),
  noData('W-D15', '淮安市淮阴区2024年行政许可', NO_DATA),
  noData('W-D16', '深圳市政府2022年的行政处罚', anyOf(NO_DATA, CLARIFY), {
    note: '深圳市人民政府 itself holds no report; never 龙岗区 as 深圳市',
  }),
  noData('W-D17', '洪泽区2022年收到几件申请', NO_DATA),
  noData('W-D18', '南京市江宁区政府2024年行政诉讼', NO_DATA),
  noData('W-D19', '龙岗区2023年的行政强制', NO_DATA),
  noData('W-D20', '江苏省淮安市洪泽区岔河镇2024年依申请公开', NO_DATA),

  outOfScope('W-O05', '帮我查一下龙岗区的人口', SAFE),
  outOfScope('W-O06', '信息公开条例第几条规定了依申请公开', NOT_A_NUMBER),
];

export const TWELFTH_CONVERSATIONS: readonly Conversation[] = [
  {
    id: 'W-V01',
    class: 'conversation',
    note: 'organ switch to a report of another year, then the two organs compared',
    turns: [
      { question: '龙岗区2022年行政复议多少', expect: ans([15], [7, 2, 1, 5]) },
      {
        question: '那南山呢',
        expect: anyOf(NO_DATA, ans([5])),
        note: '南山区 has no 2022 report: no data, or its 2020 figure with the year said',
      },
      { question: '2020年的呢', expect: ans([5]) },
      { question: '再算一下两家差多少', expect: difference(15, 5) },
    ],
  },
  {
    id: 'W-V02',
    class: 'conversation',
    note: 'year switch, a percentage change, reset, then a pointer with nothing to point at',
    turns: [
      { question: '洪泽区2023年行政处罚多少', expect: ans([4119]) },
      { question: '2024年呢', expect: ans([2776]) },
      { question: '下降了百分之几', expect: percentChange(4119, 2776) },
      { question: '重新开始', expect: CHAT },
      { question: '它的行政强制呢', expect: SAFE },
    ],
  },
  {
    id: 'W-V03',
    class: 'conversation',
    note: '前者 / 后者 after two turns',
    turns: [
      { question: '淮安市2024年行政复议总计', expect: ans([351], [72, 64, 178, 37]) },
      { question: '沐阳县2025年的呢', expect: ans([61], [27, 10, 9, 15]) },
      { question: '前者是后者的几倍', expect: ans([ratio(351 / 61)], [351, 61]) },
      { question: '后者的纠正率呢', expect: rate(10, 61, 15) },
    ],
  },
  {
    id: 'W-V04',
    class: 'conversation',
    note: 'a whole-store question in between, then 刚才那个单位',
    turns: [
      { question: '南山区2020年行政许可处理决定有多少', expect: ans([8759], [220, 19]) },
      { question: '你这有哪些报告', expect: ans([], [9, 8, 1, 2, 3, 4, 5]) },
      { question: '刚才那个单位的行政处罚呢', expect: ans([1767], [2078, 2668]) },
      { question: '龙岗发改局呢', expect: ans([0]) },
    ],
  },
  {
    id: 'W-V05',
    class: 'conversation',
    note: 'a sub-row share of its group, then another organ-year',
    turns: [
      { question: '龙岗区2022年无法提供多少', expect: ans([285], [283, 2, 0]) },
      { question: '其中不掌握相关政府信息的占比', expect: ans([share(283, 285)], [283, 285]) },
      { question: '淮安市2024年呢', expect: ans([share(769, 781)], [769, 781, 11, 1]) },
    ],
  },
  {
    id: 'W-V06',
    class: 'conversation',
    note: 'English: two organs, their difference, reset',
    turns: [
      { question: 'How many requests did Huaian City receive in 2024?', expect: ans([3119]), replyIn: 'en' },
      { question: 'And Hongze District in the same year?', expect: ans([95]), replyIn: 'en' },
      { question: "What's the difference?", expect: difference(3119, 95), replyIn: 'en' },
      { question: 'reset', expect: CHAT },
    ],
  },
  {
    id: 'W-V07',
    class: 'conversation',
    note: 'Traditional: a group, one part, its share',
    turns: [
      { question: '沐陽縣2025年行政訴訟有多少', expect: ans([13], [3, 10, 8, 0, 1]), replyIn: 'hant' },
      { question: '其中復議後起訴呢', expect: ans([10], [8, 0, 1, 13]), replyIn: 'hant' },
      { question: '佔比多少', expect: ans([share(10, 13)], [10, 13]), replyIn: 'hant' },
    ],
  },
  {
    id: 'W-V08',
    class: 'conversation',
    note: '差了几个 and 加起来呢 after two turns',
    turns: [
      { question: '沐阳县2025年不予处理多少件', expect: ans([19], [12, 7, 0]) },
      { question: '淮安市2024年的不予处理呢', expect: ans([88], [62, 25, 0, 1]) },
      { question: '差了几个', expect: difference(88, 19) },
      { question: '加起来呢', expect: ans([107], [88, 19]) },
    ],
  },
  {
    id: 'W-V09',
    class: 'conversation',
    note: 'a ranking, 这家, an organ switch, both added',
    turns: [
      { question: '2024年哪个单位收到的申请最多', expect: ans([3119], [95], { reportsCompared: [2] }) },
      { question: '这家的行政复议纠正率', expect: rate(64, 351, 37) },
      { question: '洪泽区呢', expect: ans([pct(50)], [1, 2, 0]) },
      { question: '两者的行政复议加起来', expect: ans([353], [351, 2]) },
    ],
  },
  {
    id: 'W-V10',
    class: 'conversation',
    note: '历年, 增长了多少倍 (either reading), another figure, reset, a bare year',
    turns: [
      { question: '洪泽区历年的行政许可', expect: ans([550, 9487], [diff(8937), ...changeShares(550, 9487)]) },
      {
        question: '增长了多少倍',
        expect: anyOf(
          ans([ratio(9487 / 550)], [550, 9487, diff(8937), ...changeShares(550, 9487)]),
          ans([ratio(8937 / 550)], [550, 9487, diff(8937), ratio(9487 / 550)]),
        ),
      },
      {
        question: '那行政处罚呢',
        expect: anyOf(
          ans([4119, 2776], [diff(1343), ...changeShares(4119, 2776), ratio(2776 / 4119)]),
          ans([ratio(2776 / 4119)], [4119, 2776, diff(1343), ...changeShares(4119, 2776)]),
          ans([ratio(-1343 / 4119)], [4119, 2776, diff(1343)]),
          ans([diff(1343)], [4119, 2776, ...changeShares(4119, 2776)]),
        ),
      },
      { question: '重新开始', expect: CHAT },
      { question: '2024年呢', expect: anyOf(SAFE, ans([], [2])) },
    ],
  },
  {
    id: 'W-V11',
    class: 'conversation',
    note: 'English: carried-over rows, the check, a share of the cases handled',
    turns: [
      {
        question: "In Shuyang County's 2025 report, how many requests were carried over from the previous year?",
        expect: ans([36]),
        replyIn: 'en',
      },
      { question: 'And how many were carried over to the next year?', expect: ans([31]), replyIn: 'en' },
      { question: 'Does the table balance?', expect: balances([713, 36, 718, 31, 749]), replyIn: 'en' },
      {
        question: 'What share of the requests handled were disclosed in full?',
        expect: ans([share(294, 718)], [294, 718]),
        replyIn: 'en',
      },
    ],
  },
  {
    id: 'W-V12',
    class: 'conversation',
    note: 'Traditional: 前者 / 後者',
    turns: [
      { question: '龍崗區2022年行政許可多少', expect: ans([16103]), replyIn: 'hant' },
      { question: '南山區2020年呢', expect: ans([8759], [220, 19]), replyIn: 'hant' },
      { question: '前者比後者多多少', expect: difference(16103, 8759), replyIn: 'hant' },
      { question: '後者的行政強制呢', expect: ans([159], [96, 89]), replyIn: 'hant' },
    ],
  },
  {
    id: 'W-V13',
    class: 'conversation',
    note: '市区两级: two organs, their sum, one share of it',
    turns: [
      { question: '淮安市2024年行政诉讼多少', expect: ans([46], [26, 20, 25, 5, 9, 7]) },
      { question: '洪泽区2024年的呢', expect: ans([4], [1, 3, 2, 0]) },
      { question: '两个加起来', expect: ans([50], [46, 4]) },
      { question: '洪泽区的占多少', expect: ans([pct(8)], [4, 50]) },
    ],
  },
  {
    id: 'W-V14',
    class: 'conversation',
    note: 'a top three over every report, the second place, 它, then against a named organ-year',
    turns: [
      { question: '所有报告里行政处罚前三名', expect: ans([3985758, 693957, 34389], [4119, 2776, 1767]) },
      { question: '第二名的行政许可呢', expect: ans([517645]) },
      { question: '它的行政强制呢', expect: ans([2154]) },
      { question: '和淮安市2024年比差多少', expect: difference(88283, 2154) },
    ],
  },
  {
    id: 'W-V15',
    class: 'conversation',
    note: 'departments of a region, year switch, region switch, a ranking over departments',
    turns: [
      { question: '龙岗区的部门2020年收到多少申请', expect: ans([4], [0]) },
      { question: '2021年呢', expect: ans([0]) },
      {
        question: '龙华区的呢',
        expect: anyOf(NO_DATA, CLARIFY, ans([1])),
        note: '龙华区数据局 has 2020 only: no data for 2021, or its 2020 figure with the year said',
      },
      {
        question: '所有部门里政府集中采购项目最多的',
        expect: anyOf(ans([9], [3, yuan(456880), yuan(5246500)]), CLARIFY),
      },
    ],
  },
  {
    id: 'W-V16',
    class: 'conversation',
    note: 'two rows added, then the two-sum check',
    turns: [
      { question: '淮安市2024年新收申请多少', expect: ans([3119], [3001, 53, 0, 61, 4]) },
      { question: '上年结转呢', expect: ans([34]) },
      { question: '这两个加起来', expect: ans([3153], [3119, 34]) },
      {
        question: '等不等于办理结果总计加结转下年度',
        expect: anyOf(
          ans([diff(0)], [3153, 3050, 103, 3119, 34]),
          ans([3153], [3050, 103, 3119, 34, diff(0)]),
          ans([], [3153, 3050, 103, 3119, 34, diff(0)]),
        ),
      },
    ],
  },
  {
    id: 'W-V17',
    class: 'conversation',
    note: 'a quoted sub-row, organ switch, the two added, their share of the two groups added',
    turns: [
      { question: '淮安市2024年不予公开多少', expect: ans([178], [2, 31, 5, 6, 8, 12, 9, 105]) },
      { question: '其中“保护第三方合法权益”的呢', expect: ans([6], [178]) },
      { question: '沐阳县2025年的呢', expect: ans([2], [32]) },
      { question: '两家加起来', expect: ans([8], [6, 2]) },
      { question: '占两家不予公开总数的比例', expect: ans([share(8, 210)], [8, 210, 178, 32, 6, 2]) },
    ],
  },
];
