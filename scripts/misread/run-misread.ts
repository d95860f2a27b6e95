// The known-truth misread harness: the parsed truth of every seed and real report, printed in every layout, parsed
// back, and each cell classified (classify-cells.ts). Counts per layout; every silently wrong cell listed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../bench/corpus/place-names.js';
import { ParseError } from '../../src/errors.js';
import { readDocx } from '../../src/parser/formats/read-docx.js';
import { readHtml } from '../../src/parser/formats/read-html.js';
import { type Check, parseReport, type Report } from '../../src/parser/index.js';
import { DEFAULT_PARSE_LIMITS } from '../../src/parser/parse-limits.js';
import { type CellVerdict, classifyCells, OUTCOMES, type Outcome } from './classify-cells.js';
import { LAYOUTS } from './layouts.js';
import { type Layout, renderLayout } from './render-layout.js';
import type { Truth } from './render-tables.js';

const ROOT = join(import.meta.dirname, '../..');
/** Expected JSON beside the text each was parsed from: the seeds, then the real reports. */
const TRUTH_DIRS = [
  { expected: join(ROOT, 'test/fixtures/expected'), texts: join(ROOT, 'data/reports') },
  { expected: join(ROOT, 'test/fixtures/real-reports/expected'), texts: join(ROOT, 'test/fixtures/real-reports') },
];

/** One report's truth and the checks its faithful parse fails (a check failing there flags no misread). */
export interface KnownReport {
  readonly name: string;
  readonly truth: Truth;
  readonly baseline: readonly Check[];
}

/** The seed and real reports with their expected JSON. */
export function readKnownReports(): KnownReport[] {
  return TRUTH_DIRS.flatMap(({ expected, texts }) =>
    readdirSync(expected)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => {
        const name = file.replace(/\.json$/, '');
        const truth = JSON.parse(readFileSync(join(expected, file), 'utf8')) as Truth;
        const text = readdirSync(texts).find((other) => other.startsWith(name) && other.endsWith('.txt'));
        if (text === undefined) throw new Error(`no text for ${file} in ${texts}`);
        return { name, truth, baseline: parseText(readFileSync(join(texts, text), 'utf8')).checks };
      }),
  );
}

export type Counts = Record<Outcome | 'refused', number>;

export interface LayoutResult {
  readonly layout: string;
  readonly counts: Counts;
  /** "report: cell printed → stored" for every silently wrong cell. */
  readonly silentlyWrong: readonly string[];
  /** Reports the parser refused (a ParseError naming the reason): none of their cells is stored. */
  readonly refused: readonly string[];
}

export interface MisreadOptions {
  readonly seed: number;
  /** Layout names to run (all when absent). */
  readonly layouts?: readonly string[];
}

/** Prints every known report in every layout, parses it and classifies each cell. */
export function runMisread(options: MisreadOptions): LayoutResult[] {
  const reports = readKnownReports();
  const names = options.layouts ?? Object.keys(LAYOUTS);
  return names.map((name, l) => {
    const layout = LAYOUTS[name];
    if (layout === undefined) throw new Error(`no layout "${name}"; layouts: ${Object.keys(LAYOUTS).join(', ')}`);
    const random = seededRandom(options.seed * 1000 + l);
    const counts: Counts = { ...(Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as Counts), refused: 0 };
    const silentlyWrong: string[] = [];
    const refused: string[] = [];
    for (const known of reports) {
      const result = readInLayout(known, layout, random);
      if (!Array.isArray(result)) {
        refused.push(`${known.name}: ${result.refused}`);
        counts.refused++;
        continue;
      }
      for (const verdict of result) {
        counts[verdict.outcome]++;
        if (verdict.outcome === 'silentlyWrong')
          silentlyWrong.push(
            `${known.name}: ${verdict.cell} printed ${verdict.printed ?? '(nothing)'} → ${verdict.stored}`,
          );
      }
    }
    return { layout: name, counts, silentlyWrong, refused };
  });
}

/** The verdicts on one report printed in one layout, or the reason the parser refused it. */
export function readInLayout(
  known: KnownReport,
  layout: Layout,
  random: () => number,
): CellVerdict[] | { readonly refused: string } {
  const rendering = renderLayout(known.truth, layout, random);
  let report: Report;
  try {
    report =
      rendering.format === 'text'
        ? parseText(rendering.text)
        : parseDocument(rendering.bytes ?? Buffer.from(rendering.text, 'utf8'), rendering.format);
  } catch (error) {
    if (error instanceof ParseError) return { refused: error.message };
    throw error;
  }
  return classifyCells(report, known.truth, rendering, known.baseline);
}

function parseText(text: string): Report {
  return parseReport(text, {
    file: 'misread.txt',
    sha256: createHash('sha256').update(text).digest('hex'),
    format: 'text',
  });
}

/** A web page or Word document parsed as a fetched one is: read to text (as extractText does), then parsed. */
function parseDocument(bytes: Uint8Array, format: 'html' | 'docx'): Report {
  const read = format === 'html' ? readHtml(bytes) : readDocx(bytes, DEFAULT_PARSE_LIMITS);
  return parseReport(read.replace(/\r\n?/g, '\n').normalize('NFC'), {
    file: `misread.${format}`,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    format,
  });
}
