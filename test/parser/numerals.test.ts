import { describe, expect, it } from 'vitest';
import { findNumerals, readChineseInteger, readChineseNumeral } from '../../src/parser/index.js';

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
    ['伍佰伍拾叁', 553],
    ['贰零贰贰', 2022],
    ['壹萬', 10000],
    ['十二月', undefined],
    ['万', undefined],
    ['', undefined],
  ])('%s → %s', (text, value) => {
    expect(readChineseInteger(text)).toBe(value);
  });
});

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
    ['伍拾', 50],
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

describe('findNumerals', () => {
  it.each([
    ['共收到伍佰伍拾叁件', [['伍佰伍拾叁', 553]]],
    ['增加伍拾件', [['伍拾', 50]]],
    ['共٣٦٠件', [['٣٦٠', 360]]],
    ['共३६०件', [['३६०', 360]]],
    [
      '๕๕๒ and 𝟓𝟓𝟐',
      [
        ['๕๕๒', 552],
        ['𝟓𝟓𝟐', 552],
      ],
    ],
    ['５５２件', [['５５２', 552]]],
    [
      'CCCLX more, xii less',
      [
        ['CCCLX', 360],
        ['xii', 12],
      ],
    ],
    ['1,708.5 元', [['1,708.5', 1708.5]]],
    [
      '二〇二二年，数据一致',
      [
        ['二〇二二', 2022],
        ['一', 1],
      ],
    ],
    [
      'Five hundred',
      [
        ['Five', 5],
        ['hundred', 100],
      ],
    ],
    ['廿五', [['廿五', undefined]]],
    [
      'Ⅻ ① ½',
      [
        ['Ⅻ', 12],
        ['①', 1],
        ['½', undefined],
      ],
    ],
  ] as const)('%s', (text, expected) => {
    expect(findNumerals(text).map((numeral) => [numeral.text, numeral.value])).toEqual(expected);
  });

  it('finds no numeral in words that only look like one', () => {
    expect(findNumerals('I mix civil, vivid and livid CIVIL words; Mix')).toEqual([]);
  });
});
