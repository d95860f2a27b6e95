// Prints a document's blocks (table-grid.ts) as a government site's web page: tables with rowspan/colspan (or
// their merges written out), cells marked up as office software exports them (<p>, <span>, <br>, &nbsp;).
import type { Block, Cell, GridStyle, Table } from './table-grid.js';

/** How a layout prints its tables as HTML. */
export interface HtmlStyle extends GridStyle {
  /** plain <td>text</td>; word: <p><span> with &nbsp; padding; br: labels broken by <br>, numbers in one span a digit. */
  readonly markup?: 'plain' | 'word' | 'br';
  /** Header cells as <th>. */
  readonly headerCells?: boolean;
}

/** A whole page: the title, the paragraphs and tables, as a site serves it. `text` changes every text printed. */
export function printHtml(
  title: string,
  blocks: readonly Block[],
  style: HtmlStyle,
  text: (printed: string) => string,
): string {
  const body = blocks.map((block) =>
    'table' in block ? printTable(block.table, style, text) : `<p>${escapeHtml(text(block.paragraph))}</p>`,
  );
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>${escapeHtml(text(title))}</title></head>
<body>
<div class="article">
${body.join('\n')}
</div>
</body>
</html>
`;
}

function printTable(table: Table, style: HtmlStyle, text: (printed: string) => string): string {
  const html = table.map((cells) => {
    const printed = cells.map((cell) => {
      const tag = cell.header && style.headerCells ? 'th' : 'td';
      return `<${tag}${spans(cell)}>${markupText(cell, style, text)}</${tag}>`;
    });
    return `<tr>${printed.join('')}</tr>`;
  });
  return `<table border="1" cellspacing="0" cellpadding="0">\n<tbody>\n${html.join('\n')}\n</tbody>\n</table>`;
}

function spans(cell: Cell): string {
  const rows = (cell.rowSpan ?? 1) > 1 ? ` rowspan="${cell.rowSpan}"` : '';
  return `${rows}${(cell.colSpan ?? 1) > 1 ? ` colspan="${cell.colSpan}"` : ''}`;
}

/** A cell's text in the layout's markup. */
function markupText(cell: Cell, style: HtmlStyle, text: (printed: string) => string): string {
  const changed = text(cell.text);
  const shown = escapeHtml(changed);
  switch (style.markup ?? 'plain') {
    case 'plain':
      return shown;
    case 'word':
      return cell.number
        ? `<p align="center" style="text-align:center"><span style="font-size:10.5pt">&nbsp;${shown}&nbsp;</span></p>`
        : `<p style="line-height:150%"><span style="font-family:仿宋_GB2312">${shown}</span><span lang="EN-US"></span></p>`;
    case 'br':
      return cell.number
        ? [...changed].map((char) => `<span>${escapeHtml(char)}</span>`).join('')
        : (changed.match(/.{1,5}/gu) ?? []).map(escapeHtml).join('<br>\n');
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
