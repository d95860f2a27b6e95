// A twentieth held-out set (`npm run held-out -- --set twentieth`), written on 2026-12-07 (begun 23:55 UTC by
// `date -u`), blind: without reading src/answers, test/answers or the earlier sets' questions (only expect.ts,
// score.ts, store.ts, run.ts and the opening lines of fifteenth.ts for the shape), and before the engine was run on
// any of it. Same store (five sample reports, four real text reports: 淮安市 2024, 洪泽区 2023 and 2024, 沐阳县 2025),
// same scoring. It leans on what a disclosure office asks every day: one figure of one organ and year typed sloppily
// (abbreviated organ, 年 missing, 24年, row labels paraphrased as staff say them, labels copied verbatim), table 二 and
// 四 rows more than table 三's 新收, every 不予公开 / 无法提供 / 不予处理 / 其他处理 sub-row, rates of result columns,
// shares of sums, changes between years, yes/no of equality and 勾稽, whole-store counts and lists, places the store
// does not hold, figures no table holds, typos and old names of organs, Traditional / English / mixed, numbers
// written in Chinese, voice run-ons, and conversations with pointers (前者 / 后者 / 刚才那个), a whole-store question
// between, operations on earlier turns and 重新开始.
// Every expected value was read off the report text (data/reports, test/fixtures/real-reports); sums, shares,
// quotients and changes are written as the arithmetic on the printed figures.
//
// Readings: 去年 / 前年 are 2025 / 2024 by the clock (2026), or 2024 / 2023 with the store's latest year (2025) as this
// year: either is right. A close misspelling or an old name may be answered or asked back (issue 13 rule 8). A figure
// printed only in a report's prose may be stated or declined; a figure printed nowhere must be declined. A rate of a
// result column (纠正率 / 维持率) may be over the printed 总计 or over the cases settled (总计 − 尚未审结). 败诉 of a
// lawsuit is 结果纠正. Not asked: 洪泽区 2023's table 四 (garbled by the layout extraction); 龙华区数据局 2020's 总计
// column below 新收 (printed 0 where 自然人 is 1); 沐阳县 2025's applicant columns below 新收 (the OCR re-heads them);
// 南山区 2020's "/" cells except as none-or-declined.
import {
  changeOf,
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
import type { Conversation, Expect, SingleQuestion } from './expect.js';
import { ans, anyOf, CHAT, CLARIFY, diff, NO_DATA, questionsOf, ratio, SAFE, share, wan, yuan } from './expect.js';

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

/** Out of scope: declined, or a chat reply without a figure. */
const declined: Expect = anyOf(SAFE, CHAT);

// Printed figures used more than once.
// 淮安市 2024: table 四 复议 维持 72 纠正 64 其他 178 尚未 37 总计 351; 直接起诉 13 4 8 1 26; 复议后起诉 12 1 1 6 20.
// 淮安市 2024: 不予公开 2 31 5 6 8 12 9 105 (= 178); 无法提供 769 11 1 (= 781); 不予处理 62 25 0 0 1 (= 88);
// 其他处理 71 6 110 (= 187); 予以公开 1362, 部分公开 454, 总计 3050, 新收 3119, 上年结转 34, 结转下年度 103.
const HUAIAN_DENIED = [2, 31, 5, 6, 8, 12, 9, 105];
const HUAIAN_NOT_PROCESSED = [62, 25, 0, 0, 1];
const HUAIAN_OTHER_HANDLING = [71, 6, 110];
// 洪泽区 2023: 不予公开 1 0 0 0 0 1 1 0 (= 3).
const HONGZE_2023_DENIED = [1, 0, 0, 0, 0, 1, 1, 0];
// 沐阳县 2025: 无法提供 111 2 0 (= 113); 不予公开 0 0 2 2 13 2 4 9 (= 32).
const SHUYANG_DENIED = [0, 0, 2, 2, 13, 2, 4, 9];

export const TWENTIETH_QUESTIONS: readonly SingleQuestion[] = [
  // ── lookups: table 二 and 四 of the real reports, table 三 applicant columns ──
  lookup('X-L01', '淮安市2024年行政许可多少', ans([447228])),
  lookup('X-L02', '洪泽24年行政处罚多少件', ans([2776]), { note: '24年 = 2024; 洪泽 = 淮安市洪泽区人民政府' }),
  lookup('X-L03', '沐阳县2025年行政强制', ans([2154])),
  lookup('X-L04', '龙岗区2022年规范性文件制发了几件', ans([46])),
  lookup('X-L05', '淮安市政府2024年行政事业性收费多少钱', ans([wan(96171.6)])),
  lookup('X-L06', '南山区2020年政府集中采购总金额', ans([wan(170815.4)]), { note: '170,815.4万元' }),
  lookup('X-L07', '洪泽区2023年行政规范性文件本年废止件数', ans([5])),
  lookup('X-L08', '淮安市2024年现行有效的规章有几件', ans([11])),
  lookup('X-L09', '龙岗发改局2020年政府集中采购项目数量', ans([3])),
  lookup('X-L10', '龙华区数据局2020年采购金额', ans([yuan(456880)])),
  lookup('X-L11', '沐阳2025复议维持了多少', ans([27])),
  lookup('X-L12', '淮安市2024年行政复议结果纠正', ans([64])),
  lookup('X-L13', '龙岗区2022年未经复议直接起诉的总计', ans([32])),
  lookup('X-L14', '洪泽区2024年复议后起诉总计', ans([3])),
  lookup('X-L15', '淮安2024行政诉讼尚未审结的有多少', ans([7], [1, 6]), { note: '直接起诉 1 + 复议后起诉 6' }),
  lookup('X-L16', '南山区2020年直接起诉尚未审结', ans([1])),
  lookup('X-L17', '沐阳县2025年复议后起诉的其他结果', ans([1])),
  lookup('X-L18', '淮安市2024年上年结转的申请', ans([34])),
  lookup('X-L19', '沐阳县2025年结转下年度继续办理', ans([31])),
  lookup('X-L20', '龙岗区2022年法律服务机构申请了几件', ans([8]), { note: '新收, 法律服务机构 column' }),
  lookup('X-L21', '淮安市2024年科研机构新收申请', ans([0])),
  lookup('X-L22', '淮安市2024年社会公益组织提出的申请', ans([0])),
  lookup('X-L23', '淮安2024年商业企业新收的申请数', ans([53])),
  lookup('X-L24', '南山区2020年“其他”法人或其他组织新收申请', ans([4])),

  // ── sub-rows of table 三 (results), by printed label or close to it ──
  figure('X-F01', '淮安市2024年不予公开里属于行政查询事项的', ans([105])),
  figure('X-F02', '沐阳县2025年属于三类内部事务信息的不予公开', ans([13])),
  figure('X-F03', '龙岗区2022年保护第三方合法权益不予公开几件', ans([7])),
  figure('X-F04', '淮安市2024年没有现成信息需要另行制作的', ans([11])),
  figure('X-F05', '洪泽区2023年本机关不掌握相关政府信息', ans([10])),
  figure('X-F06', '淮安市2024年重复申请', ans([25])),
  figure('X-F07', '沐阳县2025年信访举报投诉类申请', ans([12])),
  figure('X-F08', '淮安市2024年申请人逾期未按收费通知要求缴纳费用的', ans([6])),
  figure('X-F09', '龙岗区2022年其他处理里的“其他”', ans([116])),
  figure('X-F10', '沐阳县2025年办理结果总计', ans([718])),
  figure('X-F11', '淮安市2024年要求行政机关确认或重新出具已获取信息', ans([1])),
  figure('X-F12', '洪泽区2024年危及三安全一稳定', ans([1])),
  figure('X-F13', '淮安市2024年其他法律行政法规禁止公开的有几件', ans([31])),
  figure('X-F14', '南山区2020年属于四类过程性信息', ans([4])),
  figure('X-F15', '淮安市2024年不予公开一共多少', ans([178], HUAIAN_DENIED)),
  figure('X-F16', '沐阳县2025年无法提供总共几件', ans([113], [111, 2, 0])),
  figure('X-F17', '淮安市2024年不予处理合计', ans([88], HUAIAN_NOT_PROCESSED)),
  figure('X-F18', '洪泽区2024年部分公开', ans([9])),
  figure(
    'X-F19',
    '淮安市人民政府2024年“申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”是多少',
    ans([71]),
  ),
  figure('X-F20', '沐阳县2025年 部分公开（区分处理的，只计这一情形，不计其他情形） 多少件', ans([101])),
  figure('X-F21', '龙岗区2022年补正后申请内容仍不明确', ans([0])),
  figure('X-F22', '淮安市2024年自然人申请的办理结果总计', ans([2932])),

  // ── rows as staff say them ──
  lookup('X-P01', '洪泽24依申请公开收了多少', ans([95]), { note: '新收 95' }),
  lookup('X-P02', '淮安市24年驳回的复议有几件', SAFE, {
    note: '驳回 is no printed column (维持? 其他结果?): asked back or declined',
  }),
  lookup('X-P03', '龙岗2022年败诉的官司有几个', ans([0]), { note: '诉讼 结果纠正: 直接起诉 0 + 复议后起诉 0' }),
  lookup('X-P04', '淮安市2024年败诉的行政诉讼', ans([5], [4, 1]), { note: '结果纠正 4 + 1' }),
  lookup('X-P05', '沐阳25年公开了多少申请', anyOf(ans([294]), ans([395], [294, 101]), CLARIFY), {
    note: '予以公开 294, or with 部分公开 101',
  }),
  lookup('X-P06', '南山2020查无此信息的有几件', orAsk(ans([51])), { note: '本机关不掌握相关政府信息 51' }),
  lookup('X-P07', '洪泽区2023年收到的信息公开申请', ans([21])),

  // ── relative years ──
  relativeYear('X-R01', '沐阳县去年行政许可多少', eitherYear(ans([517645]), NO_DATA)),
  relativeYear('X-R02', '洪泽区去年的行政复议总计', eitherYear(NO_DATA, ans([2]))),
  relativeYear('X-R03', '洪泽前年新收申请', eitherYear(ans([95]), ans([21]))),
  relativeYear('X-R04', '淮安市去年结转下年度', anyOf(NO_DATA, ans([103]), CLARIFY), {
    note: '去年 by the clock (2025, no report) or the store (2024: 103); 去年结转 may also mean 上年结转 (34): asked back',
  }),
  relativeYear('X-R05', '洪泽区2024年比上一年行政处罚少了多少', difference(2776, 4119), {
    note: '4,119 (2023) − 2,776 (2024) = 1,343',
  }),
  relativeYear('X-R06', '洪泽区今年的报告有吗', anyOf(SAFE, ans([]))),
  relativeYear('X-R07', '沐阳前年的新收', NO_DATA, { note: '沐阳县 has 2025 only: neither 2024 nor 2023' }),

  // ── arithmetic ──
  arithmetic('X-A01', '淮安市2024年行政复议纠正率', rate(64, 351, 37)),
  arithmetic('X-A02', '沐阳县2025年复议维持率是多少', rate(27, 61, 15)),
  arithmetic('X-A03', '龙岗区2022年直接起诉的维持率', rate(19, 32, 11)),
  arithmetic('X-A04', '淮安市2024年予以公开占新收的比例', shareOf(1362, 3119)),
  arithmetic('X-A05', '沐阳县2025年不予公开占办理结果总计的比重', shareOf(32, 718, SHUYANG_DENIED)),
  arithmetic('X-A06', '淮安市2024年予以公开和部分公开加起来多少', sum([1362, 454])),
  arithmetic('X-A07', '淮安市2024年部分公开占予以公开加部分公开的几成', shareOf(454, 1816, [1362]), {
    note: '454 / (1,362 + 454) = 25%',
  }),
  arithmetic('X-A08', '洪泽区2023年和2024年行政许可加起来', sum([550, 9487])),
  arithmetic('X-A09', '洪泽区行政许可2024年比2023年增长了百分之多少', percentChange(550, 9487)),
  arithmetic('X-A10', '淮安市2024年行政处罚是行政许可的几倍', quotient(3985758, 447228)),
  arithmetic('X-A11', '沐阳县2025年行政处罚和行政强制一共', sum([693957, 2154])),
  arithmetic('X-A12', '龙岗2022年新收比南山2020年多多少', difference(552, 262)),
  arithmetic('X-A13', '淮安市2024年新收是洪泽区2024年的多少倍', quotient(3119, 95)),
  arithmetic('X-A14', '淮安和洪泽2024年行政复议总计平均每家多少', ans([176.5], [351, 2, 353]), {
    note: '(351 + 2) / 2',
  }),
  arithmetic('X-A15', '沐阳县2025年不掌握加另行制作', sum([111, 2])),
  arithmetic('X-A16', '淮安市2024年信访举报投诉类和重复申请一共', sum([62, 25])),
  arithmetic('X-A17', '龙岗区2022年本年新收加上年结转', sum([552, 10])),
  arithmetic('X-A18', '淮安2024年新收加上年结转减去办结总计等于多少', ans([103], [3119, 34, 3153, 3050]), {
    note: '3,119 + 34 − 3,050',
  }),
  arithmetic('X-A19', '洪泽区2024年行政规范性文件现行有效比2023年多几件', difference(8, 5)),
  arithmetic('X-A20', '洪泽区2023到2024年行政强制变化了多少', difference(84, 195)),
  arithmetic('X-A21', '淮安市2024年行政诉讼一共多少件', sum([26, 20], [13, 4, 8, 1, 12, 6])),
  arithmetic('X-A22', '沐阳县2025年行政复议和行政诉讼加起来', sum([61, 3, 10], [13])),
  arithmetic('X-A23', '淮安市2024年复议后起诉的尚未审结占复议后起诉总计的比例', shareOf(6, 20)),
  arithmetic('X-A24', '洪泽区2024年行政处罚和行政强制的差', difference(2776, 84)),
  arithmetic('X-A25', '洪泽区2023、2024两年行政事业性收费合计', ans([wan(15275.28)], [wan(7545), wan(7730.28)]), {
    note: '7,730.28 + 7,545 万元',
  }),
  arithmetic('X-A26', '淮安市2024年自然人申请占新收的比例', shareOf(3001, 3119)),
  arithmetic('X-A27', '南山区2020年结转下年度占新收加上年结转的比例', shareOf(33, 268, [262, 6]), {
    note: '33 / (262 + 6)',
  }),
  arithmetic('X-A28', '洪泽区2024年予以公开占办理结果总计的多少', shareOf(50, 95)),
  arithmetic('X-A29', '淮安市2024年法律服务机构新收申请比商业企业多几件', difference(61, 53)),
  arithmetic('X-A30', '沐阳县2025年规范性文件制发的减废止的', difference(6, 1)),
  arithmetic('X-A31', '三个区政府新收申请平均多少', SAFE, {
    note: '龙岗 2022, 南山 2020, 洪泽 2023 and 2024: years mixed and 洪泽 twice — ask back',
  }),
  arithmetic('X-A32', '淮安市2024年行政复议其他结果占总计的比例', shareOf(178, 351)),
  arithmetic('X-A33', '龙岗区2022年复议的纠正率', rate(2, 15, 5)),

  // ── crossed organ–year pairs ──
  crossed('X-C01', '龙岗区2020年新收多少', SAFE, { note: '龙岗区政府 2022 only; 2020 is 龙岗区发改局' }),
  crossed('X-C02', '南山区2022年行政许可', SAFE),
  crossed('X-C03', '淮安市2023年行政复议总计', SAFE),
  crossed('X-C04', '洪泽区2025年新收', SAFE),
  crossed('X-C05', '沐阳县2024年行政处罚', SAFE),
  crossed('X-C06', '龙岗区数据局2020年新收', SAFE, { note: '龙岗区政务服务数据管理局: 2021 only' }),
  crossed('X-C07', '龙华区数据局2021年新收申请', SAFE, { note: '龙华区政务服务数据管理局: 2020 only' }),

  // ── filters, counts, lists ──
  filter('X-G01', '2024年哪些报告', list(['淮安', '洪泽'], [2])),
  filter('X-G02', '2020年的部门报告有几份', ans([2]), { note: '龙岗区发改局, 龙华区数据局' }),
  filter('X-G03', '有几个区政府的报告', anyOf(ans([3], [4, 2]), ans([4], [3, 2])), {
    note: '龙岗区, 南山区, 洪泽区 (洪泽 twice): 3 organs, 4 reports',
  }),
  filter('X-G04', '2020年区政府里新收申请最多的', ans([262]), { note: '南山区 only' }),
  filter(
    'X-G05',
    '江苏的报告里2024年行政许可最多的是谁',
    ans([447228], [9487], { mustContain: ['淮安'], reportsCompared: [2] }),
  ),
  filter('X-G06', '深圳的部门里行政许可不为零的有哪些', list(['发'], [12, 1]), {
    note: '龙岗区发展和改革局 2020 (12); the two 数据局 print 0',
  }),
  filter('X-G07', '2023年区级报告里行政处罚最多的', ans([4119]), { note: '洪泽区 2023 only' }),
  filter('X-G08', '淮安市2024年不予公开里不为零的有哪些', list(['国家秘密', '行政查询'], [...HUAIAN_DENIED, 178, 8])),
  filter('X-G09', '洪泽区2024年不予处理的是不是全是0', yesNo([1, 0]), { note: '信访举报投诉类 1: no' }),
  filter('X-G10', '龙岗数据局2021年的申请是不是全是0', yesNo([0])),
  filter('X-G11', '2025年有几个单位交了报告', ans([1]), { note: '沐阳县 only' }),
  filter('X-G12', '2022年以前的报告有多少份', ans([4], [3, 1]), { note: '2020: 3, 2021: 1' }),

  // ── rankings ──
  ranking('X-K01', '2024年行政复议最多的单位', ans([351], [2], { mustContain: ['淮安'], reportsCompared: [2] })),
  ranking('X-K02', '2020年三份报告新收申请排个名', ans([262, 4, 1], [], { reportsCompared: [3] })),
  ranking('X-K03', '淮安市2024年不予公开哪一项最多', ans([105], [...HUAIAN_DENIED, 178], { mustContain: ['查询'] })),
  ranking('X-K04', '沐阳县2025年无法提供和不予处理里哪个子项最多', ans([111], [2, 0, 12, 7, 113, 19]), {
    note: '本机关不掌握 111',
  }),
  ranking('X-K05', '2024年新收申请淮安和洪泽谁多', ans([3119], [95, diff(3024)], { mustContain: ['淮安'] })),
  ranking('X-K06', '洪泽区哪一年行政许可多', ans([9487], [550, diff(8937)])),
  ranking('X-K07', '2024年的报告按行政处罚从高到低', ans([3985758, 2776], [], { reportsCompared: [2] })),

  // ── chat ──
  chat('X-H01', '早上好～', CHAT),
  chat('X-H02', '辛苦了谢谢🙏', CHAT),
  chat('X-H03', '你能查些什么', CHAT),
  chat('X-H04', '重新开始', CHAT),

  // ── Traditional (some mixed with Simplified) ──
  traditional('X-T01', '淮安市2024年行政許可多少件', ans([447228])),
  traditional('X-T02', '沐陽縣2025年行政復議總計', ans([61])),
  traditional('X-T03', '龍崗區2022年不予公開裡屬於國家秘密的', ans([1])),
  traditional('X-T04', '洪澤區2024年行政處罰是多少', ans([2776])),
  traditional('X-T05', '南山區2020年結轉下年度繼續辦理', ans([33])),
  traditional('X-T06', '淮安市2024年行政訴訟結果糾正有幾件', ans([5], [4, 1])),
  traditional('X-T07', '龍崗区2022年行政强制多少', ans([7749])),

  // ── misspellings and old names ──
  misspelling('X-M01', '淮按市2024年行政许可', orAsk(ans([447228]))),
  misspelling('X-M02', '洪则区2024年新收申请', orAsk(ans([95]))),
  misspelling('X-M03', '沭阳县2025年行政处罚', orAsk(ans([693957])), {
    note: '沭阳 is the county\u2019s real name; the OCR report prints 沐阳',
  }),
  misspelling('X-M04', '龙冈区2022年行政复议总计', orAsk(ans([15]))),
  misspelling('X-M05', '南删区2020年予以公开', orAsk(ans([100]))),
  misspelling('X-M06', '淮安市2024年行政徐可', orAsk(ans([447228]))),
  misspelling('X-M07', '洪泽县2023年行政处罚', orAsk(ans([4119])), { note: '洪泽县: the old name (区 since 2016)' }),
  misspelling('X-M08', '淮阴市2024年行政复议', anyOf(ans([351]), SAFE), {
    note: '淮阴市: 淮安市\u2019s old name; 淮阴区 is also a district the store does not hold',
  }),
  misspelling('X-M09', '沐阳县2025年行政强志', orAsk(ans([2154]))),
  misspelling('X-M10', '龙岗区2022年规范性文件废除了几件', orAsk(ans([11])), { note: '废除 for 废止' }),
  misspelling('X-M11', '淮安市2024年上年节转', orAsk(ans([34]))),
  misspelling('X-M12', '龙岗区政务数据局2021年新收', orAsk(ans([0])), { note: '政务服务数据管理局, shortened' }),

  // ── English ──
  english('X-E01', "How many FOI requests did Huai'an city receive in 2024?", ans([3119])),
  english('X-E02', 'Hongze district 2024 administrative licensing decisions', ans([9487])),
  english(
    'X-E03',
    "What share of Muyang county's 2025 administrative reviews were corrected?",
    anyOf(...rateOf(10, 61, 15), CLARIFY),
  ),
  english('X-E04', 'Sum of Longgang 2022 granted and partially granted requests', sum([66, 36])),
  english(
    'X-E05',
    'Which report has the most administrative penalties in 2024?',
    ans([3985758], [2776], { reportsCompared: [2] }),
  ),
  english(
    'X-E06',
    "Does Huai'an 2024 balance: new plus carried over equal to total handled plus carried forward?",
    yesNo([3119, 34, 3153, 3050, 103]),
  ),
  english('X-E07', 'Nanshan 2020 lawsuits filed directly, total', ans([2])),
  english('X-E08', 'How many reports from Beijing are there?', anyOf(SAFE, ans([0]))),
  english('X-E09', 'Longgang district 2022 fee revenue', ans([wan(2.22934)])),
  english(
    'X-E10',
    "Huai'an 2024 administrative reviews per 1,000 requests",
    anyOf(SAFE, ans([ratio((351 / 3119) * 1000)], [351, 3119])),
    'no table figure: declined, or 351 / 3,119 × 1,000',
  ),

  // ── reports the store does not hold ──
  noData('X-N01', '北京市2024年行政许可', SAFE),
  noData('X-N02', '广东省政府2022年新收申请', SAFE),
  noData('X-N03', '上海市浦东新区2023年行政复议', SAFE),
  noData('X-N04', '江苏省人民政府2024年年报的行政处罚', SAFE),
  noData('X-N05', '淮安市清江浦区2024年新收', SAFE),
  noData('X-N06', '淮安市淮阴区2024年行政复议', SAFE),
  noData('X-N07', '洪泽区高良涧街道2024年的依申请公开', SAFE),
  noData('X-N08', '福田区2022年行政处罚', SAFE),
  noData('X-N09', '深圳市政府2022年新收申请', SAFE),
  noData('X-N10', '宝安区2022年行政许可', SAFE),
  noData('X-N11', '龙岗区2023年报告的行政强制', SAFE),

  // ── figures no table holds ──
  notInTables('X-NT01', '淮安市2024年政务新媒体有多少个', proseOrSafe(ans([95])), { note: 'prose: 95 个' }),
  notInTables('X-NT02', '洪泽区2024年信息公开工作人员有几个', SAFE),
  notInTables('X-NT03', '淮安市2024年依申请公开平均办理天数', SAFE),
  notInTables('X-NT04', '沐阳县2025年信息处理费收了多少', proseOrSafe(ans([yuan(380)], [1])), {
    note: 'prose: 380元, 民政局 1 件',
  }),
  notInTables('X-NT05', '龙岗区2022年行政复议的平均审理时长', SAFE),
  notInTables('X-NT06', '南山区2020年网站访问量', SAFE),
  notInTables('X-NT07', '淮安市2024年召开新闻发布会几场', proseOrSafe(ans([12])), { note: 'prose: 12 场' }),
  notInTables('X-NT08', '洪泽区2024年行政许可里营业执照有多少', SAFE),
  notInTables('X-NT09', '淮安市2024年申请人里男的多少', SAFE),
  notInTables('X-NT10', '沐阳县2025年网上申请的占多少', SAFE),

  // ── out of scope ──
  outOfScope('X-O01', '帮我写一份2025年的年报', declined),
  outOfScope('X-O02', '淮安明天天气怎么样', declined),
  outOfScope('X-O03', '洪泽区区长是谁', declined),
  outOfScope('X-O04', '政府信息公开条例第几条规定了依申请公开', declined),

  // ── voice run-ons, numbers in Chinese, full-width, emoji, mixed languages ──
  lookup('X-V01', '那个淮安市二〇二四年的行政复议总共有多少件啊帮我看一下', ans([351])),
  lookup('X-V02', '沐阳县两千零二十五年行政许可是多少', ans([517645])),
  figure('X-V03', '洪泽区二零二三年不予公开一共几件呢', ans([3], HONGZE_2023_DENIED)),
  figure('X-V04', '龙岗区二〇二二年度依申请公开的部分公开是多少谢谢', ans([36])),
  lookup('X-V05', '龙岗 2022 applications多少', ans([552], [10, 562]), { note: '新收 552' }),
  lookup('X-V06', '淮安2024 行政处罚 how many', ans([3985758])),
  lookup('X-V07', '洪泽区２０２４年行政强制', ans([84])),
  lookup('X-V08', '沐阳县2025年结转下年度多少👀', ans([31])),

  // ── yes/no of equality and checks (勾稽) ──
  filter('X-Y01', '淮安市2024年行政复议的维持和纠正是不是一样', yesNo([72, 64, diff(8)]), { note: '72 vs 64: no' }),
  filter('X-Y02', '洪泽区2024年复议维持和纠正等不等于', yesNo([1, diff(0)]), {
    note: '1 and 1: yes, a difference of 0',
  }),
  filter('X-Y03', '龙岗区2022年新收加上年结转等不等于总计加结转下年度', yesNo([552, 10, 562, 535, 27]), {
    note: '552 + 10 = 535 + 27 = 562: yes',
  }),
  filter('X-Y04', '沐阳县2025年的勾稽关系对不对', yesNo([713, 36, 749, 718, 31]), {
    note: '713 + 36 = 718 + 31 = 749: yes',
  }),
  filter('X-Y05', '龙岗发改局2020年的勾稽关系对得上吗', yesNo([4, 0, 1, 5]), {
    note: '4 + 0 = 4, but 总计 4 + 结转下年度 1 = 5: no',
  }),
  filter('X-Y06', '淮安市2024年有没有不为零的“要求提供公开出版物”', yesNo([0])),
  // ── second part: two filters, 历年, 同比 / 环比, 占比 / 几成, journalists' questions, counts and lists ──
  ranking(
    'X-J01',
    '2024年哪家不予公开的比重更高',
    anyOf(
      ans([share(178, 3050)], [178, 3050, 3, 95, share(3, 95)], { mustContain: ['淮安'] }),
      ans([share(178, 3119)], [178, 3119, 3, 95, share(3, 95)], { mustContain: ['淮安'] }),
    ),
    { note: '淮安市 178 / 3,050 (or / 3,119 新收) against 洪泽区 3 / 95' },
  ),
  arithmetic('X-J02', '2024年的报告里行政诉讼被纠正的一共有几件', ans([5], [4, 1, 0]), {
    note: '淮安市 4 + 1, 洪泽区 0 + 0',
  }),
  filter('X-J03', '2024年区级部门里行政诉讼最多的', SAFE, { note: 'no department report of 2024' }),
  filter(
    'X-J04',
    '2020年区级部门里政府集中采购金额最多的',
    ans([yuan(5246500)], [yuan(456880)], { mustContain: ['发'], reportsCompared: [2] }),
    { note: '龙岗区发改局 5,246,500元 against 龙华区数据局 456,880元' },
  ),
  lookup('X-J05', '洪泽区历年行政许可', ans([550, 9487], [diff(8937)])),
  relativeYear('X-J06', '洪泽区行政处罚同比变化', anyOf(...changeOf(4119, 2776), difference(2776, 4119)), {
    note: '2024 against 2023',
  }),
  relativeYear('X-J07', '淮安市2024年行政许可同比增长多少', SAFE, { note: 'no 淮安市 2023 report' }),
  relativeYear('X-J08', '洪泽区2024年新收申请环比', anyOf(SAFE, ...changeOf(21, 95), difference(95, 21)), {
    note: '环比 has no month in an annual report: declined, or read as against 2023',
  }),
  arithmetic('X-J09', '淮安市2024年部分公开占办结的几成', shareOf(454, 3050)),
  arithmetic('X-J10', '市区两级2024年新收合计', anyOf(sum([3119, 95]), CLARIFY), {
    note: '淮安市 3,119 + 洪泽区 95, or asked back',
  }),
  filter('X-J11', '有多少家县级单位', ans([1]), { note: '沐阳县' }),
  filter('X-J12', '列一下所有的部门报告', list(['龙华', '龙岗'], [3])),
  filter('X-J13', '哪些报告是2023年的', list(['洪泽'], [1])),
  filter('X-J14', '淮安市2024年复议和诉讼有没有不为零的尚未审结', yesNo([37, 1, 6, 7, 44])),
  filter('X-J15', '沐阳县2025年直接起诉的纠正和其他结果是不是全是0', yesNo([0])),
  ranking('X-J16', '龙岗区2022年复议维持和直接起诉维持哪个多', ans([19], [7, diff(12)])),
  english('X-E11', 'Rank the 2024 reports by administrative review cases', ans([351, 2], [], { reportsCompared: [2] })),
  english('X-E12', "Is Hongze 2024's review total the same as its direct lawsuits total?", yesNo([2, 1])),
  english('X-E13', "Huai'an 2024: share of 'not held' in all handled requests", shareOf(769, 3050)),
  english('X-E14', 'How many district governments are in the store?', anyOf(ans([3], [4]), ans([4], [3]))),
  english('X-E15', 'Shenzhen Futian 2022 administrative penalties', SAFE),
  traditional('X-T08', '淮安市2024年不予處理裡的重複申請佔不予處理的比例', shareOf(25, 88, HUAIAN_NOT_PROCESSED)),
  traditional('X-T09', '洪澤區2023年與2024年新收申請相差多少', difference(95, 21)),
  traditional('X-T10', '沐陽縣2025年行政許可与行政处罚合計', sum([517645, 693957])),
  misspelling('X-M13', '龙岗区发该局2020年新收', orAsk(ans([4]))),
  misspelling('X-M14', '淮安是2024年行政复议总计', orAsk(ans([351])), { note: '是 for 市' }),
];

export const TWENTIETH_CONVERSATIONS: readonly Conversation[] = [
  {
    id: 'X-D01',
    class: 'conversation',
    note: 'organ switch, a difference, then 前者 (淮安市)',
    turns: [
      { question: '淮安市2024年行政复议总计多少', expect: ans([351]) },
      { question: '那洪泽呢', expect: ans([2]), note: '洪泽区 2024' },
      { question: '差多少', expect: difference(351, 2) },
      { question: '前者的纠正率', expect: rate(64, 351, 37) },
    ],
  },
  {
    id: 'X-D02',
    class: 'conversation',
    note: 'year switch, a percentage change, then another row',
    turns: [
      { question: '洪泽区2023年行政处罚', expect: ans([4119]) },
      { question: '2024年呢', expect: ans([2776]) },
      { question: '变化了百分之多少', expect: percentChange(4119, 2776) },
      {
        question: '行政强制呢',
        expect: anyOf(...changeOf(195, 84), ans([84], [195]), CLARIFY),
        note: '行政强制 195 → 84 (−56.92%), or its 2024 figure',
      },
    ],
  },
  {
    id: 'X-D03',
    class: 'conversation',
    note: 'a whole-store list between, then 刚才那个县',
    turns: [
      { question: '沐阳县2025年新收申请', expect: ans([713]) },
      {
        question: '一共有哪些报告',
        expect: list(['淮安', '南山', '沐阳'], [9, 8, 1, 2, 3, 4, 5]),
      },
      { question: '刚才那个县的上年结转呢', expect: ans([36]) },
      { question: '两个加起来', expect: sum([713, 36]) },
    ],
  },
  {
    id: 'X-D04',
    class: 'conversation',
    note: '重新开始 forgets the organ',
    turns: [
      { question: '龙岗区2022年行政诉讼直接起诉总计', expect: ans([32]) },
      { question: '复议后起诉呢', expect: ans([6]) },
      { question: '合计', expect: sum([32, 6]) },
      { question: '重新开始', expect: CHAT },
      { question: '复议后起诉呢', expect: SAFE, note: 'no organ after the reset' },
    ],
  },
  {
    id: 'X-D05',
    class: 'conversation',
    note: 'English after a Chinese turn',
    turns: [
      { question: '南山区2020年予以公开多少', expect: ans([100]) },
      { question: 'and partially granted?', expect: ans([49]), replyIn: 'en' },
      {
        question: 'what share of the 235 handled is that?',
        expect: shareOf(49, 235),
        replyIn: 'en',
        note: '49 / 235 (总计)',
      },
    ],
  },
  {
    id: 'X-D06',
    class: 'conversation',
    note: 'three-turn arithmetic with 前者 / 后者',
    turns: [
      { question: '淮安市2024年不予处理合计', expect: ans([88], HUAIAN_NOT_PROCESSED) },
      { question: '其他处理合计呢', expect: ans([187], HUAIAN_OTHER_HANDLING) },
      { question: '后者比前者多几个', expect: difference(187, 88) },
      {
        question: '这两个占办理结果总计的比例分别是多少',
        expect: ans([share(88, 3050), share(187, 3050)], [88, 187, 3050, 275, share(275, 3050)]),
      },
    ],
  },
  {
    id: 'X-D07',
    class: 'conversation',
    note: 'organ switch, 后者 / 前者, a year switch, a difference over turns',
    turns: [
      { question: '洪泽区2024年行政许可', expect: ans([9487]) },
      { question: '淮安市同年呢', expect: ans([447228]) },
      { question: '后者是前者的几倍', expect: quotient(447228, 9487) },
      { question: '洪泽2023年呢', expect: anyOf(ans([550]), CLARIFY), note: '行政许可 550' },
      { question: '跟2024年比少了多少', expect: difference(9487, 550) },
    ],
  },
  {
    id: 'X-D08',
    class: 'conversation',
    note: 'Traditional throughout',
    turns: [
      { question: '沐陽縣2025年行政訴訟直接起訴總計', expect: ans([3]), replyIn: 'hant' },
      { question: '復議後起訴呢', expect: ans([10]), replyIn: 'hant' },
      { question: '加起來', expect: sum([3, 10]), replyIn: 'hant' },
    ],
  },
  {
    id: 'X-D09',
    class: 'conversation',
    note: 'sub-row switch, then 那南山呢 on a "/" row',
    turns: [
      { question: '龍岗2022年保护第三方合法权益', expect: ans([7]) },
      { question: '属于三类内部事务信息呢', expect: ans([8]) },
      { question: '那南山呢', expect: anyOf(SAFE, ans([0])), note: '南山区 2020 prints "/"' },
      { question: '南山的属于四类过程性信息呢', expect: ans([4]) },
    ],
  },
  {
    id: 'X-D10',
    class: 'conversation',
    note: 'whole-store count, a filter on it, then 它们',
    turns: [
      { question: '有几个部门的报告', expect: ans([3]) },
      { question: '其中2020年的有哪些', expect: list(['龙华'], [2]) },
      { question: '它们新收申请加起来', expect: sum([4, 1]) },
    ],
  },
  {
    id: 'X-D11',
    class: 'conversation',
    note: 'every result column of 复议, then a check of their sum',
    turns: [
      { question: '淮安市2024年行政复议结果维持', expect: ans([72]) },
      { question: '纠正呢', expect: ans([64]) },
      { question: '其他结果呢', expect: ans([178]) },
      { question: '尚未审结呢', expect: ans([37]) },
      { question: '这四个加起来是不是等于总计', expect: yesNo([72, 64, 178, 37, 351]) },
    ],
  },
  {
    id: 'X-D12',
    class: 'conversation',
    note: 'English, then Chinese',
    turns: [
      { question: 'Hongze 2024 new requests?', expect: ans([95]), replyIn: 'en' },
      { question: 'and in 2023?', expect: ans([21]), replyIn: 'en' },
      { question: 'percentage change?', expect: percentChange(21, 95), replyIn: 'en' },
      { question: '那淮安2024年呢', expect: ans([3119]), note: '新收 3,119' },
    ],
  },
  {
    id: 'X-D13',
    class: 'conversation',
    note: 'a whole-store count between, then 第一个 / 第二个',
    turns: [
      { question: '龙岗区2022年行政许可', expect: ans([16103]) },
      { question: '南山区2020年呢', expect: ans([8759]) },
      { question: '2020年有几份报告', expect: ans([3]) },
      { question: '第一个减第二个', expect: difference(16103, 8759) },
    ],
  },
  {
    id: 'X-D14',
    class: 'conversation',
    note: 'a share of a sub-row, then the same for another organ',
    turns: [
      { question: '沐阳县2025年不予处理', expect: ans([19], [12, 7, 0]) },
      { question: '其中重复申请占多少', expect: shareOf(7, 19, [12, 0]) },
      {
        question: '淮安2024年呢',
        expect: anyOf(shareOf(25, 88, HUAIAN_NOT_PROCESSED), ans([25]), CLARIFY),
      },
    ],
  },
  {
    id: 'X-D15',
    class: 'conversation',
    note: 'a place not held, an organ switch, 重新开始, then no organ',
    turns: [
      { question: '北京市海淀区2024年的行政复议', expect: SAFE },
      { question: '那淮安市呢', expect: ans([351]) },
      { question: '重新开始', expect: CHAT },
      { question: '行政许可多少', expect: SAFE },
    ],
  },
];
