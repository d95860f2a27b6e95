// A fourth held-out set (`npm run held-out -- --set fourth`), written on 2026-12-04 (finished 18:05 UTC),
// before the engine was run on any of it, and kept untouched afterwards: the first three sets have been measured
// often enough that fixes may fit them. Same store, same scoring (see the header of questions.ts, which also lists
// the figures of every report). Phrasings, organs and figures chosen apart from the other three sets: rows rarely
// asked (不予公开 sub-rows, 第三方, 行政复议 result columns, 复议后起诉, 收费, 规章/规范性文件, 许可/处罚/强制), the
// real reports (淮安市, 洪泽区, 沐阳县) as often as the sample ones, and the way a disclosure office's work group
// types: @mentions, emoji, full-width digits, spaces, slips of the pen, Traditional characters, English.
// Every expected value was read off the report text (data/reports, test/fixtures/real-reports).
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
const HONGZE_2024_APPLICANTS = [0];
// 不予公开 sub-rows (国家秘密 … 行政查询) of table 三.
const HUAIAN_DENIED = [2, 31, 5, 6, 8, 12, 9, 105];
const LONGGANG_DENIED = [1, 0, 0, 7, 8, 10, 3, 1];
const SHUYANG_DENIED = [0, 0, 2, 2, 13, 2, 4, 9];
// Result columns of table 四 (维持, 纠正, 其他, 尚未审结), and for lawsuits both kinds and the results summed.
const HUAIAN_REVIEW_PARTS = [72, 64, 178, 37];
const LONGGANG_REVIEW_PARTS = [7, 2, 1, 5];
const SHUYANG_REVIEW_PARTS = [27, 10, 9, 15];
const NANSHAN_REVIEW_PARTS = [5, 0];
const HUAIAN_LITIGATION_PARTS = [26, 20, 25, 5, 9, 7, 13, 4, 8, 1, 12, 6];
const LONGGANG_LITIGATION_PARTS = [32, 6, 23, 0, 2, 13, 19, 11, 4];
const NANSHAN_LITIGATION_PARTS = [2, 2, 3, 0, 1];
const HONGZE_2024_LITIGATION_PARTS = [1, 3, 0, 2];
/** The 2020 reports are three (南山区, 龙岗发改局, 龙华数据局), the 2024 ones two (淮安市, 洪泽区). */
const THREE_REPORTS = { reportsCompared: [3] };
const TWO_REPORTS = { reportsCompared: [2] };
const ONE_REPORT = { reportsCompared: [1] };

