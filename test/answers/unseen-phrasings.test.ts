// Questions phrased the ways people ask in a chat group, none of them in questions.json or the other answer tests.
// Every expected value was read from the parsed sample reports (`npx nianbao parse data/reports/X.txt --json`).
// `values`: each must be among the facts; a single value must be the first fact. no_data and not_understood
// state no number at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, createEngine, type Engine } from '../../src/answers/index.js';
import type { Store } from '../../src/store/index.js';
import {
  expectAnswer as expectRow,
  LONGGANG,
  LONGGANG_DATA,
  LONGGANG_DRC,
  LONGHUA_DATA,
  listOnlyStore,
  NANSHAN,
  openSampleAnswerStore,
  type Row,
  variantOf,
} from './sample-store.js';

let store: Store;
let engine: Engine;
beforeAll(async () => {
  store = await openSampleAnswerStore();
  engine = createEngine({ store });
});
afterAll(async () => store.close());

/** The shared row check, on this file's engine. */
function expectAnswer(row: Row, conversationId?: string): Promise<Answer> {
  return expectRow(engine, row, conversationId);
}

const run = (rows: readonly Row[]): void => {
  it.each<Row>(rows)('%s', async (...row) => {
    await expectAnswer(row);
  });
};

describe('colloquial Chinese and word order', () => {
  run([
    ['2022年龙岗区收到多少申请', 'answered', [552], [LONGGANG]],
    ['龙岗2022收到多少申请', 'answered', [552], [LONGGANG]],
    ['龙岗2022年一共收到多少件申请', 'answered', [552], [LONGGANG]],
    ['22年龙岗收到几个申请', 'answered', [552], [LONGGANG]],
    ['龙岗区的2022年申请总数是多少', 'answered', [552], [LONGGANG]],
    ['龙岗区2022年依申请公开的数量', 'answered', [552], [LONGGANG]],
    ['2022年度龙岗区新收申请合计', 'answered', [552], [LONGGANG]],
    ['龙岗区二〇二二年度总共收到多少政府信息公开申请', 'answered', [552], [LONGGANG]],
    ['龙岗区2022年有没有行政诉讼', 'answered', [38], [LONGGANG]],
    ['龙岗区2022年行政诉讼是多少', 'answered', [38], [LONGGANG]],
    ['龙岗区2022年办理了多少申请', 'answered', [535], [LONGGANG]],
    ['龙岗区2022年答复了多少', 'answered', [535], [LONGGANG]],
    ['龙岗区2022年拒绝了多少申请', 'answered', [30], [LONGGANG]],
    ['龙岗区2022年不公开的有多少', 'answered', [30], [LONGGANG]],
    ['龙岗区2022年全部公开的有几件', 'answered', [66], [LONGGANG]],
    ['龙岗区2022年被起诉多少次', 'answered', [38], [LONGGANG]],
    ['龙岗区2022年当被告多少次', 'answered', [38], [LONGGANG]],
    ['龙岗区2022年被复议多少次', 'answered', [15], [LONGGANG]],
    ['南山区2020年申请情况怎么样', 'answered', [262, 236, 26, 22, 4], [NANSHAN]],
    ['龙岗区2022年行诉多少', 'answered', [38], [LONGGANG]],
    ['龙岗区2022年不予公开的理由有哪些', 'answered', [30, 1, 7, 8, 10, 3], [LONGGANG]],
    ['Longgang 2022年收到多少申请', 'answered', [552], [LONGGANG]],
    ['南山区政府前年收到的申请', 'answered', [262], [NANSHAN]],
    ['龙岗区2022年有多少申请被公开', 'answered', [66], [LONGGANG]],
    ['请问一下，龙岗区2022年一共收到了多少件政府信息公开申请呀？', 'answered', [552], [LONGGANG]],
    ['麻烦查一下南山区2020年的行政复议数量，谢谢！', 'answered', [5], [NANSHAN]],
    ['老师好，想问下龙岗区2022年行政诉讼有多少', 'answered', [38], [LONGGANG]],
    ['各位，南山区2020年不予公开是多少来着', 'answered', [4], [NANSHAN]],
    ['龙岗区2022年报告摘要', 'answered', [552, 535, 15, 38], [LONGGANG]],
    ['南山2020行政诉讼几宗', 'answered', [4], [NANSHAN]],
    ['龙岗22年行政复议', 'answered', [15], [LONGGANG]],
    ['龙岗区【2022年】收到申请数', 'answered', [552], [LONGGANG]],
    ['根据年报，龙岗区2022年一共受理了多少政府信息公开申请', 'answered', [552], [LONGGANG]],
    ['龙岗区2022年的年报里面，行政复议有多少件？', 'answered', [15], [LONGGANG]],
    ['介绍一下南山区2020年的年报', 'answered', [262, 235, 5, 4], [NANSHAN]],
  ]);
});

