import { describe, expect, it } from 'vitest';
import { parseCell } from '../../src/parser/parse-cell.js';

describe('parseCell', () => {
  it.each([
    ['0', 0],
    ['236', 236],
    ['8,759', 8759],
    ['199,956', 199956],
    ['减19', -19],
    ['增2,668', 2668],
    ['+928', 928],
    ['增加5', 5],
    ['减少124', -124],
    ['-3', -3],
    ['/', 0],
    ['', 0],
    ['-', 0],
    ['—', 0],
    ['——', 0],
    ['无', 0],
    ['5246500元', 5246500],
    ['456880 元', 456880],
    ['170,815.4万元', 1708154000],
    ['17.08154亿元', 1708154000],
    ['12件', 12],
    ['减3项', -3],
    ['1,708,154,000.00', 1708154000],
  ])('parseCell(%j) === %j', (text, value) => {
    expect(parseCell(text)).toBe(value);
  });

  it.each([
    ['2.22934', 22293.4],
    ['96171.6', 961716000],
    ['4068.208', 40682080],
    ['0.01', 100],
    ['7545', 75450000],
    ['12元', 12],
  ])('parseCell(%j) in a 万元 column === %j', (text, value) => {
    expect(parseCell(text, 10000)).toBe(value);
  });

  it.each([
    ['17.08154', 1708154000],
    ['0.000222934', 22293.4],
    ['3万元', 30000],
  ])('parseCell(%j) in a 亿元 column === %j', (text, value) => {
    expect(parseCell(text, 100000000)).toBe(value);
  });

  it.each(['规章', '1.属于国家秘密', '数据1', '2024年', '1.'])('parseCell(%j) is no value', (text) => {
    expect(parseCell(text)).toBeNull();
  });
});
