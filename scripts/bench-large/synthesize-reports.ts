// Synthetic reports for the large benchmark, made straight as Report objects (parsing 100,000 texts is what the
// ingest figure measures on a sample; the store and query figures need only the stored shape).
import { createHash } from 'node:crypto';
import { seededRandom } from '../../bench/corpus/place-names.js';
import type { Report, TemplateYear } from '../../src/parser/index.js';

/** Years each template reports on: 2019 covers 2019–2020, 2021 covers 2021 onward. */
const TEMPLATE_YEARS: Record<TemplateYear, readonly number[]> = {
  '2019': [2019, 2020],
  '2021': [2021, 2022, 2023, 2024, 2025],
};
/** Characters for made-up district names: three of them give 216,000 names. */
const NAME_CHARACTERS = [
  ...'青松桃梅竹柳林森泉溪河江湖海川田米金玉明光昌安平福泰康吉祥瑞永仁德嘉善春秋冬夏星雪武白丹紫茂旺宜秀英芳桂菊樟桐渡帆宏立新',
];
const CITY_NAMES = ['洋城', '波塘', '浦源', '桑城', '岚州', '沅江', '澄海', '岱山'];
/** Districts per city, so a city-level list has a realistic size. */
const DISTRICTS_PER_CITY = 12;

/** The organ's name after its region (`人民政府`, `发展和改革局`): what the synthetic organs are called. */
function orgSuffix(report: Report): string {
  const region = report.region ?? '';
  const at = report.org.indexOf(region);
  return at >= 0 && region !== '' ? report.org.slice(at + region.length) : report.org;
}

function districtName(index: number): string {
  const size = NAME_CHARACTERS.length;
  return [index % size, Math.floor(index / size) % size, Math.floor(index / size / size) % size]
    .map((at) => NAME_CHARACTERS[at])
    .join('');
}

/** Every table number times `factor`; printed cells stay as the source printed them. */
function scaleNumbers<T>(value: T, factor: number): T {
  if (typeof value === 'number') return (value * factor) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, scaleNumbers(inner, factor)])) as T;
}

/**
 * `count` reports, one at a time (a million need not be held at once): organs take the samples in turn (each sample's organ kind once per district), every organ
 * reports on each year of its template, and each report's numbers are the sample's times a factor of 1–9.
 */
export function* generateReports(samples: readonly Report[], count: number, seed = 1): Generator<Report> {
  const random = seededRandom(seed);
  // Two samples of one kind (two district governments) would give one district two same-named organs: the
  // later one becomes a county (县) instead.
  const suffixes = samples.map(orgSuffix);
  const regionKinds = suffixes.map((suffix, at) => (suffixes.indexOf(suffix) < at ? '县' : '区'));
  let made = 0;
  for (let organ = 0; made < count; organ += 1) {
    const at = organ % samples.length;
    const sample = samples[at] as Report;
    const district = Math.floor(organ / samples.length);
    const region = `${districtName(district)}${regionKinds[at]}`;
    const org = `${CITY_NAMES[Math.floor(district / DISTRICTS_PER_CITY) % CITY_NAMES.length]}市${region}${suffixes[at]}`;
    for (const year of TEMPLATE_YEARS[sample.template]) {
      if (made === count) return;
      made += 1;
      const factor = 1 + Math.floor(random() * 9);
      const sha256 = createHash('sha256').update(`${org}/${year}/${factor}`).digest('hex');
      yield {
        ...sample,
        id: `${org}/${year}`,
        org,
        region,
        year,
        source: { ...sample.source, file: `synthetic/${org}-${year}.txt`, sha256 },
        activeDisclosure: scaleNumbers(sample.activeDisclosure, factor),
        applications: scaleNumbers(sample.applications, factor),
        reviewLitigation: scaleNumbers(sample.reviewLitigation, factor),
      };
    }
  }
}