describe('organ forms', () => {
  run([
    ['深圳市龙岗区人民政府2022年新收申请总数是多少', 'answered', [552], [LONGGANG]],
    ['龙岗区人民政府22年收到几个申请', 'answered', [552], [LONGGANG]],
    ['龙岗区政府2022年收到申请数量', 'answered', [552], [LONGGANG]],
    ['龙岗2022年申请量', 'answered', [552], [LONGGANG]],
    ['龙岗区发改局2020年申请人构成', 'answered', [4, 4, 0], [LONGGANG_DRC]],
    ['龙岗发改2020年收到多少申请', 'answered', [4], [LONGGANG_DRC]],
    ['龙岗发改委2020年收到多少申请', 'answered', [4], [LONGGANG_DRC]],
    ['龙华数据局2020年政府集中采购金额', 'answered', [456880], [LONGHUA_DATA]],
    ['龙华区政务服务数据管理局2020年采购了几个项目', 'answered', [9], [LONGHUA_DATA]],
    ['龙华区政数局2020年政府集中采购项目数', 'answered', [9], [LONGHUA_DATA]],
    ['龙岗数据局2021年规范性文件制发多少', 'answered', [1], [LONGGANG_DATA]],
    ['南山2020年申请数', 'answered', [262], [NANSHAN]],
    ['龙岗区政务服务和数据管理局2021年收到多少申请', 'answered', [0], [LONGGANG_DATA]],
    ['龙岗区发展改革局2020年收到多少申请', 'answered', [4], [LONGGANG_DRC]],
    ['龙岗区2020年发改局收到多少申请', 'answered', [4], [LONGGANG_DRC]],
    ['龙岗区数据局和发改局分别收到多少申请', 'answered', [0, 4], [LONGGANG_DATA, LONGGANG_DRC]],
    ['龙岗区和龙华区的数据局分别收到多少申请', 'answered', [0, 1], [LONGGANG_DATA, LONGHUA_DATA]],
    ['龙岗、龙华数据局收到多少申请', 'answered', [0, 1], [LONGGANG_DATA, LONGHUA_DATA]],
    ['南山区和龙岗区发改局分别收到多少申请', 'answered', [262, 4], [NANSHAN, LONGGANG_DRC]],
    ['Longgang Development and Reform Commission applications', 'answered', [4], [LONGGANG_DRC]],
  ]);
});

describe('every row of table 三', () => {
  run([
    ['龙岗区2022年上年结转多少', 'answered', [10], [LONGGANG]],
    ['龙岗区2022年部分公开的申请数', 'answered', [36], [LONGGANG]],
    ['龙岗区2022年属于国家秘密的有几件', 'answered', [1], [LONGGANG]],
    ['龙岗区2022年第三方的多少', 'answered', [7], [LONGGANG]],
    ['龙岗区2022年内部事务信息多少', 'answered', [8], [LONGGANG]],
    ['龙岗区2022年过程性信息不予公开多少', 'answered', [10], [LONGGANG]],
    ['龙岗区2022年行政执法案卷多少', 'answered', [3], [LONGGANG]],
    ['龙岗区2022年行政查询事项多少', 'answered', [1], [LONGGANG]],
    ['龙岗区2022年三安全一稳定多少', 'answered', [0], [LONGGANG]],
    ['龙岗区2022年信息不存在的多少', 'answered', [283], [LONGGANG]],
    ['龙岗区2022年需要另行制作的有几件', 'answered', [2], [LONGGANG]],
    ['龙岗区2022年补正后申请内容仍不明确的有几件', 'answered', [0], [LONGGANG]],
    ['南山区2020年信访举报投诉类多少', 'answered', [1], [NANSHAN]],
    ['南山区2020年重复申请几件', 'answered', [4], [NANSHAN]],
    ['龙岗区2022年出版物多少', 'answered', [0], [LONGGANG]],
    ['龙岗区2022年逾期不补正多少', 'answered', [2], [LONGGANG]],
    ['龙岗区2022年其他处理多少', 'answered', [118], [LONGGANG]],
    ['龙岗区2022年结转下年度多少', 'answered', [27], [LONGGANG]],
    ['南山区2020年结转到下年的申请', 'answered', [33], [NANSHAN]],
  ]);
});

describe('every applicant column of table 三', () => {
  run([
    ['龙岗区2022年自然人申请多少', 'answered', [489], [LONGGANG]],
    ['龙岗区2022年个人申请了几件', 'answered', [489], [LONGGANG]],
    ['南山区2020年商业企业申请多少', 'answered', [22], [NANSHAN]],
    ['南山区2020年企业申请了多少件', 'answered', [22], [NANSHAN]],
    ['龙岗区2022年科研机构申请了多少', 'answered', [0], [LONGGANG]],
    ['龙岗区2022年社会公益组织申请多少', 'answered', [0], [LONGGANG]],
    ['龙岗区2022年法律服务机构申请多少', 'answered', [8], [LONGGANG]],
    ['龙岗区2022年其他类型的申请人提交了多少申请', 'answered', [4], [LONGGANG]],
    ['南山区2020年法人或其他组织申请多少', 'answered', [26], [NANSHAN]],
    ['龙岗区2022年予以公开中自然人多少', 'answered', [63], [LONGGANG]],
    ['南山区2020年重复申请中商业企业几件', 'answered', [2], [NANSHAN]],
    ['帮我查查南山区2020年的申请人里企业有多少', 'answered', [22], [NANSHAN]],
    ['南山区2020年申请人中自然人多少', 'answered', [236], [NANSHAN]],
    ['南山区2020年，在收到的申请中，自然人提出的有几件', 'answered', [236], [NANSHAN]],
    ['龙岗区2022年办理结果中予以公开多少', 'answered', [66], [LONGGANG]],
    ['龙岗区2022年行政复议结果中纠正了几件', 'answered', [2], [LONGGANG]],
  ]);
});

