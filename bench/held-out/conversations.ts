// The held-out conversations (issue 13): follow-ups that inherit an organ, a year or a figure, whole-store
// questions after a filtered one (they must not inherit the filter), 重新开始, Traditional and English threads.
// Each conversation runs in its own conversationId. Figures: see the table at the top of questions.ts.
import {
  ans,
  anyOf,
  CHAT,
  CLARIFY,
  type Conversation,
  diff,
  type Expect,
  NO_DATA,
  pct,
  type ReplyIn,
  SAFE,
  type Turn,
} from './expect.js';
import { ALL_ORGANS } from './questions.js';

const turn = (question: string, expect: Expect, replyIn?: ReplyIn): Turn =>
  replyIn ? { question, expect, replyIn } : { question, expect };
const conversation = (id: string, turns: readonly Turn[], note?: string): Conversation =>
  note ? { id, class: 'conversation', turns, note } : { id, class: 'conversation', turns };

/** Counts of reports and the cells the failing checks name (洪泽区 2023 表四, 龙岗发改局 and 龙华数据局 表三). */
const CHECK_FIGURES = [0, 1, 2, 4, 5, 9, 10, 11];

// A total across every organ of one year: any single year is right, a sum over years is not.
const PUNISHMENT_TOTAL_OF_ONE_YEAR = [
  ans([1767], [0]), // 2020
  ans([0]), // 2021
  ans([34389]), // 2022
  ans([4119]), // 2023
  ans([3988534], [3985758, 2776]), // 2024
  ans([693957]), // 2025
];
const APPLICATIONS_TOTAL_OF_ONE_YEAR = [
  ans([267], [262, 4, 1]),
  ans([0]),
  ans([552]),
  ans([21]),
  ans([3214], [3119, 95]),
  ans([713]),
];

