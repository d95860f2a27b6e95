// A question in Traditional characters gets its whole reply in Traditional, whatever kind of reply it is: the
// organ names too (a reader of 龍崗區 reads 深圳市龍崗區人民政府), links kept exactly as written.
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { toTraditionalText } from '../../../src/answers/reply/index.js';
import { useSampleEngine } from '../sample-store.js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

const sample = useSampleEngine();

/** The characters of `text` that a Traditional reader would see in Simplified form. */
const simplifiedIn = (text: string): string[] =>
  [...text].filter((char) => toTraditional(char) !== char && toSimplified(char) === char);

describe('every kind of reply to a Traditional question is Traditional', () => {
  it.each([
    ['龍崗區2022年收到多少申請？', 'answered', '深圳市龍崗區人民政府 2022年 收到政府信息公開申請 552 件'],
    ['龍崗區2022年多少', 'clarify', '辦理申請（辦理結果總計）：深圳市龍崗區人民政府 2022年 535 件'],
    ['龍崗區的天氣怎麼樣', 'not_understood', '抱歉，沒有理解這個問題。'],
    ['有幾個單位的報告', 'answered', '我有 5 個單位的 5 份報告'],
    ['龍崗區2022年的數據對得上嗎', 'answered', '深圳市龍崗區人民政府 2022年的報告勾稽檢查全部通過。'],
    ['哪些單位有行政訴訟？', 'answered', '深圳市南山區人民政府（2020年）：4 件'],
    ['2022年哪個單位收到的申請最多', 'answered', '最多的是 深圳市龍崗區人民政府（2022年）：552 件'],
    ['龍崗區2019年收到多少申請', 'no_data', '沒有深圳市龍崗區人民政府 2019年的報告；現有年份：2022年。'],
    ['哪些報告的數據對不上', 'answered', '深圳市龍華區政務服務數據管理局 2020年：表三總計列不平'],
    ['龍崗區2022年行政附議多少件', 'clarify', '您是想問 行政複議 嗎？'],
    ['謝謝', 'chat', '不客氣！'],
  ])('%s → %s', async (question, status, expected) => {
    const reply = await sample.engine.answer(question);
    expect(reply.status).toBe(status);
    expect(reply.answer).toContain(expected);
    expect(simplifiedIn(reply.answer)).toEqual([]);
  });

  it('keeps the organ as stored in the facts, where programs read it', async () => {
    const reply = await sample.engine.answer('龍崗區2022年收到多少申請？');
    expect(reply.facts.map((fact) => fact.org)).toEqual(['深圳市龙岗区人民政府']);
  });

  it('leaves a link as written while converting the words around it', () => {
    const link = 'https://www.lg.gov.cn/公开/年报2022.html?区=龙岗';
    expect(toTraditionalText(`来源：《龙岗区年报》 ${link}）后记`)).toBe(`來源：《龍崗區年報》 ${link}）後記`);
  });
});