describe('table 四', () => {
  run([
    ['龙岗区2022年行政复议维持多少', 'answered', [7], [LONGGANG]],
    ['龙岗区2022年行政复议被纠正几件', 'answered', [2], [LONGGANG]],
    ['龙岗区2022年行政复议其他结果多少', 'answered', [1], [LONGGANG]],
    ['龙岗区2022年行政复议尚未审结多少', 'answered', [5], [LONGGANG]],
    ['龙岗区2022年直接起诉多少', 'answered', [32], [LONGGANG]],
    ['龙岗区2022年复议后起诉多少', 'answered', [6], [LONGGANG]],
    ['龙岗区2022年行政诉讼维持了多少', 'answered', [23], [LONGGANG]],
    ['龙岗区2022年行政诉讼败诉多少', 'answered', [0], [LONGGANG]],
    ['南山区2020年行政诉讼还没审结的有几件', 'answered', [1], [NANSHAN]],
    ['龙岗区2022年直接起诉的结果维持多少', 'answered', [19], [LONGGANG]],
    ['龙岗区2022年行政复议和行政诉讼分别是多少', 'answered', [15, 38], [LONGGANG]],
  ]);
});

describe('table 二 in both templates', () => {
  run([
    ['龙岗区2022年规章制发多少', 'answered', [0], [LONGGANG]],
    ['龙岗区2022年规范性文件制发多少件', 'answered', [46], [LONGGANG]],
    ['龙岗区2022年出台了多少规范性文件', 'answered', [46], [LONGGANG]],
    ['龙岗区2022年规范性文件废止多少', 'answered', [11], [LONGGANG]],
    ['龙岗区2022年规范性文件现行有效多少', 'answered', [136], [LONGGANG]],
    ['南山区2020年规范性文件新制作多少', 'answered', [8], [NANSHAN]],
    ['南山区2020年规范性文件新公开多少', 'answered', [8], [NANSHAN]],
    ['龙岗区发改局2020年规范性文件', 'answered', [1, 1, 1], [LONGGANG_DRC]],
    ['龙岗区2022年行政许可决定多少', 'answered', [16103], [LONGGANG]],
    ['龙岗区2022年行政处罚决定多少', 'answered', [34389], [LONGGANG]],
    ['南山区2020年行政强制多少', 'answered', [159], [NANSHAN]],
    ['南山区2020年其他对外管理服务事项多少', 'answered', [199956], [NANSHAN]],
    ['龙岗区2022年收费金额', 'answered', [22293.4], [LONGGANG]],
    ['龙岗区2022年收了多少钱', 'answered', [22293.4], [LONGGANG]],
    ['南山区2020年收费项目数', 'answered', [14], [NANSHAN]],
    ['南山区2020年政府集中采购项目数', 'answered', [2502], [NANSHAN]],
    ['南山区2020年采购项目多少个', 'answered', [2502], [NANSHAN]],
    ['南山区2020年采购了多少钱', 'answered', [1708154000], [NANSHAN]],
    ['龙岗发改局2020年政府集中采购金额', 'answered', [5246500], [LONGGANG_DRC]],
  ]);
});

