// The answer engine through its front door, on the five sample reports read by the parser: questions phrased
// many ways, each with the status, the values that must be among the facts and the organs that must be named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, createEngine, type Engine } from '../../src/answers/index.js';
import type { Store } from '../../src/store/index.js';
import {
  expectNamed,
  LONGGANG,
  LONGGANG_DATA,
  LONGGANG_DRC,
  LONGHUA_DATA,
  NANSHAN,
  openSampleAnswerStore,
  type Row,
  writtenValue,
} from './sample-store.js';

let store: Store;
let engine: Engine;
beforeAll(async () => {
  store = await openSampleAnswerStore();
  engine = createEngine({ store });
});
afterAll(async () => store.close());

/** Asserts status, values among the facts, organs named, and that every fact is stated in the text. */
async function expectAnswer([question, status, values, organs]: Row): Promise<Answer> {
  const answer = await engine.answer(question);
  expect(answer.status, answer.answer).toBe(status);
  const stated = answer.facts.map((fact) => fact.value);
  for (const value of values) expect(stated, answer.answer).toContain(value);
  for (const organ of organs) expectNamed(answer.answer, organ);
  for (const fact of answer.facts) expect(answer.answer).toContain(writtenValue(fact, answer.lang));
  return answer;
}

describe('organs by full name, short name, abbreviation, region and pinyin', () => {
  it.each<Row>([
    ['龙岗区发改局2020年收到多少申请？', 'answered', [4], [LONGGANG_DRC]],
    ['龙岗发改局2020年收到几件申请', 'answered', [4], [LONGGANG_DRC]],
    ['深圳市龙岗区发展和改革局2020年的申请数', 'answered', [4], [LONGGANG_DRC]],
    ['龙岗区政数局2021年新收申请', 'answered', [0], [LONGGANG_DATA]],
    ['龙岗区的数据局2021年收到多少申请', 'answered', [0], [LONGGANG_DATA]],
    ['南山2020年收到多少申请', 'answered', [262], [NANSHAN]],
    ['南山区政府2020年收到几件申请', 'answered', [262], [NANSHAN]],
    ['深圳南山区2020年收到多少申请', 'answered', [262], [NANSHAN]],
    ['Nanshan District applications received in 2020', 'answered', [262], [NANSHAN]],
    [
      'How many applications did the Longgang Development and Reform Bureau receive in 2020?',
      'answered',
      [4],
      [LONGGANG_DRC],
    ],
    ['龍華區政務服務數據管理局2020年政府集中採購金額', 'answered', [456880], [LONGHUA_DATA]],
  ])('%s', async (...row) => {
    await expectAnswer(row);
  });
});

describe('years', () => {
  it.each<Row>([
    ['二〇二〇年南山区收到多少申请', 'answered', [262], [NANSHAN]],
    ['20年南山区收到多少申请', 'answered', [262], [NANSHAN]],
    ['龙岗区今年收到多少申请', 'answered', [552], [LONGGANG]],
    ['龙岗区去年收到多少申请', 'no_data', [], [LONGGANG]],
    ['南山区2022年收到多少申请', 'no_data', [], [NANSHAN]],
  ])('%s', async (...row) => {
    await expectAnswer(row);
  });

  it('uses the latest report when no year is given, and says which', async () => {
    const answer = await expectAnswer(['龙岗区收到多少申请？', 'answered', [552], [LONGGANG]]);
    expect(answer.answer).toContain('最新的 2022 年报告');
  });

  it('lists the years it has when the year asked is missing', async () => {
    const answer = await expectAnswer(['南山区2022年收到多少申请', 'no_data', [], [NANSHAN]]);
    expect(answer.answer).toContain('现有年份：2020年');
  });
});

