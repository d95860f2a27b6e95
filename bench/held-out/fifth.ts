// A fifth held-out set (`npm run held-out -- --set fifth`), written on 2026-12-04 (begun 18:37, finished 18:41 UTC),
// before the engine was run on any of it, and kept untouched afterwards: the fourth set is being fixed against, so
// this one gives the honest figure at the end. Same store, same scoring (see the header of questions.ts, which lists
// the figures of every report). Phrasings, organs and figures chosen apart from the other four sets: rows rarely
// asked (另行制作, 补正后仍不明确, 确认或重新出具, 大量反复, 法人 and column figures, 上年结转, 总计, 规章, 复议 and 诉讼
// 尚未审结 / 纠正, the 上一年项目数量 and 本年增/减 columns of the 2019 template, 采购 of the departments), shares and
// quotients of other rows, levels and provinces, rankings of 2020 and 2024, and the way a work group types.
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
// 不予公开 sub-rows (国家秘密 … 行政查询) of table 三.
const HUAIAN_DENIED = [2, 31, 5, 6, 8, 12, 9, 105];
const LONGGANG_DENIED = [1, 0, 0, 7, 8, 10, 3, 1];
const SHUYANG_DENIED = [0, 0, 2, 2, 13, 2, 4, 9];
// Result columns of table 四 (维持, 纠正, 其他, 尚未审结), and for lawsuits both kinds and the results summed.
const HUAIAN_REVIEW_PARTS = [72, 64, 178, 37];
const LONGGANG_REVIEW_PARTS = [7, 2, 1, 5];
const SHUYANG_REVIEW_PARTS = [27, 10, 9, 15];
const HUAIAN_LITIGATION_PARTS = [26, 20, 25, 5, 9, 7, 13, 4, 8, 1, 12, 6];
/** The 2020 reports are three (南山区, 龙岗发改局, 龙华数据局), the 2024 ones two (淮安市, 洪泽区). */
const THREE_REPORTS = { reportsCompared: [3] };
const TWO_REPORTS = { reportsCompared: [2] };
const ONE_REPORT = { reportsCompared: [1] };

