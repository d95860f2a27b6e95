// A twenty-fourth held-out set (`npm run held-out -- --set twentyfourth`), written on 2026-12-08 (begun 02:59 UTC by
// `date -u`), blind: without reading src/answers, test/answers or the earlier sets' questions (only expect.ts,
// store.ts, run.ts and the opening lines of twentieth.ts for the shape), and before the engine was run on any of it.
// Same store (five sample reports, four real text reports: 淮安市 2024, 洪泽区 2023 and 2024, 沐阳县 2025), same
// scoring. It leans on three personas: a journalist (comparisons across organs and years, crossed organ–year pairs,
// how many times, percentage changes), a researcher comparing places (rankings within one year, sums and shares of
// sums, rates of result columns, lists of organs and of zero rows), and a clerk checking their own report (勾稽 of
// table 三, yes/no of equality, sub-rows copied verbatim). Also figures no table holds, places and years the store
// does not hold, typos of organs and rows, Traditional and English questions, numbers in Chinese and full-width
// digits, emoji and @mentions, greetings / help / 重新开始, and conversations with pointers (前者 / 后者 / 刚才那个 /
// 这两个 / 它), operations on earlier turns, organ and year switches and a whole-store question in the middle.
// Every expected value was read off the report text (data/reports, test/fixtures/real-reports); sums, shares,
// quotients and changes are written as the arithmetic on the printed figures.
//
// Readings: 去年 / 前年 / 今年 are 2025 / 2024 / 2026 by the clock (2026), or 2024 / 2023 / 2025 with the store's latest
// year (2025) as this year: either is right. A close misspelling may be answered or asked back. A figure printed only
// in a report's prose may be stated or declined; a figure printed nowhere must be declined. A rate of a result column
// (纠正率 / 维持率) may be over the printed 总计 or over the cases settled (总计 − 尚未审结); a 公开率 may be 予以公开 or
// 予以公开 + 部分公开 over 总计 or over 新收, or asked back. Not asked: 洪泽区 2023's table 四 (garbled by the layout
// extraction); 龙华区数据局 2020's 总计 column below 新收 (printed 0 where 自然人 is 1); 沐阳县 2025's applicant
// columns below 新收 (the OCR re-heads them); 南山区 2020's "/" cells.
import {
  difference,
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

/** A 公开率: 予以公开 (or 予以公开 + 部分公开) over 总计 or over 新收, or asked back. */
const openRate = (disclosed: number, partly: number, total: number, received: number): Expect => {
  const also: Figure[] = [disclosed, partly, disclosed + partly, total, received];
  return anyOf(
    ans([share(disclosed, total)], also),
    ans([share(disclosed + partly, total)], also),
    ans([share(disclosed, received)], also),
    ans([share(disclosed + partly, received)], also),
    CLARIFY,
  );
};
/** 去年 / 前年 / 今年 read from the clock (2026) or with the store's latest year (2025) as this year. */
const eitherYear = (clock: Expectation, store: Expectation): Expect => anyOf(clock, store, CLARIFY);
/** Out of scope: declined, or a chat reply without a figure. */
const declined: Expect = anyOf(SAFE, CHAT);

// Printed figures used more than once.
// 淮安市 2024: 新收 3119, 上年结转 34, 予以公开 1362, 部分公开 454, 不予公开 2 31 5 6 8 12 9 105 (= 178),
// 无法提供 769 11 1 (= 781), 不予处理 62 25 0 0 1 (= 88), 其他处理 71 6 110 (= 187), 总计 3050, 结转下年度 103;
// 表四 复议 72 64 178 37 351, 直接起诉 13 4 8 1 26, 复议后起诉 12 1 1 6 20.
const HUAIAN_DENIED = [2, 31, 5, 6, 8, 12, 9, 105];
const HUAIAN_UNABLE = [769, 11, 1];
const HUAIAN_OTHER = [71, 6, 110];
// 洪泽区 2024: 新收 95, 予以公开 50, 部分公开 9, 不予公开 0 0 1 0 0 1 1 0 (= 3), 无法提供 31 1 0 (= 32), 不予处理 1,
// 总计 95; 表四 复议 1 1 0 0 2, 直接起诉 1 0 0 0 1, 复议后起诉 2 0 1 0 3.
const HONGZE_DENIED = [0, 0, 1, 0, 0, 1, 1, 0];
// 沐阳县 2025: 新收 713, 上年结转 36, 予以公开 294, 部分公开 101, 不予公开 0 0 2 2 13 2 4 9 (= 32), 无法提供 111 2 0
// (= 113), 不予处理 12 7 0 0 0 (= 19), 其他处理 9 7 143 (= 159), 总计 718, 结转 31; 表四 复议 27 10 9 15 61,
// 直接起诉 3 0 0 0 3, 复议后起诉 8 0 1 1 10.
const SHUYANG_DENIED = [0, 0, 2, 2, 13, 2, 4, 9];
const SHUYANG_OTHER = [9, 7, 143];
// 龙岗区 2022: 新收 489 51 0 0 8 4 552, 上年结转 10, 予以公开 66, 部分公开 36, 不予公开 1 0 0 7 8 10 3 1 (= 30),
// 无法提供 283 2 0 (= 285), 不予处理 0, 其他处理 2 0 116 (= 118), 总计 535, 结转 27; 表四 复议 7 2 1 5 15,
// 直接起诉 19 0 2 11 32, 复议后起诉 4 0 0 2 6.
const LONGGANG_DENIED = [1, 0, 0, 7, 8, 10, 3, 1];
// 南山区 2020: 新收 262, 上年结转 6, 予以公开 100, 部分公开 49, 总计 235, 结转 33; 采购 2,502 项 170,815.4万元.
// 龙岗区发展和改革局 2020: 新收 4, 上年结转 0, 总计 4, 结转下年度 1 (table 三 does not balance: 4 + 0 ≠ 4 + 1);
// 采购 3 项 5246500元. 龙华区数据局 2020: 采购 9 项 456880元.

export const TWENTYFOURTH_QUESTIONS: readonly SingleQuestion[] = [
  // ── lookups: one figure of one organ and year, typed sloppily ──
  lookup('F-L01', '淮安24年行政处罚多少', ans([3985758])),
  lookup('F-L02', '洪泽2024行政许可是多少件', ans([9487])),
  lookup('F-L03', '沐阳县2025年行政处罚处理决定数量', ans([693957])),
  lookup('F-L04', '龙岗22年行政强制', ans([7749])),
  lookup('F-L05', '洪泽23年行政许可', ans([550])),
  lookup('F-L06', '洪泽区2023年的行政强制有几件', ans([195])),
  lookup('F-L07', '南山区2020年其他对外管理服务事项处理决定数量', ans([199956])),
  lookup('F-L08', '龙岗发改局2020年行政许可处理决定多少', ans([12])),
  lookup('F-L09', '沐阳25年收费金额', ans([wan(4068.208)]), { note: '行政事业性收费 4068.208万元' }),
  lookup('F-L10', '洪泽区2024年行政事业性收费金额', ans([wan(7545)])),
  lookup('F-L11', '淮安市2024年行政规范性文件本年制发件数', ans([8])),
  lookup('F-L12', '淮安24年规范性文件废止了多少', ans([26])),
  lookup('F-L13', '沐阳2025现行有效的规范性文件', ans([32])),
  lookup('F-L14', '龙岗区2022年规范性文件现行有效件数', ans([136])),
  lookup('F-L15', '洪泽24年规范性文件现行有效几件', ans([8])),
  lookup('F-L16', '南山2020年政府集中采购项目数量', ans([2502])),
  lookup('F-L17', '龙岗发改局2020年政府集中采购总金额', ans([yuan(5246500)])),
  lookup('F-L18', '淮安2024年新收申请多少件', ans([3119])),
  lookup('F-L19', '沐阳县2025年本年新收政府信息公开申请数量', ans([713])),
  lookup('F-L20', '南山区2020年予以公开', ans([100])),
  lookup('F-L21', '洪泽2024年部分公开多少', ans([9])),
  lookup('F-L22', '淮安2024年本机关不掌握相关政府信息', ans([769])),
  lookup('F-L23', '沐阳县25年重复申请几件', ans([7])),
  lookup('F-L24', '淮安市2024年信访举报投诉类申请', ans([62])),
  lookup('F-L25', '龙岗区2022年属于四类过程性信息的不予公开', ans([10])),
  lookup('F-L26', '沐阳2025年属于三类内部事务信息', ans([13])),
  lookup('F-L27', '淮安24年申请人逾期未按收费通知要求缴纳费用的', ans([6])),
  lookup('F-L28', '南山区2020年结转下年度继续办理', ans([33])),
  lookup('F-L29', '龙岗区22年上年结转的申请', ans([10])),
  lookup('F-L30', '淮安市2024年行政复议尚未审结', ans([37])),
  lookup('F-L31', '沐阳2025复议后起诉总计', ans([10])),
  lookup('F-L32', '洪泽区2024年行政复议总计', ans([2])),
  lookup('F-L33', '龙岗区2022年未经复议直接起诉尚未审结', ans([11])),
  lookup('F-L34', '南山2020年行政复议结果维持', ans([5])),
  lookup('F-L35', '淮安2024年未经复议直接起诉 结果纠正', ans([4])),
  lookup('F-L36', '龙岗区2022年新收申请里商业企业多少', ans([51])),
  lookup('F-L37', '淮安2024年法律服务机构新收的申请', ans([61])),
  lookup('F-L38', '龙岗区2022年（七）总计', ans([535])),
  lookup('F-L39', '沐阳县2025年申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ans([9])),
  lookup('F-L40', '洪泽24年没有现成信息需要另行制作的', ans([1])),

  // ── figures typed in other forms: Chinese numerals, full-width digits, emoji, @mentions, run-ons ──
  figure('F-F01', '龙岗区二〇二二年行政处罚多少', ans([34389])),
  figure('F-F02', '洪泽区二零二四年行政许可', ans([9487])),
  figure('F-F03', '淮安市２０２４年行政强制', ans([88283])),
  figure('F-F04', '@年报助手 沐阳县2025年行政复议结果纠正多少', ans([10])),
  figure('F-F05', '🙏麻烦查下淮安市2024年部分公开的数量', ans([454])),
  figure('F-F06', '那个我想问一下就是淮安市政府二零二四年的那个结转下年度继续办理的是多少件啊谢谢', ans([103])),
  figure('F-F07', '洪泽区２０２３年新收申请几件', ans([21])),
  figure('F-F08', '南山区二〇二〇年行政许可处理决定数量', ans([8759])),
  figure('F-F09', '请问一下龙岗区2022年不予公开里保护第三方合法权益的有几件呀😊', ans([7])),

  // ── sums, shares, rates, differences, changes, quotients ──
  arithmetic('F-A01', '淮安24年不予公开一共多少', sum(HUAIAN_DENIED)),
  arithmetic('F-A02', '淮安市2024年无法提供合计', sum(HUAIAN_UNABLE)),
  arithmetic('F-A03', '沐阳县2025年其他处理加起来多少', sum(SHUYANG_OTHER)),
  arithmetic('F-A04', '淮安2024年行政诉讼一共多少件', sum([26, 20]), { note: '直接起诉 26 + 复议后起诉 20' }),
  arithmetic('F-A05', '淮安市2024年予以公开和部分公开加起来', sum([1362, 454])),
  arithmetic('F-A06', '淮安2024年予以公开占总计的比例', shareOf(1362, 3050)),
  arithmetic('F-A07', '沐阳县2025年行政复议纠正率', rate(10, 61, 15)),
  arithmetic('F-A08', '龙岗区2022年行政复议维持率是多少', rate(7, 15, 5)),
  arithmetic('F-A09', '淮安24年复议维持率', rate(72, 351, 37)),
  arithmetic('F-A10', '龙岗区2022年的公开率', openRate(66, 36, 535, 552)),
  arithmetic('F-A11', '龙岗22年自然人申请占新收的比重', shareOf(489, 552)),
  arithmetic('F-A12', '沐阳2025年不予处理占总计多少', shareOf(19, 718, [12, 7])),
  arithmetic('F-A13', '洪泽区2024年行政处罚比2023年少了多少', difference(2776, 4119)),
  arithmetic('F-A14', '洪泽区新收申请2024年比2023年增长了百分之多少', percentChange(21, 95)),
  arithmetic('F-A15', '洪泽行政许可23年到24年涨了多少个百分点', percentChange(550, 9487), {
    note: '百分点 of a count: the percentage change is the only reading',
  }),
  arithmetic('F-A16', '淮安2024年新收申请是上年结转的几倍', quotient(3119, 34)),
  arithmetic('F-A17', '沐阳县2025年行政处罚是行政许可的多少倍', quotient(693957, 517645)),
  arithmetic(
    'F-A18',
    '洪泽区行政事业性收费2024年比2023年变化百分比',
    anyOf(
      ...changeShares(7730.28, 7545).map((c) =>
        ans([c], [wan(7730.28), wan(7545), yuan(-1852800), yuan(1852800), diff(-1852800)]),
      ),
    ),
    { note: '7730.28万元 → 7545万元' },
  ),
  arithmetic('F-A19', '沐阳25年复议的尚未审结占复议总计的比例', shareOf(15, 61)),
  arithmetic('F-A21', '淮安2024年其他处理合计', sum(HUAIAN_OTHER)),
  arithmetic('F-A22', '龙岗区2022年不予公开总共多少件', sum(LONGGANG_DENIED)),
  arithmetic('F-A23', '沐阳县25年不予公开加起来', sum(SHUYANG_DENIED)),
  arithmetic('F-A20', '洪泽24年无法提供和不予公开一共多少', sum([32, 3], [31, 1, ...HONGZE_DENIED])),

  // ── crossed organ–year pairs and comparisons across organs ──
  crossed('F-C01', '洪泽23年的行政许可和沐阳25年的行政许可差多少', difference(517645, 550)),
  crossed('F-C02', '淮安2024和洪泽2023新收申请加起来多少', sum([3119, 21])),
  crossed(
    'F-C03',
    '龙岗区2022年行政处罚和南山区2020年行政处罚哪个多',
    ans([34389], [1767, diff(34389 - 1767)], { mustContain: ['龙岗'] }),
  ),
  crossed('F-C04', '2024年淮安市新收申请是洪泽区的几倍', quotient(3119, 95)),
  crossed('F-C05', '淮安24年复议总计比沐阳25年多多少', difference(351, 61)),
  crossed('F-C06', '南山2020年的予以公开和龙岗2022年的予以公开相差几件', difference(100, 66)),
  crossed('F-C07', '洪泽区2024年的行政强制和洪泽区2023年的行政强制加在一起', sum([84, 195])),
  crossed('F-C08', '淮安2024年和洪泽2024年行政事业性收费合计', ans([wan(103716.6)], [wan(96171.6), wan(7545)])),
  crossed('F-C09', '龙岗发改局2020年和龙华数据局2020年采购项目数量一共几个', sum([3, 9])),
  crossed('F-C10', '沐阳2025年复议纠正和淮安2024年复议纠正差多少', difference(64, 10)),

  // ── rankings within a level and year ──
  ranking('F-R01', '2024年新收申请哪个单位最多', ans([3119], [95], { mustContain: ['淮安'], reportsCompared: [2] })),
  ranking(
    'F-R02',
    '2020年哪家政府集中采购金额最高',
    ans([wan(170815.4)], [yuan(5246500), yuan(456880), 2502, 3, 9], { mustContain: ['南山'], reportsCompared: [3] }),
  ),
  ranking(
    'F-R03',
    '2020年的几份报告里新收申请最少的是谁',
    anyOf(
      ans([1], [262, 4], { mustContain: ['龙华'], reportsCompared: [3] }),
      ans([1], [262, 4], { mustContain: ['龍華'], reportsCompared: [3] }),
    ),
  ),
  ranking(
    'F-R04',
    '2024年行政处罚按多少排一下',
    ans([3985758, 2776], [], { mustContain: ['淮安', '洪泽'], reportsCompared: [2] }),
  ),
  ranking(
    'F-R05',
    '2020年政府集中采购项目数量排名',
    ans([2502, 9, 3], [wan(170815.4), yuan(5246500), yuan(456880)], { mustContain: ['南山'], reportsCompared: [3] }),
  ),
  ranking('F-R06', '2024年哪个地方行政复议总计最少', ans([2], [351], { mustContain: ['洪泽'], reportsCompared: [2] })),
  ranking(
    'F-R07',
    '新收申请哪家最多',
    anyOf(
      CLARIFY,
      ans([3119], [95], { mustContain: ['淮安'], reportsCompared: [2] }),
      ans([3119], [95, 21, 713, 552, 262, 4, 1, 0], { mustContain: ['淮安'] }),
      ans([262], [4, 1], { mustContain: ['南山'], reportsCompared: [3] }),
    ),
    {
      note: 'no year: ask which year, rank the reports of one year (2024 holds the most), rank every report with its year (淮安市 2024 is the most of all), or rank the year with the most reports, saying so (2020: 南山区 262)',
    },
  ),

  // ── yes/no, 勾稽, lists, filters ──
  filter('F-Y01', '龙岗区2022年表三勾稽关系对得上吗', yesNo([552, 10, 562, 535, 27])),
  filter('F-Y02', '淮安24年第一项加第二项等不等于第三项加第四项', yesNo([3119, 34, 3153, 3050, 103])),
  filter('F-Y03', '沐阳2025年表三平不平', yesNo([713, 36, 749, 718, 31])),
  filter('F-Y04', '南山区2020年申请数据勾稽平衡吗', yesNo([262, 6, 268, 235, 33])),
  filter('F-Y05', '龙岗发改局2020年表三勾稽关系成立吗', yesNo([4, 0, 1, 5]), {
    note: '4 + 0 = 4 received and carried, 4 + 1 = 5 settled and carried on: it does not balance',
  }),
  filter('F-Y06', '淮安市2024年行政复议总计是不是351', yesNo([351, 72, 64, 178, 37])),
  filter('F-Y07', '沐阳县2025年不予处理是不是19件', yesNo([19, 12, 7])),
  filter('F-Y08', '龙岗区22年有没有不予处理的申请', yesNo([0])),
  filter('F-Y09', '洪泽区2024年有没有上年结转的申请', yesNo([0])),
  filter('F-Y10', '洪泽24年予以公开是不是比部分公开多', yesNo([50, 9, diff(41)])),
  filter(
    'F-Y11',
    '龙岗区2022年不予公开里哪几项是0',
    list(['禁止公开', '三安全一稳定'], [0, 2, 30, ...LONGGANG_DENIED]),
    {
      note: 'the whole breakdown, zeros shown, answers it too (as F-Y12 allows its parts)',
    },
  ),
  filter('F-Y12', '洪泽区2024年不予处理哪几项是零', list(['重复申请', '公开出版物'], [0, 1, 4])),
  filter(
    'F-Y13',
    '哪些单位2020年有政府集中采购',
    list(['南山', '龙华', '改革'], [3, 2502, 9, wan(170815.4), yuan(5246500), yuan(456880)]),
  ),
  filter('F-Y14', '库里有哪几个地方的年报', list(['淮安', '洪泽', '沐阳', '龙岗', '南山', '龙华'], [9, 8, 6])),
  filter('F-Y15', '一共存了几份年报', ans([9], [8]), { note: '9 reports of 8 organs: the organ count may be stated' }),
  filter('F-Y16', '哪些年份的报告有', list(['2020', '2021', '2022', '2023', '2024', '2025'], [6, 9, 8])),
  filter('F-Y17', '洪泽有哪几年的年报', list(['2023', '2024'], [2])),
  filter('F-Y18', '2020年的报告是哪几家的', list(['南山', '龙华', '改革'], [3])),
  filter('F-Y19', '淮安24年复议后起诉总计等于20吗', yesNo([20, 12, 1, 6])),

  // ── figures no table holds ──
  notInTables('F-N01', '淮安2024年政务微博发布了多少条', SAFE),
  notInTables('F-N02', '洪泽区2024年政府网站访问量多少', SAFE),
  notInTables('F-N03', '龙岗区2022年申请人的满意度是多少', SAFE),
  notInTables('F-N04', '南山2020年依申请公开平均办理天数', SAFE),
  notInTables('F-N05', '沐阳县2025年信息处理费收了多少钱', proseOrSafe(ans([yuan(380)]))),
  notInTables('F-N06', '淮安市24年信息处理费', proseOrSafe(ans([yuan(3940)]))),
  notInTables('F-N07', '龙岗区2022年英文网站发布了多少篇稿件', proseOrSafe(ans([625]))),
  notInTables('F-N08', '洪泽区2024年召开了几次新闻发布会', SAFE),
  notInTables('F-N09', '沐阳县2025年政务公开工作人员有多少人', SAFE),
  notInTables('F-N10', '淮安2024年政策解读多少篇', proseOrSafe(ans([21])), {
    note: 'prose only: 制作政策解读 21 个',
  }),

  // ── places and years the store does not hold ──
  noData('F-D01', '福田区2022年行政许可多少', NO_DATA),
  noData('F-D02', '宝安2023年新收申请', NO_DATA),
  noData('F-D03', '南京市2024年行政处罚', NO_DATA),
  noData('F-D04', '淮安市2023年行政许可', anyOf(NO_DATA, CLARIFY)),
  noData('F-D05', '龙岗区2024年新收申请多少', anyOf(NO_DATA, CLARIFY)),
  noData('F-D06', '洪泽区2025年行政复议总计', anyOf(NO_DATA, CLARIFY)),
  noData('F-D07', '盱眙县2024年政府信息公开申请', NO_DATA),
  noData('F-D08', '南山区2022年行政强制', anyOf(NO_DATA, CLARIFY)),
  noData('F-D09', '清江浦区24年行政许可', NO_DATA),

  // ── relative years ──
  relativeYear('F-T01', '去年洪泽的行政处罚', eitherYear(NO_DATA, ans([2776]))),
  relativeYear('F-T02', '今年沐阳的行政强制多少', eitherYear(NO_DATA, ans([2154]))),
  relativeYear('F-T03', '前年淮安的规章现行有效件数', eitherYear(ans([11]), NO_DATA)),
  relativeYear('F-T04', '去年沐阳县的新收申请', eitherYear(ans([713]), NO_DATA)),

  // ── typos of organs and rows ──
  misspelling('F-M01', '洪责区2024年行政许可', orAsk(ans([9487]))),
  misspelling('F-M02', '淮按市2024年行政强制', orAsk(ans([88283]))),
  misspelling('F-M03', '沭阳县2025年行政许可多少', orAsk(ans([517645])), {
    note: "沭阳 is the county's right name; the OCR of the report reads 沐阳",
  }),
  misspelling('F-M04', '南三区2020年予以公开', orAsk(ans([100]))),
  misspelling('F-M05', '淮安2024年行政许呵', orAsk(ans([447228]))),
  misspelling('F-M06', '龙岗2022年行政出罚多少', orAsk(ans([34389]))),
  misspelling('F-M07', '洪泽24年部份公开', orAsk(ans([9]))),
  misspelling('F-M08', '龙港区2022年行政强制', anyOf(ans([7749]), CLARIFY, NO_DATA), {
    note: '龙港 is also a city of its own (Zhejiang): answered as 龙岗, asked back, or no data',
  }),

  // ── Traditional ──
  traditional('F-H01', '淮安市2024年行政許可多少', ans([447228])),
  traditional('F-H02', '洪澤區2024年行政處罰', ans([2776])),
  traditional('F-H03', '龍崗區2022年本年新收政府信息公開申請數量', ans([552])),
  traditional('F-H04', '沐陽縣2025年行政復議總計', ans([61])),
  traditional('F-H05', '南山區2020年部分公開多少件', ans([49])),
  traditional('F-H06', '淮安2024年不予公開合計', sum(HUAIAN_DENIED)),
  traditional('F-H07', '洪澤區2023年行政規範性文件本年廢止件數', ans([5])),
  traditional(
    'F-H08',
    '2024年新收申請哪個單位最多',
    ans([3119], [95], { mustContain: ['淮安'], reportsCompared: [2] }),
  ),
  traditional('F-H09', '龍崗區2022年表三勾稽關係對得上嗎', yesNo([552, 10, 562, 535, 27])),
  traditional('F-H10', '沐陽2025年行政復議糾正率', rate(10, 61, 15)),
  traditional('F-H11', '福田區2022年行政許可', NO_DATA),
  traditional('F-H12', '淮安市2024年政務微博粉絲數', SAFE),
  traditional('F-H13', '你好，請問可以查什麼', CHAT),
  traditional('F-H14', '洪澤區2024年行政處罰比2023年少多少', difference(2776, 4119)),
  traditional('F-H15', '龍華區數據局2020年政府集中採購總金額', ans([yuan(456880)])),

  // ── English ──
  english('F-E01', "How many administrative licences did Huai'an city issue in 2024?", ans([447228])),
  english('F-E02', 'Hongze district 2024 administrative penalties', ans([2776])),
  english('F-E03', 'new information disclosure requests received by Longgang district in 2022', ans([552])),
  english('F-E04', 'What was the total of administrative reconsiderations for Shuyang county 2025?', ans([61])),
  english('F-E05', 'how many requests were fully disclosed by Nanshan in 2020', ans([100])),
  english('F-E06', 'Huaian 2024 administrative fees collected', ans([wan(96171.6)])),
  english(
    'F-E07',
    'Which place received the most new requests in 2024?',
    anyOf(
      ans([3119], [95], { mustContain: ['Huai'], reportsCompared: [2] }),
      ans([3119], [95], { mustContain: ['淮安'], reportsCompared: [2] }),
    ),
  ),
  english('F-E08', 'Does table 3 of Longgang district 2022 balance?', yesNo([552, 10, 562, 535, 27])),
  english('F-E09', "By how much did Hongze's administrative penalties fall from 2023 to 2024?", difference(2776, 4119)),
  english('F-E10', "Huai'an 2024 new requests as a multiple of Hongze 2024", quotient(3119, 95)),
  english('F-E11', 'administrative licences of Futian district 2022', NO_DATA),
  english('F-E12', "How many Weibo posts did Huai'an publish in 2024?", SAFE),
  english('F-E13', 'hello, what can you do?', CHAT),
  english('F-E14', "reconsideration correction rate of Huai'an 2024", rate(64, 351, 37)),
  english('F-E15', 'Nanshan 2020 centralized government procurement amount', ans([wan(170815.4)])),

  // ── greetings, help, reset ──
  chat('F-G01', '你好', CHAT),
  chat('F-G02', '在吗在吗', CHAT),
  chat('F-G03', '@年报助手 你能干啥', CHAT),
  chat('F-G04', '帮助', CHAT),
  chat('F-G05', '谢谢啦👍', CHAT),
  chat('F-G06', '重新开始', CHAT),
  chat('F-G07', '早上好各位', CHAT),

  // ── out of scope ──
  outOfScope('F-O01', '今天淮安天气怎么样', declined),
  outOfScope('F-O02', '帮我写一份2025年的年报', declined),
  outOfScope('F-O03', '政府信息公开条例是哪年施行的', declined),
  outOfScope('F-O04', '晚上吃什么', declined),
];

export const TWENTYFOURTH_CONVERSATIONS: readonly Conversation[] = [
  {
    id: 'F-V01',
    class: 'conversation',
    note: 'journalist: one figure, an organ switch, a quotient of the two, reset',
    turns: [
      { question: '淮安市2024年新收申请多少', expect: ans([3119]) },
      { question: '那洪泽呢', expect: ans([95]), note: '洪泽区 2024, the year carried' },
      { question: '前者是后者几倍', expect: quotient(3119, 95) },
      { question: '重新开始', expect: CHAT },
    ],
  },
  {
    id: 'F-V02',
    class: 'conversation',
    note: 'a year switch, then the difference and the change of the two turns',
    turns: [
      { question: '洪泽区2024年行政处罚', expect: ans([2776]) },
      { question: '2023年呢', expect: ans([4119]) },
      { question: '差多少', expect: difference(2776, 4119) },
      { question: '变化了百分之几', expect: percentChange(4119, 2776) },
    ],
  },
  {
    id: 'F-V03',
    class: 'conversation',
    note: 'researcher: a total, one column of it, its rate, then an organ switch',
    turns: [
      { question: '沐阳2025行政复议总计', expect: ans([61]) },
      { question: '纠正的呢', expect: ans([10]) },
      { question: '纠正率多少', expect: rate(10, 61, 15) },
      {
        question: '那淮安24年呢',
        expect: anyOf(...rateOf(64, 351, 37), ans([64], [351]), CLARIFY),
        note: 'the rate of 淮安市 2024, or its 纠正 count',
      },
    ],
  },
  {
    id: 'F-V04',
    class: 'conversation',
    note: 'clerk checking their own table 三: two rows, their sum, its share of 总计',
    turns: [
      { question: '我们洪泽24年表三予以公开填的多少', expect: ans([50]) },
      { question: '部分公开呢', expect: ans([9]) },
      { question: '两个加起来', expect: sum([50, 9]) },
      { question: '占总计多少', expect: shareOf(59, 95, [50, 9]) },
    ],
  },
  {
    id: 'F-V05',
    class: 'conversation',
    note: 'a whole-store question between a figure and a pointer back to it',
    turns: [
      { question: '龙岗区2022年行政许可', expect: ans([16103]) },
      { question: '库里一共有几份报告', expect: ans([9], [8]), note: '9 reports of 8 organs' },
      { question: '刚才那个跟南山2020年比差多少', expect: difference(16103, 8759) },
    ],
  },
  {
    id: 'F-V06',
    class: 'conversation',
    note: 'a greeting, two rows, their sum',
    turns: [
      { question: '你好', expect: CHAT },
      { question: '南山区2020年行政处罚', expect: ans([1767]) },
      { question: '行政强制呢', expect: ans([159]) },
      { question: '这两个加起来', expect: sum([1767, 159]) },
    ],
  },
  {
    id: 'F-V07',
    class: 'conversation',
    note: 'English: two organs and their total',
    turns: [
      { question: "How many new requests did Huai'an city receive in 2024?", expect: ans([3119]), replyIn: 'en' },
      { question: 'And Hongze district the same year?', expect: ans([95]), replyIn: 'en' },
      { question: 'What is the total of the two?', expect: sum([3119, 95]), replyIn: 'en' },
    ],
  },
  {
    id: 'F-V08',
    class: 'conversation',
    note: 'a group sum, one sub-row, its share (它), reset, a new organ',
    turns: [
      { question: '淮安2024年不予公开多少', expect: sum(HUAIAN_DENIED) },
      { question: '其中属于行政查询事项的', expect: ans([105]) },
      { question: '它占不予公开的比例', expect: shareOf(105, 178) },
      { question: '重新开始', expect: CHAT },
      { question: '洪泽24年不予公开', expect: sum(HONGZE_DENIED) },
    ],
  },
  {
    id: 'F-V09',
    class: 'conversation',
    note: 'money of two departments, 前者 − 后者',
    turns: [
      { question: '龙岗发改局2020采购金额', expect: ans([yuan(5246500)]) },
      { question: '龙华数据局呢', expect: ans([yuan(456880)]) },
      {
        question: '前者比后者多多少',
        expect: anyOf(
          ans([diff(4789620)], [yuan(5246500), yuan(456880)]),
          ans([yuan(4789620)], [yuan(5246500), yuan(456880)]),
        ),
      },
    ],
  },
  {
    id: 'F-V10',
    class: 'conversation',
    note: 'Traditional: two rows, their difference',
    turns: [
      { question: '沐陽縣2025年行政許可多少', expect: ans([517645]), replyIn: 'hant' },
      { question: '行政處罰呢', expect: ans([693957]), replyIn: 'hant' },
      { question: '兩者相差多少', expect: difference(693957, 517645), replyIn: 'hant' },
    ],
  },
  {
    id: 'F-V11',
    class: 'conversation',
    note: 'a year switch and an organ switch on one row',
    turns: [
      { question: '洪泽23年结转下年度继续办理', expect: ans([0]) },
      { question: '2024年呢', expect: ans([0]) },
      { question: '淮安呢', expect: ans([103]) },
    ],
  },
];
