// The parser's Traditional → Simplified conversion, which sends opencc-js only the runs of a text that can change,
// gives the text opencc-js gives for the whole: every phrase of the dictionaries, seeded runs of them meeting each
// other and the characters that split runs, the sample and real reports, and those reports in Traditional.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { makeTraditionalToSimplified } from '../../src/parser/to-simplified.js';
import { REAL_REPORTS_DIR } from './read-report.js';

const opencc = OpenCC.Converter({ from: 'hk', to: 'cn' });
const toSimplified = makeTraditionalToSimplified();

/** Every phrase and replacement of the dictionaries the hk2s conversion reads. */
function dictionaryWords(): string[] {
  const config = OpenCC.Locale.configs.hk2s;
  if (!config) throw new Error('opencc-js has no hk2s conversion');
  const dictionaries = [
    ...(config.normalizationChain ?? []).flat(),
    ...config.segmentation,
    ...config.conversionChain.flat(),
  ];
  return dictionaries.flatMap((dictionary) => dictionary.split('|').flatMap((line) => line.split(' ')));
}

/**
 * What stands between phrases in the seeded texts: nothing, characters of no phrase (digits, punctuation, a line
 * break, Han characters no phrase holds), a character beyond U+FFFF and an ideographic description character.
 */
const BETWEEN = ['', '', '', '1', '，', '\n', '\t', ' ', '的', '报告', '𠀀', '⿰', '。'];

/** Texts of seeded random words (whole, or their starts) and what stands between them. */
function seededTexts(words: readonly string[], count: number): string[] {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: count }, () =>
    Array.from({ length: 10 }, () => {
      const word = pick(words);
      return `${next() < 0.5 ? word : word.slice(0, 1 + next() * 3)}${pick(BETWEEN)}`;
    }).join(''),
  );
}

async function reportTexts(): Promise<string[]> {
  const folders = ['data/reports', REAL_REPORTS_DIR];
  const files = (
    await Promise.all(
      folders.map(async (folder) =>
        (await readdir(folder)).filter((name) => name.endsWith('.txt')).map((name) => join(folder, name)),
      ),
    )
  ).flat();
  expect(files.length).toBeGreaterThan(6);
  return Promise.all(files.map((file) => readFile(file, 'utf8')));
}

describe('Traditional → Simplified, converting only the runs that can change', () => {
  it('converts every phrase and replacement of its dictionaries as opencc-js does', () => {
    const words = dictionaryWords();
    expect(words.length).toBeGreaterThan(5_000);
    expect(words.filter((word) => toSimplified(word) !== opencc(word))).toEqual([]);
  });

  it('converts seeded texts of phrases, their starts and what splits runs as opencc-js does', () => {
    const texts = seededTexts(dictionaryWords(), 20_000);
    expect(texts.filter((text) => toSimplified(text) !== opencc(text))).toEqual([]);
  });

  it('converts the sample and real reports, and the same reports in Traditional, as opencc-js does', async () => {
    const toTraditional = [OpenCC.Converter({ from: 'cn', to: 'hk' }), OpenCC.Converter({ from: 'cn', to: 'tw' })];
    const texts = await reportTexts();
    const traditional = texts.flatMap((text) => toTraditional.map((convert) => convert(text)));
    for (const text of [...texts, ...traditional]) expect(toSimplified(text)).toBe(opencc(text));
    expect(traditional.some((text, at) => text !== texts[Math.floor(at / 2)])).toBe(true);
    expect(toSimplified('深圳市龍崗區人民政府 2022年 收到政府資訊公開申請 552 件，幹部發現頭髮')).toBe(
      '深圳市龙岗区人民政府 2022年 收到政府资讯公开申请 552 件，干部发现头发',
    );
  });
});