describe('every number of the canonical report', () => {
  it.each<Row>([
    ['南山区2020年部分公开多少件', 'answered', [49], [NANSHAN]],
    ['南山区2020年因过程性信息不予公开多少', 'answered', [4], [NANSHAN]],
    ['南山区2020年重复申请不予处理的有多少', 'answered', [4], [NANSHAN]],
    ['南山区2020年不予处理多少', 'answered', [5], [NANSHAN]],
    ['南山区2020年其他处理多少件', 'answered', [25], [NANSHAN]],
    ['南山区2020年上年结转的申请', 'answered', [6], [NANSHAN]],
    ['龙岗区2022年自然人申请多少', 'answered', [489], [LONGGANG]],
    ['龙岗区2022年律师事务所申请了多少', 'answered', [8], [LONGGANG]],
    ['龙岗区2022年无法提供的有多少', 'answered', [285], [LONGGANG]],
    ['南山区2020年行政诉讼中直接起诉的有多少', 'answered', [2], [NANSHAN]],
    ['南山区2020年复议后起诉多少', 'answered', [2], [NANSHAN]],
    ['龙岗区2022年行政诉讼尚未审结多少', 'answered', [13], [LONGGANG]],
    ['龙岗区2022年行政强制决定多少', 'answered', [7749], [LONGGANG]],
    ['龙岗区2022年行政规范性文件废止了多少', 'answered', [11], [LONGGANG]],
    ['南山区2020年政府集中采购项目数量', 'answered', [2502], [NANSHAN]],
    ['南山区2020年现行有效的规范性文件', 'answered', [8], [NANSHAN]],
    ['龙岗区发改局2020年行政许可决定多少', 'answered', [12], [LONGGANG_DRC]],
  ])('%s', async (...row) => {
    await expectAnswer(row);
  });

  it('cites the source: table, printed row, column and file', async () => {
    const answer = await expectAnswer(['龙岗区2022年收到多少政府信息公开申请？', 'answered', [552], [LONGGANG]]);
    expect(answer.answer).toBe(
      '深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件（表三“本年新收政府信息公开申请数量”总计）\n来源：《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》',
    );
    expect(answer.facts).toEqual([
      {
        org: LONGGANG,
        year: 2022,
        metric: 'applications.newReceived.total',
        label: '收到政府信息公开申请',
        value: 552,
        unit: '件',
        source: {
          file: 'data/reports/longgang-district-2022.txt',
          table: '三',
          row: '本年新收政府信息公开申请数量',
          column: '总计',
        },
      },
    ]);
  });

  it('says how a 0 was printed', async () => {
    const answer = await expectAnswer(['南山区2020年因国家秘密不予公开多少', 'answered', [0], [NANSHAN]]);
    expect(answer.answer).toContain('印为“/”');
  });

  it("names the other template's column when the report lacks the one asked", async () => {
    const answer = await expectAnswer(['南山区2020年现行有效的规范性文件', 'answered', [8], [NANSHAN]]);
    expect(answer.answer).toContain('对外公开总数量');
  });

  it('says a 2019 report has no fee amount, and what it has instead', async () => {
    const answer = await expectAnswer(['南山区2020年行政事业性收费金额', 'no_data', [14, 0], [NANSHAN]]);
    expect(answer.answer).toContain('没有“行政事业性收费金额”');
  });

  it('warns when the number stands in a row that fails a check', async () => {
    const answer = await expectAnswer(['龙华区数据局2020年收到多少申请', 'answered', [1], [LONGHUA_DATA]]);
    expect(answer.answer).toContain('注意：该报告数字不一致，表三总计列不平：新收 1 + 上年结转 0 = 1');
    expect(answer.answer).not.toContain('applications.');
    const clean = await expectAnswer(['龙华区数据局2020年政府集中采购金额', 'answered', [456880], [LONGHUA_DATA]]);
    expect(clean.answer).not.toContain('不一致');
  });
});

describe('breakdowns', () => {
  it.each<Row>([
    ['龙岗区2022年不予公开的原因', 'answered', [30, 1, 7, 8, 10, 3], [LONGGANG]],
    ['龙岗区2022年申请人构成', 'answered', [552, 489, 63, 51, 8, 4], [LONGGANG]],
    ['龙岗区2022年行政复议情况', 'answered', [15, 7, 2, 1, 5], [LONGGANG]],
    ['南山区2020年办理结果', 'answered', [100, 49, 4, 52, 5, 25, 235], [NANSHAN]],
    ['南山区2020年政府集中采购情况', 'answered', [2502, 1708154000], [NANSHAN]],
  ])('%s', async (...row) => {
    await expectAnswer(row);
  });
});

