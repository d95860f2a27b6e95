// The engine's Simplified → Traditional conversion (its own compact tables of OpenCC's dictionaries) gives the text
// opencc-js gives: every phrase and character of the dictionaries, the sample reports, and seeded runs of them.
import { readdir, readFile } from 'node:fs/promises';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../../src/answers/text/index.js';

const opencc = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Every phrase and replacement of the dictionaries the s2tw conversion reads. */
function dictionaryWords(): string[] {
  const config = OpenCC.Locale.configs.s2tw;
  if (!config?.normalizationChain) throw new Error('opencc-js has no s2tw conversion');
  const dictionaries = [...config.normalizationChain.flat(), ...config.segmentation, ...config.conversionChain.flat()];
  return dictionaries.flatMap((dictionary) => dictionary.split('|').flatMap((line) => line.split(' ')));
}

/** Texts made of the starts of seeded random words, so phrases meet and overlap at their edges. */
function seededRuns(words: readonly string[], count: number): string[] {
  let seed = 1;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 8 }, () => (words[Math.floor(next() * words.length)] as string).slice(0, 1 + next() * 4)).join(
      '',
    ),
  );
}

describe('Simplified → Traditional', () => {
  it('converts every phrase and character of its dictionaries as opencc-js does', () => {
    const words = dictionaryWords();
    expect(words.length).toBeGreaterThan(100_000);
    const differing = words.filter((word) => toTraditional(word) !== opencc(word));
    expect(differing).toEqual([]);
  });

  it('converts runs of phrases meeting at their edges as opencc-js does', () => {
    const runs = seededRuns(dictionaryWords(), 20_000);
    expect(runs.filter((text) => toTraditional(text) !== opencc(text))).toEqual([]);
  });

  it('converts the sample reports and a reply as opencc-js does', async () => {
    const files = await readdir('data/reports');
    const texts = await Promise.all(files.map((file) => readFile(`data/reports/${file}`, 'utf8')));
    for (const text of texts) expect(toTraditional(text)).toBe(opencc(text));
    expect(toTraditional('深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件，干部发现头发')).toBe(
      '深圳市龍崗區人民政府 2022年 收到政府信息公開申請 552 件，幹部發現頭髮',
    );
  });
});
