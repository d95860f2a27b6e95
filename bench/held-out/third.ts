// A third held-out set (`npm run held-out -- --set third`), written on 2026-12-03 at 17:10 before that session's
// engine changes landed and kept untouched after: the first two sets have been measured often enough that fixes
// may fit them. Same store, same scoring (see the header of questions.ts). Phrasings, organs and figures chosen
// apart from the other two sets; applicants, results and lawsuits asked of other reports.
import type { Conversation, SingleQuestion } from './expect.js';
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

// Applicant columns a reply may list beside a count (自然人, 商业企业, …, 法人或其他组织 together).
const LONGGANG_APPLICANTS = [489, 51, 0, 8, 4, 63];
const NANSHAN_APPLICANTS = [236, 22, 0, 4, 26];
const HUAIAN_APPLICANTS = [3001, 118, 53, 0, 61, 4];
const SHUYANG_APPLICANTS = [705, 8, 3, 0, 5];
const LONGGANG_PROCESSED_PARTS = [473, 50, 0, 8, 4, 62];
// Result columns of table 四 (维持, 纠正, 其他, 尚未审结) and the two kinds of lawsuit.
const HUAIAN_REVIEW_PARTS = [72, 64, 178, 37];
const HONGZE_2024_REVIEW_PARTS = [1, 0];
const LONGGANG_REVIEW_PARTS = [7, 2, 1, 5];
const SHUYANG_REVIEW_PARTS = [27, 10, 9, 15];
const SHUYANG_LITIGATION_PARTS = [3, 10, 8, 0, 1];
const HUAIAN_LITIGATION_PARTS = [26, 20, 13, 4, 8, 1, 12, 6];
const LONGGANG_LITIGATION_PARTS = [32, 6, 19, 0, 2, 11, 4];
const NANSHAN_LITIGATION_PARTS = [2, 1, 0];
const HONGZE_2024_LITIGATION_PARTS = [1, 3, 0, 2];

