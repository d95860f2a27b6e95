// The synthetic corpus: N reports made from the sample reports, written into a folder.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { parseFile, type Report, type TemplateYear } from '../../src/parser/index.js';
import { CITY_NAMES, makeRegionNames, seededRandom } from './place-names.js';
import { replaceNames, scaleProseCounts, scaleTableNumbers, shiftYears } from './vary-report.js';

/** A sample report the corpus is made from, with what its parse says about it. */
export interface CorpusSource {
  readonly file: string;
  readonly text: string;
  readonly report: Report;
  /** The district name as printed in the organ's name, without its 区/县 (`龙岗`). */
  readonly regionName: string;
  /** The city before it (`深圳`), or null when the organ's name starts with the district. */
  readonly cityName: string | null;
  /** Check rules that fail in the source, sorted: each generated copy must fail the same ones. */
  readonly checkRules: readonly string[];
}

/** One planned report and what its parse must say. */
export interface PlannedReport {
  readonly source: CorpusSource;
  readonly org: string;
  readonly region: string;
  /** The district name alone (`松林`), for questions. */
  readonly regionName: string;
  readonly cityName: string;
  readonly year: number;
  /** Every table number of the source is multiplied by this. */
  readonly factor: number;
}

/** A planned report written to a file. */
export interface CorpusEntry extends PlannedReport {
  readonly file: string;
}

/** Years a template may report on: the 2019 template covers 2019–2020, the 2021 template 2021 onward. */
const TEMPLATE_YEARS: Record<TemplateYear, readonly number[]> = {
  '2019': [2019, 2020],
  '2021': [2021, 2022, 2023, 2024, 2025],
};
const MAX_FACTOR = 9;
const toTraditional = (['tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));

/** Parses each sample report to learn its organ, district, city, year and failing checks. */
export async function describeSources(files: readonly string[]): Promise<CorpusSource[]> {
  return Promise.all(
    files.map(async (file): Promise<CorpusSource> => {
      const report = await parseFile(file);
      if (report.region === null)
        throw new Error(`${file}: the parser found no district, so the corpus cannot rename it`);
      const regionName = report.region.replace(/[区县市]$/, '');
      const at = report.org.indexOf(regionName);
      const cityPrefix = at > 0 ? report.org.slice(0, at).replace(/市$/, '') : '';
      return {
        file,
        text: await readFile(file, 'utf8'),
        report,
        regionName,
        cityName: cityPrefix || null,
        checkRules: failingRules(report),
      };
    }),
  );
}

/** The rules of a report's failed checks, each once, sorted. */
export function failingRules(report: Report): string[] {
  return [...new Set(report.checks.map((check) => check.rule))].sort();
}

/** Romanizes a district name the way an English question would write it (`松林` → `Songlin`). */
export function romanizeName(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array' }).join('');
  return syllables.charAt(0).toUpperCase() + syllables.slice(1);
}

/**
 * Plans `count` reports: the sources take turns (so every layout is represented), each turn of them gets a
 * new district and city, a year within its template's range and a number factor. Organ/year ids are unique.
 */
export function planCorpus(sources: readonly CorpusSource[], count: number, seed = 1): PlannedReport[] {
  const random = seededRandom(seed);
  const regionNames = makeRegionNames(Math.ceil(count / sources.length), romanizeName, random);
  const ids = new Set<string>();
  return Array.from({ length: count }, (_, at) => {
    const source = sources[at % sources.length] as CorpusSource;
    const turn = Math.floor(at / sources.length);
    const regionName = regionNames[turn] as string;
    const years = TEMPLATE_YEARS[source.report.template];
    const year = years[Math.floor(random() * years.length)] as number;
    const cityName = CITY_NAMES[turn % CITY_NAMES.length] as string;
    const org = replaceNames(source.report.org, nameReplacements(source, regionName, cityName));
    if (ids.has(`${org}/${year}`)) throw new Error(`the corpus plan repeats ${org}/${year}`);
    ids.add(`${org}/${year}`);
    const region = regionName + (source.report.region ?? '').slice(source.regionName.length);
    return { source, org, region, regionName, cityName, year, factor: 1 + Math.floor(random() * MAX_FACTOR) };
  });
}

/** The text of one planned report. */
export function renderReport(entry: PlannedReport): string {
  const renamed = replaceNames(entry.source.text, nameReplacements(entry.source, entry.regionName, entry.cityName));
  const shifted = shiftYears(renamed, entry.year - entry.source.report.year);
  return scaleProseCounts(scaleTableNumbers(shifted, entry.factor), entry.factor);
}

/** Writes a planned corpus into `folder` as report-00000.txt … and returns the entries with their files. */
export async function writeCorpus(
  sources: readonly CorpusSource[],
  count: number,
  folder: string,
  seed = 1,
): Promise<CorpusEntry[]> {
  await mkdir(folder, { recursive: true });
  const entries = planCorpus(sources, count, seed).map((entry, at) => ({
    ...entry,
    file: join(folder, `report-${String(at).padStart(5, '0')}.txt`),
  }));
  for (const entry of entries) await writeFile(entry.file, renderReport(entry));
  return entries;
}

/** Source names (Simplified and their Traditional forms) → generated names. */
function nameReplacements(source: CorpusSource, regionName: string, cityName: string): Map<string, string> {
  const replacements = new Map<string, string>();
  const add = (from: string | null, to: string): void => {
    if (from === null) return;
    for (const form of [from, ...toTraditional.map((convert) => convert(from))]) replacements.set(form, to);
  };
  add(source.regionName, regionName);
  add(source.cityName, cityName);
  return replacements;
}
