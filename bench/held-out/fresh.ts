// A second held-out set (`npm run held-out -- --set fresh`), written on 2026-12-03 before that day's engine
// changes and kept untouched after: the first set has been measured often enough that fixes may fit it. Same
// store, same scoring, same figures (see the header of questions.ts); new phrasings, organs crossed differently,
// and traps of each class.
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

const HUAIAN_REVIEW_PARTS = [72, 64, 178, 37];
const HUAIAN_LITIGATION_PARTS = [13, 4, 8, 1, 26, 12, 1, 6, 20];
const LONGGANG_DENIED = [1, 0, 7, 8, 10, 3];
const LONGGANG_LITIGATION_PARTS = [19, 0, 2, 11, 32, 4, 6];
const HONGZE_2024_LITIGATION_PARTS = [1, 0, 2, 3];
// The applicant types a reply may list beside a count of requests received (各 read as "each kind").
const HUAIAN_APPLICANTS = [3001, 118, 53, 0, 61, 4];
const SHUYANG_APPLICANTS = [705, 8, 3, 0, 5];

export const FRESH_QUESTIONS: readonly SingleQuestion[] = [
  lookup('N-L01', '龙岗区政府22年信息公开申请收了几件', ans([552])),
  lookup('N-L02', '请问南山区2020年度共收到政府信息公开申请多少件？', ans([262])),
  lookup('N-L03', '淮安市人民政府2024年新收申请', ans([3119])),
  lookup('N-L04', '洪泽区2023年新收了多少件', ans([21])),
  lookup('N-L05', '龙华区数据局2020年收到几个申请', ans([1])),
  lookup('N-L06', '龙岗区数据局2021年收到申请', ans([0])),
  lookup('N-L07', '淮安市本年新收政府信息公开申请数量', ans([3119])),
  lookup('N-L08', '2024年淮安市政府信息公开申请量', ans([3119])),
  lookup('N-L09', '沐阳县2025年收到了多少份信息公开申请', ans([713])),
  lookup('N-L10', '洪泽区人民政府2024年度新收申请件数', ans([95])),

  figure('N-F01', '龙岗区2022年不予公开的有几件', ans([30], LONGGANG_DENIED)),
  figure('N-F02', '南山区2020年部分公开多少件', ans([49])),
  figure('N-F03', '淮安2024年结转下年度继续办理的', ans([103])),
  figure('N-F04', '淮安市2024年行政复议总数', ans([351], HUAIAN_REVIEW_PARTS)),
  figure('N-F05', '淮安2024年未经复议直接起诉的行政诉讼有几件', ans([26], [13, 4, 8, 1])),
  figure('N-F06', '洪泽区2024年行政处罚决定数量', ans([2776])),
  figure('N-F07', '沐阳县2025年行政强制', ans([2154])),
  figure('N-F08', '龙岗区2022年行政许可处理决定数量', ans([16103])),
  figure('N-F09', '南山区2020年信息不存在的申请有多少', ans([51])),
  figure('N-F10', '淮安2024年申请人是法律服务机构的有几件', ans([61])),
  figure('N-F11', '龙岗区2022年商业企业申请了多少', ans([51])),
  figure('N-F12', '沐阳县2025年自然人申请数', ans([705])),
  figure('N-F13', '淮安市2024年因为重复申请不予处理的', ans([25])),
  figure('N-F14', '淮安市2024年申请人逾期不补正的', ans([71])),
  figure('N-F15', '洪泽区2024年复议结果纠正了几件', ans([1])),
  figure('N-F16', '淮安2024年行政复议结果维持的有多少', ans([72])),
  figure('N-F17', '淮安2024年复议尚未审结的', ans([37])),
  figure('N-F18', '淮安市2024年行政事业性收费金额', ans([yuan(961716000)])),
  figure('N-F19', '洪泽区2024年收费金额是多少', ans([yuan(75450000)])),
  figure('N-F20', '南山区2020年政府集中采购项目数量', ans([2502])),
  figure('N-F21', '龙岗发改局2020年集中采购金额', ans([yuan(5246500)])),
  figure('N-F22', '龙华数据局2020年政府集中采购总金额', ans([yuan(456880)])),
  figure('N-F23', '南山区2020年规范性文件现行有效件数', ans([8])),
  figure('N-F24', '淮安2024年规章现行有效多少件', ans([11])),
  figure('N-F25', '龙岗区2022年废止规范性文件几件', ans([11])),
  figure('N-F26', '沐阳县2025年制发了几件规范性文件', ans([6])),
  figure('N-F27', '淮安2024年以国家秘密为由不予公开的', ans([2])),
  figure('N-F28', '淮安2024年属于行政查询事项不予公开的', ans([105])),
  figure('N-F29', '淮安市2024年因过程性信息不予公开的', ans([12])),
  figure('N-F30', '龙岗区2022年属于内部事务信息不予公开的', ans([8])),
  figure('N-F31', '龙岗区2022年不予公开里属于行政执法案卷的', ans([3])),
  figure('N-F32', '淮安2024年要求确认或重新出具已获取信息的', ans([1])),
  figure('N-F33', '龙岗区2022年需要另行制作的有几件', ans([2])),
  figure('N-F34', '南山区2020年行政处罚处理决定数量', ans([1767])),
  figure(
    'N-F35',
    '龙岗区2022年行政诉讼总共多少件',
    anyOf(ans([38], LONGGANG_LITIGATION_PARTS), ans([32, 6], [38, 19, 0, 2, 11, 4])),
  ),
  figure('N-F36', '淮安2024年申请人为商业企业的', ans([53])),
  figure('N-F37', '沐阳县2025年办结总数', ans([718])),

  notInTables('N-N01', '龙岗区2022年依申请公开的平均办理时间', SAFE),
  notInTables('N-N02', '南山区2020年网站访问量是多少', SAFE),
  notInTables('N-N03', '淮安2024年政务微博发布多少条', SAFE),
  notInTables('N-N04', '洪泽区2024年信息公开工作人员有几人', SAFE),
  notInTables('N-N05', '龙岗区2022年召开了几场新闻发布会', SAFE),
  notInTables('N-N06', '沐阳县2025年政府信息公开培训多少人次', SAFE),

  relativeYear('N-R01', '南山区上年结转的申请有几件', ans([6])),
  relativeYear('N-R02', '沐阳县2025年从上年结转的', ans([36])),
  relativeYear('N-R03', '淮安2024年上一年结转过来多少件申请', ans([34])),
  relativeYear('N-R04', '南山区2020年行政许可上一年项目有多少', ans([220])),
  relativeYear('N-R05', '淮安市前年收到多少申请', anyOf(ans([3119]), NO_DATA, CLARIFY)),
  relativeYear('N-R06', '沐阳县2025年比上年多收了多少申请', SAFE),
  relativeYear('N-R07', '洪泽区2024年比2023年多收了多少件申请', ans([diff(74)], [95, 21, pct(352.4)])),
  relativeYear(
    'N-R08',
    '洪泽区2024年行政处罚比上一年增加还是减少了',
    ans([diff(-1343)], [2776, 4119, pct(-32.6), pct(32.6)]),
  ),
  relativeYear('N-R09', '龙岗区2022年结转到下一年的申请', ans([27])),

  arithmetic('N-A01', '龙岗区2022年新收和上年结转合计', ans([562], [552, 10])),
  arithmetic('N-A02', '淮安2024年予以公开和部分公开一共多少', ans([1816], [1362, 454])),
  arithmetic('N-A03', '南山区2020年予以公开比部分公开多几件', ans([diff(51)], [100, 49])),
  arithmetic('N-A04', '淮安市2024年收到的申请是洪泽区2024年的几倍', ans([ratio(32.83)], [3119, 95])),
  arithmetic('N-A05', '龙岗区2022年和南山区2020年收到申请加起来', ans([814], [552, 262])),
  arithmetic('N-A06', '沐阳县2025年新收比办结总数少了多少', ans([diff(-5)], [713, 718])),
  arithmetic('N-A07', '洪泽区2023年和2024年一共收到多少申请', ans([116], [21, 95])),

  crossed(
    'N-X01',
    '淮安市2024年和沐阳县2025年收到申请各多少',
    ans([3119, 713], [...HUAIAN_APPLICANTS, ...SHUYANG_APPLICANTS]),
  ),
  crossed('N-X02', '南山区2020年比龙岗区2022年少收多少申请', ans([diff(-290)], [262, 552])),
  crossed(
    'N-X03',
    '洪泽区2024年与淮安市2024年的行政复议数量对比',
    ans([2, 351], [1, 0, ...HUAIAN_REVIEW_PARTS, diff(349), ratio(175.5)]),
  ),

  filter('N-P01', '深圳的区政府2022年一共收到多少申请', ans([552])),
  filter(
    'N-P02',
    '深圳市有哪些部门的年报',
    ans([], [3], { mustContain: ['发展和改革局', '龙华区', '龙岗区政务服务数据管理局'] }),
  ),
  filter('N-P03', '2020年有几份报告', ans([3])),
  filter('N-P04', '库里一共有多少份年报', ans([9], [8])),
  filter('N-P05', '有几个区政府的报告', anyOf(ans([3], [4]), ans([4], [3]))),
  filter(
    'N-P06',
    '2024年哪些单位有行政诉讼',
    ans([], [46, 4, 26, 20, 1, 3, 2], { mustContain: ['淮安市人民政府', '洪泽区'] }),
  ),

  ranking('N-K01', '2020年哪个单位收到申请最多', ans([262], [4, 1], { mustContain: ['南山区'] })),
  ranking('N-K02', '2024年收到申请最少的单位', ans([95], [3119], { mustContain: ['洪泽区'] })),
  ranking('N-K03', '2020年几个单位的行政复议排名', ans([5, 0])),
  ranking(
    'N-K04',
    '2024年淮安市和洪泽区谁的行政处罚多',
    ans([3985758], [2776, diff(3982982), ratio(1435.8)], { mustContain: ['淮安市人民政府'] }),
  ),

  chat('N-H01', '你能回答什么问题', CHAT),
  chat('N-H02', '谢谢你', CHAT),
  chat('N-H03', 'hi', CHAT),
  chat('N-H04', '好的明白了', CHAT),

  traditional('N-T01', '南山區2020年部分公開多少件', ans([49])),
  traditional('N-T02', '淮安市2024年行政復議總數', ans([351], HUAIAN_REVIEW_PARTS)),
  traditional('N-T03', '龍崗區2022年不予公開屬於國家秘密的', ans([1])),
  traditional('N-T04', '沐陽縣2025年結轉下年度繼續辦理', ans([31])),
  traditional('N-T05', '洪澤區2024年行政處罰多少', ans([2776])),

  misspelling('N-M01', '淮按市2024年收到多少申请', anyOf(CLARIFY, ans([3119]))),
  misspelling('N-M02', '南山区2020年行政复义多少', anyOf(CLARIFY, ans([5], [0]))),
  misspelling('N-M03', '龙岗区2022年信息公开申清', anyOf(CLARIFY, ans([552]))),

  english('N-E01', 'How many information disclosure requests did Longgang receive in 2022?', ans([552])),
  english('N-E02', 'Nanshan 2020 partially disclosed', ans([49])),
  english('N-E03', 'Huaian 2024 administrative reconsideration cases', ans([351], HUAIAN_REVIEW_PARTS)),
  english(
    'N-E04',
    "How many lawsuits did Huai'an face in 2024",
    anyOf(ans([46], HUAIAN_LITIGATION_PARTS), ans([26, 20], [46, 13, 4, 8, 1, 12, 6])),
  ),
  english('N-E05', 'Which organ received the most requests in 2020?', ans([262], [4, 1])),
  english('N-E06', 'Hongze 2024 applications from natural persons', ans([95])),
  english('N-E07', 'Longgang 2022 requests where the information does not exist', ans([283])),

  noData('N-D01', '淮安市2023年行政复议多少', NO_DATA),
  noData('N-D02', '龙华数据局2021年收到多少申请', NO_DATA),
  noData('N-D03', '福田区2022年收到多少申请', SAFE),
  noData('N-D04', '洪泽区2019年的年报', NO_DATA),

  outOfScope('N-O01', '帮我查一下明天的航班', SAFE),
  outOfScope('N-O02', '淮安市2024年财政收入是多少', SAFE),
  outOfScope('N-O03', '龙岗区政务公开办公室电话', SAFE),
];