describe('rankings, lists, comparisons, shares, changes', () => {
  run([
    ['2020年哪个单位收到申请最多', 'answered', [262], [NANSHAN]],
    ['2020年收到申请最少的是哪个单位', 'answered', [1], [LONGHUA_DATA]],
    ['2020年收到申请前两名', 'answered', [262, 4], [NANSHAN, LONGGANG_DRC]],
    ['2020年申请数排名', 'answered', [262, 4, 1], [NANSHAN]],
    ['2020年政府集中采购金额最多的是哪个单位', 'answered', [1708154000], [NANSHAN]],
    ['哪个单位的行政处罚最多', 'answered', [34389], [LONGGANG]],
    ['哪个区行政诉讼最多', 'answered', [38], [LONGGANG]],
    ['哪些单位行政诉讼不为零', 'answered', [38, 4], [LONGGANG, NANSHAN]],
    ['哪些单位有行政复议', 'answered', [15, 5], [LONGGANG, NANSHAN]],
    ['哪些单位有政府集中采购', 'answered', [2502, 9, 3], [NANSHAN, LONGHUA_DATA, LONGGANG_DRC]],
    ['比较龙岗区和南山区的申请数', 'answered', [552, 262], [LONGGANG, NANSHAN]],
    ['龙岗区和南山区分别收到多少申请', 'answered', [552, 262], [LONGGANG, NANSHAN]],
    ['龙岗区2022年自然人占比', 'answered', [489, 552, 88.6], [LONGGANG]],
    ['南山区2020年自然人申请占百分之几', 'answered', [236, 262, 90.1], [NANSHAN]],
    ['南山区2020年商业企业占比', 'answered', [22, 262, 8.4], [NANSHAN]],
    ['龙岗区2022年不予公开占多少比例', 'answered', [30, 535, 5.6], [LONGGANG]],
    ['龙岗区2022年复议纠错率', 'answered', [2, 15, 13.3], [LONGGANG]],
    ['龙岗区2022年申请比2021年增加了多少', 'no_data', [], [LONGGANG]],
    ['南山区2020年受理的申请中予以公开的比例', 'answered', [100, 262, 38.2], [NANSHAN]],
    ['南山区2020年予以公开占收到申请的比例', 'answered', [100, 262, 38.2], [NANSHAN]],
    ['龙岗区2022年行政诉讼中直接起诉占比', 'answered', [32, 38, 84.2], [LONGGANG]],
    ['龙岗区2022年予以公开和部分公开的比例', 'answered', [66, 535, 12.3, 36, 6.7], [LONGGANG]],
    ['龙岗区所有部门收到的申请', 'answered', [4, 0], [LONGGANG_DRC, LONGGANG_DATA]],
    ['龙岗区和南山区的行政诉讼对比', 'answered', [38, 4], [LONGGANG, NANSHAN]],
    ['Longgang vs Nanshan lawsuits', 'answered', [38, 4], [LONGGANG, NANSHAN]],
    ['Compare Longgang and Nanshan applications', 'answered', [552, 262], [LONGGANG, NANSHAN]],
    ['龙岗区2022年收到的申请比南山区2020年多多少', 'answered', [552, 262], [LONGGANG, NANSHAN]],
    ['南山区2020年收到的依申请公开数量是否比龙岗区2022年多', 'answered', [262, 552], [LONGGANG, NANSHAN]],
    ['List the organs with administrative reconsideration', 'answered', [15, 5], [LONGGANG, NANSHAN]],
    ['2020年申请数排第几', 'answered', [262, 4, 1], [NANSHAN, LONGGANG_DRC, LONGHUA_DATA]],
    ['区政府收到多少申请', 'answered', [552, 262], [LONGGANG, NANSHAN]],
    ['收到申请最少的两个单位', 'answered', [0, 1], [LONGGANG_DATA, LONGHUA_DATA]],
    ['行政诉讼第二多的是哪个单位', 'answered', [38, 4], [LONGGANG, NANSHAN]],
    ['the bottom 2 agencies by applications in 2020', 'answered', [1, 4], [LONGHUA_DATA, LONGGANG_DRC]],
    ['Which organs received no applications?', 'answered', [0], [LONGGANG_DATA]],
    ['Which agencies had no lawsuits in 2020?', 'answered', [0, 0], [LONGGANG_DRC, LONGHUA_DATA]],
    ['哪些单位行政复议为零', 'answered', [0, 0, 0], [LONGGANG_DATA, LONGGANG_DRC, LONGHUA_DATA]],
  ]);

  it.each<readonly [string, number, string, string]>([
    ['南山区2020年申请数排第几', 262, NANSHAN, '在 3 份报告中从多到少排第 1 位'],
    ['2020年南山区的申请数在所有单位中排第几', 262, NANSHAN, '在 3 份报告中从多到少排第 1 位'],
    ['龙岗发改局2020年收到申请排名第几', 4, LONGGANG_DRC, '在 3 份报告中从多到少排第 2 位'],
    ['龙岗区行政诉讼排第几', 38, LONGGANG, '在 5 份报告中从多到少排第 1 位'],
    ['Where does Nanshan rank by applications in 2020?', 262, NANSHAN, 'ranked 1 of 3 reports'],
  ])('places a named organ in the ranking: %s', async (question, value, organ, place) => {
    const answer = await expectAnswer([question, 'answered', [value], [organ]]);
    expect(answer.answer).toContain(place);
  });

  run([]);
});

describe('Traditional characters and English', () => {
  run([
    ['龍崗區2022年收到多少政府資訊公開申請？', 'answered', [552], [LONGGANG]],
    ['南山區2020年行政訴訟多少件', 'answered', [4], [NANSHAN]],
    ['龍崗區2022年行政復議情況', 'answered', [15, 7, 2, 1, 5], [LONGGANG]],
    ['哪個單位2020年收到的申請最多', 'answered', [262], [NANSHAN]],
    ['How many requests did Longgang get in 2022?', 'answered', [552], [LONGGANG]],
    ['Which organ had the most applications in 2020?', 'answered', [262], [NANSHAN]],
    ['Which agency received the fewest requests in 2020?', 'answered', [1], [LONGHUA_DATA]],
    ['How many lawsuits did Longgang have in 2022?', 'answered', [38], [LONGGANG]],
    ['How many administrative reconsideration cases did Nanshan have in 2020?', 'answered', [5], [NANSHAN]],
    ['How many requests were denied by Longgang in 2022?', 'answered', [30], [LONGGANG]],
    ['How many requests were granted by Nanshan in 2020?', 'answered', [100], [NANSHAN]],
    ['How many applications from natural persons did Longgang receive in 2022?', 'answered', [489], [LONGGANG]],
    ['How many applications from businesses did Nanshan get in 2020?', 'answered', [22], [NANSHAN]],
    ['Longgang 2022 litigation?', 'answered', [38], [LONGGANG]],
    ['Which agencies had litigation in 2020?', 'answered', [4], [NANSHAN]],
    ['Longhua data bureau procurement amount 2020', 'answered', [456880], [LONGHUA_DATA]],
    ['How many administrative penalty decisions did Nanshan make in 2020?', 'answered', [1767], [NANSHAN]],
    ['How many applications did Longgang process in 2022?', 'answered', [535], [LONGGANG]],
    [
      'How many requests were refused by Nanshan in 2020 because the information did not exist?',
      'answered',
      [4, 51],
      [NANSHAN],
    ],
    ['How many lawsuits were filed directly against Longgang in 2022?', 'answered', [32], [LONGGANG]],
    ['How many regulations did Longgang issue in 2022?', 'answered', [0], [LONGGANG]],
    ['Is the Longhua data bureau report consistent?', 'answered', [], [LONGHUA_DATA]],
    ['龍崗區2022年行政處罰決定數', 'answered', [34389], [LONGGANG]],
    ['南山區2020年政府集中採購項目數量', 'answered', [2502], [NANSHAN]],
    ['龍華區數據局2020年收到幾件申請', 'answered', [1], [LONGHUA_DATA]],
    ['龍崗區2022年自然人申請佔比', 'answered', [489, 552, 88.6], [LONGGANG]],
  ]);
});