export const THIRD_QUESTIONS: readonly SingleQuestion[] = [
  lookup('H-L01', '龙岗区人民政府2022年度政府信息公开申请受理了多少', ans([552], LONGGANG_APPLICANTS)),
  lookup('H-L02', '南山2020年依申请公开收到几件', ans([262], NANSHAN_APPLICANTS)),
  lookup('H-L03', '淮安市政府24年收到的信息公开申请有多少', ans([3119], HUAIAN_APPLICANTS)),
  lookup('H-L04', '沭阳县2025年收到多少申请', anyOf(ans([713], SHUYANG_APPLICANTS), CLARIFY)),
  lookup('H-L05', '洪泽2023年申请数', ans([21])),
  lookup('H-L06', '龙岗发改局2020年收到的政府信息公开申请', ans([4])),
  lookup('H-L07', '龙岗区数据局2021年有人申请信息公开吗', ans([0])),
  lookup('H-L08', '沐阳县政府2025年度信息公开申请收到多少件？', ans([713], SHUYANG_APPLICANTS)),
  lookup('H-L09', '请问一下，洪泽区24年收了多少信息公开申请呀', ans([95])),
  lookup('H-L10', '南山区政府2020年的申请量', ans([262], NANSHAN_APPLICANTS)),

  figure('H-F01', '龙岗区2022年予以公开多少件', ans([66], [63, 1, 0, 1, 2])),
  figure('H-F02', '淮安2024年部分公开的申请', ans([454], [447, 7, 0])),
  figure('H-F03', '沐阳县2025年不予公开总共有多少', ans([32], [0, 2, 2, 13, 2, 4, 9])),
  figure('H-F04', '南山区2020年无法提供的有几件', ans([52], [51, 1, 0])),
  figure('H-F05', '龙岗区2022年不予处理的申请', ans([0])),
  figure('H-F06', '淮安2024年不予处理的', ans([88], [62, 25, 0, 1])),
  figure('H-F07', '洪泽区2024年行政复议多少件', ans([2], HONGZE_2024_REVIEW_PARTS)),
  figure('H-F08', '沐阳县2025年行政诉讼', anyOf(ans([13], SHUYANG_LITIGATION_PARTS), ans([3, 10], [13, 8, 0, 1]))),
  figure('H-F09', '淮安2024年复议后起诉的行政诉讼', ans([20], [12, 1, 1, 6])),
  figure('H-F10', '龙岗区2022年行政复议结果被纠正的', ans([2])),
  figure('H-F11', '南山区2020年行政诉讼尚未审结的', ans([1], [0])),
  figure('H-F12', '沐阳县2025年复议维持了多少', ans([27])),
  figure('H-F13', '淮安市2024年行政许可决定多少件', ans([447228])),
  figure('H-F14', '沐阳县2025年行政处罚', ans([693957])),
  figure('H-F15', '龙岗区2022年行政强制决定数', ans([7749])),
  figure('H-F16', '洪泽区2023年行政事业性收费', ans([yuan(77302800)])),
  figure('H-F17', '沐阳县2025年收费金额', ans([yuan(40682080)])),
  figure('H-F18', '南山区2020年政府集中采购金额', ans([yuan(1708154000)])),
  figure('H-F19', '龙岗发改局2020年政府集中采购项目', ans([3])),
  figure('H-F20', '南山区2020年其他对外管理服务事项处理决定数', ans([199956])),
  figure('H-F21', '龙岗区2022年现行有效规范性文件', ans([136])),
  figure('H-F22', '淮安2024年新制发规章几件', ans([1])),
  figure('H-F23', '沐阳县2025年规范性文件废止了几件', ans([1])),
  figure('H-F24', '南山区2020年申请人是商业企业的', ans([22])),
  figure('H-F25', '沐阳县2025年法律服务机构申请几件', ans([5])),
  figure('H-F26', '龙岗区2022年其他申请人', anyOf(ans([4]), CLARIFY)),
  figure('H-F27', '淮安2024年因危及三安全一稳定不予公开的', ans([5])),
  figure('H-F28', '沐阳县2025年属于第三方合法权益不予公开', ans([2])),
  figure('H-F29', '南山区2020年信访举报投诉类申请不予处理', ans([1])),
  figure('H-F30', '淮安2024年申请人逾期未缴费', ans([6])),
  figure('H-F31', '洪泽区2024年本机关不掌握的', ans([31])),
  figure('H-F32', '淮安2024年没有现成信息需要另行制作的', ans([11])),
  figure('H-F33', '沐阳县2025年其他处理有多少', ans([159], [9, 7, 143, 158, 1])),
  figure('H-F34', '淮安2024年申请内容不明确的', ans([1])),
  figure('H-F35', '龙岗区2022年办结了多少申请', ans([535], LONGGANG_PROCESSED_PARTS)),

  notInTables('H-N01', '淮安市2024年主动公开政府信息多少条', SAFE),
  notInTables('H-N02', '龙岗区2022年政府网站发布信息多少条', SAFE),
  notInTables('H-N03', '南山区2020年答复申请的平均用时', SAFE),
  notInTables('H-N04', '洪泽区2024年信息公开专栏更新次数', SAFE),
  notInTables('H-N05', '沐阳县2025年因政府信息公开被问责的人数', SAFE),

  relativeYear('H-R01', '龙岗区2022年上年结转的申请', ans([10], [9, 1])),
  relativeYear('H-R02', '淮安2024年结转到下年的', ans([103])),
  relativeYear('H-R03', '南山区2020年行政处罚上一年项目数量', ans([2078])),
  relativeYear('H-R04', '龙岗发改局2020年行政许可本年增减', ans([-3])),
  relativeYear('H-R05', '洪泽区去年收到多少申请', anyOf(ans([95]), CLARIFY)),
  relativeYear('H-R06', '洪泽区2024年比上一年多收了多少申请', ans([diff(74)], [95, 21, pct(352.4)])),
  relativeYear('H-R07', '洪泽区2024年行政许可比2023年多了多少', ans([diff(8937)], [9487, 550, pct(1624.9)])),
  relativeYear('H-R08', '南山区2020年行政处罚决定比上一年多了还是少了', SAFE),

  arithmetic('H-A01', '淮安2024年新收加上年结转一共多少', ans([3153], [3119, 34])),
  arithmetic('H-A02', '沐阳县2025年予以公开和部分公开合计', ans([395], [294, 101])),
  arithmetic('H-A03', '龙岗区2022年新收申请比办结多多少', ans([diff(17)], [552, 535])),
  arithmetic('H-A04', '淮安2024年部分公开占收到申请的比例', ans([pct(14.6)], [454, 3119])),
  arithmetic(
    'H-A05',
    '淮安市2024年的行政复议是洪泽区2024年的多少倍',
    ans([ratio(175.5)], [351, 2, ...HUAIAN_REVIEW_PARTS, ...HONGZE_2024_REVIEW_PARTS]),
  ),
  arithmetic(
    'H-A06',
    '沐阳县2025年行政复议和行政诉讼一共多少件',
    ans([74], [61, 13, ...SHUYANG_REVIEW_PARTS, ...SHUYANG_LITIGATION_PARTS]),
  ),
  arithmetic(
    'H-A07',
    '南山区2020年予以公开占比',
    anyOf(ans([pct(38.2)], [100, 262]), ans([pct(42.6)], [100, 235]), CLARIFY),
  ),
  arithmetic(
    'H-A08',
    '龙岗区2022年和南山区2020年行政诉讼一共多少',
    ans([42], [38, 4, ...LONGGANG_LITIGATION_PARTS, ...NANSHAN_LITIGATION_PARTS]),
  ),

  crossed('H-X01', '淮安市2024年比沐阳县2025年多收多少申请', ans([diff(2406)], [3119, 713])),
  crossed('H-X02', '洪泽区2023年与龙岗区2022年行政复议各几件', ans([0, 15], [10, 1, ...LONGGANG_REVIEW_PARTS])),
  crossed(
    'H-X03',
    '沐阳县2025年行政诉讼比淮安2024年少多少',
    ans([diff(33)], [13, 46, ...SHUYANG_LITIGATION_PARTS, ...HUAIAN_LITIGATION_PARTS]),
  ),
  crossed('H-X04', '南山区2020年和洪泽区2024年收到申请分别是多少', ans([262, 95], [...NANSHAN_APPLICANTS, 0])),

  filter('H-P01', '深圳有几个部门的报告', ans([3])),
  filter('H-P02', '2024年有几份年报', ans([2])),
  filter(
    'H-P03',
    '有哪些市级政府的年报',
    ans([], [1], { mustContain: ['淮安市人民政府'], mustNotContain: ['南山区'] }),
  ),
  filter('H-P04', '龙岗区有几个单位的报告', ans([3])),
  filter('H-P05', '2020年深圳哪些单位有行政复议', ans([], [5, 1, 3], { mustContain: ['南山区'] })),

  ranking(
    'H-K01',
    '2024年哪个单位行政复议最多',
    ans([351], [2, ...HUAIAN_REVIEW_PARTS], { mustContain: ['淮安市人民政府'] }),
  ),
  ranking('H-K02', '2020年收到申请从多到少排一下', ans([262, 4, 1])),
  ranking('H-K03', '2024年行政处罚最少的是谁', ans([2776], [3985758], { mustContain: ['洪泽区'] })),
  ranking('H-K04', '2020年哪个部门收到申请最多', ans([4], [1], { mustContain: ['发展和改革局'] })),
  ranking('H-K05', '2022年行政诉讼最多的单位', ans([38], LONGGANG_LITIGATION_PARTS)),

  chat('H-H01', '早', CHAT),
  chat('H-H02', '多谢', CHAT),
  chat('H-H03', '你是谁', CHAT),
  chat('H-H04', '怎么用', CHAT),

  traditional('H-T01', '淮安市2024年予以公開多少件', ans([1362], [1288, 21, 0, 50, 3, 74])),
  traditional(
    'H-T02',
    '沐陽縣2025年行政訴訟多少件',
    anyOf(ans([13], SHUYANG_LITIGATION_PARTS), ans([3, 10], [13, 8, 0, 1])),
  ),
  traditional('H-T03', '龍崗區2022年無法提供的申請', ans([285], [283, 2, 0])),
  traditional('H-T04', '南山區2020年政府集中採購金額', ans([yuan(1708154000)])),
  traditional('H-T05', '洪澤區2023年收到幾件申請', ans([21])),
  traditional('H-T06', '2024年哪個單位收到的申請最多', ans([3119], [95])),

  misspelling('H-M01', '龙岗区2022年行政诉松多少', anyOf(CLARIFY, ans([38], LONGGANG_LITIGATION_PARTS))),
  misspelling('H-M02', '南山区2020年不予工开', anyOf(CLARIFY, ans([4], [0]))),
  misspelling('H-M03', '淮安市2024年部份公开', anyOf(CLARIFY, ans([454], [447, 7, 0]))),
  misspelling('H-M04', '洪泽区2024年收到多少申情', anyOf(CLARIFY, ans([95]))),
  misspelling('H-M05', '龙港区2022年收到多少申请', SAFE, { note: '龙港 is a real place (龙港市), not 龙岗区' }),

  english(
    'H-E01',
    'How many requests did Shuyang County receive in 2025?',
    anyOf(ans([713], SHUYANG_APPLICANTS), SAFE),
  ),
  english('H-E02', 'Huaian 2024 requests granted in full', ans([1362], [1288, 21, 0, 50, 3, 74])),
  english('H-E03', 'Nanshan 2020 lawsuits', anyOf(ans([4], NANSHAN_LITIGATION_PARTS), ans([2, 2], [1, 0, 4]))),
  english('H-E04', 'Longgang 2022 requests carried over to next year', ans([27], [25, 2, 0])),
  english('H-E05', 'How many administrative penalty decisions did Hongze make in 2024?', ans([2776])),
  english(
    'H-E06',
    'Which organ had the most administrative reconsideration cases in 2024?',
    ans([351], [2, ...HUAIAN_REVIEW_PARTS]),
  ),
  english('H-E07', 'Longgang 2022 applications from companies', ans([51])),
  english(
    'H-E08',
    'Is the Longgang development and reform bureau 2020 report consistent?',
    ans([], [4, 0, 1, 5, 3, 2]),
  ),

  noData('H-D01', '南山区2021年收到多少申请', NO_DATA),
  noData('H-D02', '淮安市2023年收到多少申请', NO_DATA),
  noData('H-D03', '罗湖区2022年行政复议', SAFE),
  noData('H-D04', '龙岗区2018年的报告', SAFE),

  outOfScope('H-O01', '淮安市2024年GDP', SAFE),
  outOfScope('H-O02', '今天天气怎么样', anyOf(SAFE, CHAT)),
  outOfScope('H-O03', '帮我写一份年报', anyOf(SAFE, CHAT)),
];

