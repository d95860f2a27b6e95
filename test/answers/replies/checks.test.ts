// A failed consistency check is said in words, never as a rule id: what does not add up, its figures, and what the
// report printed instead. Over the sample reports (two fail table 三's checks) and a copy of 龙岗区 2022 whose
// table 四 prints 0 for the 行政复议 total (the parser finds it; the figures are the report's own).
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/answers/index.js';
import { parseReport } from '../../../src/parser/index.js';
import type { Store } from '../../../src/store/index.js';
import { LONGGANG, LONGGANG_DRC, LONGHUA_DATA, listOnlyStore, openSampleAnswerStore } from '../sample-store.js';

const RULE_IDS = /applications\.|reviewLitigation\.|table\.missing|narrative\.|勾稽检查 [a-z]/u;

let store: Store;
let engine: Engine;
let reviewEngine: Engine;
beforeAll(async () => {
  store = await openSampleAnswerStore();
  engine = createEngine({ store });
  const file = 'data/reports/longgang-district-2022.txt';
  const text = await readFile(file, 'utf8');
  // Table 四's first total (行政复议 总计 15) printed as 0.
  const table = text.indexOf('四、政府信息公開行政復');
  const at = text.indexOf('\n15\n', table);
  const changed = `${text.slice(0, at)}\n0\n${text.slice(at + '\n15\n'.length)}`;
  const report = parseReport(changed, { file, sha256: 'test', format: 'text' });
  reviewEngine = createEngine({ store: listOnlyStore([report]) });
});
afterAll(async () => store.close());

describe('a failed check beside a number', () => {
  it('says which sum of table 三 does not balance, with its figures', async () => {
    const answer = await engine.answer('龙华区数据局2020年收到多少申请');
    expect(answer.facts.map((fact) => [fact.org, fact.value])).toEqual([[LONGHUA_DATA, 1]]);
    expect(answer.answer.split('\n')[1]).toBe(
      '注意：该报告数字不一致，表三总计列不平：新收 1 + 上年结转 0 = 1，但总计 0 + 结转下年度 0 = 0',
    );
    expect(answer.answer).not.toMatch(RULE_IDS);
  });

  it('says a table 四 total that is not the sum of its results', async () => {
    const answer = await reviewEngine.answer('龙岗区2022年行政复议情况');
    expect(answer.facts.map((fact) => fact.value)).toEqual([0, 7, 2, 1, 5]);
    expect(answer.answer).toContain(
      '注意：该报告数字不一致，表四合计不平：行政复议 结果维持 7 + 结果纠正 2 + 其他结果 1 + 尚未审结 5 = 15，但总计为 0',
    );
    expect(answer.answer).not.toMatch(RULE_IDS);
  });

  it('says it beside a report listed with the figure 0 (哪些单位没有行政复议), as beside a ranked one', async () => {
    const answer = await reviewEngine.answer('哪些单位没有行政复议');
    expect(answer.facts.map((fact) => [fact.org, fact.value])).toEqual([[LONGGANG, 0]]);
    expect(answer.answer).toContain(
      '注意：深圳市龙岗区人民政府 2022年的报告数字不一致，表四合计不平：行政复议 结果维持 7',
    );
  });

  it('in English, in English words around the report labels', async () => {
    const answer = await engine.answer('How many applications did the Longhua data bureau receive in 2020?');
    expect(answer.answer).toContain(
      "Warning: this report's figures disagree: table 3 does not balance in column 总计: 新收 1 + 上年结转 0 = 1, but 总计 0 + 结转下年度 0 = 0",
    );
    expect(answer.answer).not.toMatch(RULE_IDS);
  });
});

describe('the list of failing reports', () => {
  it('names each report and what does not add up in it, a row total with its applicant columns', async () => {
    const answer = await engine.answer('哪些报告没通过勾稽检查');
    const lines = answer.answer.split('\n');
    expect(lines[0]).toBe('5 份报告中有 2 份数据不一致（未通过勾稽检查）：');
    expect(lines[1]).toContain(`${LONGHUA_DATA} 2020年`);
    expect(lines[1]).toContain(
      '表三“本机关不掌握相关政府信息”一行合计不平：自然人 1 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 1，但总计为 0',
    );
    expect(lines[2]).toContain(`${LONGGANG_DRC} 2020年`);
    expect(lines[2]).toContain(
      '表三自然人列不平：新收 4 + 上年结转 0 = 4，但总计 4 + 结转下年度 1 = 5；表三总计列不平：新收 4 + 上年结转 0 = 4，但总计 4 + 结转下年度 1 = 5',
    );
    expect(answer.answer).not.toMatch(RULE_IDS);
  });

  it('lists a table 四 finding with its group', async () => {
    const answer = await reviewEngine.answer('哪些报告不一致');
    expect(answer.answer).toContain(
      `- ${LONGGANG} 2022年：表四合计不平：行政复议 结果维持 7 + 结果纠正 2 + 其他结果 1 + 尚未审结 5 = 15，但总计为 0`,
    );
  });
});
