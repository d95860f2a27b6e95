import { ParseError } from '../../errors.js';
import type { SourceFormat } from '../report.js';

export interface ExtractedText {
  readonly text: string;
  readonly format: SourceFormat;
}

/** Turns a file's bytes into report text. Placeholder: UTF-8 text only until the document readers land. */
export async function extractText(bytes: Uint8Array, fileName: string): Promise<ExtractedText> {
  if (bytes.includes(0)) throw new ParseError(fileName, 'binary file, not a report text');
  return { text: new TextDecoder('utf-8').decode(bytes), format: 'text' };
}