const turn = (question: string, expect: Expect, replyIn?: 'hant' | 'en') =>
  replyIn ? { question, expect, replyIn } : { question, expect };
const conversation = (id: string, turns: Conversation['turns']): Conversation => ({
  id,
  class: 'conversation',
  turns,
});

export const FRESH_CONVERSATIONS: readonly Conversation[] = [
  conversation('N-V01', [
    turn('淮安市2024年收到多少申请', ans([3119])),
    turn('洪泽区呢', ans([95])),
    turn('那行政复议呢', ans([2], [1, 0])),
    turn('淮安的呢', ans([351], HUAIAN_REVIEW_PARTS)),
  ]),
  conversation('N-V02', [
    turn('南山区2020年予以公开多少', ans([100])),
    turn('部分公开呢', ans([49])),
    turn('两个加起来多少', ans([149], [100, 49])),
  ]),
  conversation('N-V03', [
    turn('龙岗区2022年行政复议多少', ans([15], [7, 2, 1, 5])),
    turn('重新开始', CHAT),
    turn('那行政诉讼呢', SAFE),
  ]),
  conversation('N-V04', [
    turn('洪泽区2023年和2024年收到申请各多少', ans([21, 95], [0])),
    turn('增加了多少', ans([diff(74)], [21, 95, pct(352.4)])),
  ]),
  conversation('N-V05', [
    turn('2020年哪个单位收到申请最多', ans([262], [4, 1])),
    turn('它的行政诉讼有多少', anyOf(ans([4], [2, 1, 0]), ans([2], [1, 0, 4]))),
  ]),
  conversation('N-V06', [
    turn("How many requests did Huai'an receive in 2024?", ans([3119]), 'en'),
    turn('And Hongze?', ans([95]), 'en'),
  ]),
  conversation('N-V07', [
    turn('洪澤區2024年收到多少申請', ans([95]), 'hant'),
    turn('行政訴訟呢', anyOf(ans([4], HONGZE_2024_LITIGATION_PARTS), ans([1, 3], [4, 2, 0])), 'hant'),
  ]),
  conversation('N-V08', [
    turn('沐阳县2025年行政复议多少件', ans([61], [27, 10, 9, 15])),
    turn('其中维持的呢', ans([27])),
    turn('换成淮安市2024年', ans([72])),
  ]),
];