describe('across organs', () => {
  it.each<Row>([
    // No year: the latest year most organs hold (2020: three of the five), said in the reply.
    ['哪个单位行政复议最多', 'answered', [5], [NANSHAN, '按多数单位已有报告的最新年度 2020 年比较']],
    ['2020年哪个单位收到申请最少', 'answered', [1], [LONGHUA_DATA]],
    // Without a year a ranking compares one year (said in the reply), never years side by side: the latest that at
    // least half of the organs hold, not 2022 of one report.
    [
      '收到申请最多的前两个单位',
      'answered',
      [262, 4],
      [NANSHAN, LONGGANG_DRC, '按多数单位已有报告的最新年度 2020 年比较'],
    ],
    ['2020年收到申请最多的前两个单位', 'answered', [262, 4], [NANSHAN, LONGGANG_DRC]],
    ['2020年收到申请前十名', 'answered', [262, 4, 1], [NANSHAN, LONGGANG_DRC, LONGHUA_DATA]],
    ['Top 3 organs by applications received in 2020', 'answered', [262, 4, 1], [NANSHAN, LONGGANG_DRC, LONGHUA_DATA]],
    ['2020年哪个区收到申请最多', 'answered', [262], [NANSHAN]],
    ['2020年各单位行政诉讼情况', 'answered', [4, 0, 0], [NANSHAN, LONGGANG_DRC, LONGHUA_DATA]],
    ['龙岗区哪个部门2020年收到申请最多', 'answered', [4], [LONGGANG_DRC]],
    ['龙岗区哪个部门收到申请最多', 'answered', [0], [LONGGANG_DATA, '按最新的 2021 年度比较']],
    ['有行政诉讼的单位有哪些', 'answered', [38, 4], [LONGGANG, NANSHAN]],
    ['哪些单位有政府集中采购', 'answered', [2502, 3, 9], [NANSHAN, LONGGANG_DRC, LONGHUA_DATA]],
    ['龙岗区2022年自然人申请占比', 'answered', [489, 552, 88.6], [LONGGANG]],
    ['龙岗区2022年行政复议纠正率', 'answered', [2, 15, 13.3], [LONGGANG]],
  ])('%s', async (...row) => {
    await expectAnswer(row);
  });

  it('names only the organs that have the figure', async () => {
    const answer = await expectAnswer(['哪些单位有行政诉讼？', 'answered', [38, 4], [LONGGANG, NANSHAN]]);
    expect(answer.facts.map((fact) => fact.org)).toEqual([LONGGANG, NANSHAN]);
    expect(answer.answer).not.toContain(LONGGANG_DRC);
  });
});

describe('the data itself', () => {
  it('lists the reports held', async () => {
    const answer = await expectAnswer([
      '有哪些报告',
      'answered',
      [],
      [LONGGANG, NANSHAN, LONGGANG_DRC, LONGGANG_DATA, LONGHUA_DATA],
    ]);
    expect(answer.answer).toContain('5 份报告');
  });

  it("lists one organ's years", async () => {
    const answer = await expectAnswer(['南山区有哪些年份的报告', 'answered', [], [NANSHAN]]);
    expect(answer.answer).not.toContain(LONGGANG);
  });

  it.each(['哪些报告没通过勾稽检查', 'Which reports are inconsistent?'])(
    'lists failing reports and why: %s',
    async (question) => {
      const answer = await expectAnswer([question, 'answered', [], [LONGGANG_DRC, LONGHUA_DATA]]);
      // The row whose applicant columns do not add up to its total, named as printed, in either language.
      expect(answer.answer).toMatch(
        /表三“本机关不掌握相关政府信息”一行合计不平|table 3 row "本机关不掌握相关政府信息" does not add up/u,
      );
      expect(answer.answer).not.toContain('applications.');
      expect(answer.answer).not.toContain(NANSHAN);
    },
  );
});

