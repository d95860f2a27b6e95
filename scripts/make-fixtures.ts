// Renders the five sample reports (data/reports/*.txt) as HTML, DOCX, PDF (and one DOC) into
// test/fixtures/documents/, plus the bad files the format tests need. Run once, as root, after
//   apt-get install -y libreoffice-writer-nogui fonts-wqy-microhei qpdf
// with `npx tsx scripts/make-fixtures.ts` (`-- --merged-values` for only those); commit the output so that tests
// need no LibreOffice.
//
// The prose comes from each sample text; the three tables are rebuilt from the expected JSON
// (test/fixtures/expected/) in the official layout with merged cells, so every fixture must parse
// to that same JSON.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { runQpdf, writeBadFiles } from './make-fixtures.bad-files.js';
import { type HtmlVariant, renderReportHtml } from './make-fixtures.html.js';
import type { ExpectedReport, NumberStyle } from './make-fixtures.tables.js';

const OUT = 'test/fixtures/documents';

interface FixtureSpec {
  readonly name: string;
  /** How the web-page fixture differs from a plain page, so that each reader path is exercised. */
  readonly variant: HtmlVariant;
  readonly encoding: 'utf-8' | 'gbk';
  readonly style: NumberStyle;
  readonly alsoDoc?: boolean;
  /** Also a PDF whose tables have no borders: <name>.no-borders.pdf. */
  readonly alsoBorderless?: boolean;
  /** Also a PDF with this page turned sideways, content and all (a landscape table): <name>.rotated-page.pdf. */
  readonly alsoRotatedPage?: number;
}

const PLAIN: NumberStyle = { thousands: false, zero: '0' };

const FIXTURES: readonly FixtureSpec[] = [
  // GBK bytes declared as gb2312 in a meta tag, printed like the original (8,759 and "/" for zero).
  {
    name: 'nanshan-district-2020',
    encoding: 'gbk',
    variant: { charsetMeta: 'gb2312', layout: 'merged' },
    style: { thousands: true, zero: '/' },
  },
  // A government site page: navigation, breadcrumbs, scripts and a footer with a date around the report.
  {
    name: 'longgang-district-2022',
    encoding: 'utf-8',
    variant: { charsetMeta: 'utf-8', layout: 'merged', pageChrome: true },
    style: PLAIN,
  },
  // Merged cells written out as blank cells (as many sites do), no charset declared at all.
  {
    name: 'longgang-development-reform-2020',
    encoding: 'utf-8',
    variant: { layout: 'blank-cells' },
    style: PLAIN,
    alsoBorderless: true,
    alsoRotatedPage: 2,
  },
  // The whole page inside a layout table, header cells as <th>.
  {
    name: 'longhua-data-bureau-2020',
    encoding: 'utf-8',
    variant: { charsetMeta: 'utf-8', layout: 'merged', layoutTable: true, headerCells: true },
    style: PLAIN,
    alsoDoc: true,
  },
  // GBK bytes with no declaration: the encoding must be detected.
  { name: 'longgang-data-bureau-2021', encoding: 'gbk', variant: { layout: 'merged' }, style: PLAIN },
];

/** Samples also rendered with numbers merged across columns (issue 14, defect class 1): one per template. */
const MERGED_VALUES = ['nanshan-district-2020', 'longgang-district-2022'] as const;

