// A twenty-first held-out set (`npm run held-out -- --set twentyfirst`), written on 2026-12-08 (begun 01:32 UTC by
// `date -u`), blind: without reading src/answers, test/answers or the earlier sets' questions (only expect.ts,
// score.ts, store.ts, ask.ts, run.ts and the opening lines of twentieth.ts for the shape), and before the engine was
// run on any of it. Same store (five sample reports, four real text reports: 淮安市 2024, 洪泽区 2023 and 2024, 沐阳县
// 2025), same scoring. It leans on three personas: a journalist (comparisons across organs and years, 败诉 and 纠正
// rates, rankings), a researcher comparing places (crossed organ–year pairs, rankings within a level — 区县 / 市 /
// 部门 — sums and shares of sums, percentage changes, whole-store counts and lists), and a clerk checking their own
// report (勾稽 of table 三 and 四, yes/no of equality, which rows are 0, sub-rows by their printed labels). Also places
// the store does not hold, figures no table holds, typos of organs and rows, Traditional and English questions,
// numbers in Chinese and full-width digits, emoji and @mentions, voice run-ons, greetings / help / 重新开始, and
// conversations with pointers (前者 / 后者 / 刚才那个 / 它), operations on earlier turns and organ / year switches.
// Every expected value was read off the report text (data/reports, test/fixtures/real-reports); sums, shares,
// quotients and changes are written as the arithmetic on the printed figures.
//
// Readings allowed: 去年 / 前年 are 2025 / 2024 by the clock (2026), or 2024 / 2023 with the store's latest year (2025)
// as this year: either is right. A close misspelling of an organ or a row may be answered or asked back. A figure
// printed only in a report's prose may be stated or declined; a figure printed nowhere must be declined. A rate of a
// result column (纠正率 / 维持率 / 败诉率) may be over the printed 总计 or over the cases settled (总计 − 尚未审结); 公开率
// may be 予以公开 (or 予以公开 + 部分公开) over 办理结果总计 or over 新收, or asked back. 败诉 of a lawsuit is 结果纠正. A
// ranking over organs of several years with no year named is asked back or declined (a ranking mixing years is
// wrong). Not asked: 洪泽区 2023's table 四 (garbled by the layout extraction); 龙华区数据局 2020's 总计 column below 新收
// (printed 0 where 自然人 is 1); 沐阳县 2025's applicant columns (the OCR re-heads them 数据1…数据6); 南山区 2020's "/"
// cells except as none-or-declined.
import {
  changeOf,
  difference,
  eitherYear,
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
import type { Conversation, Expect, Expectation, SingleQuestion } from './expect.js';
import {
  ans,
  anyOf,
  CHAT,
  CLARIFY,
  changeShares,
  diff,
  type Figure,
  NO_DATA,
  questionsOf,
  SAFE,
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

/** A percentage change of two sums of money printed in 万元. */
const moneyChange = (from: number, to: number): Expect =>
  anyOf(...changeShares(from, to).map((c) => ans([c], [wan(from), wan(to), wan(to - from), wan(from - to)])));
/** 公开率: 予以公开 (or 予以公开 + 部分公开) over 办理结果总计 or over 新收, or asked back. */
const disclosureRate = (granted: number, partial: number, settled: number, received: number): Expect =>
  anyOf(
    shareOf(granted, settled, [received]),
    shareOf(granted, received, [settled]),
    shareOf(granted + partial, settled, [granted, partial, received]),
    shareOf(granted + partial, received, [granted, partial, settled]),
    CLARIFY,
  );
/** A list: no figure but counts; the names it must show. */
/** The store's years: a list may print them without 年. */
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];
const list = (names: readonly string[], counts: readonly Figure[] = []): Expectation =>
  ans([], [...counts, ...YEARS], { mustContain: names });
/** A yes: the figures may be stated, the reply must not say they differ. */
const yes = (figures: readonly Figure[]): Expectation =>
  yesNo(figures, { mustNotContain: ['不平衡', '不相等', '不等于', '不一致', '对不上', '不符'] });
/** A no: the figures may be stated, the reply says 不 (不平衡 / 不等于 / 不一致 …). */
const no = (figures: readonly Figure[]): Expectation => yesNo(figures, { mustContain: ['不'] });
/** Which of two is larger: both figures stated, the difference may be, and the winner named. */
const larger = (winner: string, a: number, b: number): Expectation =>
  ans([a, b], [diff(a - b), ...(b === 0 ? [] : changeShares(b, a)), ...(a === 0 ? [] : changeShares(a, b))], {
    mustContain: [winner],
  });
/** A ranking's top: the top figure, the others compared, the winner named, over one year's reports. */
const top = (winner: string, first: Figure, others: readonly Figure[], reports: number): Expectation =>
  ans([first], others, { mustContain: [winner], reportsCompared: [reports] });
/** Out of scope: declined, or a chat reply without a figure. */
const declined: Expect = anyOf(SAFE, CHAT);

// Printed figures used more than once (table 三 总计 column unless said).
// 龙岗区 2022: 新收 552 (自然人 489, 商业企业 51, 科研 0, 公益 0, 法律服务 8, 其他 4), 上年结转 10, 予以公开 66, 部分公开 36,
// 不予公开 1 0 0 7 8 10 3 1 (= 30), 无法提供 283 2 0 (= 285), 不予处理 all 0, 其他处理 2 0 116 (= 118), 总计 535, 结转 27.
// Table 四: 复议 7 2 1 5 15; 直接起诉 19 0 2 11 32; 复议后起诉 4 0 0 2 6.
const LONGGANG_DENIED = [1, 0, 0, 7, 8, 10, 3, 1];
const LONGGANG_UNAVAILABLE = [283, 2, 0];
// 南山区 2020: 新收 262 (自然人 236, 商业企业 22, 其他 4), 上年 6, 予以公开 100, 部分公开 49, 过程性 4, 不掌握 51, 另行制作 1,
// 信访 1, 重复 4, 其他处理 25, 总计 235, 结转 33. Table 四: 复议 维持 5 总计 5; 直接起诉 维持 1 尚未 1 总计 2; 复议后起诉 维持 2 总计 2.
// 龙岗区发展和改革局 2020: 新收 4, 上年 0, 予以公开 2, 部分公开 1, 不掌握 1, 总计 4, 结转 1 (4 + 0 ≠ 4 + 1).
// 淮安市 2024: 新收 3119 (自然人 3001, 商业 53, 法律服务 61, 其他 4), 上年 34, 予以公开 1362, 部分公开 454,
// 不予公开 2 31 5 6 8 12 9 105 (= 178), 无法提供 769 11 1 (= 781), 不予处理 62 25 0 0 1 (= 88), 其他处理 71 6 110 (= 187),
// 总计 3050, 结转 103. Table 四: 复议 72 64 178 37 351; 直接起诉 13 4 8 1 26; 复议后起诉 12 1 1 6 20.
const HUAIAN_DENIED = [2, 31, 5, 6, 8, 12, 9, 105];
const HUAIAN_UNAVAILABLE = [769, 11, 1];
const HUAIAN_NOT_PROCESSED = [62, 25, 0, 0, 1];
// 洪泽区 2023: 新收 21, 上年 0, 予以公开 0, 部分公开 4, 不予公开 1 0 0 0 0 1 1 0 (= 3), 无法提供 10 3 0 (= 13), 不予处理 1 0 0 0 0,
// 其他处理 0, 总计 21, 结转 0. 许可 550, 处罚 4119, 强制 195, 收费 7730.28万元, 规范性文件 0 5 5.
// 洪泽区 2024: 新收 95, 上年 0, 予以公开 50, 部分公开 9, 不予公开 0 0 1 0 0 1 1 0 (= 3), 无法提供 31 1 0 (= 32), 不予处理 1 0 0 0 0,
// 其他处理 0, 总计 95, 结转 0. Table 四: 复议 1 1 0 0 2; 直接起诉 1 0 0 0 1; 复议后起诉 2 0 1 0 3. 许可 9487, 处罚 2776,
// 强制 84, 收费 7545万元, 规范性文件 3 0 8.
const HONGZE_2024_DENIED = [0, 0, 1, 0, 0, 1, 1, 0];
// 沐阳县 2025: 新收 713, 上年 36, 予以公开 294, 部分公开 101, 不予公开 0 0 2 2 13 2 4 9 (= 32), 无法提供 111 2 0 (= 113),
// 不予处理 12 7 0 0 0 (= 19), 其他处理 9 7 143 (= 159), 总计 718, 结转 31. Table 四: 复议 27 10 9 15 61; 直接起诉 3 0 0 0 3;
// 复议后起诉 8 0 1 1 10. 许可 517645, 处罚 693957, 强制 2154, 收费 4068.208万元, 规范性文件 6 1 32.
const SHUYANG_DENIED = [0, 0, 2, 2, 13, 2, 4, 9];
const SHUYANG_NOT_PROCESSED = [12, 7, 0, 0, 0];
const SHUYANG_OTHER_HANDLING = [9, 7, 143];
// 新收 of every report: 龙岗区 552, 南山区 262, 龙岗发改局 4, 龙华数据局 1, 龙岗数据局 0, 淮安市 3119, 洪泽区 21 and 95, 沐阳县 713.
const ALL_RECEIVED = [552, 262, 4, 1, 0, 3119, 21, 95, 713];

export const TWENTYFIRST_QUESTIONS: readonly SingleQuestion[] = [
  // ── lookups, typed as the group types them ──
  lookup('A-L01', '龙岗22年新收多少🙏', ans([552])),
  lookup('A-L02', '@年报小助手 洪泽区2024年行政许可多少', ans([9487])),
  lookup('A-L03', '淮安市２０２４年行政处罚', ans([3985758]), { note: 'full-width digits' }),
  lookup('A-L04', '二〇二四年淮安市行政强制多少件', ans([88283])),
  lookup('A-L05', '洪泽二零二三年行政许可', ans([550])),
  lookup('A-L06', '沐阳２５年予以公开', ans([294])),
  lookup('A-L07', '那个我想问一下就是淮安市二零二四年那个行政复议总共有多少件啊', ans([351]), {
    note: 'a voice run-on: 行政复议 总计 351',
  }),
  lookup('A-L08', '南山2020行政许可处理决定数量', ans([8759])),
  lookup('A-L09', '南山区2020年其他对外管理服务事项处理决定', ans([199956])),
  lookup('A-L10', '龙岗发改局20年采购金额多少', ans([yuan(5246500)]), { note: '5246500元' }),
  lookup('A-L11', '龙华数据局2020年政府集中采购项目几个', ans([9])),
  lookup('A-L12', '龙岗数据局2021年收到几个申请', ans([0])),
  lookup('A-L13', '龙岗区发改局2020年其他对外管理服务事项处理决定数量', ans([949])),
  lookup('A-L14', '洪泽24年收费多少万', ans([wan(7545)])),
  lookup('A-L15', '沐阳县2025年行政事业性收费金额', ans([wan(4068.208)])),
  lookup('A-L16', '龙岗区2022年行政事业性收费', ans([wan(2.22934)]), { note: '2.22934万元' }),
  lookup('A-L17', '洪泽区23年行政规范性文件现行有效几件', ans([5])),
  lookup('A-L18', '淮安2024规范性文件废止了多少', ans([26])),
  lookup('A-L19', '沐阳县2025年现行有效规范性文件', ans([32])),
  lookup('A-L20', '龙岗2022年上年结转多少', ans([10])),
  lookup('A-L21', '南山区2020年结转下年度继续办理', ans([33])),
  lookup('A-L22', '洪泽24年复议维持几个', ans([1])),
  lookup('A-L23', '沐阳县2025年行政复议尚未审结', ans([15])),
  lookup('A-L24', '淮安市2024年直接起诉的结果维持', ans([13])),
  lookup('A-L25', '龙岗区2022年复议后起诉总计', ans([6])),
  lookup('A-L26', '南山区2020年行政复议总计', ans([5])),
  lookup('A-L27', '淮安市2024年法律服务机构新收申请', ans([61])),
  lookup('A-L28', '龙岗区2022年商业企业申请几件', ans([51]), { note: '新收, 商业企业 column' }),
  lookup('A-L29', '南山2020年自然人新收申请', ans([236])),
  lookup('A-L30', '淮安24年自然人申请多少件', ans([3001]), { note: '新收, 自然人 column' }),
  lookup('A-L31', '洪泽区2024年行政强制 多少？？', ans([84])),
  lookup('A-L32', '沐阳2025行政处罚决定数量', ans([693957])),

  // ── sub-rows of table 三 by printed or paraphrased label ──
  figure('A-F01', '龙岗区2022年本机关不掌握相关政府信息', ans([283])),
  figure('A-F02', '淮安市2024年信访举报投诉类申请', ans([62])),
  figure('A-F03', '沐阳县2025年 2. 重复申请', ans([7])),
  figure('A-F04', '洪泽区2024年属于行政执法案卷的不予公开', ans([1])),
  figure('A-F05', '南山区2020年没有现成信息需要另行制作', ans([1])),
  figure('A-F06', '淮安市2024年属于国家秘密的', ans([2])),
  figure('A-F07', '洪泽区2023年属于国家秘密不予公开', ans([1])),
  figure('A-F08', '龙岗区2022年四类过程性信息', ans([10])),
  figure('A-F09', '沐阳县2025年属于行政查询事项', ans([9])),
  figure('A-F10', '淮安市2024年补正后申请内容仍不明确的', ans([1])),
  figure('A-F11', '沐阳县2025年申请人逾期未按收费通知要求缴纳费用', ans([7])),
  figure('A-F12', '龙岗区2022年申请人无正当理由逾期不补正', ans([2])),
  figure('A-F13', '淮安市2024年其他处理里面的其他', ans([110])),
  figure('A-F14', '洪泽区2024年无法提供合计', ans([32], [31, 1, 0])),
  figure('A-F15', '龙岗区2022年不予公开一共', ans([30], LONGGANG_DENIED)),
  figure('A-F16', '沐阳县2025年其他处理总共', ans([159], SHUYANG_OTHER_HANDLING)),
  figure('A-F17', '淮安市2024年无法提供合计多少', ans([781], HUAIAN_UNAVAILABLE)),
  figure('A-F18', '沐阳县2025年不予处理一共几件', ans([19], SHUYANG_NOT_PROCESSED)),
  figure('A-F19', '龙岗区2022年其他处理合计', ans([118], [2, 0, 116])),
  figure('A-F20', '南山区2020年重复申请', ans([4])),
  figure('A-F21', '洪泽区2023年没有现成信息需要另行制作的有几件', ans([3])),
  figure('A-F22', '淮安市2024年（七）总计', ans([3050])),
  figure('A-F23', '龙岗区2022年办理结果总计是多少', ans([535])),
  figure('A-F24', '南山区2020年其他处理', ans([25])),
  figure('A-F25', '洪泽区2024年信访举报投诉类', ans([1])),
  figure('A-F26', '淮安2024年商业企业的予以公开', ans([21])),
  figure('A-F27', '龙岗2022年自然人的部分公开', ans([36])),
  figure('A-F28', '龙岗区2022年无法提供总数', ans([285], LONGGANG_UNAVAILABLE)),
  figure('A-F29', '洪泽区2024年不予公开总共多少', ans([3], HONGZE_2024_DENIED)),

  // ── crossed organ–year pairs and comparisons ──
  crossed('A-C01', '淮安2024和沐阳2025的行政许可哪个多', larger('沐阳', 517645, 447228)),
  crossed('A-C02', '龙岗区2022年和南山区2020年新收分别多少', ans([552, 262])),
  crossed('A-C03', '淮安2024新收比沐阳2025多多少', difference(3119, 713)),
  crossed('A-C04', '沐阳县2025年行政处罚比淮安市2024年少多少', difference(693957, 3985758)),
  crossed('A-C05', '龙岗区2022年和洪泽区2024年的予以公开各是多少', ans([66, 50])),
  crossed('A-C06', '南山2020年和淮安2024年结转下年度分别是', ans([33, 103])),
  crossed('A-C07', '淮安24年新收是洪泽24年的几倍', quotient(3119, 95)),
  crossed('A-C08', '洪泽区2023年和2024年的行政强制哪年多', larger('2023', 195, 84)),
  crossed('A-C09', '龙岗区2022年的行政复议总计和沐阳县2025年的比，差多少', difference(15, 61)),
  crossed('A-C10', '南山区2020年行政处罚跟龙岗区2022年比谁多', larger('龙岗', 34389, 1767)),
  crossed('A-C11', '沐阳25年结转下年度和淮安24年结转下年度加起来多少', sum([31, 103])),
  crossed('A-C12', '洪泽24年部分公开和23年部分公开差几件', difference(9, 4)),
  crossed('A-C13', '龙岗2022的不予公开和南山2020的不予公开哪个多', larger('龙岗', 30, 4), {
    note: '龙岗 30 (1+0+0+7+8+10+3+1), 南山 only 过程性信息 4 printed, the rest "/"',
  }),
  crossed('A-C14', '淮安市2024年行政处罚是洪泽区2024年的多少倍', quotient(3985758, 2776)),
  crossed('A-C15', '龙岗发改局2020年和龙华数据局2020年新收各几件', ans([4, 1])),
  crossed('A-C16', '淮安和洪泽2024年行政复议总计加起来', sum([351, 2])),
  crossed('A-C17', '沐阳县2025年复议纠正的和淮安2024年复议纠正的相差多少', difference(10, 64)),
  crossed(
    'A-C18',
    '洪泽区2024年收费比2023年少了多少万元',
    anyOf(
      ans([wan(185.28)], [wan(7545), wan(7730.28), ...changeShares(7730.28, 7545)]),
      ans([wan(-185.28)], [wan(7545), wan(7730.28), ...changeShares(7730.28, 7545)]),
    ),
    {
      note: '7730.28 − 7545 = 185.28万元; the change in percent (−2.4%) may be stated too',
    },
  ),
  crossed('A-C19', '龙岗22年的行政许可比南山20年多多少', difference(16103, 8759)),
  crossed('A-C20', '洪泽区两年的新收加起来是多少', sum([21, 95]), { note: '2023 21 + 2024 95' }),

  // ── rankings within a level or a year ──
  ranking('A-K01', '2020年哪个单位新收申请最多', top('南山', 262, [4, 1], 3)),
  ranking('A-K02', '2024年哪个单位行政许可最多', top('淮安市人民政府', 447228, [9487], 2)),
  ranking('A-K03', '2020年各部门新收申请排个名', ans([4, 1], [], { reportsCompared: [2] }), {
    note: '部门 of 2020: 龙岗区发展和改革局 4, 龙华区政务服务数据管理局 1',
  }),
  ranking('A-K04', '2020年三份报告里谁的行政许可最多', top('南山', 8759, [12, 0], 3)),
  ranking(
    'A-K05',
    '区县里谁新收申请最多',
    anyOf(SAFE, ans([713], [], { mustContain: ['沐阳', '2025'], reportsCompared: [1] })),
    {
      note: 'the 区县 reports are of 2020, 2022, 2023, 2024, 2025: no year named, declined, or ranked in the latest year (2025: 沐阳县 alone) saying so',
    },
  ),
  ranking('A-K06', '2024年哪个单位的复议纠正最多', top('淮安', 64, [1], 2)),
  ranking('A-K07', '2020年各单位规范性文件排名', ans([8, 1, 0], [], { reportsCompared: [3] }), {
    note: '南山区 8, 龙岗发改局 1, 龙华数据局 0 (对外公开总数量 / 本年新制作 alike)',
  }),
  ranking('A-K08', '2020年哪家的政府集中采购金额最高', top('南山', wan(170815.4), [yuan(5246500), yuan(456880)], 3)),
  ranking('A-K09', '2024年行政处罚最少的是哪个', top('洪泽', 2776, [3985758], 2)),
  ranking(
    'A-K10',
    '哪个区县行政处罚最多',
    anyOf(SAFE, ans([693957], [], { mustContain: ['沐阳', '2025'], reportsCompared: [1] })),
    { note: 'no year: the 区县 reports are of five years; declined, or ranked in the latest year (2025) saying so' },
  ),
  ranking('A-K11', '2025年哪个县新收最多', anyOf(top('沐阳', 713, [], 1), ans([713]))),
  ranking('A-K12', '2024年的报告里谁的予以公开最多', top('淮安', 1362, [50], 2)),
  ranking('A-K13', '2020年哪个单位结转下年度最多', top('南山', 33, [1, 0], 3)),
  ranking('A-K14', '2024年哪个单位行政诉讼最多', top('淮安', 46, [4, 26, 20, 1, 3], 2), {
    note: '淮安 26 + 20 = 46, 洪泽 1 + 3 = 4',
  }),
  ranking('A-K15', '2020年各单位行政处罚从高到低排一下', ans([1767, 0], [], { reportsCompared: [3] }), {
    note: '南山 1767, 龙岗发改局 0, 龙华数据局 0',
  }),

  // ── arithmetic: rates, shares, sums, percentage changes ──
  arithmetic('A-A01', '淮安市2024年行政复议维持率', rate(72, 351, 37)),
  arithmetic('A-A02', '洪泽区2024年复议纠正率多少', rate(1, 2, 0)),
  arithmetic('A-A03', '龙岗区2022年行政复议纠正率', rate(2, 15, 5)),
  arithmetic('A-A04', '沐阳县2025年复议纠正率', rate(10, 61, 15)),
  arithmetic('A-A05', '龙岗区2022年复议后起诉的维持率', rate(4, 6, 2)),
  arithmetic('A-A06', '淮安2024年直接起诉纠正率', rate(4, 26, 1)),
  arithmetic('A-A07', '沐阳2025复议后起诉的维持率', rate(8, 10, 1)),
  arithmetic('A-A08', '南山区2020年行政复议维持率', rate(5, 5, 0), {
    note: '维持 5 of 总计 5; 尚未审结 printed "/"',
  }),
  arithmetic('A-A09', '淮安市2024年行政诉讼败诉率', rate(5, 46, 7, [4, 1, 26, 20]), {
    note: '结果纠正 4 + 1 = 5 of 26 + 20 = 46; 尚未审结 1 + 6 = 7',
  }),
  arithmetic('A-A10', '洪泽区2024年公开率', disclosureRate(50, 9, 95, 95)),
  arithmetic('A-A11', '淮安市2024年的公开率是多少', disclosureRate(1362, 454, 3050, 3119)),
  arithmetic('A-A12', '沐阳县2025年予以公开占办理结果总计的比例', shareOf(294, 718)),
  arithmetic('A-A13', '龙岗区2022年本机关不掌握占总计的多少', shareOf(283, 535)),
  arithmetic(
    'A-A14',
    '淮安2024年无法提供加不予处理一共多少',
    sum([781, 88], [...HUAIAN_UNAVAILABLE, ...HUAIAN_NOT_PROCESSED]),
  ),
  arithmetic('A-A15', '洪泽区新收申请2024年比2023年增长了百分之几', percentChange(21, 95)),
  arithmetic('A-A16', '洪泽区部分公开从2023到2024变化百分比', percentChange(4, 9)),
  arithmetic('A-A17', '洪泽区行政事业性收费2024年比2023年下降了多少百分比', moneyChange(7730.28, 7545)),
  arithmetic('A-A18', '洪泽区规范性文件现行有效件数24年比23年增长多少%', percentChange(5, 8)),
  arithmetic('A-A19', '2020年三家单位新收一共多少', sum([262, 4, 1])),
  arithmetic('A-A20', '2020年三家新收合计里南山占比多少', shareOf(262, 267, [4, 1])),
  arithmetic('A-A21', '2024年淮安和洪泽新收合计中洪泽占几成', shareOf(95, 3214, [3119])),
  arithmetic('A-A22', '淮安2024年不予公开占办理总计的百分比', shareOf(178, 3050, HUAIAN_DENIED)),
  arithmetic('A-A23', '沐阳县2025年行政许可加行政处罚加行政强制', sum([517645, 693957, 2154])),
  arithmetic('A-A24', '龙岗区2022年行政诉讼一共多少件', sum([32, 6])),
  arithmetic('A-A25', '沐阳县2025年行政复议和行政诉讼一共多少件', sum([61, 3, 10], [13]), {
    note: '61 + 3 + 10 = 74 (the prose says 74 too); 行政诉讼 3 + 10 = 13 may be stated',
  }),
  arithmetic('A-A26', '淮安市2024年行政处罚是行政强制的几倍', quotient(3985758, 88283)),
  arithmetic('A-A27', '龙岗区2022年自然人申请占新收的比例', shareOf(489, 552)),
  arithmetic('A-A28', '淮安市2024年法人或其他组织申请一共多少', sum([53, 0, 0, 61, 4], [3001, 3119]), {
    note: '新收 商业 53 + 科研 0 + 公益 0 + 法律服务 61 + 其他 4 = 118 (= 3119 − 3001)',
  }),
  arithmetic('A-A29', '洪泽区2023年和2024年收费合计多少万元', ans([wan(15275.28)], [wan(7730.28), wan(7545)])),
  arithmetic('A-A30', '南山区2020年予以公开和部分公开合计占总计多少', shareOf(149, 235, [100, 49])),
  arithmetic('A-A31', '沐阳县2025年行政复议纠正加其他结果一共', sum([10, 9])),
  arithmetic('A-A32', '龙岗2022年行政许可比行政处罚少多少', difference(16103, 34389)),
  arithmetic('A-A33', '沐阳县2025年不予公开占新收的百分比', shareOf(32, 713, SHUYANG_DENIED)),

  // ── 勾稽 and yes/no ──
  figure('A-Y01', '龙岗发改局2020年表三平衡吗', no([4, 0, 4, 1, 5]), {
    note: '新收 4 + 上年 0 = 4; 总计 4 + 结转 1 = 5: does not balance',
  }),
  figure('A-Y02', '洪泽区2024年新收加上年结转等不等于总计加结转下年度', yes([95, 0])),
  figure('A-Y03', '淮安市2024年表三勾稽关系对得上吗', yes([3119, 34, 3050, 103, 3153])),
  figure('A-Y04', '沐阳县2025年第一项加第二项是不是等于第三项加第四项', yes([713, 36, 718, 31, 749])),
  figure('A-Y05', '龙岗区2022年表三平不平', yes([552, 10, 535, 27, 562])),
  figure('A-Y06', '南山区2020年新收加结转等于总计加结转下年吗', yes([262, 6, 235, 33, 268])),
  figure('A-Y07', '淮安2024行政复议总计是不是等于维持纠正其他尚未审结加起来', yes([72, 64, 178, 37, 351])),
  figure('A-Y08', '淮安市2024年行政诉讼是不是46件', yes([46, 26, 20])),
  figure('A-Y09', '沐阳2025年有没有属于国家秘密不予公开的', yesNo([0])),
  figure('A-Y10', '洪泽区2024年有没有结转到下年度的', yesNo([0])),
  figure('A-Y11', '龙岗区2022年有没有不予处理的申请', yesNo([0, 0, 0, 0, 0])),
  figure('A-Y12', '洪泽区2024年行政处罚是不是比2023年少', yesNo([2776, 4119, diff(1343), ...changeShares(4119, 2776)])),
  figure('A-Y13', '淮安市2024年的新收是不是超过3000件', yesNo([3119, 3000, diff(119)])),
  figure('A-Y14', '沐阳县2025年复议总计等不等于27+10+9+15', yes([27, 10, 9, 15, 61])),
  figure('A-Y15', '龙岗区2022年复议维持是不是7件', yes([7])),
  figure('A-Y16', '南山区2020年有没有国家秘密不予公开的', anyOf(yesNo([0]), SAFE), {
    note: 'printed "/": none, or declined',
  }),

  // ── lists and filters ──
  filter(
    'A-S01',
    '洪泽区2024年不予公开里哪几项是0',
    list(['国家秘密', '第三方', '内部事务', '行政查询'], [3, ...HONGZE_2024_DENIED, 5]),
  ),
  filter(
    'A-S02',
    '沐阳县2025不予处理哪些是零',
    list(['公开出版物', '大量反复', '重新出具'], [19, ...SHUYANG_NOT_PROCESSED, 3]),
  ),
  filter('A-S03', '2020年哪些单位行政复议是0', list(['发展和改革局', '龙华'], [0, 2])),
  filter('A-S04', '哪些报告新收申请超过500件', list(['龙岗区', '淮安市', '沐阳'], [552, 3119, 713, 500, 3])),
  filter('A-S05', '库里有哪些单位', list(['龙岗区', '南山区', '淮安市', '洪泽区', '沐阳县'], [9, 8])),
  filter('A-S06', '哪些单位有2024年的报告', list(['淮安市人民政府', '洪泽区'], [2])),
  filter('A-S07', '库里一共几份报告', ans([9], [8]), { note: '9 reports of 8 organs' }),
  filter('A-S08', '2020年的报告有几份', ans([3])),
  filter('A-S09', '洪泽区有哪几年的报告', list(['2023', '2024'], [2, 2023, 2024])),
  filter('A-S10', '哪些单位行政处罚超过100万件', list(['淮安市人民政府'], [3985758, 1000000, 1])),
  filter(
    'A-S11',
    '龙岗区2022年不予公开哪几项不是0',
    list(['国家秘密', '第三方', '内部事务', '过程性', '执法案卷', '行政查询'], [30, ...LONGGANG_DENIED, 6]),
  ),
  filter('A-S12', '2024年哪些单位复议有纠正', list(['淮安市人民政府', '洪泽区'], [64, 1, 2])),

  // ── figures no table holds ──
  notInTables('A-N01', '龙岗区2022年网站浏览量', proseOrSafe(ans([63530000]))),
  notInTables('A-N02', '淮安市2024年开了几场新闻发布会', proseOrSafe(ans([12]))),
  notInTables('A-N03', '沐阳2025年信息处理费收了多少钱', proseOrSafe(ans([yuan(380)]))),
  notInTables('A-N04', '淮安市2024年政务新媒体有几个', proseOrSafe(ans([95]))),
  notInTables('A-N05', '龙岗区2022年申请人平均年龄多大', SAFE),
  notInTables('A-N06', '淮安2024年申请平均答复用了几天', SAFE),
  notInTables('A-N07', '洪泽区2024年信息公开工作人员有几个', SAFE),
  notInTables('A-N08', '沐阳县2025年电话申请有多少件', SAFE),
  notInTables('A-N09', '淮安市2024年行政复议驳回了几件', SAFE, { note: '驳回 is no printed column' }),
  notInTables('A-N10', '龙岗区2022年网络申请多少件', proseOrSafe(ans([488]))),
  notInTables('A-N11', '南山区2020年网上申请占比多少', SAFE),
  notInTables('A-N12', '龙岗区2022年新收同比增长多少', proseOrSafe(ans([{ percent: 187.5 }])), {
    note: 'the store holds no 龙岗区 2021; the prose prints 187.5%',
  }),
  notInTables('A-N13', '洪泽区2024年复议的申请人是男的多还是女的多', SAFE),

  // ── places and years the store does not hold ──
  noData('A-M01', '福田区2022年新收申请多少', NO_DATA),
  noData('A-M02', '淮安市2023年行政许可', anyOf(NO_DATA, CLARIFY)),
  noData('A-M03', '龙岗区2023年新收', NO_DATA),
  noData('A-M04', '南山区2021年行政处罚', NO_DATA),
  noData('A-M05', '盐城市2024年新收申请', NO_DATA),
  noData('A-M06', '北京市2024年行政复议多少', NO_DATA),
  noData('A-M07', '沐阳县2024年行政许可', NO_DATA),
  noData('A-M08', '洪泽区2022年的新收', NO_DATA),
  noData('A-M09', '淮阴区2024年予以公开', NO_DATA),
  noData('A-M10', '宝安区22年依申请公开多少', NO_DATA),
  noData('A-M11', '清江浦区2024年行政复议', NO_DATA),

  // ── typos of organs and rows ──
  misspelling('A-T01', '洪择区2024年新收', orAsk(ans([95]))),
  misspelling('A-T02', '沭阳县2025年行政许可', orAsk(ans([517645])), {
    note: '沭阳 is the real name; the store says 沐阳',
  }),
  misspelling('A-T03', '龙刚区2022年行政处罚', orAsk(ans([34389]))),
  misspelling('A-T04', '南三区2020年新收申请', orAsk(ans([262]))),
  misspelling('A-T05', '淮按市2024年行政强制', orAsk(ans([88283]))),
  misspelling('A-T06', '淮安2024年行政许课多少', orAsk(ans([447228]))),
  misspelling('A-T07', '龙岗2022年予以工开', orAsk(ans([66]))),
  misspelling('A-T08', '洪泽2024年行政强治', orAsk(ans([84]))),
  misspelling('A-T09', '沐阳2025复议维侍几件', orAsk(ans([27]))),
  misspelling('A-T10', '南山2020年重付申请', orAsk(ans([4]))),
  misspelling('A-T11', '淮安市2024年结转下年度继读办理', orAsk(ans([103]))),

  // ── Traditional ──
  traditional('A-H01', '淮安市2024年收到多少政府信息公開申請', ans([3119])),
  traditional('A-H02', '龍崗區2022年行政處罰多少', ans([34389])),
  traditional('A-H03', '洪澤區2024年行政複議總計', ans([2])),
  traditional('A-H04', '沐陽縣2025年予以公開幾件', ans([294])),
  traditional('A-H05', '南山區2020年部分公開', ans([49])),
  traditional('A-H06', '淮安市2024年不予公開合計', ans([178], HUAIAN_DENIED)),
  traditional('A-H07', '龍崗區2022年行政複議糾正率', rate(2, 15, 5)),
  traditional('A-H08', '洪澤區2023年和2024年新收加起來', sum([21, 95])),
  traditional('A-H09', '2020年哪個單位新收申請最多', top('南山', 262, [4, 1], 3)),
  traditional('A-H10', '龍崗發改局2020年表三平衡嗎', no([4, 0, 4, 1, 5])),
  traditional('A-H11', '福田區2022年行政許可', NO_DATA),
  traditional('A-H12', '沐陽縣2025年結轉下年度繼續辦理', ans([31])),
  traditional('A-H13', '淮安市2024年行政訴訟敗訴的有幾件', ans([5], [4, 1])),
  traditional('A-H14', '洪澤區2024年本機關不掌握相關政府信息', ans([31])),
  traditional('A-H15', '淮安市2024年行政許可比沐陽縣2025年少多少', difference(447228, 517645)),

  // ── English ──
  english('A-E01', "How many information disclosure requests did Huai'an city receive in 2024?", ans([3119])),
  english('A-E02', 'Longgang district 2022 administrative penalties?', ans([34389])),
  english(
    'A-E03',
    'How many administrative reconsiderations did Shuyang county have in 2025?',
    anyOf(ans([61]), CLARIFY),
    'Shuyang is the real spelling of 沭阳; the store says 沐阳 (Muyang): answered or asked back',
  ),
  english('A-E04', 'Hongze 2024: how many requests were fully disclosed?', ans([50])),
  english(
    'A-E05',
    'What share of Nanshan 2020 requests were partially disclosed?',
    anyOf(shareOf(49, 235, [262]), shareOf(49, 262, [235]), CLARIFY),
  ),
  english('A-E06', "Huai'an 2024 reconsideration correction rate", rate(64, 351, 37)),
  english(
    'A-E07',
    'Which organ received the most requests in 2020?',
    anyOf(top('Nanshan', 262, [4, 1], 3), top('南山', 262, [4, 1], 3)),
  ),
  english(
    'A-E08',
    "Does Huai'an 2024's table 3 balance?",
    yesNo([3119, 34, 3050, 103, 3153], {
      mustNotContain: ['not balance', "doesn't balance", 'does not'],
    }),
  ),
  english('A-E09', 'Hongze district new requests 2023 vs 2024, percentage change', percentChange(21, 95)),
  english('A-E10', 'How many reports are in the store?', ans([9], [8]), '9 reports of 8 organs'),
  english('A-E11', 'Futian district 2022 new requests', NO_DATA),
  english('A-E12', 'Longgang 2022 lawsuits total', sum([32, 6])),
  english('A-E13', "What's the average processing time for Huai'an 2024 requests?", SAFE),
  english('A-E14', "Huai'an 2024 requests carried over to next year", ans([103])),
  english('A-E15', 'Sum of administrative licensing for Hongze 2023 and 2024', sum([550, 9487])),

  // ── relative years ──
  relativeYear('A-R01', '沐阳去年新收多少', eitherYear(ans([713]), NO_DATA)),
  relativeYear('A-R02', '淮安去年的行政许可', eitherYear(NO_DATA, ans([447228]))),
  relativeYear('A-R03', '洪泽区前年行政处罚', eitherYear(ans([2776]), ans([4119]))),
  relativeYear('A-R04', '洪泽区今年新收', anyOf(NO_DATA, SAFE)),
  relativeYear('A-R05', '洪泽区2024年比上年新收多了多少', difference(95, 21)),
  relativeYear('A-R06', '龙岗区去年行政复议', NO_DATA, { note: '龙岗区 holds 2022 only: neither 2025 nor 2024' }),
  relativeYear('A-R07', '沐阳县前年的行政处罚', NO_DATA, { note: '沐阳县 holds 2025 only: neither 2024 nor 2023' }),
  relativeYear('A-R08', '洪泽2024年比前一年予以公开多了几件', difference(50, 0)),

  // ── chat, help, reset ──
  chat('A-G01', '你好', CHAT),
  chat('A-G02', '在吗@年报助手', CHAT),
  chat('A-G03', '谢谢👍', CHAT),
  chat('A-G04', '你能干嘛', CHAT),
  chat('A-G05', '帮助', CHAT),
  chat('A-G06', '重新开始', CHAT),
  chat('A-G07', '早上好～', CHAT),
  chat('A-G08', 'hi, what can you do?', CHAT),

  // ── out of scope ──
  outOfScope('A-O01', '今天天气怎么样', declined),
  outOfScope('A-O02', '帮我写个年报总结', declined),
  outOfScope('A-O03', '明天开会几点', declined),
  outOfScope('A-O04', '淮安市长是谁', declined),
  outOfScope('A-O05', '依申请公开的法定答复期限是多少天', declined),
];

export const TWENTYFIRST_CONVERSATIONS: readonly Conversation[] = [
  {
    id: 'A-D01',
    class: 'conversation',
    note: 'organ switch, 前者 / 后者 quotient, a sum and a share of it',
    turns: [
      { question: '淮安市2024年新收多少', expect: ans([3119]) },
      { question: '那洪泽呢', expect: ans([95]), note: '洪泽区 2024' },
      { question: '前者是后者的几倍', expect: quotient(3119, 95) },
      { question: '加起来呢', expect: sum([3119, 95]) },
      { question: '洪泽占多少', expect: shareOf(95, 3214, [3119]) },
    ],
  },
  {
    id: 'A-D02',
    class: 'conversation',
    note: 'year switch, a percentage change, another row',
    turns: [
      { question: '洪泽区2023年部分公开', expect: ans([4]) },
      { question: '2024年呢', expect: ans([9]) },
      { question: '增长了百分之多少', expect: percentChange(4, 9) },
      {
        question: '那本机关不掌握的呢',
        expect: anyOf(...changeOf(10, 31), ans([31], [10]), CLARIFY),
        note: '不掌握 10 → 31 (+210%), or its 2024 figure',
      },
    ],
  },
  {
    id: 'A-D03',
    class: 'conversation',
    note: 'a row, its part, a rate, then the same of 行政诉讼',
    turns: [
      { question: '沐阳县2025年行政复议总计', expect: ans([61]) },
      { question: '其中纠正了几件', expect: ans([10]) },
      { question: '纠正率多少', expect: rate(10, 61, 15) },
      {
        question: '行政诉讼呢',
        expect: anyOf(...rateOf(0, 13, 1, [3, 10]), ans([13], [3, 10]), CLARIFY),
        note: '诉讼 结果纠正 0 of 3 + 10 = 13 (尚未 1), or the 诉讼 total',
      },
    ],
  },
  {
    id: 'A-D04',
    class: 'conversation',
    note: 'a whole-store question between, then 刚才那个区',
    turns: [
      { question: '龙岗区2022年行政处罚', expect: ans([34389]) },
      { question: '库里一共几份报告', expect: ans([9], [8]), note: '9 reports of 8 organs' },
      { question: '刚才那个区的行政强制呢', expect: ans([7749]) },
      { question: '这两个加起来', expect: sum([34389, 7749]) },
    ],
  },
  {
    id: 'A-D05',
    class: 'conversation',
    note: 'year switch, a difference, 重新开始 clears it',
    turns: [
      { question: '洪泽区24年行政许可', expect: ans([9487]) },
      { question: '23年呢', expect: ans([550]) },
      { question: '差多少', expect: difference(9487, 550) },
      { question: '重新开始', expect: CHAT },
      { question: '差多少', expect: SAFE },
    ],
  },
  {
    id: 'A-D06',
    class: 'conversation',
    note: 'a researcher: three organs of 2020, then their sum',
    turns: [
      { question: '2020年南山区新收申请', expect: ans([262]) },
      { question: '龙岗发改局呢', expect: ans([4]) },
      { question: '龙华数据局呢', expect: ans([1]) },
      { question: '这三个加起来', expect: sum([262, 4, 1]) },
    ],
  },
  {
    id: 'A-D07',
    class: 'conversation',
    note: "a clerk checking the own report's 勾稽",
    turns: [
      { question: '我是洪泽区的，帮我看看我们2024年表三平不平衡', expect: yes([95, 0]) },
      { question: '那2023年呢', expect: yes([21, 0]) },
      { question: '2024年复议总计对不对', expect: yes([1, 0, 2]) },
    ],
  },
  {
    id: 'A-D08',
    class: 'conversation',
    note: 'a 勾稽 that fails, by how much, and the row',
    turns: [
      { question: '龙岗发改局2020年表三勾稽对得上吗', expect: no([4, 0, 4, 1, 5]) },
      { question: '差了几件', expect: ans([diff(1)], [4, 5, 0]) },
      { question: '结转下年度是多少', expect: ans([1]) },
    ],
  },
  {
    id: 'A-D09',
    class: 'conversation',
    note: 'a journalist: lawsuits, 败诉, its rate, then another organ',
    turns: [
      { question: '淮安市2024年行政诉讼一共多少件', expect: sum([26, 20]) },
      { question: '败诉的呢', expect: ans([5], [4, 1]) },
      { question: '占比多少', expect: rate(5, 46, 7, [4, 1, 26, 20]) },
      {
        question: '沐阳呢',
        expect: anyOf(...rateOf(0, 13, 1, [3, 10]), ans([0]), CLARIFY, NO_DATA),
        note: '沐阳县 2025 诉讼 结果纠正 0 of 13; or, the year 2024 carried from the turn before, no 沐阳县 2024 report',
      },
    ],
  },
  {
    id: 'A-D10',
    class: 'conversation',
    note: 'Traditional: a row, another, their sum',
    turns: [
      { question: '淮安市2024年予以公開多少', expect: ans([1362]), replyIn: 'hant' },
      { question: '部分公開呢', expect: ans([454]), replyIn: 'hant' },
      { question: '兩個加起來', expect: sum([1362, 454]), replyIn: 'hant' },
    ],
  },
  {
    id: 'A-D11',
    class: 'conversation',
    note: 'English: a year switch and a percentage change',
    turns: [
      { question: 'How many requests did Hongze district receive in 2024?', expect: ans([95]), replyIn: 'en' },
      { question: 'and in 2023?', expect: ans([21]), replyIn: 'en' },
      { question: 'what is the percentage increase?', expect: percentChange(21, 95), replyIn: 'en' },
    ],
  },
  {
    id: 'A-D12',
    class: 'conversation',
    note: '前者 / 后者 after two organs of different years',
    turns: [
      { question: '龙岗区2022年行政复议总计', expect: ans([15]) },
      { question: '南山区2020年行政复议总计', expect: ans([5]) },
      { question: '前者比后者多多少', expect: difference(15, 5) },
      { question: '后者的维持率', expect: rate(5, 5, 0) },
    ],
  },
  {
    id: 'A-D13',
    class: 'conversation',
    note: '它 and a quotient',
    turns: [
      { question: '沐阳县2025年行政许可', expect: ans([517645]) },
      { question: '它的行政处罚呢', expect: ans([693957]) },
      { question: '处罚是许可的几倍', expect: quotient(693957, 517645) },
    ],
  },
  {
    id: 'A-D14',
    class: 'conversation',
    note: 'no data first, then a held organ, then a year it lacks, reset',
    turns: [
      { question: '福田区2022年新收', expect: NO_DATA },
      { question: '那龙岗呢', expect: ans([552]), note: '龙岗区 2022' },
      { question: '2023年呢', expect: NO_DATA },
      { question: '重新开始', expect: CHAT },
    ],
  },
  {
    id: 'A-D15',
    class: 'conversation',
    note: 'a misspelled organ, then rows of it, then their sum',
    turns: [
      { question: '洪择区2024年行政处罚', expect: orAsk(ans([2776])) },
      { question: '行政强制呢', expect: orAsk(ans([84])) },
      { question: '两个加起来', expect: orAsk(sum([2776, 84])) },
    ],
  },
  {
    id: 'A-D16',
    class: 'conversation',
    note: 'a ranking, then 它 (the winner), then the other',
    turns: [
      { question: '2024年哪个单位新收最多', expect: top('淮安', 3119, [95], 2) },
      { question: '它的结转下年度是多少', expect: ans([103]) },
      { question: '洪泽的呢', expect: ans([0]) },
    ],
  },
  {
    id: 'A-D17',
    class: 'conversation',
    note: 'a sum across the store in the middle, then back to one organ',
    turns: [
      { question: '淮安市2024年复议纠正几件', expect: ans([64]) },
      {
        question: '所有报告的新收申请加起来多少',
        expect: anyOf(sum(ALL_RECEIVED, [9]), CLARIFY),
        note: '552 + 262 + 4 + 1 + 0 + 3119 + 21 + 95 + 713 = 4767 (several years: a sum, or asked back)',
      },
      { question: '淮安2024的纠正率呢', expect: rate(64, 351, 37) },
    ],
  },
];
