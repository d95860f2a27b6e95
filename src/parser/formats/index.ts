// Document formats in, report text out: each reader writes paragraphs as lines and table rows as
// `| cell | cell |` lines (merged cells repeated), so that one table reader serves every format.
import { ParseError } from '../../errors.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from '../parse-limits.js';
import type { SourceFormat } from '../report.js';
import { decodeText } from './decode-text.js';
import { detectFormat } from './detect-format.js';
import { readDoc } from './read-doc.js';
import { readDocx } from './read-docx.js';
import { readHtml } from './read-html.js';
import { readPdf } from './read-pdf.js';
import { LimitError, UnreadableDocumentError } from './unreadable-document-error.js';

export { decodeHtml } from './read-html.js';

export interface ExtractedText {
  readonly text: string;
  readonly format: SourceFormat;
}

const READERS: Record<SourceFormat, (bytes: Uint8Array, limits: ParseLimits) => string | Promise<string>> = {
  text: (bytes) => decodeText(bytes).text,
  html: readHtml,
  pdf: readPdf,
  docx: readDocx,
  doc: readDoc,
};

const FORMAT_NAMES: Record<SourceFormat, string> = {
  text: 'text',
  html: 'HTML',
  pdf: 'PDF',
  docx: 'Word (.docx)',
  doc: 'Word (.doc)',
};

/**
 * Turns a file's bytes into report text, the format told by content (magic bytes), not extension:
 * PDF, DOCX, DOC, HTML (UTF-8 or GBK) or plain text (UTF-8 or GB18030). Throws a ParseError naming the file.
 */
export async function extractText(
  bytes: Uint8Array,
  fileName: string,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
): Promise<ExtractedText> {
  let format: SourceFormat | undefined;
  try {
    format = detectFormat(bytes, fileName);
    const text = await READERS[format](bytes, limits);
    if (text.trim() === '') throw new UnreadableDocumentError(`the ${FORMAT_NAMES[format]} file holds no text`);
    return { text: text.replace(/\r\n?/g, '\n').normalize('NFC'), format };
  } catch (error) {
    if (error instanceof UnreadableDocumentError || error instanceof LimitError)
      throw new ParseError(fileName, error.message, { cause: error });
    const what = format ? `the ${FORMAT_NAMES[format]} file` : 'the file';
    throw new ParseError(fileName, `cannot read ${what} (${(error as Error)?.message ?? String(error)})`, {
      cause: error,
    });
  }
}