export const FOURTH_QUESTIONS: readonly SingleQuestion[] = [
  lookup('G-L01', '@年报助手 龙岗区政府22年度一共接到多少信息公开申请', ans([552], LONGGANG_APPLICANTS)),
  lookup('G-L02', '想问下南山那边20年依申请公开一共来了多少件', ans([262], NANSHAN_APPLICANTS)),
  lookup('G-L03', '淮安市人民政府 2024 年 共受理 多少件 申请', ans([3119], HUAIAN_APPLICANTS)),
  lookup('G-L04', '沭阳2025年度新收的公开申请', anyOf(ans([713], SHUYANG_APPLICANTS), CLARIFY), {
    note: '沭阳 is the real name; the OCR text (and the store) spell it 沐阳',
  }),
  lookup('G-L05', '洪泽区政府2023年度一共收到几件依申请公开', ans([21])),
  lookup('G-L06', '龙华区数据局20年有几个人来申请公开信息', ans([1], [0])),
  lookup('G-L07', '龙岗区政数局2021年度信息公开申请数量', ans([0])),
  lookup('G-L08', '龙岗区发展改革局2020年新收申请几件', ans([4], [0])),
  lookup('G-L09', '淮安24年信息公开申请收了多少件？急', ans([3119], HUAIAN_APPLICANTS)),
  lookup('G-L10', '洪泽区24年依申请公开新收数量', ans([95], HONGZE_2024_APPLICANTS)),
  lookup('G-L11', '龙岗区2022年的政府信息公开申请，新收的有多少件次', ans([552], LONGGANG_APPLICANTS)),
  lookup('G-L12', '沐阳县政府2025年申请公开的件数', ans([713], SHUYANG_APPLICANTS)),
  lookup('G-L13', '南山区人民政府2020年度新收政府信息公开申请数量（总计）', ans([262], NANSHAN_APPLICANTS)),
  lookup('G-L14', '深圳市龙华区政务服务数据管理局2020年新收申请', ans([1], [0])),

  figure('G-F01', '龙岗区2022年因为保护第三方合法权益不公开的有几件', ans([7])),
  figure('G-F02', '洪泽区2024年危及三安全一稳定不公开的', ans([1])),
  figure('G-F03', '沐阳县2025年属于三类内部事务信息不予公开多少', ans([13])),
  figure('G-F04', '南山区2020年过程性信息不予公开几件', ans([4])),
  figure('G-F05', '龙岗区2022年行政查询事项不予公开', ans([1])),
  figure('G-F06', '淮安2024年其他法律行政法规禁止公开的有多少件', ans([31], [30, 1])),
  figure('G-F07', '洪泽区2023年属于国家秘密的不公开', ans([1])),
  figure('G-F08', '沐阳县2025年行政执法案卷不予公开几件', ans([4])),
  figure('G-F09', '洪泽区2023年行政复议结果维持几件', anyOf(ans([10], [1, 0]), SAFE), {
    note: 'the report prints 维持 10, 纠正 1 and 总计 0: a warning beside 10 is right, a check is safe',
  }),
  figure('G-F10', '沐阳县2025年复议结果是其他结果的有几件', ans([9])),
  figure('G-F11', '龙岗区2022年经过复议以后又起诉的有几件', ans([6], [4, 0, 2])),
  figure('G-F12', '南山区２０２０年未经复议直接起诉的有几件', ans([2], [1, 0, 1])),
  figure('G-F13', '沐阳县2025年直接起诉的行政诉讼', ans([3], [0])),
  figure('G-F14', '洪泽区2024年复议后起诉的其他结果', ans([1])),
  figure('G-F15', '龙岗区2022年复议其他结果', ans([1])),
  figure('G-F16', '沐阳县2025年行政复议纠正几件', ans([10])),
  figure('G-F17', '龙岗区2022年直接起诉的案子维持了多少', ans([19])),
  figure('G-F18', '@小助手 沐阳县2025年复议后起诉还没审结的有几个', ans([1])),
  figure('G-F19', '洪泽区2023年行政许可办了多少', ans([550])),
  figure('G-F20', '龙岗区2022年行政处罚决定', ans([34389])),
  figure('G-F21', '沐阳县2025年行政许可处理决定数', ans([517645])),
  figure('G-F22', '洪泽区2024年行政强制措施多少', ans([84])),
  figure('G-F23', '淮安市24年的事业性收费是多少万', ans([yuan(961716000)])),
  figure('G-F24', '龙岗发改局2020年收费项目本年增减', ans([diff(-16)], [41])),
  figure('G-F25', '洪泽区2024年现行有效的规范性文件有几件', ans([8])),
  figure('G-F26', '洪泽区2023年废止了多少规范性文件', ans([5])),
  figure('G-F27', '淮安市２０２４年规范性文件废止多少件', ans([26])),
  figure('G-F28', '龙岗区2022年规章现行有效的', ans([0])),
  figure('G-F29', '南山区2020年规范性文件对外公开总数量', ans([8])),
  figure('G-F30', '龙岗数据局2021年本年制发规范性文件', ans([1])),
  figure('G-F31', '龙岗发改局2020年对外公开的规范性文件总数', ans([1])),
  figure('G-F32', '龙岗区2022年申请人逾期不补正的', ans([2])),
  figure('G-F33', '沐阳县2025年要求提供公开出版物的', ans([0])),
  figure('G-F34', '南山区2020年不予处理一共多少', ans([5], [1, 4, 0])),
  figure('G-F35', '洪泽区2024年不予处理的有几件', ans([1], [0])),
  figure('G-F36', '洪泽区2023年无法提供合计', ans([13], [10, 3, 0])),
  figure('G-F37', '洪泽区2024年不予公开加起来几件？🤔', ans([3], [0, 1])),
  figure('G-F38', '龙岗区2022年申请人是法律服务机构的', ans([8])),
  figure('G-F39', '淮安市2024年其他类申请人提交的', anyOf(ans([4]), CLARIFY), {
    note: 'the applicant column 其他 (4), not the row 其他处理',
  }),
  figure('G-F40', '洪泽区2024年有没有结转到下一年的', ans([0])),
  figure('G-F41', '沐阳县2025年办结的申请里自然人的', ans([710])),
  figure('G-F42', '淮安2024年科研机构申请了几件', ans([0])),
  figure('G-F43', '淮安2024年一共吃了多少场信息公开官司', ans([46], HUAIAN_LITIGATION_PARTS)),
  figure('G-F44', '龙岗发改局2020年其他对外管理服务事项处理决定', ans([949])),

  notInTables('G-N01', '龙岗区2022年信函和当面申请的有多少', SAFE, { note: 'prose only (64)' }),
  notInTables('G-N02', '沐阳县2025年清理了多少条过期信息', SAFE),
  notInTables('G-N03', '淮安2024年做了多少个政策解读', SAFE),
  notInTables('G-N04', '南山区2020年召开了几次联席会议', SAFE),
  notInTables('G-N05', '龙华数据局2020年培训参训人数', SAFE),
  notInTables('G-N06', '龙岗区2022年英文网站发了多少篇稿件', SAFE),
  notInTables('G-N07', '沐阳县25年信息处理费总共收了几块钱', SAFE, { note: 'prose only (380 元), not 行政事业性收费' }),
  notInTables('G-N08', '洪泽区2023年政府网站主动公开信息条数', SAFE),
  notInTables('G-N09', '龙岗发改局2020年有几个兼职政务公开人员', SAFE),
  notInTables('G-N10', '南山区2020年政务服务微信公众号粉丝数', SAFE),
  notInTables('G-N11', '沐阳县2025年依申请公开按时答复率', SAFE),

  relativeYear('G-R01', '淮安市政府去年的行政许可决定', anyOf(ans([447228]), NO_DATA), {
    note: '2024 (latest year held) or 2025 (clock)',
  }),
  relativeYear('G-R02', '沐阳县去年行政强制多少件', anyOf(ans([2154]), NO_DATA), {
    note: '2025 (clock) or 2024 (latest year held, no report)',
  }),
  relativeYear('G-R03', '洪泽区前年的行政处罚决定', anyOf(ans([4119]), ans([2776])), { note: '2023 or 2024' }),
  relativeYear(
    'G-R04',
    '洪泽区去年比前年行政强制少了多少',
    anyOf(ans([diff(-111)], [84, 195, pct(-56.9), pct(56.9)]), NO_DATA, CLARIFY),
  ),
  relativeYear('G-R05', '南山区2020年行政强制上一年项目数量', ans([96])),
  relativeYear('G-R06', '龙岗发改局2020年其他对外管理服务事项上一年有多少项', ans([21])),
  relativeYear(
    'G-R07',
    '洪泽区2024年收费比上一年少了多少',
    ans([diff(-1852800)], [yuan(75450000), yuan(77302800), pct(-2.4), pct(2.4)]),
  ),
  relativeYear('G-R08', '洪泽区2024年有上一年转过来没办完的吗', ans([0])),
  relativeYear(
    'G-R09',
    '洪泽区2024年行政许可比上年翻了几倍',
    anyOf(
      ans([ratio(17.25)], [9487, 550, diff(8937), pct(1624.9)]),
      ans([ratio(16.25)], [9487, 550, diff(8937), pct(1624.9)]),
      ans([pct(1624.9)], [9487, 550, diff(8937)]),
      CLARIFY,
    ),
    { note: '翻了几倍: the quotient 17.25 or the increase 16.25 times' },
  ),
  relativeYear('G-R10', '今年沐阳县的规范性文件制发了几件', anyOf(ans([6]), NO_DATA), {
    note: '2025 (latest year held) or 2026 (clock)',
  }),
  relativeYear('G-R11', '淮安市前年行政处罚多少', anyOf(ans([3985758]), NO_DATA, CLARIFY), {
    note: '2024 (clock) or 2023 (latest year held, no report)',
  }),
  relativeYear('G-R12', '龙岗区2022年行政复议比上一年多了吗', SAFE, { note: 'no 2021 report of 龙岗区人民政府' }),

  arithmetic('G-A01', '龙岗区2022年予以公开占办结总数的百分比', ans([pct(12.3)], [66, 535])),
  arithmetic(
    'G-A02',
    '淮安2024年行政复议纠正率',
    anyOf(
      ans([pct(18.2)], [64, 351, ...HUAIAN_REVIEW_PARTS]),
      ans([pct(20.4)], [64, 314, 351, ...HUAIAN_REVIEW_PARTS]),
      CLARIFY,
    ),
    { note: 'of all 351, or of the 314 concluded' },
  ),
  arithmetic('G-A03', '沐阳县2025年不予公开加上无法提供一共几件', ans([145], [32, 113, 111, ...SHUYANG_DENIED])),
  arithmetic('G-A04', '南山区2020年新收比办结多了几件', ans([diff(27)], [262, 235])),
  arithmetic(
    'G-A05',
    '淮安2024年行政诉讼直接起诉的是复议后起诉的几倍',
    ans([ratio(1.3)], [26, 20, 13, 4, 8, 1, 12, 6]),
  ),
  arithmetic('G-A06', '洪泽区2024年予以公开占新收申请的比例', ans([pct(52.6)], [50, 95])),
  arithmetic('G-A07', '龙岗区2022年行政许可、处罚、强制总共多少', ans([58241], [16103, 34389, 7749])),
  arithmetic('G-A08', '沐阳县2025年复议维持的占复议总数多少', ans([pct(44.3)], [27, 61])),
  arithmetic('G-A09', '淮安市2024年不掌握相关信息的占办结的几成', ans([pct(25.2)], [769, 3050])),
  arithmetic('G-A10', '南山区2020年集中采购平均每个项目多少钱', ans([ratio(682715.4)], [yuan(1708154000), 2502])),
  arithmetic('G-A11', '龙岗区2022年自然人和法人申请的差距', ans([diff(426)], LONGGANG_APPLICANTS)),
  arithmetic('G-A12', '洪泽区2023年部分公开和不予公开加一块', ans([7], [4, 3, 1, 0])),
  arithmetic('G-A13', '沐阳县2025年结转下年度比上年结转少几件', ans([diff(-5)], [31, 36])),
  arithmetic('G-A14', '淮安2024年逾期不补正和逾期未缴费合起来', ans([77], [71, 6, 67, 3, 0, 1])),
  arithmetic('G-A15', '龙岗区2022年行政诉讼里尚未审结的占比', ans([pct(34.2)], [13, 38, 11, 2, 32, 6])),

  crossed(
    'G-X01',
    '淮安市2024年和龙岗区2022年予以公开分别多少',
    ans([1362, 66], [1288, 21, 0, 50, 3, 74, 63, 1, 3, diff(1296)]),
  ),
  crossed('G-X02', '沐阳县2025年行政许可比洪泽区2024年多多少', ans([diff(508158)], [517645, 9487])),
  crossed('G-X03', '南山区2020年和沐阳县2025年不予处理谁多', ans([5, 19], [1, 4, 2, 12, 7, 6, 0, diff(14)])),
  crossed('G-X04', '龙岗区2022年行政强制是洪泽区2023年的多少倍', ans([ratio(39.74)], [7749, 195])),
  crossed('G-X05', '洪泽区2023年和淮安市2024年部分公开差几件', ans([diff(450)], [454, 4, 447, 7, 0])),
  crossed('G-X06', '南山区2020年和淮安市2024年规范性文件各新制发几件', ans([8], [0, diff(0)]), {
    note: 'both printed 8 (南山区 本年新制作数量, 淮安市 本年制发件数)',
  }),
  crossed(
    'G-X07',
    '沐阳县2025年和南山区2020年收到申请，哪个多、多多少',
    ans([diff(451)], [713, 262, ...SHUYANG_APPLICANTS, ...NANSHAN_APPLICANTS]),
  ),
  crossed('G-X08', '淮安市2024年复议后起诉比龙岗区2022年多多少', ans([diff(14)], [20, 6, 12, 1, 6, 4, 0, 2])),
  crossed('G-X09', '洪泽区2023年行政处罚和沐阳县2025年行政强制分别多少', ans([4119, 2154])),
  crossed('G-X10', '龙岗区2022年办结的和淮安市2024年办结的相加', ans([3585], [535, 3050])),
  crossed(
    'G-X11',
    '南山区2020年行政诉讼和洪泽区2024年行政诉讼差几件',
    ans([4], [diff(0), ...NANSHAN_LITIGATION_PARTS, ...HONGZE_2024_LITIGATION_PARTS]),
    { note: 'both 4: the difference is 0' },
  ),
  crossed(
    'G-X12',
    '龙岗区2022年行政诉讼比淮安市2024年少多少',
    ans([diff(-8)], [38, 46, ...LONGGANG_LITIGATION_PARTS, ...HUAIAN_LITIGATION_PARTS]),
  ),

  filter('G-P01', '市政府一级2024年行政复议多少', ans([351], HUAIAN_REVIEW_PARTS)),
  filter('G-P02', '2024年区县一级政府收到的申请合计', ans([95], [0], ONE_REPORT)),
  filter('G-P03', '2020年深圳两个区级部门一共收到几件申请', ans([5], [4, 1, 0], TWO_REPORTS)),
  filter(
    'G-P04',
    '深圳的部门2020年政府集中采购一共花了多少',
    ans([yuan(5703380)], [yuan(5246500), yuan(456880), 3, 9, 12], TWO_REPORTS),
  ),
  filter('G-P05', '有没有乡镇或者街道的报告', anyOf(SAFE, ans([], [0]))),
  filter('G-P06', '江苏这边区县2024年行政处罚', ans([2776], [], ONE_REPORT)),
  filter(
    'G-P07',
    '深圳的区政府哪些有行政复议',
    ans([], [5, 15, 2, ...NANSHAN_REVIEW_PARTS, ...LONGGANG_REVIEW_PARTS], { mustContain: ['南山区', '龙岗区'] }),
  ),
  filter('G-P08', '部门的年报一共几份', ans([3])),
  filter(
    'G-P09',
    '淮安市范围内2024年的报告都有哪些',
    ans([], [2], { mustContain: ['淮安市人民政府', '洪泽区'], mustNotContain: ['沐阳县'] }),
  ),

  ranking('G-K01', '2020年哪家予以公开的最多', ans([100], [2, 0], THREE_REPORTS)),
  ranking('G-K02', '2024年不予处理谁最多', ans([88], [1, 62, 25, 0], { mustContain: ['淮安市人民政府'] })),
  ranking('G-K03', '2020年政府集中采购项目数量最少的单位', ans([3], [2502, 9], { mustContain: ['发展和改革局'] })),
  ranking('G-K04', '2024年结转下年度最多的是哪个', ans([103], [0])),
  ranking('G-K05', '2020年部分公开从高到低', ans([49, 1, 0], [], THREE_REPORTS)),
  ranking('G-K06', '2024年行政强制哪个最少', ans([84], [88283], { mustContain: ['洪泽区'] })),
  ranking('G-K07', '2020年其他对外管理服务事项决定数排名', ans([199956, 949, 0], [], THREE_REPORTS)),
  ranking('G-K08', '2024年现行有效规范性文件哪个多', ans([66], [8])),
  ranking('G-K09', '洪泽区24年申请数在同年单位里排老几', ans([], [95, 3119, 1, 2], TWO_REPORTS)),
  ranking('G-K10', '2020年行政处罚最多的单位', ans([1767], [0], { mustContain: ['南山区'] })),

  chat('G-H01', '@年报助手 在不在', CHAT),
  chat('G-H02', '谢啦🙏', CHAT),
  chat('G-H03', '老师好，这个机器人能查啥', CHAT),
  chat('G-H04', '了解了，感谢', CHAT),
  chat('G-H05', '晚上好', CHAT),
  chat('G-H06', 'hello', CHAT),
  chat('G-H07', '清空一下重新问', CHAT),
  chat('G-H08', '你会干嘛', CHAT),
  chat('G-H09', '👍👍', anyOf(CHAT, SAFE)),

  traditional('G-T01', '龍崗區2022年行政規範性文件廢止幾件', ans([11])),
  traditional('G-T02', '淮安市2024年屬於行政查詢事項不予公開的', ans([105])),
  traditional('G-T03', '南山區2020年不予處理的信訪舉報投訴類申請', ans([1])),
  traditional('G-T04', '洪澤區2024年行政強制', ans([84])),
  traditional('G-T05', '沐陽縣2025年行政許可處理決定', ans([517645])),
  traditional('G-T06', '龍崗區2022年直接起訴的行政訴訟', ans([32], [19, 0, 2, 11])),
  traditional('G-T07', '2020年哪個單位部分公開最多', ans([49], [1, 0], THREE_REPORTS)),
  traditional('G-T08', '淮安市2024年行政強制比洪澤區2024年多多少', ans([diff(88199)], [88283, 84])),
  traditional('G-T09', '龍華區數據局2020年採購項目有幾個', ans([9])),
  traditional('G-T10', '沐陽縣2025年行政復議結果糾正的佔比', ans([pct(16.4)], [10, 61])),
  traditional('G-T11', '你好，謝謝你的幫忙', CHAT),
  traditional('G-T12', '南山區2020年規範性文件新製作數量', ans([8])),

  misspelling('G-M01', '沭阳县2025年行政处罚多少件', anyOf(ans([693957]), CLARIFY), {
    note: '沭阳 is the real name; the store holds it as 沐阳 (OCR)',
  }),
  misspelling('G-M02', '龙岗区2022年不予公幵', anyOf(CLARIFY, ans([30], LONGGANG_DENIED))),
  misspelling('G-M03', '淮安市2024年行政付议', anyOf(CLARIFY, ans([351], HUAIAN_REVIEW_PARTS))),
  misspelling('G-M04', '洪泽区2024年部分公凯', anyOf(CLARIFY, ans([9]))),
  misspelling('G-M05', '南山区2020年行政许克决定数', anyOf(CLARIFY, ans([8759]))),
  misspelling('G-M06', '洪择区2023年收到多少申请', anyOf(CLARIFY, ans([21]))),
  misspelling('G-M07', '龙刚区2022年行政处罚', anyOf(CLARIFY, ans([34389]))),
  misspelling('G-M08', '淮安市2024年行政强置', anyOf(CLARIFY, ans([88283]))),
  misspelling('G-M09', '沐阳县2025年结专下年度', anyOf(CLARIFY, ans([31]))),
  misspelling('G-M10', '南山区2020年政府集中菜购金额', anyOf(CLARIFY, ans([yuan(1708154000)]))),
  misspelling('G-M11', '淮南市2024年收到多少申请', SAFE, { note: '淮南 is another city (安徽), not 淮安' }),

  english('G-E01', 'Longgang 2022: requests carried over from the previous year?', ans([10], [9, 1])),
  english('G-E02', 'Huaian 2024 administrative licensing decisions', ans([447228])),
  english(
    'G-E03',
    'How many reconsideration cases did Shuyang have in 2025 and how many were corrected?',
    anyOf(ans([61, 10], SHUYANG_REVIEW_PARTS), ans([10], [61, ...SHUYANG_REVIEW_PARTS])),
  ),
  english('G-E04', 'Nanshan 2020 requests denied because they were process information', ans([4])),
  english('G-E05', 'Hongze 2023 penalties', ans([4119])),
  english(
    'G-E06',
    'total requests received by Huaian city and Hongze district in 2024',
    ans([3214], [3119, 95, ...HUAIAN_APPLICANTS]),
  ),
  english(
    'G-E07',
    'Which organ in 2020 had the highest centralized procurement amount?',
    ans([yuan(1708154000)], [yuan(5246500), yuan(456880)], THREE_REPORTS),
  ),
  english('G-E08', 'Shuyang 2025 duplicate requests', ans([7], [6, 1])),
  english('G-E09', 'How much did Hongze collect in administrative fees in 2024?', ans([yuan(75450000)])),
  english('G-E10', 'hi, what can you do?', CHAT),
  english('G-E11', 'Longgang 2022 lawsuits filed after reconsideration', ans([6], [4, 0, 2])),
  english('G-E12', 'Nanshan 2020 share of requests from natural persons', ans([pct(90.1)], [236, 262])),
  english('G-E13', 'What was the weather in Huaian yesterday?', SAFE),
  english('G-E14', 'Longhua data bureau 2020 how many requests', ans([1], [0])),

  noData('G-D01', '洪泽区2025年行政复议多少', NO_DATA),
  noData('G-D02', '沐阳县2024年行政许可', NO_DATA),
  noData('G-D03', '龙岗区2023年收到多少申请', NO_DATA),
  noData('G-D04', '龙华区数据局2021年采购金额', NO_DATA),
  noData('G-D05', '坪山区2022年的年报', SAFE),
  noData('G-D06', '南山区2019年的行政处罚决定', SAFE, {
    note: 'the 2020 report holds 2019 item counts, not decisions',
  }),
  noData('G-D07', '盱眙县2024年收到多少申请', SAFE),
  noData('G-D08', '龙岗发改局2021年收到的申请', NO_DATA),

  outOfScope('G-O01', '明天淮安下雨吗☔', anyOf(SAFE, CHAT)),
  outOfScope('G-O02', '洪泽区区长叫什么', SAFE),
  outOfScope('G-O03', '帮我把这份年报翻译成英文', anyOf(SAFE, CHAT)),
  outOfScope('G-O04', '南山区2020年的财政收入多少亿', SAFE),
  outOfScope('G-O05', '沐阳县有多少人口', SAFE),
  outOfScope('G-O06', '写个请假条', anyOf(SAFE, CHAT)),
  outOfScope('G-O07', '淮安市2024年年报是哪天发布的', SAFE),
  outOfScope('G-O08', '龙岗区2022年的GDP增长率', SAFE),
];