describe('punctuation, spaces, particles, emoji and @mentions', () => {
  run([
    ['@年报助手 龙岗区2022年收到多少申请', 'answered', [552], [LONGGANG]],
    ['@年报助手\u2005南山区2020年行政诉讼多少？', 'answered', [4], [NANSHAN]],
    ['@年报助手，龙岗区2022年收到多少申请', 'answered', [552], [LONGGANG]],
    ['@年报助手: 南山区2020年行政诉讼', 'answered', [4], [NANSHAN]],
    ['龙岗区2022年收到多少申请 @年报助手', 'answered', [552], [LONGGANG]],
    ['龙岗区2022年收到多少申请？😀', 'answered', [552], [LONGGANG]],
    ['龙岗区2022年收到多少申请啊', 'answered', [552], [LONGGANG]],
    ['南山区2020年行政复议多少呢', 'answered', [5], [NANSHAN]],
    ['南山区2020年有行政诉讼吗', 'answered', [4], [NANSHAN]],
    ['龙岗区 2022 年 收到 多少 申请', 'answered', [552], [LONGGANG]],
    ['龙岗区2022年收到多少申请？？', 'answered', [552], [LONGGANG]],
    ['龙岗区2022年收到多少申请!!!', 'answered', [552], [LONGGANG]],
    ['  南山区２０２０年部分公开多少件  ', 'answered', [49], [NANSHAN]],
    ['龙岗区2022年收到多少申请[微笑]', 'answered', [552], [LONGGANG]],
    ['龙岗区[捂脸]', 'answered', [552, 535, 15, 38], [LONGGANG]],
    ['nanshan2020 applications', 'answered', [262], [NANSHAN]],
    ['HOW MANY LAWSUITS DID NANSHAN HAVE IN 2020', 'answered', [4], [NANSHAN]],
    ['Longgang,2022,applications', 'answered', [552], [LONGGANG]],
    ['龍崗區2022年收到多少申請？謝謝', 'answered', [552], [LONGGANG]],
    ['哪些單位沒有行政訴訟', 'answered', [0, 0, 0], [LONGGANG_DATA, LONGGANG_DRC, LONGHUA_DATA]],
    ['龍崗區2022年的人口有多少', 'not_understood', [], []],
  ]);
});

describe('out of scope: not_understood, never a number', () => {
  run([
    ['今天天气怎么样', 'not_understood', [], []],
    ['你好', 'not_understood', [], []],
    ['帮我写一首诗', 'not_understood', [], []],
    ['深圳的GDP是多少', 'not_understood', [], []],
    ['龙岗区的人口有多少', 'not_understood', [], []],
    ['龙岗区2022年的GDP', 'not_understood', [], []],
    ['龙岗区2022年财政收入多少', 'not_understood', [], []],
    ['南山区有多少人口', 'not_understood', [], []],
    ['2022年龙岗区天气', 'not_understood', [], []],
    ['哪些单位GDP最高', 'not_understood', [], []],
    ['What is the population of Longgang?', 'not_understood', [], []],
    ['What is the weather in Shenzhen?', 'not_understood', [], []],
    ['龙岗区2022年依申请公开的平均答复时间', 'not_understood', [], []],
    ['龙岗区2022年答复期限内办结率', 'not_understood', [], []],
    ['龙岗区2022年政务微博发布多少条', 'not_understood', [], []],
    ['南山区2020年政府网站发布信息数', 'not_understood', [], []],
    ['What was the average response time in Longgang in 2022?', 'not_understood', [], []],
    ['@年报助手', 'not_understood', [], []],
    ['？', 'not_understood', [], []],
    ['2022年', 'not_understood', [], []],
  ]);
});