export const CONVERSATIONS: readonly Conversation[] = [
  conversation('V01', [
    turn('龙岗2022收了多少申请', ans([552])),
    turn('南山区的呢', anyOf(NO_DATA, CLARIFY, ans([262]))),
    turn('换成2020年', ans([262])),
    turn('里面个人申请的有多少', ans([236])),
    turn('企业呢', ans([22])),
  ]),
  conversation('V02', [
    turn('淮安市2024年行政复议情况', ans([351], [72, 64, 178, 37])),
    turn('纠正了几件', ans([64])),
    turn('行政诉讼呢', ans([46], [26, 20, 25, 5, 9, 7, 13, 4, 8, 1, 12, 6])),
    turn('其中直接起诉的', ans([26], [13, 4, 8, 1])),
  ]),
  conversation('V03', [
    turn('洪泽区2024年收到多少申请', ans([95])),
    turn('2023年呢', ans([21])),
    turn('两年加起来', ans([116], [95, 21])),
    turn('增长了多少', ans([diff(74)], [95, 21, pct(352.4)])),
  ]),
  conversation(
    'V04',
    [
      turn('2020年南山区收到多少申请', ans([262])),
      turn('你有哪些报告？', ans([], [9, 8], { mustContain: ALL_ORGANS })),
      turn('全部单位2024年合计收到多少申请', ans([3214], [3119, 95])),
    ],
    'whole-store questions after a filtered one',
  ),
  conversation('V05', [
    turn('龙岗区2022年行政诉讼多少', ans([38], [32, 6, 23, 0, 2, 13, 19, 11, 4])),
    turn('重新开始', CHAT),
    turn('2020年呢', { status: 'safe', mustNotContain: ['龙岗区'] }),
  ]),
  conversation('V06', [
    turn('沐阳县2025年不予公开的有多少', ans([32], [0, 2, 13, 4, 9])),
    turn('其中内部事务信息', ans([13])),
    turn('过程性信息呢', ans([2])),
    turn('淮安市2024年呢', ans([12])),
  ]),
  conversation('V07', [
    turn('淮安市2024年收到多少申请', ans([3119])),
    turn('自然人占多少比例', ans([pct(96.2)], [3001, 3119])),
    turn('法律服务机构呢', anyOf(ans([pct(2.0)], [61, 3119]), ans([61]))),
  ]),
  conversation('V08', [
    turn('龙岗区2022年申请的办理结果', ans([535], [66, 36, 30, 285, 0, 118, 1, 7, 8, 10, 3, 283, 2, 116])),
    turn('不予公开的具体理由呢', ans([1, 7, 8, 10, 3], [30, 0])),
    turn('无法提供里面不掌握的', ans([283])),
  ]),
  conversation('V09', [
    turn('哪个单位2020年收到的申请最多', ans([262], [4, 1])),
    turn('最少的呢', ans([1], [262, 4])),
    turn('它的行政复议呢', ans([0])),
  ]),
  conversation(
    'V10',
    [
      turn('2024年淮安市行政处罚多少', ans([3985758])),
      turn('全部单位的行政处罚加起来', anyOf(...PUNISHMENT_TOTAL_OF_ONE_YEAR, CLARIFY)),
    ],
    'all organs: never the 淮安市 filter; one year only',
  ),
  conversation('V11', [
    turn('龙岗发改局2020年收到几件申请', ans([4])),
    turn('结转下年度的呢', ans([1])),
    turn('这份报告的数据对得上吗', anyOf(ans([], [0, 1, 2, 3, 4, 5], { mustContain: ['发展和改革局'] }), CLARIFY)),
  ]),
  conversation('V12', [
    turn('龍崗區2022年行政複議多少件', ans([15], [7, 2, 1, 5]), 'hant'),
    turn('那訴訟呢', ans([38], [32, 6, 23, 0, 2, 13, 19, 11, 4]), 'hant'),
    turn('謝謝', CHAT, 'hant'),
  ]),
  conversation('V13', [
    turn('How many requests did Nanshan get in 2020?', ans([262]), 'en'),
    turn('And how many were granted?', ans([100]), 'en'),
    turn('What about Longgang in 2022?', ans([66]), 'en'),
    turn('thanks', CHAT, 'en'),
  ]),
  conversation('V14', [
    turn('淮安市2024年逾期不补正的有多少', ans([71])),
    turn('逾期没交钱的呢', ans([6])),
    turn('第三项其他呢', anyOf(ans([110]), CLARIFY)),
  ]),
  conversation('V15', [
    turn('沐阳2025年行政复议有多少', ans([61], [27, 10, 9, 15])),
    turn('维持的', ans([27])),
    turn('尚未审结的', ans([15])),
    turn('上一年呢', SAFE),
  ]),
  conversation(
    'V16',
    [
      turn('南山区2020年行政许可处理决定多少', ans([8759])),
      turn('上一年项目数量呢', ans([220])),
      turn('本年增减是多少', anyOf(ans([-19]), ans([19]))),
    ],
    '上一年项目数量 is a column, not 2019',
  ),
  conversation('V17', [
    turn('2024年哪个单位收到的申请最多', ans([3119], [95])),
    turn('前年呢', anyOf(ans([552]), ans([21]))),
  ]),
  conversation(
    'V18',
    [turn('洪泽区2023年收到多少申请', ans([21])), turn('一共有多少份报告', ans([9], [8]))],
    'the whole store, not 洪泽区',
  ),
  conversation('V19', [
    turn('龙岗区政务服务数据管理局2021年收到多少申请', ans([0])),
    turn('它的规范性文件现行有效多少', ans([1])),
    turn('那龙岗区政府呢', anyOf(ans([136]), NO_DATA)),
  ]),
  conversation('V20', [
    turn('南山区和龙岗区的行政复议分别多少', ans([5, 15], [0, 7, 2, 1])),
    turn('加起来呢', anyOf(ans([20], [5, 15]), CLARIFY)),
  ]),
  conversation('V21', [
    turn('淮安市2024年规章制发了几件', ans([1])),
    turn('现行有效的', ans([11])),
    turn('规范性文件呢', anyOf(ans([66]), ans([8, 26, 66]))),
  ]),
  conversation('V22', [
    turn('2020年龙华数据局收到申请', ans([1])),
    turn('这个数据有问题吗', anyOf(ans([], [0, 1, 2, 3, 4, 5], { mustContain: ['龙华区'] }), CLARIFY)),
  ]),
  conversation('V23', [
    turn('帮助', CHAT),
    turn('龙岗区2022年行政处罚多少', ans([34389])),
    turn('行政强制呢', ans([7749])),
    turn('许可呢', ans([16103])),
  ]),
  conversation('V24', [
    turn('洪泽区2024年行政诉讼', ans([4], [1, 3, 2, 0])),
    turn('复议后起诉的有几件', ans([3], [2, 0, 1])),
    turn('那2023年的行政复议结果维持呢', ans([10])),
  ]),
  conversation('V25', [
    turn('淮安2024年新收申请', ans([3119])),
    turn('沐阳县2025年呢', ans([713])),
    turn('两者相差多少', ans([diff(2406)], [3119, 713])),
  ]),
  conversation('V26', [
    turn('龙岗区2022年上年结转多少', ans([10])),
    turn('结转下年度呢', ans([27])),
    turn('差了多少', ans([diff(17)], [27, 10])),
  ]),
  conversation('V27', [
    turn('有几份报告的数据不一致', ans([3], CHECK_FIGURES)),
    turn('洪泽区2023年的行政复议是多少', anyOf(ans([0], [10, 1, 11]), CLARIFY)),
    turn('你有哪些报告', ans([], [9, 8], { mustContain: ALL_ORGANS })),
  ]),
  conversation(
    'V28',
    [
      turn('洪泽区2023年收到多少申请', ans([21])),
      turn('全部单位合计收到多少申请', anyOf(...APPLICATIONS_TOTAL_OF_ONE_YEAR, CLARIFY)),
    ],
    'all organs after a 2023 question: no organ inherited, one year only',
  ),
];
