import { DomUtils, parseDocument } from 'htmlparser2';
import { isCellValue } from '../parse-cell.js';
import type { ParseLimits } from '../parse-limits.js';
import { type DomElement, type DomNode, isElement } from './dom-nodes.js';
import { readZipEntry } from './read-zip.js';
import { formatTable, joinCellLines } from './table-rows.js';
import { UnreadableDocumentError } from './unreadable-document-error.js';

/** Markup whose text is not part of the document as printed: deletions, field codes, duplicate fallbacks. */
const SKIPPED_ELEMENTS = new Set([
  'w:del',
  'w:delText',
  'w:instrText',
  'mc:Fallback',
  'w:rPr',
  'w:pPr',
  'w:tblPr',
  'w:tcPr',
  'w:trPr',
]);

/** Reads a DOCX (word/document.xml): paragraphs as lines, tables as pipe rows with merged cells repeated. */
export function readDocx(bytes: Uint8Array, limits: ParseLimits): string {
  const budget = { maxEntryBytes: limits.maxEntryBytes, maxTotalBytes: limits.maxUnzippedBytes, used: 0 };
  const xml = readZipEntry(bytes, 'word/document.xml', budget);
  if (!xml) throw new UnreadableDocumentError('a ZIP archive without word/document.xml, so not a Word document');
  const document = parseDocument(new TextDecoder('utf-8').decode(xml), { xmlMode: true });
  const body = DomUtils.findOne((element) => element.name === 'w:body', document.children, true);
  if (!body) throw new UnreadableDocumentError('word/document.xml has no document body');
  return collectBlocks(body.children).join('\n');
}

/** Lines of a run of block content: one per paragraph (and per manual line break), one per table row. */
function collectBlocks(nodes: readonly DomNode[]): string[] {
  const lines: string[] = [];
  for (const node of nodes) {
    if (!isElement(node) || SKIPPED_ELEMENTS.has(node.name)) continue;
    if (node.name === 'w:p') lines.push(...readParagraph(node));
    else if (node.name === 'w:tbl' && !containsTable(node)) lines.push(...formatTable(readTable(node)));
    else lines.push(...collectBlocks(node.children)); // a layout table (holding tables) reads as its contents
  }
  return lines;
}

/** A paragraph's text, split where it has manual line breaks. */
function readParagraph(paragraph: DomElement): string[] {
  const parts: string[] = [];
  const visit = (node: DomNode): void => {
    if (!isElement(node) || SKIPPED_ELEMENTS.has(node.name)) return;
    if (node.name === 'w:t') parts.push(DomUtils.textContent(node));
    else if (node.name === 'w:tab') parts.push(' ');
    else if (node.name === 'w:br' || node.name === 'w:cr') parts.push('\n');
    else node.children.forEach(visit);
  };
  paragraph.children.forEach(visit);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Reads a table's rows on its grid: `gridSpan` repeats a label across columns (a number counts once), a `vMerge` continuation
 * takes the text of the cell above, and `gridBefore`/`gridAfter` leave blank slots.
 */
function readTable(table: DomElement): string[][] {
  // Slots on the grid; null where a number merged across columns has already counted (it counts once).
  const grid: (string | null)[][] = [];
  for (const row of childElements(table, 'w:tr')) {
    const above = grid.at(-1) ?? [];
    const slots: (string | null)[] = Array.from({ length: readGridValue(row, 'w:gridBefore') }, () => '');
    for (const cell of childElements(row, 'w:tc')) {
      const span = readGridValue(cell, 'w:gridSpan') || 1;
      const text = isMergeContinuation(cell)
        ? (above[slots.length] ?? '')
        : joinCellLines(collectBlocks(cell.children));
      const countsOnce = isCellValue(text);
      for (let index = 0; index < span; index += 1) slots.push(index > 0 && countsOnce ? null : text);
    }
    slots.push(...Array.from({ length: readGridValue(row, 'w:gridAfter') }, () => ''));
    grid.push(slots);
  }
  return grid.map((slots) => slots.filter((slot) => slot !== null));
}

function containsTable(table: DomElement): boolean {
  return DomUtils.findOne((element) => element.name === 'w:tbl', table.children, true) !== null;
}

function childElements(parent: DomElement, name: string): DomElement[] {
  // Rows and cells may sit inside content controls (w:sdt/w:sdtContent) or custom XML wrappers.
  return parent.children.filter(isElement).flatMap((child) => {
    if (child.name === name) return [child];
    if (child.name === 'w:sdt' || child.name === 'w:sdtContent' || child.name === 'w:customXml')
      return childElements(child, name);
    return [];
  });
}

/** Reads `<w:gridSpan w:val="3"/>`-style properties of a row or cell; 0 when absent. */
function readGridValue(element: DomElement, property: string): number {
  const found = DomUtils.findOne((child) => child.name === property, propertiesOf(element), false);
  const value = Number.parseInt(found?.attribs['w:val'] ?? '0', 10);
  return Number.isFinite(value) && value > 0 ? Math.min(value, 1000) : 0;
}

function isMergeContinuation(cell: DomElement): boolean {
  const merge = DomUtils.findOne((child) => child.name === 'w:vMerge', propertiesOf(cell), false);
  return merge !== null && (merge.attribs['w:val'] ?? 'continue') === 'continue';
}

/** The property elements of a cell or row (children of its w:tcPr or w:trPr). */
function propertiesOf(element: DomElement): DomElement[] {
  return element.children
    .filter(isElement)
    .filter((child) => child.name === 'w:tcPr' || child.name === 'w:trPr')
    .flatMap((properties) => properties.children.filter(isElement));
}
