// Numbers as a person reads them: digits grouped in thousands, money in the unit the report printed it in, exact
// (no 约, no rounding), over the sample reports and the real Jiangsu reports; the stated facts are the same numbers.
import { describe, expect, it } from 'vitest';
import { HONGZE, HUAIAN, useUnderstandingTable } from '../queries/understanding-table.js';
import { LONGGANG, NANSHAN } from '../sample-store.js';

const table = useUnderstandingTable();

describe('replies write numbers as people read them', () => {
  it.each([
    // Printed 170,815.4万元 in the cell: said in 万元, grouped.
    ['南山区2020年政府集中采购金额', NANSHAN, 1708154000, '170,815.4 万元'],
    // Printed 2.22934 under 本年收费金额（单位：万元）: every printed decimal kept.
    ['龙岗区2022年行政事业性收费金额', LONGGANG, 22293.4, '2.22934 万元'],
    // Printed 7545 under 万元.
    ['洪泽区2024年行政事业性收费金额', HONGZE, 75450000, '7,545 万元'],
    ['南山区2020年政府集中采购项目数量', NANSHAN, 2502, '2,502 项'],
    ['淮安市2024年收到多少申请', HUAIAN, 3119, '3,119 件'],
  ])('%s → %s %s', async (question, organ, value, written) => {
    const answer = await table.engine.answer(question);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => [fact.org, fact.value])).toEqual([[organ, value]]);
    expect(answer.answer).toContain(` ${written}`);
    expect(answer.answer).not.toMatch(/约|about/u);
  });

  it('writes every figure of a row grouped, and money in 万元 as printed', async () => {
    const answer = await table.engine.answer('淮安市2024年主动公开情况');
    for (const written of ['447,228 件', '3,985,758 件', '88,283 件', '96,171.6 万元'])
      expect(answer.answer).toContain(written);
    expect(answer.answer).not.toMatch(/\d{4} ?(件|项|元|万元)/u);
  });

  it('in English, money in yuan with its digits grouped', async () => {
    const answer = await table.engine.answer('How much did Nanshan spend on procurement in 2020?');
    expect(answer.facts.map((fact) => fact.value)).toEqual([1708154000]);
    expect(answer.answer).toContain(': 1,708,154,000 yuan');
    expect(answer.answer).not.toMatch(/about|million/u);
  });

  it('a difference of money is said in the printed unit when it is exact in it', async () => {
    const answer = await table.engine.answer('淮安市2024年和洪泽区2024年行政事业性收费相差多少');
    expect(answer.facts.map((fact) => fact.value)).toEqual([886266000, 961716000, 75450000]);
    expect(answer.answer).toContain('多 88,626.6 万元');
  });
});
