import type { SourceFormat } from '../report.js';
import { listZipEntryNames } from './read-zip.js';
import { UnreadableDocumentError } from './unreadable-document-error.js';

// The format of a file comes from its content (magic bytes, markup), the extension only breaks ties:
// sites serve error pages as .pdf and reports as .htm files that are really Word documents.

/** Files we recognise but cannot read, by leading bytes, with what to do instead. */
const UNSUPPORTED_SIGNATURES: readonly (readonly [signature: string, what: string])[] = [
  ['89504e47', 'a PNG image, not a document; run OCR on it first and parse the text'],
  ['ffd8ff', 'a JPEG image, not a document; run OCR on it first and parse the text'],
  ['47494638', 'a GIF image, not a document'],
  ['49492a00', 'a TIFF image (a scan?), not a document; run OCR on it first and parse the text'],
  ['4d4d002a', 'a TIFF image (a scan?), not a document; run OCR on it first and parse the text'],
  ['7b5c727466', 'an RTF document; open it in Word or LibreOffice, save it as .docx and parse that'],
  ['1f8b', 'a gzip archive; unpack it and parse the files inside'],
  ['526172211a07', 'a RAR archive; unpack it and parse the files inside'],
  ['377abcaf271c', 'a 7-Zip archive; unpack it and parse the files inside'],
];

const ZIP_SIGNATURE = '504b0304';
const OLE_SIGNATURE = 'd0cf11e0a1b11ae1';
const HTML_EXTENSIONS = /\.(html?|xhtml|shtml)$/i;
const HTML_START =
  /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|table|div|p)\b/i;
/** C0 control characters other than tab, line feed, form feed, carriage return and escape. */
const CONTROL_BYTE = (byte: number): boolean => byte < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d, 0x1b].includes(byte);

/** Tells the format of a file from its bytes. Throws UnreadableDocumentError for binary files we cannot read. */
export function detectFormat(bytes: Uint8Array, fileName: string): SourceFormat {
  const head = Buffer.from(bytes.subarray(0, 1024));
  const hex = head.subarray(0, 16).toString('hex');
  if (head.includes('%PDF-')) return 'pdf';
  if (hex.startsWith(ZIP_SIGNATURE)) return detectZipFormat(bytes);
  if (hex.startsWith(OLE_SIGNATURE)) return 'doc';
  const unsupported = UNSUPPORTED_SIGNATURES.find(([signature]) => hex.startsWith(signature));
  if (unsupported) throw new UnreadableDocumentError(unsupported[1]);
  if (isBinary(head)) {
    throw new UnreadableDocumentError(
      'a binary file, not a report: expected a PDF, Word (.docx or .doc), web page (.html) or text file',
    );
  }
  const text = head.toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF|^\xFF\xFE|^\xFE\xFF/, '');
  return HTML_EXTENSIONS.test(fileName) || HTML_START.test(text) ? 'html' : 'text';
}

function detectZipFormat(bytes: Uint8Array): SourceFormat {
  const names = listZipEntryNames(bytes);
  if (names.includes('word/document.xml')) return 'docx';
  const kind = names.includes('content.xml')
    ? 'an OpenDocument file (.odt)'
    : names.some((name) => name.startsWith('xl/'))
      ? 'an Excel workbook'
      : 'a ZIP archive';
  throw new UnreadableDocumentError(
    `${kind}, not a Word document; save the report as .docx (or unpack the archive) and parse that`,
  );
}

/** NUL bytes, or many control bytes, mean binary (UTF-16 text without a byte-order mark looks so too). */
function isBinary(head: Buffer): boolean {
  const hasUtf16Bom = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (hasUtf16Bom) return false;
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (CONTROL_BYTE(byte)) controls += 1;
  }
  return controls > head.length * 0.05;
}
