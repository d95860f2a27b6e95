import { describe, expect, it } from 'vitest';
import { readChineseInteger } from '../../src/parser/index.js';

describe('readChineseInteger', () => {
  it.each([
    ['2022', 2022],
    ['二〇二二', 2022],
    ['二○二三', 2023],
    ['二零二零', 2020],
    ['两千零二十二', 2022],
    ['两千', 2000],
    ['两千零一十九', 2019],
    ['五百五十二', 552],
    ['十九', 19],
    ['十', 10],
    ['二十', 20],
    ['三', 3],
    ['十二月', undefined],
    ['万', undefined],
    ['', undefined],
  ])('%s → %s', (text, value) => {
    expect(readChineseInteger(text)).toBe(value);
  });
});
