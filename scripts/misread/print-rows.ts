// Prints table rows as text in the forms reports reach the parser: Word text (one cell per line), PDF text (a row's
// cells on one line, labels wrapped, numbers above their labels), tab-separated rows, pipe rows, a web table copied.
import type { PrintedRow } from './render-tables.js';

/** How the rows of a table are printed. */
export type RowStyle =
  | { readonly kind: 'word' }
  | { readonly kind: 'rows' }
  | { readonly kind: 'tabs' }
  | { readonly kind: 'pipe' }
  | { readonly kind: 'web' }
  | { readonly kind: 'wrapped'; readonly width: number; readonly numbersOn: 'first' | 'last' }
  | { readonly kind: 'above' };

/** Prints one row, its cells already printed as text ("" for a blank cell). */
export function printRow(row: PrintedRow, cells: readonly string[], style: RowStyle): string[] {
  switch (style.kind) {
    case 'word':
      return ['', ...splitLabel(row.label).map((part) => `\t${part}`), ...cells.map((cell) => `\t${cell}`)];
    case 'web':
      // A copied web table: every cell a line, blank cells empty lines, nothing between rows.
      return [...splitLabel(row.label), ...cells];
    case 'tabs':
      return [[row.label, ...cells].filter((part, i) => i > 0 || part !== '').join('\t')];
    case 'pipe':
      return [`| ${[row.label, ...cells].join(' | ')} |`];
    case 'rows':
      return [joinSpaced(row.label, cells)];
    case 'above':
      if (row.kind !== 'data' || row.label === '') return [joinSpaced(row.label, cells)];
      return [cells.filter((cell) => cell !== '').join(' '), row.label].filter((line) => line !== '');
    case 'wrapped':
      return wrapRow(row, cells, style.width, style.numbersOn);
  }
}

/** PDF text drops blank cells: a row's printed cells, space-separated, after its label. */
function joinSpaced(label: string, cells: readonly string[]): string {
  return [label, ...cells.filter((cell) => cell !== '')].filter((part) => part !== '').join(' ');
}

/** Labels split where the template breaks them: "（三）不予公开 1.属于国家秘密" is two cells (merged rows). */
function splitLabel(label: string): string[] {
  return label === '' ? [] : label.split(' ');
}

/** A PDF row in a narrow label column: the label wrapped at `width`, its numbers after its first or last line. */
function wrapRow(row: PrintedRow, cells: readonly string[], width: number, numbersOn: 'first' | 'last'): string[] {
  const numbers = cells.filter((cell) => cell !== '').join(' ');
  if (row.kind !== 'data' || row.label === '') return [joinSpaced(row.label, cells)];
  const parts: string[] = [];
  for (let rest = row.label.replace(/\s+/g, ''); rest !== ''; ) {
    // A row's numbering ("1.") stays on one line with its dot, as a PDF wraps words.
    const cut = /\d/.test(rest[width - 1] ?? '') ? width - 1 : width;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (numbers === '') return parts;
  const at = numbersOn === 'first' ? 0 : parts.length - 1;
  return parts.map((part, i) => (i === at ? `${part} ${numbers}` : part));
}