describe('organs and years not in the store: no_data, never a number', () => {
  run([
    ['福田区2022年收到多少申请', 'no_data', [], []],
    ['龙岗区教育局2022年收到多少申请', 'no_data', [], [LONGGANG_DRC]],
    ['龙岗区住建局2022年收到多少申请', 'no_data', [], []],
    ['北京市海淀区人民政府2022年收到多少申请', 'no_data', [], []],
    ['龙岗区委2022年收到多少申请', 'no_data', [], []],
    ['龙岗区人民政府办公室2022年收到多少申请', 'no_data', [], []],
    ['龙岗区龙城街道办事处2022年收到多少申请', 'no_data', [], []],
    ['龙华区政府2020年收到多少申请', 'no_data', [], [LONGHUA_DATA]],
    ['龙岗区2022年教育局行政诉讼多少', 'no_data', [], []],
    ['南山区2020年住建局收到申请', 'no_data', [], []],
    ['深圳市人民政府2022年收到多少申请', 'no_data', [], []],
    ['How many lawsuits did Futian District have in 2021?', 'no_data', [], []],
    ['How many applications did Longgang receive in 2030?', 'no_data', [], [LONGGANG]],
    ['龙岗发改局2022年收到多少申请', 'no_data', [], [LONGGANG_DRC]],
    ['龙岗区2022年因为政府信息公开被行政复议多少次', 'answered', [15], [LONGGANG]],
    ['广州市2022年行政诉讼多少', 'no_data', [], []],
    ['龙岗区2019年收到多少申请', 'no_data', [], [LONGGANG]],
    ['龙岗区2025年收到多少申请', 'no_data', [], [LONGGANG]],
    ['南山区2021年行政诉讼多少', 'no_data', [], [NANSHAN]],
    ['How many applications did Futian receive in 2022?', 'no_data', [], []],
    ['How many applications did Longgang receive in 2019?', 'no_data', [], [LONGGANG]],
  ]);

  it.each([
    ['北京市海淀区人民政府2022年收到多少申请', '北京市海淀区人民政府'],
    ['北京市海淀区2022年收到多少申请', '北京市海淀区'],
    ['龙岗区龙城街道办事处2022年收到多少申请', '龙岗区龙城街道办事处'],
    ['龙岗区人民政府办公室2022年收到多少申请', '龙岗区人民政府办公室'],
  ])('names the whole unknown organ, not a piece of it: %s', async (question, name) => {
    const answer = await expectAnswer([question, 'no_data', [], []]);
    expect(answer.answer).toContain(`“${name}”`);
  });
});

describe('the data itself', () => {
  run([
    ['有哪些单位的数据', 'answered', [], [LONGGANG, NANSHAN, LONGGANG_DRC, LONGGANG_DATA, LONGHUA_DATA]],
    ['现有哪些年份的报告', 'answered', [], [LONGGANG, NANSHAN]],
    ['龙华数据局的报告有什么问题', 'answered', [], [LONGHUA_DATA]],
    ['哪些报告数据对不上', 'answered', [], [LONGGANG_DRC, LONGHUA_DATA]],
    ['龙华数据局2020年数据是否一致', 'answered', [], [LONGHUA_DATA]],
  ]);
});

