import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../src/answers/llm/read-numbers.js';
import { readChineseNumeral } from '../../../src/parser/index.js';

/** value × scale of every mention, in order of kind (Arabic, Chinese, English). */
function amounts(text: string, readsBareChineseNumerals = false): number[] {
  return readNumbers(text, { readsBareChineseNumerals }).map(
    (mention) => Math.round(mention.value * mention.scale * 1e6) / 1e6,
  );
}

describe('readChineseNumeral', () => {
  it.each([
    ['五百五十二', 552],
    ['二〇二二', 2022],
    ['二零二零', 2020],
    ['十五', 15],
    ['一百零五', 105],
    ['两千', 2000],
    ['三万四千三百八十九', 34389],
    ['一亿七千零八十一万五千四百', 170815400],
    ['十七万零八百一十五', 170815],
  ])('%s → %d', (run, value) => {
    expect(readChineseNumeral(run)?.value).toBe(value);
  });

  it('reads a decimal scaled by 亿 and counts its significant digits', () => {
    expect(readChineseNumeral('十七点零八亿')).toEqual({ value: 17.08, scale: 1e8, decimals: 2, significantDigits: 4 });
  });

  it('does not read a lone unit', () => {
    expect(readChineseNumeral('万')).toBeUndefined();
  });
});

describe('readNumbers', () => {
  it.each([
    ['收到申请8,759件', [8759]],
    ['金额为170,815.4万元', [1708154000]],
    ['约17.08亿元', [1708000000]],
    ['22,293.4元', [22293.4]],
    ['共五百五十二件', [552]],
    ['二〇二二年', [2022]],
    ['两件', [2]],
    ['近九成', [9]],
    ['五百多件', [500]],
    ['Longgang received five hundred fifty-two applications', [552]],
    ['1.7 billion yuan', [1.7e9]],
    ['ＦＵＬＬ　５５２件', [552]],
  ])('%s → %j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });

  it('reads percentages written with % and with 百分之', () => {
    const mentions = readNumbers('自然人占88.6%，即百分之八十八点六');
    expect(mentions.map((mention) => [mention.value, mention.isPercent])).toEqual([
      [88.6, true],
      [88.6, true],
    ]);
  });

  it('ignores the table name, enumerators and idioms in a reply', () => {
    expect(amounts('来源：表三“（七）总计”，各项数据一致，千万注意，三安全一稳定，the one with most')).toEqual([]);
  });

  it('reads bare Chinese numerals in a question when asked to', () => {
    expect(amounts('申请最多的前三个单位', true)).toEqual([3]);
    expect(amounts('哪个单位排前三', true)).toEqual([3]);
    expect(amounts('哪个单位排前三')).toEqual([]);
  });

  it('marks a two-digit number before 年 as a possible year', () => {
    expect(readNumbers('22年收到552件').map((mention) => mention.isBeforeYear)).toEqual([true, false]);
  });
});
