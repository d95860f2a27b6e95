// Prints a document's blocks (table-grid.ts) as a Word document (.docx): a ZIP of word/document.xml, tables with
// w:gridSpan across columns and w:vMerge down rows (or their merges written out), text in runs as Word splits them.
import { makeZip } from '../../test/parser/formats/make-docx.js';
import type { Block, Cell, GridStyle, Table } from './table-grid.js';

/** How a layout prints its tables as DOCX. */
export interface DocxStyle extends GridStyle {
  /** one: a run a cell; split: a run a digit and labels broken by <w:br/>, as Word leaves edited text. */
  readonly runs?: 'one' | 'split';
}

const NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

/** The .docx bytes of the paragraphs and tables. `text` changes every text printed. */
export function printDocx(blocks: readonly Block[], style: DocxStyle, text: (printed: string) => string): Uint8Array {
  const body = blocks.map((block) =>
    'table' in block ? printTable(block.table, style, text) : paragraph(text(block.paragraph), style),
  );
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${NAMESPACE}"><w:body>${body.join('')}</w:body></w:document>`;
  return makeZip([
    ['[Content_Types].xml', CONTENT_TYPES],
    ['word/document.xml', document],
  ]);
}

/** A paragraph; split runs break a cell's label with <w:br/>, a paragraph of prose only into runs. */
function paragraph(printed: string, style: DocxStyle, kind: 'prose' | 'label' | 'number' = 'prose'): string {
  const run = (part: string) =>
    `<w:r><w:rPr><w:sz w:val="21"/></w:rPr><w:t xml:space="preserve">${escapeXml(part)}</w:t></w:r>`;
  if (style.runs !== 'split') return `<w:p>${printed === '' ? '' : run(printed)}</w:p>`;
  const parts = kind === 'number' ? [...printed] : (printed.match(/.{1,5}/gu) ?? []);
  return `<w:p>${parts.map(run).join(kind === 'label' ? '<w:r><w:br/></w:r>' : '')}</w:p>`;
}

/** A table on its grid: a cell spanning rows starts a vMerge, each row it covers prints a continuation cell there. */
function printTable(table: Table, style: DocxStyle, text: (printed: string) => string): string {
  const covered = new Map<number, { readonly colSpan: number; readonly lastRow: number }>();
  const rows = table.map((cells, r) => {
    const printed: string[] = [];
    let column = 0;
    const continueCovered = (): void => {
      for (let cover = covered.get(column); cover !== undefined && cover.lastRow >= r; cover = covered.get(column)) {
        printed.push(tableCell('', cover.colSpan, 'continue', style));
        column += cover.colSpan;
      }
    };
    for (const cell of cells) {
      continueCovered();
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      if (rowSpan > 1) covered.set(column, { colSpan, lastRow: r + rowSpan - 1 });
      printed.push(tableCell(text(cell.text), colSpan, rowSpan > 1 ? 'restart' : undefined, style, cell));
      column += colSpan;
    }
    continueCovered();
    return `<w:tr>${printed.join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblBorders/></w:tblPr>${rows.join('')}</w:tbl>`;
}

function tableCell(
  printed: string,
  colSpan: number,
  merge: 'restart' | 'continue' | undefined,
  style: DocxStyle,
  cell?: Cell,
): string {
  const span = colSpan > 1 ? `<w:gridSpan w:val="${colSpan}"/>` : '';
  const vMerge = merge === 'restart' ? '<w:vMerge w:val="restart"/>' : merge === 'continue' ? '<w:vMerge/>' : '';
  const kind = cell?.number === true ? 'number' : 'label';
  return `<w:tc><w:tcPr>${span}${vMerge}</w:tcPr>${paragraph(printed, style, kind)}</w:tc>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
