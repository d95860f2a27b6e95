// Questions phrased the ways people ask in a chat group (every figure of tables 二, 三 and 四), none of them in questions.json or the other
// answer tests. Every expected value was read from the parsed sample reports (`npx nianbao parse data/reports/X.txt
// --json`); shares are rounded to one decimal as the engine states them. `values`: each must be among the facts; a
// single value must be the first fact. no_data, clarify and not_understood state no number at all.
import { describe, expect, it } from 'vitest';
import { LONGGANG, LONGGANG_DRC, LONGHUA_DATA, NANSHAN, useSampleEngine } from '../sample-store.js';

const sample = useSampleEngine();
const { expectAnswer, run } = sample;

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

describe('公开率: granted in full or in part, as a share of all handled', () => {
  run([
    ['龙岗区2022年公开率多少？', 'answered', [102, 535, 19.1], [LONGGANG]],
    ['南山区2020年信息公开率', 'answered', [149, 235, 63.4], [NANSHAN]],
    ['龙岗发改局2020年的公开率是多少', 'answered', [3, 4, 75], [LONGGANG_DRC]],
    ['南山区2020年的公开比例', 'answered', [149, 235, 63.4], [NANSHAN]],
    ["What was Longgang's disclosure rate in 2022?", 'answered', [102, 535, 19.1], [LONGGANG]],
    ['龙岗区2022年全部或部分公开的有多少', 'answered', [102], [LONGGANG]],
    ['2020年各单位公开率排名', 'answered', [75, 63.4], [LONGGANG_DRC, NANSHAN]],
  ]);

  it('最低 names the organ with the lowest 公开率 alone', async () => {
    const answer = await expectAnswer(['哪个单位的公开率最低', 'answered', [149, 235, 63.4], [NANSHAN]]);
    expect(answer.facts.map((fact) => fact.value)).toEqual([149, 235, 63.4]);
    const latest = await expectAnswer(['2022年哪个单位的公开率最低', 'answered', [102, 535, 19.1], [LONGGANG]]);
    expect(latest.facts.map((fact) => fact.value)).toEqual([102, 535, 19.1]);
  });
});

describe('table 二 as a whole', () => {
  run([
    ['南山区2020年主动公开情况', 'answered', [8, 8759, 1767, 159, 2502, 1708154000], [NANSHAN]],
    ['龙岗区2022年主动公开了什么', 'answered', [46, 11, 136, 16103, 34389, 7749, 22293.4], [LONGGANG]],
    ['龙华数据局2020年主动公开政府信息情况', 'answered', [9, 456880], [LONGHUA_DATA]],
    ['龙岗区2022年表二', 'answered', [46, 11, 136, 16103, 34389, 7749, 22293.4], [LONGGANG]],
    ['龙岗区2022年表三数据', 'answered', [552, 10, 535, 27], [LONGGANG]],
    ['南山区2020年表四', 'answered', [5, 4], [NANSHAN]],
    ['Nanshan 2020 table 4', 'answered', [5, 4], [NANSHAN]],
  ]);

  it('a row named beside 主动公开 is that row alone', async () => {
    const answer = await expectAnswer(['龙岗区2022年主动公开的规范性文件', 'answered', [46, 11, 136], [LONGGANG]]);
    expect(answer.facts.map((fact) => fact.value)).toEqual([46, 11, 136]);
  });
});

