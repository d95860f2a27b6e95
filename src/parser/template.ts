// Which national template a report follows, told by the column headers only one template prints.
import type { LabelIndex, TableRegions } from './find-tables.js';
import { TEMPLATE_MARKERS } from './labels.js';
import type { TemplateYear } from './report.js';

/** The first year reported on the 2021 template; the fallback when the headers do not tell. */
const FIRST_2021_YEAR = 2021;

/** Detects the template from the tables' headers; the year covered decides only a tie. */
export function detectTemplate(index: LabelIndex, regions: TableRegions, year: number | null): TemplateYear {
  const ranges = [regions.disclosure, regions.applications, regions.review].filter((range) => range !== null);
  const from = Math.min(...ranges.map((range) => range.start));
  const to = Math.max(...ranges.map((range) => range.end));
  const count = (template: TemplateYear): number =>
    TEMPLATE_MARKERS[template].filter((marker) => index.includes(marker, from, to)).length;
  const markers2021 = count('2021');
  const markers2019 = count('2019');
  if (markers2021 !== markers2019) return markers2021 > markers2019 ? '2021' : '2019';
  return year !== null && year < FIRST_2021_YEAR ? '2019' : '2021';
}