/** Writes every fixture; `--merged-values` writes only the merged-value ones (the others stay byte for byte). */
function main(argv: readonly string[]): void {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'nianbao-fixtures-'));
  try {
    if (!argv.includes('--merged-values')) {
      for (const spec of FIXTURES) writeFixture(spec, work);
      writeBadFiles(join(OUT, 'bad'), join(OUT, 'longgang-development-reform-2020.pdf'));
    }
    for (const name of MERGED_VALUES) writeMergedValues(name, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** <name>.merged-values.{html,docx,pdf}: colspan, gridSpan and PDF cells without inner borders over numbers. */
function writeMergedValues(name: string, work: string): void {
  const text = readFileSync(`data/reports/${name}.txt`, 'utf8');
  const expected = JSON.parse(readFileSync(`test/fixtures/expected/${name}.json`, 'utf8')) as ExpectedReport;
  const variant = { charsetMeta: 'utf-8', layout: 'merged', merging: 'merged-values' } as const;
  const stem = `${name}.merged-values`;
  writeFileSync(join(OUT, `${stem}.html`), renderReportHtml(text, expected, PLAIN, variant));
  const made = convert(
    renderReportHtml(text, expected, PLAIN, { ...variant, forPrint: true }),
    stem,
    ['docx', 'pdf'],
    work,
  );
  console.log(`${stem}: html, docx, pdf (${made.length + 1} files)`);
}

function writeFixture(spec: FixtureSpec, work: string): void {
  const text = readFileSync(`data/reports/${spec.name}.txt`, 'utf8');
  const expected = JSON.parse(readFileSync(`test/fixtures/expected/${spec.name}.json`, 'utf8')) as ExpectedReport;
  const render = (variant: HtmlVariant): string => renderReportHtml(text, expected, spec.style, variant);
  const page = render(spec.variant);
  writeFileSync(join(OUT, `${spec.name}.html`), spec.encoding === 'gbk' ? iconv.encode(page, 'gbk') : page);
  // DOCX and PDF come from the plain document (no page chrome), as an office would have written them.
  const printed = { charsetMeta: 'utf-8', layout: 'merged', forPrint: true } as const;
  const made = [
    'html',
    ...convert(render(printed), spec.name, ['docx', 'pdf', ...(spec.alsoDoc ? ['doc'] : [])], work),
  ];
  if (spec.alsoBorderless)
    made.push(...convert(render({ ...printed, borderless: true }), `${spec.name}.no-borders`, ['pdf'], work));
  if (spec.alsoRotatedPage) {
    // --flatten-rotation draws the turned page's content rotated instead of setting /Rotate.
    runQpdf([
      join(OUT, `${spec.name}.pdf`),
      `--rotate=+90:${spec.alsoRotatedPage}`,
      '--flatten-rotation',
      '--',
      join(OUT, `${spec.name}.rotated-page.pdf`),
    ]);
    made.push('rotated-page.pdf');
  }
  console.log(`${spec.name}: ${made.join(', ')}`);
}

const LIBREOFFICE_FILTERS: Record<string, string> = {
  docx: 'docx:MS Word 2007 XML',
  pdf: 'pdf:writer_pdf_Export',
  doc: 'doc:MS Word 97',
};

/** Writes `html` as <name>.html in the work folder, converts it to each extension and copies the results out. */
function convert(html: string, name: string, extensions: readonly string[], work: string): string[] {
  const input = join(work, `${name}.html`);
  writeFileSync(input, html);
  for (const extension of extensions) {
    convertWithLibreOffice(input, LIBREOFFICE_FILTERS[extension] ?? extension, work);
    copyFileSync(join(work, `${name}.${extension}`), join(OUT, `${name}.${extension}`));
  }
  return extensions.map((extension) => `${name}.${extension}`.replace(/^[^.]+\./, ''));
}

/** Converts an HTML file with LibreOffice Writer (not Writer/Web, which cannot write DOCX). */
function convertWithLibreOffice(input: string, target: string, outDir: string): void {
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(outDir, 'profile')}`,
        '--headless',
        '--infilter=HTML (StarWriter)',
        '--convert-to',
        target,
        '--outdir',
        outDir,
        input,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
  } catch (error) {
    throw new Error(
      `LibreOffice failed on ${input} (is it installed? apt-get install -y libreoffice-writer-nogui fonts-wqy-microhei)`,
      { cause: error },
    );
  }
}

main(process.argv.slice(2));