export const FIFTH_QUESTIONS: readonly SingleQuestion[] = [
  lookup('J-L01', '各位，龙岗区22年依申请公开收到的总数是多少', ans([552], LONGGANG_APPLICANTS)),
  lookup('J-L02', '南山区政府2020年度受理了多少条信息公开申请', ans([262], NANSHAN_APPLICANTS)),
  lookup('J-L03', '麻烦查下淮安市本级2024年依申请公开的受理量', ans([3119], HUAIAN_APPLICANTS)),
  lookup('J-L04', '洪泽2023年度信息公开申请新收了几个', ans([21], [0])),
  lookup('J-L05', '洪泽区人民政府2024年度政府信息公开申请收到数', ans([95], [0])),
  lookup('J-L06', '沐阳县二〇二五年度新收申请有多少', ans([713], SHUYANG_APPLICANTS)),
  lookup('J-L07', '龙岗区发改局2020年依申请公开总共收了几件', ans([4], [0])),
  lookup('J-L08', '龙华区政数局2020年申请数量', ans([1], [0]), { note: '政数局: 龙华区政务服务数据管理局' }),
  lookup('J-L09', '龙岗区政务服务数据管理局2021年收到的信息公开申请', ans([0])),
  lookup('J-L10', '洪泽区的年报有几年的', ans([], [2, 1, 9], { mustContain: ['洪泽区'] }), {
    note: '2023 and 2024',
  }),
  lookup('J-L11', '南山区人民政府2020年收到政府信息公开申请多少件？谢谢', ans([262], NANSHAN_APPLICANTS)),
  lookup('J-L12', '淮安市政府2024全年受理依申请公开多少', ans([3119], HUAIAN_APPLICANTS)),
  lookup('J-L13', '沐阳2025年收到的信息公开申请件数是多少呀', ans([713], SHUYANG_APPLICANTS)),
  lookup('J-L14', '龙岗区2022年收到申请（件次）', ans([552], LONGGANG_APPLICANTS)),

  figure('J-F01', '龙岗区2022年没有现成信息需要另行制作的', ans([2])),
  figure('J-F02', '淮安市2024年补正后申请内容还是不明确的有几件', ans([1])),
  figure('J-F03', '淮安市2024年申请人要求行政机关确认或者重新出具已获取信息的有几件', ans([1])),
  figure('J-F04', '沐阳县2025年无正当理由大量反复申请的有吗', ans([0])),
  figure('J-F05', '淮安市2024年需要另行制作的', ans([11])),
  figure('J-F06', '洪泽区2023年没有现成信息的', ans([3])),
  figure('J-F07', '南山区2020年重复申请几件', ans([4], [2])),
  figure('J-F08', '淮安市2024年信访举报投诉类的申请不予处理多少', ans([62], [56, 6])),
  figure('J-F09', '沐阳县2025年信访类的申请', ans([12])),
  figure('J-F10', '龙岗区2022年上年结转的里面自然人有几件', ans([9])),
  figure('J-F11', '龙岗区2022年法人或者其他组织申请了多少件', ans([63], [51, 0, 8, 4, pct(11.4)]), {
    note: '63 is printed in the prose; the columns sum to it',
  }),
  figure('J-F12', '淮安市2024年商业企业申请的有几件', ans([53])),
  figure('J-F13', '南山区2020年办结总数', ans([235], [211, 19, 5])),
  figure('J-F14', '沐阳县2025年总计办结多少件', ans([718], [710, 3, 5])),
  figure('J-F15', '洪泽区2024年结转下年度继续办理', ans([0])),
  figure('J-F16', '淮安市2024年有多少申请拖到下一年办', ans([103])),
  figure('J-F17', '南山区2020年上年结转', ans([6], [5, 1])),
  figure('J-F18', '淮安2024年行政复议尚未审结的', ans([37])),
  figure('J-F19', '龙岗区2022年行政复议还没出结果的有几件', ans([5])),
  figure('J-F20', '淮安市2024年直接起诉的结果纠正几件', ans([4])),
  figure('J-F21', '淮安市2024年复议后起诉的案件尚未审结多少', ans([6])),
  figure('J-F22', '淮安市2024年行政诉讼结果维持的一共几件', ans([25], [13, 12]), {
    note: '25 is printed in the prose (结果维持 25 件); the two kinds are 13 and 12',
  }),
  figure('J-F23', '洪泽区2024年复议后起诉的总数', ans([3], [2, 0, 1])),
  figure('J-F24', '南山区2020年行政复议结果维持几件', ans([5])),
  figure('J-F25', '淮安市2024年规章现行有效几件', ans([11])),
  figure('J-F26', '淮安市2024年新制发了几件规章', ans([1])),
  figure('J-F27', '沐阳县2025年现行有效的行政规范性文件', ans([32])),
  figure('J-F28', '龙岗区2022年新发了多少个规范性文件', ans([46])),
  figure('J-F29', '洪泽区2024年新制发规范性文件数', ans([3])),
  figure('J-F30', '南山区2020年行政许可上一年项目数量', ans([220])),
  figure('J-F31', '南山区2020年行政处罚项目本年增加了多少', ans([diff(2668)], [2078, 1767]), {
    note: '本年增/减 printed 增2,668',
  }),
  figure('J-F32', '龙岗发改局2020年行政许可处理决定数量', ans([12])),
  figure('J-F33', '龙岗发改局2020年行政许可项目比上一年增减多少', ans([diff(-3)], [15, 12])),
  figure('J-F34', '南山区2020年行政事业性收费上一年项目数', ans([14])),
  figure('J-F35', '龙华区数据局2020年政府集中采购总金额', ans([yuan(456880)], [9])),
  figure('J-F36', '龙岗发改局2020年集中采购了几个项目', ans([3], [yuan(5246500)])),
  figure('J-F37', '沐阳县2025年行政事业性收费金额', ans([yuan(40682080)])),
  figure('J-F38', '龙岗区2022年收费多少钱', anyOf(ans([yuan(22293.4)]), CLARIFY), {
    note: '行政事业性收费 2.22934 万元; the prose says no 信息处理费 was charged',
  }),
  figure('J-F39', '洪泽区2023年行政事业性收费多少万元', ans([yuan(77302800)])),
  figure('J-F40', '淮安市2024年予以公开的申请里法律服务机构的有几件', ans([50])),
  figure('J-F41', '沐阳县2025年部分公开里面法律服务机构的', ans([2])),
  figure('J-F42', '南山区2020年其他处理几件', ans([25], [24, 1])),
  figure('J-F43', '龙岗区2022年其他处理里的“其他”有多少', ans([116], [97, 18, 1])),
  figure('J-F44', '洪泽区2024年行政复议结果纠正的', ans([1])),

  notInTables('J-N01', '龙岗区2022年网络申请的有多少件', SAFE, { note: 'prose only (488)' }),
  notInTables('J-N02', '淮安市2024年开了几场新闻发布会', SAFE, { note: 'prose only (12)' }),
  notInTables('J-N03', '淮安2024年在运维政务新媒体多少个', SAFE, { note: 'prose only (95)' }),
  notInTables('J-N04', '龙岗数据局2021年主动公开了多少条政务信息', SAFE, { note: 'prose only (190)' }),
  notInTables('J-N05', '南山区2020年政务公开专区建了几个', SAFE),
  notInTables('J-N06', '洪泽区2024年组织了几次业务培训', SAFE),
  notInTables('J-N07', '沐阳县2025年民政局收了多少信息处理费', SAFE, { note: 'prose only (380 元)' }),
  notInTables('J-N08', '龙岗区2022年网站浏览量', SAFE),
  notInTables('J-N09', '淮安市2024年政府公报出了几期', SAFE, { note: 'prose only (6)' }),
  notInTables('J-N10', '龙岗区2022年在线访谈办了多少期', SAFE),
  notInTables('J-N11', '淮安市2024年依申请公开的平均答复天数', SAFE),

  relativeYear('J-R01', '沐阳县去年行政复议多少件', anyOf(ans([61], SHUYANG_REVIEW_PARTS), NO_DATA), {
    note: '2025 (clock) or 2024 (the year before 2025, the latest held: no report)',
  }),
  relativeYear('J-R02', '洪泽区去年部分公开几件', anyOf(ans([9]), NO_DATA), {
    note: '2024 (the year before 2025, the latest held) or 2025 (clock: no report)',
  }),
  relativeYear('J-R03', '淮安市前年的行政复议', anyOf(ans([351], HUAIAN_REVIEW_PARTS), NO_DATA), {
    note: '2024 (clock) or 2023 (two years before 2025, the latest held: no report)',
  }),
  relativeYear('J-R04', '洪泽区前年予以公开多少', anyOf(ans([50]), ans([0])), {
    note: '2024 (clock) or 2023 (two years before 2025, the latest held)',
  }),
  relativeYear('J-R05', '洪泽区2024年新收申请较上年增加了多少件', ans([diff(74)], [95, 21, pct(352.4)])),
  relativeYear('J-R06', '洪泽区2024年现行有效的规范性文件比上一年多了几件', ans([diff(3)], [8, 5, pct(60)])),
  relativeYear('J-R07', '洪泽区2023年的后一年，没有现成信息需要另行制作的有几件', ans([1])),
  relativeYear('J-R08', '南山区2020年其他对外管理服务事项，上年的项目是多少个', ans([430])),
  relativeYear('J-R09', '龙岗发改局2020年行政事业性收费上一年多少项', ans([41])),
  relativeYear('J-R10', '沐阳县今年行政处罚多少', anyOf(ans([693957]), NO_DATA), {
    note: '2025 (latest year held) or 2026 (clock)',
  }),
  relativeYear('J-R11', '洪泽区近两年收到的申请一共多少', anyOf(ans([116], [95, 21, 0]), CLARIFY, NO_DATA), {
    note: '洪泽区 holds 2023 and 2024; the store’s last two years (2024, 2025) hold only 2024 of it',
  }),
  relativeYear('J-R12', '淮安市2024年比上年行政诉讼多还是少', SAFE, { note: 'no 2023 report of 淮安市人民政府' }),

  arithmetic('J-A01', '淮安市2024年部分公开占办结总数的比例', ans([pct(14.9)], [454, 3050])),
  arithmetic(
    'J-A02',
    '沐阳县2025年予以公开率是多少',
    anyOf(ans([pct(40.9)], [294, 718]), ans([pct(41.2)], [294, 713]), CLARIFY),
    { note: 'of the 718 handled, or of the 713 received' },
  ),
  arithmetic('J-A03', '龙岗区2022年不予公开里第三方权益的占几成', ans([pct(23.3)], [7, 30, ...LONGGANG_DENIED])),
  arithmetic('J-A04', '南山区2020年商业企业申请占新收的比例', ans([pct(8.4)], [22, 262])),
  arithmetic('J-A05', '淮安市2024年新收加上年结转一共多少', ans([3153], [3119, 34, ...HUAIAN_APPLICANTS])),
  arithmetic('J-A06', '洪泽区2024年行政处罚加行政强制', ans([2860], [2776, 84])),
  arithmetic('J-A07', '沐阳县2025年行政处罚是行政许可的多少倍', ans([ratio(1.34)], [693957, 517645])),
  arithmetic('J-A08', '龙岗区2022年直接起诉的里面尚未审结的占多少', ans([pct(34.4)], [11, 32])),
  arithmetic('J-A09', '淮安2024年办结的比新收的少多少', ans([diff(-69)], [3050, 3119])),
  arithmetic('J-A10', '洪泽区2024年予以公开和部分公开合计多少件', ans([59], [50, 9])),
  arithmetic('J-A11', '南山区2020年不掌握相关信息的占办结总数的百分比', ans([pct(21.7)], [51, 235])),
  arithmetic(
    'J-A12',
    '龙岗发改局2020年集中采购平均每个项目花了多少钱',
    anyOf(ans([ratio(1748833.3)], [yuan(5246500), 3]), ans([yuan(1748833.3)], [yuan(5246500), 3])),
  ),
  arithmetic('J-A13', '沐阳县2025年复议和诉讼加起来多少件', ans([74], [61, 3, 10, 13, ...SHUYANG_REVIEW_PARTS])),
  arithmetic('J-A14', '淮安市2024年信访举报和重复申请加起来', ans([87], [62, 25, 56, 6])),
  arithmetic(
    'J-A15',
    '龙岗区2022年行政复议纠正率',
    anyOf(
      ans([pct(13.3)], [2, 15, ...LONGGANG_REVIEW_PARTS]),
      ans([pct(20)], [2, 10, 15, ...LONGGANG_REVIEW_PARTS]),
      CLARIFY,
    ),
    { note: 'of all 15, or of the 10 concluded' },
  ),
  arithmetic('J-A16', '洪泽区2023年无法提供的占总计多少', ans([pct(61.9)], [13, 21, 10, 3, 0])),

  crossed('J-X01', '龙岗区2022年和南山区2020年上年结转各是多少', ans([10, 6], [9, 1, 5, 0, diff(4)])),
  crossed('J-X02', '淮安市2024年行政处罚比沐阳县2025年多多少', ans([diff(3291801)], [3985758, 693957])),
  crossed('J-X03', '洪泽区2023年和龙岗区2022年不掌握相关信息相加', ans([293], [10, 283, 246, 29, 0, 6, 2])),
  crossed('J-X04', '南山区2020年行政强制和龙岗区2022年行政强制谁多', ans([159, 7749], [diff(7590)])),
  crossed('J-X05', '沐阳县2025年结转下年度和淮安市2024年结转下年度差多少', ans([diff(72)], [31, 103])),
  crossed('J-X06', '龙华数据局2020年采购项目数是龙岗发改局2020年的几倍', ans([ratio(3)], [9, 3])),
  crossed('J-X07', '淮安市2024年和洪泽区2023年规范性文件废止各多少', ans([26, 5], [diff(21)])),
  crossed('J-X08', '龙岗区2022年予以公开比沐阳县2025年少多少', ans([diff(-228)], [66, 294, 63, 1, 0, 290, 3])),
  crossed('J-X09', '南山区2020年行政处罚和洪泽区2024年行政处罚加一起', ans([4543], [1767, 2776])),
  crossed('J-X10', '淮安市2024年和沐阳县2025年复议后起诉分别几件', ans([20, 10], [12, 1, 6, 8, 0, diff(10)])),
  crossed('J-X11', '洪泽区2024年和龙岗区2022年行政许可差距多大', ans([diff(6616)], [16103, 9487])),
  crossed(
    'J-X12',
    '沐阳县2025年和洪泽区2023年收到的申请比一比',
    ans([713, 21], [diff(692), ratio(33.95), 0, ...SHUYANG_APPLICANTS]),
  ),

  filter('J-P01', '2025年县级政府的行政许可', ans([517645], [], ONE_REPORT)),
  filter('J-P02', '2020年区政府一级的部分公开', ans([49], [42, 3, 4], ONE_REPORT)),
  filter('J-P03', '2021年部门的规范性文件制发', ans([1], [0], ONE_REPORT)),
  filter('J-P04', '江苏的报告里2024年行政强制加起来多少', ans([88367], [88283, 84], TWO_REPORTS)),
  filter(
    'J-P05',
    '深圳各区政府的年报都有哪些年份',
    ans([], [2, 1], { mustContain: ['南山区', '龙岗区'], mustNotContain: ['淮安市人民政府'] }),
  ),
  filter('J-P06', '市级政府有几份报告', ans([], [1], { mustContain: ['淮安市人民政府'] })),
  filter('J-P07', '2020年深圳市各部门的行政许可合计', ans([12], [0], TWO_REPORTS)),
  filter('J-P08', '区县政府2022年的行政处罚', ans([34389], [], ONE_REPORT)),
  filter(
    'J-P09',
    '龙岗区下面的部门有哪些报告',
    ans([], [2, 1], { mustContain: ['发展和改革局', '龙岗区政务服务数据管理局'], mustNotContain: ['南山区'] }),
  ),

  ranking('J-K01', '2024年哪个单位不予公开最多', ans([178], [3, 1, 0, ...HUAIAN_DENIED], TWO_REPORTS)),
  ranking('J-K02', '2020年规范性文件新制作数量排名', ans([8, 1, 0], [], THREE_REPORTS)),
  ranking('J-K03', '2020年上年结转最多的是谁', ans([6], [0, 5, 1], { mustContain: ['南山区'], ...THREE_REPORTS })),
  ranking('J-K04', '2024年信访举报投诉类哪个多', ans([62], [1, 56, 6], TWO_REPORTS)),
  ranking('J-K05', '2020年不掌握相关信息的单位排一下', ans([51], [1, 0, 44, 7], THREE_REPORTS), {
    note: '龙华数据局 prints 自然人 1 and 总计 0',
  }),
  ranking('J-K06', '2024年哪个单位行政处罚最少', ans([2776], [3985758], { mustContain: ['洪泽区'], ...TWO_REPORTS })),
  ranking(
    'J-K07',
    '所有单位里行政许可决定最多的是哪个',
    anyOf(ans([517645], [447228, 16103, 9487, 8759, 550, 12, 0], { mustContain: ['沐阳县'] }), CLARIFY),
    { note: 'over every year held, or asked which year' },
  ),
  ranking('J-K08', '2020年行政强制从多到少', ans([159, 0], [], THREE_REPORTS)),
  ranking('J-K09', '2024年复议纠正的最多的单位', ans([64], [1], TWO_REPORTS)),
  ranking('J-K10', '2020年哪个单位收到的申请最少', ans([1], [4, 262, 0], THREE_REPORTS)),
  ranking(
    'J-K11',
    '2024年予以公开率哪家高',
    anyOf(ans([pct(52.6)], [50, 95, 1362, 3050, 3119, pct(44.7), pct(43.7)], { mustContain: ['洪泽区'] }), CLARIFY),
  ),

  chat('J-H01', '早上好各位', CHAT),
  chat('J-H02', '收到，辛苦了', CHAT),
  chat('J-H03', '这个助手怎么用啊', CHAT),
  chat('J-H04', '好的好的', anyOf(CHAT, SAFE)),
  chat('J-H05', '@年报助手 你好呀', CHAT),
  chat('J-H06', '清除记录', CHAT),
  chat('J-H07', '多谢多谢', CHAT),
  chat('J-H08', '有什么功能', CHAT),
  chat('J-H09', 'OK 明白', anyOf(CHAT, SAFE)),

  traditional('J-T01', '淮安市2024年規章現行有效件數', ans([11])),
  traditional('J-T02', '龍崗區2022年屬於四類過程性信息的有幾件', ans([10])),
  traditional('J-T03', '沐陽縣2025年重複申請', ans([7], [6, 1])),
  traditional('J-T04', '南山區2020年政府集中採購總金額', ans([yuan(1708154000)], [2502])),
  traditional('J-T05', '洪澤區2023年收到多少申請', ans([21], [0])),
  traditional('J-T06', '淮安市2024年結轉下年度繼續辦理', ans([103])),
  traditional('J-T07', '龍崗區2022年行政許可和行政處罰加起來', ans([50492], [16103, 34389])),
  traditional('J-T08', '2024年哪個單位新收申請數最多', ans([3119], [95, ...HUAIAN_APPLICANTS], TWO_REPORTS)),
  traditional('J-T09', '沐陽縣2025年行政訴訟複議後起訴', ans([10], [8, 0, 1, 1])),
  traditional('J-T10', '洪澤區2024年部分公開佔辦結的比例', ans([pct(9.5)], [9, 95])),
  traditional('J-T11', '多謝，辛苦了', CHAT),
  traditional('J-T12', '龍華區數據局2020年行政許可', ans([0])),

  misspelling('J-M01', '红泽区2024年行政许可', anyOf(CLARIFY, ans([9487])), { note: '红 for 洪, the same sound' }),
  misspelling('J-M02', '南山区2020年予以公卡', anyOf(CLARIFY, ans([100], [93, 6, 1]))),
  misspelling('J-M03', '淮安市2024年行政复议尚未审洁', anyOf(CLARIFY, ans([37]))),
  misspelling('J-M04', '洪泽区2024年规范性文建现行有效', anyOf(CLARIFY, ans([8]))),
  misspelling('J-M05', '沐阳县2025年不与公开', anyOf(CLARIFY, ans([32], SHUYANG_DENIED))),
  misspelling('J-M06', '龙岗区2022年信息公开申情数', anyOf(CLARIFY, ans([552], LONGGANG_APPLICANTS))),
  misspelling('J-M07', '怀安市2024年行政处罚', anyOf(CLARIFY, ans([3985758])), {
    note: '怀安 for 淮安, the same sound (怀安县 in 河北 is a county, not a city)',
  }),
  misspelling('J-M08', '洪泽区2023年行政处发', anyOf(CLARIFY, ans([4119]))),
  misspelling('J-M09', '南山区2020年上年结砖', anyOf(CLARIFY, ans([6], [5, 1]))),
  misspelling('J-M10', '沐阳县2025年行政复义结果维持', anyOf(CLARIFY, ans([27]))),
  misspelling('J-M11', '龙岗区2022年另行制做', anyOf(CLARIFY, ans([2]))),
  misspelling('J-M12', '洪泽区2024年不掌握相关信急', anyOf(CLARIFY, ans([31]))),

  english(
    'J-E01',
    'How many information disclosure requests did Longgang district get in 2022?',
    ans([552], LONGGANG_APPLICANTS),
  ),
  english('J-E02', 'Huaian 2024 number of administrative reconsiderations still pending', ans([37])),
  english('J-E03', 'Shuyang county 2025 requests fully disclosed', ans([294], [290, 1, 0, 3])),
  english('J-E04', 'Hongze 2024 lawsuits filed directly without reconsideration', ans([1], [0])),
  english('J-E05', 'Nanshan 2020 administrative penalty decisions', ans([1767])),
  english('J-E06', 'What share of Huaian 2024 requests were from natural persons?', ans([pct(96.2)], [3001, 3119])),
  english('J-E07', 'Longgang 2022 normative documents currently valid', ans([136])),
  english('J-E08', 'Which 2024 report has more enforcement measures?', ans([88283], [84], TWO_REPORTS)),
  english('J-E09', 'thanks a lot!', CHAT),
  english('J-E10', 'Shuyang 2025 requests closed because applicants did not pay fees', ans([7])),
  english(
    'J-E11',
    'Difference between Huaian 2024 and Hongze 2024 licensing decisions',
    ans([diff(437741)], [447228, 9487]),
  ),
  english('J-E12', 'Who is the mayor of Huaian?', SAFE),
  english('J-E13', 'Longgang development and reform bureau 2020 procurement amount', ans([yuan(5246500)], [3])),
  english('J-E14', 'Nanshan 2020 requests carried over to next year', ans([33], [30, 3])),

  noData('J-D01', '淮安市政府2023年度依申请公开新收多少', NO_DATA, {
    note: 'the 2024 report names 34 carried over, not 2023’s figure',
  }),
  noData('J-D02', '沐阳县2024年行政处罚', NO_DATA),
  noData('J-D03', '南山区2021年予以公开', NO_DATA),
  noData('J-D04', '龙华数据局2022年的申请数', NO_DATA),
  noData('J-D05', '龙岗数据局2020年行政许可', NO_DATA),
  noData('J-D06', '洪泽区2022年的不予公开', NO_DATA),
  noData('J-D07', '福田区2022年信息公开申请数', SAFE),
  noData('J-D08', '清江浦区2024年行政复议', SAFE, { note: 'a district of 淮安 with no report held' }),
  noData('J-D09', '宿迁市2025年年报数据', SAFE, { note: '沐阳县 is in 宿迁; the city’s own report is not held' }),

  outOfScope('J-O01', '政府信息公开条例是哪年颁布的', SAFE),
  outOfScope('J-O02', '淮安市2024年年报的联系电话是多少', SAFE),
  outOfScope('J-O03', '帮忙写一份2025年政务公开工作总结', anyOf(SAFE, CHAT)),
  outOfScope('J-O04', '龙岗区2022年常住人口', SAFE),
  outOfScope('J-O05', '今天几号', anyOf(SAFE, CHAT)),
  outOfScope('J-O06', '南山区的区委书记是谁', SAFE),
  outOfScope('J-O07', '洪泽湖有多大', SAFE),
  outOfScope('J-O08', '沐阳县2025年一般公共预算收入', SAFE),
];