const turn = (question: string, expect: Expect, replyIn?: ReplyIn): Turn =>
  replyIn ? { question, expect, replyIn } : { question, expect };
const conversation = (id: string, turns: Conversation['turns']): Conversation => ({
  id,
  class: 'conversation',
  turns,
});

export const FOURTH_CONVERSATIONS: readonly Conversation[] = [
  conversation('G-V01', [
    turn('@助手 淮安市2024年不予公开多少件', ans([178], HUAIAN_DENIED)),
    turn('其中行政查询事项的', ans([105])),
    turn('占不予公开的多少', ans([pct(59.0)], [105, 178])),
    turn('换沐阳县2025年看看', anyOf(ans([9]), ans([pct(28.1)], [9, 32]), CLARIFY)),
  ]),
  conversation('G-V02', [
    turn('洪泽区2023年行政许可', ans([550])),
    turn('2024年的呢', ans([9487])),
    turn('增长了百分之多少', ans([pct(1624.9)], [550, 9487, diff(8937), ratio(17.25)])),
  ]),
  conversation('G-V03', [
    turn('2020年南山区行政诉讼有几件', ans([4], NANSHAN_LITIGATION_PARTS)),
    turn('直接起诉的里尚未审结的', ans([1])),
    turn('复议后起诉的呢', anyOf(ans([0]), ans([2], [0]), CLARIFY)),
    turn('谢谢', CHAT),
  ]),
  conversation('G-V04', [
    turn('龙岗区2022年行政复议结果', anyOf(ans([15], LONGGANG_REVIEW_PARTS), ans(LONGGANG_REVIEW_PARTS, [15]))),
    turn('南山区2020年呢', ans([5], [0])),
    turn('两个一共多少', ans([20], [15, 5])),
  ]),
  conversation('G-V05', [
    turn('How many requests did Huaian receive in 2024?', ans([3119], HUAIAN_APPLICANTS), 'en'),
    turn('how many of them were partially disclosed', ans([454], [447, 7, 0]), 'en'),
    turn('and in Hongze the same year?', ans([9], [0]), 'en'),
  ]),
  conversation('G-V06', [
    turn('南山區2020年其他對外管理服務事項處理決定', ans([199956]), 'hant'),
    turn('行政強制呢', ans([159]), 'hant'),
    turn('兩個加起來', ans([200115], [199956, 159]), 'hant'),
  ]),
  conversation('G-V07', [
    turn('2024年哪个单位行政许可最多', ans([447228], [9487], TWO_REPORTS)),
    turn('那最少的是谁', ans([9487], [447228], TWO_REPORTS)),
    turn('它的行政强制是多少', ans([84])),
    turn('前一年呢', ans([195])),
  ]),
  conversation('G-V08', [
    turn('沐阳县2025年行政强制多少', ans([2154])),
    turn('重新开始', CHAT),
    turn('那行政强制呢', SAFE),
    turn('洪泽区2024年的', ans([84])),
  ]),
  conversation('G-V09', [
    turn('龙岗区2022年不掌握相关信息的', ans([283], [246, 29, 0, 6, 2, 37])),
    turn('淮安市2024年的呢', ans([769], [746, 12, 0, 10, 1, 23])),
    turn('相差几件', ans([diff(486)], [283, 769])),
    turn('分别占各自办结总数的比例', ans([pct(52.9), pct(25.2)], [283, 535, 769, 3050])),
  ]),
  conversation('G-V10', [
    turn('哈喽', CHAT),
    turn('你这里有沐阳的报告吗', ans([], [1, 9], { mustContain: ['沐阳县'] })),
    turn('它的行政许可多少', ans([517645])),
    turn('比淮安市2024年少多少', ans([diff(70417)], [517645, 447228])),
  ]),
  conversation('G-V11', [
    turn('2020年深圳的部门收到多少申请', ans([4, 1], [5, 0], TWO_REPORTS)),
    turn('区政府呢', ans([262], NANSHAN_APPLICANTS)),
    turn('三个合起来', ans([267], [262, 4, 1])),
  ]),
];