describe('follow-ups in one conversation', () => {
  async function converse(id: string, turns: readonly Row[]): Promise<void> {
    for (const turn of turns) await expectAnswer(turn, `unseen-${id}`);
  }

  it('changes organ, year and column in turn', async () => {
    await converse('a', [
      ['龙岗区2022年收到多少申请', 'answered', [552], [LONGGANG]],
      ['南山呢', 'no_data', [], [NANSHAN]],
      ['2020年的呢？', 'answered', [262], [NANSHAN]],
      ['其中自然人呢', 'answered', [236], [NANSHAN]],
      ['商业企业呢', 'answered', [22], [NANSHAN]],
    ]);
  });

  it('keeps the organ and year when only the figure changes', async () => {
    await converse('b', [
      ['南山区2020年行政复议多少', 'answered', [5], [NANSHAN]],
      ['那龙岗区2022年呢', 'answered', [15], [LONGGANG]],
      ['行政诉讼呢？', 'answered', [38], [LONGGANG]],
      ['维持了几件', 'answered', [23], [LONGGANG]],
    ]);
    const answer = await engine.answer('直接起诉的呢', { conversationId: 'unseen-b' });
    expect(answer.answer).not.toContain('未指定年份');
  });

  it('answers "which one?" with a region written as a short name', async () => {
    await converse('c', [
      ['数据局2021年收到多少申请', 'clarify', [], [LONGGANG_DATA, LONGHUA_DATA]],
      ['龙岗的', 'answered', [0], [LONGGANG_DATA]],
    ]);
  });

  it('follows a ranking with its opposite and another year', async () => {
    await converse('d', [
      ['哪个单位收到申请最多', 'answered', [552], [LONGGANG]],
      ['最少呢', 'answered', [0], [LONGGANG_DATA]],
      ['2020年呢', 'answered', [1], [LONGHUA_DATA]],
    ]);
  });

  it('asks for the place of the figure just given, then of another organ', async () => {
    await converse('g', [
      ['南山区2020年收到多少申请', 'answered', [262], [NANSHAN]],
      ['排第几？', 'answered', [262], [NANSHAN]],
      ['龙岗发改局呢', 'answered', [4], [LONGGANG_DRC]],
    ]);
    const answer = await engine.answer('龙华数据局呢', { conversationId: 'unseen-g' });
    expect(answer.answer).toContain('排第 3 位');
  });

  it('swaps only the figure of a ranking or a list, keeping its year', async () => {
    await converse('h', [
      ['2020年哪个单位收到申请最多', 'answered', [262], [NANSHAN]],
      ['前三名呢', 'answered', [262, 4, 1], [NANSHAN, LONGGANG_DRC, LONGHUA_DATA]],
      ['行政诉讼呢', 'answered', [4, 0, 0], [NANSHAN]],
    ]);
    await converse('i', [
      ['哪些单位有行政诉讼', 'answered', [38, 4], [LONGGANG, NANSHAN]],
      ['2020年呢', 'answered', [4], [NANSHAN]],
      ['行政复议呢', 'answered', [5], [NANSHAN]],
    ]);
    await converse('l', [
      ['龙岗区哪个部门收到申请最多', 'answered', [4], [LONGGANG_DRC]],
      ['规范性文件制发呢', 'answered', [1], [LONGGANG_DATA]],
    ]);
    await converse('j', [
      ['南山区2020年收到多少申请', 'answered', [262], [NANSHAN]],
      ['最多的是谁', 'answered', [262], [NANSHAN]],
    ]);
  });

  it('a breakdown after a share is a breakdown, not another share', async () => {
    await converse('k', [
      ['龙岗区2022年自然人占比', 'answered', [489, 552, 88.6], [LONGGANG]],
      ['南山区2020年呢', 'answered', [236, 262, 90.1], [NANSHAN]],
      ['不予公开的原因', 'answered', [4, 0], [NANSHAN]],
    ]);
  });

  it('switches a list to the organs without, and repeats a question for another organ', async () => {
    await converse('m', [
      ['哪些单位有行政诉讼', 'answered', [38, 4], [LONGGANG, NANSHAN]],
      ['那没有的呢', 'answered', [0, 0, 0], [LONGGANG_DATA, LONGGANG_DRC, LONGHUA_DATA]],
    ]);
    await converse('n', [
      ['南山区2020年收到多少申请', 'answered', [262], [NANSHAN]],
      ['换成行政复议', 'answered', [5], [NANSHAN]],
      ['同样的问题问龙岗区2022年', 'answered', [15], [LONGGANG]],
    ]);
    await converse('o', [
      ['龙岗区2022年行政诉讼多少', 'answered', [38], [LONGGANG]],
      ['南山呢？2020年的', 'answered', [4], [NANSHAN]],
      ['其中维持的呢', 'answered', [3], [NANSHAN]],
      ['占比呢', 'answered', [3, 4, 75], [NANSHAN]],
    ]);
  });

  it('follows in English', async () => {
    await converse('e', [
      ['Longgang applications 2022', 'answered', [552], [LONGGANG]],
      ['what about Nanshan in 2020?', 'answered', [262], [NANSHAN]],
      ['and litigation?', 'answered', [4], [NANSHAN]],
      ['what share is that?', 'answered', [4], [NANSHAN]],
    ]);
    await converse('e2', [
      ['How many applications did Nanshan receive in 2020?', 'answered', [262], [NANSHAN]],
      ['And natural persons?', 'answered', [236], [NANSHAN]],
      ['what share is that?', 'answered', [236, 262, 90.1], [NANSHAN]],
      ['how does it rank?', 'answered', [236], [NANSHAN]],
    ]);
  });

  it('an out-of-scope turn does not reuse the last figure', async () => {
    await converse('f', [
      ['龙岗区2022年收到多少申请', 'answered', [552], [LONGGANG]],
      ['那南山区的GDP呢', 'not_understood', [], []],
    ]);
  });
});

describe('several figures in one question', () => {
  it('分别是 after two figures gives each of them, not the parts of each', async () => {
    const answer = await expectAnswer(['龙岗区2022年新收申请和上年结转分别是多少', 'answered', [552, 10], [LONGGANG]]);
    expect(answer.facts.map((fact) => fact.value)).toEqual([552, 10]);
  });
});

describe('how many places a ranking lists, and in which order', () => {
  it.each<readonly [string, readonly number[]]>([
    ['收到申请最多的三个单位', [552, 262, 4]],
    ['2020年申请数从少到多排', [1, 4, 262]],
    ['各单位收到申请数从低到高', [0, 1, 4, 262, 552]],
    ['top two agencies by lawsuits', [38, 4]],
  ])('%s', async (question, values) => {
    const answer = await engine.answer(question);
    expect(
      answer.facts.map((fact) => fact.value),
      answer.answer,
    ).toEqual(values);
  });
});