const turn = (question: string, expect: Expect, replyIn?: ReplyIn): Turn =>
  replyIn ? { question, expect, replyIn } : { question, expect };
const conversation = (id: string, turns: Conversation['turns']): Conversation => ({
  id,
  class: 'conversation',
  turns,
});

export const FIFTH_CONVERSATIONS: readonly Conversation[] = [
  conversation('J-V01', [
    turn('南山区2020年重复申请', ans([4], [2])),
    turn('那信访举报投诉类的呢', ans([1])),
    turn('两个一共', ans([5], [4, 1])),
    turn('前一年呢', SAFE),
  ]),
  conversation('J-V02', [
    turn('淮安市2024年政府信息公开行政复议共几件', ans([351], HUAIAN_REVIEW_PARTS)),
    turn('其中结果纠正的', ans([64])),
    turn('占复议总数的比例', ans([pct(18.2)], [64, 351])),
    turn('换洪泽区看看', anyOf(ans([pct(50)], [1, 2]), ans([1], [2]), CLARIFY)),
  ]),
  conversation('J-V03', [
    turn('沐阳县2025年行政处罚决定有多少', ans([693957])),
    turn('他们的行政强制呢', ans([2154])),
    turn('比处罚少多少', ans([diff(-691803)], [693957, 2154])),
  ]),
  conversation('J-V04', [
    turn('2024年各单位收到多少申请', ans([3119, 95], [...HUAIAN_APPLICANTS, 0, 3214], TWO_REPORTS)),
    turn('这两个加起来多少', ans([3214], [3119, 95])),
    turn('洪泽区的占多少', ans([pct(3.0)], [95, 3214])),
  ]),
  conversation('J-V05', [
    turn('龙岗区2022年规范性文件制发多少件', ans([46])),
    turn('废止的呢', ans([11])),
    turn('那现行有效的有多少', ans([136])),
    turn('重新开始', CHAT),
    turn('废止的呢', SAFE),
  ]),
  conversation('J-V06', [
    turn('洪泽区2023年本机关不掌握的有几件', ans([10])),
    turn('后一年呢', ans([31])),
    turn('涨了多少', ans([diff(21)], [10, 31, pct(210)])),
  ]),
  conversation('J-V07', [
    turn('2020年三个单位的行政许可决定各是多少', ans([8759, 12, 0], [], THREE_REPORTS)),
    turn('它们加起来', ans([8771], [8759, 12, 0])),
    turn('南山区占多少', ans([pct(99.9)], [8759, 8771])),
  ]),
  conversation('J-V08', [
    turn('Huaian 2024 how many requests were denied?', ans([178], HUAIAN_DENIED), 'en'),
    turn('and how many of those because of state secrets', ans([2]), 'en'),
    turn('what about Shuyang in 2025', anyOf(ans([0]), ans([32], SHUYANG_DENIED), CLARIFY), 'en'),
  ]),
  conversation('J-V09', [
    turn('龍崗區2022年不予公開多少', ans([30], LONGGANG_DENIED), 'hant'),
    turn('其中屬於三類內部事務信息的', ans([8], [5, 2, 1]), 'hant'),
    turn('佔比多少', ans([pct(26.7)], [8, 30]), 'hant'),
  ]),
  conversation('J-V10', [
    turn('沐阳县2025年不掌握相关信息的有多少', ans([111])),
    turn('这个占总计的多少', ans([pct(15.5)], [111, 718])),
    turn('换淮安市2024年看看', anyOf(ans([pct(25.2)], [769, 3050]), ans([769], [746, 12, 0, 10, 1]), CLARIFY)),
  ]),
  conversation('J-V11', [
    turn('龙华数据局2020年采购了几个项目', ans([9], [yuan(456880)])),
    turn('金额呢', ans([yuan(456880)], [9])),
    turn('平均每个多少钱', ans([ratio(50764.4)], [yuan(456880), 9])),
    turn('谢了', CHAT),
  ]),
  conversation('J-V12', [
    turn('淮安市2024年直接起诉的行政诉讼有多少', ans([26], [13, 4, 8, 1])),
    turn('那复议后再起诉的呢', ans([20], [12, 1, 6])),
    turn('这俩差几件', ans([diff(6)], [26, 20])),
    turn('它们的合计', ans([46], HUAIAN_LITIGATION_PARTS)),
  ]),
  conversation('J-V13', [
    turn(
      '2020年部门的报告有哪些',
      ans([], [2], { mustContain: ['发展和改革局', '龙华区'], mustNotContain: ['南山区'] }),
    ),
    turn('他们的予以公开加起来', ans([2], [0])),
    turn('南山区2020年的呢', ans([100], [93, 6, 1])),
  ]),
];