describe('checks of one table, of the organ a region names', () => {
  it('表三对得上吗 reports only table 三, and says which table it checked', async () => {
    const failing = await expectAnswer(['龙岗区发改局2020年表三对得上吗', 'answered', [], [LONGGANG_DRC]]);
    expect(failing.answer).toContain('表三有数据不一致');
    // Table 四 balances in that report: said of that table alone, never as every check passing.
    const passing = await expectAnswer(['龙岗区发改局2020年表四对得上吗', 'answered', [], [LONGGANG_DRC]]);
    expect(passing.answer).toContain('表四勾稽检查全部通过');
    expect(passing.answer).not.toContain('表三');
  });

  it('a region alone is its government; 哪些报告 lists the region', async () => {
    const own = await expectAnswer(['龙岗区2022年的数据有问题吗', 'answered', [], [LONGGANG]]);
    expect(own.answer).toContain('深圳市龙岗区人民政府 2022年的报告勾稽检查全部通过');
    await expectAnswer(['龙岗区哪些报告不一致', 'answered', [], [LONGGANG_DRC]]);
  });

  it('across the store, only the failing reports of the table asked', async () => {
    const answer = await expectAnswer(['2020年哪些报告的表四有问题', 'answered', [], []]);
    expect(answer.answer).toContain('3 份报告表四都通过了勾稽检查');
  });
});

describe('no_data, clarify, not_understood', () => {
  it.each<Row>([
    ['罗湖区去年行政诉讼多少件', 'no_data', [], []],
    ['How many applications did Futian receive in 2022?', 'no_data', [], []],
    ['数据局2020年收到多少申请', 'clarify', [], [LONGGANG_DATA, LONGHUA_DATA]],
    ['收到多少申请？', 'clarify', [], [LONGGANG]],
    ['你好', 'chat', [], []],
    ['What is the capital of France?', 'not_understood', [], []],
    ['帮我写一首诗', 'not_understood', [], []],
  ])('%s', async (...row) => {
    await expectAnswer(row);
  });

  it("an organ the store lacks in a known region lists that region's organs", async () => {
    const answer = await expectAnswer([
      '龙岗区教育局2022年收到多少申请',
      'no_data',
      [],
      [LONGGANG, LONGGANG_DRC, LONGGANG_DATA],
    ]);
    expect(answer.answer).toContain('龙岗区教育局');
    expect(answer.answer).not.toContain(NANSHAN);
  });

  it('a region without its own government report asks which organ', async () => {
    await expectAnswer(['龙华区2020年收到多少申请', 'clarify', [], [LONGHUA_DATA]]);
  });

  it('not_understood offers example questions that work on this store', async () => {
    const answer = await engine.answer('今天天气怎么样？');
    const examples = answer.answer
      .split('\n')
      .filter((line) => line.startsWith('- '))
      .map((line) => line.slice(2));
    expect(examples.length).toBeGreaterThan(3);
    for (const example of examples) expect((await engine.answer(example)).status, example).toBe('answered');
  });

  it('help is a short reply with examples', async () => {
    const answer = await engine.answer('你能做什么？');
    expect(answer.status).toBe('chat');
    expect(answer.answer).toContain('龙岗区2022年收到多少政府信息公开申请？');
  });
});

describe('language', () => {
  it('replies in English to English, in Traditional to Traditional', async () => {
    const english = await expectAnswer([
      'How many applications did Longgang receive in 2022?',
      'answered',
      [552],
      [LONGGANG],
    ]);
    expect(english.lang).toBe('en');
    expect(english.answer).toContain('applications received');
    const traditional = await expectAnswer(['龍崗區2022年行政訴訟有多少件？', 'answered', [38], [LONGGANG]]);
    expect(traditional.lang).toBe('zh');
    expect(traditional.answer).toContain('行政訴訟');
    expect(traditional.answer).toContain('深圳市龍崗區人民政府');
  });
});
