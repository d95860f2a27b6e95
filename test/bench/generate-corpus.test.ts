import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { type CorpusSource, describeSources, planCorpus, writeCorpus } from '../../bench/corpus/generate-corpus.js';
import { CITY_NAMES, REGION_CHARACTERS } from '../../bench/corpus/place-names.js';
import { multiplyDecimal, scaleProseCounts, scaleTableNumbers, shiftYears } from '../../bench/corpus/vary-report.js';
import { verifyEntries } from '../../bench/corpus/verify-corpus.js';
import { listReportFiles, SAMPLE_REPORTS_DIR } from '../../src/store/index.js';

describe('report variations', () => {
  it.each([
    ['8,759', '', 3, '26,277'],
    ['170,815', '4', 3, '512,446.2'],
    ['2', '22934', 5, '11.14670'],
    ['0', '', 7, '0'],
    ['999', '', 2, '1998'],
  ])('multiplyDecimal(%s, %s, %i) = %s', (whole, fraction, factor, expected) => {
    expect(multiplyDecimal(whole, fraction, factor)).toBe(expected);
  });

  it('scales table numbers only, keeping signs, units and row numbering', () => {
    const text =
      '共12件 第二十条第（一）项\t8,759\t减19\t-3\t+928\t5246500元\t2.22934\n1.属于国家秘密\t4\n五、存在的主要问题 7件';
    expect(scaleTableNumbers(text, 2)).toBe(
      '共12件 第二十条第（一）项\t17,518\t减38\t-6\t+1856\t10493000元\t4.45868\n1.属于国家秘密\t8\n五、存在的主要问题 7件',
    );
  });

  it('scales the counts the prose states (so that it still restates the tables), not years, shares or tables', () => {
    const text = '2020年共收到262宗申请，同比增加4.8%，办结 3,119 件，65个文件\n第二十条\t8\n五、存在的主要问题 7件次';
    expect(scaleProseCounts(text, 3)).toBe(
      '2020年共收到786宗申请，同比增加4.8%，办结 9,357 件，65个文件\n第二十条\t8\n五、存在的主要问题 21件次',
    );
  });

  it('shifts years written before 年, dates included, and nothing else', () => {
    expect(shiftYears('2020年、2020 年、2021年度、2022年1月6日、2021地理、12020年', -1)).toBe(
      '2019年、2019 年、2020年度、2021年1月6日、2021地理、12020年',
    );
  });

  it('uses place-name characters that read the same in Traditional script', () => {
    const converters = (['tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
    const characters = [...REGION_CHARACTERS, ...CITY_NAMES.join('')];
    expect(characters.filter((character) => converters.some((convert) => convert(character) !== character))).toEqual(
      [],
    );
  });
});

describe('synthetic corpus', () => {
  let sources: CorpusSource[];
  beforeAll(async () => {
    sources = await describeSources(await listReportFiles([SAMPLE_REPORTS_DIR]));
  });

  it('plans distinct organ-years within each template’s years, every sample taking turns', () => {
    const plan = planCorpus(sources, 1000);
    expect(new Set(plan.map((entry) => `${entry.org}/${entry.year}`)).size).toBe(1000);
    expect(new Set(plan.slice(0, 5).map((entry) => entry.source.file)).size).toBe(5);
    for (const entry of plan) {
      expect(entry.source.report.template === '2019' ? entry.year <= 2020 : entry.year >= 2021).toBe(true);
    }
  });

  it('writes reports that parse to the planned organ, year and scaled tables, failing the same checks as their source', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'nianbao-corpus-'));
    onTestFinished(() => rm(folder, { recursive: true, force: true }));
    const entries = await writeCorpus(sources, 10, folder);
    expect(await verifyEntries(entries)).toEqual([]);
    expect(entries.map((entry) => entry.source.checkRules.join())).toContain(
      'applications.balance,applications.rowTotal',
    );
    const traditional = entries.find((entry) => entry.source.file.endsWith('longgang-district-2022.txt'));
    const text = await readFile(traditional?.file ?? '', 'utf8');
    expect(text).not.toMatch(/龍崗|龙岗|深圳/);
    expect(text).toContain(`${traditional?.regionName}區`);
  });
});