describe('organs ranked by a share', () => {
  it.each<readonly [string, readonly number[], string]>([
    // 最高/最低: the first place alone, every report sharing it.
    ['哪个单位的自然人申请占比最高', [100, 100], '从高到低（共比较 4 份报告）'],
    ['2020年哪个单位予以公开比例最低', [42.6], '从低到高（共比较 2 份报告）'],
    ['自然人占比排名', [100, 100, 90.1, 88.6], '从高到低（共比较 4 份报告）'],
    ['自然人占比前两名', [100, 100], '从高到低'],
    [
      'Which agency had the highest share of requests from natural persons?',
      [100, 100],
      'highest first (4 reports compared)',
    ],
  ])('%s', async (question, shares, head) => {
    const answer = await engine.answer(question);
    expect(answer.status, answer.answer).toBe('answered');
    expect(
      answer.facts.filter((fact) => fact.metric.endsWith(':share')).map((fact) => fact.value),
      answer.answer,
    ).toEqual(shares);
    expect(answer.answer).toContain(head);
  });
});

describe('organs without a figure', () => {
  it('哪些单位没有行政诉讼 lists the organs whose figure is 0, and never those with one', async () => {
    const answer = await expectAnswer([
      '哪些单位没有行政诉讼',
      'answered',
      [0, 0, 0],
      [LONGGANG_DATA, LONGGANG_DRC, LONGHUA_DATA],
    ]);
    expect(answer.answer).not.toContain(LONGGANG);
    expect(answer.answer).not.toContain(NANSHAN);
  });

  it('says so when every organ has the figure', async () => {
    const answer = await expectAnswer(['2020年哪些单位没收到申请', 'answered', [], []]);
    expect(answer.answer).toContain('都不为 0');
  });

  it("a region list sharing one body never answers for a region's government", async () => {
    const answer = await engine.answer('龙岗区和龙华区的数据局分别收到多少申请');
    expect(answer.answer).not.toContain(LONGGANG);
  });

  it("有没有 about one organ is still that organ's figure", async () => {
    await expectAnswer(['龙岗区2022年有没有行政诉讼', 'answered', [38], [LONGGANG]]);
  });
});

describe('several years in one word', () => {
  it('近三年 and 历年 read every year of the store, and say which the organ lacks', async () => {
    const [report] = (await store.list()).filter((entry) => entry.org === NANSHAN);
    if (!report) throw new Error('the sample store has no Nanshan report');
    const years = [2020, 2021, 2022].map((year, at) => variantOf(report, { year, newReceivedTotal: 100 + at }));
    const multiYear = createEngine({
      store: listOnlyStore([
        ...years,
        variantOf(report, { org: LONGGANG, region: '龙岗区', year: 2022, newReceivedTotal: 7 }),
      ]),
    });
    const recent = await multiYear.answer('近三年南山区收到多少申请');
    expect(recent.facts.map((fact) => [fact.year, fact.value])).toEqual([
      [2020, 100],
      [2021, 101],
      [2022, 102],
    ]);
    const every = await multiYear.answer('龙岗区历年收到的申请');
    expect(every.facts.map((fact) => fact.value)).toEqual([7]);
    expect(every.answer).toContain('没有深圳市龙岗区人民政府 2020年的报告');
  });
});

describe('changes between two years of one organ', () => {
  let twoYears: Engine;
  beforeAll(async () => {
    const reports = await store.list();
    const nanshan = reports.find((report) => report.org === NANSHAN);
    const longgang = reports.find((report) => report.org === LONGGANG);
    if (!nanshan || !longgang) throw new Error('the sample store lacks Nanshan or Longgang');
    twoYears = createEngine({
      store: listOnlyStore([
        nanshan,
        variantOf(nanshan, { year: 2021, newReceivedTotal: 300 }),
        longgang,
        variantOf(longgang, { year: 2021, newReceivedTotal: 500 }),
      ]),
    });
  });

  it.each<readonly [string, readonly number[]]>([
    ['南山区2021年收到申请比2020年增加了多少', [262, 300, 38, 14.5]],
    ['南山区申请数同比变化', [262, 300, 38, 14.5]],
    ['南山区2020年到2021年申请的变化', [262, 300, 38, 14.5]],
    ['南山区申请比上年多了多少', [262, 300, 38, 14.5]],
    ['南山区2021年收到申请同比增长率', [262, 300, 38, 14.5]],
    ['龙岗区2022年比2021年收到申请增加多少', [500, 552, 52, 10.4]],
    ["How did Nanshan's applications change from 2020 to 2021?", [262, 300, 38, 14.5]],
    ['Nanshan applications 2021 vs 2020', [262, 300, 38, 14.5]],
  ])('%s', async (question, values) => {
    const answer = await twoYears.answer(question);
    expect(answer.status, answer.answer).toBe('answered');
    expect(
      answer.facts.map((fact) => fact.value),
      answer.answer,
    ).toEqual(values);
  });

  it('two years compared without a figure: the change of the summary figures', async () => {
    const answer = await twoYears.answer('南山区2021年和2020年对比');
    expect(
      answer.facts.slice(0, 4).map((fact) => fact.value),
      answer.answer,
    ).toEqual([262, 300, 38, 14.5]);
    expect(answer.facts.map((fact) => fact.metric)).toContain('reviewLitigation.litigation.total');
  });

  it('says which year is missing, once', async () => {
    const answer = await twoYears.answer('龙岗区收到申请和行政诉讼比2020年变化');
    expect(answer.status, answer.answer).toBe('no_data');
    expect(answer.answer.split('\n').filter((line) => line.includes('2020年的报告'))).toHaveLength(1);
  });
});