const turn = (question: string, expect: Expect, replyIn?: 'hant' | 'en') =>
  replyIn ? { question, expect, replyIn } : { question, expect };
const conversation = (id: string, turns: Conversation['turns']): Conversation => ({
  id,
  class: 'conversation',
  turns,
});

export const THIRD_CONVERSATIONS: readonly Conversation[] = [
  conversation('H-V01', [
    turn('沐阳县2025年收到多少申请', ans([713], SHUYANG_APPLICANTS)),
    turn('办结了多少', ans([718], [710, 3, 0, 5, 8])),
    turn('两者差多少', ans([diff(5)], [713, 718])),
  ]),
  conversation('H-V02', [
    turn('淮安市2024年行政复议多少', ans([351], HUAIAN_REVIEW_PARTS)),
    turn('那诉讼呢', anyOf(ans([46], HUAIAN_LITIGATION_PARTS), ans([26, 20], [46, 13, 4, 8, 1, 12, 6]))),
    turn('洪泽区呢', anyOf(ans([4], HONGZE_2024_LITIGATION_PARTS), ans([1, 3], [4, 0, 2]))),
  ]),
  conversation('H-V03', [turn('2020年哪个单位收到申请最多', ans([262], [4, 1])), turn('最少的呢', ans([1], [262, 4]))]),
  conversation('H-V04', [
    turn('龙岗区2022年收到多少申请', ans([552], LONGGANG_APPLICANTS)),
    turn('你有哪些报告', ans([], [8, 9], { mustContain: ['淮安市人民政府', '沐阳县'] })),
  ]),
  conversation('H-V05', [
    turn('南山区2020年行政复议', ans([5], [0])),
    turn('龙岗区2022年的呢', ans([15], LONGGANG_REVIEW_PARTS)),
    turn('重新开始', CHAT),
    turn('收到多少申请', SAFE),
  ]),
  conversation('H-V06', [
    turn('Hongze 2023 requests received', ans([21]), 'en'),
    turn('and in 2024?', ans([95]), 'en'),
    turn('what was the increase?', ans([diff(74)], [21, 95, pct(352.4)]), 'en'),
  ]),
  conversation('H-V07', [
    turn('淮安市2024年收到多少申請', ans([3119], HUAIAN_APPLICANTS), 'hant'),
    turn('予以公開呢', ans([1362], [1288, 21, 0, 50, 3, 74]), 'hant'),
  ]),
  conversation('H-V08', [
    turn('龙岗区2022年予以公开多少', ans([66], [63, 1, 0, 1, 2])),
    turn('部分公开呢', ans([36])),
    turn('加起来', ans([102], [66, 36])),
  ]),
];