describe('applicants and outcomes in other words', () => {
  run([
    ['2022年龙岗区受理的申请中企业占几个', 'answered', [51], [LONGGANG]],
    ['龙岗区2022年公司申请了多少', 'answered', [51], [LONGGANG]],
    ['龙岗区22年个人申请多少', 'answered', [489], [LONGGANG]],
    ['龙岗区2022年律师事务所申请多少', 'answered', [8], [LONGGANG]],
    ['龙岗区2022年大学或研究所申请多少', 'answered', [0], [LONGGANG]],
    ['龙岗区2022年公益组织申请几件', 'answered', [0], [LONGGANG]],
    ['南山区2020年其他类型申请人', 'answered', [4], [NANSHAN]],
    ['南山区2020年申请人都有哪些', 'answered', [262, 236, 26, 22, 4], [NANSHAN]],
    ['龙岗区2022年逾期不补正的多少', 'answered', [2], [LONGGANG]],
    ['龙岗区2022年信访举报投诉类多少', 'answered', [0], [LONGGANG]],
    ['南山区2020年重复申请多少', 'answered', [4], [NANSHAN]],
    ['南山区2020年补正后仍不明确的', 'answered', [0], [NANSHAN]],
    ['龙岗区2022年需要另行制作的', 'answered', [2], [LONGGANG]],
    ['南山区2020年其他处理多少', 'answered', [25], [NANSHAN]],
    ['龙岗区2022年其他处理中其他情形', 'answered', [116], [LONGGANG]],
    ['龙岗区2022年因第三方合法权益不予公开的', 'answered', [7], [LONGGANG]],
    ['南山区2020年要求提供公开出版物', 'answered', [0], [NANSHAN]],
    ['龙岗区2022年办结多少件', 'answered', [535], [LONGGANG]],
    ['龙岗区2022年办理结果合计', 'answered', [535, 66, 36, 30, 285, 0, 118], [LONGGANG]],
    ['龙岗区2022年收到和办结的申请', 'answered', [552, 535], [LONGGANG]],
  ]);
});

describe('reviews and lawsuits in other words', () => {
  run([
    ['龙岗区2022年复议维持了多少', 'answered', [7], [LONGGANG]],
    ['龙岗区2022年复议被纠正几件', 'answered', [2], [LONGGANG]],
    ['龙岗区2022年复议还没审结的有几件', 'answered', [5], [LONGGANG]],
    ['龙岗区2022年直接向法院起诉的', 'answered', [32], [LONGGANG]],
    ['龙岗区2022年经复议后起诉多少件', 'answered', [6], [LONGGANG]],
    ['龙岗区2022年官司输了几件', 'answered', [0], [LONGGANG]],
    ['南山区2020年行政诉讼赢了几件', 'answered', [3], [NANSHAN]],
    ['南山区2020年行诉结果怎么样', 'answered', [4, 3, 0, 1], [NANSHAN]],
    ['南山区2020年复议结果', 'answered', [5, 5, 0], [NANSHAN]],
    ['南山区2020年行政复议和行政诉讼分别多少', 'answered', [5, 4], [NANSHAN]],
  ]);
});

describe('table 二 fields in other words', () => {
  run([
    ['龙岗区2022年许可决定一共几件', 'answered', [16103], [LONGGANG]],
    ['龙岗区2022年作出多少行政处罚', 'answered', [34389], [LONGGANG]],
    ['龙岗区2022年行政强制多少件', 'answered', [7749], [LONGGANG]],
    ['龙岗区2022年收了多少费', 'answered', [22293.4], [LONGGANG]],
    ['龙岗区2022年规范性文件现行有效多少件', 'answered', [136], [LONGGANG]],
    ['龙岗区2022年废止了几个规范性文件', 'answered', [11], [LONGGANG]],
    ['南山区2020年政府采购金额', 'answered', [1708154000], [NANSHAN]],
    ['南山区2020年集中采购项目多少个', 'answered', [2502], [NANSHAN]],
    ['南山区2020年规章新制作多少', 'answered', [0], [NANSHAN]],
    ['南山区2020年行政处罚决定数', 'answered', [1767], [NANSHAN]],
    ['南山区2020年行政许可多少件', 'answered', [8759], [NANSHAN]],
    ['龙岗发改局2020年政府采购花了多少钱', 'answered', [5246500], [LONGGANG_DRC]],
    ['南山区2020年其他对外管理服务事项处理决定', 'answered', [199956], [NANSHAN]],
    ['南山区2020年规范性文件新公开多少', 'answered', [8], [NANSHAN]],
  ]);

  it("项目数比上年 without last year's report: the change the 2019 template prints, never for decisions", async () => {
    await expectAnswer(['南山区2020年行政许可项目数比上年减少了多少', 'answered', [-19], [NANSHAN, '本年增/减']]);
    await expectAnswer(['南山区2020年行政处罚比上年增加了多少', 'no_data', [], [NANSHAN, '2019年']]);
  });
});
