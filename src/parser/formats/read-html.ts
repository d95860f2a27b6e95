import { DomUtils, parseDocument } from 'htmlparser2';
import { decodeText } from './decode-text.js';
import { type DomElement, type DomNode, isElement, isText } from './dom-nodes.js';
import { expandSpans, formatTable, joinCellLines, type SpannedCell } from './table-rows.js';

/** Elements that are page chrome or carry no readable text. */
const SKIPPED_ELEMENTS = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'footer',
  'aside',
  'iframe',
  'svg',
  'select',
  'button',
  'textarea',
  'object',
  'embed',
  'canvas',
]);

/** Words in a class or id that mark navigation and footers on government sites (`class="main-nav"`). */
const CHROME_NAME_WORDS = new Set([
  'nav',
  'navbar',
  'menu',
  'footer',
  'breadcrumb',
  'crumb',
  'crumbs',
  'sidebar',
  'share',
  'toolbar',
  'copyright',
]);

/** Elements that flow inside a line; everything else starts a new line. */
const INLINE_ELEMENTS = new Set([
  'a',
  'abbr',
  'b',
  'big',
  'cite',
  'code',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'img',
]);

const CHARSET_DECLARATION = /<meta[^>]*charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i;

/** Decodes an HTML page and returns its text with tables as pipe rows. */
export function readHtml(bytes: Uint8Array): string {
  return htmlToText(decodeHtml(bytes));
}

/**
 * Decodes an HTML page's bytes: the meta charset, else `declaredCharset` (e.g. an HTTP Content-Type's), else
 * detected (UTF-8, else GB18030). Throws UnreadableDocumentError when no decoding fits.
 */
export function decodeHtml(bytes: Uint8Array, declaredCharset?: string): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = CHARSET_DECLARATION.exec(head);
  return decodeText(bytes, match?.[1] ?? match?.[2] ?? declaredCharset).text;
}

/** Turns HTML markup into report text: paragraphs as lines, innermost tables as pipe rows. */
export function htmlToText(html: string): string {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  return collectLines(document.children).join('\n');
}

/** Walks nodes in document order, collecting one line per block and one per table row. */
function collectLines(nodes: readonly DomNode[]): string[] {
  const lines: string[] = [];
  const inline: string[] = [];
  const flush = (): void => {
    const line = inline
      .join('')
      .replace(/[ \t\r\n\u00a0]+/g, ' ')
      .trim();
    if (line) lines.push(line);
    inline.length = 0;
  };
  const visit = (node: DomNode): void => {
    if (isText(node)) {
      inline.push(node.data);
      return;
    }
    if (!isElement(node) || isChrome(node)) return;
    if (node.name === 'br') {
      flush();
      return;
    }
    if (node.name === 'table' && !containsTable(node)) {
      flush();
      lines.push(...formatTable(readTableRows(node)));
      return;
    }
    const isBlock = !INLINE_ELEMENTS.has(node.name) && !node.name.includes(':');
    if (isBlock) flush();
    node.children.forEach(visit);
    if (isBlock) flush();
  };
  nodes.forEach(visit);
  flush();
  return lines;
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function isChrome(element: DomElement): boolean {
  if (
    SKIPPED_ELEMENTS.has(element.name) ||
    'hidden' in element.attribs ||
    HIDDEN_STYLE.test(element.attribs.style ?? '')
  )
    return true;
  const names = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`.toLowerCase();
  return names.split(/[\s_-]+/).some((word) => CHROME_NAME_WORDS.has(word));
}

function containsTable(element: DomElement): boolean {
  return DomUtils.findOne((child) => child.name === 'table', element.children, true) !== null;
}

/** Reads a table without nested tables into rows, rowspan/colspan repeated. */
function readTableRows(table: DomElement): string[][] {
  const rows = DomUtils.findAll((element) => element.name === 'tr', table.children);
  const cells = rows.map((row) =>
    row.children
      .filter(isElement)
      .filter((cell) => cell.name === 'td' || cell.name === 'th')
      .map(readCell),
  );
  return expandSpans(cells);
}

function readCell(cell: DomElement): SpannedCell {
  return {
    text: joinCellLines(collectLines(cell.children)),
    rowSpan: readSpan(cell.attribs.rowspan),
    colSpan: readSpan(cell.attribs.colspan),
  };
}

function readSpan(value: string | undefined): number {
  const span = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(span) && span >= 1 ? Math.min(span, 1000) : 1;
}
