import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ParseLimits } from '../parse-limits.js';
import { loadPdfjs, type Pdfjs } from './load-pdfjs.js';
import { joinContinuedCells } from './pdf-continuation.js';
import { findTableGrids } from './pdf-grid.js';
import { layoutPage, type PageItem, type TextPiece, tableRows } from './pdf-layout.js';
import { apply, findUpright, type Matrix, textAngle } from './pdf-orientation.js';
import { findRulings } from './pdf-rulings.js';
import { catchStrayRejections } from './pdf-stray-rejections.js';
import { formatTable } from './table-rows.js';
import { LimitError, UnreadableDocumentError } from './unreadable-document-error.js';

/** Fewer visible characters per page than this means the pages are images: a scan. */
const MIN_CHARACTERS_PER_PAGE = 20;
/** Share of the page height at top and bottom where running headers, footers and page numbers live. */
const MARGIN_SHARE = 0.08;
/** `- 4 -`, `— 2 —`, `第3页`, `3/6`, `第 3 页 共 6 页`, `Page 3`: a page number alone on its line. */
const PAGE_NUMBER =
  /^[-—–－\s]*(第\s*)?\d+\s*(页)?\s*([/／]\s*\d+|共\s*\d+\s*页)?[-—–－\s]*$|^page\s*\d+(\s*of\s*\d+)?$/i;

const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

interface PdfPage {
  readonly items: PageItem[];
  readonly height: number;
  readonly characterCount: number;
}

/** Reads a PDF's text layer: tables rebuilt from their ruling lines, page numbers and running footers dropped. */
export async function readPdf(bytes: Uint8Array, limits: ParseLimits): Promise<string> {
  const pages = await catchStrayRejections(() => loadPages(bytes, limits.maxPages));
  const characters = pages.reduce((sum, page) => sum + page.characterCount, 0);
  if (characters < MIN_CHARACTERS_PER_PAGE * pages.length) {
    throw new UnreadableDocumentError(
      `a scanned PDF with no text layer (${pages.length} page${pages.length === 1 ? '' : 's'}, ${characters} characters of text); ` +
        'run OCR on it first (e.g. `ocrmypdf --language chi_sim in.pdf out.pdf`) and parse the result',
    );
  }
  const repeated = findRunningLines(pages);
  const content = pages.map((page) => page.items.filter((item) => !isPageFurniture(item, page.height, repeated)));
  return joinTablesAcrossPages(content)
    .flat()
    .flatMap((item) => (item.kind === 'line' ? [item.text] : formatTable(tableRows(item.table))))
    .join('\n');
}

/** Where a page ends with a table and the next starts with one, rejoins the cells the break cut. */
function joinTablesAcrossPages(pages: readonly PageItem[][]): PageItem[][] {
  const result = pages.map((items) => [...items]);
  for (let index = 1; index < result.length; index += 1) {
    const previous = result[index - 1] ?? [];
    const current = result[index] ?? [];
    const last = previous.at(-1);
    const first = current[0];
    if (last?.kind !== 'table' || first?.kind !== 'table') continue;
    const [above, below] = joinContinuedCells(last.table, first.table);
    previous[previous.length - 1] = { ...last, table: above };
    current[0] = { ...first, table: below };
  }
  return result;
}

async function loadPages(bytes: Uint8Array, maxPages: number): Promise<PdfPage[]> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of (detaches) the buffer it is given: pass a copy.
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    cMapUrl: `${join(PDFJS_ROOT, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(PDFJS_ROOT, 'standard_fonts')}/`,
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw explainLoadError(error);
    });
    if (document.numPages > maxPages) {
      throw new LimitError(
        `超过页数上限 ${maxPages}: the PDF has ${document.numPages} pages, more than any annual report (PARSE_MAX_PAGES raises the limit)`,
      );
    }
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1)
      pages.push(await readPage(await document.getPage(number), pdfjs.OPS));
    return pages;
  } finally {
    await task.destroy();
  }
}

type PdfjsPage = Awaited<ReturnType<Awaited<ReturnType<Pdfjs['getDocument']>['promise']>['getPage']>>;

async function readPage(page: PdfjsPage, ops: Pdfjs['OPS']): Promise<PdfPage> {
  const runs = (await page.getTextContent()).items.filter(
    (item) => 'str' in item && item.str.trim() !== '',
  ) as TextRun[];
  const upright = findUpright(runs);
  const pieces = runs.map((run) => toPiece(run, upright));
  const grids = findTableGrids(findRulings(await page.getOperatorList(), ops, upright.matrix));
  const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
  const corners = [apply(upright.matrix, [left, bottom]), apply(upright.matrix, [right, top])].map(([, y]) => y);
  const [pageBottom, pageTop] = [Math.min(...corners), Math.max(...corners)];
  const characterCount = pieces.reduce((sum, piece) => sum + piece.text.replace(/\s/g, '').length, 0);
  const items = layoutPage(pieces, grids).map((item) => ({ ...item, y: item.y - pageBottom }));
  return { items, height: pageTop - pageBottom, characterCount };
}

interface TextRun {
  readonly str: string;
  readonly transform: number[];
  readonly width: number;
  readonly height: number;
}

/** A text run in upright page coordinates; runs across the page's text direction (vertical labels) get no width. */
function toPiece(run: TextRun, upright: { angle: number; matrix: Matrix }): TextPiece {
  const [, , c = 0, d = 0, e = 0, f = 0] = run.transform;
  const [x, y] = apply(upright.matrix, [e, f]);
  const isAlongPage = textAngle(run.transform) === upright.angle;
  return { text: run.str, x, y, width: isAlongPage ? run.width : 0, size: Math.hypot(c, d) || run.height };
}

function explainLoadError(error: unknown): Error {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') {
    return new UnreadableDocumentError(
      'the PDF is password-protected; open it with the password and save an unprotected copy, then parse that',
      { cause: error },
    );
  }
  if (name === 'InvalidPDFException') {
    return new UnreadableDocumentError(
      'a corrupt or truncated PDF (invalid PDF structure); download it again or re-export it',
      { cause: error },
    );
  }
  return new UnreadableDocumentError(`the PDF cannot be read (${(error as Error)?.message ?? String(error)})`, {
    cause: error,
  });
}

function isInMargin(item: PageItem, height: number): boolean {
  return item.y < height * MARGIN_SHARE || item.y > height * (1 - MARGIN_SHARE);
}

/** Lines in the margins that recur on most pages: running headers and footers (the report title, a site name). */
function findRunningLines(pages: readonly PdfPage[]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const texts = new Set(
      page.items.flatMap((item) => (item.kind === 'line' && isInMargin(item, page.height) ? [item.text] : [])),
    );
    for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const enough = Math.max(3, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([, count]) => count >= enough).map(([text]) => text));
}

function isPageFurniture(item: PageItem, height: number, repeated: ReadonlySet<string>): boolean {
  if (item.kind === 'table' || !isInMargin(item, height)) return false;
  return PAGE_NUMBER.test(item.text) || repeated.has(item.text);
}
